//! Starting from today: days in stage are the mean stay, stages start from what they hold
//! today, existing customers' revenue is kept apart, and sources follow their seasons.

use leadflow::design::calendar::Date;
use leadflow::design::validate::{Severity, Subject, validate};
use leadflow::design::{
    Channel, Customers, Design, Flow, Point, SimulationMode, SimulationSettings, Source, SourceId,
    Stage, StageId, StageKind,
};
use leadflow::sim::{self, SimResult, StageMetric, Statistic, TotalMetric};

fn settings(mode: SimulationMode, weeks: u32, runs: u32, start: Date) -> SimulationSettings {
    SimulationSettings {
        start_date: Some(start),
        horizon_weeks: weeks,
        mode,
        runs,
        seed: 17,
    }
}

fn monday() -> Date {
    Date::constant(2027, 1, 4)
}

fn customers(repeat_per_year: f64, churn_per_year: f64) -> StageKind {
    StageKind::Customer(Customers {
        repeat_purchases_per_year: repeat_per_year,
        churn_per_year,
        ..Customers::buying_once(1000.0)
    })
}

/// Working stages of the given conversions and days in a row, ending in customers, fed by
/// one source of `leads_per_week` into the first.
fn chain(stages: &[(f64, f64)], leads_per_week: f64) -> Design {
    let mut design = Design::default();
    for (index, &(conversion, days)) in stages.iter().enumerate() {
        let mut stage = Stage::new(
            format!("Stage {index}"),
            StageKind::FunnelStep,
            Point::new(0.0, index as f32 * 170.0),
        );
        stage.conversion = conversion;
        stage.days_in_stage = days;
        design
            .stages
            .insert(StageId::new(format!("s{index}")), stage);
        let next = if index + 1 == stages.len() {
            "customers".to_owned()
        } else {
            format!("s{}", index + 1)
        };
        design.flows.push(Flow::new(format!("s{index}"), next));
    }
    design.stages.insert(
        "customers".into(),
        Stage::new("Customers", customers(0.0, 0.0), Point::new(0.0, 1000.0)),
    );
    if leads_per_week > 0.0 {
        design.sources.insert(
            SourceId::new("ads"),
            Source {
                name: "Ads".to_owned(),
                channel: Channel::Ads,
                leads_per_week,
                cost_per_week: 0.0,
                growth_per_month: 0.0,
                season: Vec::new(),
                entry: "s0".into(),
                measured: None,
            },
        );
    }
    design
}

fn stage_index(result: &SimResult, stage_id: &str) -> usize {
    result
        .stage_index(&StageId::new(stage_id))
        .expect("stage in the result")
}

/// The smallest count whose Poisson(`mean`) cumulative probability reaches `q`.
fn poisson_quantile(mean: f64, q: f64) -> f64 {
    let mut probability = (-mean).exp();
    let mut cumulative = probability;
    let mut count = 0.0;
    while cumulative < q {
        count += 1.0;
        probability *= mean / count;
        cumulative += probability;
    }
    count
}

#[test]
fn monte_carlo_counts_in_a_settled_stage_follow_poisson_of_inflow_times_days() {
    // Poisson arrivals each staying a geometric number of days: the count in the stage is
    // Poisson with mean λT, so the runs' 10, 50 and 90 % points are Poisson's.
    let leads_per_day = 10.0;
    for days in [3.0, 5.0] {
        let design = chain(&[(0.5, days)], leads_per_day * 7.0);
        let result = sim::simulate_with(
            &design,
            &settings(SimulationMode::MonteCarlo, 12, 2000, monday()),
        );
        let stage = stage_index(&result, "s0");
        let mean = leads_per_day * days;
        for (statistic, q) in [
            (Statistic::P10, 0.1),
            (Statistic::P50, 0.5),
            (Statistic::P90, 0.9),
        ] {
            let runs = result.stage_value(11, stage, StageMetric::InStage, statistic);
            let poisson = poisson_quantile(mean, q);
            assert!(
                (runs - poisson).abs() <= 1.5,
                "{days} days, {q}: runs {runs}, Poisson({mean}) {poisson}"
            );
        }
    }
}

