//! Goal seek: what it takes to win a number of customers (or an amount of revenue) by a
//! given week, solved for the leads coming in, one stage's conversion, or one stage's
//! headcount. More of any of these never means fewer customers, so bisection finds the least
//! that reaches the goal.

use crate::design::{Design, SimulationMode, SimulationSettings, StageId};
use crate::i18n::{Language, Message, Value};
use crate::sim;
use std::sync::atomic::{AtomicBool, Ordering};

/// What to reach.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Target {
    /// Active customers at the week.
    Customers(f64),
    /// Revenue earned up to the week, in the design's currency.
    Revenue(f64),
    /// Customers won from the start to the week (the targets' measure).
    Won(f64),
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
    /// The share of Monte Carlo runs (0–1) that must reach the target; none: the expected
    /// values must.
    pub confidence: Option<f64>,
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
    /// What the changed design reaches (customers or revenue): expected values, or the mean
    /// of the Monte Carlo runs when the goal asks for a confidence.
    pub reached: f64,
    /// The share of Monte Carlo runs of the changed design that reach the target, when the
    /// design is simulated in Monte Carlo mode or the goal asks for a confidence.
    pub probability: Option<f64>,
    /// The Monte Carlo runs behind the probability.
    pub runs: u32,
}

/// Why a goal cannot be solved: what was tried and reached, worded where it is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum GoalError {
    /// The stage does not exist or has nothing to change.
    NotApplicable(Message),
    /// Even the most of the unknown falls short.
    OutOfReach {
        /// The most tried, with its unit: "500.0 leads per week in all".
        value: Message,
        /// What that reaches, with its unit: "10.3 customers".
        reached: Value,
        /// The week.
        by_week: u32,
    },
    /// Even the most of the unknown reaches the target in too few Monte Carlo runs.
    TooUncertain {
        /// The most tried, with its unit.
        value: Message,
        /// The share of runs that reach the target with it.
        share: f64,
        /// The week.
        by_week: u32,
    },
    /// The goal changed before the answer was found.
    Stopped,
}

impl GoalError {
    /// Why, in `language`.
    #[must_use]
    pub fn words(&self, language: Language) -> String {
        let message = match self {
            Self::NotApplicable(message) => message.clone(),
            Self::OutOfReach {
                value,
                reached,
                by_week,
            } => crate::message!(
                "goal-out-of-reach",
                value = value,
                reached = reached.clone(),
                week = by_week.to_string()
            ),
            Self::TooUncertain {
                value,
                share,
                by_week,
            } => crate::message!(
                "goal-too-uncertain",
                value = value,
                percent = Value::Percent((share * 100.0).floor(), 0),
                week = by_week.to_string()
            ),
            Self::Stopped => crate::message!("goal-stopped"),
        };
        message.words(language)
    }
}

impl std::fmt::Display for GoalError {
    /// In English: for logs; people read [`GoalError::words`] in their language.
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.words(Language::English))
    }
}

impl std::error::Error for GoalError {}

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

/// What a design reaches by the goal's week.
struct Measure {
    /// Expected values, or the mean of the runs.
    reached: f64,
    /// Monte Carlo: the share of runs that reach the target.
    share: Option<f64>,
    /// The runs simulated.
    runs: u32,
}

impl Measure {
    fn meets(&self, goal: &Goal) -> bool {
        match (goal.confidence, self.share) {
            (Some(confidence), Some(share)) => share >= confidence,
            _ => self.reached >= goal.target.value(),
        }
    }
}

impl Target {
    /// The customers or revenue to reach.
    #[must_use]
    pub fn value(self) -> f64 {
        match self {
            Self::Customers(value) | Self::Revenue(value) | Self::Won(value) => value,
        }
    }
}

fn measure(design: &Design, goal: &Goal, mode: SimulationMode) -> Measure {
    let result = sim::simulate_with(
        design,
        &SimulationSettings {
            horizon_weeks: goal.by_week,
            mode,
            ..design.simulation.clone()
        },
    );
    let of_run = |run: &sim::RunOutcome| match goal.target {
        Target::Customers(_) => run.customers,
        Target::Revenue(_) => run.revenue,
        Target::Won(_) => run.won,
    };
    let runs = result.run_outcomes();
    let share = (!runs.is_empty()).then(|| {
        let reaching = runs
            .iter()
            .filter(|run| of_run(run) >= goal.target.value())
            .count();
        reaching as f64 / runs.len() as f64
    });
    let reached = match goal.target {
        Target::Customers(_) => result.summary.customers_at_horizon,
        Target::Revenue(_) => result.summary.revenue,
        Target::Won(_) => result
            .total_series(
                crate::sim::TotalMetric::NewCustomers,
                crate::sim::Statistic::Mean,
            )
            .iter()
            .sum(),
    };
    Measure {
        reached,
        share,
        runs: result.runs,
    }
}

