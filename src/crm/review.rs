//! The monthly review: a newer CRM export set against the plan, month by month since the plan
//! started, and the stage where the difference starts.
//!
//! The plan is the plan of record when the design keeps one (its new customers per month, as
//! agreed), and otherwise the design as it stands; the deals planned to enter each stage come
//! from the design simulated in expected values from the plan's start. A month's actual count
//! is "inside the band" when it lies within the 10–90 % range that chance alone spreads a
//! count around the planned figure (Poisson: arrivals at random, each deal on its own way).
//!
//! Where the difference starts: for each matched stage in flow order, its conversion (deals
//! that moved on of those that left it) and its days in stage (exits against the time deals
//! spent there, as for exponential stays) are tested against the design's figures over every
//! stretch from a month to the counting day. The test's level is divided among all the
//! stages, figures and months looked at (Bonferroni), so a plan that holds is said to differ
//! somewhere at most one time in ten. The first stage whose figure differs is named, with the
//! month from which its difference is clearest.

use super::dates::Moment;
use super::deals::{Deals, Outcome};
use crate::design::calendar::{Date, day_after};
use crate::design::{Design, StageId, StageKind};
use statrs::distribution::{ContinuousCDF, Normal};

/// The chance, when the plan holds, that the review still names a stage.
const FALSE_ALARM: f64 = 0.10;
/// A stretch with fewer decided deals than this is not tested.
const FEWEST_DECIDED: u64 = 10;

/// A planned figure against what happened.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compared {
    pub planned: f64,
    pub actual: f64,
    /// The 10–90 % range of the actual figure when the plan holds.
    pub band: (f64, f64),
}

impl Compared {
    /// Actual less planned.
    #[must_use]
    pub fn difference(&self) -> f64 {
        self.actual - self.planned
    }

    /// Whether the actual lies within the band.
    #[must_use]
    pub fn inside(&self) -> bool {
        (self.band.0..=self.band.1).contains(&self.actual)
    }
}

/// One month of the review.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewMonth {
    pub first_day: Date,
    /// Days of it counted (the first and the last month may be partial).
    pub days: usize,
    /// Per reviewed stage, the deals entering it.
    pub entering: Vec<Compared>,
    /// Deals won.
    pub won: Compared,
    /// The value of the deals won: planned as the plan's new customers at the customer
    /// stage's order value.
    pub won_value: Compared,
    /// Deals won against the month's new-customer target (in proportion to the days
    /// counted), when it has one.
    pub won_target: Option<Compared>,
}

/// A stage of the plan found in the export.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewStage {
    pub id: StageId,
    pub name: String,
    /// Its stage in the export.
    pub export_stage: usize,
}

/// Which figure of a stage differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    Conversion,
    DaysInStage,
}

/// Where the difference starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Difference {
    pub stage: StageId,
    pub name: String,
    pub figure: Figure,
    /// What the export shows from `from` (a share for conversion, days otherwise).
    pub realised: f64,
    /// What the plan says.
    pub planned: f64,
    /// The first day of the month from which the difference is clearest.
    pub from: Date,
    /// The deals it rests on: decided deals for conversion, exits for days.
    pub deals: u64,
}

/// The review of one export.
#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    /// The plan's first day.
    pub from: Date,
    /// The counting day: months are counted up to it.
    pub as_of: Date,
    /// The day the plan of record was frozen, when the plan is one.
    pub frozen_on: Option<Date>,
    pub stages: Vec<ReviewStage>,
    pub months: Vec<ReviewMonth>,
    pub differs: Option<Difference>,
    /// Working stages of the plan the export has no stage for.
    pub not_in_export: Vec<String>,
    /// Deals won each week from the plan's first day to the counting day.
    pub won_by_week: Vec<f64>,
}

