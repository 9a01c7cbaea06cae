//! The day-step engine: one set of rules for expected values and Monte Carlo, chosen by the
//! [`Chance`] it is given. The day loop works on preallocated arrays only.
//!
//! Monte Carlo makes several runs side by side in lanes: each lane follows the rules with its
//! own random stream, so its numbers are exactly those of the run made alone, while each
//! stage's parameters and draw tables are read once for all lanes and stay in cache.

use super::compile::Compiled;
use super::daily_figures::{Behaviour, CompiledSource, CompiledStage, LOST};
use super::draws::{Probability, floor_non_negative};
use super::layout::{Layout, StageMetric, TotalMetric};
use super::rng::Rng;
use super::schedule::Scheduled;

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
#[derive(Clone, Copy)]
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
        // The limit is on what is carried unused into tomorrow: capped before processing, a
        // stage with a backlog would lose the fraction above it every few days and process
        // less than its capacity on average.
        *credit += capacity;
        let processed = ready.min(floor_non_negative(*credit));
        *credit = (*credit - processed).min(credit_limit);
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

/// One figure per lane.
type Lanes<const LANES: usize> = [f64; LANES];

/// State of `LANES` simulation runs made side by side, allocated once and reused for every
/// group of runs.
pub(super) struct Engine<'a, const LANES: usize> {
    model: &'a Compiled,
    layout: Layout,
    /// The stages' figures as they stand on the day simulated: the model's, changed by the
    /// plan's moves as their days come.
    stages: Vec<CompiledStage>,
    /// The sources' figures as they stand on the day simulated.
    sources: Vec<CompiledSource>,
    /// The cost of people, tools and running moves per day, on the day simulated.
    fixed_cost_per_day: f64,
    /// With a plan, the capacity each stage has offered so far (its capacity changes).
    capacity_offered: Vec<f64>,
    /// Per stage, one figure per lane.
    in_stage: Vec<Lanes<LANES>>,
    backlog: Vec<Lanes<LANES>>,
    arrivals: Vec<Lanes<LANES>>,
    credit: Vec<Lanes<LANES>>,
    week_entered: Vec<Lanes<LANES>>,
    week_moved_on: Vec<Lanes<LANES>>,
    week_dropped: Vec<Lanes<LANES>>,
    /// Leads processed since the start of the run.
    processed: Vec<Lanes<LANES>>,
    /// Of a customer stage's customers, those who were customers on the start date and have
    /// not churned: what the revenue from existing customers comes from.
    existing: Vec<Lanes<LANES>>,
    delay_lines: Vec<Vec<Lanes<LANES>>>,
    /// Each source's growth factor for the current day, the same in every lane.
    source_growth: Vec<f64>,
    /// A lane stopped for runaway growth, with its facts as they were then: it goes on
    /// computing on zeros, neither recorded nor counted, until the other lanes finish.
    stopped: [Option<RunFacts>; LANES],
}

/// Running totals of one run.
#[derive(Default)]
struct Ledger {
    lost: f64,
    churned: f64,
    in_transit: f64,
    week_new_customers: f64,
    week_revenue: f64,
    /// Of `week_revenue`, the orders of customers the company had on the start date.
    week_revenue_existing: f64,
    week_cost: f64,
    week_leads_entered: f64,
    cumulative_profit: f64,
    all_new_customers: f64,
}

impl Ledger {
    fn lose_or_admit<const LANES: usize>(
        &mut self,
        arrivals: &mut [Lanes<LANES>],
        to: usize,
        lane: usize,
        leads: f64,
    ) {
        if to == LOST {
            self.lost += leads;
        } else {
            arrivals[to][lane] += leads;
        }
    }
}

