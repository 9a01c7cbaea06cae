//! What the deals say, per stage in pipeline order, each figure with the deals behind it and
//! a 90 % interval: conversion onward (open deals are not losses), days in stage (censored:
//! an open deal's time so far counts), where deals go next (skips included, moves back
//! counted), arrivals per week by source with growth and season, order value, and the open
//! deals per stage on the day the plan starts.

use super::ExportKind;
use super::dates::Moment;
use super::deals::{Deals, Outcome};
use super::stats::{Estimate, mean_and_median, mean_stay, share, weekly_rate};
use super::trend::{Trend, fit_trend, source_start};
use jiff::civil::Date;

/// Fewer deals than this behind a figure and it is flagged as thin evidence.
pub const THIN_EVIDENCE: u64 = crate::design::THIN_EVIDENCE;

/// Where deals that move on from a stage go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Onward {
    /// A later stage of the pipeline (the next, or one further when a stage is skipped).
    Stage(usize),
    /// Won: a customer.
    Won,
}

/// The figures of one stage.
#[derive(Clone, Debug, PartialEq)]
pub struct StageFigures {
    /// The stage as the export names it.
    pub name: String,
    /// Stays in the stage (a deal that comes back counts again).
    pub entered: u64,
    /// Stays that ended by moving on to a later stage or being won.
    pub moved_on: u64,
    /// Stays that ended with the deal lost.
    pub dropped: u64,
    /// Stays that ended by moving back to an earlier stage (or re-entering this one).
    pub moved_back: u64,
    /// Deals in the stage on the day the plan starts.
    pub open_today: u64,
    /// Moved on ÷ (moved on + dropped).
    pub conversion: Option<Estimate>,
    /// Mean days in the stage.
    pub days: Option<Estimate>,
    /// Where the deals that moved on went, with counts.
    pub onward: Vec<(Onward, u64)>,
}

/// New deals of one source.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceFigures {
    /// The source as the export names it.
    pub name: String,
    /// The stage its deals enter first (the most common).
    pub entry: usize,
    /// New deals per week at the start of the plan, with the evidence.
    pub per_week: Estimate,
    /// The fitted growth and season, when the export spans long enough.
    pub trend: Trend,
}

/// Everything measured from one export.
#[derive(Clone, Debug, PartialEq)]
pub struct Measurement {
    /// What wrote the export.
    pub kind: Option<ExportKind>,
    /// The pipeline measured.
    pub pipeline: Option<String>,
    /// First day with data.
    pub from: Date,
    /// The day the starting state is counted on (the export's latest date by default).
    pub to: Date,
    /// Deals read.
    pub deals: u64,
    /// Of them won, lost and open.
    pub won: u64,
    /// Lost.
    pub lost: u64,
    /// Open.
    pub open: u64,
    /// Per stage, in pipeline order.
    pub stages: Vec<StageFigures>,
    /// Per source.
    pub sources: Vec<SourceFigures>,
    /// Mean won amount and the median beside it.
    pub order_value: Option<(Estimate, f64)>,
    /// Whether days in stage could be measured (the export has stage times).
    pub has_history: bool,
    /// Rows read.
    pub rows: usize,
    /// Rows or deals skipped, the first listed with their reasons.
    pub skipped: Vec<super::Skipped>,
    /// All skipped.
    pub skipped_count: usize,
    /// How the stage order was found.
    pub order_from: Option<crate::i18n::Message>,
    /// What the reader and the measurement want the user to know.
    pub notes: Vec<crate::i18n::Message>,
    /// What happened each week, for setting the plan against it.
    pub weekly: Option<super::weekly::Weekly>,
}

impl Measurement {
    /// The period the figures rest on, as "Sep 2025–Oct 2026".
    #[must_use]
    pub fn period_text(&self, language: crate::i18n::Language) -> String {
        crate::design::period_text(self.from, self.to, language)
    }
}

#[derive(Default, Clone)]
struct Tally {
    entered: u64,
    moved_on: u64,
    dropped: u64,
    moved_back: u64,
    open_today: u64,
    exposure_days: f64,
    finished: u64,
    onward: std::collections::BTreeMap<Onward, u64>,
}

/// Measures `deals`.
#[must_use]
pub fn measure(deals: &Deals) -> Measurement {
    measure_at(deals, deals.as_of.unwrap_or(Moment(0)))
}

/// Measures `deals` as the export would have said on `as_of`: what happened after it is not
/// yet known (the re-forecast of a review counts from its counting day).
#[must_use]
pub fn measure_at(deals: &Deals, as_of: Moment) -> Measurement {
    let mut tallies = vec![Tally::default(); deals.stages.len()];
    let (mut won, mut lost, mut open) = (0, 0, 0);
    let mut amounts: Vec<f64> = Vec::new();
    for deal in &deals.deals {
        // A deal made after the day the plan starts is not yet part of what is measured.
        if deal.arrived().is_some_and(|arrived| arrived > as_of) {
            continue;
        }
        match deal.outcome {
            Outcome::Won => won += 1,
            Outcome::Lost => lost += 1,
            Outcome::Open => open += 1,
        }
        if deal.outcome == Outcome::Won
            && let Some(amount) = deal.amount.filter(|amount| *amount > 0.0)
        {
            amounts.push(amount);
        }
        tally_deal(deal, as_of, &mut tallies);
    }
    let first = deals
        .deals
        .iter()
        .filter_map(super::Deal::arrived)
        .min()
        .unwrap_or(as_of);
    let stages = deals
        .stages
        .iter()
        .zip(&tallies)
        .map(|(name, tally)| StageFigures {
            name: name.clone(),
            entered: tally.entered,
            moved_on: tally.moved_on,
            dropped: tally.dropped,
            moved_back: tally.moved_back,
            open_today: tally.open_today,
            conversion: share(tally.moved_on, tally.moved_on + tally.dropped),
            days: if deals.has_history {
                mean_stay(tally.exposure_days, tally.finished)
            } else {
                None
            },
            onward: tally
                .onward
                .iter()
                .map(|(to, count)| (*to, *count))
                .collect(),
        })
        .collect();
    let mut notes = deals.notes.clone();
    let sources = measure_sources(deals, first, as_of, &mut notes);
    Measurement {
        kind: deals.kind,
        pipeline: deals.pipeline.clone(),
        from: first.date(),
        to: as_of.date(),
        deals: deals.deals.len() as u64,
        won,
        lost,
        open,
        stages,
        sources,
        order_value: mean_and_median(&mut amounts),
        has_history: deals.has_history,
        rows: deals.rows,
        skipped: deals.skipped.clone(),
        skipped_count: deals.skipped_count,
        order_from: deals.order_from.clone(),
        notes,
        weekly: super::weekly::weekly(deals),
    }
}