/// Why a review cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    /// The export ends before the plan starts.
    #[error("the export ends on {export_end}, before the plan starts on {plan_start}")]
    EndsBeforePlan { export_end: Date, plan_start: Date },
    /// The export starts after the plan's last day.
    #[error("the export starts on {export_start}, after the plan's last day, {plan_end}")]
    StartsAfterPlan { export_start: Date, plan_end: Date },
    /// Not one stage of the plan is in the export.
    #[error(
        "none of the plan's stages is in the export (it has: {export_stages}); match them by name or with --map"
    )]
    NothingMatched { export_stages: String },
    /// Not a day of the plan lies before the counting day.
    #[error("the export has no deals")]
    NoDeals,
}

impl ReviewError {
    /// The message in `language`.
    #[must_use]
    pub fn words(&self, language: crate::i18n::Language) -> String {
        use crate::i18n::format::date_long_in;
        match self {
            Self::EndsBeforePlan {
                export_end,
                plan_start,
            } => crate::message!(
                "review-error-ends-before",
                end = date_long_in(language, *export_end),
                start = date_long_in(language, *plan_start)
            ),
            Self::StartsAfterPlan {
                export_start,
                plan_end,
            } => crate::message!(
                "review-error-starts-after",
                start = date_long_in(language, *export_start),
                end = date_long_in(language, *plan_end)
            ),
            Self::NothingMatched { export_stages } => crate::message!(
                "review-error-nothing-matched",
                stages = export_stages.as_str()
            ),
            Self::NoDeals => crate::message!("review-error-no-deals"),
        }
        .words(language)
    }
}

/// The plan's first day (the plan of record's, or the design's start date) and the day after
/// its last.
#[must_use]
pub fn plan_period(design: &Design) -> (Date, Date) {
    let from = design.plan_of_record.as_ref().map_or_else(
        || {
            design
                .simulation
                .start_date
                .unwrap_or_else(crate::design::calendar::today)
        },
        |record| record.start_date,
    );
    (
        from,
        day_after(from, design.simulation.horizon_weeks as usize * 7),
    )
}

/// The review of `deals` against `design`'s plan, with `mapping` (per export stage, the plan's
/// stage it is) and the counting day `as_of` (default: the export's).
///
/// # Errors
/// When the export and the plan do not overlap, or no stage matches.
pub fn review(
    design: &Design,
    deals: &Deals,
    mapping: &[Option<StageId>],
    as_of: Option<Date>,
) -> Result<Review, ReviewError> {
    let record = design.plan_of_record.as_ref();
    let (from, plan_end) = plan_period(design);
    let export_end = deals.as_of.map(Moment::date).ok_or(ReviewError::NoDeals)?;
    let export_start = deals
        .deals
        .iter()
        .filter_map(super::Deal::arrived)
        .min()
        .map(Moment::date)
        .ok_or(ReviewError::NoDeals)?;
    let as_of = as_of.unwrap_or(export_end).min(plan_end);
    if as_of <= from {
        return Err(ReviewError::EndsBeforePlan {
            export_end: as_of,
            plan_start: from,
        });
    }
    if export_start >= plan_end {
        return Err(ReviewError::StartsAfterPlan {
            export_start,
            plan_end,
        });
    }
    let stages = reviewed_stages(design, mapping);
    if stages.is_empty() {
        return Err(ReviewError::NothingMatched {
            export_stages: deals.stages.join(", "),
        });
    }
    let not_in_export = crate::design::edit::flow_order(design)
        .iter()
        .filter_map(|id| design.stages.get(id).map(|stage| (id, stage)))
        .filter(|(id, stage)| {
            stage.kind.is_working_stage() && !stages.iter().any(|reviewed| &reviewed.id == *id)
        })
        .map(|(_, stage)| stage.name.clone())
        .collect();
    let calendar = Months::between(from, as_of);
    let months = month_rows(design, deals, &stages, &calendar);
    let differs = where_it_differs(design, deals, &stages, &calendar);
    let won_by_week = won_by_week(deals, from, as_of);
    Ok(Review {
        from,
        as_of,
        frozen_on: record.map(|record| record.frozen_on),
        stages,
        months,
        differs,
        not_in_export,
        won_by_week,
    })
}