#[test]
fn a_chains_mean_time_to_customer_is_the_sum_of_its_days() {
    // A thousand leads in the first stage today and nobody after them: the mean time at
    // which they become customers is the sum of the stages' days.
    let days = [10.0, 20.0, 30.0];
    let mut design = chain(&[(1.0, days[0]), (1.0, days[1]), (1.0, days[2])], 0.0);
    let leads = 1000.0;
    design
        .stages
        .get_mut(&StageId::new("s0"))
        .expect("first stage")
        .in_stage_today = leads;
    let weeks = 60;
    let result = sim::simulate_with(
        &design,
        &settings(SimulationMode::Expected, weeks, 1, monday()),
    );
    // E[T] = ∫ P(not yet a customer) dt, read at each week's end (trapezoids of 7 days); the
    // first day counts in full, as leads present on it can finish on it.
    let still_out: Vec<f64> = std::iter::once(1.0)
        .chain((0..weeks as usize).map(|week| {
            1.0 - result.total_value(week, TotalMetric::ActiveCustomers, Statistic::Mean) / leads
        }))
        .collect();
    let mean_days: f64 = still_out
        .windows(2)
        .map(|pair| 3.5 * (pair[0] + pair[1]))
        .sum::<f64>()
        + 0.5;
    let expected: f64 = days.iter().sum();
    assert!(
        still_out.last().copied().unwrap_or(1.0) < 1e-4,
        "all arrive"
    );
    assert!(
        (mean_days / expected - 1.0).abs() < 0.01,
        "mean time to customer {mean_days} days, stages add up to {expected}"
    );
}

#[test]
fn leads_in_a_stage_today_move_on_from_week_one_and_are_all_accounted_for() {
    let mut design = chain(&[(0.5, 7.0)], 0.0);
    let stage = design.stages.get_mut(&StageId::new("s0")).expect("stage");
    stage.in_stage_today = 100.0;
    for mode in [SimulationMode::Expected, SimulationMode::MonteCarlo] {
        let result = sim::simulate_with(&design, &settings(mode, 52, 1, monday()));
        let s0 = stage_index(&result, "s0");
        let first_week_moved = result.stage_value(0, s0, StageMetric::MovedOn, Statistic::Mean);
        assert!(first_week_moved > 0.0, "{mode:?}");
        let won: f64 = result
            .total_series(TotalMetric::NewCustomers, Statistic::Mean)
            .iter()
            .sum();
        let lost = result.total_value(51, TotalMetric::Lost, Statistic::Mean);
        let left = result.stage_value(51, s0, StageMetric::InStage, Statistic::Mean);
        assert!((won + lost + left - 100.0).abs() < 1e-6, "{mode:?}");
        if mode == SimulationMode::Expected {
            assert!((won - 50.0).abs() < 0.01, "half convert: {won}");
        }
    }
}

#[test]
fn existing_customers_buy_again_and_churn_from_week_one_and_their_revenue_is_kept_apart() {
    let mut design = chain(&[(0.2, 7.0)], 70.0);
    let customer_stage = design
        .stages
        .get_mut(&StageId::new("customers"))
        .expect("customers");
    customer_stage.kind = customers(2.0, 0.2);
    customer_stage.in_stage_today = 500.0;
    let result = sim::simulate_with(
        &design,
        &settings(SimulationMode::Expected, 52, 1, monday()),
    );
    let week = |metric| result.total_value(0, metric, Statistic::Mean);
    let new_in_week_one = week(TotalMetric::NewCustomers);
    assert!(
        (week(TotalMetric::ActiveCustomers)
            - (500.0 + new_in_week_one - week(TotalMetric::Churned)))
        .abs()
            < 1e-9
    );
    assert!(week(TotalMetric::Churned) > 0.0);
    // 500 customers ordering twice a year at 1,000 bring about 19,000 a week.
    let existing = week(TotalMetric::RevenueExistingCustomers);
    assert!(
        (existing / (500.0 * 2.0 * 1000.0 * 7.0 / 365.0) - 1.0).abs() < 0.01,
        "{existing}"
    );
    let summary = &result.summary;
    let new_revenue: f64 = result
        .total_series(TotalMetric::RevenueNewCustomers, Statistic::Mean)
        .iter()
        .sum();
    assert!((summary.revenue_existing_customers + new_revenue - summary.revenue).abs() < 1e-6);
    // Without new leads every euro comes from existing customers, in both modes.
    design.sources.clear();
    for mode in [SimulationMode::Expected, SimulationMode::MonteCarlo] {
        let result = sim::simulate_with(&design, &settings(mode, 26, 40, monday()));
        let summary = &result.summary;
        assert!(summary.revenue > 0.0);
        assert!(
            (summary.revenue_existing_customers - summary.revenue).abs() < 1e-6 * summary.revenue,
            "{mode:?}"
        );
    }
}

