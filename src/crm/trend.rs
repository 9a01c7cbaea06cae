//! Growth and season of arrivals: a Poisson regression of the monthly counts on time (the
//! log of the rate rises by a constant each month), with twelve monthly factors when the
//! data span a year or more. Both are claimed only at a strict level (a season at 99.9 %, a
//! growth at 99.5 %), because an export has several sources and each is tested: at 90 % one flat source in ten got a
//! twelve-factor season and one in ten a growth, patterns found in noise. The growth is still
//! reported with its 90 % interval, like every other measured figure.

use super::dates::Moment;
use super::stats::Estimate;
use jiff::civil::Date;

/// The shortest span, in days, a growth is fitted over.
pub const GROWTH_MIN_DAYS: f64 = 90.0;
/// The shortest span, in days, a season is fitted over.
pub const SEASON_MIN_DAYS: f64 = 365.0;

/// The 99.9 % point of chi-square with 11 degrees of freedom (twelve factors averaging 1):
/// the gain in fit a season must beat. Stricter than the growth's level: measured over 200
/// flat sources, 99.5 % still gave one in fifty a season (the test is asymptotic, and eleven
/// factors fitted to two observations each find more than it allows for).
const SEASON_CHI_SQUARE_999: f64 = 31.264;

/// The two-sided 99.5 % point of the normal distribution: how many standard errors from zero a
/// growth must be to be used.
const GROWTH_Z_995: f64 = 2.807_033_768_343_811;

/// What the arrivals' trend is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trend {
    /// Monthly growth (0.05 = +5 % a month) with its 90 % interval; `None` when the span is
    /// too short to fit one.
    pub growth_per_month: Option<Estimate>,
    /// Whether the growth is clear (at 99.5 %), so the design uses it.
    pub growth_shown: bool,
    /// Whether a clear growth was found but is not used: under two years of data a season
    /// explains the same months.
    pub growth_beside_season: bool,
    /// Twelve factors January to December averaging 1, when the data span a year; empty
    /// otherwise.
    pub season: Vec<f64>,
    /// The weekly level at the end of the data once growth and season are taken out (what a
    /// design's `leads_per_week` means), when either was fitted.
    pub level_at_end_per_week: Option<f64>,
}

/// When a source's deals start to arrive: the export's first day, unless the source's own
/// first deal came over four weeks later and so late that its own rate makes the gap
/// implausible (under a constant rate, a wait of five mean gaps before the first deal has odds
/// of e^-5, under 1 %; a few days' wait changes no figure worth the risk): then it started
/// with that deal, and its leads per week, growth and season are measured from there, not
/// spread over months it did not exist.
#[must_use]
pub fn source_start(arrivals: &[Moment], export_first: Moment, as_of: Moment) -> Moment {
    let Some(&own_first) = arrivals.iter().min() else {
        return export_first;
    };
    let own_days = as_of.days_since(own_first);
    let gap_days = own_first.days_since(export_first);
    if arrivals.len() < 10 || own_days < 28.0 || gap_days <= 28.0 {
        return export_first;
    }
    let per_day = arrivals.len() as f64 / own_days;
    if gap_days * per_day > 5.0 {
        own_first
    } else {
        export_first
    }
}

struct Month {
    calendar: usize,
    exposure_days: f64,
    count: f64,
    middle: f64,
}

/// Fits the trend of `arrivals` observed from `first` to `last`.
#[must_use]
pub fn fit_trend(arrivals: &[Moment], first: Moment, last: Moment) -> Trend {
    let span = last.days_since(first);
    if span < GROWTH_MIN_DAYS || arrivals.len() < 30 {
        return Trend::default();
    }
    let months = monthly_counts(arrivals, first.date(), last.date());
    let with_season = span >= SEASON_MIN_DAYS;
    let flat = [1.0_f64; 12];
    let (mut level, mut slope) = fit_log_linear(&months, &flat, true);
    let mut season = flat;
    if with_season {
        let (flat_level, flat_slope) = (level, slope);
        for _ in 0..12 {
            season = fit_season(&months, level, slope);
            (level, slope) = fit_log_linear(&months, &season, true);
        }
        // A season is kept only when it explains the months better than chance would: the
        // drop in deviance against the flat fit beats the 99.9 % point of chi-square on the
        // 11 factors it adds. Otherwise noise would be sold as a season.
        let gain = deviance(&months, &flat, flat_level, flat_slope)
            - deviance(&months, &season, level, slope);
        if gain < SEASON_CHI_SQUARE_999 {
            season = flat;
            (level, slope) = (flat_level, flat_slope);
        }
    }
    let with_season = season.iter().any(|factor| (factor - 1.0).abs() > 1e-12);
    let (variance_level, variance_slope) = slope_variance(&months, &season, level, slope);
    let _ = variance_level;
    let spread = 1.644_853_626_951_472_2 * variance_slope.sqrt();
    let growth = Estimate {
        value: slope.exp_m1(),
        low: (slope - spread).exp_m1(),
        high: (slope + spread).exp_m1(),
        count: arrivals.len() as u64,
    };
    // Under two years, a season and a growth explain the same months: with a season fitted
    // the growth is reported but not used.
    let clear = slope.abs() > GROWTH_Z_995 * variance_slope.sqrt();
    let season_explains_it = with_season && span < 2.0 * SEASON_MIN_DAYS;
    let growth_shown = clear && !season_explains_it;
    let end = months.last().map_or(0.0, |month| month.middle + 0.5);
    let level_at_end = if growth_shown {
        (level + slope * end).exp()
    } else {
        fit_log_linear(&months, &season, false).0.exp()
    };
    Trend {
        growth_per_month: growth.value.is_finite().then_some(growth),
        growth_shown,
        growth_beside_season: clear && season_explains_it,
        season: if with_season {
            season.to_vec()
        } else {
            Vec::new()
        },
        level_at_end_per_week: (growth_shown || with_season).then_some(level_at_end * 7.0),
    }
}