/// Deals won each week from `from` up to the counting day.
fn won_by_week(deals: &Deals, from: Date, as_of: Date) -> Vec<f64> {
    let start = Months::moment(from);
    let end = Months::moment(as_of);
    let weeks = usize::try_from((end.0 - start.0).div_euclid(7 * 86_400)).unwrap_or(0);
    let mut won = vec![0.0; weeks];
    for deal in deals
        .deals
        .iter()
        .filter(|deal| deal.outcome == Outcome::Won)
    {
        if let Some(closed) = deal
            .closed
            .filter(|closed| *closed >= start && *closed < end)
            && let Ok(week) = usize::try_from((closed.0 - start.0) / (7 * 86_400))
            && let Some(slot) = won.get_mut(week)
        {
            *slot += 1.0;
        }
    }
    won
}

/// The plan's working stages found in the export, in flow order.
fn reviewed_stages(design: &Design, mapping: &[Option<StageId>]) -> Vec<ReviewStage> {
    crate::design::edit::flow_order(design)
        .into_iter()
        .filter_map(|id| {
            let stage = design.stages.get(&id)?;
            let export_stage = mapping
                .iter()
                .position(|mapped| mapped.as_ref() == Some(&id))?;
            stage.kind.is_working_stage().then(|| ReviewStage {
                name: stage.name.clone(),
                id,
                export_stage,
            })
        })
        .collect()
}

/// The calendar months from the plan's first day to the counting day, as moments.
struct Months {
    /// Each month's first counted day.
    starts: Vec<Date>,
    /// The counting day.
    end: Date,
}

impl Months {
    fn between(from: Date, as_of: Date) -> Self {
        let mut starts = vec![from];
        let mut next = from.first_of_month();
        loop {
            next = next
                .checked_add(jiff::Span::new().months(1))
                .unwrap_or(as_of);
            if next >= as_of {
                break;
            }
            starts.push(next);
        }
        Self { starts, end: as_of }
    }

    fn moment(date: Date) -> Moment {
        Moment::of(date.at(0, 0, 0, 0)).unwrap_or(Moment(0))
    }

    /// The month a moment falls in, if within the review.
    fn index_of(&self, moment: Moment) -> Option<usize> {
        if moment < Self::moment(self.starts[0]) || moment >= Self::moment(self.end) {
            return None;
        }
        Some(
            self.starts
                .iter()
                .rposition(|start| Self::moment(*start) <= moment)
                .unwrap_or(0),
        )
    }

    /// Month `index`'s first moment and the moment after its last.
    fn span(&self, index: usize) -> (Moment, Moment) {
        let end = self.starts.get(index + 1).copied().unwrap_or(self.end);
        (Self::moment(self.starts[index]), Self::moment(end))
    }

    fn days(&self, index: usize) -> usize {
        let (start, end) = self.span(index);
        usize::try_from((end.0 - start.0) / 86_400).unwrap_or(0)
    }
}

