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
/// and the time so far of unfinished ones) and the number that finished: total / finished,
/// with the chi-square interval on 2 × finished degrees of freedom.
#[must_use]
pub fn mean_stay(total_days: f64, finished: u64) -> Option<Estimate> {
    if finished == 0 || !total_days.is_finite() || total_days <= 0.0 {
        return None;
    }
    let freedom = 2.0 * finished as f64;
    let chi = ChiSquared::new(freedom).ok()?;
    Some(Estimate {
        value: total_days / finished as f64,
        low: 2.0 * total_days / chi.inverse_cdf(HIGH_TAIL),
        high: 2.0 * total_days / chi.inverse_cdf(LOW_TAIL),
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
        // 20 stays over 200 days: mean 10, interval 2T/χ²(40).
        let stay = mean_stay(200.0, 20).expect("a stay");
        assert!(near(stay.value, 10.0));
        assert!(stay.low < 10.0 && stay.high > 10.0);
        assert!(near(stay.low, 400.0 / 55.7585), "{stay:?}");
    }
}