#[test]
fn monte_carlo_starts_from_whole_leads_and_matches_expected_values() {
    let mut design = chain(&[(0.4, 10.0)], 35.0);
    let stage = design.stages.get_mut(&StageId::new("s0")).expect("stage");
    stage.in_stage_today = 80.0;
    let expected = sim::simulate_with(
        &design,
        &settings(SimulationMode::Expected, 20, 1, monday()),
    );
    let runs = 800;
    let monte_carlo = sim::simulate_with(
        &design,
        &settings(SimulationMode::MonteCarlo, 20, runs, monday()),
    );
    let s0 = stage_index(&expected, "s0");
    for week in [0, 4, 19] {
        let value = expected.stage_value(week, s0, StageMetric::InStage, Statistic::Mean);
        let mean = monte_carlo.stage_value(week, s0, StageMetric::InStage, Statistic::Mean);
        let spread = monte_carlo.stage_value(week, s0, StageMetric::InStage, Statistic::P90)
            - monte_carlo.stage_value(week, s0, StageMetric::InStage, Statistic::P10);
        let standard_error = (spread / 2.56).max(1.0) / f64::from(runs).sqrt();
        assert!(
            (mean - value).abs() < 5.0 * standard_error,
            "week {week}: {mean} vs {value}"
        );
    }
    // Half a lead is no lead: Monte Carlo holds whole ones.
    design
        .stages
        .get_mut(&StageId::new("s0"))
        .expect("stage")
        .in_stage_today = 80.4;
    let single = sim::simulate_with(
        &design,
        &settings(SimulationMode::MonteCarlo, 2, 1, monday()),
    );
    let held = single.stage_value(0, s0, StageMetric::InStage, Statistic::Mean)
        + single.total_value(0, TotalMetric::Lost, Statistic::Mean)
        + single.total_value(0, TotalMetric::NewCustomers, Statistic::Mean)
        - single.total_value(0, TotalMetric::LeadsEntered, Statistic::Mean);
    assert!((held - 80.0).abs() < 1e-9, "{held}");
}

fn seasonal_design(season: Vec<f64>) -> Design {
    let mut design = chain(&[(0.5, 5.0)], 70.0);
    design
        .sources
        .get_mut(&SourceId::new("ads"))
        .expect("source")
        .season = season;
    design
}

#[test]
fn a_source_with_july_at_zero_sends_nobody_in_july_in_either_mode() {
    let mut season = vec![1.0; 12];
    season[6] = 0.0;
    let design = seasonal_design(season);
    for mode in [SimulationMode::Expected, SimulationMode::MonteCarlo] {
        let start = monday();
        let result = sim::simulate_with(&design, &settings(mode, 52, 1, start));
        for week in 0..52 {
            let first = leadflow::design::calendar::week_start(start, week);
            let last = leadflow::design::calendar::last_day(first, 1);
            let leads = result.total_value(week, TotalMetric::LeadsEntered, Statistic::Mean);
            if first.month() == 7 && last.month() == 7 {
                assert!(leads == 0.0, "{mode:?} week of {first}: {leads}");
            } else if first.month() != 7 && last.month() != 7 && mode == SimulationMode::Expected {
                assert!((leads - 70.0).abs() < 1e-9, "week of {first}: {leads}");
            }
        }
    }
}