/// The planned and actual figures of each month.
fn month_rows(
    design: &Design,
    deals: &Deals,
    stages: &[ReviewStage],
    calendar: &Months,
) -> Vec<ReviewMonth> {
    let planned = planned_by_month(design, stages, calendar);
    let count = calendar.starts.len();
    let mut entering = vec![vec![0_u64; stages.len()]; count];
    let mut won = vec![0_u64; count];
    let mut won_value = vec![0.0_f64; count];
    for deal in &deals.deals {
        for (index, visit) in deal.visits.iter().enumerate() {
            let at = visit
                .entered
                .or_else(|| (index == 0).then_some(deal.created).flatten());
            let Some(month) = at.and_then(|at| calendar.index_of(at)) else {
                continue;
            };
            for (column, stage) in stages.iter().enumerate() {
                if usize::from(visit.stage) == stage.export_stage {
                    entering[month][column] += 1;
                }
            }
        }
        if deal.outcome == Outcome::Won
            && let Some(month) = deal.closed.and_then(|closed| calendar.index_of(closed))
        {
            won[month] += 1;
            won_value[month] += deal.amount.unwrap_or(0.0).max(0.0);
        }
    }
    let order_value = order_value(design);
    (0..count)
        .map(|month| {
            let plan = &planned[month];
            let counted = |planned: f64, actual: u64| Compared {
                planned,
                actual: actual as f64,
                band: poisson_band(planned),
            };
            let won_band = poisson_band(plan.won);
            ReviewMonth {
                first_day: calendar.starts[month],
                days: calendar.days(month),
                entering: plan
                    .entering
                    .iter()
                    .zip(&entering[month])
                    .map(|(planned, actual)| counted(*planned, *actual))
                    .collect(),
                won: counted(plan.won, won[month]),
                won_target: design
                    .targets
                    .month(
                        crate::design::targets::TargetFigure::NewCustomers,
                        calendar.starts[month],
                    )
                    .map(|target| {
                        let first = calendar.starts[month];
                        let share = calendar.days(month) as f64 / f64::from(first.days_in_month());
                        counted(target * share, won[month])
                    }),
                won_value: Compared {
                    planned: plan.won * order_value,
                    actual: won_value[month],
                    band: (won_band.0 * order_value, won_band.1 * order_value),
                },
            }
        })
        .collect()
}

/// What the plan expects in a month.
struct PlannedMonth {
    entering: Vec<f64>,
    won: f64,
}

/// The plan's months: the design simulated in expected values from the plan's first day, its
/// months cut at the counting day; new customers from the plan of record when there is one.
fn planned_by_month(
    design: &Design,
    stages: &[ReviewStage],
    calendar: &Months,
) -> Vec<PlannedMonth> {
    let from = calendar.starts[0];
    let days = (calendar.end - from).get_days().max(1);
    let weeks = u32::try_from(days.div_euclid(7) + 1)
        .unwrap_or(u32::MAX)
        .clamp(
            *crate::design::HORIZON_WEEKS.start(),
            *crate::design::HORIZON_WEEKS.end(),
        );
    let mut planned = design.clone();
    planned.simulation.start_date = Some(from);
    planned.simulation.horizon_weeks = weeks;
    let result = crate::sim::simulate_expected(&planned);
    let table = crate::sim::months::month_table(&planned, &result);
    let record = design.plan_of_record.as_ref();
    (0..calendar.starts.len())
        .map(|index| {
            let first_day = calendar.starts[index];
            let month = table
                .months
                .iter()
                .find(|month| month.first_day.first_of_month() == first_day.first_of_month());
            // The last month is cut at the counting day: its plan in proportion.
            let share = month.map_or(0.0, |month| {
                calendar.days(index) as f64 / month.days.max(1) as f64
            });
            let entering = stages
                .iter()
                .map(|stage| {
                    let column = table.stages.iter().position(|(id, _)| id == &stage.id);
                    month
                        .zip(column)
                        .and_then(|(month, column)| month.entering.get(column))
                        .map_or(0.0, |value| value * share)
                })
                .collect();
            let recorded = record.and_then(|record| {
                record
                    .months
                    .iter()
                    .find(|month| month.first_day.first_of_month() == first_day.first_of_month())
                    .map(|month| month.new_customers * share)
            });
            let won = recorded
                .or_else(|| month.map(|month| month.new_customers * share))
                .unwrap_or(0.0);
            PlannedMonth { entering, won }
        })
        .collect()
}

