//! Compiles a design into dense arrays indexed by stage number, so the day loop does no
//! hashing, no id lookups and no allocation.

use super::draws::Probability;
use super::schedule::{self, Dated};
use crate::design::calendar::{self, Date};
use crate::design::plan_days;
use crate::design::{
    Design, DropOuts, MAX_IN_STAGE_TODAY, MAX_SEASON_FACTOR, Stage, StageId, StageKind,
};
use std::collections::BTreeMap;

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

/// The design as the engine sees it.
#[derive(Clone, Debug)]
pub(crate) struct Compiled {
    pub stage_ids: Vec<StageId>,
    pub stages: Vec<CompiledStage>,
    pub flow_to: Vec<usize>,
    /// Share of the converters still undistributed that takes this flow, so drawing flows one
    /// after another gives each its share of the whole.
    pub flow_conditional_share: Vec<Probability>,
    pub sources: Vec<CompiledSource>,
    /// The random stream of each stage, then of each source: named after its id, so a stage
    /// keeps its luck when others are added or removed (scenarios, edits).
    pub stream_keys: Vec<u64>,
    /// Delay in days of each brand reach stage's delay line.
    pub delay_days: Vec<usize>,
    /// Roles and tools, per day.
    pub fixed_cost_per_day: f64,
    pub days: usize,
    /// The month (0 = January) each simulated day falls in.
    pub month_of_day: Vec<u8>,
    /// What the plan's moves change after the first day, in day order (the figures above are
    /// those of the first day); empty without moves.
    pub schedule: Vec<Dated>,
}

pub(super) const DAYS_PER_YEAR: f64 = 365.0;
const DAYS_PER_MONTH: f64 = DAYS_PER_YEAR / 12.0;

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

