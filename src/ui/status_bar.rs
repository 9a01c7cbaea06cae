//! The status bar: where the design is saved, what validation found (a click lists it), why an
//! autosave failed, and how long the simulation took.

use crate::ui::findings_list::Concerns;
use std::path::Path;
use std::time::Duration;

/// What the status bar reports.
pub struct Status<'a> {
    /// The design's file, if it has one.
    pub path: Option<&'a Path>,
    /// Whether there are unsaved changes.
    pub dirty: bool,
    /// What the design is told, counted here and listed above the status bar.
    pub concerns: Concerns<'a>,
    /// Why the last autosave failed, if it did.
    pub autosave_failure: Option<&'a str>,
    /// What was last done that leaves no other trace in the window (an export written).
    pub notice: Option<&'a str>,
    /// What the keys do now, while the canvas waits for them (a flow being drawn by keys).
    pub keys_hint: Option<String>,
    /// Whether a simulation is under way on a worker.
    pub simulating: bool,
    /// How far the Monte Carlo run under way has come.
    pub monte_carlo: Option<&'a crate::sim::Progress>,
    /// Whether the person stopped the Monte Carlo run of the design as it is.
    pub stopped: bool,
    /// How long the latest simulation took.
    pub simulated_in: Duration,
}

/// The status bar; a click on the findings' count opens or closes their list. Returns whether
/// the person asked the Monte Carlo run under way to stop.
pub fn status_bar_ui(ui: &mut egui::Ui, status: &Status<'_>, findings_open: &mut bool) -> bool {
    let mut stop = false;
    ui.horizontal(|ui| {
        let location = status.path.map_or_else(
            || crate::tr!("status-not-saved"),
            |path| path.display().to_string(),
        );
        if status.dirty {
            ui.label(crate::tr!("status-unsaved", location = location));
        } else {
            ui.label(location);
        }
        ui.separator();
        let (errors, warnings) = status.concerns.counts();
        let counts = crate::tr!(
            "status-findings",
            errors = errors,
            warnings = warnings,
            errors_shown = crate::i18n::format::count(errors as f64),
            warnings_shown = crate::i18n::format::count(warnings as f64)
        );
        let text = if errors > 0 {
            egui::RichText::new(counts).color(ui.visuals().error_fg_color)
        } else {
            egui::RichText::new(counts)
        };
        if ui
            .selectable_label(*findings_open, text)
            .on_hover_text(crate::tr!("status-findings-hint"))
            .clicked()
        {
            *findings_open = !*findings_open;
        }
        if let Some(hint) = &status.keys_hint {
            ui.separator();
            let label = ui.label(egui::RichText::new(hint).strong());
            // Read out as soon as it changes, wherever the focus is.
            ui.ctx().accesskit_node_builder(label.id, |node| {
                node.set_live(egui::accesskit::Live::Polite);
            });
        }
        if let Some(notice) = status.notice {
            ui.separator();
            ui.label(notice);
        }
        if let Some(failure) = status.autosave_failure {
            ui.separator();
            ui.label(egui::RichText::new(failure).color(ui.visuals().error_fg_color));
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(progress) = status.monte_carlo {
                stop = monte_carlo_ui(ui, progress);
                return;
            }
            if status.stopped {
                ui.label(crate::tr!("status-monte-carlo-stopped"));
                return;
            }
            let mode = if status.simulating {
                crate::tr!("status-simulating")
            } else {
                crate::tr!(
                    "status-simulated",
                    milliseconds =
                        crate::i18n::format::number(status.simulated_in.as_secs_f64() * 1000.0, 1)
                )
            };
            ui.label(mode);
        });
    });
    stop
}

/// The Monte Carlo run's progress, the time left, and a button to stop it; returns whether it
/// was pressed. Repaints while the run goes on, so the bar moves without input.
fn monte_carlo_ui(ui: &mut egui::Ui, progress: &crate::sim::Progress) -> bool {
    let stop = ui
        .small_button(crate::tr!("status-stop"))
        .on_hover_text(crate::tr!("status-stop-hint"))
        .clicked();
    let share = progress.share().unwrap_or(0.0);
    let percent = crate::i18n::format::percent(share * 100.0, 0);
    let words = match progress.time_left() {
        Some(left) => crate::tr!(
            "status-monte-carlo-left",
            percent = percent,
            left = crate::i18n::format::time_span(left)
        ),
        None => crate::tr!("status-monte-carlo", percent = percent),
    };
    ui.add(
        egui::ProgressBar::new(share as f32)
            .desired_width(120.0)
            .desired_height(12.0),
    );
    ui.label(words);
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(200));
    stop
}
