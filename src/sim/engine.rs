//! The day-step engine: one set of rules for expected values and Monte Carlo, chosen by the
//! [`Chance`] it is given. The day loop works on preallocated arrays only.

use super::compile::{Behaviour, Compiled, LOST};
use super::draws::{Probability, floor_non_negative};
use super::layout::{Layout, StageMetric, TotalMetric};
use super::rng::Rng;

/// Where the randomness comes from: expected values take means, Monte Carlo draws.
pub(super) trait Chance {
    /// Successes among `trials` with probability `p` each.
    fn binomial(&mut self, trials: f64, p: &Probability) -> f64;
    /// A count with the given mean.
    fn poisson(&mut self, mean: f64) -> f64;
    /// Leads processed today out of `ready` by a stage with `capacity` per day; `credit`
    /// carries unused capacity (up to `credit_limit`) so whole leads average out to the
    /// capacity.
    fn process(&mut self, ready: f64, capacity: f64, credit_limit: f64, credit: &mut f64) -> f64;
}

/// Deterministic averages with fractional leads.
pub(super) struct Expected;

impl Chance for Expected {
    fn binomial(&mut self, trials: f64, p: &Probability) -> f64 {
        trials * p.value()
    }

    fn poisson(&mut self, mean: f64) -> f64 {
        mean
    }

    fn process(&mut self, ready: f64, capacity: f64, _limit: f64, _credit: &mut f64) -> f64 {
        ready.min(capacity)
    }
}

impl Chance for Rng {
    fn binomial(&mut self, trials: f64, p: &Probability) -> f64 {
        Rng::binomial(self, trials, p)
    }

    fn poisson(&mut self, mean: f64) -> f64 {
        Rng::poisson(self, mean)
    }

    fn process(&mut self, ready: f64, capacity: f64, credit_limit: f64, credit: &mut f64) -> f64 {
        if capacity.is_infinite() {
            return ready;
        }
        *credit = (*credit + capacity).min(credit_limit);
        let processed = ready.min(floor_non_negative(*credit));
        *credit -= processed;
        processed
    }
}

/// Above this many leads in the process the numbers stop meaning anything; the run stops
/// there and says so rather than overflowing.
const RUNAWAY_LIMIT: f64 = 1e15;

/// What one run yields besides its weekly series.
#[derive(Clone, Debug, Default)]
pub(super) struct RunFacts {
    /// Day (1-based, fractional in expected mode) on which the first whole customer was won.
    pub first_customer_day: Option<f64>,
    /// Per stage: leads processed and capacity offered over the whole run.
    pub processed: Vec<f64>,
    pub capacity_offered: Vec<f64>,
    /// Weeks simulated before the run stopped for runaway growth, if it did.
    pub stopped_after_weeks: Option<usize>,
}

/// State of one simulation run, allocated once and reused for every run.
pub(super) struct Engine<'a> {
    model: &'a Compiled,
    layout: Layout,
    in_stage: Vec<f64>,
    backlog: Vec<f64>,
    arrivals: Vec<f64>,
    credit: Vec<f64>,
    week_entered: Vec<f64>,
    week_moved_on: Vec<f64>,
    week_dropped: Vec<f64>,
    delay_lines: Vec<Vec<f64>>,
    /// Each source's growth factor for the current day.
    source_growth: Vec<f64>,
}

/// Running totals of one run.
#[derive(Default)]
struct Ledger {
    lost: f64,
    churned: f64,
    in_transit: f64,
    week_new_customers: f64,
    week_revenue: f64,
    week_cost: f64,
    week_leads_entered: f64,
    cumulative_profit: f64,
    all_new_customers: f64,
}

impl<'a> Engine<'a> {
    pub fn new(model: &'a Compiled) -> Self {
        let stages = model.stages.len();
        Self {
            model,
            layout: Layout::new(stages),
            in_stage: vec![0.0; stages],
            backlog: vec![0.0; stages],
            arrivals: vec![0.0; stages],
            credit: vec![0.0; stages],
            week_entered: vec![0.0; stages],
            week_moved_on: vec![0.0; stages],
            week_dropped: vec![0.0; stages],
            delay_lines: model
                .delay_days
                .iter()
                .map(|&days| vec![0.0; days + 1])
                .collect(),
            source_growth: vec![1.0; model.sources.len()],
        }
    }

    fn reset(&mut self) {
        for values in [
            &mut self.in_stage,
            &mut self.backlog,
            &mut self.arrivals,
            &mut self.credit,
            &mut self.week_entered,
            &mut self.week_moved_on,
            &mut self.week_dropped,
        ] {
            values.fill(0.0);
        }
        for line in &mut self.delay_lines {
            line.fill(0.0);
        }
        self.source_growth.fill(1.0);
    }

