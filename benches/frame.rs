//! CPU time of one editor frame on a 200-stage design with the plot live (zoomed to fit, and at
//! 100 %), run headless with
//! `egui_kittest` (layout, painting and tessellation; no GPU). `cargo bench --bench frame`.

use criterion::{Criterion, criterion_group, criterion_main};
use egui_kittest::Harness;
use leadflow::app::LeadflowApp;
use leadflow::app::document::OpenDocument;
use leadflow::design::synthetic_design;
use leadflow::ui::file_dialogs::ScriptedDialogs;
use leadflow::ui::preferences::Preferences;

fn harness(stages: usize) -> Harness<'static, LeadflowApp> {
    let app = LeadflowApp::with_preferences(
        OpenDocument::new(synthetic_design(stages), None),
        Box::new(ScriptedDialogs::default()),
        Preferences::default(),
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
    // Zoomed in to 100 %: every visible stage drawn in full detail.
    let mut close_up = harness(200);
    for _ in 0..12 {
        close_up
            .state_mut()
            .command(leadflow::ui::commands::Command::ZoomIn);
        close_up.step();
    }
    group.bench_function("unchanged_at_100_percent", |b| b.iter(|| close_up.step()));
    let mut edited = harness(200);
    let mut offset = 0.0_f32;
    group.bench_function("after_an_edit", |b| {
        b.iter(|| {
            // Nudge one stage, as an arrow key does: the frame then settles the change into
            // the history, re-validates and re-simulates (on the worker) the design.
            offset = -offset + 1.0;
            edited.state_mut().nudge_first_stage_for_benchmark(offset);
            edited.step();
        });
    });
    let mut dragging = harness(200);
    // The pointer held down over the status bar, as during a drag or a slider scrub: the
    // history settles and validation runs once, on release.
    dragging.event(egui::Event::PointerButton {
        pos: egui::pos2(700.0, 892.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    dragging.step();
    group.bench_function("during_a_drag", |b| {
        b.iter(|| {
            offset = -offset + 1.0;
            dragging.state_mut().nudge_first_stage_for_benchmark(offset);
            dragging.step();
        });
    });
    group.finish();
}

criterion_group!(benches, frames);
criterion_main!(benches);
