//! Exact percentiles of figures whose runs are not all kept.
//!
//! A pilot of the first runs sets each figure's bins: every fourth of its values, each a bin
//! of its own, and the gaps between and beyond them. A first pass counts every run's value
//! into those bins; the counts tell which bin holds the run at each percentile and its rank
//! there. A second pass keeps only the values in those bins (about one run in 256 for each
//! percentile) and the run is selected among them: the value selection among all runs would
//! find, in two passes, keeping of the runs only those few.
//! A percentile that falls on one of the pilot's values needs no second pass, which is how
//! whole numbers with many ties mostly end.

use super::percentiles::{from_ordered_key, ordered_key};
use super::result::nearest_rank;
use crate::design::limits::COUNTING_BINS as BINS;
use std::ops::Range;

/// Values of the pilot that become bins of their own, per figure.
const EDGES: usize = (BINS - 1) / 2;
const _: () = assert!(EDGES.is_power_of_two(), "the bin search halves the edges");
/// The percentiles looked for.
const QUANTILES: [f64; 3] = [0.1, 0.5, 0.9];
const TARGETS: usize = QUANTILES.len();
/// Figures counted together while a batch's rows are read: their bins stay in the cache.
const FIGURES_PER_BLOCK: usize = 16;

/// Each figure's bins: its pilot values in order, padded with a key no finite value has.
pub(super) struct Bins {
    edges: Vec<u32>,
}

impl Bins {
    /// The bins of `figures` figures from the pilot's `rows` (each a run's value of every
    /// figure).
    pub fn from_pilot(rows: &[f32], figures: usize) -> Self {
        let runs = rows.len() / figures.max(1);
        let mut edges = vec![u32::MAX; figures * EDGES];
        let mut keys = Vec::with_capacity(runs);
        for (figure, edges) in edges.chunks_exact_mut(EDGES).enumerate() {
            keys.clear();
            keys.extend(
                rows.iter()
                    .skip(figure)
                    .step_by(figures)
                    .map(|&v| ordered_key(v)),
            );
            keys.sort_unstable();
            let mut written = 0;
            for pick in 0..EDGES {
                let Some(&key) = keys.get(pick * runs / EDGES) else {
                    break;
                };
                if written == 0 || edges[written - 1] != key {
                    edges[written] = key;
                    written += 1;
                }
            }
        }
        Self { edges }
    }

    fn of(&self, figure: usize) -> &[u32] {
        &self.edges[figure * EDGES..(figure + 1) * EDGES]
    }

    /// The bin of `key` in `figure`: odd for a pilot value's own bin, even for a gap.
    fn bin(&self, figure: usize, key: u32) -> usize {
        let edges = self.of(figure);
        // Edges below the key, found without branches the processor would mispredict.
        let mut below = 0;
        let mut half = EDGES / 2;
        while half > 0 {
            below += usize::from(edges[below + half - 1] < key) * half;
            half /= 2;
        }
        below += usize::from(edges[below] < key);
        if edges.get(below) == Some(&key) {
            2 * below + 1
        } else {
            2 * below
        }
    }

    /// The keys a gap bin holds: those strictly between its neighbouring pilot values.
    fn gap(&self, figure: usize, bin: usize) -> (i64, i64) {
        let edges = self.of(figure);
        let above = bin / 2;
        let low = above
            .checked_sub(1)
            .map_or(-1, |below| i64::from(edges[below]));
        let high = edges
            .get(above)
            .map_or(i64::from(u32::MAX) + 1, |&e| i64::from(e));
        (low, high)
    }
}

/// One thread's counts of a pass: per figure, how many runs fell in each bin.
pub(super) struct Counts {
    counts: Vec<u32>,
    figures: usize,
}

impl Counts {
    pub fn new(figures: usize) -> Self {
        Self {
            counts: vec![0; figures * BINS],
            figures,
        }
    }

