//! What a stage and a source do each day, as the engine reads them: their kinds compiled
//! into daily probabilities and capacities. Shared by the compiler (day 0) and the plan's
//! schedule (the days a move changes a figure).

use super::draws::Probability;
use crate::design::{Design, DropOuts, Stage, StageId, StageKind};

/// What the compiled probabilities are for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Draws {
    /// Monte Carlo draws from them: each carries its table of counts.
    Counted,
    /// Expected values only read them.
    ValuesOnly,
}

impl Draws {
    /// `value` prepared for these draws.
    pub(super) fn probability(self, value: f64) -> Probability {
        match self {
            Self::Counted => Probability::new(value),
            Self::ValuesOnly => Probability::for_expected_values(value),
        }
    }
}

/// Sentinel stage index: the leads leave the process (lost).
pub(super) const LOST: usize = usize::MAX;

/// What a stage does each day, with its daily parameters.
#[derive(Clone, Debug)]
pub(super) enum Behaviour {
    /// Leads finish, wait for capacity, convert onward or drop out.
    Working {
        finish_probability: Probability,
        conversion: Probability,
        drop_to: usize,
    },
    /// The silo: warms leads back, loses a few to unsubscribes.
    Nurture {
        /// Probability that a lead leaves the pool today, warmed up or unsubscribed.
        leave_probability: Probability,
        /// Share of the leavers who warmed up rather than unsubscribed.
        warm_share: Probability,
        warm_to: usize,
    },
    /// Customers buy again, refer others and churn.
    Customer {
        order_value: f64,
        repeat_orders_per_day: f64,
        referrals_per_day: f64,
        referrals_to: usize,
        churn_probability: Probability,
    },
    /// People reached by branding: a share comes back later as organic leads.
    BrandReach {
        finish_probability: Probability,
        organic_share: Probability,
        organic_to: usize,
        /// Index into the engine's delay lines.
        delay_line: usize,
    },
    /// Leads stay here for good.
    Sink,
}

/// One stage, compiled.
#[derive(Clone, Debug)]
pub(super) struct CompiledStage {
    pub behaviour: Behaviour,
    /// Leads the stage's roles can process per day; infinite without roles.
    pub capacity_per_day: f64,
    /// Most unused capacity a stage carries into the next day in Monte Carlo: a day's worth,
    /// or one lead for roles slower than a lead a day.
    pub credit_limit: f64,
    /// Range into [`Compiled::flow_to`] and [`Compiled::flow_share`].
    pub flows: std::ops::Range<usize>,
    /// What the stage holds on the start date, not waiting for anyone (customers, for a
    /// customer stage).
    pub start_in_stage: f64,
    /// What waits for a free person on the start date (working stages).
    pub start_backlog: f64,
}

/// A lead source, compiled.
#[derive(Clone, Debug)]
pub(super) struct CompiledSource {
    pub entry: usize,
    pub leads_per_day: f64,
    pub cost_per_day: f64,
    /// Multiplier applied every day (monthly growth spread over 365 / 12 days).
    pub daily_growth: f64,
    /// Factor on the volume in each month, January first.
    pub season: [f64; 12],
}

pub(super) const DAYS_PER_YEAR: f64 = 365.0;
pub(super) const DAYS_PER_MONTH: f64 = DAYS_PER_YEAR / 12.0;

/// The daily probability that compounds to `rate` over `days` days.
fn daily_probability(rate: f64, days: f64) -> f64 {
    if rate >= 1.0 {
        1.0
    } else if rate <= 0.0 {
        0.0
    } else {
        1.0 - libm::pow(1.0 - rate, 1.0 / days)
    }
}

/// The daily probability that a lead finishes a stage of `days` days in stage: 1 / T.
///
/// A lead that arrives today can finish tomorrow at the earliest, and then on each day with
/// this probability, so its stay is geometric with a mean of exactly T days and a stage fed
/// `a` leads a day holds `a × T` (Little's law), as a mean stay measured in a CRM means. A day
/// is the step: stages under one day take one day.
fn finish_probability(days: f64) -> f64 {
    if days > 1.0 && days.is_finite() {
        1.0 / days
    } else {
        1.0
    }
}

