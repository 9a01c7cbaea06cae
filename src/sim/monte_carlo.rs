//! Monte Carlo: many seeded runs of the same rules, spread over the machine's cores, reduced to
//! means and 10/50/90 % percentiles per weekly figure.
//!
//! Exact percentiles need every run's value of a figure at once. Runs × figures can outgrow any
//! laptop (100,000 runs of a ten-year, 2,000-stage design keep 500 billion figures), so the
//! figures kept at once are held to a budget: beyond it the runs are simulated again in passes,
//! each keeping the next share of the weekly figures. A run always draws the same numbers, so
//! the result is the same whatever the budget; only time grows with the passes.

use super::compile::Compiled;
use super::engine::{Engine, RunFacts};
use super::layout::{Layout, TotalMetric};
use super::result::{Bands, RunOutcome, nearest_rank};
use super::rng::Rng;
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

/// Runs made side by side in one engine: enough to read each stage's tables once for
/// several draws, few enough for the lanes' state to stay in the first-level cache.
const LANES: usize = 8;

/// Groups of runs a thread takes at a time. Facts are summed per batch and the batches in run
/// order, so sums do not depend on the number of threads.
const BATCH_GROUPS: usize = 16;

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
    let runs = plan.runs as usize;
    let weeks = (model.days / 7).max(1);
    let record_len = layout.record_len(weeks).max(1);
    let groups = runs.div_ceil(LANES).max(1);
    let batches = groups.div_ceil(BATCH_GROUPS);
    // The last group is filled up with extra runs, simulated and then dropped.
    let padded_runs = groups * LANES;
    let pass_cells = cells_per_pass(plan.kept_figures, padded_runs, record_len);
    let threads = thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, batches);
    let batches_per_thread = batches.div_ceil(threads);

    let mut mean = vec![0.0; record_len];
    let mut bands = Bands {
        p10: vec![0.0; record_len],
        p50: vec![0.0; record_len],
        p90: vec![0.0; record_len],
    };
    let mut batch_facts = vec![Facts::default(); batches];
    let mut run_outcomes = vec![RunOutcome::default(); padded_runs];
    // Records are kept as f32: whole leads are exact up to 16 million, and money to a few
    // parts per ten million, while the memory halves.
    let mut kept = vec![0.0_f32; padded_runs * pass_cells];
    let passes = record_len.div_ceil(pass_cells) as u64;
    plan.progress.expect(runs as u64 * passes);
    for first_cell in (0..record_len).step_by(pass_cells) {
        let cells = first_cell..(first_cell + pass_cells).min(record_len);
        let width = cells.len();
        let first_pass = first_cell == 0;
        let kept = &mut kept[..padded_runs * width];
        thread::scope(|scope| {
            let mut kept_rest = &mut kept[..];
            let mut facts_rest = &mut batch_facts[..];
            let mut outcomes_rest = &mut run_outcomes[..];
            for thread_index in 0..threads {
                let first_batch = thread_index * batches_per_thread;
                let thread_batches = batches_per_thread.min(batches.saturating_sub(first_batch));
                let thread_runs = (thread_batches * BATCH_GROUPS * LANES)
                    .min(padded_runs - first_batch * BATCH_GROUPS * LANES);
                let (thread_kept, rest) = kept_rest.split_at_mut(thread_runs * width);
                kept_rest = rest;
                let (thread_facts, rest) = facts_rest.split_at_mut(thread_batches);
                facts_rest = rest;
                let (thread_outcomes, rest) = outcomes_rest.split_at_mut(thread_runs);
                outcomes_rest = rest;
                let cells = cells.clone();
                scope.spawn(move || {
                    let mut simulate = Simulate::new(model, variants, plan.seed, runs, record_len);
                    let batch_runs = BATCH_GROUPS * LANES;
                    for (batch, ((kept, facts), outcomes)) in thread_kept
                        .chunks_mut(batch_runs * width)
                        .zip(thread_facts.iter_mut())
                        .zip(thread_outcomes.chunks_mut(batch_runs))
                        .enumerate()
                    {
                        let first_run = (first_batch + batch) * batch_runs;
                        let mut batch = Batch {
                            first_run,
                            kept,
                            facts,
                            outcomes,
                        };
                        if !simulate.batch(
                            &mut batch,
                            &cells,
                            first_pass.then_some((layout, weeks)),
                            (plan.stop, plan.progress),
                        ) {
                            return;
                        }
                    }
                });
            }
        });
        if plan.stop.load(Ordering::Relaxed) {
            return None;
        }
        reduce(
            kept,
            runs,
            width,
            threads,
            &mut Reduced {
                mean: &mut mean[cells.clone()],
                p10: &mut bands.p10[cells.clone()],
                p50: &mut bands.p50[cells.clone()],
                p90: &mut bands.p90[cells],
            },
        );
    }
    let mut facts = Facts::default();
    for batch in batch_facts {
        facts.append(batch);
    }
    facts.first_customer_days.truncate(runs);
    run_outcomes.truncate(runs);
    Some(Outcome {
        mean,
        bands,
        facts,
        run_outcomes,
    })
}

