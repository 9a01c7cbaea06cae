//! Every limit a design is held to, in one place: validation refuses a design beyond them with
//! a message naming the field, and every command and the editor validate before they
//! simulate, so no file, however made, can make a figure overflow, a loop run away or memory
//! run out.
//!
//! Why these bounds keep every intermediate finite: at most [`MAX_SOURCES`] sources of
//! [`MAX_LEADS_PER_WEEK`] growing [`MAX_GROWTH_PER_MONTH`] a month over [`HORIZON_WEEKS`]
//! (120 months) send fewer than 10^136 leads, and the engine stops any run past 10^15 leads
//! in the process; 10^15 customers buying [`MAX_PER_YEAR`] orders of [`MAX_MONEY`] stay far
//! below `f64::MAX` (10^308).

use std::ops::RangeInclusive;

/// Horizons a simulation accepts, in weeks: up to ten years.
pub const HORIZON_WEEKS: RangeInclusive<u32> = 1..=520;
/// Monte Carlo runs a simulation accepts.
pub const MONTE_CARLO_RUNS: RangeInclusive<u32> = 1..=100_000;
/// Weekly figures of Monte Carlo runs kept at once (runs × weeks × figures per week), 400 MB as
/// 32-bit numbers: a simulation that needs more runs again in passes, each keeping a share of
/// the figures, so memory stays bounded and only time grows.
pub const MAX_KEPT_FIGURES: u64 = 100_000_000;

/// Days of delay all brand reach stages of a design add up to: each keeps a day-by-day line
/// of organic leads on their way (eight runs side by side), so 100,000 days stay within about
/// 6 MB per simulating thread where 2,000 stages of ten years' delay would take a gigabyte.
pub const MAX_TOTAL_DELAY_DAYS: f64 = 100_000.0;

/// Stages in a design (and in each scenario).
pub const MAX_STAGES: usize = 2_000;
/// Flows in a design (and in each scenario).
pub const MAX_FLOWS: usize = 10_000;
/// Lead sources in a design (and in each scenario).
pub const MAX_SOURCES: usize = 500;
/// Scenarios besides the one being edited.
pub const MAX_SCENARIOS: usize = 50;
/// Roles, and tools, in the catalogue.
pub const MAX_CATALOGUE: usize = 500;
/// Characters in a name (design, stage, source, role, tool, scenario, title).
pub const MAX_NAME_CHARS: usize = 200;
/// Characters in notes.
pub const MAX_NOTES_CHARS: usize = 20_000;
/// Bytes of a design file, or of the design carried inside an image.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// How far from the origin a stage may be placed, in scene units either way: room for
/// thousands of stages, and near enough that drawing and the presentation's moving dots keep
/// their precision (32-bit positions lose whole units past 10^7).
pub const MAX_POSITION: f32 = 1_000_000.0;

/// New leads a source sends a week.
pub const MAX_LEADS_PER_WEEK: f64 = 1e7;
/// Any amount of money: a cost, an order value.
pub const MAX_MONEY: f64 = 1e12;
/// People of one role on one stage.
pub const MAX_HEADCOUNT: f64 = 10_000.0;
/// Leads one person handles a week.
pub const MAX_LEADS_PER_PERSON_PER_WEEK: f64 = 1e7;
/// Repeat orders, or referrals, per customer per year.
pub const MAX_PER_YEAR: f64 = 1_000.0;
/// Days in stage, or days of delay.
pub const MAX_DAYS: f64 = 3_650.0;
/// Monthly growth of a source (10.0 = +1,000 % a month).
pub const MAX_GROWTH_PER_MONTH: f64 = 10.0;
/// What a stage can hold on the start date.
pub const MAX_IN_STAGE_TODAY: f64 = 1e12;
/// The largest factor a season may put on a month: ten times a normal month.
pub const MAX_SEASON_FACTOR: f64 = 10.0;

/// Weekly figures a simulation of `stages` stages keeps per run and week (see `sim::Layout`).
#[must_use]
pub fn figures_per_week(stages: usize) -> u64 {
    stages as u64 * 5 + 11
}

