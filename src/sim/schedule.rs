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
use std::collections::{BTreeMap, BTreeSet};

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

/// The dated changes of a simulation of `days` days whose day 0 was compiled from the design
/// as it stands on day 0 into `stages`; in day order.
pub(super) fn build(
    design: &Design,
    moves: &[ResolvedMove],
    stages: &[CompiledStage],
    stage_index: &impl Fn(&crate::design::StageId) -> usize,
    days: usize,
    draws: super::daily_figures::Draws,
) -> Vec<Dated> {
    let within = |day: i64| usize::try_from(day).ok().filter(|&day| day < days);
    // Keyed by the day as the plan counts it, and only days within the horizon.
    let mut figures_changing: BTreeMap<i64, BTreeSet<&Figure>> = BTreeMap::new();
    let mut costs_changing: BTreeSet<i64> = BTreeSet::new();
    let mut schedule = Vec::new();
    for planned in moves {
        for day in planned.days_of_change() {
            if day > 0 && within(day).is_some() {
                figures_changing
                    .entry(day)
                    .or_default()
                    .insert(&planned.figure);
            }
        }
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
            schedule.push(Dated {
                day,
                change: Scheduled::OneOffCost(planned.one_off_cost),
            });
        }
    }
    let source_index =
        |source: &crate::design::SourceId| design.sources.keys().position(|id| id == source);
    let mut on_day = plan_days::design_on(design, moves, 0);
    for (&plan_day, figures) in &figures_changing {
        let Some(day) = within(plan_day) else {
            continue;
        };
        let mut stages_changed = BTreeSet::new();
        let mut sources_changed = BTreeSet::new();
        for &figure in figures {
            if let Some(value) = plan_days::value_on(design, moves, figure, plan_day) {
                plan_days::set_value(&mut on_day, figure, value);
            }
            stages_changed.extend(figure.stage().cloned());
            sources_changed.extend(figure.source().and_then(source_index));
        }
        for stage_id in stages_changed {
            let (Some(stage), index) = (on_day.stages.get(&stage_id), stage_index(&stage_id))
            else {
                continue;
            };
            let Some(compiled) = stages.get(index) else {
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
