//! What the advisor costs: the levers and a goal seek on the sales silo example, in expected
//! values and in Monte Carlo (200 runs, the editor's default). `cargo bench --bench advice`.

use criterion::{Criterion, criterion_group, criterion_main};
use leadflow::advice::goal::{self, Goal, Target, Unknown};
use leadflow::advice::levers;
use leadflow::design::{Design, SimulationMode};
use std::hint::black_box;

fn silo(mode: SimulationMode) -> Design {
    let mut design = leadflow::templates::find("sales-silo")
        .and_then(|template| template.design().ok())
        .expect("the bundled example loads");
    design.simulation.mode = mode;
    design.simulation.runs = 200;
    design
}

fn advisor(c: &mut Criterion) {
    let mut group = c.benchmark_group("advice");
    group.sample_size(10);
    for (label, mode) in [
        ("expected", SimulationMode::Expected),
        ("monte_carlo", SimulationMode::MonteCarlo),
    ] {
        let design = silo(mode);
        group.bench_function(format!("levers/{label}"), |b| {
            b.iter(|| levers::levers(black_box(&design)));
        });
        let goal = Goal {
            target: Target::Customers(230.0),
            by_week: 52,
            unknown: Unknown::LeadsPerWeek,
            confidence: (mode == SimulationMode::MonteCarlo).then_some(0.8),
        };
        group.bench_function(format!("goal_seek/{label}"), |b| {
            b.iter(|| goal::solve(black_box(&design), &goal));
        });
    }
    group.finish();
}

criterion_group!(benches, advisor);
criterion_main!(benches);
