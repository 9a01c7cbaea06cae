//! The plan set against what happened: the design simulated from the first week of its
//! actuals (empty pipeline, the sources' measured arrivals), and per stage the mean absolute
//! error of weekly entries and, in Monte Carlo, the share of actual weeks inside the 10–90 %
//! band (about 80 % when the model is right).

use crate::design::{Design, HORIZON_WEEKS, StageId};
use crate::sim::{SimResult, StageMetric, Statistic, TotalMetric};

/// How one stage's weekly entries compare.
#[derive(Clone, Debug, PartialEq)]
pub struct StageBacktest {
    /// The stage (or "won" for the customers won).
    pub stage: Option<StageId>,
    /// Its name.
    pub name: String,
    /// Weeks compared.
    pub weeks: usize,
    /// Mean actual entries per week.
    pub actual_mean: f64,
    /// Mean simulated entries per week.
    pub simulated_mean: f64,
    /// Mean absolute error of the weekly entries.
    pub mean_absolute_error: f64,
    /// Share of weeks whose actual lies within the simulated 10–90 % band (Monte Carlo).
    pub inside_band: Option<f64>,
}

/// A backtest.
#[derive(Clone, Debug)]
pub struct Backtest {
    /// The design as simulated: from the actuals' first week, empty.
    pub design: Design,
    /// Its simulation.
    pub result: SimResult,
    /// Per stage with actuals, then the customers won.
    pub stages: Vec<StageBacktest>,
}

/// `design` set back to the first week of its actuals: starting then, for as many weeks as
/// there are actuals, with nothing in any stage.
#[must_use]
pub fn backtest_design(design: &Design) -> Option<Design> {
    let actuals = design.actuals.as_ref()?;
    let weeks = u32::try_from(actuals.weeks()).ok()?;
    let mut past = design.clone();
    past.simulation.start_date = Some(actuals.start);
    past.simulation.horizon_weeks = weeks.clamp(*HORIZON_WEEKS.start(), *HORIZON_WEEKS.end());
    for stage in past.stages.values_mut() {
        stage.in_stage_today = 0.0;
        stage.waiting_today = 0.0;
    }
    Some(past)
}

/// The backtest of `design`, or `None` when it keeps no actuals.
#[must_use]
pub fn backtest(design: &Design) -> Option<Backtest> {
    let past = backtest_design(design)?;
    let actuals = design.actuals.as_ref()?;
    let result = crate::sim::simulate(&past);
    let mut stages = Vec::new();
    for (stage_id, entered) in &actuals.entered {
        let Some(index) = result.stage_index(stage_id) else {
            continue;
        };
        let series = |statistic| result.stage_series(index, StageMetric::Entered, statistic);
        stages.push(compare(
            Some(stage_id.clone()),
            design.stage_name(stage_id).to_owned(),
            entered,
            &series(Statistic::Mean),
            result
                .has_bands()
                .then(|| (series(Statistic::P10), series(Statistic::P90))),
        ));
    }
    if !actuals.won.is_empty() {
        let series = |statistic| result.total_series(TotalMetric::NewCustomers, statistic);
        stages.push(compare(
            None,
            "Won".to_owned(),
            &actuals.won,
            &series(Statistic::Mean),
            result
                .has_bands()
                .then(|| (series(Statistic::P10), series(Statistic::P90))),
        ));
    }
    Some(Backtest {
        design: past,
        result,
        stages,
    })
}

fn compare(
    stage: Option<StageId>,
    name: String,
    actual: &[u32],
    simulated: &[f64],
    band: Option<(Vec<f64>, Vec<f64>)>,
) -> StageBacktest {
    let weeks = actual.len().min(simulated.len());
    let count = weeks.max(1) as f64;
    let actual_mean = actual[..weeks].iter().map(|&x| f64::from(x)).sum::<f64>() / count;
    let simulated_mean = simulated[..weeks].iter().sum::<f64>() / count;
    let mean_absolute_error = actual[..weeks]
        .iter()
        .zip(simulated)
        .map(|(&a, s)| (f64::from(a) - s).abs())
        .sum::<f64>()
        / count;
    let inside_band = band.map(|(low, high)| {
        let inside = actual[..weeks]
            .iter()
            .zip(low.iter().zip(&high))
            .filter(|&(&a, (low, high))| (*low..=*high).contains(&f64::from(a)))
            .count();
        inside as f64 / count
    });
    StageBacktest {
        stage,
        name,
        weeks,
        actual_mean,
        simulated_mean,
        mean_absolute_error,
        inside_band,
    }
}
