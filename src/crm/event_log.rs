//! Event logs (one row per deal per stage entered) and Salesforce's opportunity history,
//! which is one: a row per stage change. Rows of a deal may come in any order; a closing
//! stage ("Closed won", "Lost") ends the deal.

use super::columns::{Closing, Header, aliases, closing, decide_dates, missing, parse_amount};
use super::dates::Moment;
use super::deals::{Deal, Deals, MAX_DEALS, MAX_STAGES, Outcome, Visit};
use super::table::read_rows;
use super::{ExportKind, Field, ImportError, ImportOptions};
use std::collections::HashMap;
use std::path::Path;

/// A stage entered, or the close, of one deal.
struct Event {
    at: Moment,
    stage: Step,
    row: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Stage(u16),
    Closed(Closing),
}

struct Columns {
    case: usize,
    stage: usize,
    time: usize,
    source: Option<usize>,
    amount: Option<usize>,
    outcome: Option<usize>,
    created: Option<usize>,
}

fn columns(
    path: &Path,
    header: &Header,
    kind: ExportKind,
    options: &ImportOptions,
) -> Result<Columns, ImportError> {
    let chosen = |field: Field, names: &[&str]| -> Result<Option<usize>, ImportError> {
        match options.columns.iter().find(|(given, _)| *given == field) {
            Some((_, name)) => {
                let wanted = super::columns::normalise(name);
                header
                    .lower()
                    .iter()
                    .position(|column| *column == wanted)
                    .map(Some)
                    .ok_or_else(|| {
                        ImportError::whole(
                            path,
                            crate::tr!(
                                "import-no-such-column",
                                column = name.as_str(),
                                field = field.key(),
                                columns = header.names.join(", ")
                            ),
                        )
                    })
            }
            None => Ok(header.find(names)),
        }
    };
    let required = |field: Field, names: &[&str], shown: &str| {
        chosen(field, names)?.ok_or_else(|| missing(path, kind, &crate::i18n::text(shown)))
    };
    Ok(Columns {
        case: required(Field::Case, aliases::CASE, "import-column-case")?,
        stage: required(Field::Stage, aliases::STAGE, "import-column-stage")?,
        time: required(Field::Time, aliases::TIME, "import-column-time")?,
        source: chosen(Field::Source, aliases::SOURCE)?,
        amount: chosen(Field::Amount, aliases::AMOUNT)?,
        outcome: chosen(Field::Outcome, aliases::OUTCOME)?,
        created: chosen(Field::Created, aliases::CREATED)?,
    })
}

#[derive(Default)]
struct Builder {
    row: u32,
    events: Vec<Event>,
    source: Option<String>,
    amount: Option<f64>,
    outcome: Option<Outcome>,
    created: Option<Moment>,
}