fn monthly_counts(arrivals: &[Moment], first: Date, last: Date) -> Vec<Month> {
    let mut months: Vec<Month> = Vec::new();
    let mut start = first;
    let mut index = 0.0;
    while start <= last && months.len() < 1200 {
        let month_end = start.last_of_month().min(last);
        let exposure = month_end
            .since(start)
            .map_or(0.0, |span| f64::from(span.get_days()) + 1.0);
        months.push(Month {
            calendar: usize::try_from(start.month() - 1).unwrap_or(0),
            exposure_days: exposure,
            count: 0.0,
            middle: index + 0.5,
        });
        index += 1.0;
        start = match month_end
            .first_of_month()
            .checked_add(jiff::Span::new().months(1))
        {
            Ok(next) => next,
            Err(_) => break,
        };
    }
    let first_key = i32::from(first.year()) * 12 + i32::from(first.month());
    for arrival in arrivals {
        let date = arrival.date();
        let key = i32::from(date.year()) * 12 + i32::from(date.month()) - first_key;
        if let Some(month) = usize::try_from(key).ok().and_then(|at| months.get_mut(at)) {
            month.count += 1.0;
        }
    }
    months
}

/// Maximum-likelihood `(level, slope)` of log(rate per day) = level + slope × month, with
/// the season as an offset; without `fit_slope` the slope stays 0.
fn fit_log_linear(months: &[Month], season: &[f64; 12], fit_slope: bool) -> (f64, f64) {
    let total: f64 = months.iter().map(|month| month.count).sum();
    let exposure: f64 = months
        .iter()
        .map(|month| month.exposure_days * season[month.calendar])
        .sum();
    let mut level = (total.max(0.5) / exposure.max(1e-9)).ln();
    let mut slope = 0.0;
    if !fit_slope {
        return (level, 0.0);
    }
    for _ in 0..50 {
        let (mut g0, mut g1, mut h00, mut h01, mut h11) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for month in months {
            let mu =
                month.exposure_days * season[month.calendar] * (level + slope * month.middle).exp();
            let residual = month.count - mu;
            g0 += residual;
            g1 += residual * month.middle;
            h00 += mu;
            h01 += mu * month.middle;
            h11 += mu * month.middle * month.middle;
        }
        let determinant = h00 * h11 - h01 * h01;
        if determinant.abs() < 1e-12 {
            break;
        }
        let step_level = (h11 * g0 - h01 * g1) / determinant;
        let step_slope = (h00 * g1 - h01 * g0) / determinant;
        level += step_level.clamp(-5.0, 5.0);
        slope += step_slope.clamp(-1.0, 1.0);
        if step_level.abs() < 1e-10 && step_slope.abs() < 1e-10 {
            break;
        }
    }
    (level, slope)
}

fn fit_season(months: &[Month], level: f64, slope: f64) -> [f64; 12] {
    let mut observed = [0.0_f64; 12];
    let mut expected = [0.0_f64; 12];
    for month in months {
        observed[month.calendar] += month.count;
        expected[month.calendar] += month.exposure_days * (level + slope * month.middle).exp();
    }
    let mut factors = [1.0_f64; 12];
    for (factor, (seen, wanted)) in factors.iter_mut().zip(observed.iter().zip(&expected)) {
        if *wanted > 0.0 {
            *factor = seen / wanted;
        }
    }
    let mean = factors.iter().sum::<f64>() / 12.0;
    if mean > 0.0 {
        for factor in &mut factors {
            *factor = (*factor / mean).clamp(0.0, crate::design::MAX_SEASON_FACTOR);
        }
    }
    factors
}

/// The Poisson deviance of a fit: how far the counts are from what it expects.
fn deviance(months: &[Month], season: &[f64; 12], level: f64, slope: f64) -> f64 {
    months
        .iter()
        .map(|month| {
            let expected =
                month.exposure_days * season[month.calendar] * (level + slope * month.middle).exp();
            let observed = month.count;
            let log_term = if observed > 0.0 && expected > 0.0 {
                observed * (observed / expected).ln()
            } else {
                0.0
            };
            2.0 * (log_term - (observed - expected))
        })
        .sum()
}

/// The variances of the level and slope estimates, from the Fisher information.
fn slope_variance(months: &[Month], season: &[f64; 12], level: f64, slope: f64) -> (f64, f64) {
    let (mut h00, mut h01, mut h11) = (0.0, 0.0, 0.0);
    for month in months {
        let mu =
            month.exposure_days * season[month.calendar] * (level + slope * month.middle).exp();
        h00 += mu;
        h01 += mu * month.middle;
        h11 += mu * month.middle * month.middle;
    }
    let determinant = h00 * h11 - h01 * h01;
    if determinant <= 0.0 {
        return (f64::INFINITY, f64::INFINITY);
    }
    (h11 / determinant, h00 / determinant)
}