impl<'a, const LANES: usize> Engine<'a, LANES> {
    pub fn new(model: &'a Compiled) -> Self {
        let stages = model.stages.len();
        let zeros = || vec![[0.0; LANES]; stages];
        Self {
            model,
            layout: Layout::new(stages),
            stages: model.stages.clone(),
            sources: model.sources.clone(),
            fixed_cost_per_day: model.fixed_cost_per_day,
            capacity_offered: vec![0.0; stages],
            in_stage: zeros(),
            backlog: zeros(),
            arrivals: zeros(),
            credit: zeros(),
            week_entered: zeros(),
            week_moved_on: zeros(),
            week_dropped: zeros(),
            processed: zeros(),
            existing: zeros(),
            delay_lines: model
                .delay_days
                .iter()
                .map(|&days| vec![[0.0; LANES]; days + 1])
                .collect(),
            source_growth: vec![1.0; model.sources.len()],
            stopped: std::array::from_fn(|_| None),
        }
    }

    /// Every lane back to the start date: each stage holding what it holds today.
    fn reset(&mut self) {
        for lane in 0..LANES {
            self.empty_lane(lane);
        }
        for (stage_index, stage) in self.model.stages.iter().enumerate() {
            self.in_stage[stage_index] = [stage.start_in_stage; LANES];
            self.backlog[stage_index] = [stage.start_backlog; LANES];
            if matches!(stage.behaviour, Behaviour::Customer { .. }) {
                self.existing[stage_index] = [stage.start_in_stage; LANES];
            }
        }
        self.source_growth.fill(1.0);
        self.stopped = std::array::from_fn(|_| None);
        if !self.model.schedule.is_empty() {
            self.stages.clone_from(&self.model.stages);
            self.sources.clone_from(&self.model.sources);
            self.fixed_cost_per_day = self.model.fixed_cost_per_day;
            self.capacity_offered.fill(0.0);
        }
    }

    /// Before day `day`'s flows: the plan's changes from that day, from the schedule at
    /// `next` on (which moves past them); and the capacity offered that day counted.
    fn follow_the_plan(&mut self, day: usize, next: &mut usize, ledgers: &mut [Ledger; LANES]) {
        while let Some(dated) = self
            .model
            .schedule
            .get(*next)
            .filter(|dated| dated.day == day)
        {
            match &dated.change {
                Scheduled::Stage { index, stage } => {
                    if let Some(current) = self.stages.get_mut(*index) {
                        current.clone_from(stage);
                    }
                }
                Scheduled::Source {
                    index,
                    leads_per_day,
                    cost_per_day,
                } => {
                    if let Some(source) = self.sources.get_mut(*index) {
                        source.leads_per_day = *leads_per_day;
                        source.cost_per_day = *cost_per_day;
                    }
                }
                Scheduled::FixedCost(per_day) => self.fixed_cost_per_day = *per_day,
                Scheduled::OneOffCost(cost) => {
                    for ledger in ledgers.iter_mut() {
                        ledger.week_cost += cost;
                    }
                }
            }
            *next += 1;
        }
        for (offered, stage) in self.capacity_offered.iter_mut().zip(&self.stages) {
            if stage.capacity_per_day.is_finite() {
                *offered += stage.capacity_per_day;
            }
        }
    }

    fn empty_lane(&mut self, lane: usize) {
        for figures in [
            &mut self.in_stage,
            &mut self.backlog,
            &mut self.arrivals,
            &mut self.credit,
            &mut self.week_entered,
            &mut self.week_moved_on,
            &mut self.week_dropped,
            &mut self.processed,
            &mut self.existing,
        ] {
            for stage in figures.iter_mut() {
                stage[lane] = 0.0;
            }
        }
        for slot in self.delay_lines.iter_mut().flatten() {
            slot[lane] = 0.0;
        }
    }

    /// Random streams a run draws from: one per stage, then one per source (see
    /// `Compiled::stream_keys`).
    ///
    /// A stage's draws come from its own stream, so two designs that differ in one stage
    /// (a lever, a goal seek's step) draw the same numbers in every stage the change does not
    /// reach: their difference is the change's effect, not the noise of two unrelated runs.
    pub fn stream_count(&self) -> usize {
        self.model.stages.len() + self.model.sources.len()
    }

