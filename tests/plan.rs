//! The plan over time: moves change figures from a date by Vensim's STEP and RAMP on a
//! one-day Euler step (docs/simulation.md §15). The engine is held against a stock-and-flow
//! model written out here day by day, independently of it.

use leadflow::design::calendar::Date;
use leadflow::design::plan::{Change, Figure, Move};
use leadflow::design::{
    Channel, Customers, Design, Flow, Point, Role, RoleId, SimulationMode, SimulationSettings,
    Source, SourceId, Staffing, Stage, StageId, StageKind,
};
use leadflow::sim::{self, StageMetric, Statistic, TotalMetric};

const WEEKS: u32 = 40;

fn start() -> Date {
    Date::constant(2027, 1, 4)
}

fn day(days: i64) -> Date {
    start()
        .checked_add(jiff::Span::new().days(days))
        .expect("a date in range")
}

fn settings(mode: SimulationMode, runs: u32) -> SimulationSettings {
    SimulationSettings {
        start_date: Some(start()),
        horizon_weeks: WEEKS,
        mode,
        runs,
        seed: 5,
    }
}

/// Ads → Qualify (40 %, 5 days, one account executive handling 10 a week) → Present (50 %,
/// 3 days) → Customers (1,000 an order, 20 % churn a year).
fn chain() -> Design {
    let mut design = Design::default();
    design.roles.insert(
        RoleId::new("ae"),
        Role {
            name: "Account executive".to_owned(),
            short_name: "AE".to_owned(),
            monthly_cost: 6000.0,
            leads_per_person_per_week: 10.0,
        },
    );
    let mut qualify = Stage::new("Qualify", StageKind::FunnelStep, Point::new(0.0, 0.0));
    qualify.conversion = 0.4;
    qualify.days_in_stage = 5.0;
    qualify.roles.push(Staffing {
        role: RoleId::new("ae"),
        headcount: 1.0,
    });
    let mut present = Stage::new("Present", StageKind::FunnelStep, Point::new(0.0, 170.0));
    present.conversion = 0.5;
    present.days_in_stage = 3.0;
    design.stages.insert(StageId::new("qualify"), qualify);
    design.stages.insert(StageId::new("present"), present);
    design.stages.insert(
        StageId::new("customers"),
        Stage::new(
            "Customers",
            StageKind::Customer(Customers {
                churn_per_year: 0.2,
                ..Customers::buying_once(1000.0)
            }),
            Point::new(0.0, 340.0),
        ),
    );
    design.flows.push(Flow::new("qualify", "present"));
    design.flows.push(Flow::new("present", "customers"));
    design.sources.insert(
        SourceId::new("ads"),
        Source {
            name: "Ads".to_owned(),
            channel: Channel::Ads,
            leads_per_week: 30.0,
            cost_per_week: 700.0,
            growth_per_month: 0.0,
            season: Vec::new(),
            entry: "qualify".into(),
            measured: None,
        },
    );
    design.simulation = settings(SimulationMode::Expected, 1);
    design
}

/// Two hires ramping up over 60 days from day 30, a campaign from day 50 to 120, Present's
/// conversion to 60 % on day 100, orders 5 % dearer from day 200.
fn with_plan(mut design: Design) -> Design {
    let mut hire = Move::new(
        "Two account executives start",
        Figure::Headcount {
            stage: "qualify".into(),
            role: "ae".into(),
        },
        Change::By(2.0),
        day(30),
    );
    hire.ramp_days = 60;
    let mut campaign = Move::new(
        "Webinar campaign",
        Figure::LeadsPerWeek("ads".into()),
        Change::By(20.0),
        day(50),
    );
    campaign.until = Some(day(120));
    campaign.one_off_cost = 1000.0;
    campaign.cost_per_month = 500.0;
    design.plan = vec![
        hire,
        campaign,
        Move::new(
            "New playbook",
            Figure::Conversion("present".into()),
            Change::To(0.6),
            day(100),
        ),
        Move::new(
            "Price rise",
            Figure::OrderValue("customers".into()),
            Change::ByShare(0.05),
            day(200),
        ),
    ];
    design
}

/// Vensim's STEP(height, start) and RAMP(slope, start, end) on day `t`.
fn step(height: f64, start: f64, t: f64) -> f64 {
    if t >= start { height } else { 0.0 }
}