/// Adds one deal's stays to the stages' tallies.
#[expect(
    clippy::match_same_arms,
    reason = "the arms are tried in order: a guarded arm must come before the open case"
)]
fn tally_deal(deal: &super::Deal, as_of: Moment, tallies: &mut [Tally]) {
    for (index, visit) in deal.visits.iter().enumerate() {
        let stage = usize::from(visit.stage);
        let Some(tally) = tallies.get_mut(stage) else {
            continue;
        };
        if visit.entered.is_some_and(|entered| entered > as_of) {
            continue;
        }
        tally.entered += 1;
        let next = deal.visits.get(index + 1);
        let left = deal.left(index).filter(|left| *left <= as_of);
        match (next, deal.outcome) {
            (Some(next), _) if next.entered.is_none_or(|entered| entered <= as_of) => {
                let to = usize::from(next.stage);
                if to > stage {
                    tally.moved_on += 1;
                    *tally.onward.entry(Onward::Stage(to)).or_default() += 1;
                } else {
                    tally.moved_back += 1;
                }
            }
            (Some(_), _) => tally.open_today += 1,
            (None, Outcome::Won) if left.is_some() || deal.closed.is_none() => {
                tally.moved_on += 1;
                *tally.onward.entry(Onward::Won).or_default() += 1;
            }
            (None, Outcome::Lost) if left.is_some() || deal.closed.is_none() => {
                tally.dropped += 1;
            }
            (None, _) => tally.open_today += 1,
        }
        let Some(entered) = visit.entered else {
            continue;
        };
        let last_with_unknown_close =
            next.is_none() && deal.outcome != Outcome::Open && deal.closed.is_none();
        if last_with_unknown_close {
            continue;
        }
        match left {
            Some(left) => {
                tally.exposure_days += left.days_since(entered).max(0.0);
                tally.finished += 1;
            }
            None => tally.exposure_days += as_of.days_since(entered).max(0.0),
        }
    }
}

fn measure_sources(
    deals: &Deals,
    first: Moment,
    as_of: Moment,
    notes: &mut Vec<crate::i18n::Message>,
) -> Vec<SourceFigures> {
    let named = !deals.sources.is_empty();
    let unnamed = deals.sources.len();
    let mut arrivals: Vec<Vec<Moment>> = vec![Vec::new(); unnamed + 1];
    let mut entries: Vec<Vec<u64>> = vec![vec![0; deals.stages.len().max(1)]; unnamed + 1];
    let mut without_time = 0_u64;
    for deal in &deals.deals {
        let source = deal.source.map_or(unnamed, usize::from);
        if let Some(first_visit) = deal.visits.first()
            && let Some(slot) = entries[source].get_mut(usize::from(first_visit.stage))
        {
            *slot += 1;
        }
        match deal.arrived() {
            Some(arrived) if arrived <= as_of => arrivals[source].push(arrived),
            Some(_) => {}
            None => without_time += 1,
        }
    }
    if without_time > 0 {
        notes.push(crate::message!(
            "import-note-no-creation-date",
            deals = without_time.to_string()
        ));
    }
    let mut figures = Vec::new();
    for (index, moments) in arrivals.iter().enumerate() {
        if moments.is_empty() {
            continue;
        }
        // A source that began during the export is measured from its own first deal.
        let start = source_start(moments, first, as_of);
        let weeks = as_of.days_since(start) / 7.0;
        let name = match deals.sources.get(index) {
            Some(name) => name.clone(),
            None if named => crate::tr_in!(deals.language, "import-no-source-given"),
            None => crate::tr_in!(deals.language, "import-new-deals"),
        };
        let entry = entries[index]
            .iter()
            .enumerate()
            .max_by_key(|(stage, count)| (**count, std::cmp::Reverse(*stage)))
            .map_or(0, |(stage, _)| stage);
        let Some(mean) = weekly_rate(moments.len() as u64, weeks.max(1.0 / 7.0)) else {
            continue;
        };
        let trend = fit_trend(moments, start, as_of);
        let scale = trend
            .level_at_end_per_week
            .map_or(1.0, |level| level / mean.value);
        figures.push(SourceFigures {
            name,
            entry,
            per_week: Estimate {
                value: mean.value * scale,
                low: mean.low * scale,
                high: mean.high * scale,
                count: mean.count,
            },
            trend,
        });
    }
    figures
}