/// Reads an event log.
///
/// # Errors
/// Missing columns, unreadable dates, too many deals or stages.
#[expect(
    clippy::too_many_lines,
    clippy::single_match_else,
    reason = "one pass over a row reads every column in turn"
)]
pub fn read(
    path: &Path,
    header: &Header,
    kind: ExportKind,
    options: &ImportOptions,
) -> Result<Deals, ImportError> {
    let columns = columns(path, header, kind, options)?;
    let mut date_columns = vec![columns.time];
    date_columns.extend(columns.created);
    let formats = decide_dates(path, header, &date_columns, options.slash_order)?;
    let name = |column: usize| header.names.get(column).map_or("", String::as_str);

    let mut deals = Deals {
        kind: Some(kind),
        has_history: true,
        ..Deals::default()
    };
    let mut stage_index: HashMap<String, u16> = HashMap::new();
    let mut case_index: HashMap<String, usize> = HashMap::new();
    let mut builders: Vec<Builder> = Vec::new();
    read_rows(path, &mut |row, cells| {
        if row == 1 {
            return Ok(());
        }
        deals.rows += 1;
        let cell = |column: usize| cells.get(column).map_or("", |text| text.trim());
        let (case, stage, time) = (cell(columns.case), cell(columns.stage), cell(columns.time));
        if case.is_empty() || stage.is_empty() || time.is_empty() {
            let empty = [
                (case, columns.case),
                (stage, columns.stage),
                (time, columns.time),
            ]
            .iter()
            .find(|(text, _)| text.is_empty())
            .map_or(columns.case, |(_, column)| *column);
            deals.skip(row, crate::tr!("import-column-empty", column = name(empty)));
            return Ok(());
        }
        let Some(at) = formats.parse(columns.time, time) else {
            return Err(ImportError::at_cell(
                path,
                row,
                name(columns.time),
                crate::tr!("import-not-a-date", text = time),
            ));
        };
        let step = match closing(stage) {
            Some(closed) => Step::Closed(closed),
            None => {
                let next = stage_index.len();
                let index = *stage_index.entry(stage.to_owned()).or_insert_with(|| {
                    deals.stages.push(stage.to_owned());
                    u16::try_from(next).unwrap_or(u16::MAX)
                });
                if deals.stages.len() > MAX_STAGES {
                    return Err(ImportError::at_cell(
                        path,
                        row,
                        name(columns.stage),
                        crate::tr!(
                            "import-too-many-stages-column",
                            max = MAX_STAGES.to_string()
                        ),
                    ));
                }
                Step::Stage(index)
            }
        };
        let next = builders.len();
        let deal = *case_index.entry(case.to_owned()).or_insert(next);
        if deal == next {
            if next >= MAX_DEALS {
                return Err(ImportError::at_row(
                    path,
                    row,
                    crate::tr!("import-too-many-deals", max = MAX_DEALS.to_string()),
                ));
            }
            builders.push(Builder {
                row: u32::try_from(row).unwrap_or(u32::MAX),
                ..Builder::default()
            });
        }
        let builder = &mut builders[deal];
        builder.events.push(Event {
            at,
            stage: step,
            row: u32::try_from(row).unwrap_or(u32::MAX),
        });
        if let Some(text) = columns.source.map(cell).filter(|text| !text.is_empty())
            && builder.source.is_none()
        {
            builder.source = Some(text.to_owned());
        }
        if let Some(amount) = columns.amount.map(cell).and_then(parse_amount) {
            builder.amount = Some(amount);
        }
        if let Some(text) = columns.outcome.map(cell).filter(|text| !text.is_empty()) {
            // A row saying "open" was written before the deal closed: it never overrides a close.
            let outcome = match closing(text) {
                Some(Closing::Won) => Outcome::Won,
                Some(Closing::Lost) => Outcome::Lost,
                None => Outcome::Open,
            };
            if outcome != Outcome::Open || builder.outcome.is_none() {
                builder.outcome = Some(outcome);
            }
        }
        if let Some(created) = columns
            .created
            .map(cell)
            .and_then(|text| formats.parse(columns.created?, text))
        {
            builder.created = Some(builder.created.map_or(created, |known| known.min(created)));
        }
        Ok(())
    })?;
    for builder in builders {
        if let Some(deal) = build_deal(&mut deals, builder) {
            deals.deals.push(deal);
        }
    }
    deals.order_by_time_reached();
    if columns.outcome.is_none() && !deals.deals.iter().any(|deal| deal.outcome != Outcome::Open) {
        deals.notes.push(
            "no deal is closed (no stage called won or lost, no outcome column): the last \
             stage's conversion cannot be measured"
                .to_owned(),
        );
    }
    Ok(deals)
}

/// A deal from its events in time order, or `None` (skipped, with the reason) when they
/// contradict each other.
fn build_deal(deals: &mut Deals, mut builder: Builder) -> Option<Deal> {
    // At the same moment a stage is entered before the deal closes (date-only exports).
    builder
        .events
        .sort_by_key(|event| (event.at, matches!(event.stage, Step::Closed(_)), event.row));
    let mut deal = Deal {
        row: builder.row,
        created: builder.created,
        source: None,
        amount: builder.amount,
        outcome: Outcome::Open,
        closed: None,
        visits: Vec::with_capacity(builder.events.len()),
    };
    let mut closed_on_row = None;
    // The events of the moment being walked, to find a row repeating another of that moment.
    let mut same_moment: Vec<&Event> = Vec::new();
    for event in &builder.events {
        if same_moment
            .first()
            .is_some_and(|first| first.at != event.at)
        {
            same_moment.clear();
        }
        if let Some(earlier) = same_moment
            .iter()
            .find(|earlier| earlier.stage == event.stage)
        {
            deals.skip(
                event.row as usize,
                crate::tr!("import-repeats-event", row = earlier.row.to_string()),
            );
            continue;
        }
        same_moment.push(event);
        if let Some(closed_row) = closed_on_row {
            deals.skip(
                event.row as usize,
                format!(
                    "the deal of this row was closed on row {closed_row} before this stage \
                     entry; the deal is left out"
                ),
            );
            return None;
        }
        match event.stage {
            Step::Stage(stage) => deal.visits.push(Visit {
                stage,
                entered: Some(event.at),
                exited: None,
            }),
            Step::Closed(closing) => {
                deal.outcome = match closing {
                    Closing::Won => Outcome::Won,
                    Closing::Lost => Outcome::Lost,
                };
                deal.closed = Some(event.at);
                closed_on_row = Some(event.row);
            }
        }
    }
    if let Some(outcome) = builder.outcome
        && deal.closed.is_none()
    {
        // An outcome column says how the deal ended but not when: its last stay's length is
        // unknown, so the measurement counts its conversion but not its days.
        deal.outcome = outcome;
    }
    if deal.visits.is_empty() {
        deals.skip(
            builder.row as usize,
            crate::tr!("import-the-deal-has-no-stage").to_owned(),
        );
        return None;
    }
    if let Some(created) = deal.created
        && deal.visits.first().and_then(|visit| visit.entered) < Some(created)
    {
        deal.created = deal.visits.first().and_then(|visit| visit.entered);
    }
    deal.source = builder
        .source
        .as_deref()
        .and_then(|name| deals.source_index(name));
    Some(deal)
}
