//! A small portable random number generator and the draws the simulation needs. Integer
//! arithmetic plus `libm` (pure-Rust maths) make the same seed give the same numbers on every
//! machine, whatever its system maths library.

/// `xoshiro256++`: fast, tiny state, good statistical quality; seeded through `SplitMix64`.
#[derive(Clone, Debug)]
pub struct Rng {
    state: [u64; 4],
    /// A second normal deviate left over from Box–Muller.
    spare_normal: Option<f64>,
}

/// Means below this use exact inversion; above it, a normal approximation whose error is far
/// below the uncertainty of any planning figure.
const EXACT_MEAN_LIMIT: f64 = 15.0;

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
            spare_normal: None,
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

    /// Standard normal deviate (Box–Muller, both halves used).
    pub fn normal(&mut self) -> f64 {
        if let Some(spare) = self.spare_normal.take() {
            return spare;
        }
        let u1 = 1.0 - self.uniform(); // (0, 1]: the logarithm stays finite
        let u2 = self.uniform();
        let radius = libm::sqrt(-2.0 * libm::log(u1));
        let angle = std::f64::consts::TAU * u2;
        self.spare_normal = Some(radius * libm::sin(angle));
        radius * libm::cos(angle)
    }

    /// Number of successes among `trials` (a whole number) each with probability `p`.
    pub fn binomial(&mut self, trials: f64, p: f64) -> f64 {
        if trials < 1.0 || p <= 0.0 {
            return 0.0;
        }
        if p >= 1.0 {
            return trials;
        }
        if p > 0.5 {
            return trials - self.binomial(trials, 1.0 - p);
        }
        let mean = trials * p;
        if mean < EXACT_MEAN_LIMIT {
            self.binomial_by_inversion(trials, p)
        } else {
            let sd = libm::sqrt(mean * (1.0 - p));
            libm::round(mean + sd * self.normal()).clamp(0.0, trials)
        }
    }

    /// Inversion with the recurrence P(k+1) = P(k) · (n−k)/(k+1) · p/q; expected steps ≈ mean.
    fn binomial_by_inversion(&mut self, trials: f64, p: f64) -> f64 {
        let q = 1.0 - p;
        let odds = p / q;
        let mut probability = libm::pow(q, trials);
        let mut u = self.uniform();
        let mut successes = 0.0;
        while u > probability && successes < trials {
            u -= probability;
            probability *= (trials - successes) / (successes + 1.0) * odds;
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
            libm::round(mean + libm::sqrt(mean) * self.normal()).max(0.0)
        }
    }
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
