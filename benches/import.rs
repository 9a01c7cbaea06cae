//! What reading a CRM export costs: 100,000 deals drawn from the sample pipeline, written as
//! an event log and as a HubSpot deals export (CSV), read and measured.
//! `cargo bench --bench import`.

use criterion::{Criterion, criterion_group, criterion_main};
use leadflow::crm::synthetic::{self, TruePipeline};
use leadflow::crm::{ImportOptions, measure, read_export};
use std::hint::black_box;

fn import(c: &mut Criterion) {
    // The sample's pipeline at 100,000 deals over a year: about 1,900 new deals a week.
    let truth = TruePipeline {
        sources: vec![
            ("Organic search".to_owned(), 1_150.0),
            ("Paid search".to_owned(), 760.0),
        ],
        ..TruePipeline::sample()
    };
    let (deals, _) = synthetic::draw(&truth);
    let dir = tempfile::tempdir().expect("a temporary directory");
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    for (name, rows) in [
        ("event_log", synthetic::event_log(&truth, &deals)),
        ("hubspot", synthetic::hubspot(&truth, &deals)),
    ] {
        let path = dir.path().join(format!("{name}.csv"));
        std::fs::write(&path, synthetic::to_csv(&rows)).expect("write the export");
        let label = format!("{name}/{}k_deals", deals.len() / 1000);
        group.bench_function(label, |b| {
            b.iter(|| {
                let read = read_export(black_box(&path), &ImportOptions::default())
                    .expect("the export reads");
                measure(&read)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
