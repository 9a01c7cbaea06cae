//! Estimates with 90 % intervals: Jeffreys (Beta) for shares, chi-square for the mean of
//! exponential stays observed with censoring, Garwood (chi-square) for Poisson rates, and a
//! normal interval for a mean amount. Quantiles from statrs.

use statrs::distribution::{Beta, ChiSquared, ContinuousCDF};

/// The coverage every interval aims at.
pub const LEVEL: f64 = 0.90;
const LOW_TAIL: f64 = (1.0 - LEVEL) / 2.0;
const HIGH_TAIL: f64 = 1.0 - LOW_TAIL;

/// A figure measured from data: its estimate, a 90 % interval, and how many observations
/// (deals, stays, arrivals) it rests on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    /// The estimate.
    pub value: f64,
    /// Lower end of the 90 % interval.
    pub low: f64,
    /// Upper end of the 90 % interval.
    pub high: f64,
    /// How many observations it rests on.
    pub count: u64,
}

/// The share `successes / trials` with a Jeffreys interval (Beta(k + ½, n − k + ½)), whose
/// coverage stays close to 90 % even for small counts and shares near 0 or 1.
#[must_use]
pub fn share(successes: u64, trials: u64) -> Option<Estimate> {
    if trials == 0 || successes > trials {
        return None;
    }
    let (k, n) = (successes as f64, trials as f64);
    let beta = Beta::new(k + 0.5, n - k + 0.5).ok()?;
    let low = if successes == 0 {
        0.0
    } else {
        beta.inverse_cdf(LOW_TAIL)
    };
    let high = if successes == trials {
        1.0
    } else {
        beta.inverse_cdf(HIGH_TAIL)
    };
    Some(Estimate {
        value: k / n,
        low,
        high,
        count: trials,
    })
}

/// The mean of exponential stays from the total time observed in the stage (finished stays
/// and the time so far of unfinished ones) and the number that finished: total / finished.
///
/// The export stops on a date, not after a number of stays, so the count of finished stays is
/// a Poisson count over the time observed, and the interval is that count's exact one turned
/// into a mean stay: the low end on 2 × finished + 2 degrees of freedom, the high end on
/// 2 × finished (2 × finished on both ends holds only when observation stops at the last
/// stay, and puts the low end too high: short stays covered less often than said).
#[must_use]
pub fn mean_stay(total_days: f64, finished: u64) -> Option<Estimate> {
    if finished == 0 || !total_days.is_finite() || total_days <= 0.0 {
        return None;
    }
    let finished_freedom = 2.0 * finished as f64;
    let upper = ChiSquared::new(finished_freedom + 2.0).ok()?;
    let lower = ChiSquared::new(finished_freedom).ok()?;
    Some(Estimate {
        value: total_days / finished as f64,
        low: 2.0 * total_days / upper.inverse_cdf(HIGH_TAIL),
        high: 2.0 * total_days / lower.inverse_cdf(LOW_TAIL),
        count: finished,
    })
}

/// A Poisson rate per week from `events` in `weeks`, with Garwood's exact interval.
#[must_use]
pub fn weekly_rate(events: u64, weeks: f64) -> Option<Estimate> {
    if !weeks.is_finite() || weeks <= 0.0 {
        return None;
    }
    let k = events as f64;
    let low = if events == 0 {
        0.0
    } else {
        ChiSquared::new(2.0 * k).ok()?.inverse_cdf(LOW_TAIL) / 2.0
    };
    let high = ChiSquared::new(2.0 * k + 2.0).ok()?.inverse_cdf(HIGH_TAIL) / 2.0;
    Some(Estimate {
        value: k / weeks,
        low: low / weeks,
        high: high / weeks,
        count: events,
    })
}

