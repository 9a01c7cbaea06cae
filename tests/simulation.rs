//! The simulation is right: conservation, closed forms, Monte Carlo against expected values,
//! reproducibility, and honest handling of runaway growth.

mod common;

use leadflow::design::calendar::Date;
use leadflow::design::{
    Channel, Customers, Design, Flow, Point, Role, RoleId, SimulationMode, SimulationSettings,
    Source, SourceId, Staffing, Stage, StageId, StageKind,
};
use leadflow::sim::{self, SimResult, StageMetric, Statistic, TotalMetric};
use leadflow::templates::TEMPLATES;
use proptest::prelude::*;

/// What a design's stages hold on the start date, as the engine starts from it (whole leads
/// in Monte Carlo; a lost end starts empty).
fn starting_total(design: &Design, mode: SimulationMode) -> f64 {
    design
        .stages
        .values()
        .filter(|stage| !matches!(stage.kind, StageKind::Lost))
        .map(|stage| {
            let today = stage.in_stage_today.max(0.0);
            let waiting = if stage.kind.is_working_stage() {
                stage.waiting_today.clamp(0.0, today)
            } else {
                0.0
            };
            match mode {
                SimulationMode::Expected => today,
                SimulationMode::MonteCarlo => (today - waiting).round() + waiting.round(),
            }
        })
        .sum()
}

/// Every lead that was there on the start date or entered since is in a stage, in a backlog,
/// lost, churned or on its way, every week; returns the largest relative gap.
fn conservation_gap(design: &Design, result: &SimResult, statistic: Statistic) -> f64 {
    let mut entered = starting_total(design, result.mode);
    let mut worst: f64 = 0.0;
    for week in 0..result.weeks {
        entered += result.total_value(week, TotalMetric::LeadsEntered, statistic);
        let held: f64 = (0..result.stage_ids.len())
            .map(|stage| {
                result.stage_value(week, stage, StageMetric::InStage, statistic)
                    + result.stage_value(week, stage, StageMetric::Backlog, statistic)
            })
            .sum::<f64>()
            + result.total_value(week, TotalMetric::Lost, statistic)
            + result.total_value(week, TotalMetric::Churned, statistic)
            + result.total_value(week, TotalMetric::InTransit, statistic);
        worst = worst.max((entered - held).abs() / entered.abs().max(1.0));
    }
    worst
}

fn settings(mode: SimulationMode, weeks: u32, runs: u32, seed: u64) -> SimulationSettings {
    SimulationSettings {
        start_date: Some(Date::constant(2027, 1, 4)),
        horizon_weeks: weeks,
        mode,
        runs,
        seed,
    }
}

fn customers(order_value: f64) -> StageKind {
    StageKind::Customer(Customers::buying_once(order_value))
}

fn source(leads_per_week: f64, entry: &str) -> Source {
    Source {
        name: "Source".to_owned(),
        channel: Channel::Ads,
        leads_per_week,
        cost_per_week: 0.0,
        growth_per_month: 0.0,
        season: Vec::new(),
        entry: entry.into(),
        measured: None,
    }
}

/// A chain of working stages with the given conversions and days, ending in customers.
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
        Stage::new("Customers", customers(1000.0), Point::new(0.0, 1000.0)),
    );
    design
        .sources
        .insert(SourceId::new("ads"), source(leads_per_week, "s0"));
    design
}

#[test]
fn every_example_conserves_leads_in_both_modes() {
    for template in TEMPLATES {
        let design = template.design().expect("loads");
        let expected = sim::simulate(&design);
        let gap = conservation_gap(&design, &expected, Statistic::Mean);
        assert!(gap < 1e-9, "{}: expected mode gap {gap}", template.name);
        // One Monte Carlo run holds whole leads: conservation is exact there.
        let single = sim::simulate_with(&design, &settings(SimulationMode::MonteCarlo, 52, 1, 9));
        let gap = conservation_gap(&design, &single, Statistic::Mean);
        assert!(gap < 1e-6, "{}: Monte Carlo gap {gap}", template.name);
    }
}