    /// Runs the model, writing weekly figures into `record` (see [`Layout`]); `facts` is
    /// overwritten. Weeks after a runaway stop keep their previous contents.
    pub fn run(&mut self, chance: &mut impl Chance, record: &mut [f64], facts: &mut RunFacts) {
        self.reset();
        let stage_count = self.model.stages.len();
        facts.first_customer_day = None;
        facts.stopped_after_weeks = None;
        facts.processed.clear();
        facts.processed.resize(stage_count, 0.0);
        facts.capacity_offered.clear();
        facts.capacity_offered.resize(stage_count, 0.0);
        let mut ledger = Ledger::default();
        for day in 0..self.model.days {
            self.finish_day(chance, day, &mut ledger, facts);
            self.release_delayed(day, &mut ledger);
            for (source, factor) in self.model.sources.iter().zip(&mut self.source_growth) {
                let leads = chance.poisson(source.leads_per_day * *factor);
                ledger.week_leads_entered += leads;
                ledger.week_cost += source.cost_per_day * *factor;
                *factor *= source.daily_growth;
                if source.entry == LOST {
                    ledger.lost += leads;
                } else {
                    self.arrivals[source.entry] += leads;
                }
            }
            ledger.week_cost += self.model.fixed_cost_per_day;
            let customers_before = ledger.all_new_customers;
            self.admit_arrivals(&mut ledger);
            if facts.first_customer_day.is_none() && ledger.all_new_customers >= 1.0 {
                let won_today = ledger.all_new_customers - customers_before;
                let needed_today = 1.0 - customers_before;
                facts.first_customer_day = Some(day as f64 + needed_today / won_today);
            }
            if day % 7 == 6 {
                let week = day / 7;
                self.close_week(week, &mut ledger, record);
                if self.leads_in_process() > RUNAWAY_LIMIT {
                    facts.stopped_after_weeks = Some(week + 1);
                    return;
                }
            }
        }
    }

    /// Step 1 of a day: leads present at the start of the day finish, are processed within
    /// capacity, and move on, drop out, warm up, buy again, refer or churn.
    fn finish_day(
        &mut self,
        chance: &mut impl Chance,
        day: usize,
        ledger: &mut Ledger,
        facts: &mut RunFacts,
    ) {
        for stage_index in 0..self.model.stages.len() {
            let stage = &self.model.stages[stage_index];
            let present = self.in_stage[stage_index];
            match &stage.behaviour {
                Behaviour::Working {
                    finish_probability,
                    conversion,
                    drop_to,
                } => {
                    let finished = chance.binomial(present, finish_probability);
                    self.in_stage[stage_index] = present - finished;
                    let ready = self.backlog[stage_index] + finished;
                    // No early exit when nothing is ready: whether anything is changes from
                    // day to day, and a mispredicted branch costs more than drawing from none.
                    let processed = chance.process(
                        ready,
                        stage.capacity_per_day,
                        stage.credit_limit,
                        &mut self.credit[stage_index],
                    );
                    self.backlog[stage_index] = ready - processed;
                    if stage.capacity_per_day.is_finite() {
                        facts.processed[stage_index] += processed;
                        facts.capacity_offered[stage_index] += stage.capacity_per_day;
                    }
                    let converted = chance.binomial(processed, conversion);
                    let mut undistributed = converted;
                    for flow in stage.flows.clone() {
                        let moving = chance
                            .binomial(undistributed, &self.model.flow_conditional_share[flow]);
                        undistributed -= moving;
                        self.arrivals_or_lost(self.model.flow_to[flow], moving, ledger);
                    }
                    self.week_moved_on[stage_index] += converted - undistributed;
                    let dropped = processed - converted + undistributed;
                    self.week_dropped[stage_index] += dropped;
                    ledger.lost += undistributed;
                    self.arrivals_or_lost(*drop_to, processed - converted, ledger);
                }
                Behaviour::Nurture {
                    leave_probability,
                    warm_share,
                    warm_to,
                } => {
                    let leaving = chance.binomial(present, leave_probability);
                    let warmed = chance.binomial(leaving, warm_share);
                    let unsubscribed = leaving - warmed;
                    self.in_stage[stage_index] = present - leaving;
                    self.week_moved_on[stage_index] += warmed;
                    self.week_dropped[stage_index] += unsubscribed;
                    ledger.lost += unsubscribed;
                    self.arrivals_or_lost(*warm_to, warmed, ledger);
                }
                Behaviour::Customer {
                    order_value,
                    repeat_orders_per_day,
                    referrals_per_day,
                    referrals_to,
                    churn_probability,
                } => {
                    let repeat_orders = chance.poisson(present * repeat_orders_per_day);
                    ledger.week_revenue += repeat_orders * order_value;
                    if *referrals_to != LOST {
                        let referred = chance.poisson(present * referrals_per_day);
                        ledger.week_leads_entered += referred;
                        self.week_moved_on[stage_index] += referred;
                        self.arrivals[*referrals_to] += referred;
                    }
                    let churned = chance.binomial(present, churn_probability);
                    self.in_stage[stage_index] = present - churned;
                    self.week_dropped[stage_index] += churned;
                    ledger.churned += churned;
                }
                Behaviour::BrandReach {
                    finish_probability,
                    organic_share,
                    organic_to: _,
                    delay_line,
                } => {
                    let finished = chance.binomial(present, finish_probability);
                    self.in_stage[stage_index] = present - finished;
                    let organic = chance.binomial(finished, organic_share);
                    let line = &mut self.delay_lines[*delay_line];
                    let slot = (day + line.len() - 1) % line.len();
                    line[slot] += organic;
                    ledger.in_transit += organic;
                    ledger.lost += finished - organic;
                    self.week_moved_on[stage_index] += organic;
                    self.week_dropped[stage_index] += finished - organic;
                }
                Behaviour::Sink => {}
            }
        }
    }

