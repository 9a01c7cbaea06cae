//! HubSpot's deals export: one row per deal, and per stage of each pipeline the columns
//! `Date entered "STAGE (PIPELINE)"` and `Date exited "STAGE (PIPELINE)"`, in pipeline order.

use super::columns::{
    Closing, Header, StagePrefixes, closing, decide_dates, hubspot_stage_prefixes, missing,
    normalise, parse_amount, pick_pipeline, quoted_stage,
};
use super::dates::Moment;
use super::deals::{Deal, Deals, Outcome, SeenIds, Visit};
use super::rows::{DataRow, Export};
use super::{ExportKind, Field, ImportError, ImportOptions};
use std::path::Path;

/// A stage column pair of one pipeline.
struct StageColumns {
    name: String,
    entered: usize,
    exited: Option<usize>,
    closing: Option<Closing>,
}

/// `STAGE` and `PIPELINE` of a header like `Date entered "STAGE (PIPELINE)"` (`prefix` lower
/// case, with the quote).
fn stage_of_header<'a>(header: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    // Nothing after the closing quote: HubSpot's "Cumulative time in "…" (HH:mm:ss)" is no
    // stage column, whatever words it starts with.
    if !normalise(header).starts_with(prefix) || !header.trim_end().ends_with('"') {
        return None;
    }
    let open = header.find('"')?;
    let close = header.rfind('"')?;
    let inner = header.get(open + 1..close)?.trim();
    match inner.rfind(" (") {
        Some(at) if inner.ends_with(')') => {
            Some((inner[..at].trim(), inner[at + 2..inner.len() - 1].trim()))
        }
        _ => Some((inner, "")),
    }
}

/// The pipelines of the export, in column order.
fn pipelines(header: &Header, prefixes: &StagePrefixes) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for name in &header.names {
        if let Some((_, pipeline)) = stage_of_header(name, &prefixes.entered)
            && !found.iter().any(|known| known == pipeline)
        {
            found.push(pipeline.to_owned());
        }
    }
    found
}

fn stage_columns(header: &Header, prefixes: &StagePrefixes, pipeline: &str) -> Vec<StageColumns> {
    let mut stages: Vec<StageColumns> = Vec::new();
    for (column, name) in header.names.iter().enumerate() {
        if let Some((stage, of)) = stage_of_header(name, &prefixes.entered)
            && of == pipeline
        {
            stages.push(StageColumns {
                name: stage.to_owned(),
                entered: column,
                exited: None,
                closing: closing(stage),
            });
        }
    }
    let Some(exited) = &prefixes.exited else {
        return stages;
    };
    for (column, name) in header.names.iter().enumerate() {
        if let Some((stage, of)) = stage_of_header(name, exited)
            && of == pipeline
            && let Some(found) = stages.iter_mut().find(|known| known.name == stage)
        {
            found.exited = Some(column);
        }
    }
    stages
}

/// The columns a HubSpot deals export is read from, besides its stages'.
struct Columns {
    id: usize,
    pipeline: Option<usize>,
    deal_stage: Option<usize>,
    amount: Option<usize>,
    source: Option<usize>,
    created: Option<usize>,
    close: Option<usize>,
    /// Whether the deals' ids were taken from the first column, none being called by a name
    /// Leadflow knows (the note says so).
    id_from_first_column: bool,
}

/// Headers in Swedish, Danish and Finnish as HubSpot's own help pages in those languages name
/// the default deal properties (knowledge.hubspot.com/{sv,da,fi}/…/hubspots-default-deal-
/// properties, machine-translated by HubSpot and differing between their versions: both words
/// are listed). Those pages do not name Record ID, Pipeline, Deal stage or Create date.
const CLOSE_DATE: &[&str] = &[
    "close date",
    "stängningsdatum",
    "slutdatum",
    "lukningsdato",
    "suljepäivä",
];
const AMOUNT: &[&str] = &[
    "amount",
    "amount in company currency",
    "summa",
    "summa yrityksen valuutassa",
];
const ORIGINAL_SOURCE: &[&str] = &[
    "original traffic source",
    "original source",
    "source",
    "ursprunglig trafikkälla",
    "ursprunglig källa",
];

