//! Export speed: a 100-stage design as a 16:9 slide PNG at 2× (3840 × 2160), as SVG, as a
//! PowerPoint deck and as a PDF report (with its levers, worked out beforehand as the editor
//! has them); the sales silo's flow in motion as a ten-second GIF. `cargo bench --bench export`.

use criterion::{Criterion, criterion_group, criterion_main};
use leadflow::design::synthetic_design;
use leadflow::export::{self, ExportOptions, Format, Layout};
use leadflow::sim;
use std::hint::black_box;

fn slide(c: &mut Criterion) {
    let design = synthetic_design(100);
    let result = sim::simulate(&design);
    let mut group = c.benchmark_group("export_slide_100_stages");
    group.sample_size(10);
    for (label, format, scale) in [("png_2x", Format::Png, 2), ("svg", Format::Svg, 1)] {
        let options = ExportOptions {
            format,
            layout: Layout::Slide,
            scale,
            ..ExportOptions::default()
        };
        group.bench_function(label, |b| {
            b.iter(|| export::export(black_box(&design), &result, &options));
        });
    }
    let levers = leadflow::advice::levers::levers(&design);
    group.bench_function("pptx", |b| {
        b.iter(|| {
            export::export_deck(
                black_box(&design),
                &result,
                &levers,
                leadflow::draw::ThemeChoice::Light,
                leadflow::i18n::current(),
            )
        });
    });
    let report = ExportOptions {
        format: Format::Pdf,
        layout: Layout::Report,
        ..ExportOptions::default()
    };
    group.bench_function("report", |b| {
        b.iter(|| export::export_pack(black_box(&design), &result, &levers, &report));
    });
    group.finish();
}

fn motion(c: &mut Criterion) {
    let design = leadflow::templates::design_named("sales-silo").expect("the sales silo");
    let result = sim::simulate(&design);
    let mut group = c.benchmark_group("export_motion_sales_silo");
    group.sample_size(10);
    let options = ExportOptions {
        format: Format::Gif,
        ..ExportOptions::default()
    };
    group.bench_function("gif_10s", |b| {
        b.iter(|| export::export(black_box(&design), &result, &options));
    });
    group.finish();
}

criterion_group!(benches, slide, motion);
criterion_main!(benches);