    /// Empties the bins for a pass over `figures` figures (at most those made for).
    pub fn clear(&mut self, figures: usize) {
        self.figures = figures.min(self.counts.len() / BINS);
        self.counts[..self.figures * BINS].fill(0);
    }

    fn of(&self, figure: usize) -> &[u32] {
        &self.counts[figure * BINS..(figure + 1) * BINS]
    }

    /// Counts `rows` (each a run's value of every figure) into their bins.
    pub fn count(&mut self, rows: &[f32], bins: &Bins) {
        let figures = self.figures;
        if figures == 0 {
            return;
        }
        for block in (0..figures).step_by(FIGURES_PER_BLOCK) {
            let block = block..(block + FIGURES_PER_BLOCK).min(figures);
            for row in rows.chunks_exact(figures) {
                for (figure, &value) in block.clone().zip(&row[block.clone()]) {
                    let bin = bins.bin(figure, ordered_key(value));
                    self.counts[figure * BINS + bin] += 1;
                }
            }
        }
    }

    /// Adds these counts into `total`, a sum of the counts of all threads.
    pub fn add_to(&self, total: &mut Self) {
        let used = self.figures.min(total.figures) * BINS;
        for (sum, count) in total.counts[..used].iter_mut().zip(&self.counts[..used]) {
            *sum += count;
        }
    }
}

/// Where each figure's percentiles lie after the counting pass.
pub(super) struct Located {
    /// Per figure and percentile: its bin and its rank among the runs in that bin.
    wanted: Vec<[(usize, u32); TARGETS]>,
}

impl Located {
    /// Each percentile's bin, from the counts of all `runs` runs.
    pub fn new(total: &Counts, runs: usize) -> Self {
        let ranks = QUANTILES.map(|q| u32::try_from(nearest_rank(runs, q)).unwrap_or(u32::MAX));
        let wanted = (0..total.figures)
            .map(|figure| {
                let counts = total.of(figure);
                ranks.map(|rank| {
                    let mut below = 0;
                    for (bin, &count) in counts.iter().enumerate() {
                        if rank < below + count {
                            return (bin, rank - below);
                        }
                        below += count;
                    }
                    // Fewer runs counted than the rank: only if runs were left out, which a
                    // finished pass does not do.
                    (BINS - 1, 0)
                })
            })
            .collect();
        Self { wanted }
    }

    /// Per percentile of `figure`: the gap bin whose runs the second pass keeps, unless an
    /// earlier percentile keeps the same bin or the percentile is a pilot value's own bin.
    fn kept_bins(&self, figure: usize) -> [Option<usize>; TARGETS] {
        let wanted = &self.wanted[figure];
        std::array::from_fn(|target| {
            let bin = wanted[target].0;
            let first = wanted[..target].iter().all(|&(other, _)| other != bin);
            (bin.is_multiple_of(2) && first).then_some(bin)
        })
    }

    /// The figures of `figures` in consecutive shares whose kept runs stay within `budget`
    /// (a figure at least per share); empty when no percentile needs a second pass.
    pub fn shares(&self, total: &Counts, figures: usize, budget: u64) -> Vec<Range<usize>> {
        let mut shares = Vec::new();
        let mut start = 0;
        let mut kept = 0_u64;
        let mut any = false;
        for figure in 0..figures {
            let more: u64 = self
                .kept_bins(figure)
                .iter()
                .flatten()
                .map(|&bin| u64::from(total.of(figure)[bin]))
                .sum();
            if kept > 0 && more > 0 && kept + more > budget {
                shares.push(start..figure);
                start = figure;
                kept = 0;
            }
            kept += more;
            any |= more > 0;
        }
        if any {
            shares.push(start..figures);
        }
        shares
    }

