//! What the plan does: the year with it and without it (the design as it stands today), and
//! what each move adds, the year with every move against the year without that one.

use crate::design::Design;
use crate::sim::{self, SimResult};
use std::sync::atomic::{AtomicBool, Ordering};

/// What one move adds by the horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct MoveEffect {
    /// Its position in the plan.
    pub index: usize,
    /// Customers at the horizon with every move, less without this one.
    pub customers: f64,
    /// Profit over the horizon with every move, less without this one.
    pub profit: f64,
}

/// The plan's effect on the year.
#[derive(Clone, Debug)]
pub struct PlanEffects {
    /// The design simulated without its plan, in its own mode (as the editor shows it with).
    pub without: SimResult,
    /// Each switched-on move's contribution, in expected values (a difference the same every
    /// time, not the noise of two sets of runs).
    pub moves: Vec<MoveEffect>,
}

/// The effects of `design`'s plan; none when it has no move switched on, or when `stop` is set
/// before they are all worked out.
#[must_use]
pub fn plan_effects_until(design: &Design, stop: &AtomicBool) -> Option<PlanEffects> {
    if !design.has_moves() {
        return None;
    }
    let without = sim::simulate_until(&design.without_plan(), &design.simulation, stop)?;
    let with_all = sim::simulate_expected(design);
    let mut moves = Vec::new();
    for (index, planned) in design.plan.iter().enumerate() {
        if !planned.on {
            continue;
        }
        if stop.load(Ordering::Relaxed) {
            return None;
        }
        let mut without_this = design.clone();
        without_this.plan[index].on = false;
        let result = sim::simulate_expected(&without_this);
        moves.push(MoveEffect {
            index,
            customers: with_all.summary.customers_at_horizon - result.summary.customers_at_horizon,
            profit: with_all.summary.profit - result.summary.profit,
        });
    }
    Some(PlanEffects { without, moves })
}

#[cfg(test)]
mod tests {
    use super::plan_effects_until;
    use std::sync::atomic::AtomicBool;

    #[test]
    fn each_move_of_the_example_adds_what_leaving_it_out_takes_away() {
        let design = crate::templates::example("growth-plan");
        let effects = plan_effects_until(&design, &AtomicBool::new(false)).expect("a plan");
        assert_eq!(effects.moves.len(), design.plan.len());
        let with = crate::sim::simulate(&design).summary.customers_at_horizon;
        assert!(with > effects.without.summary.customers_at_horizon);
        // The partner channel brings customers; the first hire relieves the bottleneck.
        let customers: Vec<f64> = effects
            .moves
            .iter()
            .map(|effect| effect.customers)
            .collect();
        assert!(customers.iter().all(|&added| added > 0.0), "{customers:?}");
        assert!(plan_effects_until(&design.without_plan(), &AtomicBool::new(false)).is_none());
    }
}
