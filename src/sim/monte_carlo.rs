//! Monte Carlo: many seeded runs of the same rules, spread over the machine's cores, reduced to
//! means and 10/50/90 % percentiles per weekly figure.
//!
//! Exact percentiles need every run's value of a figure, and runs × figures can outgrow any
//! laptop (100,000 runs of the sales silo over ten years are 2 billion figures). Within a
//! budget every run's figures are kept and the percentiles selected among them; beyond it, the
//! one of two ways that simulates the runs fewer times: keeping a share of the figures a pass,
//! or counting every figure's values into bins (`counting`: two passes a round of figures, and
//! of the runs only the few the second pass keeps). A run always draws the same numbers and the
//! means are summed in groups fixed by the runs, so the result is the same, bit for bit,
//! whatever the budget, the way and the number of threads; only time and memory differ.

use super::compile::Compiled;
use super::counting::{Bins, Counts, Gathered, Located};
use super::engine::{Engine, RunFacts};
use super::layout::{Layout, TotalMetric};
use super::percentiles::{Reduced, mean_by_groups, reduce};
use super::result::{Bands, RunOutcome};
use super::rng::Rng;
use crate::design::limits::{
    COUNTING_PILOT_RUNS, Keeping, MONTE_CARLO_BATCH_RUNS as BATCH_RUNS, MONTE_CARLO_LANES as LANES,
    MONTE_CARLO_MEAN_GROUPS as MEAN_GROUPS, monte_carlo_threads,
};
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

/// What the summary asks of all runs together.
#[derive(Clone, Debug, Default)]
pub(super) struct Facts {
    /// Per run: the day the first whole customer was won.
    pub first_customer_days: Vec<Option<f64>>,
    /// Per stage: leads processed and capacity offered, summed over runs.
    pub processed: Vec<f64>,
    pub capacity_offered: Vec<f64>,
    /// The fewest weeks any run simulated before it stopped for runaway growth.
    pub stopped_after_weeks: Option<usize>,
}

impl Facts {
    /// The facts of single runs, summed in the order given.
    pub fn of_runs<'a>(runs: impl IntoIterator<Item = &'a RunFacts>) -> Self {
        let mut facts = Self::default();
        for run in runs {
            facts.add_run(run);
        }
        facts
    }

    fn add_run(&mut self, run: &RunFacts) {
        self.first_customer_days.push(run.first_customer_day);
        add_into(&mut self.processed, &run.processed);
        add_into(&mut self.capacity_offered, &run.capacity_offered);
        self.stopped_after_weeks = min_some(self.stopped_after_weeks, run.stopped_after_weeks);
    }

    /// Takes in the facts of the runs after these.
    fn append(&mut self, later: Self) {
        self.first_customer_days.extend(later.first_customer_days);
        add_into(&mut self.processed, &later.processed);
        add_into(&mut self.capacity_offered, &later.capacity_offered);
        self.stopped_after_weeks = min_some(self.stopped_after_weeks, later.stopped_after_weeks);
    }
}

fn add_into(sums: &mut Vec<f64>, values: &[f64]) {
    if sums.len() < values.len() {
        sums.resize(values.len(), 0.0);
    }
    for (sum, value) in sums.iter_mut().zip(values) {
        *sum += value;
    }
}

fn min_some(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

pub(super) struct Outcome {
    pub mean: Vec<f64>,
    pub bands: Bands,
    pub facts: Facts,
    /// What each run reached by the horizon, kept for what is asked of runs one by one (the
    /// share that reaches a goal, the spread of a difference between two designs).
    pub run_outcomes: Vec<RunOutcome>,
}

// Lanes (`LANES`): runs made side by side in one engine, enough to read each stage's tables
// once for several draws, few enough for the lanes' state to stay in the first-level cache.
// Batches (`BATCH_RUNS`): runs a thread takes at a time; facts are summed per batch and the
// batches in run order, so sums do not depend on the number of threads. Groups for the means
// (`MEAN_GROUPS`): batches whose values are summed together, the groups' sums then added in
// order; threads take whole groups. The numbers are in `design::limits`, for validation.

/// A model for one run: the design with its measured figures drawn for that run (see
/// `uncertainty`).
pub(super) type Variants<'a> = dyn Fn(usize) -> Compiled + Sync + 'a;

/// How a Monte Carlo simulation is made: its runs and seed, how many figures it may keep at
/// once, and the flag that tells it its answer is no longer wanted.
pub(super) struct Plan<'a> {
    pub runs: u32,
    pub seed: u64,
    pub kept_figures: u64,
    pub stop: &'a AtomicBool,
    pub progress: &'a super::Progress,
}