impl Columns {
    /// Each column by its English header, or by the header the person named for its field
    /// (`--column case=Post-ID`; an account in another language exports translated headers).
    fn find(path: &Path, header: &Header, options: &ImportOptions) -> Result<Self, ImportError> {
        let column = |field: Field, aliases: &[&str]| {
            super::columns::column(path, header, options, field, aliases)
        };
        let named_id = column(Field::Case, &["record id", "deal id"])?;
        let mut columns = Self {
            id: 0,
            pipeline: column(Field::Pipeline, &["pipeline"])?,
            deal_stage: column(Field::Stage, &["deal stage"])?,
            amount: column(Field::Amount, AMOUNT)?,
            source: column(Field::Source, ORIGINAL_SOURCE)?,
            created: column(Field::Created, &["create date", "created date"])?,
            close: column(Field::Closed, CLOSE_DATE)?,
            id_from_first_column: named_id.is_none(),
        };
        if let Some(id) = named_id {
            columns.id = id;
            return Ok(columns);
        }
        // HubSpot writes the record ID first; an account in another language (its stage
        // columns not English) names it otherwise. An English export without it is refused,
        // as is a first column that is a stage's or another field's.
        let translated = hubspot_stage_prefixes(header)
            .is_some_and(|prefixes| prefixes.entered != "date entered \"");
        let first_is_free = header
            .lower()
            .first()
            .is_some_and(|first| !first.is_empty() && quoted_stage(first).is_none())
            && [
                columns.pipeline,
                columns.deal_stage,
                columns.amount,
                columns.source,
                columns.created,
                columns.close,
            ]
            .iter()
            .all(|&found| found != Some(0));
        if translated && first_is_free {
            Ok(columns)
        } else {
            Err(missing(path, ExportKind::HubSpot, "Record ID"))
        }
    }
}

/// Reads a HubSpot deals export.
///
/// # Errors
/// Missing columns, several pipelines and none chosen, unreadable dates, too many deals.
pub fn read(path: &Path, header: &Header, options: &ImportOptions) -> Result<Deals, ImportError> {
    let columns = Columns::find(path, header, options)?;
    let no_stages = || {
        missing(
            path,
            ExportKind::HubSpot,
            "Date entered \"STAGE (PIPELINE)\"",
        )
    };
    let prefixes = hubspot_stage_prefixes(header).ok_or_else(no_stages)?;
    let pipelines = pipelines(header, &prefixes);
    let Some(pipeline) = pick_pipeline(path, &pipelines, options.pipeline.as_deref())? else {
        return Err(no_stages());
    };
    let stages = stage_columns(header, &prefixes, &pipeline);
    let mut date_columns: Vec<usize> = Vec::new();
    for stage in &stages {
        date_columns.push(stage.entered);
        date_columns.extend(stage.exited);
    }
    date_columns.extend(columns.created);
    date_columns.extend(columns.close);
    let dates = decide_dates(path, header, &date_columns, options.slash_order)?;
    let export = Export {
        path,
        header,
        dates: &dates,
    };
    let mut deals = Deals {
        kind: Some(ExportKind::HubSpot),
        pipeline: Some(pipeline.clone()),
        has_history: true,
        order_from: Some(crate::message!("import-from-the-export-s-columns")),
        language: options.language,
        ..Deals::default()
    };
    deals.stages = stages
        .iter()
        .filter(|stage| stage.closing.is_none())
        .map(|stage| stage.name.clone())
        .collect();
    let mut ids = SeenIds::default();
    let mut other_pipelines = 0_usize;
    export.each_row(&mut deals, |deals, row| {
        if let Some(column) = columns.pipeline.filter(|_| !pipeline.is_empty()) {
            let of = row.cell(column);
            if !of.is_empty() && !of.eq_ignore_ascii_case(&pipeline) {
                other_pipelines += 1;
                return Ok(());
            }
        }
        if !row.admit(deals, &mut ids, columns.id, deals.deals.len())? {
            return Ok(());
        }
        if let Some(deal) = deal_of(deals, row, &columns, &stages)? {
            deals.deals.push(deal);
        }
        Ok(())
    })?;
    if columns.id_from_first_column {
        deals.notes.push(crate::message!(
            "import-note-id-from-first-column",
            column = header.names[columns.id].as_str()
        ));
    }
    if other_pipelines > 0 {
        deals.notes.push(crate::message!(
            "import-note-other-pipelines",
            deals = other_pipelines.to_string()
        ));
    }
    Ok(deals)
}

