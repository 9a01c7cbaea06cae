//! Monte Carlo: many seeded runs of the same rules, spread over the machine's cores, reduced to
//! means and 10/50/90 % percentiles per weekly figure.

use super::compile::Compiled;
use super::engine::{Engine, RunFacts};
use super::layout::Layout;
use super::result::Bands;
use super::rng::Rng;
use std::thread;

pub(super) struct Outcome {
    pub mean: Vec<f64>,
    pub bands: Bands,
    pub facts: Vec<RunFacts>,
}

/// Runs `runs` simulations. Run `r` always uses the random stream of `(seed, r)`, so the result
/// does not depend on the number of threads.
pub(super) fn run(model: &Compiled, layout: Layout, runs: u32, seed: u64) -> Outcome {
    let runs = runs as usize;
    let record_len = layout.record_len(model.days / 7);
    let threads = thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, runs.max(1));
    let runs_per_thread = runs.div_ceil(threads);

    // Records are kept as f32: whole leads are exact up to 16 million, and money to a few
    // parts per ten million, while the memory for 1,000 runs halves.
    let mut records = vec![0.0_f32; runs * record_len];
    let mut facts = vec![RunFacts::default(); runs];
    thread::scope(|scope| {
        for (chunk_index, (record_chunk, facts_chunk)) in records
            .chunks_mut(runs_per_thread * record_len.max(1))
            .zip(facts.chunks_mut(runs_per_thread))
            .enumerate()
        {
            scope.spawn(move || {
                let mut engine = Engine::new(model);
                let mut scratch = vec![0.0_f64; record_len];
                let first_run = chunk_index * runs_per_thread;
                for (offset, (run_facts, run_record)) in facts_chunk
                    .iter_mut()
                    .zip(record_chunk.chunks_mut(record_len.max(1)))
                    .enumerate()
                {
                    let mut rng = Rng::for_run(seed, (first_run + offset) as u64);
                    engine.run(&mut rng, &mut scratch, run_facts);
                    for (stored, value) in run_record.iter_mut().zip(&scratch) {
                        *stored = *value as f32;
                    }
                }
            });
        }
    });
    let (mean, bands) = reduce(&records, runs, record_len, threads);
    Outcome { mean, bands, facts }
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
                let mut block = vec![0.0_f32; runs * CELLS_PER_BLOCK];
                let first_cell = chunk_index * cells_per_thread;
                for block_start in (0..mean.len()).step_by(CELLS_PER_BLOCK) {
                    let width = CELLS_PER_BLOCK.min(mean.len() - block_start);
                    let block_first_cell = first_cell + block_start;
                    // Neighbouring cells of one run share a cache line: gathering a block of
                    // them per pass over the runs reads each line once, not once per cell.
                    for run in 0..runs {
                        let start = run * record_len + block_first_cell;
                        for (offset, &value) in records[start..start + width].iter().enumerate() {
                            block[offset * runs + run] = value;
                        }
                    }
                    for offset in 0..width {
                        let values = &mut block[offset * runs..(offset + 1) * runs];
                        let cell = block_start + offset;
                        mean[cell] =
                            values.iter().map(|&v| f64::from(v)).sum::<f64>() / runs as f64;
                        let [low, median, high] = percentiles(values);
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

/// 10th, 50th and 90th percentile by nearest rank; reorders `values`.
fn percentiles(values: &mut [f32]) -> [f64; 3] {
    let last = values.len().saturating_sub(1);
    let rank = |q: f64| (q * last as f64).round() as usize;
    let (low_rank, median_rank, high_rank) = (rank(0.1), rank(0.5), rank(0.9));
    if low_rank == median_rank || median_rank == high_rank {
        // Few runs: ranks coincide, and sorting a handful of values costs nothing.
        values.sort_unstable_by(f32::total_cmp);
        let at = |index: usize| values.get(index).map_or(0.0, |&v| f64::from(v));
        return [at(low_rank), at(median_rank), at(high_rank)];
    }
    // Three selections, each in the part above the previous one: linear time overall.
    let (_, low, upper) = values.select_nth_unstable_by(low_rank, f32::total_cmp);
    let low = f64::from(*low);
    let (_, median, upper) =
        upper.select_nth_unstable_by(median_rank - low_rank - 1, f32::total_cmp);
    let median = f64::from(*median);
    let (_, high, _) = upper.select_nth_unstable_by(high_rank - median_rank - 1, f32::total_cmp);
    [low, median, f64::from(*high)]
}

#[cfg(test)]
mod tests {
    use super::percentiles;

    #[test]
    #[expect(clippy::float_cmp, reason = "percentiles return stored values exactly")]
    fn percentiles_by_nearest_rank() {
        let mut values: Vec<f32> = (0..=100).rev().map(|v| v as f32).collect();
        assert_eq!(percentiles(&mut values), [10.0, 50.0, 90.0]);
        assert_eq!(percentiles(&mut [3.0]), [3.0, 3.0, 3.0]);
        assert_eq!(percentiles(&mut [2.0, 1.0]), [1.0, 2.0, 2.0]);
    }
}