/// The mean of `values` with a normal 90 % interval, and their median.
#[must_use]
pub fn mean_and_median(values: &mut [f64]) -> Option<(Estimate, f64)> {
    if values.is_empty() {
        return None;
    }
    let n = values.len() as f64;
    let mean = values.iter().sum::<f64>() / n;
    let variance = if values.len() > 1 {
        values
            .iter()
            .map(|value| (value - mean).powi(2))
            .sum::<f64>()
            / (n - 1.0)
    } else {
        0.0
    };
    let half = 1.644_853_626_951_472_2 * (variance / n).sqrt();
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    let median = if values.len().is_multiple_of(2) {
        f64::midpoint(values[middle - 1], values[middle])
    } else {
        values[middle]
    };
    Some((
        Estimate {
            value: mean,
            low: (mean - half).max(0.0),
            high: mean + half,
            count: values.len() as u64,
        },
        median,
    ))
}

#[cfg(test)]
mod tests {
    use super::{mean_stay, share, weekly_rate};

    fn near(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-3
    }

    #[test]
    fn intervals_match_published_values() {
        // Reference values from scipy.stats (beta.ppf, chi2.ppf).
        // Jeffreys 90 % for 40 of 100: Beta(40.5, 60.5) at 5 % and 95 %.
        let estimate = share(40, 100).expect("a share");
        assert!(near(estimate.low, 0.322_25), "{estimate:?}");
        assert!(near(estimate.high, 0.481_97), "{estimate:?}");
        // Garwood 90 % for 10 events: 5.425..17.0.
        let rate = weekly_rate(10, 1.0).expect("a rate");
        assert!(near(rate.low, 5.4254), "{rate:?}");
        assert!(near(rate.high, 16.9622), "{rate:?}");
        // 20 stays over 200 days: mean 10, interval 2T/χ²₀.₉₅(42) to 2T/χ²₀.₀₅(40).
        let stay = mean_stay(200.0, 20).expect("a stay");
        assert!(near(stay.value, 10.0));
        assert!(near(stay.low, 400.0 / 58.1240), "{stay:?}");
        assert!(near(stay.high, 400.0 / 26.5093), "{stay:?}");
    }

    /// An export's stays: `entries` deals entering at random over `window` days, each staying
    /// an exponential time of mean `mean`, cut off where the export ends. Total days observed
    /// and stays finished.
    fn observed_stays(seed: u64, entries: usize, window: f64, mean: f64) -> (f64, u64) {
        let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut uniform = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 11) as f64 / (1_u64 << 53) as f64
        };
        let (mut total, mut finished) = (0.0, 0);
        for _ in 0..entries {
            let entered = uniform() * window;
            let stay = -mean * (1.0 - uniform()).ln();
            let left = window - entered;
            total += stay.min(left);
            finished += u64::from(stay < left);
        }
        (total, finished)
    }

    #[test]
    fn the_mean_stay_interval_covers_the_truth_nine_times_in_ten_when_the_export_cuts_stays_off() {
        // Eight deals over sixty days staying ten days on average: a thin stage, where the
        // degrees of freedom matter. Each end should miss about one time in twenty.
        let seeds = 4_000;
        let (mut below, mut above, mut none) = (0, 0, 0);
        for seed in 1..=seeds {
            let (total, finished) = observed_stays(seed, 8, 60.0, 10.0);
            match mean_stay(total, finished) {
                Some(stay) if stay.low > 10.0 => below += 1,
                Some(stay) if stay.high < 10.0 => above += 1,
                Some(_) => {}
                None => none += 1,
            }
        }
        let measured = f64::from(seeds as u32 - none);
        let (low_miss, high_miss) = (f64::from(below) / measured, f64::from(above) / measured);
        eprintln!("misses: low end {low_miss:.3}, high end {high_miss:.3} ({none} without stays)");
        // Exact intervals for a Poisson count are conservative: each end misses at most 5 %
        // (give or take 0.35 points over these seeds). On 2 × finished degrees of freedom at
        // both ends the low end missed 5.9 %.
        assert!(low_miss <= 0.055, "the low end misses {low_miss}");
        assert!(high_miss <= 0.055, "the high end misses {high_miss}");
        assert!(low_miss + high_miss >= 0.03, "not so wide it says nothing");
    }
}
