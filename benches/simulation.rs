//! Simulation speed on generated designs of 10, 100 and 1,000 stages over 52 weeks, in
//! stage-days per second, and what a plan of moves costs on top. `cargo bench --bench
//! simulation`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use leadflow::design::calendar::Date;
use leadflow::design::plan::{Change, Figure, Move};
use leadflow::design::{Design, SimulationMode, SimulationSettings, synthetic_design};
use leadflow::sim;
use std::hint::black_box;

const WEEKS: u32 = 52;

fn settings(mode: SimulationMode, runs: u32) -> SimulationSettings {
    SimulationSettings {
        horizon_weeks: WEEKS,
        mode,
        runs,
        seed: 1,
        ..SimulationSettings::default()
    }
}

fn expected_values(c: &mut Criterion) {
    let mut group = c.benchmark_group("expected");
    for stages in [10, 100, 1000] {
        let design = synthetic_design(stages);
        let settings = settings(SimulationMode::Expected, 1);
        group.throughput(Throughput::Elements(stages as u64 * u64::from(WEEKS) * 7));
        group.bench_with_input(BenchmarkId::from_parameter(stages), &design, |b, design| {
            b.iter(|| sim::simulate_with(black_box(design), &settings));
        });
    }
    group.finish();
}

fn monte_carlo(c: &mut Criterion) {
    let mut group = c.benchmark_group("monte_carlo_1000_runs");
    group.sample_size(10);
    for stages in [10, 100] {
        let design = synthetic_design(stages);
        let settings = settings(SimulationMode::MonteCarlo, 1000);
        group.throughput(Throughput::Elements(
            stages as u64 * u64::from(WEEKS) * 7 * 1000,
        ));
        group.bench_with_input(BenchmarkId::from_parameter(stages), &design, |b, design| {
            b.iter(|| sim::simulate_with(black_box(design), &settings));
        });
    }
    group.finish();
}

/// `design` with a year of moves: a conversion and a time in stage ramping over 60 days on
/// each of its first five working stages, and a campaign on each of its first five sources.
fn with_moves(mut design: Design, start: Date) -> Design {
    let day = |days: i64| {
        start
            .checked_add(jiff::Span::new().days(days))
            .unwrap_or(start)
    };
    let working: Vec<_> = design
        .stages
        .iter()
        .filter(|(_, stage)| stage.kind.is_working_stage())
        .map(|(id, _)| id.clone())
        .take(5)
        .collect();
    for (n, stage) in (0_i64..).zip(working) {
        let mut better = Move::new(
            "playbook",
            Figure::Conversion(stage.clone()),
            Change::ByShare(0.1),
            day(30 + 20 * n),
        );
        better.ramp_days = 60;
        let mut faster = Move::new(
            "faster",
            Figure::DaysInStage(stage),
            Change::ByShare(-0.2),
            day(100 + 20 * n),
        );
        faster.ramp_days = 60;
        design.plan.extend([better, faster]);
    }
    let sources: Vec<_> = design.sources.keys().take(5).cloned().collect();
    for (n, source) in (0_i64..).zip(sources) {
        let mut campaign = Move::new(
            "campaign",
            Figure::LeadsPerWeek(source),
            Change::ByShare(0.5),
            day(60 + 30 * n),
        );
        campaign.until = Some(day(120 + 30 * n));
        design.plan.push(campaign);
    }
    design
}

/// The same 100-stage design with and without fifteen moves, in both modes: what following a
/// plan costs.
fn moves(c: &mut Criterion) {
    let mut group = c.benchmark_group("moves");
    group.sample_size(10);
    let expected = settings(SimulationMode::Expected, 1);
    let runs = settings(SimulationMode::MonteCarlo, 1000);
    let plain = synthetic_design(100);
    let planned = with_moves(plain.clone(), expected.start_date());
    for (name, design) in [("without", &plain), ("with", &planned)] {
        group.bench_function(format!("expected_100/{name}"), |b| {
            b.iter(|| sim::simulate_with(black_box(design), &expected));
        });
        group.bench_function(format!("monte_carlo_1000_runs_100/{name}"), |b| {
            b.iter(|| sim::simulate_with(black_box(design), &runs));
        });
    }
    group.finish();
}

criterion_group!(benches, expected_values, monte_carlo, moves);
criterion_main!(benches);