fn ramp(slope: f64, start: f64, end: f64, t: f64) -> f64 {
    if t <= start {
        0.0
    } else {
        slope * (t.min(end) - start)
    }
}

/// Weekly figures of the hand-written model.
#[derive(Default)]
struct Week {
    entered_qualify: f64,
    entered_present: f64,
    new_customers: f64,
    revenue: f64,
    cost: f64,
}

/// The chain and its plan as a stock-and-flow model stepped one day at a time: the stocks at
/// the start of a day give the day's flows, the day's arrivals join at its end.
fn stock_and_flow(weeks: usize) -> Vec<Week> {
    let (mut qualify, mut backlog, mut present, mut customers) = (0.0, 0.0, 0.0, 0.0);
    let churn = 1.0 - (1.0_f64 - 0.2).powf(1.0 / 365.0);
    let mut record = Vec::new();
    let mut week = Week::default();
    for d in 0..weeks * 7 {
        let t = d as f64;
        let headcount_working = 1.0 + ramp(2.0 / 60.0, 30.0, 90.0, t);
        let headcount_paid = 1.0 + step(2.0, 30.0, t);
        let leads_per_week = 30.0 + step(20.0, 50.0, t) - step(20.0, 120.0, t);
        let present_conversion = 0.5 + step(0.6 - 0.5, 100.0, t);
        let order_value = 1000.0 + step(1000.0 * 0.05, 200.0, t);
        let moves_per_month = step(500.0, 50.0, t) - step(500.0, 120.0, t);
        let one_off = if d == 50 { 1000.0 } else { 0.0 };

        let finished_qualify = qualify / 5.0;
        let ready = backlog + finished_qualify;
        let processed = f64::min(ready, headcount_working * 10.0 / 7.0);
        let finished_present = present / 3.0;
        let churned = customers * churn;
        let to_present = processed * 0.4;
        let won = finished_present * present_conversion;
        let arriving = leads_per_week / 7.0;

        qualify += arriving - finished_qualify;
        backlog = ready - processed;
        present += to_present - finished_present;
        customers += won - churned;
        week.entered_qualify += arriving;
        week.entered_present += to_present;
        week.new_customers += won;
        week.revenue += won * order_value;
        week.cost +=
            700.0 / 7.0 + (headcount_paid * 6000.0 + moves_per_month) * 12.0 / 365.0 + one_off;
        if d % 7 == 6 {
            record.push(std::mem::take(&mut week));
        }
    }
    record
}

fn close(engine: f64, by_hand: f64) -> bool {
    (engine - by_hand).abs() <= 1e-9 * by_hand.abs().max(1.0)
}

#[test]
fn expected_values_equal_a_day_by_day_stock_and_flow_model_with_step_and_ramp_inputs() {
    let design = with_plan(chain());
    let result = sim::simulate(&design);
    let by_hand = stock_and_flow(WEEKS as usize);
    let stage = |id: &str| result.stage_index(&StageId::new(id)).expect("stage");
    let (qualify, present) = (stage("qualify"), stage("present"));
    for (week, expected) in by_hand.iter().enumerate() {
        let mean = Statistic::Mean;
        let pairs = [
            (
                "entered Qualify",
                result.stage_value(week, qualify, StageMetric::Entered, mean),
                expected.entered_qualify,
            ),
            (
                "entered Present",
                result.stage_value(week, present, StageMetric::Entered, mean),
                expected.entered_present,
            ),
            (
                "new customers",
                result.total_value(week, TotalMetric::NewCustomers, mean),
                expected.new_customers,
            ),
            (
                "revenue",
                result.total_value(week, TotalMetric::Revenue, mean),
                expected.revenue,
            ),
            (
                "cost",
                result.total_value(week, TotalMetric::Cost, mean),
                expected.cost,
            ),
        ];
        for (figure, engine, hand) in pairs {
            assert!(
                close(engine, hand),
                "week {week}, {figure}: {engine} by the engine, {hand} by hand"
            );
        }
    }
}