/// Halvings of the search range: expected values to the last digit that matters; Monte Carlo
/// (a whole simulation each) to a millionth of the range.
const EXPECTED_STEPS: u32 = 48;
const MONTE_CARLO_STEPS: u32 = 20;

/// The least of the unknown that reaches the goal: by expected values, or, when the goal asks
/// for a confidence, in that share of Monte Carlo runs (with the design's runs and seed).
///
/// # Errors
/// When the unknown does not apply to the design, or even the most of it falls short.
pub fn solve(design: &Design, goal: &Goal) -> Result<Answer, GoalError> {
    solve_until(design, goal, &AtomicBool::new(false))
}

/// [`solve`], giving up between steps once `stop` turns true (the editor's user asked
/// something else meanwhile).
///
/// # Errors
/// As [`solve`], and [`GoalError::Stopped`] when stopped.
pub fn solve_until(design: &Design, goal: &Goal, stop: &AtomicBool) -> Result<Answer, GoalError> {
    let current = current_value(design, &goal.unknown).ok_or_else(|| {
        GoalError::NotApplicable(match &goal.unknown {
            Unknown::LeadsPerWeek => crate::message!("goal-no-sources"),
            Unknown::Conversion(stage_id) => {
                crate::message!("goal-no-stage", stage = stage_id.as_str())
            }
            Unknown::Headcount(stage_id) => {
                crate::message!("goal-no-role", stage = stage_id.as_str())
            }
        })
    })?;
    let most = match goal.unknown {
        Unknown::LeadsPerWeek => current * MOST_LEADS_FACTOR,
        Unknown::Conversion(_) => 1.0,
        Unknown::Headcount(_) => MOST_PEOPLE,
    };
    let (search_mode, steps) = if goal.confidence.is_some() {
        (SimulationMode::MonteCarlo, MONTE_CARLO_STEPS)
    } else {
        (SimulationMode::Expected, EXPECTED_STEPS)
    };
    let outcome = |value: f64| {
        if stop.load(Ordering::Relaxed) {
            return Err(GoalError::Stopped);
        }
        let changed = with_value(design, &goal.unknown, value)
            .ok_or_else(|| GoalError::NotApplicable(crate::message!("goal-nothing-to-change")))?;
        Ok((measure(&changed, goal, search_mode), changed))
    };
    let at_most = outcome(most)?;
    if !at_most.0.meets(goal) {
        return Err(match (goal.confidence, at_most.0.share) {
            (Some(_), Some(share)) => GoalError::TooUncertain {
                value: value_with_unit(&goal.unknown, most),
                share,
                by_week: goal.by_week,
            },
            _ => GoalError::OutOfReach {
                value: value_with_unit(&goal.unknown, most),
                reached: match goal.target {
                    Target::Customers(_) => Value::from(crate::message!(
                        "goal-customers-value",
                        customers = Value::Number(at_most.0.reached, 1)
                    )),
                    Target::Revenue(_) => {
                        Value::Money(at_most.0.reached, design.presentation.currency.clone())
                    }
                    Target::Won(_) => Value::from(crate::message!(
                        "goal-won-value",
                        customers = Value::Number(at_most.0.reached, 1)
                    )),
                },
                by_week: goal.by_week,
            },
        });
    }
    // The least value known to reach the goal, with what it reaches.
    let (mut low, mut high, mut reaching) = (0.0, most, at_most);
    for _ in 0..steps {
        let middle = f64::midpoint(low, high);
        let tried = outcome(middle)?;
        if tried.0.meets(goal) {
            high = middle;
            reaching = tried;
        } else {
            low = middle;
        }
    }
    // The answer as it is shown, rounded up to the digits shown: applying what the leader reads
    // must reach the goal (139.66 shown as 139.7 reached it; 139.7 applied must too).
    let shown = shown_precision(&goal.unknown);
    let rounded = ((high / shown).ceil() * shown).min(most);
    let (measured, changed) = if rounded > high {
        let tried = outcome(rounded)?;
        if tried.0.meets(goal) { tried } else { reaching }
    } else {
        reaching
    };
    let high = if measured.meets(goal) && rounded > high {
        rounded
    } else {
        high
    };
    let reached = measured.reached;
    // A design simulated in Monte Carlo mode is also told how likely the answer is.
    let by_runs = match (measured.share, design.simulation.mode) {
        (None, SimulationMode::MonteCarlo) => measure(&changed, goal, SimulationMode::MonteCarlo),
        _ => measured,
    };
    Ok(Answer {
        design: changed,
        value: high,
        current,
        reached,
        probability: by_runs.share,
        runs: by_runs.runs,
    })
}

