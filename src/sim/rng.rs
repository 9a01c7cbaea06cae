//! A small portable random number generator and the draws the simulation needs. Integer
//! arithmetic plus `libm` (pure-Rust maths) make the same seed give the same numbers on every
//! machine, whatever its system maths library.

/// `xoshiro256++`: fast, tiny state, good statistical quality; seeded through `SplitMix64`.
#[derive(Clone, Debug)]
pub struct Rng {
    state: [u64; 4],
}

/// Fewer trials than this are drawn one by one: cheaper than any logarithm.
const BERNOULLI_LIMIT: f64 = 8.0;

/// Means below this use exact inversion; above it, a rounded normal approximation, whose
/// error is far below the uncertainty of any planning figure and which costs a fraction.
const EXACT_MEAN_LIMIT: f64 = 4.0;

impl Rng {
    /// The generator for run `run` of a simulation seeded with `seed`. Runs are independent
    /// streams, so results do not depend on how runs are spread over threads.
    #[must_use]
    pub fn for_run(seed: u64, run: u64) -> Self {
        let mut mix = seed ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17);
        let mut next = || {
            mix = mix.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = mix;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        Self {
            state: [next(), next(), next(), next()],
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        let [s0, s1, s2, s3] = self.state;
        let result = s0.wrapping_add(s3).rotate_left(23).wrapping_add(s0);
        let t = s1 << 17;
        let mut s = [s0, s1, s2 ^ s0, s3 ^ s1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        self.state = s;
        result
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1_u64 << 53) as f64)
    }

    /// Standard normal deviate by Marsaglia and Tsang's ziggurat: nearly always one random
    /// number, a table lookup and a multiplication.
    pub fn normal(&mut self) -> f64 {
        let tables = ziggurat();
        loop {
            let bits = self.next_u64();
            // Low 7 bits pick the layer; the top 32 bits are a signed position within it.
            let layer = (bits & 127) as usize;
            let position = f64::from(((bits >> 32) as u32).cast_signed());
            let x = position * tables.width[layer];
            if position.abs() < tables.edge[layer] {
                return x;
            }
            if layer == 0 {
                // The tail beyond the base layer, by Marsaglia's exponential method.
                loop {
                    let tail_x = -libm::log(1.0 - self.uniform()) / ZIGGURAT_R;
                    let tail_y = -libm::log(1.0 - self.uniform());
                    if tail_y + tail_y >= tail_x * tail_x {
                        return if position > 0.0 {
                            ZIGGURAT_R + tail_x
                        } else {
                            -ZIGGURAT_R - tail_x
                        };
                    }
                }
            }
            let (upper, lower) = (tables.density[layer - 1], tables.density[layer]);
            if lower + self.uniform() * (upper - lower) < libm::exp(-0.5 * x * x) {
                return x;
            }
        }
    }

    /// Number of successes among `trials` (a whole number) each with probability `p`.
    #[inline]
    pub fn binomial(&mut self, trials: f64, p: f64) -> f64 {
        // Most stage-days have nothing to draw; keep that path free of a call.
        if trials < 1.0 || p <= 0.0 {
            return 0.0;
        }
        if p >= 1.0 {
            return trials;
        }
        self.binomial_draw(trials, p)
    }

    fn binomial_draw(&mut self, trials: f64, p: f64) -> f64 {
        if p > 0.5 {
            return trials - self.binomial_draw(trials, 1.0 - p);
        }
        let mean = trials * p;
        if trials < BERNOULLI_LIMIT {
            self.bernoulli_trials(trials as u32, p)
        } else if mean < EXACT_MEAN_LIMIT {
            self.binomial_by_inversion(trials, p)
        } else {
            let sd = libm::sqrt(mean * (1.0 - p));
            f64::round(mean + sd * self.normal()).clamp(0.0, trials)
        }
    }

    /// A few trials one by one, two per random number (32 bits each, finer than any rate a
    /// user enters), counted without branches the processor would mispredict.
    fn bernoulli_trials(&mut self, trials: u32, p: f64) -> f64 {
        let threshold = (p * 4_294_967_296.0) as u64;
        let mut successes = 0_u32;
        let mut left = trials;
        while left > 0 {
            let bits = self.next_u64();
            successes += u32::from((bits & 0xFFFF_FFFF) < threshold);
            if left > 1 {
                successes += u32::from((bits >> 32) < threshold);
            }
            left = left.saturating_sub(2);
        }
        f64::from(successes)
    }