/// One batch's share of a pass: its place among all runs and what it writes.
struct Batch<'a> {
    first_run: usize,
    kept: &'a mut [f32],
    facts: &'a mut Facts,
    outcomes: &'a mut [RunOutcome],
}

/// How the runs are laid out: in batches, batches in groups for the means, groups over threads.
struct Shape {
    runs: usize,
    /// The runs with the last group of lanes filled up (extra runs simulated and dropped).
    padded_runs: usize,
    weeks: usize,
    record_len: usize,
    batches: usize,
    /// Per group for the means: its batches. Fixed by the runs alone.
    mean_groups: Vec<Range<usize>>,
    /// Per thread: its groups.
    threads: Vec<Range<usize>>,
}

impl Shape {
    fn new(runs: usize, weeks: usize, layout: Layout, cores: usize) -> Self {
        let (padded_runs, threads) = monte_carlo_threads(runs, cores);
        let batches = padded_runs.div_ceil(BATCH_RUNS);
        let mean_groups = split(0..batches, MEAN_GROUPS.min(batches));
        let threads = split(0..mean_groups.len(), threads);
        Self {
            runs,
            padded_runs,
            weeks,
            record_len: layout.record_len(weeks).max(1),
            batches,
            mean_groups,
            threads,
        }
    }

    /// The runs of `batches`, padding included.
    fn runs_of(&self, batches: Range<usize>) -> Range<usize> {
        (batches.start * BATCH_RUNS).min(self.padded_runs)
            ..(batches.end * BATCH_RUNS).min(self.padded_runs)
    }

    fn batches_of_thread(&self, thread: usize) -> Range<usize> {
        let groups = &self.threads[thread];
        self.mean_groups[groups.start].start..self.mean_groups[groups.end - 1].end
    }

    /// The runs of each group for the means, padding left out.
    fn runs_of_mean_groups(&self) -> Vec<Range<usize>> {
        self.mean_groups
            .iter()
            .map(|batches| {
                let runs = self.runs_of(batches.clone());
                runs.start.min(self.runs)..runs.end.min(self.runs)
            })
            .collect()
    }
}

/// `whole` in `parts` consecutive ranges of sizes differing by at most one.
fn split(whole: Range<usize>, parts: usize) -> Vec<Range<usize>> {
    let len = whole.len();
    let at = |part: usize| whole.start + part * len / parts.max(1);
    (0..parts.max(1))
        .map(|part| at(part)..at(part + 1))
        .collect()
}

/// Runs `plan.runs` simulations, or none once `plan.stop` is set. Run `r` always draws from the
/// streams of `(seed, r, stage or source id)`, so the result depends neither on the number of
/// threads, nor on how runs are grouped into lanes, nor on the passes. With `variants`, each
/// run simulates a model of its own (its measured figures drawn) instead of `model`, one run at
/// a time.
pub(super) fn run(
    model: &Compiled,
    variants: Option<&Variants<'_>>,
    layout: Layout,
    plan: &Plan<'_>,
) -> Option<Outcome> {
    let cores = thread::available_parallelism().map_or(1, std::num::NonZero::get);
    run_on(model, variants, layout, plan, (cores, None))
}

fn run_on(
    model: &Compiled,
    variants: Option<&Variants<'_>>,
    layout: Layout,
    plan: &Plan<'_>,
    (cores, keeping): (usize, Option<Keeping>),
) -> Option<Outcome> {
    let shape = Shape::new(plan.runs as usize, (model.days / 7).max(1), layout, cores);
    let keeping = keeping.unwrap_or_else(|| {
        Keeping::for_runs(plan.kept_figures, shape.runs, shape.record_len, cores)
    });
    let rounds = keeping.rounds(shape.record_len) as u64;
    // A counted round's second pass is added once it is known to be needed.
    plan.progress.expect(match keeping {
        Keeping::AllRuns { .. } => shape.runs as u64 * rounds,
        Keeping::Counted { .. } => {
            (shape.runs + shape.runs.min(COUNTING_PILOT_RUNS)) as u64 * rounds
        }
    });
    let mut outcome = Outcome {
        mean: vec![0.0; shape.record_len],
        bands: Bands {
            p10: vec![0.0; shape.record_len],
            p50: vec![0.0; shape.record_len],
            p90: vec![0.0; shape.record_len],
        },
        facts: Facts::default(),
        run_outcomes: vec![RunOutcome::default(); shape.padded_runs],
    };
    let mut batch_facts = vec![Facts::default(); shape.batches];
    let simulation = Simulation {
        model,
        variants,
        layout,
        plan,
        shape: &shape,
    };
    let finished = match keeping {
        Keeping::AllRuns { cells } => {
            simulation.keep_all_runs(cells, &mut outcome, &mut batch_facts)
        }
        Keeping::Counted { cells } => simulation.count_runs(cells, &mut outcome, &mut batch_facts),
    };
    if !finished {
        return None;
    }
    for batch in batch_facts {
        outcome.facts.append(batch);
    }
    outcome.facts.first_customer_days.truncate(shape.runs);
    outcome.run_outcomes.truncate(shape.runs);
    Some(outcome)
}

