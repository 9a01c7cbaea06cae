//! The random counts the simulation draws: binomial (how many of these leads finish, convert,
//! warm up) and Poisson (how many new leads arrive). Exact where counts are small, a rounded
//! normal where they are large; integer arithmetic and plain multiplications keep every draw
//! the same on every machine.

use super::rng::Rng;

/// Fewer trials than this are drawn from a table of cumulative probabilities: one random
/// number and a fixed run of comparisons, with no loop whose length the processor would have
/// to guess. Sixteen 32-bit entries fill one cache line.
const TABLED_TRIALS: usize = 16;

/// Means below this use exact inversion; above it, a rounded normal approximation, whose
/// error is far below the uncertainty of any planning figure and which costs a fraction.
const EXACT_MEAN_LIMIT: f64 = 4.0;

/// Whole numbers above this are exactly representable and need no rounding.
const EXACT_INTEGERS: f64 = 4_503_599_627_370_496.0; // 2^52

/// Row `n`: for `k < n`, P(at most `k` successes in `n` trials) scaled to 32 bits; entries
/// from `n` on are `u32::MAX`, so row 0 draws no successes.
type CountTable = [[u32; TABLED_TRIALS]; TABLED_TRIALS];

/// A success probability prepared once for the many binomial draws made with it, so a draw
/// does no division, no flip and, for a few trials, no loop: the engine compiles each stage's
/// rates into these.
#[derive(Clone, Debug, PartialEq)]
pub struct Probability {
    /// The probability, in [0, 1].
    value: f64,
    /// `min(value, 1 − value)`: draws count the rarer outcome and flip back if needed.
    rare: f64,
    /// `rare / common`, the step of inversion's recurrence.
    odds: f64,
    /// Whether `rare` counts failures rather than successes.
    flipped: bool,
    /// Cumulative probabilities for fewer than [`TABLED_TRIALS`] trials (1 KiB, on the heap
    /// so the compiled stages stay small, and shared, so a copy of a stage for a day of the
    /// plan costs no table).
    counts: std::sync::Arc<CountTable>,
}

impl Probability {
    /// Clamps `value` into [0, 1]; anything not a number counts as 0.
    #[must_use]
    pub fn new(value: f64) -> Self {
        Self::prepared(value, |rare, odds, flipped| {
            count_table(rare, odds, flipped)
        })
    }

    /// `value` for expected values only, which read the probability and never draw from it:
    /// without the table of counts a draw needs, which takes a microsecond to build (a plan's
    /// ramp-up makes hundreds). Drawn from, it would give no successes for few trials, so only
    /// a model compiled for expected values makes these (`daily_figures::Draws`).
    #[must_use]
    pub fn for_expected_values(value: f64) -> Self {
        static NO_TABLE: std::sync::OnceLock<std::sync::Arc<CountTable>> =
            std::sync::OnceLock::new();
        Self::prepared(value, |_, _, _| {
            NO_TABLE
                .get_or_init(|| std::sync::Arc::new([[u32::MAX; TABLED_TRIALS]; TABLED_TRIALS]))
                .clone()
        })
    }

    /// `value` clamped into [0, 1] (anything not a number counts as 0), with the table `counts`
    /// makes from its rarer outcome's probability, the odds and whether it is flipped.
    fn prepared(
        value: f64,
        counts: impl FnOnce(f64, f64, bool) -> std::sync::Arc<CountTable>,
    ) -> Self {
        let value = if value.is_nan() {
            0.0
        } else {
            value.clamp(0.0, 1.0)
        };
        let flipped = value > 0.5;
        let rare = if flipped { 1.0 - value } else { value };
        let odds = rare / (1.0 - rare);
        Self {
            value,
            rare,
            odds,
            flipped,
            counts: counts(rare, odds, flipped),
        }
    }

    /// The probability itself.
    #[must_use]
    pub fn value(&self) -> f64 {
        self.value
    }
}

/// The cumulative binomial probabilities for every small number of trials, from the rarer
/// outcome's probability mass function (recurrence as in inversion), so tiny and
/// near-certain rates keep their precision.
fn count_table(rare: f64, odds: f64, flipped: bool) -> std::sync::Arc<CountTable> {
    let mut table = [[u32::MAX; TABLED_TRIALS]; TABLED_TRIALS];
    let mut rare_mass = [0.0_f64; TABLED_TRIALS];
    for (trials, row) in table.iter_mut().enumerate().skip(1) {
        rare_mass[0] = power(1.0 - rare, trials as f64);
        for k in 0..trials.min(TABLED_TRIALS - 1) {
            rare_mass[k + 1] = rare_mass[k] * (trials - k) as f64 * RECIPROCALS[k + 1] * odds;
        }
        let mut cumulative = 0.0;
        for (successes, entry) in row.iter_mut().take(trials).enumerate() {
            cumulative += if flipped {
                rare_mass[trials - successes]
            } else {
                rare_mass[successes]
            };
            // Saturating: a cumulative probability within 2^-32 of 1 is 1.
            *entry = (cumulative * 4_294_967_296.0) as u32;
        }
    }
    std::sync::Arc::new(table)
}

