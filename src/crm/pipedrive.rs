//! Pipedrive's deals export: one row per deal with its current stage and status, and no
//! stage history. A deal is taken to have passed every stage before the one it is in, so
//! conversions come from the furthest stage reached; days in stage cannot be measured.

use super::columns::{Header, decide_dates, missing, parse_amount, pick_pipeline};
use super::dates::Moment;
use super::deals::{Deal, Deals, MAX_DEALS, MAX_STAGES, Outcome, SeenIds, Visit};
use super::table::read_rows;
use super::{ExportKind, ImportError, ImportOptions};
use std::collections::HashMap;
use std::path::Path;

/// A deal as the row says, before the stage order is known.
struct Row {
    deal: Deal,
    stage: usize,
}

/// Reads a Pipedrive deals export.
///
/// # Errors
/// Missing columns, several pipelines and none chosen, unreadable dates, unknown statuses.
#[expect(
    clippy::too_many_lines,
    reason = "one pass over a row reads every column in turn"
)]
pub fn read(path: &Path, header: &Header, options: &ImportOptions) -> Result<Deals, ImportError> {
    let kind = ExportKind::Pipedrive;
    let need =
        |names: &[&str], shown: &str| header.find(names).ok_or_else(|| missing(path, kind, shown));
    let id = need(&["deal - id"], "Deal - ID")?;
    let stage = need(&["deal - stage"], "Deal - Stage")?;
    let status = need(&["deal - status"], "Deal - Status")?;
    let created = header.find(&["deal - deal created", "deal - created"]);
    let won_time = header.find(&["deal - won time"]);
    let lost_time = header.find(&["deal - lost time"]);
    let value = header.find(&["deal - value"]);
    let pipeline_column = header.find(&["deal - pipeline"]);
    let source = header.find(&[
        "deal - source",
        "deal - source channel",
        "deal - source origin",
        "deal - lead source",
    ]);
    let date_columns: Vec<usize> = [created, won_time, lost_time]
        .into_iter()
        .flatten()
        .collect();
    let decided = decide_dates(path, header, &date_columns, options.slash_order)?;
    let name = |column: usize| header.names.get(column).map_or("", String::as_str);
    let pipeline = choose_pipeline(path, pipeline_column, options)?;

    let mut deals = Deals {
        kind: Some(kind),
        pipeline: pipeline.clone(),
        has_history: false,
        ..Deals::default()
    };
    let mut rows: Vec<Row> = Vec::new();
    let mut ids = SeenIds::default();
    let mut without_pipeline = 0_usize;
    let mut stage_index: HashMap<String, usize> = HashMap::new();
    read_rows(path, &mut |row, cells| {
        if row == 1 {
            return Ok(());
        }
        deals.rows += 1;
        let cell = |column: usize| cells.get(column).map_or("", |text| text.trim());
        if let (Some(column), Some(wanted)) = (pipeline_column, &pipeline)
            && !cell(column).eq_ignore_ascii_case(wanted)
        {
            without_pipeline += 1;
            return Ok(());
        }
        let record = cell(id);
        if record.is_empty() || cell(stage).is_empty() {
            let empty = if record.is_empty() { id } else { stage };
            deals.skip(row, crate::tr!("import-column-empty", column = name(empty)));
            return Ok(());
        }
        if deals.repeated(&mut ids, name(id), record, row) {
            return Ok(());
        }
        if rows.len() >= MAX_DEALS {
            return Err(ImportError::at_row(
                path,
                row,
                crate::tr!("import-too-many-deals", max = MAX_DEALS.to_string()),
            ));
        }
        let outcome = match cell(status).to_lowercase().as_str() {
            "open" | "öppen" | "åben" | "avoin" => Outcome::Open,
            "won" | "vunnen" | "vundet" | "voitettu" => Outcome::Won,
            "lost" | "förlorad" | "tabt" | "menetetty" => Outcome::Lost,
            "deleted" => {
                deals.skip(row, crate::tr!("import-the-deal-is-deleted").to_owned());
                return Ok(());
            }
            other => {
                deals.skip(
                    row,
                    format!(
                        "column \"{}\": \"{other}\" is not a status (open, won or lost); the \
                         deal is left out",
                        name(status)
                    ),
                );
                return Ok(());
            }
        };
        let time = |column: Option<usize>| -> Result<Option<Moment>, ImportError> {
            let Some(column) = column else {
                return Ok(None);
            };
            let text = cell(column);
            if text.is_empty() {
                return Ok(None);
            }
            decided.parse(column, text).map(Some).ok_or_else(|| {
                ImportError::at_cell(
                    path,
                    row,
                    name(column),
                    crate::tr!("import-not-a-date", text = text),
                )
            })
        };
        let created_at = time(created)?;
        let closed = match outcome {
            Outcome::Won => time(won_time)?,
            Outcome::Lost => time(lost_time)?,
            Outcome::Open => None,
        };
        if let (Some(created_at), Some(closed)) = (created_at, closed)
            && closed < created_at
        {
            deals.skip(
                row,
                format!(
                    "column \"{}\": the deal closes before it was created; the deal is left out",
                    name(
                        if outcome == Outcome::Won {
                            won_time
                        } else {
                            lost_time
                        }
                        .unwrap_or(status)
                    )
                ),
            );
            return Ok(());
        }
        let stage_name = cell(stage).to_owned();
        let next = stage_index.len();
        let index = *stage_index.entry(stage_name.clone()).or_insert_with(|| {
            deals.stages.push(stage_name);
            next
        });
        if deals.stages.len() > MAX_STAGES {
            return Err(ImportError::at_cell(
                path,
                row,
                name(stage),
                crate::tr!("import-too-many-stages", max = MAX_STAGES.to_string()),
            ));
        }
        let source_index = source
            .map(cell)
            .filter(|text| !text.is_empty())
            .and_then(|text| deals.source_index(text));
        rows.push(Row {
            deal: Deal {
                row: u32::try_from(row).unwrap_or(u32::MAX),
                created: created_at,
                source: source_index,
                amount: value.map(cell).and_then(parse_amount),
                outcome,
                closed,
                visits: Vec::new(),
            },
            stage: index,
        });
        Ok(())
    })?;
    let order = stage_order(path, &deals, &rows, options)?;
    deals.stages = order.iter().map(|&old| deals.stages[old].clone()).collect();
    let mut position = vec![0_usize; order.len()];
    for (new, &old) in order.iter().enumerate() {
        position[old] = new;
    }
    for mut row in rows {
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
    deals.order_from = if options.stage_order.is_empty() {
        crate::tr!("import-order-by-time-in-pipeline")
    } else {
        crate::tr!("import-as-given")
    };
    if without_pipeline > 0 {
        deals.notes.push(crate::tr!(
            "import-note-other-pipelines",
            deals = without_pipeline.to_string()
        ));
    }
    deals.notes.push(crate::tr!("import-note-pipedrive"));
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