/// What a pass does with the values of a batch of runs once simulated.
trait Taking: Send {
    /// Where the values of the thread's runs `runs` (counted from its first) are written.
    fn values(&mut self, runs: Range<usize>) -> &mut [f32];
    /// The values just written are those of `real` runs (the rest padding), of the thread's
    /// `group`-th group for the means.
    fn taken(&mut self, real: usize, group: usize);
}

/// Keeps every run's values where the reduction finds them.
struct Keep<'a> {
    kept: &'a mut [f32],
    width: usize,
}

impl Taking for Keep<'_> {
    fn values(&mut self, runs: Range<usize>) -> &mut [f32] {
        &mut self.kept[runs.start * self.width..runs.end * self.width]
    }

    fn taken(&mut self, _real: usize, _group: usize) {}
}

/// The first `runs` rows of a batch's buffer (`width` values a row).
fn rows_of(batch: &mut [f32], runs: usize, width: usize) -> &mut [f32] {
    &mut batch[..runs * width]
}

/// Counts a batch's values into their bins and adds them to the group's sums for the means:
/// the first pass of a counted round.
struct Tally<'a> {
    batch: &'a mut [f32],
    counts: &'a mut Counts,
    bins: &'a Bins,
    sums: &'a mut [f64],
    width: usize,
}

impl Taking for Tally<'_> {
    fn values(&mut self, runs: Range<usize>) -> &mut [f32] {
        rows_of(self.batch, runs.len(), self.width)
    }

    fn taken(&mut self, real: usize, group: usize) {
        let rows = &self.batch[..real * self.width];
        self.counts.count(rows, self.bins);
        let sums = &mut self.sums[group * self.width..(group + 1) * self.width];
        for row in rows.chunks_exact(self.width) {
            for (sum, &value) in sums.iter_mut().zip(row) {
                *sum += f64::from(value);
            }
        }
    }
}

/// Keeps a batch's values that lie in the bins the percentiles fell in: the second pass.
struct Gather<'a> {
    batch: &'a mut [f32],
    gathered: &'a mut Gathered,
    width: usize,
}

impl Taking for Gather<'_> {
    fn values(&mut self, runs: Range<usize>) -> &mut [f32] {
        rows_of(self.batch, runs.len(), self.width)
    }

    fn taken(&mut self, real: usize, _group: usize) {
        self.gathered
            .gather(&self.batch[..real * self.width], self.width);
    }
}

/// What every pass shares.
#[derive(Clone, Copy)]
struct Simulation<'a> {
    model: &'a Compiled,
    variants: Option<&'a Variants<'a>>,
    layout: Layout,
    plan: &'a Plan<'a>,
    shape: &'a Shape,
}