/// The order value of the design's first customer stage.
fn order_value(design: &Design) -> f64 {
    design
        .stages
        .values()
        .find_map(|stage| match &stage.kind {
            StageKind::Customer(customers) => Some(customers.order_value),
            _ => None,
        })
        .unwrap_or(0.0)
}

/// The 10 % and 90 % points of a Poisson count with mean `mean`.
#[must_use]
pub fn poisson_band(mean: f64) -> (f64, f64) {
    if !(mean.is_finite() && mean > 0.0) {
        return (0.0, 0.0);
    }
    if mean > 10_000.0 {
        // Far out, the normal is as good and summing terms would take long.
        let spread = 1.281_551_565_5 * mean.sqrt();
        return ((mean - spread).floor().max(0.0), (mean + spread).ceil());
    }
    let mut term = (-mean).exp();
    let mut cumulative = term;
    let mut count = 0.0;
    let mut low = None;
    loop {
        if low.is_none() && cumulative >= 0.1 {
            low = Some(count);
        }
        if cumulative >= 0.9 {
            return (low.unwrap_or(count), count);
        }
        count += 1.0;
        term *= mean / count;
        cumulative += term;
        if count > mean * 2.0 + 100.0 {
            return (low.unwrap_or(0.0), count);
        }
    }
}

/// Per export stage and month: stays that ended (moved on, lost), and the time spent there.
#[derive(Clone, Default)]
struct StageMonth {
    moved_on: u64,
    dropped: u64,
    exits: u64,
    exposure_days: f64,
}

fn where_it_differs(
    design: &Design,
    deals: &Deals,
    stages: &[ReviewStage],
    calendar: &Months,
) -> Option<Difference> {
    let count = calendar.starts.len();
    let mut tallies = vec![vec![StageMonth::default(); count]; deals.stages.len()];
    let (review_start, review_end) = (calendar.span(0).0, calendar.span(count - 1).1);
    for deal in &deals.deals {
        for (index, visit) in deal.visits.iter().enumerate() {
            let Some(months) = tallies.get_mut(usize::from(visit.stage)) else {
                continue;
            };
            let left = deal.left(index).filter(|left| *left < review_end);
            if let Some(left) = left
                && let Some(month) = calendar.index_of(left)
            {
                let moved_on = match deal.visits.get(index + 1) {
                    Some(next) => next.stage > visit.stage,
                    None => deal.outcome == Outcome::Won,
                };
                let lost = deal.visits.get(index + 1).is_none() && deal.outcome == Outcome::Lost;
                if moved_on {
                    months[month].moved_on += 1;
                }
                if lost {
                    months[month].dropped += 1;
                }
                months[month].exits += 1;
            }
            // The time spent in the stage within each month of the review.
            let Some(entered) = visit.entered else {
                continue;
            };
            let until = left.unwrap_or(review_end);
            let (start, end) = (entered.max(review_start), until.min(review_end));
            if end <= start {
                continue;
            }
            // Only the months the stay overlaps: a long review of a big export stays linear.
            let first = calendar.index_of(start).unwrap_or(0);
            let last = calendar.index_of(Moment(end.0 - 1)).unwrap_or(count - 1);
            for (month, tally) in months.iter_mut().enumerate().take(last + 1).skip(first) {
                let (month_start, month_end) = calendar.span(month);
                let overlap = end.0.min(month_end.0) - start.0.max(month_start.0);
                if overlap > 0 {
                    tally.exposure_days += overlap as f64 / 86_400.0;
                }
            }
        }
    }
    let figures_per_stage = 1 + usize::from(deals.has_history);
    let tests = (stages.len() * figures_per_stage * count).max(1) as f64;
    let critical = Normal::standard().inverse_cdf(1.0 - FALSE_ALARM / 2.0 / tests);
    for stage in stages {
        let Some(planned) = design.stages.get(&stage.id) else {
            continue;
        };
        let months = &tallies[stage.export_stage];
        let has_conversion = matches!(
            planned.kind,
            StageKind::FunnelStep | StageKind::FlywheelSegment
        );
        if has_conversion
            && let Some(found) = conversion_differs(months, planned.conversion, critical)
        {
            return Some(difference(
                stage,
                calendar,
                found,
                Figure::Conversion,
                planned.conversion,
            ));
        }
        if deals.has_history
            && let Some(found) = days_differ(months, planned.days_in_stage, critical)
        {
            return Some(difference(
                stage,
                calendar,
                found,
                Figure::DaysInStage,
                planned.days_in_stage,
            ));
        }
    }
    None
}

