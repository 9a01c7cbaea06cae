//! The plan compiled for the day loop: the days on which a move changes what the engine reads,
//! each with the stage, source or daily cost as it stands from that day. The day rule is in
//! docs/simulation.md §15; the figures come from `design::plan_days`, so the engine, the
//! month-by-month table and validation read the same figure on the same day.

use super::daily_figures::{
    CompiledStage, DAYS_PER_YEAR, capacity_per_day, compile_behaviour, fixed_cost_per_month,
    non_negative,
};
use crate::design::Design;
use crate::design::plan::Figure;
use crate::design::plan_days::{self, ResolvedMove};
use std::collections::BTreeSet;

/// What changes on a day.
#[derive(Clone, Debug)]
pub(super) enum Scheduled {
    /// The stage's figures from this day (conversion, days, capacity, customers' figures).
    Stage { index: usize, stage: CompiledStage },
    /// The source's volume and spend from this day, before growth and season.
    Source {
        index: usize,
        leads_per_day: f64,
        cost_per_day: f64,
    },
    /// The cost of people, tools and running moves per day, from this day.
    FixedCost(f64),
    /// A one-off cost paid on this day.
    OneOffCost(f64),
}

/// A change and the day (0-based) it takes effect, before that day's flows.
#[derive(Clone, Debug)]
pub(super) struct Dated {
    pub day: usize,
    pub change: Scheduled,
}

/// The cost per day of people (as paid: a hire in full from the first day), tools and the
/// running moves' own monthly costs, on `day`.
pub(super) fn fixed_cost_per_day(design: &Design, moves: &[ResolvedMove], day: i64) -> f64 {
    let mut paid = design.clone();
    for planned in moves {
        if let Figure::Headcount { .. } = planned.figure
            && let Some(value) = plan_days::paid_value_on(design, moves, &planned.figure, day)
        {
            plan_days::set_value(&mut paid, &planned.figure, value);
        }
    }
    let moves_per_month: f64 = moves
        .iter()
        .filter(|planned| planned.is_running(day))
        .map(|planned| non_negative(planned.cost_per_month))
        .sum();
    (fixed_cost_per_month(&paid) + moves_per_month) * 12.0 / DAYS_PER_YEAR
}

/// The dated changes of a simulation of `days` days whose day 0 was compiled from
/// `on_first_day` (the design as it stands on day 0) into `stages`; in day order.
pub(super) fn build(
    design: &Design,
    moves: &[ResolvedMove],
    on_first_day: Design,
    stages: &[CompiledStage],
    stage_index: &impl Fn(&crate::design::StageId) -> usize,
    days: usize,
    draws: super::daily_figures::Draws,
) -> Vec<Dated> {
    let within = |day: i64| usize::try_from(day).ok().filter(|&day| day < days);
    let (costs_changing, mut schedule) = costs_of_moves(moves, &within);
    // Each figure the plan changes once, with where it sits and the moves on it; then the days
    // it turns on, in order. A ramp-up turns a figure every day, so this loop is the one to
    // keep lean: no lookups by name in it but the design's own.
    let figures = changed_figures(design, moves, stage_index);
    let mut turns: Vec<(usize, usize)> = Vec::new();
    for (position, changed) in figures.iter().enumerate() {
        for &index in &changed.moves {
            turns.extend(
                moves[index]
                    .days_of_change(1..i64::try_from(days).unwrap_or(i64::MAX))
                    .filter_map(within)
                    .map(|day| (day, position)),
            );
        }
    }
    turns.sort_unstable();
    turns.dedup();
    let mut on_day = on_first_day;
    let mut day_turns = turns.iter().peekable();
    while let Some(&&(day, _)) = day_turns.peek() {
        let mut stages_changed: Vec<usize> = Vec::new();
        let mut sources_changed: Vec<usize> = Vec::new();
        while let Some(&(_, position)) = day_turns.next_if(|(turn_day, _)| *turn_day == day) {
            let changed = &figures[position];
            let plan_day = i64::try_from(day).unwrap_or(i64::MAX);
            let value = changed.base
                + changed
                    .moves
                    .iter()
                    .map(|&index| moves[index].share_on(plan_day) * moves[index].amount)
                    .sum::<f64>();
            plan_days::set_value(&mut on_day, changed.figure, value);
            match changed.place {
                Place::Stage(index) if !stages_changed.contains(&index) => {
                    stages_changed.push(index);
                }
                Place::Source(index) if !sources_changed.contains(&index) => {
                    sources_changed.push(index);
                }
                _ => {}
            }
        }
        for index in stages_changed {
            let (Some(compiled), Some(stage)) = (
                stages.get(index),
                figures
                    .iter()
                    .find(|changed| changed.place == Place::Stage(index))
                    .and_then(|changed| changed.figure.stage())
                    .and_then(|stage_id| on_day.stages.get(stage_id)),
            ) else {
                continue;
            };
            let capacity = capacity_per_day(&on_day, stage);
            schedule.push(Dated {
                day,
                change: Scheduled::Stage {
                    index,
                    stage: CompiledStage {
                        behaviour: compile_behaviour(stage, stage_index, &mut Vec::new(), draws),
                        capacity_per_day: capacity,
                        credit_limit: libm::ceil(capacity).max(1.0),
                        ..compiled.clone()
                    },
                },
            });
        }
        for index in sources_changed {
            if let Some(source) = on_day.sources.values().nth(index) {
                schedule.push(Dated {
                    day,
                    change: Scheduled::Source {
                        index,
                        leads_per_day: non_negative(source.leads_per_week) / 7.0,
                        cost_per_day: non_negative(source.cost_per_week) / 7.0,
                    },
                });
            }
        }
    }
    for plan_day in costs_changing {
        if let Some(day) = within(plan_day) {
            schedule.push(Dated {
                day,
                change: Scheduled::FixedCost(fixed_cost_per_day(design, moves, plan_day)),
            });
        }
    }
    schedule.sort_by_key(|dated| dated.day);
    schedule
}