impl Simulation<'_> {
    /// Simulates every run once per share of `cells` figures, keeping each run's values.
    fn keep_all_runs(
        &self,
        cells: usize,
        outcome: &mut Outcome,
        batch_facts: &mut [Facts],
    ) -> bool {
        let shape = self.shape;
        let mut kept = vec![0.0_f32; shape.padded_runs * cells];
        let mean_groups = shape.runs_of_mean_groups();
        for first_cell in (0..shape.record_len).step_by(cells) {
            let cells = first_cell..(first_cell + cells).min(shape.record_len);
            let width = cells.len();
            let kept = &mut kept[..shape.padded_runs * width];
            let mut shares = self.thread_shares(kept, width);
            let takers = shares.iter_mut().map(|kept| Keep { kept, width });
            if !self.pass(
                &cells,
                first_cell == 0,
                takers,
                batch_facts,
                &mut outcome.run_outcomes,
            ) {
                return false;
            }
            reduce(
                kept,
                shape.runs,
                width,
                (shape.threads.len(), &mean_groups),
                &mut Reduced {
                    mean: &mut outcome.mean[cells.clone()],
                    p10: &mut outcome.bands.p10[cells.clone()],
                    p50: &mut outcome.bands.p50[cells.clone()],
                    p90: &mut outcome.bands.p90[cells],
                },
            );
        }
        true
    }

    /// Simulates every run twice per round of `cells` figures (and a pilot of the first runs
    /// once), counting their values.
    fn count_runs(&self, cells: usize, outcome: &mut Outcome, batch_facts: &mut [Facts]) -> bool {
        let shape = self.shape;
        let threads = shape.threads.len();
        let mut counts: Vec<Counts> = (0..threads).map(|_| Counts::new(cells)).collect();
        let mut total = Counts::new(cells);
        let mut batches = vec![vec![0.0_f32; BATCH_RUNS * cells]; threads];
        let mut sums = vec![0.0_f64; shape.mean_groups.len() * cells];
        for first_cell in (0..shape.record_len).step_by(cells) {
            let cells = first_cell..(first_cell + cells).min(shape.record_len);
            let width = cells.len();
            let Some(bins) = self.pilot(&cells) else {
                return false;
            };
            let sums = &mut sums[..shape.mean_groups.len() * width];
            sums.fill(0.0);
            for thread_counts in &mut counts {
                thread_counts.clear(width);
            }
            let takers = counts
                .iter_mut()
                .zip(&mut batches)
                .zip(self.group_shares(sums, width))
                .map(|((counts, batch), sums)| Tally {
                    batch,
                    counts,
                    bins: &bins,
                    sums,
                    width,
                });
            let first = first_cell == 0;
            if !self.pass(
                &cells,
                first,
                takers,
                batch_facts,
                &mut outcome.run_outcomes,
            ) {
                return false;
            }
            for (offset, cell) in cells.clone().enumerate() {
                outcome.mean[cell] = mean_by_groups(
                    (0..shape.mean_groups.len()).map(|group| sums[group * width + offset]),
                    shape.runs,
                );
            }
            total.clear(width);
            for thread_counts in &counts {
                thread_counts.add_to(&mut total);
            }
            let located = Located::new(&total, shape.runs);
            let mut write = |figure: usize, [low, median, high]: [f64; 3]| {
                outcome.bands.p10[first_cell + figure] = low;
                outcome.bands.p50[first_cell + figure] = median;
                outcome.bands.p90[first_cell + figure] = high;
            };
            // What the budget leaves for the runs the second pass keeps.
            let fixed = Keeping::counted_per_figure(threads) * width as u64;
            let left = self.plan.kept_figures.saturating_sub(fixed).max(1);
            let shares = located.shares(&total, width, left);
            if shares.is_empty() {
                located.percentiles(&bins, 0..width, &[], &mut write);
            }
            self.plan
                .progress
                .expect_more(shape.runs as u64 * shares.len() as u64);
            for share in shares {
                let mut gathered: Vec<Gathered> = counts
                    .iter()
                    .map(|own| Gathered::new(&located, &bins, own, share.clone()))
                    .collect();
                let takers = gathered
                    .iter_mut()
                    .zip(&mut batches)
                    .map(|(gathered, batch)| Gather {
                        batch,
                        gathered,
                        width,
                    });
                if !self.pass(
                    &cells,
                    false,
                    takers,
                    batch_facts,
                    &mut outcome.run_outcomes,
                ) {
                    return false;
                }
                located.percentiles(&bins, share, &gathered, &mut write);
            }
        }
        true
    }

    /// Each figure's bins of `cells`, from the first runs' values.
    fn pilot(&self, cells: &Range<usize>) -> Option<Bins> {
        let shape = self.shape;
        let runs = shape.runs.min(COUNTING_PILOT_RUNS);
        let pilot_shape = Shape::new(runs, shape.weeks, self.layout, shape.threads.len());
        let pilot = Simulation {
            shape: &pilot_shape,
            ..*self
        };
        let width = cells.len();
        let mut kept = vec![0.0_f32; pilot_shape.padded_runs * width];
        let mut facts = vec![Facts::default(); pilot_shape.batches];
        let mut outcomes = vec![RunOutcome::default(); pilot_shape.padded_runs];
        let takers = pilot
            .thread_shares(&mut kept, width)
            .into_iter()
            .map(|kept| Keep { kept, width });
        if !pilot.pass(cells, false, takers, &mut facts, &mut outcomes) {
            return None;
        }
        Some(Bins::from_pilot(&kept[..runs * width], width))
    }

    /// `values` (a value per run and figure) split into each thread's runs.
    fn thread_shares<'v>(&self, mut values: &'v mut [f32], width: usize) -> Vec<&'v mut [f32]> {
        let mut shares = Vec::new();
        for thread in 0..self.shape.threads.len() {
            let runs = self.shape.runs_of(self.shape.batches_of_thread(thread));
            let (share, rest) = values.split_at_mut(runs.len() * width);
            shares.push(share);
            values = rest;
        }
        shares
    }

    /// `sums` (a sum per group for the means and figure) split into each thread's groups.
    fn group_shares<'v>(&self, mut sums: &'v mut [f64], width: usize) -> Vec<&'v mut [f64]> {
        let mut shares = Vec::new();
        for groups in &self.shape.threads {
            let (share, rest) = sums.split_at_mut(groups.len() * width);
            shares.push(share);
            sums = rest;
        }
        shares
    }

    /// Simulates every run once on the threads, each handing its batches' values of `cells`
    /// to its taker; `with_facts` (the first pass), also each run's facts and outcome. False
    /// when stopped.
    fn pass<T: Taking>(
        &self,
        cells: &Range<usize>,
        with_facts: bool,
        takers: impl Iterator<Item = T>,
        batch_facts: &mut [Facts],
        run_outcomes: &mut [RunOutcome],
    ) -> bool {
        let shape = self.shape;
        thread::scope(|scope| {
            let mut facts_rest = batch_facts;
            let mut outcomes_rest = run_outcomes;
            for (thread, mut taker) in takers.enumerate() {
                let batches = shape.batches_of_thread(thread);
                let runs = shape.runs_of(batches.clone());
                let (facts, rest) = facts_rest.split_at_mut(batches.len());
                facts_rest = rest;
                let (outcomes, rest) = outcomes_rest.split_at_mut(runs.len());
                outcomes_rest = rest;
                scope.spawn(move || {
                    self.simulate_share(thread, cells, with_facts, &mut taker, facts, outcomes);
                });
            }
        });
        !self.plan.stop.load(Ordering::Relaxed)
    }

    /// One thread's share of a pass: its groups' batches in run order.
    fn simulate_share(
        &self,
        thread: usize,
        cells: &Range<usize>,
        with_facts: bool,
        taker: &mut impl Taking,
        facts: &mut [Facts],
        outcomes: &mut [RunOutcome],
    ) {
        let shape = self.shape;
        let plan = self.plan;
        let groups = shape.threads[thread].clone();
        let first_batch = shape.mean_groups[groups.start].start;
        let first_run = first_batch * BATCH_RUNS;
        let mut simulate = Simulate::new(
            self.model,
            self.variants,
            plan.seed,
            shape.runs,
            shape.record_len,
        );
        for (group_index, group) in groups.enumerate() {
            for batch in shape.mean_groups[group].clone() {
                let runs = shape.runs_of(batch..batch + 1);
                let local = runs.start - first_run..runs.end - first_run;
                let mut simulated = Batch {
                    first_run: runs.start,
                    kept: taker.values(local.clone()),
                    facts: &mut facts[batch - first_batch],
                    outcomes: &mut outcomes[local],
                };
                if !simulate.batch(
                    &mut simulated,
                    cells,
                    with_facts.then_some((self.layout, shape.weeks)),
                    (plan.stop, plan.progress),
                ) {
                    return;
                }
                let real = shape.runs.saturating_sub(runs.start).min(runs.len());
                taker.taken(real, group_index);
            }
        }
    }
}

