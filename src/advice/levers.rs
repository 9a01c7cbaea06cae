//! Sensitivity: which change to which stage would do most for customers and profit by the
//! horizon. Each lever is one small, concrete change (+10 % conversion, 10 % less time in
//! stage, one more person), simulated against the design as it is, and ranked.

use crate::design::plan::Figure;
use crate::design::{Design, StageId, StageKind};
use crate::sim;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

/// A small change to one stage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeverKind {
    /// Conversion onward 10 % higher (relative: 40 % becomes 44 %), at most 100 %.
    Conversion,
    /// Average time in the stage 10 % shorter.
    TimeInStage,
    /// One more person in the stage's first role.
    OnePerson,
}

impl LeverKind {
    /// All levers, in the order they are tried.
    pub const ALL: [Self; 3] = [Self::Conversion, Self::TimeInStage, Self::OnePerson];

    /// How the change reads in a list: "+10 % conversion".
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    fn message_id(self) -> &'static str {
        match self {
            Self::Conversion => "lever-conversion",
            Self::TimeInStage => "lever-time-in-stage",
            Self::OnePerson => "lever-one-person",
        }
    }

    /// A short name for files: `conversion`, `time`, `person`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Conversion => "conversion",
            Self::TimeInStage => "time",
            Self::OnePerson => "person",
        }
    }
}

/// What one lever would change by the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Lever {
    /// The stage changed.
    pub stage_id: StageId,
    /// Its name.
    pub stage_name: String,
    /// The change.
    pub kind: LeverKind,
    /// Extra customers at the horizon (negative: fewer).
    pub customers: f64,
    /// Extra cumulative profit at the horizon, in the design's currency.
    pub profit: f64,
    /// Monte Carlo: the 10th and 90th percentile of the extra customers, run against run.
    pub customers_band: Option<(f64, f64)>,
    /// Monte Carlo: the 10th and 90th percentile of the extra profit, run against run.
    pub profit_band: Option<(f64, f64)>,
}

impl Lever {
    /// "Qualify: +10 % conversion".
    #[must_use]
    pub fn label(&self, language: crate::i18n::Language) -> String {
        crate::tr_in!(
            language,
            "lever-label",
            stage = self.stage_name.as_str(),
            lever = self.kind.label(language)
        )
    }
}

/// The design with `kind` applied to `stage_id`; none where the lever does not apply (no
/// conversion to raise, no role to add a person to, nothing left to gain).
#[must_use]
pub fn apply(design: &Design, stage_id: &StageId, kind: LeverKind) -> Option<Design> {
    let mut changed = design.clone();
    let stage = changed.stages.get_mut(stage_id)?;
    if !matches!(
        stage.kind,
        StageKind::FunnelStep | StageKind::FlywheelSegment
    ) {
        return None;
    }
    // The lever is applied on top of the plan: a move that sets the figure sets it with the
    // lever's change too.
    match kind {
        LeverKind::Conversion => {
            if stage.conversion >= 1.0 || stage.conversion <= 0.0 {
                return None;
            }
            stage.conversion = (stage.conversion * 1.1).min(1.0);
            changed.carry_into_plan(&Figure::Conversion(stage_id.clone()), |conversion| {
                (conversion * 1.1).min(1.0)
            });
        }
        LeverKind::TimeInStage => {
            if stage.days_in_stage <= 0.0 {
                return None;
            }
            stage.days_in_stage *= 0.9;
            changed.carry_into_plan(&Figure::DaysInStage(stage_id.clone()), |days| days * 0.9);
        }
        LeverKind::OnePerson => {
            let staffing = stage.roles.first_mut()?;
            staffing.headcount += 1.0;
            let role = staffing.role.clone();
            changed.carry_into_plan(
                &Figure::Headcount {
                    stage: stage_id.clone(),
                    role,
                },
                |people| people + 1.0,
            );
        }
    }
    Some(changed)
}