    /// Runs the model in every lane, lane `l` drawing from `streams[s][l]` for stage or
    /// source `s` (see [`Self::stream_count`]) and writing its weekly figures (see
    /// [`Layout`]) into the `l`-th of the equally long records in `records`; `facts` is
    /// overwritten. Weeks after a runaway stop keep their previous contents.
    pub fn run(
        &mut self,
        streams: &mut [[impl Chance; LANES]],
        records: &mut [f64],
        facts: &mut [RunFacts; LANES],
    ) {
        assert_eq!(
            streams.len(),
            self.stream_count(),
            "a stream per stage and source"
        );
        let (stage_streams, source_streams) = streams.split_at_mut(self.model.stages.len());
        self.reset();
        for run_facts in facts.iter_mut() {
            run_facts.first_customer_day = None;
            run_facts.stopped_after_weeks = None;
        }
        let mut ledgers: [Ledger; LANES] = std::array::from_fn(|_| Ledger::default());
        let follows_a_plan = !self.model.schedule.is_empty();
        let mut next_scheduled = 0;
        for day in 0..self.model.days {
            if follows_a_plan {
                self.follow_the_plan(day, &mut next_scheduled, &mut ledgers);
            }
            self.finish_day(stage_streams, day, &mut ledgers);
            self.release_delayed(day, &mut ledgers);
            self.enter_from_sources(source_streams, day, &mut ledgers);
            let customers_before = ledgers.each_ref().map(|ledger| ledger.all_new_customers);
            self.admit_arrivals(&mut ledgers);
            for ((ledger, run_facts), before) in
                ledgers.iter().zip(facts.iter_mut()).zip(customers_before)
            {
                if run_facts.first_customer_day.is_none() && ledger.all_new_customers >= 1.0 {
                    let won_today = ledger.all_new_customers - before;
                    let needed_today = 1.0 - before;
                    run_facts.first_customer_day = Some(day as f64 + needed_today / won_today);
                }
            }
            if day % 7 == 6 {
                let week = day / 7;
                self.close_week(week, &mut ledgers, records);
                if self.stop_runaway_lanes(week, facts) {
                    break;
                }
            }
        }
        for (lane, run_facts) in facts.iter_mut().enumerate() {
            match self.stopped[lane].take() {
                Some(facts_when_stopped) => *run_facts = facts_when_stopped,
                None => self.count_work(lane, run_facts, self.model.days),
            }
        }
    }

    /// Writes the leads `lane` processed and the capacity its stages offered over `days` days
    /// into `run_facts`, for working stages whose roles limit them.
    fn count_work(&self, lane: usize, run_facts: &mut RunFacts, days: usize) {
        run_facts.processed.clear();
        run_facts.capacity_offered.clear();
        let follows_a_plan = !self.model.schedule.is_empty();
        for ((stage, processed), offered) in self
            .stages
            .iter()
            .zip(&self.processed)
            .zip(&self.capacity_offered)
        {
            // A stage the plan staffs later counts from then on.
            let limited = matches!(stage.behaviour, Behaviour::Working { .. })
                && (stage.capacity_per_day.is_finite() || (follows_a_plan && *offered > 0.0));
            run_facts
                .processed
                .push(if limited { processed[lane] } else { 0.0 });
            run_facts
                .capacity_offered
                .push(match (limited, follows_a_plan) {
                    (false, _) => 0.0,
                    (true, false) => stage.capacity_per_day * days as f64,
                    (true, true) => *offered,
                });
        }
    }