/// A thread's means of simulating: one engine for all its runs (its state reset by each run),
/// or models of their own when measured figures are drawn per run.
struct Simulate<'a> {
    model: &'a Compiled,
    variants: Option<&'a Variants<'a>>,
    seed: u64,
    runs: usize,
    engine: Engine<'a, LANES>,
    streams: Vec<[Rng; LANES]>,
    scratch: Vec<f64>,
    group_facts: [RunFacts; LANES],
}

impl<'a> Simulate<'a> {
    fn new(
        model: &'a Compiled,
        variants: Option<&'a Variants<'a>>,
        seed: u64,
        runs: usize,
        record_len: usize,
    ) -> Self {
        let engine = Engine::<LANES>::new(model);
        let streams = vec![std::array::from_fn(|_| Rng::for_run(0, 0)); engine.stream_count()];
        Self {
            model,
            variants,
            seed,
            runs,
            engine,
            streams,
            scratch: vec![0.0; LANES * record_len],
            group_facts: std::array::from_fn(|_| RunFacts::default()),
        }
    }

    /// Simulates the runs of `batch`, keeping the figures of `cells` and, on the first pass
    /// (`outcomes_of` given), each run's facts and outcome. False when told to stop.
    fn batch(
        &mut self,
        batch: &mut Batch<'_>,
        cells: &std::ops::Range<usize>,
        outcomes_of: Option<(Layout, usize)>,
        (stop, progress): (&AtomicBool, &super::Progress),
    ) -> bool {
        let record_len = self.scratch.len() / LANES;
        let width = cells.len();
        for (group, (kept, outcomes)) in batch
            .kept
            .chunks_mut(LANES * width)
            .zip(batch.outcomes.chunks_mut(LANES))
            .enumerate()
        {
            if stop.load(Ordering::Relaxed) {
                return false;
            }
            let first = batch.first_run + group * LANES;
            self.group(first);
            progress.advance(self.runs.saturating_sub(first).min(LANES) as u64);
            for (lane, (kept, record)) in kept
                .chunks_mut(width)
                .zip(self.scratch.chunks(record_len))
                .enumerate()
            {
                for (stored, value) in kept.iter_mut().zip(&record[cells.clone()]) {
                    *stored = *value as f32;
                }
                let Some((layout, weeks)) = outcomes_of else {
                    continue;
                };
                if first + lane < self.runs {
                    let facts = &self.group_facts[lane];
                    batch.facts.add_run(facts);
                    let weeks = facts.stopped_after_weeks.unwrap_or(weeks);
                    outcomes[lane] = outcome(layout, weeks, record);
                }
            }
        }
        true
    }

