//! Event logs (one row per deal per stage entered) and Salesforce's opportunity history,
//! which is one: a row per stage change. Rows of a deal may come in any order; a closing
//! stage ("Closed won", "Lost") ends the deal.

use super::columns::{Closing, Header, aliases, closing, decide_dates, missing, parse_amount};
use super::dates::Moment;
use super::deals::{Deal, Deals, Outcome, Visit};
use super::rows::{DataRow, Export, StageNames, check_deal_limit};
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
    let chosen =
        |field: Field, names: &[&str]| super::columns::column(path, header, options, field, names);
    let required = |field: Field, names: &[&str], shown: &'static str| {
        chosen(field, names)?.ok_or_else(|| missing(path, kind, crate::i18n::Message::new(shown)))
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
pub fn read(
    path: &Path,
    header: &Header,
    kind: ExportKind,
    options: &ImportOptions,
) -> Result<Deals, ImportError> {
    let columns = columns(path, header, kind, options)?;
    let mut date_columns = vec![columns.time];
    date_columns.extend(columns.created);
    let dates = decide_dates(path, header, &date_columns, options.slash_order)?;
    let export = Export {
        path,
        header,
        dates: &dates,
    };
    let mut deals = Deals {
        kind: Some(kind),
        has_history: true,
        language: options.language,
        ..Deals::default()
    };
    let mut reading = Reading::default();
    export.each_row(&mut deals, |deals, row| reading.row(deals, row, &columns))?;
    for builder in reading.builders {
        if let Some(deal) = build_deal(&mut deals, builder) {
            deals.deals.push(deal);
        }
    }
    deals.order_by_time_reached();
    if columns.outcome.is_none() && !deals.deals.iter().any(|deal| deal.outcome != Outcome::Open) {
        deals
            .notes
            .push(crate::message!("import-note-no-deal-closed"));
    }
    Ok(deals)
}

/// What the pass over the rows has gathered so far: the stages by name, and each deal's
/// events by its case id.
#[derive(Default)]
struct Reading {
    stages: StageNames,
    case_index: HashMap<String, usize>,
    builders: Vec<Builder>,
}

impl Reading {
    /// Adds one row's event to its deal.
    fn row(
        &mut self,
        deals: &mut Deals,
        row: &DataRow<'_>,
        columns: &Columns,
    ) -> Result<(), ImportError> {
        let case = row.cell(columns.case);
        let required = [columns.case, columns.stage, columns.time];
        if let Some(&empty) = required.iter().find(|&&column| row.cell(column).is_empty()) {
            deals.skip(
                row.number,
                crate::message!("import-column-empty", column = row.name(empty)),
            );
            return Ok(());
        }
        let Some(at) = row.time(columns.time)? else {
            return Ok(());
        };
        let step = self.step_of(deals, row, columns.stage)?;
        let next = self.builders.len();
        let deal = *self.case_index.entry(case.to_owned()).or_insert(next);
        if deal == next {
            check_deal_limit(row.export_path(), row.number, next)?;
            self.builders.push(Builder {
                row: row.number_kept(),
                ..Builder::default()
            });
        }
        let Some(builder) = self.builders.get_mut(deal) else {
            return Ok(());
        };
        builder.events.push(Event {
            at,
            stage: step,
            row: row.number_kept(),
        });
        builder.take_row(row, columns);
        Ok(())
    }

    /// The stage a row enters (added to the export's stages when new), or the close.
    fn step_of(
        &mut self,
        deals: &mut Deals,
        row: &DataRow<'_>,
        column: usize,
    ) -> Result<Step, ImportError> {
        if let Some(closed) = closing(row.cell(column)) {
            return Ok(Step::Closed(closed));
        }
        let index = self.stages.index(deals, row, column)?;
        // MAX_STAGES keeps every index within u16.
        let index = u16::try_from(index).unwrap_or(u16::MAX);
        Ok(Step::Stage(index))
    }
}

impl Builder {
    /// What a row says of its deal besides the event: source, amount, outcome, creation.
    fn take_row(&mut self, row: &DataRow<'_>, columns: &Columns) {
        if let Some(text) = row.filled(columns.source)
            && self.source.is_none()
        {
            self.source = Some(text.to_owned());
        }
        if let Some(amount) = row.filled(columns.amount).and_then(parse_amount) {
            self.amount = Some(amount);
        }
        if let Some(text) = row.filled(columns.outcome) {
            // A row saying "open" was written before the deal closed: it never overrides a close.
            let outcome = match closing(text) {
                Some(Closing::Won) => Outcome::Won,
                Some(Closing::Lost) => Outcome::Lost,
                None => Outcome::Open,
            };
            if outcome != Outcome::Open || self.outcome.is_none() {
                self.outcome = Some(outcome);
            }
        }
        // An unreadable creation date is no reason to leave the deal out: its first stage
        // entry stands in.
        if let Some(created) = columns
            .created
            .and_then(|column| row.time(column).ok().flatten())
        {
            self.created = Some(self.created.map_or(created, |known| known.min(created)));
        }
    }
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
    let mut closed_on_row: Option<u32> = None;
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
                crate::message!("import-repeats-event", row = earlier.row.to_string()),
            );
            continue;
        }
        same_moment.push(event);
        if let Some(closed_row) = closed_on_row {
            deals.skip(
                event.row as usize,
                crate::message!("import-closed-before-stage", row = closed_row.to_string()),
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
            crate::message!("import-the-deal-has-no-stage"),
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