impl Rng {
    /// Number of successes among `trials` (a whole number) each with probability `p`.
    #[inline]
    pub fn binomial(&mut self, trials: f64, p: &Probability) -> f64 {
        // Certain outcomes first: they are fixed per call site, so the processor predicts
        // them, while whether there are any trials changes from day to day. No trials at all
        // reads the table's row 0, which always gives 0.
        if p.value >= 1.0 {
            return trials;
        }
        if p.value <= 0.0 {
            return 0.0;
        }
        if trials < TABLED_TRIALS as f64 {
            // Through 32 bits: one conversion instruction, where 64 unsigned bits take several.
            return self.tabled_successes(trials as u32 as usize, &p.counts);
        }
        let rare = self.rare_outcomes(trials, p);
        if p.flipped { trials - rare } else { rare }
    }

    /// Inversion of the tabled distribution: the successes are the number of cumulative
    /// probabilities at or below one uniform draw, counted without a branch.
    fn tabled_successes(&mut self, trials: usize, counts: &CountTable) -> f64 {
        let uniform = (self.next_u64() >> 32) as u32;
        let at_or_below: u32 = counts[trials]
            .iter()
            .map(|&cumulative| u32::from(cumulative <= uniform))
            .sum();
        f64::from(at_or_below.min(trials as u32))
    }

    /// How many of `trials` (at least [`TABLED_TRIALS`]) have the rarer outcome.
    #[inline(never)]
    fn rare_outcomes(&mut self, trials: f64, p: &Probability) -> f64 {
        let mean = trials * p.rare;
        if mean < EXACT_MEAN_LIMIT {
            self.binomial_by_inversion(trials, p)
        } else {
            let sd = libm::sqrt(mean * (1.0 - p.rare));
            round_non_negative((mean + sd * self.normal()).clamp(0.0, trials))
        }
    }

    /// Inversion with the recurrence P(k+1) = P(k) · (n−k)/(k+1) · p/q; expected steps ≈ mean.
    fn binomial_by_inversion(&mut self, trials: f64, p: &Probability) -> f64 {
        let mut probability = power(1.0 - p.rare, trials);
        let mut u = self.uniform();
        // Counted in 32 bits, which convert to a float in one instruction.
        let mut successes = 0_u32;
        while u > probability && f64::from(successes) < trials {
            u -= probability;
            // Multiplying by a tabled reciprocal instead of dividing: the division's latency
            // was the loop's cost.
            let next = successes + 1;
            let reciprocal = RECIPROCALS
                .get(next as usize)
                .copied()
                .unwrap_or(1.0 / f64::from(next));
            probability *= (trials - f64::from(successes)) * reciprocal * p.odds;
            successes = next;
            if probability <= 0.0 {
                break;
            }
        }
        f64::from(successes)
    }

    /// A Poisson count with the given mean.
    pub fn poisson(&mut self, mean: f64) -> f64 {
        if mean <= 0.0 || !mean.is_finite() {
            return 0.0;
        }
        if mean < EXACT_MEAN_LIMIT {
            let threshold = libm::exp(-mean);
            let mut product = self.uniform();
            let mut count = 0.0;
            while product > threshold {
                product *= self.uniform();
                count += 1.0;
            }
            count
        } else {
            round_non_negative((mean + libm::sqrt(mean) * self.normal()).max(0.0))
        }
    }
}

/// Rounds a non-negative number to the nearest whole one. Baseline x86-64 has no rounding
/// instruction, so `f64::round` is a library call; a truncating conversion is not, and to a
/// signed integer it is one instruction each way (to an unsigned one, a dozen).
fn round_non_negative(value: f64) -> f64 {
    if value < EXACT_INTEGERS {
        (value + 0.5) as i64 as f64
    } else {
        value
    }
}

/// Rounds a non-negative number down, without the library call `f64::floor` is on baseline
/// x86-64.
pub(super) fn floor_non_negative(value: f64) -> f64 {
    if value < EXACT_INTEGERS {
        value as i64 as f64
    } else {
        value
    }
}

/// 1/k for small k.
const RECIPROCALS: [f64; 64] = {
    let mut table = [0.0; 64];
    let mut k = 1;
    while k < 64 {
        table[k] = 1.0 / k as f64;
        k += 1;
    }
    table
};