/// How a Monte Carlo simulation keeps its weekly figures, and so how often its runs are
/// simulated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keeping {
    /// Every run's values of `cells` figures at once, the percentiles selected among them; a
    /// longer record is simulated again for each further share of its figures.
    AllRuns { cells: usize },
    /// `cells` figures counted, not kept: a pilot of the first runs sets each figure's bins,
    /// a first pass counts every run into them, a second keeps only the runs in the bins the
    /// percentiles fell in. Memory grows with the figures, not with the runs; a longer record
    /// takes further rounds of two passes.
    Counted { cells: usize },
}

/// Passes a round of counted figures takes (besides its pilot of the first runs).
pub const COUNTING_PASSES: usize = 2;
/// Runs whose values set a counted figure's bins.
pub const COUNTING_PILOT_RUNS: usize = 1_024;
/// Bins of a counted figure: 256 of the pilot's values, the 255 gaps between them and the two
/// beyond them.
pub const COUNTING_BINS: usize = 2 * 256 + 1;
/// 32-bit numbers a simulating thread keeps per counted figure: its bins' counts and the
/// values of one batch of 128 runs.
const COUNTED_PER_FIGURE_PER_THREAD: u64 = COUNTING_BINS as u64 + 128;
/// 32-bit numbers per counted figure besides: all threads' counts, the pilot's 256 values,
/// the sums of 16 groups of runs for the mean (64-bit) and each percentile's bin and rank.
const COUNTED_PER_FIGURE: u64 = COUNTING_BINS as u64 + 256 + 16 * 2 + 3 * 2;

impl Keeping {
    /// The way that simulates the runs fewest times within [`MAX_KEPT_FIGURES`] (or
    /// `kept_figures`, for tests of the budget): keeping every run while a pass keeps a good
    /// share of the record, counting when the runs far outnumber the bins.
    #[must_use]
    pub fn choose(kept_figures: u64, runs: u64, record_len: usize, threads: usize) -> Self {
        // At least a cache line's worth of figures a pass, so any budget ends.
        let least = 16.min(record_len).max(1);
        let within = |per_figure: u64| {
            usize::try_from(kept_figures / per_figure.max(1))
                .unwrap_or(usize::MAX)
                .clamp(least, record_len.max(1))
        };
        let all_runs = Self::AllRuns {
            cells: within(runs),
        };
        let counted_per_figure = (threads as u64 * COUNTED_PER_FIGURE_PER_THREAD
            + COUNTED_PER_FIGURE)
            .max(COUNTING_PILOT_RUNS as u64);
        let counted = Self::Counted {
            cells: within(counted_per_figure),
        };
        if counted.passes(record_len) < all_runs.passes(record_len) {
            counted
        } else {
            all_runs
        }
    }

    /// Times the runs are simulated for a record of `record_len` figures.
    #[must_use]
    pub fn passes(self, record_len: usize) -> usize {
        match self {
            Self::AllRuns { cells } => record_len.div_ceil(cells.max(1)).max(1),
            Self::Counted { cells } => COUNTING_PASSES * record_len.div_ceil(cells.max(1)).max(1),
        }
    }
}

/// Whether simulating `design` stays within the size limits: what the editor asks
/// before it simulates (validation says why not).
#[must_use]
pub fn simulable(design: &super::Design) -> bool {
    total_delay_days(design) <= MAX_TOTAL_DELAY_DAYS
        && design.stages.len() <= MAX_STAGES
        && design.flows.len() <= MAX_FLOWS
        && design.sources.len() <= MAX_SOURCES
}

/// The weekly figures simulating `design` yields: runs × weeks × figures per week in Monte
/// Carlo, one run's in expected values (see [`MAX_KEPT_FIGURES`]).
#[must_use]
pub fn kept_figures(design: &super::Design) -> u64 {
    let settings = &design.simulation;
    let runs = match settings.mode {
        super::SimulationMode::Expected => 1,
        super::SimulationMode::MonteCarlo => u64::from(settings.runs),
    };
    runs * u64::from(settings.horizon_weeks) * figures_per_week(design.stages.len())
}

/// The days of delay of all brand reach stages of `design` (a delay that is not a number
/// counts as past the limit).
#[must_use]
pub fn total_delay_days(design: &super::Design) -> f64 {
    design
        .stages
        .values()
        .filter_map(|stage| match &stage.kind {
            super::StageKind::BrandReach(reach) if reach.delay_days.is_finite() => {
                Some(reach.delay_days.max(0.0))
            }
            super::StageKind::BrandReach(_) => Some(f64::INFINITY),
            _ => None,
        })
        .sum()
}