fn clamp_rate(rate: f64) -> f64 {
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

impl Compiled {
    /// Compiles `design` for `weeks` weeks. Unknown references send leads to lost and
    /// out-of-range numbers are clamped, so any design simulates without panicking; validation
    /// reports such problems to the user.
    pub fn new(design: &Design, weeks: u32, start_date: Date) -> Self {
        let moves = plan_days::resolve(design, start_date);
        if moves.is_empty() {
            return Self::of_figures(design, weeks, start_date);
        }
        let mut compiled =
            Self::of_figures(&plan_days::design_on(design, &moves, 0), weeks, start_date);
        compiled.fixed_cost_per_day = schedule::fixed_cost_per_day(design, &moves, 0);
        let index: BTreeMap<&StageId, usize> = compiled
            .stage_ids
            .iter()
            .enumerate()
            .map(|(position, stage_id)| (stage_id, position))
            .collect();
        let index_of = |stage_id: &StageId| index.get(stage_id).copied().unwrap_or(LOST);
        let dated = schedule::build(design, &moves, &compiled.stages, &index_of, compiled.days);
        compiled.schedule = dated;
        compiled
    }

    /// Compiles the figures of `design` as they stand, for the whole horizon.
    fn of_figures(design: &Design, weeks: u32, start_date: Date) -> Self {
        let stage_ids: Vec<StageId> = design.stages.keys().cloned().collect();
        let index: BTreeMap<&StageId, usize> = stage_ids
            .iter()
            .enumerate()
            .map(|(position, stage_id)| (stage_id, position))
            .collect();
        let index_of = |stage_id: &StageId| index.get(stage_id).copied().unwrap_or(LOST);

        let mut compiled = Self {
            stage_ids: stage_ids.clone(),
            stages: Vec::with_capacity(stage_ids.len()),
            flow_to: Vec::new(),
            flow_conditional_share: Vec::new(),
            sources: Vec::new(),
            stream_keys: Vec::new(),
            delay_days: Vec::new(),
            fixed_cost_per_day: 0.0,
            days: weeks as usize * 7,
            month_of_day: calendar::month_of_each_day(start_date, weeks as usize * 7),
            schedule: Vec::new(),
        };
        for (stage_id, stage) in &design.stages {
            let behaviour = compile_behaviour(stage, &index_of, &mut compiled.delay_days);
            let flows_start = compiled.flow_to.len();
            let mut remaining_share = 1.0;
            for flow in design.flows_from(stage_id) {
                let share = clamp_rate(flow.share).min(remaining_share);
                let to = index_of(&flow.to);
                compiled.flow_to.push(to);
                compiled
                    .flow_conditional_share
                    .push(Probability::new(if remaining_share > 0.0 {
                        share / remaining_share
                    } else {
                        0.0
                    }));
                remaining_share = (remaining_share - share).max(0.0);
            }
            let capacity_per_day = capacity_per_day(design, stage);
            let (start_in_stage, start_backlog) = starting_state(stage);
            compiled.stages.push(CompiledStage {
                behaviour,
                capacity_per_day,
                credit_limit: libm::ceil(capacity_per_day).max(1.0),
                flows: flows_start..compiled.flow_to.len(),
                start_in_stage,
                start_backlog,
            });
        }
        compiled.sources = design
            .sources
            .values()
            .map(|source| CompiledSource {
                entry: index_of(&source.entry),
                leads_per_day: non_negative(source.leads_per_week) / 7.0,
                cost_per_day: non_negative(source.cost_per_week) / 7.0,
                daily_growth: if source.growth_per_month.is_finite()
                    && source.growth_per_month > -1.0
                {
                    libm::pow(1.0 + source.growth_per_month, 1.0 / DAYS_PER_MONTH)
                } else {
                    1.0
                },
                season: std::array::from_fn(|month| {
                    let factor = source.season_factor(month);
                    if factor.is_finite() {
                        factor.clamp(0.0, MAX_SEASON_FACTOR)
                    } else {
                        1.0
                    }
                }),
            })
            .collect();
        compiled.stream_keys = design
            .stages
            .keys()
            .map(|stage_id| stream_key("stage", stage_id.as_str()))
            .chain(
                design
                    .sources
                    .keys()
                    .map(|source_id| stream_key("source", source_id.as_str())),
            )
            .collect();
        compiled.fixed_cost_per_day = fixed_cost_per_month(design) * 12.0 / DAYS_PER_YEAR;
        compiled
    }
}

impl Compiled {
    /// The same model starting from whole leads, as Monte Carlo counts them: each starting
    /// count rounded to the nearest whole number.
    pub fn with_whole_starting_counts(mut self) -> Self {
        for stage in &mut self.stages {
            stage.start_in_stage = libm::round(stage.start_in_stage);
            stage.start_backlog = libm::round(stage.start_backlog);
        }
        self
    }
}

/// What `stage` holds on the start date, as (not waiting, waiting for a free person); nothing
/// for a lost end, whose leads are counted as lost, and never negative or more waiting than
/// there is.
fn starting_state(stage: &Stage) -> (f64, f64) {
    if matches!(stage.kind, StageKind::Lost) {
        return (0.0, 0.0);
    }
    let total = non_negative(stage.in_stage_today).min(MAX_IN_STAGE_TODAY);
    let waiting = if stage.kind.is_working_stage() {
        non_negative(stage.waiting_today).min(total)
    } else {
        0.0
    };
    (total - waiting, waiting)
}

/// A stable 64-bit name for a random stream (FNV-1a: the same on every machine and release,
/// unlike the standard library's hasher).
fn stream_key(kind: &str, id: &str) -> u64 {
    let mut hash = 0xCBF2_9CE4_8422_2325_u64;
    for byte in kind.bytes().chain([0]).chain(id.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01B3);
    }
    hash
}

/// What `stage` does each day; brand reach stages get a delay line appended to `delay_days`.
pub(super) fn compile_behaviour(
    stage: &Stage,
    index_of: &impl Fn(&StageId) -> usize,
    delay_days: &mut Vec<usize>,
) -> Behaviour {
    match &stage.kind {
        StageKind::FunnelStep | StageKind::FlywheelSegment => Behaviour::Working {
            finish_probability: Probability::new(finish_probability(stage.days_in_stage)),
            conversion: Probability::new(clamp_rate(stage.conversion)),
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
                leave_probability: Probability::new(leave),
                warm_share: Probability::new(if leave > 0.0 { warm / leave } else { 0.0 }),
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
            churn_probability: Probability::new(daily_probability(
                clamp_rate(customers.churn_per_year),
                DAYS_PER_YEAR,
            )),
        },
        StageKind::BrandReach(reach) => {
            delay_days.push(libm::round(non_negative(reach.delay_days)).min(3650.0) as usize);
            Behaviour::BrandReach {
                finish_probability: Probability::new(finish_probability(stage.days_in_stage)),
                organic_share: Probability::new(clamp_rate(reach.organic_share)),
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