    /// Stops every lane whose leads have outgrown meaning; says whether all lanes have.
    fn stop_runaway_lanes(&mut self, week: usize, facts: &mut [RunFacts; LANES]) -> bool {
        for (lane, run_facts) in facts.iter_mut().enumerate() {
            // A count that is no longer a number (NaN) has outgrown meaning too.
            let within_meaning = self.leads_in_process(lane) <= RUNAWAY_LIMIT;
            if self.stopped[lane].is_none() && !within_meaning {
                run_facts.stopped_after_weeks = Some(week + 1);
                self.count_work(lane, run_facts, (week + 1) * 7);
                self.stopped[lane] = Some(run_facts.clone());
                self.empty_lane(lane);
            }
        }
        self.stopped.iter().all(Option::is_some)
    }

    /// The day's new leads from the sources, in the season of the day's month, and the day's
    /// costs.
    fn enter_from_sources(
        &mut self,
        streams: &mut [[impl Chance; LANES]],
        day: usize,
        ledgers: &mut [Ledger; LANES],
    ) {
        let month = self
            .model
            .month_of_day
            .get(day)
            .map_or(0, |&month| month as usize);
        for ((source, factor), chances) in self
            .sources
            .iter()
            .zip(&mut self.source_growth)
            .zip(streams)
        {
            for (lane, (chance, ledger)) in chances.iter_mut().zip(ledgers.iter_mut()).enumerate() {
                let season = source.season.get(month).copied().unwrap_or(1.0);
                let leads = chance.poisson(source.leads_per_day * *factor * season);
                ledger.week_leads_entered += leads;
                ledger.week_cost += source.cost_per_day * *factor;
                ledger.lose_or_admit(&mut self.arrivals, source.entry, lane, leads);
            }
            *factor *= source.daily_growth;
        }
        for ledger in ledgers.iter_mut() {
            ledger.week_cost += self.fixed_cost_per_day;
        }
    }

    /// Step 1 of a day: leads present at the start of the day finish, are processed within
    /// capacity, and move on, drop out, warm up, buy again, refer or churn.
    ///
    /// Each step is taken in all lanes before the next: the lanes' draws do not depend on each
    /// other, so the processor overlaps them, where one lane's steps would wait on each other.
    fn finish_day(
        &mut self,
        streams: &mut [[impl Chance; LANES]],
        day: usize,
        ledgers: &mut [Ledger; LANES],
    ) {
        let model = self.model;
        // The figures of the day, taken out while the stages' leads change.
        let stages = std::mem::take(&mut self.stages);
        for ((stage_index, stage), chances) in stages.iter().enumerate().zip(streams) {
            match &stage.behaviour {
                Behaviour::Working {
                    finish_probability,
                    conversion,
                    drop_to,
                } => {
                    let flows = stage.flows.clone();
                    let processed =
                        self.finish_and_process(chances, stage_index, finish_probability, stage);
                    let converted = binomial_in_lanes(chances, &processed, conversion);
                    let mut undistributed = converted;
                    for (&to, share) in model.flow_to[flows.clone()]
                        .iter()
                        .zip(&model.flow_conditional_share[flows])
                    {
                        let moving = binomial_in_lanes(chances, &undistributed, share);
                        for (lane, ledger) in ledgers.iter_mut().enumerate() {
                            undistributed[lane] -= moving[lane];
                            ledger.lose_or_admit(&mut self.arrivals, to, lane, moving[lane]);
                        }
                    }
                    for (lane, ledger) in ledgers.iter_mut().enumerate() {
                        let dropped = processed[lane] - converted[lane];
                        self.week_moved_on[stage_index][lane] +=
                            converted[lane] - undistributed[lane];
                        self.week_dropped[stage_index][lane] += dropped + undistributed[lane];
                        ledger.lost += undistributed[lane];
                        ledger.lose_or_admit(&mut self.arrivals, *drop_to, lane, dropped);
                    }
                }
                Behaviour::Nurture {
                    leave_probability,
                    warm_share,
                    warm_to,
                } => {
                    let leaving =
                        binomial_in_lanes(chances, &self.in_stage[stage_index], leave_probability);
                    let warmed = binomial_in_lanes(chances, &leaving, warm_share);
                    for (lane, ledger) in ledgers.iter_mut().enumerate() {
                        let unsubscribed = leaving[lane] - warmed[lane];
                        self.in_stage[stage_index][lane] -= leaving[lane];
                        self.week_moved_on[stage_index][lane] += warmed[lane];
                        self.week_dropped[stage_index][lane] += unsubscribed;
                        ledger.lost += unsubscribed;
                        ledger.lose_or_admit(&mut self.arrivals, *warm_to, lane, warmed[lane]);
                    }
                }
                Behaviour::Customer { .. } => {
                    self.serve_customers(chances, stage_index, &stage.behaviour, ledgers);
                }
                Behaviour::BrandReach {
                    finish_probability,
                    organic_share,
                    organic_to: _,
                    delay_line,
                } => {
                    let finished =
                        binomial_in_lanes(chances, &self.in_stage[stage_index], finish_probability);
                    let organic = binomial_in_lanes(chances, &finished, organic_share);
                    let line = &mut self.delay_lines[*delay_line];
                    let slot = (day + line.len() - 1) % line.len();
                    for (lane, ledger) in ledgers.iter_mut().enumerate() {
                        self.in_stage[stage_index][lane] -= finished[lane];
                        line[slot][lane] += organic[lane];
                        ledger.in_transit += organic[lane];
                        ledger.lost += finished[lane] - organic[lane];
                        self.week_moved_on[stage_index][lane] += organic[lane];
                        self.week_dropped[stage_index][lane] += finished[lane] - organic[lane];
                    }
                }
                Behaviour::Sink => {}
            }
        }
        self.stages = stages;
    }

