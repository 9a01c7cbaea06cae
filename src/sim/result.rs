//! What a simulation yields: weekly series per stage and in total, Monte Carlo bands, and the
//! headline figures a leader asks for.

use super::layout::{Layout, StageMetric, TotalMetric};
use crate::design::calendar::{self, Date};
use crate::design::{SimulationMode, StageId};

/// Which figure of a Monte Carlo distribution to read; in expected mode all equal the mean.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Statistic {
    /// Expected value, or the mean over runs.
    Mean,
    /// 10th percentile over runs.
    P10,
    /// Median over runs.
    P50,
    /// 90th percentile over runs.
    P90,
}

/// Percentiles over Monte Carlo runs, laid out like the mean.
#[derive(Clone, Debug)]
pub(crate) struct Bands {
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

/// Headline figures at the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Active customers at the end of the horizon.
    pub customers_at_horizon: f64,
    /// 10th and 90th percentile of `customers_at_horizon` (Monte Carlo only).
    pub customers_at_horizon_band: Option<(f64, f64)>,
    /// Customers won over the horizon.
    pub new_customers: f64,
    /// New leads over the horizon (sources and referrals).
    pub leads_entered: f64,
    /// Revenue over the horizon.
    pub revenue: f64,
    /// Of `revenue`, what the customers the company had on the start date brought.
    pub revenue_existing_customers: f64,
    /// Cost over the horizon.
    pub cost: f64,
    /// Revenue minus cost over the horizon.
    pub profit: f64,
    /// Cost per customer won; none when no customer is won.
    pub customer_acquisition_cost: Option<f64>,
    /// First week (1-based) whose cumulative profit is not negative, once revenue has come in.
    pub payback_week: Option<usize>,
    /// Days until the first whole customer is won (median over runs in Monte Carlo).
    pub first_customer_day: Option<f64>,
    /// Customers won per new lead.
    pub overall_conversion: Option<f64>,
    /// Per stage (design order): share of the roles' capacity used; none without roles.
    pub utilisation: Vec<Option<f64>>,
    /// The stage whose roles keep up least: highest backlog, then highest utilisation.
    pub bottleneck: Option<StageId>,
    /// Leads in the process grow exponentially faster than the sources do (a flywheel whose
    /// loop feeds more than it loses).
    pub runaway_growth: bool,
    /// Weeks simulated when growth passed all meaning (10^15 leads) and the run stopped.
    pub stopped_after_weeks: Option<usize>,
}

/// The outcome of a simulation.
#[derive(Clone, Debug)]
pub struct SimResult {
    /// Expected values or Monte Carlo.
    pub mode: SimulationMode,
    /// Monte Carlo runs (1 in expected mode).
    pub runs: u32,
    /// Weeks in every series.
    pub weeks: usize,
    /// The first day of week 1.
    pub start_date: Date,
    /// Stage ids in design order; stage indexes below refer to this list.
    pub stage_ids: Vec<StageId>,
    /// Stage names in design order.
    pub stage_names: Vec<String>,
    /// Headline figures.
    pub summary: Summary,
    pub(crate) layout: Layout,
    pub(crate) mean: Vec<f64>,
    pub(crate) bands: Option<Bands>,
    /// Each Monte Carlo run's outcome, run by run (empty in expected mode).
    pub(crate) run_outcomes: Vec<RunOutcome>,
}

/// What one Monte Carlo run reached by the horizon (by the week it stopped, for a run stopped
/// for runaway growth).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RunOutcome {
    /// Active customers at the end of the last week.
    pub customers: f64,
    /// Revenue earned over all weeks.
    pub revenue: f64,
    /// Revenue minus cost over all weeks.
    pub profit: f64,
    /// Customers won over all weeks.
    pub won: f64,
}

/// The index of the `q`-quantile (0–1) among `len` sorted values, by nearest rank: the one
/// rule for every percentile Leadflow reports.
pub(crate) fn nearest_rank(len: usize, q: f64) -> usize {
    (q * len.saturating_sub(1) as f64).round() as usize
}

/// The 10th and 90th percentile of `values` by nearest rank, as the series' bands are taken.
#[must_use]
pub fn percentile_band(values: &[f64]) -> (f64, f64) {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |q: f64| {
        sorted
            .get(nearest_rank(sorted.len(), q))
            .copied()
            .unwrap_or(0.0)
    };
    (at(0.1), at(0.9))
}

impl SimResult {
    fn values(&self, statistic: Statistic) -> &[f64] {
        match (&self.bands, statistic) {
            (Some(bands), Statistic::P10) => &bands.p10,
            (Some(bands), Statistic::P50) => &bands.p50,
            (Some(bands), Statistic::P90) => &bands.p90,
            _ => &self.mean,
        }
    }

    /// Whether percentiles differ from the mean (Monte Carlo).
    #[must_use]
    pub fn has_bands(&self) -> bool {
        self.bands.is_some()
    }

    /// A stage's figure in week `week` (0-based).
    #[must_use]
    pub fn stage_value(
        &self,
        week: usize,
        stage: usize,
        metric: StageMetric,
        statistic: Statistic,
    ) -> f64 {
        self.values(statistic)
            .get(self.layout.stage_cell(week, stage, metric))
            .copied()
            .unwrap_or(0.0)
    }

    /// A design-wide figure in week `week` (0-based).
    #[must_use]
    pub fn total_value(&self, week: usize, metric: TotalMetric, statistic: Statistic) -> f64 {
        self.values(statistic)
            .get(self.layout.total_cell(week, metric))
            .copied()
            .unwrap_or(0.0)
    }

    /// A stage's figure for every week.
    #[must_use]
    pub fn stage_series(
        &self,
        stage: usize,
        metric: StageMetric,
        statistic: Statistic,
    ) -> Vec<f64> {
        (0..self.weeks)
            .map(|week| self.stage_value(week, stage, metric, statistic))
            .collect()
    }

    /// A design-wide figure for every week.
    #[must_use]
    pub fn total_series(&self, metric: TotalMetric, statistic: Statistic) -> Vec<f64> {
        (0..self.weeks)
            .map(|week| self.total_value(week, metric, statistic))
            .collect()
    }

    /// Each Monte Carlo run's customers, revenue and profit by the horizon (the last week
    /// simulated), run by run; empty in expected mode.
    #[must_use]
    pub fn run_outcomes(&self) -> &[RunOutcome] {
        &self.run_outcomes
    }

    /// The first day of week `week` (0-based).
    #[must_use]
    pub fn week_start(&self, week: usize) -> Date {
        calendar::week_start(self.start_date, week)
    }

    /// The last day simulated: the horizon as a date.
    #[must_use]
    pub fn last_day(&self) -> Date {
        calendar::last_day(self.start_date, self.weeks)
    }

    /// The index of a stage in this result.
    #[must_use]
    pub fn stage_index(&self, stage_id: &StageId) -> Option<usize> {
        self.stage_ids.iter().position(|id| id == stage_id)
    }
}