/// The strongest difference over the stretches from each month to the counting day: the
/// month it starts, the realised figure, the deals it rests on.
#[derive(Clone, Copy)]
struct Found {
    month: usize,
    realised: f64,
    deals: u64,
}

fn difference(
    stage: &ReviewStage,
    calendar: &Months,
    found: Found,
    figure: Figure,
    planned: f64,
) -> Difference {
    Difference {
        stage: stage.id.clone(),
        name: stage.name.clone(),
        figure,
        realised: found.realised,
        planned,
        from: calendar.starts[found.month].first_of_month(),
        deals: found.deals,
    }
}

/// The stretch from a month to the counting day whose test statistic lies furthest beyond
/// `critical`: `test` gives a stretch's statistic and what it found (none when it rests on too
/// few deals).
fn strongest_stretch(
    months: &[StageMonth],
    critical: f64,
    test: impl Fn(&[StageMonth]) -> Option<(f64, f64, u64)>,
) -> Option<Found> {
    (0..months.len())
        .filter_map(|start| {
            let (z, realised, deals) = test(&months[start..])?;
            (z.abs() > critical).then_some((
                z.abs(),
                Found {
                    month: start,
                    realised,
                    deals,
                },
            ))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, found)| found)
}

/// Deals that moved on of those decided, against the planned share (binomial).
fn conversion_differs(months: &[StageMonth], planned: f64, critical: f64) -> Option<Found> {
    if !(planned > 0.0 && planned < 1.0) {
        return None;
    }
    strongest_stretch(months, critical, |stretch| {
        let moved_on: u64 = stretch.iter().map(|month| month.moved_on).sum();
        let decided: u64 = stretch
            .iter()
            .map(|month| month.moved_on + month.dropped)
            .sum();
        if decided < FEWEST_DECIDED {
            return None;
        }
        let n = decided as f64;
        let z = (moved_on as f64 - n * planned) / (n * planned * (1.0 - planned)).sqrt();
        Some((z, moved_on as f64 / n, decided))
    })
}

/// Exits against the time deals spent in the stage, as for exponential stays of the planned
/// mean (Poisson).
fn days_differ(months: &[StageMonth], planned_days: f64, critical: f64) -> Option<Found> {
    if !(planned_days > 0.0 && planned_days.is_finite()) {
        return None;
    }
    strongest_stretch(months, critical, |stretch| {
        let exits: u64 = stretch.iter().map(|month| month.exits).sum();
        let exposure: f64 = stretch.iter().map(|month| month.exposure_days).sum();
        let expected = exposure / planned_days;
        if exits < FEWEST_DECIDED || expected <= 0.0 {
            return None;
        }
        let z = (exits as f64 - expected) / expected.sqrt();
        Some((z, exposure / exits as f64, exits))
    })
}

#[cfg(test)]
mod tests {
    use super::poisson_band;

    #[test]
    fn the_poisson_band_holds_eighty_percent() {
        assert_eq!(poisson_band(0.0), (0.0, 0.0));
        let (low, high) = poisson_band(20.0);
        assert!(
            (13.0..=15.0).contains(&low) && (25.0..=27.0).contains(&high),
            "{low} {high}"
        );
        let (low, high) = poisson_band(1e6);
        assert!(low < 1e6 && high > 1e6 && high - low < 3000.0);
    }
}
