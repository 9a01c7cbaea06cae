//! Validation of the plan: each finding names the move (by its name) and what is wrong with
//! it: a figure the design does not have, a date outside the horizon, a ramp longer than the
//! horizon, an end before the start, a figure taken outside its limits at any time.

use super::Design;
use super::calendar;
use super::finding::{Finding, Severity, Subject};
use super::limits::{
    HORIZON_WEEKS, MAX_DAYS, MAX_HEADCOUNT, MAX_LEADS_PER_WEEK, MAX_MONEY, MAX_NAME_CHARS,
    MAX_NOTES_CHARS, MAX_PER_YEAR,
};
use super::plan::{Change, FigureKind, Move};
use super::plan_days::{self, ResolvedMove};
use crate::i18n::{Message, Value};

/// Moves a plan may hold: a busy year's hires, campaigns and price changes many times over,
/// and few enough that reading the figures day by day stays quick.
pub const MAX_MOVES: usize = 1_000;

/// The lowest and highest value `kind` may take.
#[must_use]
pub fn limits(kind: FigureKind) -> (f64, f64) {
    match kind {
        FigureKind::Conversion | FigureKind::ChurnPerYear => (0.0, 1.0),
        FigureKind::DaysInStage => (0.0, MAX_DAYS),
        FigureKind::Headcount => (0.0, MAX_HEADCOUNT),
        FigureKind::LeadsPerWeek => (0.0, MAX_LEADS_PER_WEEK),
        FigureKind::SpendPerWeek | FigureKind::OrderValue => (0.0, MAX_MONEY),
        FigureKind::RepeatPurchases => (0.0, MAX_PER_YEAR),
    }
}

/// The findings on `design`'s plan.
#[must_use]
pub fn check(design: &Design) -> Vec<Finding> {
    let mut findings = Vec::new();
    if design.plan.len() > MAX_MOVES {
        findings.push(error(
            Subject::Design,
            crate::message!(
                "validate-too-many-moves",
                count = Value::Count(design.plan.len() as f64),
                max = Value::Count(MAX_MOVES as f64)
            ),
        ));
        return findings;
    }
    let start = design.simulation.start_date();
    let weeks = design
        .simulation
        .horizon_weeks
        .clamp(*HORIZON_WEEKS.start(), *HORIZON_WEEKS.end());
    let last_day = calendar::last_day(start, weeks as usize);
    let horizon_days = i64::from(weeks) * 7;
    for (index, planned) in design.plan.iter().enumerate() {
        check_move(
            design,
            index,
            planned,
            (start, last_day, horizon_days),
            &mut findings,
        );
    }
    let moves = plan_days::resolve(design, start);
    check_figures_in_limits(design, &moves, &mut findings);
    if let Some(problem) = design
        .plan_of_record
        .as_ref()
        .and_then(super::record::PlanOfRecord::problem)
    {
        findings.push(error(Subject::Design, Message::new(problem)));
    }
    if design.earlier_plans.len() > super::record::MAX_KEPT_PLANS {
        findings.push(error(
            Subject::Design,
            Message::new("validate-too-many-kept-plans"),
        ));
    }
    if let Some(problem) = design
        .earlier_plans
        .iter()
        .find_map(|kept| kept.record.problem())
    {
        findings.push(error(Subject::Design, Message::new(problem)));
    }
    if let Some(problem) = design.targets.problem() {
        findings.push(error(Subject::Design, Message::new(problem)));
    }
    findings
}

fn error(subject: Subject, problem: Message) -> Finding {
    Finding {
        severity: Severity::Error,
        subject,
        problem,
    }
}

fn warning(subject: Subject, problem: Message) -> Finding {
    Finding {
        severity: Severity::Warning,
        subject,
        problem,
    }
}

