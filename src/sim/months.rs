//! The year month by month: a simulation's weeks gathered into calendar months, with the costs
//! split by what they pay for and each role's headcount, as a leader reads a plan.
//!
//! The engine keeps weekly figures; a week that spans two months gives each the share of its
//! flows that its days fall in (the flows of a week are taken as even over its days). Stocks
//! at a month's end (customers, and the band of the cumulative profit) are read between the
//! ends of the weeks around it, as the same evenness has them. Costs
//! are worked out day by day from the design and its plan (they do not depend on chance), so
//! each month has exactly its days' costs.

use super::compile::Compiled;
use super::daily_figures::{DAYS_PER_YEAR, non_negative, tools_per_month};
use super::schedule::Scheduled;
use super::{SimResult, StageMetric, Statistic, TotalMetric};
use crate::design::calendar::{self, Date};
use crate::design::plan::Figure;
use crate::design::plan_days::{self, ResolvedMove};
use crate::design::{Design, RoleId, StageId};

/// One calendar month of the simulation.
#[derive(Clone, Debug, PartialEq)]
pub struct Month {
    /// Its first simulated day (the start date, in the first month).
    pub first_day: Date,
    /// Days of it simulated.
    pub days: usize,
    /// New leads (sources and referrals).
    pub leads_in: f64,
    /// Deals entering each working stage, in [`MonthTable::stages`] order.
    pub entering: Vec<f64>,
    pub new_customers: f64,
    /// Customers at its end, with the 10–90 % band in Monte Carlo.
    pub active_customers: Banded,
    pub revenue_new_customers: f64,
    pub revenue_existing_customers: f64,
    pub cost: Costs,
    /// Revenue less cost.
    pub profit: f64,
    /// Profit since the start, with the 10–90 % band in Monte Carlo.
    pub cumulative_profit: Banded,
    /// People of each role on the payroll at its end, in [`MonthTable::roles`] order.
    pub headcount: Vec<f64>,
}

/// A figure and, in Monte Carlo, its 10 and 90 % points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Banded {
    pub value: f64,
    pub band: Option<(f64, f64)>,
}

/// A month's costs by what they pay for.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Costs {
    pub people: f64,
    pub tools: f64,
    pub sources: f64,
    /// The moves' own costs, one-off and monthly.
    pub moves: f64,
}

impl Costs {
    /// All of it.
    #[must_use]
    pub fn total(&self) -> f64 {
        self.people + self.tools + self.sources + self.moves
    }
}

/// The months of a simulation.
#[derive(Clone, Debug, PartialEq)]
pub struct MonthTable {
    /// The working stages whose entering deals are counted, in the design's order.
    pub stages: Vec<(StageId, String)>,
    /// The roles staffed anywhere in the year, in the catalogue's order.
    pub roles: Vec<(RoleId, crate::design::Role)>,
    pub months: Vec<Month>,
}

/// `result`, a simulation of `design`, month by month.
#[must_use]
pub fn month_table(design: &Design, result: &SimResult) -> MonthTable {
    let days = result.weeks * 7;
    let start = result.start_date;
    let stages: Vec<(StageId, String)> = crate::design::edit::flow_order(design)
        .into_iter()
        .filter_map(|id| {
            let stage = design.stages.get(&id)?;
            stage
                .kind
                .is_working_stage()
                .then(|| (id.clone(), stage.name.clone()))
        })
        .collect();
    let stage_indexes: Vec<Option<usize>> = stages
        .iter()
        .map(|(id, _)| result.stage_index(id))
        .collect();
    let moves = plan_days::resolve(design, start);
    let staffing = staffing_figures(design);
    let roles: Vec<(RoleId, crate::design::Role)> = design
        .roles
        .iter()
        .filter(|(role, _)| staffing.iter().any(|(staffed, _)| staffed == *role))
        .map(|(id, role)| (id.clone(), role.clone()))
        .collect();
    let costs = daily_costs(design, &moves, start, days);
    let month_of_day = calendar::month_of_each_day(start, days);
    let mut months: Vec<Month> = Vec::new();
    for day in 0..days {
        let new_month = day == 0 || month_of_day.get(day) != month_of_day.get(day - 1);
        if new_month {
            months.push(empty_month(
                calendar::day_after(start, day),
                stages.len(),
                roles.len(),
            ));
        }
        let Some(month) = months.last_mut() else {
            continue;
        };
        let week = day / 7;
        let share = |metric| result.total_value(week, metric, Statistic::Mean) / 7.0;
        month.days += 1;
        month.leads_in += share(TotalMetric::LeadsEntered);
        month.new_customers += share(TotalMetric::NewCustomers);
        month.revenue_new_customers += share(TotalMetric::RevenueNewCustomers);
        month.revenue_existing_customers += share(TotalMetric::RevenueExistingCustomers);
        for (entering, index) in month.entering.iter_mut().zip(&stage_indexes) {
            if let Some(index) = index {
                *entering +=
                    result.stage_value(week, *index, StageMetric::Entered, Statistic::Mean) / 7.0;
            }
        }
        if let Some(cost) = costs.get(day) {
            month.cost.people += cost.people;
            month.cost.tools += cost.tools;
            month.cost.sources += cost.sources;
            month.cost.moves += cost.moves;
        }
        let month_ends = day + 1 == days || month_of_day.get(day + 1) != month_of_day.get(day);
        if month_ends {
            let at_end = |metric| Banded {
                value: at_day_end(result, day, metric, Statistic::Mean),
                band: result.has_bands().then(|| {
                    (
                        at_day_end(result, day, metric, Statistic::P10),
                        at_day_end(result, day, metric, Statistic::P90),
                    )
                }),
            };
            month.active_customers = at_end(TotalMetric::ActiveCustomers);
            month.cumulative_profit = at_end(TotalMetric::CumulativeProfit);
            for ((role, _), headcount) in roles.iter().zip(&mut month.headcount) {
                *headcount = staffing
                    .iter()
                    .filter(|(staffed, _)| staffed == role)
                    .filter_map(|(_, figure)| {
                        plan_days::paid_value_on(design, &moves, figure, plan_day(day))
                    })
                    .sum();
            }
        }
    }
    let mut cumulative = 0.0;
    for month in &mut months {
        month.profit =
            month.revenue_new_customers + month.revenue_existing_customers - month.cost.total();
        // The months' own profits add up to it; the band is read between the weeks.
        cumulative += month.profit;
        month.cumulative_profit.value = cumulative;
    }
    MonthTable {
        stages,
        roles,
        months,
    }
}

