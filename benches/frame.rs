//! CPU time of one editor frame on a 200-stage design with the plot live, run headless with
//! `egui_kittest` (layout, painting and tessellation; no GPU). `cargo bench --bench frame`.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use leadflow::app::LeadflowApp;
use leadflow::app::dialogs::ScriptedDialogs;
use leadflow::app::document::OpenDocument;
use leadflow::app::view::Settings;
use leadflow::design::synthetic_design;

fn harness(stages: usize) -> Harness<'static, LeadflowApp> {
    let app = LeadflowApp::with_settings(
        OpenDocument::new(synthetic_design(stages), None),
        Box::new(ScriptedDialogs::default()),
        Settings::default(),
        None,
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |_creation| app);
    harness.run_steps(4);
    harness
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_200_stages");
    let mut idle = harness(200);
    group.bench_function("unchanged", |b| b.iter(|| idle.step()));
    let mut moving = harness(200);
    let mut offset = 0.0_f32;
    group.bench_function("after_an_edit", |b| {
        b.iter(|| {
            // Nudge one stage: the frame then re-validates and re-simulates the design.
            offset = -offset + 1.0;
            moving.state_mut().nudge_first_stage_for_benchmark(offset);
            moving.step();
        });
    });
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
