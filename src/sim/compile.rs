//! Compiles a design into dense arrays indexed by stage number, so the day loop does no
//! hashing, no id lookups and no allocation.

use super::daily_figures::{
    CompiledSource, CompiledStage, DAYS_PER_MONTH, DAYS_PER_YEAR, Draws, LOST, capacity_per_day,
    clamp_rate, compile_behaviour, fixed_cost_per_month, non_negative,
};
use super::draws::Probability;
use super::schedule::{self, Dated};
use crate::design::calendar::{self, Date};
use crate::design::plan_days;
use crate::design::{Design, MAX_IN_STAGE_TODAY, MAX_SEASON_FACTOR, Stage, StageId, StageKind};
use std::collections::BTreeMap;

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

impl Compiled {
    /// Compiles `design` for `weeks` weeks. Unknown references send leads to lost and
    /// out-of-range numbers are clamped, so any design simulates without panicking; validation
    /// reports such problems to the user. Its probabilities are prepared for `draws`.
    pub fn new(design: &Design, weeks: u32, start_date: Date, draws: Draws) -> Self {
        let moves = plan_days::resolve(design, start_date);
        if moves.is_empty() {
            return Self::of_figures(design, weeks, start_date, draws);
        }
        let on_first_day = plan_days::design_on(design, &moves, 0);
        let mut compiled = Self::of_figures(&on_first_day, weeks, start_date, draws);
        compiled.fixed_cost_per_day = schedule::fixed_cost_per_day(design, &moves, 0);
        let index: BTreeMap<&StageId, usize> = compiled
            .stage_ids
            .iter()
            .enumerate()
            .map(|(position, stage_id)| (stage_id, position))
            .collect();
        let index_of = |stage_id: &StageId| index.get(stage_id).copied().unwrap_or(LOST);
        let dated = schedule::build(
            design,
            &moves,
            on_first_day,
            &compiled.stages,
            &index_of,
            compiled.days,
            draws,
        );
        compiled.schedule = dated;
        compiled
    }

    /// Compiles the figures of `design` as they stand, for the whole horizon.
    fn of_figures(design: &Design, weeks: u32, start_date: Date, draws: Draws) -> Self {
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
            let behaviour = compile_behaviour(stage, &index_of, &mut compiled.delay_days, draws);
            let flows_start = compiled.flow_to.len();
            let mut remaining_share = 1.0;
            for flow in design.flows_from(stage_id) {
                let share = clamp_rate(flow.share).min(remaining_share);
                let to = index_of(&flow.to);
                compiled.flow_to.push(to);
                compiled
                    .flow_conditional_share
                    .push(draws.probability(if remaining_share > 0.0 {
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