#[test]
fn a_season_averaging_one_over_the_year_keeps_the_yearly_total() {
    // July at a fifth, the other months raised so the year's days average 1.0.
    let july_days = 31.0;
    let other = (365.0 - 0.2 * july_days) / (365.0 - july_days);
    let mut season = vec![other; 12];
    season[6] = 0.2;
    let yearly = |design: &Design| {
        // 2027-01-01 … 2027-12-30: 52 weeks, all of the year but its last day.
        let result = sim::simulate_with(
            design,
            &settings(SimulationMode::Expected, 52, 1, Date::constant(2027, 1, 1)),
        );
        result
            .total_series(TotalMetric::LeadsEntered, Statistic::Mean)
            .iter()
            .sum::<f64>()
    };
    let flat = yearly(&seasonal_design(Vec::new()));
    let seasonal = yearly(&seasonal_design(season.clone()));
    // The one day short of the year is a December day at `other`: the totals differ by the
    // difference of that one day.
    let one_day_difference = 10.0 * (other - 1.0);
    assert!(
        (seasonal - flat + one_day_difference).abs() < 1e-6,
        "{seasonal} vs {flat}"
    );
    // Growth still compounds on top of the season.
    let mut growing = seasonal_design(season);
    growing
        .sources
        .get_mut(&SourceId::new("ads"))
        .expect("source")
        .growth_per_month = 0.05;
    assert!(yearly(&growing) > 1.2 * seasonal);
}

#[test]
fn validation_names_bad_starting_counts_seasons_and_start_dates() {
    let mut design = seasonal_design(vec![1.0; 11]);
    let stage = design.stages.get_mut(&StageId::new("s0")).expect("stage");
    stage.in_stage_today = -3.0;
    let customers = design
        .stages
        .get_mut(&StageId::new("customers"))
        .expect("customers");
    customers.in_stage_today = f64::NAN;
    design.simulation.start_date = Some(Date::constant(1989, 12, 31));
    let findings = validate(&design);
    let has = |subject: &Subject, needle: &str| {
        findings.iter().any(|finding| {
            finding.severity == Severity::Error
                && &finding.subject == subject
                && finding
                    .words(leadflow::i18n::Language::English)
                    .contains(needle)
        })
    };
    assert!(has(
        &Subject::Stage("s0".into()),
        "in_stage_today -3 is negative"
    ));
    assert!(has(
        &Subject::Stage("customers".into()),
        "in_stage_today is NaN"
    ));
    assert!(has(
        &Subject::Source("ads".to_owned()),
        "season has 11 factors"
    ));
    assert!(has(&Subject::Design, "start_date 1989-12-31 is outside"));
    let mut design = seasonal_design(vec![1.0; 12]);
    if let Some(source) = design.sources.get_mut(&SourceId::new("ads")) {
        source.season[6] = 12.0;
        source.season[7] = f64::INFINITY;
    }
    let findings = validate(&design);
    for month in ["Jul is 12", "Aug is inf"] {
        assert!(
            findings.iter().any(|finding| finding
                .words(leadflow::i18n::Language::English)
                .contains(&format!("season factor for {month}"))),
            "{month}: {findings:?}"
        );
    }
    let mut design = chain(&[(0.5, 0.5)], 7.0);
    let stage = design.stages.get_mut(&StageId::new("s0")).expect("stage");
    stage.in_stage_today = 10.0;
    stage.waiting_today = 12.0;
    let findings = validate(&design);
    assert!(findings.iter().any(|finding| {
        finding.severity == Severity::Error
            && finding
                .words(leadflow::i18n::Language::English)
                .contains("waiting_today 12 is more than the 10")
    }));
    assert!(findings.iter().any(|finding| {
        finding.severity == Severity::Warning
            && finding
                .words(leadflow::i18n::Language::English)
                .contains("under a day")
    }));
}

