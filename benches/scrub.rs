//! How often the editor shows a fresh Monte Carlo result while a slider is scrubbed: a
//! 10-stage design at 200 runs, its first conversion changed every frame (60 frames a second)
//! for five seconds with the pointer held down, run headless with `egui_kittest`. Prints the
//! longest and the median time between two fresh results. `cargo bench --bench scrub`.

use egui_kittest::Harness;
use leadflow::app::LeadflowApp;
use leadflow::app::document::OpenDocument;
use leadflow::design::{SimulationMode, synthetic_design};
use leadflow::ui::file_dialogs::ScriptedDialogs;
use leadflow::ui::preferences::Preferences;
use std::time::{Duration, Instant};

fn main() {
    let mut design = synthetic_design(10);
    design.simulation.mode = SimulationMode::MonteCarlo;
    design.simulation.runs = 200;
    let app = LeadflowApp::with_preferences(
        OpenDocument::new(design, None),
        Box::new(ScriptedDialogs::default()),
        Preferences::default(),
        None,
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |_creation| app);
    harness.run_steps(4);
    harness.event(egui::Event::PointerButton {
        pos: egui::pos2(700.0, 892.0),
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    let frame = Duration::from_micros(16_667);
    let started = Instant::now();
    let mut last_fresh = Instant::now();
    let mut shown = None;
    let mut gaps = Vec::new();
    let mut frames = 0_u32;
    while started.elapsed() < Duration::from_secs(5) {
        let frame_start = Instant::now();
        frames += 1;
        let conversion = 0.3 + 0.4 * f64::from(frames % 100) / 100.0;
        harness
            .state_mut()
            .set_first_conversion_for_benchmark(conversion);
        harness.step();
        let now_shown = harness
            .state()
            .shown_simulation()
            .map(|result| result.summary.customers_at_horizon.to_bits());
        if now_shown != shown {
            shown = now_shown;
            gaps.push(last_fresh.elapsed());
            last_fresh = Instant::now();
        }
        std::thread::sleep(frame.saturating_sub(frame_start.elapsed()));
    }
    gaps.remove(0);
    gaps.sort();
    let longest = gaps.last().copied().unwrap_or_default();
    let median = gaps.get(gaps.len() / 2).copied().unwrap_or_default();
    println!(
        "scrub_10_stages_200_runs: {frames} frames, {} fresh results, longest gap {:.0} ms, median {:.0} ms",
        gaps.len(),
        longest.as_secs_f64() * 1000.0,
        median.as_secs_f64() * 1000.0
    );
}
