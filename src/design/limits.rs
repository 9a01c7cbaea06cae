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
    /// percentiles fell in (about three in 256). A longer record takes further rounds of two
    /// passes.
    Counted { cells: usize },
}

/// Runs simulated side by side in one engine (the last group filled up with extra runs), runs
/// a thread simulates at a time, and the most groups of batches whose values are summed
/// together for the means (threads take whole groups): how `sim::monte_carlo` lays out its
/// runs, kept here so that validation states the passes it takes.
pub const MONTE_CARLO_LANES: usize = 8;
pub const MONTE_CARLO_BATCH_RUNS: usize = 16 * MONTE_CARLO_LANES;
pub const MONTE_CARLO_MEAN_GROUPS: usize = 16;

/// Passes a round of counted figures takes (besides its pilot of the first runs), unless no
/// percentile needs the second.
pub const COUNTING_PASSES: usize = 2;
/// Runs whose values set a counted figure's bins.
pub const COUNTING_PILOT_RUNS: usize = 1_024;
/// Bins of a counted figure: 256 of the pilot's values, the 255 gaps between them and the two
/// beyond them.
pub const COUNTING_BINS: usize = 2 * 256 + 1;

impl Keeping {
    /// The way to simulate `runs` runs of a record of `record_len` figures on a machine of
    /// `cores` cores within [`MAX_KEPT_FIGURES`] (or `kept_figures`, for tests of the budget).
    #[must_use]
    pub fn for_runs(kept_figures: u64, runs: usize, record_len: usize, cores: usize) -> Self {
        let (padded_runs, threads) = monte_carlo_threads(runs, cores);
        Self::choose(kept_figures, padded_runs as u64, record_len, threads)
    }

    /// The way that simulates the runs fewest times: keeping every run while a pass keeps a
    /// good share of the record, counting when the runs far outnumber the bins.
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
        // The runs a second pass keeps: about three bins' worth, a bin holding about one
        // run in 256.
        let gathered = 3 * runs / 256 + 3;
        let counted = Self::Counted {
            cells: within(Self::counted_per_figure(threads) + gathered),
        };
        if counted.passes(record_len) < all_runs.passes(record_len) {
            counted
        } else {
            all_runs
        }
    }

    /// 32-bit numbers kept at once per counted figure, besides the runs its second pass
    /// keeps: per thread its bins' counts and one batch's values; all threads' counts, the
    /// pilot's runs and the 256 values it picks, the sums of the groups for the mean (64-bit)
    /// and each percentile's bin and rank.
    #[must_use]
    pub fn counted_per_figure(threads: usize) -> u64 {
        let per_thread = (COUNTING_BINS + MONTE_CARLO_BATCH_RUNS) as u64;
        let shared = COUNTING_BINS + COUNTING_PILOT_RUNS + 256 + MONTE_CARLO_MEAN_GROUPS * 2 + 6;
        threads as u64 * per_thread + shared as u64
    }

    /// Times the runs are simulated for a record of `record_len` figures (a counted round
    /// whose percentiles all fall on the pilot's values takes one pass less).
    #[must_use]
    pub fn passes(self, record_len: usize) -> usize {
        match self {
            Self::AllRuns { .. } => self.rounds(record_len),
            Self::Counted { .. } => COUNTING_PASSES * self.rounds(record_len),
        }
    }

    /// Shares of the record simulated one after the other.
    #[must_use]
    pub fn rounds(self, record_len: usize) -> usize {
        let (Self::AllRuns { cells } | Self::Counted { cells }) = self;
        record_len.div_ceil(cells.max(1)).max(1)
    }
}

/// The runs a Monte Carlo simulation of `runs` runs simulates (filled up to whole lanes) and
/// the threads it takes on a machine of `cores` cores.
#[must_use]
pub fn monte_carlo_threads(runs: usize, cores: usize) -> (usize, usize) {
    let padded_runs = runs.div_ceil(MONTE_CARLO_LANES).max(1) * MONTE_CARLO_LANES;
    let groups = padded_runs
        .div_ceil(MONTE_CARLO_BATCH_RUNS)
        .min(MONTE_CARLO_MEAN_GROUPS);
    (padded_runs, cores.clamp(1, groups))
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
