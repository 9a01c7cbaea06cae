//! A small portable random number generator and the draws the simulation needs. Integer
//! arithmetic plus `libm` (pure-Rust maths) make the same seed give the same numbers on every
//! machine, whatever its system maths library.

/// `xoshiro256++`: fast, tiny state, good statistical quality; seeded through `SplitMix64`.
#[derive(Clone, Debug)]
pub struct Rng {
    state: [u64; 4],
}

impl Rng {
    /// The generator for run `run` of a simulation seeded with `seed`. Runs are independent
    /// streams, so results do not depend on how runs are spread over threads.
    #[must_use]
    pub fn for_run(seed: u64, run: u64) -> Self {
        let mut mix = seed ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17);
        let mut next = || {
            let value = split_mix(mix);
            mix = mix.wrapping_add(0x9E37_79B9_7F4A_7C15);
            value
        };
        Self {
            state: [next(), next(), next(), next()],
        }
    }

    /// The generator for stream `stream` (a stage or source) of run `run`.
    #[must_use]
    pub fn for_stream(seed: u64, run: u64, stream: u64) -> Self {
        // Mixed twice, so no two (run, stream) pairs start from related states.
        let of_run = split_mix(seed ^ run.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(17));
        Self::for_run(of_run, stream)
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
}

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

/// One step of `SplitMix64`: a well-spread 64-bit value from any input.
fn split_mix(value: u64) -> u64 {
    let mut z = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn mean_and_variance(samples: &[f64]) -> (f64, f64) {
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
    fn same_seed_same_stream_different_runs_differ() {
        let a: Vec<u64> = (0..5).map(|_| Rng::for_run(7, 0).next_u64()).collect();
        assert!(a.windows(2).all(|w| w[0] == w[1]));
        assert_ne!(Rng::for_run(7, 0).next_u64(), Rng::for_run(7, 1).next_u64());
    }
}