    /// The 10th, 50th and 90th percentile of every figure of `share`, the values of gap bins
    /// selected among what every thread `gathered`.
    pub fn percentiles(
        &self,
        bins: &Bins,
        share: Range<usize>,
        gathered: &[Gathered],
        mut write: impl FnMut(usize, [f64; TARGETS]),
    ) {
        let mut keys = Vec::new();
        for figure in share.clone() {
            let wanted = &self.wanted[figure];
            let kept = self.kept_bins(figure);
            let mut values = [0.0; TARGETS];
            for (target, &(bin, rank)) in wanted.iter().enumerate() {
                let key = if bin % 2 == 1 {
                    bins.of(figure)[bin / 2]
                } else {
                    let slot = kept.iter().position(|&k| k == Some(bin)).unwrap_or(target);
                    keys.clear();
                    for thread in gathered {
                        keys.extend_from_slice(thread.slot(figure - share.start, slot));
                    }
                    if keys.is_empty() {
                        0
                    } else {
                        let at = (rank as usize).min(keys.len() - 1);
                        *keys.select_nth_unstable(at).1
                    }
                };
                values[target] = f64::from(from_ordered_key(key));
            }
            write(figure, values);
        }
    }
}

/// Where a percentile's values lie among a thread's kept values.
#[derive(Clone, Copy)]
struct Slot {
    start: usize,
    filled: usize,
    counted: usize,
}

/// One thread's runs kept in the second pass: per figure of a share and percentile, the
/// values in the bin the percentile fell in.
pub(super) struct Gathered {
    keys: Vec<u32>,
    /// Per figure of the share and percentile: where its values start, how many are in and
    /// how many this thread counted there.
    slots: Vec<[Slot; TARGETS]>,
    /// Per figure of the share and percentile: the keys its bin holds.
    ranges: Vec<[Option<(i64, i64)>; TARGETS]>,
    share: Range<usize>,
}

impl Gathered {
    /// Room for what this thread counted (`own`) in the bins `located` keeps of `share`.
    pub fn new(located: &Located, bins: &Bins, own: &Counts, share: Range<usize>) -> Self {
        let mut size = 0;
        let mut slots = Vec::with_capacity(share.len());
        let mut ranges = Vec::with_capacity(share.len());
        for figure in share.clone() {
            let kept = located.kept_bins(figure);
            slots.push(kept.map(|bin| {
                let start = size;
                let counted = bin.map_or(0, |bin| own.of(figure)[bin] as usize);
                size += counted;
                Slot {
                    start,
                    filled: 0,
                    counted,
                }
            }));
            ranges.push(kept.map(|bin| bin.map(|bin| bins.gap(figure, bin))));
        }
        Self {
            keys: vec![0; size],
            slots,
            ranges,
            share,
        }
    }

    /// Keeps the values of `rows` (each a run's value of `figures` figures) that lie in a kept
    /// bin.
    pub fn gather(&mut self, rows: &[f32], figures: usize) {
        for row in rows.chunks_exact(figures.max(1)) {
            for (offset, &value) in row[self.share.clone()].iter().enumerate() {
                let key = i64::from(ordered_key(value));
                for (slot, range) in self.ranges[offset].iter().enumerate() {
                    if let Some((low, high)) = *range
                        && low < key
                        && key < high
                    {
                        let slot = &mut self.slots[offset][slot];
                        // A run always gives the same value, so the second pass finds what the
                        // first counted; never more, or a slot would spill into the next.
                        debug_assert!(slot.filled < slot.counted, "more than counted");
                        if slot.filled < slot.counted {
                            self.keys[slot.start + slot.filled] = key as u32;
                            slot.filled += 1;
                        }
                        break;
                    }
                }
            }
        }
    }

    fn slot(&self, offset: usize, slot: usize) -> &[u32] {
        let Slot { start, filled, .. } = self.slots[offset][slot];
        &self.keys[start..start + filled]
    }
}

#[cfg(test)]
mod tests {
    use super::{Bins, Counts, EDGES, Gathered, Located};
    use crate::sim::percentiles::ordered_key;
    use crate::sim::rng::Rng;