/// Weekly figures of every run kept at once in one pass: as many as the budget allows, but at
/// least a block's worth, so even a budget smaller than one figure per run ends.
fn cells_per_pass(kept_figures: u64, runs: usize, record_len: usize) -> usize {
    let affordable = usize::try_from(kept_figures / runs.max(1) as u64).unwrap_or(usize::MAX);
    affordable.clamp(CELLS_PER_BLOCK.min(record_len), record_len)
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

/// Cells gathered together by the reduction: 16 f32 cells fill a cache line.
const CELLS_PER_BLOCK: usize = 16;

/// Where the reduction writes: mean and percentiles of the cells of one pass.
struct Reduced<'a> {
    mean: &'a mut [f64],
    p10: &'a mut [f64],
    p50: &'a mut [f64],
    p90: &'a mut [f64],
}

/// Mean and percentiles of every cell over all runs (`records` holds `record_len` cells per
/// run), cells split over threads.
fn reduce(records: &[f32], runs: usize, record_len: usize, threads: usize, into: &mut Reduced<'_>) {
    let cells_per_thread = record_len.div_ceil(threads).max(1);
    thread::scope(|scope| {
        for (chunk_index, (((mean, p10), p50), p90)) in into
            .mean
            .chunks_mut(cells_per_thread)
            .zip(into.p10.chunks_mut(cells_per_thread))
            .zip(into.p50.chunks_mut(cells_per_thread))
            .zip(into.p90.chunks_mut(cells_per_thread))
            .enumerate()
        {
            scope.spawn(move || {
                let mut block = vec![0_u32; runs * CELLS_PER_BLOCK];
                let first_cell = chunk_index * cells_per_thread;
                for block_start in (0..mean.len()).step_by(CELLS_PER_BLOCK) {
                    let width = CELLS_PER_BLOCK.min(mean.len() - block_start);
                    let block_first_cell = first_cell + block_start;
                    // Neighbouring cells of one run share a cache line: gathering a block of
                    // them per pass over the runs reads each line once, not once per cell.
                    for run in 0..runs {
                        let start = run * record_len + block_first_cell;
                        for (offset, &value) in records[start..start + width].iter().enumerate() {
                            block[offset * runs + run] = ordered_key(value);
                        }
                    }
                    for offset in 0..width {
                        let keys = &mut block[offset * runs..(offset + 1) * runs];
                        let cell = block_start + offset;
                        mean[cell] = keys
                            .iter()
                            .map(|&key| f64::from(from_ordered_key(key)))
                            .sum::<f64>()
                            / runs as f64;
                        let [low, median, high] = percentiles(keys);
                        p10[cell] = low;
                        p50[cell] = median;
                        p90[cell] = high;
                    }
                }
            });
        }
    });
}

/// A float's bits rearranged so that comparing them as unsigned integers orders the floats
/// as [`f32::total_cmp`] does: selection then compares integers, which is several times
/// faster.
fn ordered_key(value: f32) -> u32 {
    let bits = value.to_bits();
    // Negative numbers: all bits flipped; the others: the sign bit set.
    let flip = (bits.cast_signed() >> 31).cast_unsigned() | 0x8000_0000;
    bits ^ flip
}

fn from_ordered_key(key: u32) -> f32 {
    let flip = (!(key.cast_signed() >> 31)).cast_unsigned() | 0x8000_0000;
    f32::from_bits(key ^ flip)
}

/// 10th, 50th and 90th percentile by nearest rank of the floats behind `keys` (see
/// [`ordered_key`]); reorders `keys`.
fn percentiles(keys: &mut [u32]) -> [f64; 3] {
    let rank = |q: f64| nearest_rank(keys.len(), q);
    let (low_rank, median_rank, high_rank) = (rank(0.1), rank(0.5), rank(0.9));
    let value = |key: u32| f64::from(from_ordered_key(key));
    if low_rank == median_rank || median_rank == high_rank {
        // Few runs: ranks coincide, and sorting a handful of values costs nothing.
        keys.sort_unstable();
        let at = |index: usize| keys.get(index).map_or(0.0, |&key| value(key));
        return [at(low_rank), at(median_rank), at(high_rank)];
    }
    // Three selections, each in the part above the previous one: linear time overall.
    let (_, low, upper) = keys.select_nth_unstable(low_rank);
    let low = value(*low);
    let (_, median, upper) = upper.select_nth_unstable(median_rank - low_rank - 1);
    let median = value(*median);
    let (_, high, _) = upper.select_nth_unstable(high_rank - median_rank - 1);
    [low, median, value(*high)]
}

#[cfg(test)]
mod tests {
    use super::{from_ordered_key, ordered_key, percentiles};

    fn keys(values: &[f32]) -> Vec<u32> {
        values.iter().map(|&value| ordered_key(value)).collect()
    }

    #[test]
    #[expect(clippy::float_cmp, reason = "percentiles return stored values exactly")]
    fn percentiles_by_nearest_rank() {
        let values: Vec<f32> = (0..=100).rev().map(|v| v as f32 - 20.5).collect();
        assert_eq!(percentiles(&mut keys(&values)), [-10.5, 29.5, 69.5]);
        assert_eq!(percentiles(&mut keys(&[3.0])), [3.0, 3.0, 3.0]);
        assert_eq!(percentiles(&mut keys(&[2.0, 1.0])), [1.0, 2.0, 2.0]);
    }

    #[test]
    fn ordered_keys_sort_as_the_floats_do() {
        let mut values = [3.5, -0.0, 0.0, -7.25, 1e30, -1e-30, f32::INFINITY, -2.0];
        let mut by_key = keys(&values);
        by_key.sort_unstable();
        values.sort_unstable_by(f32::total_cmp);
        let back: Vec<u32> = by_key
            .iter()
            .map(|&key| from_ordered_key(key).to_bits())
            .collect();
        assert_eq!(back, values.map(f32::to_bits));
    }
}