pub(super) fn clamp_rate(rate: f64) -> f64 {
    if rate.is_finite() {
        rate.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

pub(super) fn non_negative(value: f64) -> f64 {
    if value.is_finite() {
        value.max(0.0)
    } else {
        0.0
    }
}

/// What `stage` does each day; brand reach stages get a delay line appended to `delay_days`.
pub(super) fn compile_behaviour(
    stage: &Stage,
    index_of: &impl Fn(&StageId) -> usize,
    delay_days: &mut Vec<usize>,
    draws: Draws,
) -> Behaviour {
    match &stage.kind {
        StageKind::FunnelStep | StageKind::FlywheelSegment => Behaviour::Working {
            finish_probability: draws.probability(finish_probability(stage.days_in_stage)),
            conversion: draws.probability(clamp_rate(stage.conversion)),
            drop_to: match &stage.drop_outs {
                DropOuts::Lost => LOST,
                DropOuts::NurturePool(pool_id) => index_of(pool_id),
            },
        },
        StageKind::NurturePool(pool) => {
            let warm = daily_probability(clamp_rate(pool.warm_up_per_week), 7.0);
            let unsubscribe = daily_probability(clamp_rate(pool.unsubscribe_per_week), 7.0);
            // Warming up and unsubscribing compete for the same leads: one draw for all who
            // leave, then one for which way they went.
            let leave = (warm + unsubscribe).min(1.0);
            Behaviour::Nurture {
                leave_probability: draws.probability(leave),
                warm_share: draws.probability(if leave > 0.0 { warm / leave } else { 0.0 }),
                warm_to: index_of(&pool.warm_up_to),
            }
        }
        StageKind::Customer(customers) => Behaviour::Customer {
            order_value: non_negative(customers.order_value),
            repeat_orders_per_day: non_negative(customers.repeat_purchases_per_year)
                / DAYS_PER_YEAR,
            referrals_per_day: non_negative(customers.referrals_per_customer_per_year)
                / DAYS_PER_YEAR,
            referrals_to: customers.referrals_to.as_ref().map_or(LOST, index_of),
            churn_probability: draws.probability(daily_probability(
                clamp_rate(customers.churn_per_year),
                DAYS_PER_YEAR,
            )),
        },
        StageKind::BrandReach(reach) => {
            delay_days.push(libm::round(non_negative(reach.delay_days)).min(3650.0) as usize);
            Behaviour::BrandReach {
                finish_probability: draws.probability(finish_probability(stage.days_in_stage)),
                organic_share: draws.probability(clamp_rate(reach.organic_share)),
                organic_to: index_of(&reach.organic_to),
                delay_line: delay_days.len() - 1,
            }
        }
        StageKind::Lost => Behaviour::Sink,
    }
}

/// Leads the stage's roles can process per day; unlimited without roles.
pub(super) fn capacity_per_day(design: &Design, stage: &Stage) -> f64 {
    if stage.roles.is_empty() {
        return f64::INFINITY;
    }
    stage
        .roles
        .iter()
        .map(|staffing| {
            let per_person = design
                .roles
                .get(&staffing.role)
                .map_or(0.0, |role| non_negative(role.leads_per_person_per_week));
            non_negative(staffing.headcount) * per_person / 7.0
        })
        .sum()
}

/// Monthly cost of the people and tools: every staffed role, and each tool once however many
/// stages use it.
#[must_use]
pub fn fixed_cost_per_month(design: &Design) -> f64 {
    let people: f64 = design
        .stages
        .values()
        .flat_map(|stage| &stage.roles)
        .map(|staffing| {
            let monthly = design
                .roles
                .get(&staffing.role)
                .map_or(0.0, |role| non_negative(role.monthly_cost));
            non_negative(staffing.headcount) * monthly
        })
        .sum();
    people + tools_per_month(design)
}

/// Monthly cost of the tools in use, each once however many stages use it.
pub(super) fn tools_per_month(design: &Design) -> f64 {
    let used_tools: std::collections::BTreeSet<_> = design
        .stages
        .values()
        .flat_map(|stage| &stage.tools)
        .collect();
    used_tools
        .into_iter()
        .filter_map(|tool_id| design.tools.get(tool_id))
        .map(|tool| non_negative(tool.monthly_cost))
        .sum()
}
