//! HubSpot's deals export: one row per deal, and per stage of each pipeline the columns
//! `Date entered "STAGE (PIPELINE)"` and `Date exited "STAGE (PIPELINE)"`, in pipeline order.

use super::columns::{
    Closing, Header, closing, decide_dates, missing, parse_amount, pick_pipeline,
};
use super::deals::{Deal, Deals, MAX_DEALS, Outcome, SeenIds, Visit};
use super::table::read_rows;
use super::{ExportKind, ImportError, ImportOptions};
use std::path::Path;

/// A stage column pair of one pipeline.
struct StageColumns {
    name: String,
    entered: usize,
    exited: Option<usize>,
    closing: Option<Closing>,
}

/// `STAGE` and `PIPELINE` of a header like `Date entered "STAGE (PIPELINE)"`.
fn stage_of_header<'a>(header: &'a str, prefix: &str) -> Option<(&'a str, &'a str)> {
    let lower = header.trim().to_lowercase();
    if !lower.starts_with(prefix) {
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
fn pipelines(header: &Header) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for name in &header.names {
        if let Some((_, pipeline)) = stage_of_header(name, "date entered \"")
            && !found.iter().any(|known| known == pipeline)
        {
            found.push(pipeline.to_owned());
        }
    }
    found
}

fn stage_columns(header: &Header, pipeline: &str) -> Vec<StageColumns> {
    let mut stages: Vec<StageColumns> = Vec::new();
    for (column, name) in header.names.iter().enumerate() {
        if let Some((stage, of)) = stage_of_header(name, "date entered \"")
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
    for (column, name) in header.names.iter().enumerate() {
        if let Some((stage, of)) = stage_of_header(name, "date exited \"")
            && of == pipeline
            && let Some(found) = stages.iter_mut().find(|known| known.name == stage)
        {
            found.exited = Some(column);
        }
    }
    stages
}

/// Reads a HubSpot deals export.
///
/// # Errors
/// Missing columns, several pipelines and none chosen, unreadable dates, too many deals.
#[expect(
    clippy::too_many_lines,
    clippy::single_match_else,
    reason = "one pass over a row reads every column in turn"
)]
pub fn read(path: &Path, header: &Header, options: &ImportOptions) -> Result<Deals, ImportError> {
    let kind = ExportKind::HubSpot;
    let id = header
        .find(&["record id", "deal id"])
        .ok_or_else(|| missing(path, kind, "Record ID"))?;
    let pipelines = pipelines(header);
    let Some(pipeline) = pick_pipeline(path, &pipelines, options.pipeline.as_deref())? else {
        return Err(missing(path, kind, "Date entered \"STAGE (PIPELINE)\""));
    };
    let stages = stage_columns(header, &pipeline);
    let pipeline_column = header.find(&["pipeline"]);
    let deal_stage = header.find(&["deal stage"]);
    let amount = header.find(&["amount", "amount in company currency"]);
    let source = header.find(&["original traffic source", "original source", "source"]);
    let created = header.find(&["create date", "created date"]);
    let close = header.find(&["close date"]);

    let mut date_columns: Vec<usize> = Vec::new();
    for stage in &stages {
        date_columns.push(stage.entered);
        date_columns.extend(stage.exited);
    }
    date_columns.extend(created);
    date_columns.extend(close);
    let decided = decide_dates(path, header, &date_columns, options.slash_order)?;
    let name = |column: usize| header.names.get(column).map_or("", String::as_str);

    let mut deals = Deals {
        kind: Some(kind),
        pipeline: Some(pipeline.clone()),
        has_history: true,
        order_from: crate::tr!("import-from-the-export-s-columns").to_owned(),
        ..Deals::default()
    };
    let open_stages: Vec<&StageColumns> = stages.iter().filter(|s| s.closing.is_none()).collect();
    deals.stages = open_stages.iter().map(|stage| stage.name.clone()).collect();
    let mut ids = SeenIds::default();
    let mut other_pipelines = 0_usize;
    read_rows(path, &mut |row, cells| {
        if row == 1 {
            return Ok(());
        }
        deals.rows += 1;
        let cell = |column: usize| cells.get(column).map_or("", |text| text.trim());
        if let Some(column) = pipeline_column.filter(|_| !pipeline.is_empty()) {
            let of = cell(column);
            if !of.is_empty() && !of.eq_ignore_ascii_case(&pipeline) {
                other_pipelines += 1;
                return Ok(());
            }
        }
        let record = cell(id);
        if record.is_empty() {
            deals.skip(row, crate::tr!("import-column-empty", column = name(id)));
            return Ok(());
        }
        if deals.repeated(&mut ids, name(id), record, row) {
            return Ok(());
        }
        if deals.deals.len() >= MAX_DEALS {
            return Err(ImportError::at_row(
                path,
                row,
                crate::tr!("import-too-many-deals", max = MAX_DEALS.to_string()),
            ));
        }
        let time = |column: usize| {
            let text = cell(column);
            if text.is_empty() {
                Ok(None)
            } else {
                decided.parse(column, text).map(Some).ok_or_else(|| {
                    ImportError::at_cell(
                        path,
                        row,
                        name(column),
                        crate::tr!("import-not-a-date", text = text),
                    )
                })
            }
        };
        let mut deal = Deal {
            row: u32::try_from(row).unwrap_or(u32::MAX),
            created: created.map(time).transpose()?.flatten(),
            source: None,
            amount: amount.map(cell).and_then(parse_amount),
            outcome: Outcome::Open,
            closed: close.map(time).transpose()?.flatten(),
            visits: Vec::new(),
        };
        let mut closed_entered = None;
        for (index, stage) in stages.iter().enumerate() {
            let Some(entered) = time(stage.entered)? else {
                continue;
            };
            let exited = stage.exited.map(time).transpose()?.flatten();
            if let Some(exited) = exited
                && exited < entered
            {
                deals.skip(
                    row,
                    format!(
                        "column \"{}\": the deal leaves the stage before it enters it; the deal \
                         is left out",
                        name(stage.exited.unwrap_or(stage.entered))
                    ),
                );
                return Ok(());
            }
            match stage.closing {
                Some(closing) => {
                    deal.outcome = match closing {
                        Closing::Won => Outcome::Won,
                        Closing::Lost => Outcome::Lost,
                    };
                    closed_entered = Some(entered);
                }
                None => {
                    let position = open_stages
                        .iter()
                        .position(|open| open.entered == stages[index].entered)
                        .unwrap_or(0);
                    deal.visits.push(Visit {
                        stage: u16::try_from(position).unwrap_or(u16::MAX),
                        entered: Some(entered),
                        exited,
                    });
                }
            }
        }
        // The current stage has the last word: a deal reopened after an old close is open.
        if let Some(current) = deal_stage.map(cell).filter(|text| !text.is_empty()) {
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
            deals.skip(
                row,
                format!(
                    "column \"{}\": the deal closes before it was created; the deal is left out",
                    close.map_or("Close Date", name)
                ),
            );
            return Ok(());
        }
        if deal.visits.is_empty() {
            deals.skip(
                row,
                crate::tr!("import-the-deal-entered-no-stage").to_owned(),
            );
            return Ok(());
        }
        deal.source = source
            .map(cell)
            .filter(|text| !text.is_empty())
            .and_then(|text| deals.source_index(text));
        deals.deals.push(deal);
        Ok(())
    })?;
    if other_pipelines > 0 {
        deals.notes.push(format!(
            "{other_pipelines} deals of other pipelines were not read"
        ));
    }
    Ok(deals)
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
