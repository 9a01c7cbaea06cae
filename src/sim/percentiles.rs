//! Means and 10/50/90 % percentiles of figures whose every run's value is kept: the way for
//! a simulation whose runs fit in memory (see `counting` for the way that does not keep them).

use super::result::nearest_rank;
use std::ops::Range;
use std::thread;

/// Cells gathered together by the reduction: 16 f32 cells fill a cache line.
const CELLS_PER_BLOCK: usize = 16;

/// Where the reduction writes: mean and percentiles of the cells of one pass.
pub(super) struct Reduced<'a> {
    pub mean: &'a mut [f64],
    pub p10: &'a mut [f64],
    pub p50: &'a mut [f64],
    pub p90: &'a mut [f64],
}

/// The mean of values given in run order, summed group by group and the groups' sums in order:
/// the groups are fixed by the number of runs, so the sum, rounding and all, is the same
/// however many threads simulated the runs and whether they were kept or counted.
pub(super) fn mean_by_groups(sums_of_groups: impl IntoIterator<Item = f64>, runs: usize) -> f64 {
    sums_of_groups
        .into_iter()
        .fold(0.0, |total, group_sum| total + group_sum)
        / runs.max(1) as f64
}

/// Mean and percentiles of every cell over all runs (`records` holds `record_len` cells per
/// run, `mean_groups` the runs summed together), cells split over threads.
pub(super) fn reduce(
    records: &[f32],
    runs: usize,
    record_len: usize,
    (threads, mean_groups): (usize, &[Range<usize>]),
    into: &mut Reduced<'_>,
) {
    let cells_per_thread = record_len.div_ceil(threads.max(1)).max(1);
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
                        mean[cell] = mean_by_groups(
                            mean_groups
                                .iter()
                                .map(|group| sum_in_order(&keys[group.clone()])),
                            runs,
                        );
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

fn sum_in_order(keys: &[u32]) -> f64 {
    keys.iter()
        .fold(0.0, |sum, &key| sum + f64::from(from_ordered_key(key)))
}

/// A float's bits rearranged so that comparing them as unsigned integers orders the floats
/// as [`f32::total_cmp`] does: selection then compares integers, which is several times
/// faster, and counting can bin a value by its key's bytes.
pub(super) fn ordered_key(value: f32) -> u32 {
    let bits = value.to_bits();
    // Negative numbers: all bits flipped; the others: the sign bit set.
    let flip = (bits.cast_signed() >> 31).cast_unsigned() | 0x8000_0000;
    bits ^ flip
}

pub(super) fn from_ordered_key(key: u32) -> f32 {
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