#[test]
fn a_design_without_moves_or_with_them_switched_off_gives_the_same_numbers_bit_for_bit() {
    for mode in [SimulationMode::Expected, SimulationMode::MonteCarlo] {
        let mut design = chain();
        design.simulation = settings(mode, 40);
        let without = sim::simulate(&design);
        let mut switched_off = with_plan(design.clone());
        for planned in &mut switched_off.plan {
            planned.on = false;
        }
        let off = sim::simulate(&switched_off);
        let series = |result: &sim::SimResult| {
            result.total_series(TotalMetric::CumulativeProfit, Statistic::Mean)
        };
        assert_eq!(series(&without), series(&off), "{mode:?}");
        assert_eq!(
            without.summary.customers_at_horizon.to_bits(),
            off.summary.customers_at_horizon.to_bits()
        );
        let with = sim::simulate(&with_plan(design));
        assert_ne!(series(&without), series(&with), "the plan changes the year");
    }
}

#[test]
fn monte_carlo_follows_the_plan_within_its_standard_error() {
    // Without the plan too: Qualify's one person is the bottleneck, and whole leads must
    // average out to the capacity (a credit capped before processing lost 6 % of it).
    for mut design in [chain(), with_plan(chain())] {
        design.simulation = settings(SimulationMode::MonteCarlo, 400);
        monte_carlo_means_match_expected_values(&design);
    }
}

fn monte_carlo_means_match_expected_values(design: &Design) {
    let runs = sim::simulate(design);
    let expected = sim::simulate_expected(design);
    for metric in [TotalMetric::ActiveCustomers, TotalMetric::Revenue] {
        // Each run's customers at the end and revenue over the year.
        let total = |result: &sim::SimResult| -> f64 {
            let series = result.total_series(metric, Statistic::Mean);
            match metric {
                TotalMetric::ActiveCustomers => series.last().copied().unwrap_or_default(),
                _ => series.iter().sum(),
            }
        };
        let outcomes: Vec<f64> = runs
            .run_outcomes()
            .iter()
            .map(|outcome| match metric {
                TotalMetric::ActiveCustomers => outcome.customers,
                _ => outcome.revenue,
            })
            .collect();
        let n = outcomes.len() as f64;
        let mean = outcomes.iter().sum::<f64>() / n;
        let variance = outcomes.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
        let standard_error = (variance / n).sqrt();
        assert!(
            (total(&runs) - total(&expected)).abs() <= 4.0 * standard_error + 1e-9,
            "{metric:?}: {} in Monte Carlo, {} expected, standard error {standard_error}",
            total(&runs),
            total(&expected)
        );
    }
}

#[test]
fn the_months_add_up_to_the_weeks_and_show_the_headcount_from_the_hire() {
    let design = with_plan(chain());
    let result = sim::simulate(&design);
    let table = sim::months::month_table(&design, &result);
    // 40 weeks from 4 January: January to October, October cut short.
    assert_eq!(table.months.len(), 10);
    assert_eq!(table.months[0].first_day, start());
    assert_eq!(
        table.months.iter().map(|month| month.days).sum::<usize>(),
        40 * 7
    );
    let weekly = |metric| -> f64 {
        result
            .total_series(metric, Statistic::Mean)
            .iter()
            .sum::<f64>()
    };
    let monthly =
        |figure: fn(&sim::months::Month) -> f64| -> f64 { table.months.iter().map(figure).sum() };
    assert!(close(
        monthly(|month| month.cost.total()),
        weekly(TotalMetric::Cost)
    ));
    assert!(close(
        monthly(|month| month.new_customers),
        weekly(TotalMetric::NewCustomers)
    ));
    assert!(close(monthly(|month| month.profit), {
        weekly(TotalMetric::Revenue) - weekly(TotalMetric::Cost)
    }));
    // The campaign's one-off and monthly cost fall in February to April (days 50 to 119).
    assert!(table.months[0].cost.moves == 0.0 && table.months[1].cost.moves >= 1000.0);
    assert_eq!(table.roles.len(), 1);
    // Hired on 3 February (day 30), paid from then on.
    let headcount: Vec<f64> = table
        .months
        .iter()
        .map(|month| month.headcount[0])
        .collect();
    assert!((headcount[0] - 1.0).abs() < 1e-12);
    assert!(
        headcount[1..]
            .iter()
            .all(|&people| (people - 3.0).abs() < 1e-12),
        "{headcount:?}"
    );
    let entering_present = table
        .stages
        .iter()
        .position(|(id, _)| id.as_str() == "present")
        .expect("Present is a working stage");
    assert!(
        table.months[5].entering[entering_present] > table.months[0].entering[entering_present]
    );
}