/// Every lever on every working stage, the most customers first (then the most profit).
///
/// In Monte Carlo mode every variant is simulated with the design's seed. Each stage draws
/// from its own stream, so run `r` of a variant meets the same luck as run `r` of the design
/// as it is wherever the change does not reach: the spread of the differences is mostly the
/// lever's own uncertainty, not the noise of two unrelated samples.
#[must_use]
pub fn levers(design: &Design) -> Vec<Lever> {
    levers_until(design, &AtomicBool::new(false))
}

/// [`levers`], stopping early (with the levers found so far) once `stop` turns true: the
/// editor asks for new levers after every edit, and those of a large Monte Carlo design take
/// a while.
#[must_use]
pub fn levers_until(design: &Design, stop: &AtomicBool) -> Vec<Lever> {
    let base = sim::simulate(design);
    let base_runs = base.run_outcomes();
    let mut levers: Vec<Lever> = design
        .stages
        .iter()
        .flat_map(|(stage_id, stage)| {
            let (base, base_runs) = (&base, &base_runs);
            LeverKind::ALL.into_iter().filter_map(move |kind| {
                if stop.load(Ordering::Relaxed) {
                    return None;
                }
                let changed = sim::simulate(&apply(design, stage_id, kind)?);
                let changed_runs = changed.run_outcomes();
                let differences = |of: fn(&sim::RunOutcome) -> f64| {
                    let differences: Vec<f64> = changed_runs
                        .iter()
                        .zip(base_runs.iter())
                        .map(|(changed, base)| of(changed) - of(base))
                        .collect();
                    (!differences.is_empty()).then(|| sim::percentile_band(&differences))
                };
                Some(Lever {
                    stage_id: stage_id.clone(),
                    stage_name: stage.name.clone(),
                    kind,
                    customers: changed.summary.customers_at_horizon
                        - base.summary.customers_at_horizon,
                    profit: changed.summary.profit - base.summary.profit,
                    customers_band: differences(|run| run.customers),
                    profit_band: differences(|run| run.profit),
                })
            })
        })
        .collect();
    levers.sort_by(|a, b| {
        b.customers
            .total_cmp(&a.customers)
            .then(b.profit.total_cmp(&a.profit))
    });
    levers
}