    /// A working stage's leads finish and join its backlog, and its people process what they
    /// can; returns the leads processed in each lane.
    fn finish_and_process(
        &mut self,
        chances: &mut [impl Chance; LANES],
        stage_index: usize,
        finish_probability: &Probability,
        stage: &CompiledStage,
    ) -> Lanes<LANES> {
        let finished = binomial_in_lanes(chances, &self.in_stage[stage_index], finish_probability);
        let mut processed = [0.0; LANES];
        for (lane, chance) in chances.iter_mut().enumerate() {
            self.in_stage[stage_index][lane] -= finished[lane];
            let ready = self.backlog[stage_index][lane] + finished[lane];
            // No early exit when nothing is ready: whether anything is changes from day to
            // day, and a mispredicted branch costs more than drawing from none.
            processed[lane] = chance.process(
                ready,
                stage.capacity_per_day,
                stage.credit_limit,
                &mut self.credit[stage_index][lane],
            );
            self.backlog[stage_index][lane] = ready - processed[lane];
            self.processed[stage_index][lane] += processed[lane];
        }
        processed
    }

    /// Customers buy again, refer others and churn.
    fn serve_customers(
        &mut self,
        chances: &mut [impl Chance; LANES],
        stage_index: usize,
        behaviour: &Behaviour,
        ledgers: &mut [Ledger; LANES],
    ) {
        let Behaviour::Customer {
            order_value,
            repeat_orders_per_day,
            referrals_per_day,
            referrals_to,
            churn_probability,
        } = behaviour
        else {
            return;
        };
        let present = self.in_stage[stage_index];
        let existing = self.existing[stage_index];
        for (lane, (chance, ledger)) in chances.iter_mut().zip(ledgers.iter_mut()).enumerate() {
            let won_here = present[lane] - existing[lane];
            let repeat_existing = chance.poisson(existing[lane] * repeat_orders_per_day);
            let repeat_won = chance.poisson(won_here * repeat_orders_per_day);
            ledger.week_revenue += (repeat_existing + repeat_won) * order_value;
            ledger.week_revenue_existing += repeat_existing * order_value;
            if *referrals_to != LOST {
                let referred = chance.poisson(present[lane] * referrals_per_day);
                ledger.week_leads_entered += referred;
                self.week_moved_on[stage_index][lane] += referred;
                self.arrivals[*referrals_to][lane] += referred;
            }
        }
        // Customers of today and customers won churn alike, drawn apart so that each group
        // keeps its own count.
        let won_here: Lanes<LANES> = std::array::from_fn(|lane| present[lane] - existing[lane]);
        let churned_existing = binomial_in_lanes(chances, &existing, churn_probability);
        let churned_won = binomial_in_lanes(chances, &won_here, churn_probability);
        for (lane, ledger) in ledgers.iter_mut().enumerate() {
            let churned = churned_existing[lane] + churned_won[lane];
            self.existing[stage_index][lane] -= churned_existing[lane];
            self.in_stage[stage_index][lane] -= churned;
            self.week_dropped[stage_index][lane] += churned;
            ledger.churned += churned;
        }
    }

