//! The re-forecast of a review: from the counting day, the pipeline the export holds open then
//! as the starting state, the figures measured again from the export up to that day (or the
//! plan's kept), the rest of the plan's period simulated; set against the plan, how many
//! customers the year is won with if nothing changes.

use super::calibrate::{Proposed, Target};
use super::dates::Moment;
use super::deals::{Deals, Outcome};
use super::review::{ReviewError, poisson_band};
use crate::design::calendar::{Date, day_after};
use crate::design::{Design, StageId};
use crate::sim::{SimResult, Statistic, TotalMetric};

/// Which figures the re-forecast measures again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Figures {
    /// Conversions, days in stage, leads per week and order value as the export shows them
    /// up to the counting day, but for those `kept` as the plan has them.
    Remeasured { kept: Vec<Target> },
    /// The plan's own figures; only the open pipeline is taken from the export.
    Kept,
}

impl Figures {
    /// Every matched figure measured again.
    #[must_use]
    pub fn all_remeasured() -> Self {
        Self::Remeasured { kept: Vec::new() }
    }
}

/// The year as it now looks.
#[derive(Clone, Debug)]
pub struct Reforecast {
    /// The plan's first day.
    pub plan_from: Date,
    /// The counting day: the re-forecast starts here.
    pub from: Date,
    /// The plan's last day.
    pub until: Date,
    /// The plan restarted on the counting day.
    pub design: Design,
    pub result: SimResult,
    /// Deals won from the plan's first day to the counting day, as the export recorded them.
    pub won_so_far: f64,
    /// Deals the re-forecast wins from the counting day to the plan's last day, and the
    /// 10–90 % range chance alone spreads around it.
    pub won_ahead: f64,
    pub won_ahead_band: (f64, f64),
    /// Deals the plan wins over its whole period (the plan of record's, when there is one).
    pub planned_won: f64,
    /// The plan's deals won by the end of each month, from its first day.
    pub planned_by_month: Vec<(Date, f64)>,
    /// The re-forecast's deals won by the end of each week from the counting day, counting
    /// those won so far.
    pub ahead_by_week: Vec<(Date, f64)>,
    /// The new customers the targets ask of the plan's period, when every month of it has one.
    pub target_won: Option<f64>,
    /// The figures the export measured that the re-forecast may take (the open pipeline
    /// aside), whether taken or kept: for the leader to choose among.
    pub measured: Vec<Proposed>,
}

impl Reforecast {
    /// The year's deals won if nothing changes: so far, and ahead.
    #[must_use]
    pub fn year(&self) -> f64 {
        self.won_so_far + self.won_ahead
    }

    /// The year against the plan, as a share of the plan (−0.05: 5 % short).
    #[must_use]
    pub fn gap(&self) -> Option<f64> {
        (self.planned_won > 0.0).then(|| self.year() / self.planned_won - 1.0)
    }
}

