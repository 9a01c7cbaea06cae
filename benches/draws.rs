//! Cost of single random draws in each of the binomial sampler's regimes.
//! `cargo bench --bench draws`.

use criterion::{Criterion, criterion_group, criterion_main};
use leadflow::sim::draws::Probability;
use leadflow::sim::rng::Rng;
use std::hint::black_box;

fn binomial(c: &mut Criterion) {
    let mut group = c.benchmark_group("binomial");
    // (label, trials, probability): a conversion of a few leads, finishing from a busy stage,
    // warming up from a large nurture pool.
    for (label, trials, p) in [
        ("few_leads", 4.0, 0.8),
        ("busy_stage", 20.0, 0.2),
        ("large_pool", 224.0, 0.003),
    ] {
        let probability = Probability::new(p);
        let mut rng = Rng::for_run(1, 0);
        group.bench_function(label, |b| {
            b.iter(|| rng.binomial(black_box(trials), black_box(&probability)));
        });
    }
    group.finish();
    let mut rng = Rng::for_run(1, 0);
    c.bench_function("rng/next_u64", |b| b.iter(|| rng.next_u64()));
    let mut rng = Rng::for_run(1, 0);
    c.bench_function("rng/normal", |b| b.iter(|| rng.normal()));
    let mut rng = Rng::for_run(1, 0);
    c.bench_function("poisson/source_day", |b| {
        b.iter(|| rng.poisson(black_box(7.1)));
    });
}

criterion_group!(benches, binomial);
criterion_main!(benches);