fn check_move(
    design: &Design,
    index: usize,
    planned: &Move,
    (start, last_day, horizon_days): (calendar::Date, calendar::Date, i64),
    findings: &mut Vec<Finding>,
) {
    let subject = || Subject::Move(index);
    let name = || Value::from(planned.name.as_str());
    if planned.name.chars().count() > MAX_NAME_CHARS
        || planned.notes.chars().count() > MAX_NOTES_CHARS
    {
        findings.push(error(
            subject(),
            crate::message!(
                "validate-move-text-long",
                name = Value::Text(planned.name.chars().take(40).collect()),
                max = Value::Count(MAX_NAME_CHARS as f64),
                notes = Value::Count(MAX_NOTES_CHARS as f64)
            ),
        ));
    }
    let figure = Value::Words(Box::new(Message::new(planned.figure.kind().message_id())));
    if plan_days::base_value(design, &planned.figure).is_none() {
        let of = planned
            .figure
            .stage()
            .map(|stage| design.stage_name(stage).to_owned())
            .or_else(|| planned.figure.source().map(ToString::to_string))
            .unwrap_or_default();
        findings.push(error(
            subject(),
            crate::message!(
                "validate-move-no-figure",
                name = name(),
                figure = figure.clone(),
                of = of
            ),
        ));
    }
    let change = match planned.change {
        Change::To(value) | Change::By(value) | Change::ByShare(value) => value,
    };
    let costs = [planned.one_off_cost, planned.cost_per_month];
    if !change.is_finite()
        || costs
            .iter()
            .any(|cost| !cost.is_finite() || *cost < 0.0 || *cost > MAX_MONEY)
    {
        findings.push(error(
            subject(),
            crate::message!("validate-move-not-a-number", name = name()),
        ));
    }
    let from = plan_days::days_from(start, planned.from);
    if from < 0 || from >= horizon_days {
        findings.push(warning(
            subject(),
            crate::message!(
                "validate-move-outside",
                name = name(),
                date = Value::Date(planned.from),
                start = Value::Date(start),
                end = Value::Date(last_day)
            ),
        ));
    }
    if let Some(until) = planned.until
        && until <= planned.from
    {
        findings.push(error(
            subject(),
            crate::message!(
                "validate-move-ends-before",
                name = name(),
                until = Value::Date(until),
                from = Value::Date(planned.from)
            ),
        ));
    }
    if i64::from(planned.ramp_days) > horizon_days {
        findings.push(warning(
            subject(),
            crate::message!(
                "validate-move-ramp-long",
                name = name(),
                days = Value::Count(f64::from(planned.ramp_days)),
                horizon = Value::Count(horizon_days as f64)
            ),
        ));
    }
}

/// Each figure the plan changes, at every day where its value turns (a move's start, the end
/// of its ramp, its end): between them it moves in a straight line, so these are its extremes.
fn check_figures_in_limits(design: &Design, moves: &[ResolvedMove], findings: &mut Vec<Finding>) {
    for planned in moves {
        let turns = [
            Some(planned.start),
            Some(planned.start + i64::from(planned.ramp_days)),
            planned.end,
        ];
        let (low, high) = limits(planned.figure.kind());
        let worst = turns
            .into_iter()
            .flatten()
            .filter_map(|day| plan_days::value_on(design, moves, &planned.figure, day))
            .find(|value| *value < low - 1e-9 || *value > high + 1e-9);
        if let Some(value) = worst {
            let kind = planned.figure.kind();
            let shown = |figure: f64| {
                if kind.is_share() {
                    Value::Percent(figure * 100.0, 1)
                } else {
                    Value::Short(figure, 2)
                }
            };
            let name = design
                .plan
                .get(planned.index)
                .map_or_else(String::new, |found| found.name.clone());
            findings.push(error(
                Subject::Move(planned.index),
                crate::message!(
                    "validate-move-figure-outside",
                    name = name,
                    figure = Value::Words(Box::new(Message::new(kind.message_id()))),
                    value = shown(value),
                    low = shown(low),
                    high = shown(high)
                ),
            ));
        }
    }
}
