//! Simulation speed on generated designs of 10, 100 and 1,000 stages over 52 weeks, in
//! stage-days per second. `cargo bench --bench simulation`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use leadflow::design::{SimulationMode, SimulationSettings, synthetic_design};
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

criterion_group!(benches, expected_values, monte_carlo);
criterion_main!(benches);