/// The levers as CSV: `stage,lever,customers,profit`, and in Monte Carlo mode the 10th and
/// 90th percentiles of both (`customers_p10,customers_p90,profit_p10,profit_p90`).
#[must_use]
pub fn csv(levers: &[Lever]) -> String {
    let with_bands = levers.iter().any(|lever| lever.customers_band.is_some());
    let mut text = String::from("stage,lever,customers,profit");
    if with_bands {
        text.push_str(",customers_p10,customers_p90,profit_p10,profit_p90");
    }
    text.push('\n');
    for lever in levers {
        let _ = write!(
            text,
            "{},{},{:.2},{:.0}",
            crate::sim::output::csv_field(lever.stage_id.as_str()),
            lever.kind.code(),
            lever.customers,
            lever.profit
        );
        if with_bands {
            let (customers_low, customers_high) = lever.customers_band.unwrap_or_default();
            let (profit_low, profit_high) = lever.profit_band.unwrap_or_default();
            let _ = write!(
                text,
                ",{customers_low:.2},{customers_high:.2},{profit_low:.0},{profit_high:.0}"
            );
        }
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::templates::example;

    #[test]
    fn a_lever_is_applied_on_top_of_the_plan() {
        // The growth plan takes Qualify to 45 % from September: +10 % stays +10 % after it.
        let design = example("growth-plan");
        let qualify = StageId::new("qualify");
        let changed = apply(&design, &qualify, LeverKind::Conversion).expect("a working stage");
        let target = |design: &Design| {
            design
                .plan
                .iter()
                .find_map(|planned| match (&planned.figure, planned.change) {
                    (Figure::Conversion(stage), crate::design::plan::Change::To(value))
                        if stage == &qualify =>
                    {
                        Some(value)
                    }
                    _ => None,
                })
                .expect("the playbook")
        };
        assert!((target(&changed) - target(&design) * 1.1).abs() < 1e-12);
    }

    #[test]
    fn the_sales_silo_gains_most_from_closing_better_and_an_extra_ae_does_not_pay() {
        let levers = levers(&example("sales-silo"));
        let best = levers.first().expect("levers");
        assert_eq!(
            (best.stage_id.as_str(), best.kind),
            ("close", LeverKind::Conversion),
            "{levers:#?}"
        );
        assert!(best.customers > 10.0 && best.profit > 0.0);
        // Present is the bottleneck, but a whole extra account executive costs more within a
        // year than the few customers the shorter queue brings.
        let extra_ae = levers
            .iter()
            .find(|lever| {
                lever.stage_id.as_str() == "present" && lever.kind == LeverKind::OnePerson
            })
            .expect("Present is staffed");
        assert!(extra_ae.customers > 0.0 && extra_ae.profit < 0.0);
    }

    #[test]
    fn levers_are_ranked_and_each_is_what_its_change_simulates() {
        let design = example("inbound");
        let levers = levers(&design);
        assert!(
            levers
                .windows(2)
                .all(|pair| pair[0].customers >= pair[1].customers)
        );
        let base = sim::simulate_expected(&design).summary.customers_at_horizon;
        for lever in levers.iter().take(3) {
            let changed = apply(&design, &lever.stage_id, lever.kind).expect("applies");
            let after = sim::simulate_expected(&changed)
                .summary
                .customers_at_horizon;
            assert!((after - base - lever.customers).abs() < 1e-9);
        }
        // Raising a conversion never loses customers.
        assert!(
            levers
                .iter()
                .filter(|lever| lever.kind == LeverKind::Conversion)
                .all(|lever| lever.customers >= -1e-9)
        );
    }

    #[test]
    fn levers_apply_only_where_they_mean_something() {
        let design = example("sales-silo");
        let pool = StageId::new("silo");
        assert!(apply(&design, &pool, LeverKind::Conversion).is_none());
        let capture = StageId::new("capture");
        let staffed = !design.stages[&capture].roles.is_empty();
        assert_eq!(
            apply(&design, &capture, LeverKind::OnePerson).is_some(),
            staffed
        );
    }

    #[test]
    fn in_monte_carlo_each_lever_carries_the_spread_of_its_gain() {
        let expected = levers(&example("sales-silo"));
        assert!(expected.iter().all(|lever| lever.customers_band.is_none()));
        let mut design = example("sales-silo");
        design.simulation.mode = crate::design::SimulationMode::MonteCarlo;
        design.simulation.runs = 100;
        let levers = levers(&design);
        assert_eq!(levers.len(), expected.len());
        // Present and Close multiply into the same customers: their conversions lead in both
        // modes, within a customer of each other, so chance may order them either way.
        let best = levers.first().expect("levers");
        assert_eq!(best.kind, LeverKind::Conversion);
        assert!(["close", "present"].contains(&best.stage_id.as_str()));
        let (low, high) = best.customers_band.expect("a band in Monte Carlo mode");
        assert!(low < best.customers && best.customers < high, "{best:?}");
        let expected_gain = expected
            .iter()
            .find(|lever| lever.stage_id == best.stage_id && lever.kind == best.kind)
            .expect("the same lever in expected values")
            .customers;
        assert!(
            (best.customers - expected_gain).abs() < 0.15 * expected_gain,
            "{} against {expected_gain}",
            best.customers
        );
        assert!(levers.iter().all(|lever| lever.profit_band.is_some()));
        let table = csv(&levers);
        assert!(table.starts_with("stage,lever,customers,profit,customers_p10,customers_p90"));
    }
}
