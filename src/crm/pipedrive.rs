//! Pipedrive's deals export: one row per deal with its current stage and status, and no
//! stage history. A deal is taken to have passed every stage before the one it is in, so
//! conversions come from the furthest stage reached; days in stage cannot be measured.

use super::columns::{Header, decide_dates, missing, parse_amount, pick_pipeline};
use super::deals::{Deal, Deals, Outcome, SeenIds, Visit};
use super::rows::{DataRow, Export, StageNames};
use super::table::read_rows;
use super::{ExportKind, Field, ImportError, ImportOptions};
use std::path::Path;

/// A deal as the row says, before the stage order is known.
struct Row {
    deal: Deal,
    stage: usize,
}

/// The columns a Pipedrive deals export is read from.
struct Columns {
    id: usize,
    stage: usize,
    status: usize,
    created: Option<usize>,
    won_time: Option<usize>,
    lost_time: Option<usize>,
    value: Option<usize>,
    pipeline: Option<usize>,
    source: Option<usize>,
}

impl Columns {
    /// Each column by its English header, or by the header the person named for its field
    /// (`--column case="Affär - ID"`; an account in another language exports translated
    /// headers).
    fn find(path: &Path, header: &Header, options: &ImportOptions) -> Result<Self, ImportError> {
        let column = |field: Field, aliases: &[&str]| {
            super::columns::column(path, header, options, field, aliases)
        };
        let need = |field: Field, aliases: &[&str], shown: &str| {
            column(field, aliases)?.ok_or_else(|| missing(path, ExportKind::Pipedrive, shown))
        };
        Ok(Self {
            id: need(Field::Case, &["deal - id"], "Deal - ID")?,
            stage: need(Field::Stage, &["deal - stage"], "Deal - Stage")?,
            status: need(Field::Outcome, &["deal - status"], "Deal - Status")?,
            created: column(Field::Created, &["deal - deal created", "deal - created"])?,
            won_time: column(Field::WonTime, &["deal - won time"])?,
            lost_time: column(Field::LostTime, &["deal - lost time"])?,
            value: column(Field::Amount, &["deal - value"])?,
            pipeline: column(Field::Pipeline, &["deal - pipeline"])?,
            source: column(
                Field::Source,
                &[
                    "deal - source",
                    "deal - source channel",
                    "deal - source origin",
                    "deal - lead source",
                ],
            )?,
        })
    }
}

/// Reads a Pipedrive deals export.
///
/// # Errors
/// Missing columns, several pipelines and none chosen, unreadable dates, unknown statuses.
pub fn read(path: &Path, header: &Header, options: &ImportOptions) -> Result<Deals, ImportError> {
    let columns = Columns::find(path, header, options)?;
    let date_columns: Vec<usize> = [columns.created, columns.won_time, columns.lost_time]
        .into_iter()
        .flatten()
        .collect();
    let dates = decide_dates(path, header, &date_columns, options.slash_order)?;
    let pipeline = choose_pipeline(path, columns.pipeline, options)?;
    let export = Export {
        path,
        header,
        dates: &dates,
    };
    let mut deals = Deals {
        kind: Some(ExportKind::Pipedrive),
        pipeline: pipeline.clone(),
        has_history: false,
        language: options.language,
        ..Deals::default()
    };
    let mut reading = Reading::default();
    export.each_row(&mut deals, |deals, row| {
        reading.row(deals, row, &columns, pipeline.as_deref())
    })?;
    finish(path, deals, reading, options)
}

/// What the pass over the rows has read so far.
#[derive(Default)]
struct Reading {
    rows: Vec<Row>,
    ids: SeenIds,
    without_pipeline: usize,
    stages: StageNames,
}

impl Reading {
    /// Reads one row: a deal of the chosen pipeline, or a reason to leave it out.
    fn row(
        &mut self,
        deals: &mut Deals,
        row: &DataRow<'_>,
        columns: &Columns,
        pipeline: Option<&str>,
    ) -> Result<(), ImportError> {
        if let (Some(column), Some(wanted)) = (columns.pipeline, pipeline)
            && !row.cell(column).eq_ignore_ascii_case(wanted)
        {
            self.without_pipeline += 1;
            return Ok(());
        }
        if !row.cell(columns.id).is_empty() && row.cell(columns.stage).is_empty() {
            let column = row.name(columns.stage);
            deals.skip(
                row.number,
                crate::message!("import-column-empty", column = column),
            );
            return Ok(());
        }
        if !row.admit(deals, &mut self.ids, columns.id, self.rows.len())? {
            return Ok(());
        }
        let Some(outcome) = status(deals, row, columns.status) else {
            return Ok(());
        };
        let created = row.time_of(columns.created)?;
        let (closed, closed_column) = match outcome {
            Outcome::Won => (row.time_of(columns.won_time)?, columns.won_time),
            Outcome::Lost => (row.time_of(columns.lost_time)?, columns.lost_time),
            Outcome::Open => (None, None),
        };
        if let (Some(created), Some(closed)) = (created, closed)
            && closed < created
        {
            let column = row.name(closed_column.unwrap_or(columns.status));
            deals.skip(
                row.number,
                crate::message!("import-closes-before-created", column = column),
            );
            return Ok(());
        }
        let stage = self.stages.index(deals, row, columns.stage)?;
        let source = row
            .filled(columns.source)
            .and_then(|text| deals.source_index(text));
        self.rows.push(Row {
            deal: Deal {
                row: row.number_kept(),
                created,
                source,
                amount: row.filled(columns.value).and_then(parse_amount),
                outcome,
                closed,
                visits: Vec::new(),
            },
            stage,
        });
        Ok(())
    }
}