#[test]
fn validation_names_the_move_and_what_is_wrong_with_it() {
    use leadflow::design::validate::{Severity, Subject, validate};
    let mut design = with_plan(chain());
    assert!(validate(&design).is_empty(), "{:?}", validate(&design));
    let mut unknown = Move::new(
        "Hire for a stage that is gone",
        Figure::Headcount {
            stage: "negotiate".into(),
            role: "ae".into(),
        },
        Change::By(1.0),
        day(10),
    );
    unknown.ramp_days = 400;
    let mut ends_early = Move::new(
        "Campaign that ends first",
        Figure::LeadsPerWeek("ads".into()),
        Change::By(5.0),
        day(60),
    );
    ends_early.until = Some(day(30));
    design.plan.extend([
        unknown,
        ends_early,
        Move::new(
            "Next year's price",
            Figure::OrderValue("customers".into()),
            Change::By(100.0),
            day(600),
        ),
        Move::new(
            "Too good a playbook",
            Figure::Conversion("qualify".into()),
            Change::ByShare(2.0),
            day(20),
        ),
    ]);
    let findings = validate(&design);
    let about = |index: usize| -> Vec<(Severity, String)> {
        findings
            .iter()
            .filter(|finding| finding.subject == Subject::Move(index))
            .map(|finding| (finding.severity, finding.to_string()))
            .collect()
    };
    let said = |index: usize, rule: &str, severity: Severity| {
        assert!(
            about(index)
                .iter()
                .any(|(level, text)| *level == severity && text.contains(rule)),
            "move {index}: {:?}",
            about(index)
        );
    };
    said(4, "has no headcount of \"negotiate\"", Severity::Error);
    said(4, "ramp-up of 400 days", Severity::Warning);
    said(5, "not after it starts", Severity::Error);
    said(6, "outside the simulated", Severity::Warning);
    said(
        7,
        "takes conversion to 120.0 %, outside 0.0 % – 100.0 %",
        Severity::Error,
    );
    assert!(about(0).is_empty());
}

#[test]
fn littles_law_holds_again_once_a_stages_figures_are_steady() {
    // Ten leads a day into a stage of 5 days, then 10 days from day 50 over a 30-day ramp:
    // once steady, the stage holds ten a day times its new days.
    let mut design = chain();
    design.stages.remove(&StageId::new("present"));
    design.flows.retain(|flow| flow.from.as_str() != "present");
    design.flows.retain(|flow| flow.from.as_str() != "qualify");
    design.flows.push(Flow::new("qualify", "customers"));
    if let Some(qualify) = design.stages.get_mut(&StageId::new("qualify")) {
        qualify.roles.clear();
        // Already steady on the start date.
        qualify.in_stage_today = 50.0;
    }
    if let Some(ads) = design.sources.get_mut(&SourceId::new("ads")) {
        ads.leads_per_week = 70.0;
    }
    let mut slower = Move::new(
        "Longer discovery",
        Figure::DaysInStage("qualify".into()),
        Change::To(10.0),
        day(50),
    );
    slower.ramp_days = 30;
    design.plan.push(slower);
    let result = sim::simulate(&design);
    let qualify = result.stage_index(&StageId::new("qualify")).expect("stage");
    let held = result.stage_value(39, qualify, StageMetric::InStage, Statistic::Mean);
    assert!((held - 10.0 * 10.0).abs() < 1e-6, "{held} in stage");
    let before = result.stage_value(6, qualify, StageMetric::InStage, Statistic::Mean);
    assert!(
        (before - 10.0 * 5.0).abs() < 1e-6,
        "{before} in stage before the move"
    );
}

#[test]
fn a_ramp_of_four_billion_days_simulates_in_the_time_of_the_horizon() {
    // A hostile file: the ramp is the largest the format holds. Validation warns; the
    // simulation still reads only the days it simulates.
    let mut design = with_plan(chain());
    design.plan[0].ramp_days = u32::MAX;
    let findings = leadflow::design::validate::validate(&design);
    assert!(
        findings
            .iter()
            .any(|finding| finding.to_string().contains("ramp-up"))
    );
    // Before, the schedule walked all four billion days (minutes); now only the horizon's.
    let result = sim::simulate(&design);
    assert!(result.summary.customers_at_horizon.is_finite());
}