/// The re-forecast of `design`'s plan from `as_of`, with the export's `deals` matched by
/// `mapping`.
///
/// # Errors
/// When the counting day lies outside the plan's period.
pub fn reforecast(
    design: &Design,
    deals: &Deals,
    mapping: &[Option<StageId>],
    as_of: Date,
    figures: &Figures,
    language: crate::i18n::Language,
) -> Result<Reforecast, ReviewError> {
    let (plan_from, until) = super::review::plan_period(design);
    if as_of <= plan_from {
        return Err(ReviewError::EndsBeforePlan {
            export_end: as_of,
            plan_start: plan_from,
        });
    }
    if as_of >= until {
        return Err(ReviewError::StartsAfterPlan {
            export_start: as_of,
            plan_end: until,
        });
    }
    let counted = Moment::of(as_of.at(0, 0, 0, 0)).unwrap_or(Moment(0));
    let measurement = super::measure::measure_at(deals, counted);
    let mut changes = super::calibrate::propose(design, &measurement, mapping, language);
    let measured: Vec<Proposed> = changes
        .iter()
        .filter(|change| !matches!(change.target, Target::InStageToday(_)))
        .cloned()
        .collect();
    // The open pipeline is always taken; the figures as the leader chose.
    changes.retain(|change| match (&change.target, figures) {
        (Target::InStageToday(_), _) => true,
        (_, Figures::Kept) => false,
        (target, Figures::Remeasured { kept }) => !kept.contains(target),
    });
    let mut ahead = design.clone();
    ahead.plan_of_record = None;
    ahead.actuals = None;
    super::calibrate::apply(&mut ahead, &changes, as_of);
    ahead.simulation.start_date = Some(as_of);
    let weeks = (until - as_of).get_days().max(1).div_euclid(7).max(1);
    ahead.simulation.horizon_weeks = u32::try_from(weeks).unwrap_or(1).clamp(
        *crate::design::HORIZON_WEEKS.start(),
        *crate::design::HORIZON_WEEKS.end(),
    );
    // Expected values: the band is what chance spreads around them (as in the review), and a
    // thousand Monte Carlo runs would keep the review dialog waiting at every change of match.
    let result = crate::sim::simulate_expected(&ahead);
    let statistic = Statistic::Mean;
    let won_ahead: f64 = result
        .total_series(TotalMetric::NewCustomers, statistic)
        .iter()
        .sum();
    let from_moment = Moment::of(plan_from.at(0, 0, 0, 0)).unwrap_or(Moment(0));
    let won_so_far = deals
        .deals
        .iter()
        .filter(|deal| deal.outcome == Outcome::Won)
        .filter_map(|deal| deal.closed)
        .filter(|closed| *closed >= from_moment && *closed < counted)
        .count() as f64;
    let mut running = won_so_far;
    let ahead_by_week = result
        .total_series(TotalMetric::NewCustomers, statistic)
        .iter()
        .enumerate()
        .map(|(week, won)| {
            running += won;
            (day_after(as_of, (week + 1) * 7), running)
        })
        .collect();
    let planned_by_month = planned_by_month(design, plan_from);
    Ok(Reforecast {
        plan_from,
        from: as_of,
        until,
        design: ahead,
        result,
        won_so_far,
        won_ahead,
        won_ahead_band: poisson_band(won_ahead),
        planned_won: planned_by_month.last().map_or(0.0, |(_, won)| *won),
        target_won: target_won(design, plan_from, until),
        measured,
        planned_by_month,
        ahead_by_week,
    })
}

/// The targets' new customers over the plan's period (a month it only partly covers in
/// proportion to its days), when each of its months has a target.
fn target_won(design: &Design, plan_from: Date, until: Date) -> Option<f64> {
    use crate::design::targets::TargetFigure;
    let mut total = 0.0;
    let mut month = plan_from.first_of_month();
    while month < until {
        let next = month.checked_add(jiff::Span::new().months(1)).ok()?;
        let counted = (next.min(until) - month.max(plan_from)).get_days();
        let share = f64::from(counted) / f64::from(month.days_in_month());
        total += design.targets.month(TargetFigure::NewCustomers, month)? * share;
        month = next;
    }
    Some(total)
}

/// The plan's deals won by the end of each month: the plan of record's months, or the design
/// simulated in expected values from the plan's first day.
fn planned_by_month(design: &Design, plan_from: Date) -> Vec<(Date, f64)> {
    let months: Vec<(Date, f64)> = if let Some(record) = &design.plan_of_record {
        record
            .months
            .iter()
            .map(|month| (month.first_day, month.new_customers))
            .collect()
    } else {
        let mut planned = design.clone();
        planned.simulation.start_date = Some(plan_from);
        let result = crate::sim::simulate_expected(&planned);
        crate::sim::months::month_table(&planned, &result)
            .months
            .iter()
            .map(|month| (month.first_day, month.new_customers))
            .collect()
    };
    let mut running = 0.0;
    months
        .iter()
        .enumerate()
        .map(|(index, (_, won))| {
            running += won;
            let end = months.get(index + 1).map_or_else(
                || day_after(plan_from, design.simulation.horizon_weeks as usize * 7),
                |next| next.0,
            );
            (end, running)
        })
        .collect()
}