#[test]
fn littles_law_holds_for_a_single_stage_at_every_time_in_stage() {
    // Leads in stage = daily throughput × days in stage: the days a leader enters (or a CRM
    // measured) are the mean stay the simulation gives.
    let leads_per_day = 20.0;
    for days_in_stage in [1.0, 3.0, 5.0, 14.0, 60.0] {
        let design = chain(&[(0.5, days_in_stage)], leads_per_day * 7.0);
        let result = sim::simulate_with(&design, &settings(SimulationMode::Expected, 156, 1, 0));
        let stage = result.stage_index(&"s0".into()).expect("stage");
        let in_stage = result.stage_value(155, stage, StageMetric::InStage, Statistic::Mean);
        let expected = leads_per_day * days_in_stage;
        assert!(
            (in_stage / expected - 1.0).abs() < 0.005,
            "{days_in_stage} days: {in_stage} in stage, Little's law says {expected}"
        );
    }
}

#[test]
fn a_chain_delivers_the_product_of_its_conversion_rates() {
    let conversions = [(0.3, 5.0), (0.6, 3.0), (0.25, 8.0)];
    let leads_per_week = 700.0;
    let design = chain(&conversions, leads_per_week);
    let result = sim::simulate_with(&design, &settings(SimulationMode::Expected, 104, 1, 0));
    let new_customers = result.total_value(103, TotalMetric::NewCustomers, Statistic::Mean);
    let product: f64 = conversions.iter().map(|(c, _)| c).product();
    assert!(
        (new_customers / (leads_per_week * product) - 1.0).abs() < 1e-6,
        "{new_customers} vs {}",
        leads_per_week * product
    );
}

#[test]
fn capacity_below_inflow_grows_the_backlog_by_the_difference() {
    let mut design = chain(&[(0.5, 1.0)], 70.0);
    design.roles.insert(
        RoleId::new("rep"),
        Role {
            name: "Rep".to_owned(),
            short_name: String::new(),
            monthly_cost: 0.0,
            leads_per_person_per_week: 50.0,
        },
    );
    design
        .stages
        .get_mut(&StageId::new("s0"))
        .expect("stage")
        .roles
        .push(Staffing {
            role: RoleId::new("rep"),
            headcount: 1.0,
        });
    let result = sim::simulate_with(&design, &settings(SimulationMode::Expected, 52, 1, 0));
    let stage = result.stage_index(&"s0".into()).expect("stage");
    let backlog = result.stage_series(stage, StageMetric::Backlog, Statistic::Mean);
    for week in 40..52 {
        let growth = backlog[week] - backlog[week - 1];
        assert!((growth - 20.0).abs() < 1e-6, "week {week}: {growth}");
    }
    assert_eq!(result.summary.bottleneck, Some("s0".into()));
    let utilisation = result.summary.utilisation[stage].expect("staffed");
    assert!(utilisation > 0.99, "{utilisation}");
}

#[test]
fn monte_carlo_mean_matches_expected_values_and_the_band_holds_them() {
    for name in ["classic-funnel", "sales-silo", "flywheel"] {
        let design = leadflow::templates::find(name)
            .expect("template")
            .design()
            .expect("loads");
        let expected = sim::simulate_with(&design, &settings(SimulationMode::Expected, 52, 1, 0));
        let runs = 400;
        let monte_carlo =
            sim::simulate_with(&design, &settings(SimulationMode::MonteCarlo, 52, runs, 11));
        assert!(monte_carlo.has_bands());
        for week in [12, 25, 51] {
            for (stage, stage_id) in expected.stage_ids.iter().enumerate() {
                let value =
                    expected.stage_value(week, stage, StageMetric::InStage, Statistic::Mean);
                let mean =
                    monte_carlo.stage_value(week, stage, StageMetric::InStage, Statistic::Mean);
                let p10 =
                    monte_carlo.stage_value(week, stage, StageMetric::InStage, Statistic::P10);
                let p90 =
                    monte_carlo.stage_value(week, stage, StageMetric::InStage, Statistic::P90);
                // The 10–90 % band spans about 2.56 standard deviations.
                let standard_error = ((p90 - p10) / 2.56).max(1.0) / f64::from(runs).sqrt();
                assert!(
                    (mean - value).abs() < 5.0 * standard_error + 0.01 * value,
                    "{name} {stage_id} week {week}: mean {mean} vs expected {value}"
                );
                if value >= 10.0 {
                    assert!(
                        p10 <= value && value <= p90,
                        "{name} {stage_id} week {week}: {value} outside [{p10}, {p90}]"
                    );
                }
            }
        }
        let expected_customers = expected.summary.customers_at_horizon;
        let (low, high) = monte_carlo.summary.customers_at_horizon_band.expect("band");
        assert!(
            low <= expected_customers && expected_customers <= high,
            "{name}"
        );
    }
}