    /// Simulates runs `first..first + LANES` into the scratch records.
    fn group(&mut self, first: usize) {
        if let Some(make) = self.variants {
            run_alone(
                make,
                first,
                self.seed,
                &mut self.scratch,
                &mut self.group_facts,
            );
        } else {
            for (lanes, &key) in self.streams.iter_mut().zip(&self.model.stream_keys) {
                *lanes = std::array::from_fn(|lane| {
                    Rng::for_stream(self.seed, (first + lane) as u64, key)
                });
            }
            self.engine
                .run(&mut self.streams, &mut self.scratch, &mut self.group_facts);
        }
    }
}

/// What a run reached by its last week simulated, read as the kept figures are (as f32).
fn outcome(layout: Layout, weeks: usize, record: &[f64]) -> RunOutcome {
    let at = |week: usize, metric| {
        record
            .get(layout.total_cell(week, metric))
            .map_or(0.0, |&value| f64::from(value as f32))
    };
    let last = weeks.saturating_sub(1);
    RunOutcome {
        customers: at(last, TotalMetric::ActiveCustomers),
        revenue: (0..weeks).map(|week| at(week, TotalMetric::Revenue)).sum(),
        profit: at(last, TotalMetric::CumulativeProfit),
        won: (0..weeks)
            .map(|week| at(week, TotalMetric::NewCustomers))
            .sum(),
    }
}

/// Runs `first..first + LANES` one by one, each on a model of its own (its measured figures
/// drawn for that run), into the lanes' places in `records`. A run's chance draws come from the
/// same streams as in a lane, so only the drawn figures differ.
fn run_alone(
    make: &Variants<'_>,
    first: usize,
    seed: u64,
    records: &mut [f64],
    facts: &mut [RunFacts; LANES],
) {
    let record_len = records.len() / LANES;
    for (lane, (record, run_facts)) in records
        .chunks_mut(record_len)
        .zip(facts.iter_mut())
        .enumerate()
    {
        let run = first + lane;
        let model = make(run);
        let mut engine = Engine::<1>::new(&model);
        let mut streams: Vec<[Rng; 1]> = model
            .stream_keys
            .iter()
            .map(|&key| [Rng::for_stream(seed, run as u64, key)])
            .collect();
        let mut alone = [RunFacts::default()];
        engine.run(&mut streams, record, &mut alone);
        *run_facts = alone[0].clone();
    }
}