/// `base` to a whole, non-negative `exponent` by repeated squaring: plain multiplications, so
/// the same on every machine, and far cheaper than a general power. Each bit picks its factor
/// from a two-entry table rather than a branch, since the bits are random.
fn power(base: f64, exponent: f64) -> f64 {
    let mut exponent = exponent as u64;
    let mut result = 1.0;
    let mut square = base;
    while exponent > 0 {
        result *= [1.0, square][(exponent & 1) as usize];
        square *= square;
        exponent >>= 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::rng::tests::mean_and_variance;

    #[test]
    fn power_by_squaring_matches_the_general_power() {
        for (base, exponent) in [(0.7, 0.0), (0.7, 1.0), (0.93, 37.0), (0.999, 12_345.0)] {
            let expected = libm::pow(base, exponent);
            assert!((power(base, exponent) / expected - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn rounding_without_the_library() {
        for (value, rounded, floored) in [
            (0.0, 0.0, 0.0),
            (0.49, 0.0, 0.0),
            (0.5, 1.0, 0.0),
            (2.7, 3.0, 2.0),
            (1e17, 1e17, 1e17),
        ] {
            assert!((round_non_negative(value) - rounded).abs() < f64::EPSILON);
            assert!((floor_non_negative(value) - floored).abs() < f64::EPSILON);
        }
    }

    #[test]
    fn probabilities_are_clamped_and_keep_their_value() {
        assert!((Probability::new(0.8).value() - 0.8).abs() < f64::EPSILON);
        assert!(Probability::new(-1.0).value().abs() < f64::EPSILON);
        assert!((Probability::new(7.0).value() - 1.0).abs() < f64::EPSILON);
        assert!(Probability::new(f64::NAN).value().abs() < f64::EPSILON);
    }

    #[test]
    fn binomial_has_the_right_mean_and_variance() {
        // Every path: one by one, inversion (small mean), rounded normal; rare and common.
        for (n, p) in [
            (5.0, 0.3),
            (15.0, 0.7),
            (40.0, 0.05),
            (400.0, 0.003),
            (40.0, 0.2),
            (1000.0, 0.4),
            (50.0, 0.9),
        ] {
            let mut rng = Rng::for_run(42, 0);
            let probability = Probability::new(p);
            let samples: Vec<f64> = (0..20_000).map(|_| rng.binomial(n, &probability)).collect();
            let (mean, variance) = mean_and_variance(&samples);
            let expected_variance: f64 = n * p * (1.0 - p);
            assert!(
                (mean - n * p).abs() < 4.0 * (expected_variance / 20_000.0).sqrt() + 0.01,
                "{n} {p} {mean}"
            );
            assert!(
                (variance / expected_variance - 1.0).abs() < 0.06,
                "{n} {p} {variance}"
            );
            assert!(
                samples
                    .iter()
                    .all(|&x| (0.0..=n).contains(&x) && x.fract() == 0.0)
            );
        }
    }

    #[test]
    fn few_trials_follow_the_binomial_distribution() {
        // The tabled path: every count's frequency against its exact probability, on both
        // sides of a half, and nothing drawn from no trials.
        for (n, p) in [(6_usize, 0.3), (11, 0.85), (1, 0.02)] {
            let mut rng = Rng::for_run(8, 1);
            let probability = Probability::new(p);
            let draws = 200_000;
            let mut frequency = vec![0_u32; n + 1];
            for _ in 0..draws {
                frequency[rng.binomial(n as f64, &probability) as usize] += 1;
            }
            let mut exact = libm::pow(1.0 - p, n as f64);
            for (k, &count) in frequency.iter().enumerate() {
                let observed = f64::from(count) / f64::from(draws);
                let tolerance = 4.0 * (exact * (1.0 - exact) / f64::from(draws)).sqrt() + 1e-9;
                assert!(
                    (observed - exact).abs() <= tolerance,
                    "{n} {p} {k}: {observed} vs {exact}"
                );
                exact *= (n - k) as f64 / (k + 1) as f64 * p / (1.0 - p);
            }
            assert!(rng.binomial(0.0, &probability).abs() < f64::EPSILON);
        }
    }

    #[test]
    fn poisson_has_the_right_mean_and_variance() {
        for mean_wanted in [0.2, 3.0, 14.0, 200.0] {
            let mut rng = Rng::for_run(3, 9);
            let samples: Vec<f64> = (0..20_000).map(|_| rng.poisson(mean_wanted)).collect();
            let (mean, variance) = mean_and_variance(&samples);
            assert!((mean - mean_wanted).abs() < 4.0 * (mean_wanted / 20_000.0).sqrt());
            assert!(
                (variance / mean_wanted - 1.0).abs() < 0.06,
                "{mean_wanted} {variance}"
            );
        }
    }
}