/// The days (within the horizon, after the first) on which the daily cost changes, and the
/// one-off costs on the days they are paid.
fn costs_of_moves(
    moves: &[ResolvedMove],
    within: &impl Fn(i64) -> Option<usize>,
) -> (BTreeSet<i64>, Vec<Dated>) {
    let mut costs_changing: BTreeSet<i64> = BTreeSet::new();
    let mut one_offs = Vec::new();
    for planned in moves {
        let paid_from_start =
            matches!(planned.figure, Figure::Headcount { .. }) || planned.cost_per_month != 0.0;
        if paid_from_start {
            costs_changing.extend(
                std::iter::once(planned.start)
                    .chain(planned.end)
                    .filter(|&day| day > 0 && within(day).is_some()),
            );
        }
        if let Some(day) = within(planned.start)
            && planned.one_off_cost > 0.0
        {
            one_offs.push(Dated {
                day,
                change: Scheduled::OneOffCost(planned.one_off_cost),
            });
        }
    }
    (costs_changing, one_offs)
}

/// Where a changed figure sits in the compiled model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Stage(usize),
    Source(usize),
    Nowhere,
}

/// A figure the plan changes: its value before any move, where it sits, and the moves on it.
struct ChangedFigure<'a> {
    figure: &'a Figure,
    base: f64,
    place: Place,
    moves: Vec<usize>,
}

/// Each figure the moves change, once; figures the design does not have are left out.
fn changed_figures<'a>(
    design: &Design,
    moves: &'a [ResolvedMove],
    stage_index: &impl Fn(&crate::design::StageId) -> usize,
) -> Vec<ChangedFigure<'a>> {
    let mut figures: Vec<ChangedFigure<'a>> = Vec::new();
    for (index, planned) in moves.iter().enumerate() {
        if let Some(known) = figures
            .iter_mut()
            .find(|known| known.figure == &planned.figure)
        {
            known.moves.push(index);
            continue;
        }
        let Some(base) = plan_days::base_value(design, &planned.figure) else {
            continue;
        };
        let place = if let Some(stage) = planned.figure.stage() {
            Place::Stage(stage_index(stage))
        } else if let Some(source) = planned.figure.source() {
            design
                .sources
                .keys()
                .position(|id| id == source)
                .map_or(Place::Nowhere, Place::Source)
        } else {
            Place::Nowhere
        };
        figures.push(ChangedFigure {
            figure: &planned.figure,
            base,
            place,
            moves: vec![index],
        });
    }
    figures
}