/// A stock at the end of day `day`, read between the ends of the weeks around it (the start
/// of the run counts as the end of a week with nothing before it).
fn at_day_end(result: &SimResult, day: usize, metric: TotalMetric, statistic: Statistic) -> f64 {
    let week = day / 7;
    let later = result.total_value(week, metric, statistic);
    let days_into_week = (day % 7 + 1) as f64;
    if days_into_week >= 7.0 {
        return later;
    }
    let earlier = match week.checked_sub(1) {
        Some(before) => result.total_value(before, metric, statistic),
        // Before the first week: the stock on the start date, which only customers have.
        None if metric == TotalMetric::ActiveCustomers => {
            result.total_value(0, metric, statistic)
                - result.total_value(0, TotalMetric::NewCustomers, statistic)
        }
        None => 0.0,
    };
    earlier + (later - earlier) * days_into_week / 7.0
}

/// A simulated day as the plan counts it.
fn plan_day(day: usize) -> i64 {
    i64::try_from(day).unwrap_or(i64::MAX)
}

fn empty_month(first_day: Date, stages: usize, roles: usize) -> Month {
    let nothing = Banded {
        value: 0.0,
        band: None,
    };
    Month {
        first_day,
        days: 0,
        leads_in: 0.0,
        entering: vec![0.0; stages],
        new_customers: 0.0,
        active_customers: nothing,
        revenue_new_customers: 0.0,
        revenue_existing_customers: 0.0,
        cost: Costs::default(),
        profit: 0.0,
        cumulative_profit: nothing,
        headcount: vec![0.0; roles],
    }
}

/// Every staffing of the design (a role on a stage) as the figure a move would change.
fn staffing_figures(design: &Design) -> Vec<(RoleId, Figure)> {
    design
        .stages
        .iter()
        .flat_map(|(stage_id, stage)| {
            stage.roles.iter().map(move |staffing| {
                (
                    staffing.role.clone(),
                    Figure::Headcount {
                        stage: stage_id.clone(),
                        role: staffing.role.clone(),
                    },
                )
            })
        })
        .collect()
}

/// Each simulated day's costs, split: people as paid (a hire in full from the first day),
/// tools, sources (spend as it grows, as the engine pays it) and the moves' own costs.
fn daily_costs(design: &Design, moves: &[ResolvedMove], start: Date, days: usize) -> Vec<Costs> {
    let weeks = u32::try_from(days / 7).unwrap_or(u32::MAX);
    let model = Compiled::new(
        design,
        weeks,
        start,
        super::daily_figures::Draws::ValuesOnly,
    );
    let mut sources: Vec<(f64, f64)> = model
        .sources
        .iter()
        .map(|source| (source.cost_per_day, 1.0))
        .collect();
    let per_day = |per_month: f64| per_month * 12.0 / DAYS_PER_YEAR;
    let tools = per_day(tools_per_month(design));
    let staffing = staffing_figures(design);
    let mut next = 0;
    let mut costs = Vec::with_capacity(days);
    for day in 0..days {
        let mut cost = Costs {
            tools,
            ..Costs::default()
        };
        while let Some(dated) = model.schedule.get(next).filter(|dated| dated.day == day) {
            match &dated.change {
                Scheduled::Source {
                    index,
                    cost_per_day,
                    ..
                } => {
                    if let Some(source) = sources.get_mut(*index) {
                        source.0 = *cost_per_day;
                    }
                }
                Scheduled::OneOffCost(one_off) => cost.moves += one_off,
                Scheduled::Stage { .. } | Scheduled::FixedCost(_) => {}
            }
            next += 1;
        }
        let plan_day = plan_day(day);
        for ((cost_per_day, factor), compiled) in sources.iter_mut().zip(&model.sources) {
            cost.sources += *cost_per_day * *factor;
            *factor *= compiled.daily_growth;
        }
        cost.people = staffing
            .iter()
            .map(|(role, figure)| {
                let headcount =
                    plan_days::paid_value_on(design, moves, figure, plan_day).unwrap_or(0.0);
                let monthly = design.roles.get(role).map_or(0.0, |role| role.monthly_cost);
                per_day(non_negative(headcount) * non_negative(monthly))
            })
            .sum();
        cost.moves += moves
            .iter()
            .filter(|planned| planned.is_running(plan_day))
            .map(|planned| per_day(non_negative(planned.cost_per_month)))
            .sum::<f64>();
        costs.push(cost);
    }
    costs
}