#[cfg(test)]
mod tests {
    use super::{Keeping, Plan, run_on};
    use crate::design::SimulationMode;
    use crate::sim::compile::Compiled;
    use crate::sim::daily_figures::Draws;
    use crate::sim::layout::Layout;
    use std::sync::atomic::AtomicBool;

    #[test]
    fn kept_or_counted_in_any_share_on_any_number_of_threads_the_figures_are_the_same_bit_for_bit()
    {
        let mut design = crate::templates::example("sales-silo");
        design.simulation.mode = SimulationMode::MonteCarlo;
        let weeks = 4;
        let model = Compiled::new(
            &design,
            weeks,
            design.simulation.start_date(),
            Draws::Counted,
        )
        .with_whole_starting_counts();
        let layout = Layout::new(model.stages.len());
        let record_len = layout.record_len(weeks as usize);
        let never = AtomicBool::new(false);
        let progress = crate::sim::Progress::new();
        // 16 groups for the means, one of a batch and a part; the last group of lanes padded.
        let plan = Plan {
            runs: 16 * 128 + 77,
            seed: 11,
            kept_figures: u64::MAX,
            stop: &never,
            progress: &progress,
        };
        // Kept values of the counted way's second pass: a few figures' worth a pass.
        let tight = Plan {
            kept_figures: 300,
            ..plan
        };
        let figures = |cores: usize, keeping: Keeping| {
            let plan = if matches!(keeping, Keeping::Counted { cells: 55 }) {
                &tight
            } else {
                &plan
            };
            let outcome = run_on(&model, None, layout, plan, (cores, Some(keeping)))
                .expect("nothing stops it");
            let mut bits: Vec<u64> = [
                &outcome.mean,
                &outcome.bands.p10,
                &outcome.bands.p50,
                &outcome.bands.p90,
                &outcome.facts.processed,
            ]
            .into_iter()
            .flatten()
            .map(|value| value.to_bits())
            .collect();
            bits.extend(
                outcome
                    .run_outcomes
                    .iter()
                    .flat_map(|run| [run.customers, run.revenue, run.profit, run.won])
                    .map(f64::to_bits),
            );
            bits
        };
        let kept_at_once = figures(2, Keeping::AllRuns { cells: record_len });
        let spread = kept_at_once
            .iter()
            .collect::<std::collections::HashSet<_>>();
        assert!(spread.len() > 200, "figures that differ: {}", spread.len());
        for (cores, keeping) in [
            (1, Keeping::AllRuns { cells: record_len }),
            (3, Keeping::AllRuns { cells: 40 }),
            (2, Keeping::Counted { cells: record_len }),
            (1, Keeping::Counted { cells: 100 }),
            (5, Keeping::Counted { cells: 55 }),
        ] {
            assert!(
                figures(cores, keeping) == kept_at_once,
                "{keeping:?} on {cores} threads differs from every run kept at once"
            );
        }
    }

    #[test]
    fn beyond_the_budget_the_runs_are_counted_when_that_simulates_them_fewer_times() {
        // 100,000 runs of the sales silo over ten years: 2.1 billion figures against 100
        // million kept at once would take 22 passes keeping a share each; counted, two.
        let record_len = 520 * 41;
        let way = Keeping::choose(100_000_000, 100_000, record_len, 2);
        assert_eq!(way, Keeping::Counted { cells: record_len });
        assert_eq!(way.passes(record_len), 2);
        // A year's record keeps a thousand figures of every run a pass, three passes; counted,
        // two. A thousand runs are kept at once.
        assert_eq!(
            Keeping::choose(100_000_000, 100_000, 52 * 41, 2),
            Keeping::Counted { cells: 52 * 41 }
        );
        assert_eq!(
            Keeping::choose(100_000_000, 1_000, record_len, 2),
            Keeping::AllRuns { cells: record_len }
        );
        // 16 threads keep bins of their own, so they count fewer figures a round: three
        // rounds of two passes, each of them eight times as fast.
        let many = Keeping::choose(100_000_000, 100_000, record_len, 16);
        assert_eq!(many.passes(record_len), 6, "{many:?}");
        // A budget below a figure a run still ends.
        assert_eq!(
            Keeping::choose(1, 1_000, 100, 2),
            Keeping::AllRuns { cells: 16 }
        );
    }
}