    /// Inversion with the recurrence P(k+1) = P(k) · (n−k)/(k+1) · p/q; expected steps ≈ mean.
    fn binomial_by_inversion(&mut self, trials: f64, p: f64) -> f64 {
        let q = 1.0 - p;
        let odds = p / q;
        let mut probability = power(q, trials);
        let mut u = self.uniform();
        let mut successes = 0.0;
        while u > probability && successes < trials {
            u -= probability;
            // Multiplying by a tabled reciprocal instead of dividing: the division's latency
            // was the loop's cost.
            let next = successes as usize + 1;
            let reciprocal = RECIPROCALS.get(next).copied().unwrap_or(1.0 / next as f64);
            probability *= (trials - successes) * reciprocal * odds;
            successes += 1.0;
            if probability <= 0.0 {
                break;
            }
        }
        successes
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
            f64::round(mean + libm::sqrt(mean) * self.normal()).max(0.0)
        }
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

/// Start of the normal's tail for a 128-layer ziggurat.
const ZIGGURAT_R: f64 = 3.442_619_855_899;
/// Area of each ziggurat layer.
const ZIGGURAT_AREA: f64 = 9.912_563_035_262_17e-3;

/// The ziggurat's layers: where each layer's rectangle ends, scaled to 32-bit positions.
struct Ziggurat {
    /// |position| below this is inside the layer's rectangle for certain.
    edge: [f64; 128],
    /// Converts a 32-bit position to x.
    width: [f64; 128],
    /// The normal density at each layer's right edge.
    density: [f64; 128],
}

/// The ziggurat tables, computed once with `libm` so they are the same everywhere.
fn ziggurat() -> &'static Ziggurat {
    static TABLES: std::sync::OnceLock<Ziggurat> = std::sync::OnceLock::new();
    TABLES.get_or_init(|| {
        let scale = 2_147_483_648.0; // 2^31
        let mut tables = Ziggurat {
            edge: [0.0; 128],
            width: [0.0; 128],
            density: [0.0; 128],
        };
        let mut x = ZIGGURAT_R;
        let mut previous = x;
        let base = ZIGGURAT_AREA / libm::exp(-0.5 * x * x);
        tables.edge[0] = (x / base) * scale;
        tables.edge[1] = 0.0;
        tables.width[0] = base / scale;
        tables.width[127] = x / scale;
        tables.density[0] = 1.0;
        tables.density[127] = libm::exp(-0.5 * x * x);
        for layer in (1..=126).rev() {
            x = libm::sqrt(-2.0 * libm::log(ZIGGURAT_AREA / x + libm::exp(-0.5 * x * x)));
            tables.edge[layer + 1] = (x / previous) * scale;
            previous = x;
            tables.density[layer] = libm::exp(-0.5 * x * x);
            tables.width[layer] = x / scale;
        }
        tables
    })
}

/// `base` to a whole, non-negative `exponent` by repeated squaring: plain multiplications, so
/// the same on every machine, and far cheaper than a general power.
fn power(base: f64, exponent: f64) -> f64 {
    let mut exponent = exponent as u64;
    let mut result = 1.0;
    let mut square = base;
    while exponent > 0 {
        if exponent & 1 == 1 {
            result *= square;
        }
        square *= square;
        exponent >>= 1;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mean_and_variance(samples: &[f64]) -> (f64, f64) {
        let n = samples.len() as f64;
        let mean = samples.iter().sum::<f64>() / n;
        let variance = samples.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
        (mean, variance)
    }

    #[test]
    fn the_ziggurat_gives_a_standard_normal() {
        let mut rng = Rng::for_run(11, 2);
        let samples: Vec<f64> = (0..200_000).map(|_| rng.normal()).collect();
        let (mean, variance) = mean_and_variance(&samples);
        assert!(mean.abs() < 0.01, "{mean}");
        assert!((variance - 1.0).abs() < 0.015, "{variance}");
        // Tails: P(|z| > 1.96) = 5 %, P(z > 3) = 0.135 %.
        let beyond =
            |limit: f64| samples.iter().filter(|z| z.abs() > limit).count() as f64 / 200_000.0;
        assert!((beyond(1.96) - 0.05).abs() < 0.003, "{}", beyond(1.96));
        assert!((beyond(3.0) - 0.0027).abs() < 0.0006, "{}", beyond(3.0));
    }

    #[test]
    fn power_by_squaring_matches_the_general_power() {
        for (base, exponent) in [(0.7, 0.0), (0.7, 1.0), (0.93, 37.0), (0.999, 12_345.0)] {
            let expected = libm::pow(base, exponent);
            assert!((power(base, exponent) / expected - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn same_seed_same_stream_different_runs_differ() {
        let a: Vec<u64> = (0..5).map(|_| Rng::for_run(7, 0).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(Rng::for_run(7, 0).next_u64(), Rng::for_run(7, 1).next_u64());
    }

    #[test]
    fn binomial_has_the_right_mean_and_variance() {
        for (n, p) in [(10.0, 0.3), (40.0, 0.2), (1000.0, 0.4), (50.0, 0.9)] {
            let mut rng = Rng::for_run(42, 0);
            let samples: Vec<f64> = (0..20_000).map(|_| rng.binomial(n, p)).collect();
            let (mean, variance) = mean_and_variance(&samples);
            let expected_variance: f64 = n * p * (1.0 - p);
            assert!((mean - n * p).abs() < 4.0 * (expected_variance / 20_000.0).sqrt() + 0.01);
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