#[test]
fn each_runs_outcome_adds_up_to_the_summary_and_its_band() {
    let design = leadflow::templates::find("sales-silo")
        .expect("template")
        .design()
        .expect("loads");
    // 101 runs: not a whole number of lanes, so the padding runs must be dropped.
    let result = sim::simulate_with(&design, &settings(SimulationMode::MonteCarlo, 40, 101, 3));
    let runs = result.run_outcomes();
    assert_eq!(runs.len(), 101);
    let mean = |of: fn(&sim::RunOutcome) -> f64| runs.iter().map(of).sum::<f64>() / 101.0;
    let summary = &result.summary;
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-4 * b.abs().max(1.0);
    assert!(close(
        mean(|run| run.customers),
        summary.customers_at_horizon
    ));
    assert!(close(mean(|run| run.revenue), summary.revenue));
    assert!(close(mean(|run| run.profit), summary.profit));
    let customers: Vec<f64> = runs.iter().map(|run| run.customers).collect();
    let band = sim::percentile_band(&customers);
    assert_eq!(Some(band), summary.customers_at_horizon_band);
    let expected = sim::simulate_with(&design, &settings(SimulationMode::Expected, 40, 1, 0));
    assert!(expected.run_outcomes().is_empty());
}

#[test]
fn the_same_seed_gives_the_same_output_byte_for_byte() {
    let design = leadflow::templates::find("sales-silo")
        .expect("template")
        .design()
        .expect("loads");
    let run = |seed| {
        sim::output::csv(&sim::simulate_with(
            &design,
            &settings(SimulationMode::MonteCarlo, 26, 50, seed),
        ))
    };
    let first = run(5);
    assert_eq!(first, run(5));
    assert_ne!(first, run(6));
    assert!(
        first.starts_with(
            "week,date,stage,in_stage,in_stage_p10,in_stage_p50,in_stage_p90,entered,"
        )
    );
}

#[test]
fn a_flywheel_that_feeds_itself_is_flagged_not_broken() {
    let mut design = chain(&[(0.8, 3.0)], 10.0);
    design
        .stages
        .get_mut(&StageId::new("customers"))
        .expect("stage")
        .kind = StageKind::Customer(Customers {
        referrals_per_customer_per_year: 4.0,
        referrals_to: Some("s0".into()),
        ..Customers::buying_once(100.0)
    });
    let result = sim::simulate(&design);
    assert!(result.summary.runaway_growth);
    assert!(result.summary.stopped_after_weeks.is_none());
    // A hundred times the referrals outgrow any meaning within the horizon: the run stops, says so,
    // and every number stays finite.
    if let StageKind::Customer(customers) = &mut design
        .stages
        .get_mut(&StageId::new("customers"))
        .expect("stage")
        .kind
    {
        customers.referrals_per_customer_per_year = 400.0;
    }
    for mode in [SimulationMode::Expected, SimulationMode::MonteCarlo] {
        let result = sim::simulate_with(&design, &settings(mode, 520, 20, 1));
        assert!(result.summary.runaway_growth);
        let stopped = result.summary.stopped_after_weeks.expect("stopped");
        assert_eq!(result.weeks, stopped);
        let csv = sim::output::csv(&result);
        assert!(!csv.contains("NaN") && !csv.contains("inf"), "{mode:?}");
    }
}