/// The deal's status (in the four languages Pipedrive writes it); none for a deleted deal
/// or one whose status is not a status, each left out with its reason.
fn status(deals: &mut Deals, row: &DataRow<'_>, column: usize) -> Option<Outcome> {
    match row.cell(column).to_lowercase().as_str() {
        "open" | "öppen" | "åben" | "avoin" => Some(Outcome::Open),
        "won" | "vunnen" | "vundet" | "voitettu" => Some(Outcome::Won),
        "lost" | "förlorad" | "tabt" | "menetetty" => Some(Outcome::Lost),
        "deleted" => {
            deals.skip(row.number, crate::message!("import-the-deal-is-deleted"));
            None
        }
        other => {
            deals.skip(
                row.number,
                crate::message!(
                    "import-not-a-status",
                    column = row.name(column),
                    text = other
                ),
            );
            None
        }
    }
}

/// Puts the stages in order and gives each deal the stages it passed.
fn finish(
    path: &Path,
    mut deals: Deals,
    reading: Reading,
    options: &ImportOptions,
) -> Result<Deals, ImportError> {
    let order = stage_order(path, &deals, &reading.rows, options)?;
    deals.stages = order.iter().map(|&old| deals.stages[old].clone()).collect();
    let mut position = vec![0_usize; order.len()];
    for (new, &old) in order.iter().enumerate() {
        position[old] = new;
    }
    for mut row in reading.rows {
        let furthest = position[row.stage];
        // The first stage is entered when the deal is made; later stages at unknown times.
        let created = row.deal.created;
        row.deal.visits = (0..=furthest)
            .map(|stage| Visit {
                stage: u16::try_from(stage).unwrap_or(u16::MAX),
                entered: if stage == 0 { created } else { None },
                exited: None,
            })
            .collect();
        deals.deals.push(row.deal);
    }
    deals.order_from = Some(if options.stage_order.is_empty() {
        crate::message!("import-order-by-time-in-pipeline")
    } else {
        crate::message!("import-as-given")
    });
    if reading.without_pipeline > 0 {
        deals.notes.push(crate::message!(
            "import-note-other-pipelines",
            deals = reading.without_pipeline.to_string()
        ));
    }
    deals.notes.push(crate::message!("import-note-pipedrive"));
    Ok(deals)
}

fn choose_pipeline(
    path: &Path,
    pipeline_column: Option<usize>,
    options: &ImportOptions,
) -> Result<Option<String>, ImportError> {
    let Some(column) = pipeline_column else {
        return Ok(None);
    };
    let mut found: Vec<String> = Vec::new();
    read_rows(path, &mut |row, cells| {
        if row > 1
            && let Some(text) = cells.get(column).map(|text| text.trim())
            && !text.is_empty()
            && !found.iter().any(|known| known == text)
            && found.len() < 100
        {
            found.push(text.to_owned());
        }
        Ok(())
    })?;
    pick_pipeline(path, &found, options.pipeline.as_deref())
}

/// The stages in order: as the user gave them, or by how long the deals in each have been
/// in the pipeline.
fn stage_order(
    path: &Path,
    deals: &Deals,
    rows: &[Row],
    options: &ImportOptions,
) -> Result<Vec<usize>, ImportError> {
    if !options.stage_order.is_empty() {
        return super::deals::stage_order_given(path, &deals.stages, &options.stage_order);
    }
    let ages = deals_order_hint(rows, deals.stages.len());
    let mut order: Vec<usize> = (0..deals.stages.len()).collect();
    order.sort_by(|&a, &b| ages[a].total_cmp(&ages[b]).then(a.cmp(&b)));
    Ok(order)
}

/// The mean days deals at each stage have spent in the pipeline (created to closed, or to
/// the export's last day while open): every stage further along adds its stay.
fn deals_order_hint(rows: &[Row], count: usize) -> Vec<f64> {
    let latest = rows
        .iter()
        .filter_map(|row| row.deal.created.max(row.deal.closed))
        .max();
    let mut sums = vec![(0.0, 0_u32); count];
    for row in rows {
        let (Some(created), Some(latest)) = (row.deal.created, latest) else {
            continue;
        };
        let age = row.deal.closed.unwrap_or(latest).days_since(created);
        let slot = &mut sums[row.stage];
        slot.0 += age;
        slot.1 += 1;
    }
    sums.iter()
        .map(|&(sum, deals)| {
            if deals > 0 {
                sum / f64::from(deals)
            } else {
                f64::MAX
            }
        })
        .collect()
}