    /// Organic leads whose delay is over arrive at their stage.
    fn release_delayed(&mut self, day: usize, ledgers: &mut [Ledger; LANES]) {
        for stage in &self.model.stages {
            if let Behaviour::BrandReach {
                organic_to,
                delay_line,
                ..
            } = stage.behaviour
            {
                let line = &mut self.delay_lines[delay_line];
                let slot = day % line.len();
                let arriving = std::mem::replace(&mut line[slot], [0.0; LANES]);
                for (lane, ledger) in ledgers.iter_mut().enumerate() {
                    ledger.in_transit -= arriving[lane];
                    ledger.lose_or_admit(&mut self.arrivals, organic_to, lane, arriving[lane]);
                }
            }
        }
    }

    /// Step 2 of a day: today's arrivals join their stages (they can finish tomorrow at the
    /// earliest); arrivals at a customer stage are new customers and place their first order.
    fn admit_arrivals(&mut self, ledgers: &mut [Ledger; LANES]) {
        for (stage_index, stage) in self.stages.iter().enumerate() {
            let arriving = std::mem::replace(&mut self.arrivals[stage_index], [0.0; LANES]);
            for ((entered, in_stage), arriving) in self.week_entered[stage_index]
                .iter_mut()
                .zip(&mut self.in_stage[stage_index])
                .zip(arriving)
            {
                *entered += arriving;
                *in_stage += arriving;
            }
            if let Behaviour::Customer { order_value, .. } = stage.behaviour {
                for (ledger, arriving) in ledgers.iter_mut().zip(arriving) {
                    ledger.week_new_customers += arriving;
                    ledger.all_new_customers += arriving;
                    ledger.week_revenue += arriving * order_value;
                }
            }
        }
    }

    fn leads_in_process(&self, lane: usize) -> f64 {
        self.in_stage.iter().map(|stage| stage[lane]).sum::<f64>()
            + self.backlog.iter().map(|stage| stage[lane]).sum::<f64>()
    }