/// The step of the unknown as answers show it: a tenth of a lead a week, a tenth of a
/// percentage point, a hundredth of a person.
fn shown_precision(unknown: &Unknown) -> f64 {
    match unknown {
        Unknown::LeadsPerWeek => 0.1,
        Unknown::Conversion(_) => 0.001,
        Unknown::Headcount(_) => 0.01,
    }
}

/// A value of the unknown as a person reads it: "500.0 leads per week in all", "100.0 %
/// conversion", "20 people" (a hundredth of a person only when there is one: "2.35 people").
fn value_with_unit(unknown: &Unknown, value: f64) -> Message {
    match unknown {
        Unknown::LeadsPerWeek => {
            crate::message!("goal-leads-value", leads = Value::Number(value, 1))
        }
        Unknown::Conversion(_) => crate::message!(
            "goal-conversion-value",
            conversion = Value::Percent(value * 100.0, 1)
        ),
        Unknown::Headcount(_) => {
            crate::message!("goal-people-value", people = Value::Short(value, 2))
        }
    }
}

/// The answer in a sentence or two: "To have 230 customers by week 52 (26 Nov 2027): 34.2
/// leads per week in all (today 25.0). 62 % of 200 Monte Carlo runs reach it."
#[must_use]
pub fn describe(
    design: &Design,
    goal: &Goal,
    answer: &Answer,
    language: crate::i18n::Language,
) -> String {
    use crate::i18n::format::{number_in, percent_in};
    let wanted = match goal.target {
        Target::Customers(value) => crate::tr_in!(
            language,
            "goal-customers-value",
            customers = crate::i18n::format::count_in(language, value)
        ),
        Target::Revenue(value) => {
            crate::i18n::format::money_in(language, value, &design.presentation.currency)
        }
        Target::Won(value) => crate::tr_in!(
            language,
            "goal-won-value",
            customers = crate::i18n::format::count_in(language, value)
        ),
    };
    let what = match &goal.unknown {
        Unknown::LeadsPerWeek => crate::tr_in!(
            language,
            "goal-answer-leads",
            leads = number_in(language, answer.value, 1),
            today = number_in(language, answer.current, 1)
        ),
        Unknown::Conversion(stage_id) => crate::tr_in!(
            language,
            "goal-answer-conversion",
            conversion = percent_in(language, answer.value * 100.0, 1),
            stage = design.stage_name(stage_id),
            today = percent_in(language, answer.current * 100.0, 1)
        ),
        Unknown::Headcount(stage_id) => crate::tr_in!(
            language,
            "goal-answer-people",
            people = crate::i18n::format::number_short_in(language, answer.value, 2),
            stage = design.stage_name(stage_id),
            today = crate::i18n::format::number_short_in(language, answer.current, 2)
        ),
    };
    let by =
        crate::design::calendar::last_day(design.simulation.start_date(), goal.by_week as usize);
    let mut text = crate::tr_in!(
        language,
        "goal-answer",
        wanted = wanted,
        week = goal.by_week.to_string(),
        date = crate::i18n::format::date_long_in(language, by),
        what = what
    );
    if let Some(probability) = answer.probability {
        text.push_str(&crate::tr_in!(
            language,
            "goal-answer-share",
            percent = percent_in(language, probability * 100.0, 0),
            runs = crate::i18n::format::count_in(language, f64::from(answer.runs))
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn silo() -> Design {
        crate::templates::example("sales-silo")
    }

    /// Customers or revenue reached by `design` at the goal's week (expected values).
    fn reached(design: &Design, goal: &Goal) -> f64 {
        measure(design, goal, SimulationMode::Expected).reached
    }

    /// So many customers by week 52, solved for the leads per week.
    fn leads_for_customers(customers: f64) -> Goal {
        Goal {
            target: Target::Customers(customers),
            by_week: 52,
            unknown: Unknown::LeadsPerWeek,
            confidence: None,
        }
    }

    #[test]
    fn the_leads_found_win_the_customers_and_a_little_less_does_not() {
        let design = silo();
        // 216 today; the account executives cap it near 270 however many leads come.
        let goal = leads_for_customers(250.0);
        let answer = solve(&design, &goal).expect("reachable");
        assert!(answer.value > answer.current, "more leads than today's");
        assert!(
            answer.reached >= 250.0 && answer.reached < 250.5,
            "{}",
            answer.reached
        );
        let fewer = with_value(&design, &goal.unknown, answer.value * 0.99).expect("applies");
        assert!(reached(&fewer, &goal) < 250.0);
        // The answer is what the leader reads, and applying what they read reaches the goal.
        let shown: f64 = format!("{:.1}", answer.value).parse().expect("a number");
        assert!((shown - answer.value).abs() < 1e-9, "{}", answer.value);
        let applied = with_value(&design, &goal.unknown, shown).expect("applies");
        assert!(reached(&applied, &goal) >= 250.0);
    }

    #[test]
    fn conversion_and_headcount_goals_are_solved_or_said_to_be_out_of_reach() {
        let design = silo();
        let revenue = Goal {
            target: Target::Revenue(1_900_000.0),
            by_week: 52,
            unknown: Unknown::Conversion(StageId::new("close")),
            confidence: None,
        };
        let answer = solve(&design, &revenue).expect("reachable");
        assert!(answer.value > 0.4 && answer.value < 1.0, "{}", answer.value);
        assert!(reached(&answer.design, &revenue) >= 1_900_000.0);

        let impossible = Goal {
            target: Target::Customers(1e6),
            by_week: 10,
            unknown: Unknown::Headcount(StageId::new("present")),
            confidence: None,
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

    fn in_monte_carlo(mut design: Design) -> Design {
        design.simulation.mode = SimulationMode::MonteCarlo;
        design.simulation.runs = 200;
        design
    }

    fn share_reaching(design: &Design, goal: &Goal) -> f64 {
        measure(design, goal, SimulationMode::MonteCarlo)
            .share
            .expect("Monte Carlo runs")
    }

    #[test]
    fn in_monte_carlo_the_answer_says_how_likely_it_is_and_a_confidence_asks_for_more() {
        let design = in_monte_carlo(silo());
        let goal = leads_for_customers(230.0);
        let expected = solve(&design, &goal).expect("reachable");
        let likely = expected.probability.expect("told in Monte Carlo mode");
        // Just enough on average reaches the goal in about half the runs.
        assert!((0.2..=0.8).contains(&likely), "{likely}");
        assert!((share_reaching(&expected.design, &goal) - likely).abs() < 1e-12);

        let sure = Goal {
            confidence: Some(0.9),
            ..goal.clone()
        };
        let answer = solve(&design, &sure).expect("reachable");
        assert!(answer.value > expected.value, "surer takes more leads");
        let probability = answer.probability.expect("judged by runs");
        assert!(probability >= 0.9, "{probability}");
        assert!((share_reaching(&answer.design, &sure) - probability).abs() < 1e-12);
        let fewer = with_value(&design, &goal.unknown, answer.value * 0.97).expect("applies");
        assert!(share_reaching(&fewer, &sure) < 0.9);

        let text = describe(&design, &sure, &answer, crate::i18n::current());
        assert!(text.contains("of 200 Monte Carlo runs reach it"), "{text}");
    }

    #[test]
    fn expected_values_tell_no_probability_and_a_sure_thing_can_be_out_of_reach() {
        let design = silo();
        let goal = leads_for_customers(230.0);
        assert_eq!(solve(&design, &goal).expect("reachable").probability, None);
        // The account executives cap the customers near 270 whatever the leads.
        let certain = Goal {
            target: Target::Customers(272.0),
            confidence: Some(0.99),
            ..goal
        };
        let refused = solve(&design, &certain);
        assert!(
            matches!(refused, Err(GoalError::TooUncertain { share, .. }) if share < 0.99),
            "{refused:?}"
        );
    }
}