#[test]
fn the_starting_state_travels_with_scenarios_levers_and_goal_seek() {
    use leadflow::advice::goal::{Goal, Target, Unknown, solve};
    let design = leadflow::templates::design_named("relationship-based").expect("example");
    // A scenario of the same process as a new company: every stage empty today.
    let mut empty = design.current_scenario();
    empty.name = "New company".to_owned();
    for stage in empty.stages.values_mut() {
        stage.in_stage_today = 0.0;
        stage.waiting_today = 0.0;
    }
    let mut with_scenario = design.clone();
    with_scenario.scenarios.push(empty);
    let simulated: Vec<(String, f64)> = with_scenario
        .scenario_designs()
        .into_iter()
        .map(|(name, scenario)| {
            let summary = sim::simulate_expected(&scenario).summary;
            (name, summary.revenue_existing_customers)
        })
        .collect();
    assert!(simulated[0].1 > 1e6, "{simulated:?}");
    assert!(simulated[1].1.abs() < 1e-9, "{simulated:?}");

    // Levers are measured against the design as it stands today, customers included.
    let base = sim::simulate_expected(&design).summary.customers_at_horizon;
    assert!(base > 320.0);
    for lever in leadflow::advice::levers::levers(&design).iter().take(3) {
        let changed =
            leadflow::advice::levers::apply(&design, &lever.stage_id, lever.kind).expect("applies");
        let after = sim::simulate_expected(&changed)
            .summary
            .customers_at_horizon;
        assert!((after - base - lever.customers).abs() < 1e-9);
    }

    // A revenue the customers of today bring almost alone takes few new leads.
    let today_revenue = sim::simulate_expected(&design).summary.revenue;
    let goal = Goal {
        target: Target::Revenue(today_revenue * 1.02),
        by_week: 52,
        unknown: Unknown::LeadsPerWeek,
        confidence: None,
    };
    let answer = solve(&design, &goal).expect("reachable");
    let reached = sim::simulate_expected(&answer.design).summary.revenue;
    assert!(reached >= today_revenue * 1.02);
    let stages_today = |design: &Design| {
        design
            .stages
            .values()
            .map(|stage| stage.in_stage_today)
            .sum::<f64>()
    };
    assert!((stages_today(&answer.design) - stages_today(&design)).abs() < 1e-9);
}

#[test]
fn sizes_lengths_and_every_scenario_are_validated() {
    use leadflow::design::limits::{MAX_NAME_CHARS, MAX_STAGES};
    let mut design = chain(&[(0.5, 7.0)], 70.0);
    design.name = "x".repeat(MAX_NAME_CHARS + 1);
    let findings = validate(&design);
    assert!(findings.iter().any(|finding| {
        finding
            .words(leadflow::i18n::Language::English)
            .contains("design: name has 201 characters, more than the 200 allowed")
    }));

    // Brand reach stages whose delays add up past the limit would hold gigabytes of leads on
    // their way.
    let mut delayed = chain(&[(0.5, 7.0)], 70.0);
    for index in 0..40 {
        let mut reach = Stage::new(
            format!("Reach {index}"),
            StageKind::BrandReach(leadflow::design::BrandReach {
                organic_share: 0.01,
                delay_days: 3_000.0,
                organic_to: "s0".into(),
            }),
            Point::new(400.0, index as f32 * 100.0),
        );
        reach.days_in_stage = 7.0;
        delayed
            .stages
            .insert(StageId::new(format!("reach-{index}")), reach);
    }
    let findings = validate(&delayed);
    assert!(
        findings.iter().any(|finding| finding
            .words(leadflow::i18n::Language::English)
            .contains("the delays add up to 120000 days, more than the 100000")),
        "{findings:?}"
    );
    assert!(!leadflow::design::limits::simulable(&delayed));

    let big = leadflow::design::synthetic_design(MAX_STAGES + 1);
    let findings = validate(&big);
    assert!(
        findings.iter().any(|finding| finding
            .words(leadflow::i18n::Language::English)
            .contains("stages: 2001, more than the 2000")),
        "{findings:?}"
    );

    let mut design = chain(&[(0.5, 7.0)], 70.0);
    let mut other = design.current_scenario();
    other.name = "Bigger list".to_owned();
    if let Some(source) = other.sources.values_mut().next() {
        source.leads_per_week = -5.0;
    }
    design.scenarios.push(other);
    let findings = validate(&design);
    assert!(
        findings.iter().any(|finding| {
            finding.severity == Severity::Error
                && finding.words(leadflow::i18n::Language::English).starts_with(
                    "scenario \"Bigger list\": source \"Ads\" (ads): leads_per_week -5 is negative"
                )
        }),
        "{findings:?}"
    );
}