    /// Ends the week in every running lane: writes its figures and starts the weekly counts
    /// again.
    fn close_week(&mut self, week: usize, ledgers: &mut [Ledger; LANES], records: &mut [f64]) {
        let layout = self.layout;
        let record_len = records.len() / LANES;
        for (lane, ledger) in ledgers.iter_mut().enumerate() {
            let record = &mut records[lane * record_len..(lane + 1) * record_len];
            let running = self.stopped[lane].is_none();
            let mut active_customers = 0.0;
            for (stage_index, stage) in self.model.stages.iter().enumerate() {
                if matches!(stage.behaviour, Behaviour::Customer { .. }) {
                    active_customers += self.in_stage[stage_index][lane];
                }
                let weekly = [
                    (StageMetric::InStage, self.in_stage[stage_index][lane]),
                    (
                        StageMetric::Entered,
                        std::mem::take(&mut self.week_entered[stage_index][lane]),
                    ),
                    (
                        StageMetric::MovedOn,
                        std::mem::take(&mut self.week_moved_on[stage_index][lane]),
                    ),
                    (
                        StageMetric::Dropped,
                        std::mem::take(&mut self.week_dropped[stage_index][lane]),
                    ),
                    (StageMetric::Backlog, self.backlog[stage_index][lane]),
                ];
                if running {
                    for (metric, value) in weekly {
                        record[layout.stage_cell(week, stage_index, metric)] = value;
                    }
                }
            }
            ledger.cumulative_profit += ledger.week_revenue - ledger.week_cost;
            let revenue_existing = std::mem::take(&mut ledger.week_revenue_existing);
            let totals = [
                (
                    TotalMetric::RevenueNewCustomers,
                    ledger.week_revenue - revenue_existing,
                ),
                (TotalMetric::RevenueExistingCustomers, revenue_existing),
                (
                    TotalMetric::NewCustomers,
                    std::mem::take(&mut ledger.week_new_customers),
                ),
                (TotalMetric::ActiveCustomers, active_customers),
                (
                    TotalMetric::Revenue,
                    std::mem::take(&mut ledger.week_revenue),
                ),
                (TotalMetric::Cost, std::mem::take(&mut ledger.week_cost)),
                (TotalMetric::CumulativeProfit, ledger.cumulative_profit),
                (
                    TotalMetric::LeadsEntered,
                    std::mem::take(&mut ledger.week_leads_entered),
                ),
                (TotalMetric::Lost, ledger.lost),
                (TotalMetric::Churned, ledger.churned),
                (TotalMetric::InTransit, ledger.in_transit),
            ];
            if running {
                for (metric, value) in totals {
                    record[layout.total_cell(week, metric)] = value;
                }
            }
        }
    }
}

/// One binomial draw per lane, lane `l` with `trials[l]` trials and its own chance.
fn binomial_in_lanes<const LANES: usize>(
    chances: &mut [impl Chance; LANES],
    trials: &Lanes<LANES>,
    p: &Probability,
) -> Lanes<LANES> {
    let mut successes = [0.0; LANES];
    for ((chance, &trials), successes) in chances.iter_mut().zip(trials).zip(&mut successes) {
        *successes = chance.binomial(trials, p);
    }
    successes
}

#[cfg(test)]
mod tests {
    use super::{Engine, RunFacts};
    use crate::design::synthetic_design;
    use crate::sim::compile::Compiled;
    use crate::sim::layout::Layout;
    use crate::sim::rng::Rng;

    #[test]
    fn a_run_in_a_lane_is_the_run_made_alone() {
        let weeks = 20;
        let design = synthetic_design(40);
        let model = Compiled::new(
            &design,
            weeks,
            design.simulation.start_date(),
            crate::sim::daily_figures::Draws::Counted,
        );
        let record_len = Layout::new(model.stages.len()).record_len(weeks as usize);
        let mut side_by_side_engine = Engine::<4>::new(&model);
        let mut streams: Vec<[Rng; 4]> = (0..side_by_side_engine.stream_count())
            .map(|stream| std::array::from_fn(|run| Rng::for_stream(7, run as u64, stream as u64)))
            .collect();
        let mut side_by_side = vec![0.0; 4 * record_len];
        let mut facts: [RunFacts; 4] = Default::default();
        side_by_side_engine.run(&mut streams, &mut side_by_side, &mut facts);

        let mut alone = Engine::<1>::new(&model);
        for (run, lane_record) in side_by_side.chunks(record_len).enumerate() {
            let mut record = vec![0.0; record_len];
            let mut run_facts = [RunFacts::default()];
            let mut streams: Vec<[Rng; 1]> = (0..alone.stream_count())
                .map(|stream| [Rng::for_stream(7, run as u64, stream as u64)])
                .collect();
            alone.run(&mut streams, &mut record, &mut run_facts);
            assert!(record.iter().any(|&figure| figure > 0.0));
            assert_eq!(record, lane_record, "run {run}");
            assert_eq!(run_facts[0].processed, facts[run].processed);
            assert_eq!(
                run_facts[0].first_customer_day,
                facts[run].first_customer_day
            );
        }
    }
}
