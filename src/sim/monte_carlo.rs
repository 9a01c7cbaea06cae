//! Monte Carlo: many seeded runs of the same rules, spread over the machine's cores, reduced to
//! means and 10/50/90 % percentiles per weekly figure.

use super::compile::Compiled;
use super::engine::{Engine, RunFacts};
use super::layout::Layout;
use super::result::{Bands, RunTotals, nearest_rank};
use super::rng::Rng;
use std::thread;

pub(super) struct Outcome {
    pub mean: Vec<f64>,
    pub bands: Bands,
    pub facts: Vec<RunFacts>,
    /// Each run's weekly totals, kept for what is asked of runs one by one (the share that
    /// reaches a goal, the spread of a difference between two designs).
    pub run_totals: RunTotals,
}

/// Runs made side by side in one engine: enough to read each stage's tables once for
/// several draws, few enough for the lanes' state to stay in the first-level cache.
const LANES: usize = 8;

/// A model for one run: the design with its measured figures drawn for that run (see
/// `uncertainty`).
pub(super) type Variants<'a> = dyn Fn(usize) -> Compiled + Sync + 'a;

/// Runs `runs` simulations. Run `r` always draws from the streams of `(seed, r, stage or
/// source id)`, so the result depends neither on the number of threads nor on how runs are
/// grouped into lanes. With `variants`, each run simulates a model of its own (its measured
/// figures drawn) instead of `model`, one run at a time.
pub(super) fn run(
    model: &Compiled,
    variants: Option<&Variants<'_>>,
    layout: Layout,
    runs: u32,
    seed: u64,
) -> Outcome {
    let runs = runs as usize;
    let weeks = (model.days / 7).max(1);
    let record_len = layout.record_len(weeks).max(1);
    let totals_len = weeks * RunTotals::KEPT.len();
    let groups = runs.div_ceil(LANES).max(1);
    let threads = thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, groups);
    let groups_per_thread = groups.div_ceil(threads);
    // The last group is filled up with extra runs, simulated and then dropped.
    let padded_runs = groups * LANES;

    // Records are kept as f32: whole leads are exact up to 16 million, and money to a few
    // parts per ten million, while the memory for 1,000 runs halves.
    let mut records = vec![0.0_f32; padded_runs * record_len];
    let mut facts = vec![RunFacts::default(); padded_runs];
    let mut totals = vec![0.0_f32; padded_runs * totals_len];
    thread::scope(|scope| {
        for (chunk_index, ((record_chunk, facts_chunk), totals_chunk)) in records
            .chunks_mut(groups_per_thread * LANES * record_len)
            .zip(facts.chunks_mut(groups_per_thread * LANES))
            .zip(totals.chunks_mut(groups_per_thread * LANES * totals_len))
            .enumerate()
        {
            scope.spawn(move || {
                // One engine per thread, its state reset by each run (as before runs could
                // draw their own figures); only drawn models need engines of their own.
                let mut engine = Engine::<LANES>::new(model);
                let mut streams: Vec<[Rng; LANES]> =
                    vec![std::array::from_fn(|_| Rng::for_run(0, 0)); engine.stream_count()];
                let mut scratch = vec![0.0_f64; LANES * record_len];
                let first_run = chunk_index * groups_per_thread * LANES;
                let (facts_groups, _) = facts_chunk.as_chunks_mut::<LANES>();
                for (group, ((group_facts, group_records), group_totals)) in facts_groups
                    .iter_mut()
                    .zip(record_chunk.chunks_mut(LANES * record_len))
                    .zip(totals_chunk.chunks_mut(LANES * totals_len))
                    .enumerate()
                {
                    let first = first_run + group * LANES;
                    if let Some(make) = variants {
                        run_alone(make, first, seed, &mut scratch, group_facts);
                    } else {
                        for (lanes, &key) in streams.iter_mut().zip(&model.stream_keys) {
                            *lanes = std::array::from_fn(|lane| {
                                Rng::for_stream(seed, (first + lane) as u64, key)
                            });
                        }
                        engine.run(&mut streams, &mut scratch, group_facts);
                    }
                    for (stored, value) in group_records.iter_mut().zip(&scratch) {
                        *stored = *value as f32;
                    }
                    copy_totals(layout, weeks, group_records, group_totals);
                }
            });
        }
    });
    records.truncate(runs * record_len);
    facts.truncate(runs);
    totals.truncate(runs * totals_len);
    let (mean, bands) = reduce(&records, runs, record_len, threads);
    Outcome {
        mean,
        bands,
        facts,
        run_totals: RunTotals::new(weeks, totals),
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

/// Copies the weekly totals kept for each run (see [`RunTotals::KEPT`]) out of its record.
fn copy_totals(layout: Layout, weeks: usize, records: &[f32], totals: &mut [f32]) {
    let (record_len, week_len) = (layout.record_len(weeks), RunTotals::KEPT.len());
    for (record, run_totals) in records
        .chunks(record_len)
        .zip(totals.chunks_mut(weeks * week_len))
    {
        for (week, week_totals) in run_totals.chunks_mut(week_len).enumerate() {
            for (kept, metric) in week_totals.iter_mut().zip(RunTotals::KEPT) {
                *kept = record[layout.total_cell(week, metric)];
            }
        }
    }
}

/// Cells gathered together by the reduction: 16 f32 cells fill a cache line.
const CELLS_PER_BLOCK: usize = 16;

/// Mean and percentiles of every cell over all runs, cells split over threads.
fn reduce(records: &[f32], runs: usize, record_len: usize, threads: usize) -> (Vec<f64>, Bands) {
    let mut mean = vec![0.0; record_len];
    let mut p10 = vec![0.0; record_len];
    let mut p50 = vec![0.0; record_len];
    let mut p90 = vec![0.0; record_len];
    let cells_per_thread = record_len.div_ceil(threads).max(1);
    thread::scope(|scope| {
        for (chunk_index, (((mean, p10), p50), p90)) in mean
            .chunks_mut(cells_per_thread)
            .zip(p10.chunks_mut(cells_per_thread))
            .zip(p50.chunks_mut(cells_per_thread))
            .zip(p90.chunks_mut(cells_per_thread))
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
    (mean, Bands { p10, p50, p90 })
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