#[test]
fn the_csv_has_the_documented_columns() {
    let design = leadflow::templates::find("inbound")
        .expect("template")
        .design()
        .expect("loads");
    let result = sim::simulate_with(&design, &settings(SimulationMode::Expected, 4, 1, 0));
    let csv = sim::output::csv(&result);
    let mut tables = csv.split("\n\n");
    let stages = tables.next().expect("stage table");
    let totals = tables.next().expect("totals table");
    assert!(stages.starts_with("week,date,stage,in_stage,entered,moved_on,dropped,backlog\n"));
    assert!(
        stages
            .lines()
            .nth(1)
            .expect("a row")
            .starts_with("1,2027-01-04,")
    );
    assert_eq!(stages.lines().count(), 1 + 4 * design.stages.len());
    assert!(totals.starts_with(
        "week,date,new_customers,active_customers,revenue,revenue_new_customers,revenue_existing_customers,cost,cumulative_profit,leads_entered,lost,churned,in_transit\n"
    ));
    assert!(
        totals
            .lines()
            .nth(4)
            .expect("week 4")
            .starts_with("4,2027-01-25,")
    );
    assert_eq!(totals.lines().count(), 1 + 4);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_designs_conserve_leads(design in common::design()) {
        let result = sim::simulate_with(&design, &settings(SimulationMode::Expected, 26, 1, 0));
        let gap = conservation_gap(&design, &result, Statistic::Mean);
        prop_assert!(gap < 1e-9, "gap {}", gap);
        let single = sim::simulate_with(&design, &settings(SimulationMode::MonteCarlo, 26, 1, 3));
        let gap = conservation_gap(&design, &single, Statistic::Mean);
        prop_assert!(gap < 1e-6, "Monte Carlo gap {}", gap);
    }
}

#[test]
fn synthetic_designs_are_valid_and_conserve_leads() {
    for stages in [2, 10, 100, 1000] {
        let design = leadflow::design::synthetic_design(stages);
        assert_eq!(design.stages.len(), stages);
        let findings = leadflow::design::validate::validate(&design);
        assert!(
            !leadflow::design::validate::has_errors(&findings),
            "{stages}: {findings:?}"
        );
        let result = sim::simulate(&design);
        assert!(conservation_gap(&design, &result, Statistic::Mean) < 1e-9);
        assert!(
            result.summary.new_customers > 0.0,
            "{stages} stages win customers"
        );
    }
}

#[test]
fn a_change_to_one_stage_leaves_the_luck_of_the_stages_before_it_alone() {
    // Each stage draws from its own stream: raising the last step's conversion changes
    // nothing upstream, run for run, so a lever's Monte Carlo spread is its own.
    let design = leadflow::templates::find("classic-funnel")
        .expect("template")
        .design()
        .expect("loads");
    let mut changed = design.clone();
    let last_step = leadflow::design::StageId::new("conversion");
    changed
        .stages
        .get_mut(&last_step)
        .expect("the funnel's last step")
        .conversion *= 1.1;
    let monte_carlo = settings(SimulationMode::MonteCarlo, 26, 1, 9);
    let before = sim::simulate_with(&design, &monte_carlo);
    let after = sim::simulate_with(&changed, &monte_carlo);
    for stage_id in ["awareness", "consideration"] {
        let stage = before
            .stage_index(&leadflow::design::StageId::new(stage_id))
            .expect("stage");
        for metric in [StageMetric::InStage, StageMetric::MovedOn] {
            assert_eq!(
                before.stage_series(stage, metric, Statistic::Mean),
                after.stage_series(stage, metric, Statistic::Mean),
                "{stage_id}"
            );
        }
    }
    let customers = |result: &SimResult| result.summary.customers_at_horizon;
    assert!(customers(&after) > customers(&before));
}