    /// Percentiles of three figures counted from a pilot of `pilot` runs, the runs split
    /// between two "threads", against sorting each figure's values.
    fn counted_against_sorted(rows: &[[f32; 3]], pilot: usize, budget: u64) {
        let flat: Vec<f32> = rows.iter().flatten().copied().collect();
        let bins = Bins::from_pilot(&flat[..pilot.min(rows.len()) * 3], 3);
        let half = rows.len() / 2 * 3;
        let parts = [&flat[..half], &flat[half..]];
        let mut own = [Counts::new(3), Counts::new(3)];
        let mut total = Counts::new(3);
        for (counts, part) in own.iter_mut().zip(parts) {
            counts.count(part, &bins);
            counts.add_to(&mut total);
        }
        let located = Located::new(&total, rows.len());
        let mut counted = [[f64::NAN; 3]; 3];
        let shares = located.shares(&total, 3, budget);
        if shares.is_empty() {
            // Every percentile on a pilot value: known from the bins alone.
            located.percentiles(&bins, 0..3, &[], |figure, values| {
                counted[figure] = values;
            });
        }
        for share in shares {
            let gathered: Vec<Gathered> = own
                .iter()
                .zip(parts)
                .map(|(counts, part)| {
                    let mut gathered = Gathered::new(&located, &bins, counts, share.clone());
                    gathered.gather(part, 3);
                    gathered
                })
                .collect();
            located.percentiles(&bins, share, &gathered, |figure, values| {
                counted[figure] = values;
            });
        }
        for figure in 0..3 {
            let mut values: Vec<f32> = rows.iter().map(|row| row[figure]).collect();
            values.sort_by(f32::total_cmp);
            let at = |q| f64::from(values[crate::sim::result::nearest_rank(values.len(), q)]);
            let sorted = [at(0.1), at(0.5), at(0.9)];
            assert_eq!(
                counted[figure].map(f64::to_bits),
                sorted.map(f64::to_bits),
                "figure {figure} of {} runs, pilot {pilot}: counted {:?}, sorted {sorted:?}",
                rows.len(),
                counted[figure]
            );
        }
    }

    #[test]
    fn counted_percentiles_are_the_values_sorting_finds() {
        let mut rng = Rng::for_run(7, 0);
        for (runs, pilot) in [
            (1, 1),
            (2, 2),
            (10, 3),
            (101, 101),
            (5_000, 1_024),
            (5_000, 40),
        ] {
            let rows: Vec<[f32; 3]> = (0..runs)
                .map(|_| {
                    let uniform = rng.uniform();
                    [
                        // whole numbers with many ties, money of both signs, one value only
                        (uniform * 12.0).floor() as f32,
                        ((uniform - 0.3) * 1e7 * rng.uniform()) as f32,
                        0.0,
                    ]
                })
                .collect();
            for budget in [u64::MAX, 1] {
                counted_against_sorted(&rows, pilot, budget);
            }
        }
        // A pilot that misses the tails: later runs fall beyond its lowest and highest value.
        let mut spread: Vec<[f32; 3]> = (0..300).map(|run| [run as f32; 3]).collect();
        spread.rotate_left(140);
        counted_against_sorted(&spread, 20, u64::MAX);
        counted_against_sorted(
            &[[-0.0, f32::MIN_POSITIVE, -1e-30], [0.0, 3e38, 1e-30]],
            1,
            10,
        );
    }

    #[test]
    fn a_key_falls_in_the_bin_a_search_of_the_edges_finds() {
        let rows: Vec<f32> = (0..1_000).map(|run| (run / 3) as f32).collect();
        let bins = Bins::from_pilot(&rows, 1);
        let edges = bins.of(0);
        for value in [-1.0, 0.0, 0.5, 1.0, 100.0, 100.5, 332.0, 333.0, 1e9] {
            let key = ordered_key(value);
            let below = edges.partition_point(|&edge| edge < key);
            let on_edge = edges.get(below) == Some(&key);
            assert_eq!(
                bins.bin(0, key),
                2 * below + usize::from(on_edge),
                "{value}"
            );
        }
        assert!(bins.bin(0, ordered_key(f32::INFINITY)) <= 2 * EDGES);
    }
}