/// The deal of one row, or none (left out, with the reason) when its dates contradict each
/// other or it entered no stage.
fn deal_of(
    deals: &mut Deals,
    row: &DataRow<'_>,
    columns: &Columns,
    stages: &[StageColumns],
) -> Result<Option<Deal>, ImportError> {
    let mut deal = Deal {
        row: row.number_kept(),
        created: row.time_of(columns.created)?,
        source: None,
        amount: row.filled(columns.amount).and_then(parse_amount),
        outcome: Outcome::Open,
        closed: row.time_of(columns.close)?,
        visits: Vec::new(),
    };
    let Stages::Read { closed_entered } = visits(deals, row, stages, &mut deal)? else {
        return Ok(None);
    };
    // The current stage has the last word: a deal reopened after an old close is open.
    if let Some(current) = row.filled(columns.deal_stage) {
        deal.outcome = match closing(current) {
            Some(Closing::Won) => Outcome::Won,
            Some(Closing::Lost) => Outcome::Lost,
            None => Outcome::Open,
        };
    }
    // An open deal's "Close Date" is a forecast, not something that happened.
    deal.closed = if deal.outcome == Outcome::Open {
        None
    } else {
        closed_entered.or(deal.closed)
    };
    if let (Some(created), Some(closed)) = (deal.created, deal.closed)
        && deal.outcome != Outcome::Open
        && closed < created
    {
        let column = columns
            .close
            .map_or("Close Date", |column| row.name(column));
        deals.skip(
            row.number,
            crate::message!("import-closes-before-created", column = column),
        );
        return Ok(None);
    }
    if deal.visits.is_empty() {
        deals.skip(
            row.number,
            crate::message!("import-the-deal-entered-no-stage"),
        );
        return Ok(None);
    }
    deal.source = row
        .filled(columns.source)
        .and_then(|text| deals.source_index(text));
    Ok(Some(deal))
}

/// What the stage columns say of a deal.
enum Stages {
    /// Its visits are in the deal; it entered a closing stage then, if it did.
    Read { closed_entered: Option<Moment> },
    /// It left a stage before entering it: left out, with the reason.
    Contradict,
}

/// The stages the deal entered (and left), and when it entered a closing stage.
fn visits(
    deals: &mut Deals,
    row: &DataRow<'_>,
    stages: &[StageColumns],
    deal: &mut Deal,
) -> Result<Stages, ImportError> {
    let mut closed_entered = None;
    let mut position = 0_u16;
    for stage in stages {
        let open = stage.closing.is_none();
        let at = position;
        if open {
            position = position.saturating_add(1);
        }
        let Some(entered) = row.time(stage.entered)? else {
            continue;
        };
        let exited = row.time_of(stage.exited)?;
        if let Some(exited) = exited
            && exited < entered
        {
            let column = row.name(stage.exited.unwrap_or(stage.entered));
            deals.skip(
                row.number,
                crate::message!("import-leaves-before-entering", column = column),
            );
            return Ok(Stages::Contradict);
        }
        match stage.closing {
            Some(closing) => {
                deal.outcome = match closing {
                    Closing::Won => Outcome::Won,
                    Closing::Lost => Outcome::Lost,
                };
                closed_entered = Some(entered);
            }
            None => deal.visits.push(Visit {
                stage: at,
                entered: Some(entered),
                exited,
            }),
        }
    }
    Ok(Stages::Read { closed_entered })
}

#[cfg(test)]
mod tests {
    use super::stage_of_header;

    #[test]
    fn a_stage_column_names_its_stage_and_pipeline() {
        assert_eq!(
            stage_of_header(
                "Date entered \"Appointment Scheduled (Sales Pipeline)\"",
                "date entered \""
            ),
            Some(("Appointment Scheduled", "Sales Pipeline"))
        );
        assert_eq!(
            stage_of_header("Date exited \"Qualified\"", "date entered \""),
            None
        );
    }
}
