//! Headline figures derived from a run's series: customers, money, payback, bottleneck.

use super::layout::{StageMetric, TotalMetric};
use super::monte_carlo::Facts;
use super::result::{SimResult, Statistic, Summary};
use crate::design::{Design, StageKind};

/// A summary of nothing, replaced once the series exist.
pub(super) fn empty() -> Summary {
    Summary {
        customers_at_horizon: 0.0,
        customers_at_horizon_band: None,
        new_customers: 0.0,
        leads_entered: 0.0,
        revenue: 0.0,
        revenue_existing_customers: 0.0,
        cost: 0.0,
        profit: 0.0,
        customer_acquisition_cost: None,
        payback_week: None,
        first_customer_day: None,
        overall_conversion: None,
        utilisation: Vec::new(),
        bottleneck: None,
        runaway_growth: false,
        stopped_after_weeks: None,
    }
}

/// A stage is a bottleneck when its people are this busy or leads wait for them.
const BUSY_UTILISATION: f64 = 0.9;
/// Backlog (leads) that counts as waiting, not rounding.
const WAITING_BACKLOG: f64 = 0.5;

pub(super) fn summarise(result: &SimResult, design: &Design, facts: &Facts) -> Summary {
    let weeks = result.weeks;
    let runaway_growth = facts.stopped_after_weeks.is_some() || grows_exponentially(result, design);
    let total = |metric| result.total_series(metric, Statistic::Mean);
    let sum = |metric| total(metric).iter().sum::<f64>();
    let last_week = weeks.saturating_sub(1);

    let new_customers = sum(TotalMetric::NewCustomers);
    let leads_entered = sum(TotalMetric::LeadsEntered);
    let revenue = sum(TotalMetric::Revenue);
    let cost = sum(TotalMetric::Cost);
    let customers_at_horizon =
        result.total_value(last_week, TotalMetric::ActiveCustomers, Statistic::Mean);

    let mut cumulative_revenue = 0.0;
    let profit_by_week = total(TotalMetric::CumulativeProfit);
    let revenue_by_week = total(TotalMetric::Revenue);
    let payback_week = profit_by_week
        .iter()
        .zip(&revenue_by_week)
        .position(|(profit, revenue)| {
            cumulative_revenue += revenue;
            cumulative_revenue > 0.0 && *profit >= 0.0
        })
        .map(|week| week + 1);

    let utilisation = utilisation(result.stage_ids.len(), facts);
    let bottleneck = bottleneck(result, &utilisation);

    Summary {
        customers_at_horizon,
        customers_at_horizon_band: result.has_bands().then(|| {
            (
                result.total_value(last_week, TotalMetric::ActiveCustomers, Statistic::P10),
                result.total_value(last_week, TotalMetric::ActiveCustomers, Statistic::P90),
            )
        }),
        new_customers,
        leads_entered,
        revenue,
        revenue_existing_customers: sum(TotalMetric::RevenueExistingCustomers),
        cost,
        profit: revenue - cost,
        customer_acquisition_cost: (new_customers > 0.0).then(|| cost / new_customers),
        payback_week,
        first_customer_day: median_first_customer_day(facts),
        overall_conversion: (leads_entered > 0.0).then(|| new_customers / leads_entered),
        utilisation,
        bottleneck,
        runaway_growth,
        stopped_after_weeks: facts.stopped_after_weeks,
    }
}

fn utilisation(stages: usize, facts: &Facts) -> Vec<Option<f64>> {
    (0..stages)
        .map(|stage| {
            let offered = facts.capacity_offered.get(stage).copied().unwrap_or(0.0);
            let processed = facts.processed.get(stage).copied().unwrap_or(0.0);
            (offered > 0.0).then(|| (processed / offered).min(1.0))
        })
        .collect()
}

/// The stage whose people keep up least: the largest backlog at the horizon if any stage has
/// leads waiting, otherwise the busiest stage above [`BUSY_UTILISATION`].
fn bottleneck(result: &SimResult, utilisation: &[Option<f64>]) -> Option<crate::design::StageId> {
    let last_week = result.weeks.saturating_sub(1);
    let backlog =
        |stage| result.stage_value(last_week, stage, StageMetric::Backlog, Statistic::Mean);
    let by_backlog = (0..result.stage_ids.len())
        .filter(|&stage| backlog(stage) > WAITING_BACKLOG)
        .max_by(|&a, &b| backlog(a).total_cmp(&backlog(b)));
    let by_utilisation = || {
        utilisation
            .iter()
            .enumerate()
            .filter_map(|(stage, used)| used.filter(|&u| u >= BUSY_UTILISATION).map(|u| (stage, u)))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(stage, _)| stage)
    };
    by_backlog
        .or_else(by_utilisation)
        .and_then(|stage| result.stage_ids.get(stage).cloned())
}

/// Median over runs of the day of the first customer; none when most runs win none.
fn median_first_customer_day(facts: &Facts) -> Option<f64> {
    let mut days: Vec<f64> = facts
        .first_customer_days
        .iter()
        .map(|day| day.unwrap_or(f64::INFINITY))
        .collect();
    days.sort_unstable_by(f64::total_cmp);
    days.get(days.len() / 2)
        .copied()
        .filter(|day| day.is_finite())
}

/// Whether leads in the working stages grow week on week at an undiminished pace, beyond what
/// growing sources explain: the signature of a loop that feeds itself. Filling up a new
/// process grows too, but ever more slowly, and customers pile up by design, so neither is
/// flagged.
fn grows_exponentially(result: &SimResult, design: &Design) -> bool {
    const WEEKS_WATCHED: usize = 8;
    if result.weeks < 2 * WEEKS_WATCHED {
        return false;
    }
    let source_growth_per_month = design
        .sources
        .values()
        .map(|source| source.growth_per_month)
        .filter(|growth| growth.is_finite() && *growth > -1.0)
        .fold(0.0_f64, f64::max);
    let source_ratio = (1.0 + source_growth_per_month).powf(7.0 * 12.0 / 365.0);
    let working: Vec<usize> = design
        .stages
        .values()
        .enumerate()
        .filter(|(_, stage)| !matches!(stage.kind, StageKind::Customer(_) | StageKind::Lost))
        .map(|(index, _)| index)
        .collect();
    let in_process: Vec<f64> = (result.weeks - WEEKS_WATCHED - 1..result.weeks)
        .map(|week| {
            working
                .iter()
                .map(|&stage| {
                    result.stage_value(week, stage, StageMetric::InStage, Statistic::Mean)
                        + result.stage_value(week, stage, StageMetric::Backlog, Statistic::Mean)
                })
                .sum::<f64>()
        })
        .collect();
    let ratios: Vec<f64> = in_process
        .windows(2)
        .map(|pair| {
            if pair[0] > 0.0 {
                pair[1] / pair[0]
            } else {
                1.0
            }
        })
        .collect();
    // Linear or saturating growth slows week by week; exponential growth keeps its pace.
    let keeps_pace = match (ratios.first(), ratios.last()) {
        (Some(first), Some(last)) => last - 1.0 >= 0.98 * (first - 1.0),
        _ => false,
    };
    keeps_pace && ratios.iter().all(|&ratio| ratio > source_ratio + 0.005)
}
