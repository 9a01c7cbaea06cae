//! Goal seek: what it takes to win a number of customers (or an amount of revenue) by a
//! given week, solved for the leads coming in, one stage's conversion, or one stage's
//! headcount. More of any of these never means fewer customers, so bisection finds the least
//! that reaches the goal.

use crate::design::{Design, SimulationMode, SimulationSettings, StageId};
use crate::sim;

/// What to reach.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// Active customers at the week.
    Customers(f64),
    /// Revenue earned up to the week, in the design's currency.
    Revenue(f64),
}

/// What may change to reach it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unknown {
    /// Every source's leads per week, scaled together.
    LeadsPerWeek,
    /// The conversion of this stage.
    Conversion(StageId),
    /// The headcount of this stage's first role.
    Headcount(StageId),
}

/// The goal.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    /// What to reach.
    pub target: Target,
    /// By the end of this week (1-based).
    pub by_week: u32,
    /// What may change.
    pub unknown: Unknown,
}

/// What the goal takes.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The design changed just enough.
    pub design: Design,
    /// The unknown's value in it: leads per week in total, a conversion (0–1) or a headcount.
    pub value: f64,
    /// The unknown's value now.
    pub current: f64,
    /// What the changed design reaches (customers or revenue).
    pub reached: f64,
}

/// Why a goal cannot be solved.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum GoalError {
    /// The stage does not exist or has nothing to change.
    #[error("{0}")]
    NotApplicable(String),
    /// Even the most of the unknown falls short.
    #[error("out of reach: even {value:.1} gets only {reached:.1} by week {by_week}")]
    OutOfReach {
        /// The most tried.
        value: f64,
        /// What that reaches.
        reached: f64,
        /// The week.
        by_week: u32,
    },
}

/// Upper limits tried: 50 times today's leads, a conversion of 1, 200 people.
const MOST_LEADS_FACTOR: f64 = 50.0;
const MOST_PEOPLE: f64 = 200.0;

fn with_value(design: &Design, unknown: &Unknown, value: f64) -> Option<Design> {
    let mut changed = design.clone();
    match unknown {
        Unknown::LeadsPerWeek => {
            let total = total_leads(design);
            if total <= 0.0 {
                return None;
            }
            for source in changed.sources.values_mut() {
                source.leads_per_week *= value / total;
            }
        }
        Unknown::Conversion(stage_id) => changed.stages.get_mut(stage_id)?.conversion = value,
        Unknown::Headcount(stage_id) => {
            changed
                .stages
                .get_mut(stage_id)?
                .roles
                .first_mut()?
                .headcount = value;
        }
    }
    Some(changed)
}

fn total_leads(design: &Design) -> f64 {
    design
        .sources
        .values()
        .map(|source| source.leads_per_week)
        .sum()
}

fn current_value(design: &Design, unknown: &Unknown) -> Option<f64> {
    match unknown {
        Unknown::LeadsPerWeek => Some(total_leads(design)).filter(|total| *total > 0.0),
        Unknown::Conversion(stage_id) => design.stages.get(stage_id).map(|stage| stage.conversion),
        Unknown::Headcount(stage_id) => design
            .stages
            .get(stage_id)?
            .roles
            .first()
            .map(|staffing| staffing.headcount),
    }
}

/// Customers or revenue reached by `design` at the goal's week (expected values).
#[must_use]
pub fn reached(design: &Design, goal: &Goal) -> f64 {
    let result = sim::simulate_with(
        design,
        &SimulationSettings {
            horizon_weeks: goal.by_week,
            mode: SimulationMode::Expected,
            ..design.simulation.clone()
        },
    );
    match goal.target {
        Target::Customers(_) => result.summary.customers_at_horizon,
        Target::Revenue(_) => result.summary.revenue,
    }
}

/// The least of the unknown that reaches the goal.
///
/// # Errors
/// When the unknown does not apply to the design, or even the most of it falls short.
pub fn solve(design: &Design, goal: &Goal) -> Result<Answer, GoalError> {
    let wanted = match goal.target {
        Target::Customers(value) | Target::Revenue(value) => value,
    };
    let current = current_value(design, &goal.unknown).ok_or_else(|| {
        GoalError::NotApplicable(match &goal.unknown {
            Unknown::LeadsPerWeek => "the design has no lead sources to scale".to_owned(),
            Unknown::Conversion(stage_id) => format!("there is no stage \"{stage_id}\""),
            Unknown::Headcount(stage_id) => {
                format!("stage \"{stage_id}\" has no role to add people to")
            }
        })
    })?;
    let most = match goal.unknown {
        Unknown::LeadsPerWeek => current * MOST_LEADS_FACTOR,
        Unknown::Conversion(_) => 1.0,
        Unknown::Headcount(_) => MOST_PEOPLE,
    };
    let outcome = |value: f64| {
        with_value(design, &goal.unknown, value).map(|changed| (reached(&changed, goal), changed))
    };
    let not_applicable = || GoalError::NotApplicable("nothing to change".to_owned());
    let (at_most, _) = outcome(most).ok_or_else(not_applicable)?;
    if at_most < wanted {
        return Err(GoalError::OutOfReach {
            value: most,
            reached: at_most,
            by_week: goal.by_week,
        });
    }
    let (mut low, mut high) = (0.0, most);
    for _ in 0..48 {
        let middle = f64::midpoint(low, high);
        let (value, _) = outcome(middle).ok_or_else(not_applicable)?;
        if value >= wanted {
            high = middle;
        } else {
            low = middle;
        }
    }
    let (reached, design) = outcome(high).ok_or_else(not_applicable)?;
    Ok(Answer {
        design,
        value: high,
        current,
        reached,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn silo() -> Design {
        crate::templates::find("sales-silo")
            .and_then(|template| template.design().ok())
            .expect("example")
    }

    #[test]
    fn the_leads_found_win_the_customers_and_a_little_less_does_not() {
        let design = silo();
        let goal = Goal {
            // 197 today; the account executives cap it near 270 however many leads come.
            target: Target::Customers(230.0),
            by_week: 52,
            unknown: Unknown::LeadsPerWeek,
        };
        let answer = solve(&design, &goal).expect("reachable");
        assert!(answer.value > answer.current, "more leads than today's");
        assert!(
            answer.reached >= 230.0 && answer.reached < 230.5,
            "{}",
            answer.reached
        );
        let fewer = with_value(&design, &goal.unknown, answer.value * 0.99).expect("applies");
        assert!(reached(&fewer, &goal) < 230.0);
    }

    #[test]
    fn conversion_and_headcount_goals_are_solved_or_said_to_be_out_of_reach() {
        let design = silo();
        let revenue = Goal {
            target: Target::Revenue(1_700_000.0),
            by_week: 52,
            unknown: Unknown::Conversion(StageId::new("close")),
        };
        let answer = solve(&design, &revenue).expect("reachable");
        assert!(answer.value > 0.4 && answer.value < 1.0, "{}", answer.value);
        assert!(reached(&answer.design, &revenue) >= 1_700_000.0);

        let impossible = Goal {
            target: Target::Customers(1e6),
            by_week: 10,
            unknown: Unknown::Headcount(StageId::new("present")),
        };
        assert!(matches!(
            solve(&design, &impossible),
            Err(GoalError::OutOfReach { .. })
        ));
        let unstaffed = Goal {
            unknown: Unknown::Headcount(StageId::new("customers")),
            ..impossible
        };
        assert!(matches!(
            solve(&design, &unstaffed),
            Err(GoalError::NotApplicable(_))
        ));
    }
}