/// `table` as the plan of record frozen on `frozen_on`.
#[must_use]
pub fn plan_of_record(
    table: &MonthTable,
    start_date: Date,
    frozen_on: Date,
) -> crate::design::record::PlanOfRecord {
    crate::design::record::PlanOfRecord {
        frozen_on,
        start_date,
        months: table
            .months
            .iter()
            .map(|month| crate::design::record::RecordedMonth {
                first_day: month.first_day,
                new_customers: month.new_customers,
                active_customers: month.active_customers.value,
                active_customers_band: month.active_customers.band,
                revenue: month.revenue_new_customers + month.revenue_existing_customers,
                cumulative_profit: month.cumulative_profit.value,
                cumulative_profit_band: month.cumulative_profit.band,
            })
            .collect(),
    }
}

/// What a month won and earned: the figures targets are set for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MonthTotals {
    pub first_day: Date,
    /// Days of it simulated.
    pub days: usize,
    pub new_customers: f64,
    pub revenue: f64,
}

/// New customers and revenue per calendar month of `result`, a week shared over its days as
/// in [`month_table`]: the headline's count of months short of target, without the whole
/// table (it is drawn every frame).
#[must_use]
pub fn month_totals(result: &SimResult) -> Vec<MonthTotals> {
    let days = result.weeks * 7;
    let month_of_day = calendar::month_of_each_day(result.start_date, days);
    let mut months: Vec<MonthTotals> = Vec::new();
    for day in 0..days {
        if day == 0 || month_of_day.get(day) != month_of_day.get(day - 1) {
            months.push(MonthTotals {
                first_day: calendar::day_after(result.start_date, day),
                days: 0,
                new_customers: 0.0,
                revenue: 0.0,
            });
        }
        let Some(month) = months.last_mut() else {
            continue;
        };
        let share = |metric| result.total_value(day / 7, metric, Statistic::Mean) / 7.0;
        month.days += 1;
        month.new_customers += share(TotalMetric::NewCustomers);
        month.revenue +=
            share(TotalMetric::RevenueNewCustomers) + share(TotalMetric::RevenueExistingCustomers);
    }
    months
}

/// How `months` stand against `targets`: how many of those with a target the plan falls short
/// of (in new customers or in revenue), and how many have one.
#[must_use]
pub fn short_of_target(
    months: &[MonthTotals],
    targets: &crate::design::targets::Targets,
) -> (usize, usize) {
    use crate::design::targets::TargetFigure;
    let mut with_target = 0;
    let mut short = 0;
    for month in months {
        let held: Vec<bool> = [
            (TargetFigure::NewCustomers, month.new_customers),
            (TargetFigure::Revenue, month.revenue),
        ]
        .into_iter()
        .filter_map(|(figure, planned)| {
            targets.falls_short(figure, month.first_day, month.days, planned)
        })
        .collect();
        if !held.is_empty() {
            with_target += 1;
            short += usize::from(held.iter().any(|falls_short| *falls_short));
        }
    }
    (short, with_target)
}

#[cfg(test)]
mod totals_tests {
    use super::{month_table, month_totals};

    #[test]
    fn the_headlines_month_totals_are_the_tables() {
        let design = crate::design::synthetic_design(12);
        let result = crate::sim::simulate(&design);
        let table = month_table(&design, &result);
        let totals = month_totals(&result);
        assert_eq!(totals.len(), table.months.len());
        for (total, month) in totals.iter().zip(&table.months) {
            assert_eq!((total.first_day, total.days), (month.first_day, month.days));
            assert!((total.new_customers - month.new_customers).abs() < 1e-9);
            let revenue = month.revenue_new_customers + month.revenue_existing_customers;
            assert!((total.revenue - revenue).abs() < 1e-6 * revenue.max(1.0));
        }
    }
}