    /// Organic leads whose delay is over arrive at their stage.
    fn release_delayed(&mut self, day: usize, ledger: &mut Ledger) {
        for stage_index in 0..self.model.stages.len() {
            if let Behaviour::BrandReach {
                organic_to,
                delay_line,
                ..
            } = self.model.stages[stage_index].behaviour
            {
                let line = &mut self.delay_lines[delay_line];
                let slot = day % line.len();
                let arriving = std::mem::take(&mut line[slot]);
                ledger.in_transit -= arriving;
                self.arrivals_or_lost(organic_to, arriving, ledger);
            }
        }
    }

    fn arrivals_or_lost(&mut self, to: usize, leads: f64, ledger: &mut Ledger) {
        if to == LOST {
            ledger.lost += leads;
        } else {
            self.arrivals[to] += leads;
        }
    }

    /// Step 2 of a day: today's arrivals join their stages (they can finish tomorrow at the
    /// earliest); arrivals at a customer stage are new customers and place their first order.
    fn admit_arrivals(&mut self, ledger: &mut Ledger) {
        for stage_index in 0..self.model.stages.len() {
            let arriving = std::mem::take(&mut self.arrivals[stage_index]);
            if arriving == 0.0 {
                continue;
            }
            self.week_entered[stage_index] += arriving;
            self.in_stage[stage_index] += arriving;
            if let Behaviour::Customer { order_value, .. } =
                self.model.stages[stage_index].behaviour
            {
                ledger.week_new_customers += arriving;
                ledger.all_new_customers += arriving;
                ledger.week_revenue += arriving * order_value;
            }
        }
    }

    fn leads_in_process(&self) -> f64 {
        self.in_stage.iter().sum::<f64>() + self.backlog.iter().sum::<f64>()
    }

    fn close_week(&mut self, week: usize, ledger: &mut Ledger, record: &mut [f64]) {
        let layout = self.layout;
        let mut active_customers = 0.0;
        for stage_index in 0..self.model.stages.len() {
            if matches!(
                self.model.stages[stage_index].behaviour,
                Behaviour::Customer { .. }
            ) {
                active_customers += self.in_stage[stage_index];
            }
            let mut put = |metric, value| {
                record[layout.stage_cell(week, stage_index, metric)] = value;
            };
            put(StageMetric::InStage, self.in_stage[stage_index]);
            put(
                StageMetric::Entered,
                std::mem::take(&mut self.week_entered[stage_index]),
            );
            put(
                StageMetric::MovedOn,
                std::mem::take(&mut self.week_moved_on[stage_index]),
            );
            put(
                StageMetric::Dropped,
                std::mem::take(&mut self.week_dropped[stage_index]),
            );
            put(StageMetric::Backlog, self.backlog[stage_index]);
        }
        ledger.cumulative_profit += ledger.week_revenue - ledger.week_cost;
        let mut put = |metric, value| record[layout.total_cell(week, metric)] = value;
        put(
            TotalMetric::NewCustomers,
            std::mem::take(&mut ledger.week_new_customers),
        );
        put(TotalMetric::ActiveCustomers, active_customers);
        put(
            TotalMetric::Revenue,
            std::mem::take(&mut ledger.week_revenue),
        );
        put(TotalMetric::Cost, std::mem::take(&mut ledger.week_cost));
        put(TotalMetric::CumulativeProfit, ledger.cumulative_profit);
        put(
            TotalMetric::LeadsEntered,
            std::mem::take(&mut ledger.week_leads_entered),
        );
        put(TotalMetric::Lost, ledger.lost);
        put(TotalMetric::Churned, ledger.churned);
        put(TotalMetric::InTransit, ledger.in_transit);
    }
}
