//! How sure the measured figures are, carried into Monte Carlo: each run simulates the design
//! with every measured figure drawn from what its evidence allows (conversion from
//! its Beta posterior, mean days in stage from the inverse Gamma of censored exponential stays,
//! weekly arrivals from the Gamma of a Poisson rate, order value from its normal interval), on
//! top of the runs' own chance. Bands widen where the evidence is thin; expected values keep
//! the estimates. Assumed figures are not drawn: nothing is known of their spread.

use super::rng::Rng;
use crate::design::{Design, Evidence, StageKind, limits};

/// The stream parameters are drawn from, apart from every stage's and source's.
pub const PARAMETER_STREAM: u64 = 0x5eed_0fe7_1de9_ce00;

/// Whether any figure of `design` is measured (so Monte Carlo draws parameters).
#[must_use]
pub fn has_measured(design: &Design) -> bool {
    design.stages.values().any(|stage| {
        stage.measured_conversion().is_some()
            || stage.measured_days().is_some()
            || stage.measured_order_value().is_some()
    }) || design
        .sources
        .values()
        .any(|source| source.measured_leads().is_some())
}

/// `design` with every measured figure drawn once from its evidence.
#[must_use]
pub fn drawn(design: &Design, rng: &mut Rng) -> Design {
    let mut drawn = design.clone();
    for stage in drawn.stages.values_mut() {
        if let Some(evidence) = stage.measured_conversion().cloned() {
            stage.conversion = share(&evidence, rng);
        }
        if let Some(evidence) = stage.measured_days().cloned() {
            stage.days_in_stage = mean_stay(&evidence, rng);
        }
        if let Some(evidence) = stage.measured_order_value().cloned()
            && let StageKind::Customer(customers) = &mut stage.kind
        {
            customers.order_value = amount(&evidence, rng);
        }
    }
    for source in drawn.sources.values_mut() {
        if let Some(evidence) = source.measured_leads().cloned() {
            source.leads_per_week = rate(&evidence, rng);
        }
    }
    drawn
}

/// A share from Beta(k + ½, n − k + ½): the Jeffreys posterior the interval came from.
fn share(evidence: &Evidence, rng: &mut Rng) -> f64 {
    let trials = evidence.deals as f64;
    let successes = (evidence.measured * trials).round();
    let a = gamma(successes + 0.5, rng);
    let b = gamma(trials - successes + 0.5, rng);
    if a + b > 0.0 {
        (a / (a + b)).clamp(0.0, 1.0)
    } else {
        evidence.measured
    }
}

/// A mean stay: total time observed ÷ Gamma(stays ended + 1), whose mean is the estimate
/// (total ÷ stays) and whose spread is the chi-square interval's.
fn mean_stay(evidence: &Evidence, rng: &mut Rng) -> f64 {
    let finished = evidence.deals as f64;
    if finished < 1.0 {
        return evidence.measured;
    }
    let draw = gamma(finished + 1.0, rng);
    if draw <= 0.0 {
        return evidence.measured;
    }
    (evidence.measured * finished / draw).clamp(evidence.measured.min(1.0), limits::MAX_DAYS)
}

/// A weekly rate scaled by Gamma(k) / k for k arrivals: Poisson uncertainty of the mean.
fn rate(evidence: &Evidence, rng: &mut Rng) -> f64 {
    let arrivals = evidence.deals as f64;
    if arrivals < 1.0 {
        return evidence.measured;
    }
    (evidence.measured * gamma(arrivals, rng) / arrivals).min(limits::MAX_LEADS_PER_WEEK)
}

/// An amount from the normal its 90 % interval describes, never below zero.
fn amount(evidence: &Evidence, rng: &mut Rng) -> f64 {
    let spread = (evidence.high - evidence.low) / (2.0 * 1.644_853_626_951_472_2);
    (evidence.measured + spread * rng.normal()).max(0.0)
}

/// A Gamma(shape, 1) draw by Marsaglia and Tsang's method (shape < 1 by boosting).
fn gamma(shape: f64, rng: &mut Rng) -> f64 {
    if !shape.is_finite() || shape <= 0.0 {
        return 0.0;
    }
    if shape < 1.0 {
        let boost = libm::pow(1.0 - rng.uniform(), 1.0 / shape);
        return gamma(shape + 1.0, rng) * boost;
    }
    let offset = shape - 1.0 / 3.0;
    let scale = 1.0 / libm::sqrt(9.0 * offset);
    loop {
        let normal = rng.normal();
        let root = 1.0 + scale * normal;
        if root <= 0.0 {
            continue;
        }
        let cube = root * root * root;
        let uniform = 1.0 - rng.uniform();
        let bound = 0.5 * normal * normal + offset - offset * cube + offset * libm::log(cube);
        if libm::log(uniform) < bound {
            return offset * cube;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Rng, gamma};

    #[test]
    fn gamma_draws_have_the_mean_and_variance_of_their_shape() {
        let mut rng = Rng::for_run(3, 0);
        for shape in [0.5, 2.0, 40.0] {
            let draws: Vec<f64> = (0..40_000).map(|_| gamma(shape, &mut rng)).collect();
            let mean = draws.iter().sum::<f64>() / draws.len() as f64;
            let variance =
                draws.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / draws.len() as f64;
            assert!(
                (mean - shape).abs() < 0.03 * shape.max(1.0),
                "shape {shape}: mean {mean}"
            );
            assert!(
                (variance - shape).abs() < 0.06 * shape.max(1.0),
                "shape {shape}: variance {variance}"
            );
        }
    }
}
