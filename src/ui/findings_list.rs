//! The findings, listed above the status bar; clicking one selects what it is about.

use crate::design::FlowKey;
use crate::design::validate::{Finding, Severity, Subject};
use crate::ui::view::Selection;

/// The list while `open`; the close button clears `open`, a click on a finding selects its
/// stage or flow (or clears the selection, for what the design's own inspector shows).
pub fn findings_window(
    ctx: &egui::Context,
    findings: &[Finding],
    open: &mut bool,
    selection: &mut Selection,
) {
    if !*open {
        return;
    }
    let mut chosen = None;
    egui::Window::new(crate::tr!("chrome-findings"))
        .open(open)
        .anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(8.0, -36.0))
        .resizable(false)
        .collapsible(false)
        .default_width(460.0)
        .show(ctx, |ui| {
            if findings.is_empty() {
                ui.label(crate::tr!("chrome-nothing-to-report-the-design"));
            }
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    for finding in findings {
                        let colour = match finding.severity {
                            Severity::Error => ui.visuals().error_fg_color,
                            Severity::Warning => ui.visuals().warn_fg_color,
                        };
                        let text = egui::RichText::new(finding.words(crate::i18n::current()))
                            .color(colour);
                        if ui
                            .add(egui::Button::new(text).wrap().frame(false))
                            .clicked()
                        {
                            chosen = Some(finding);
                        }
                    }
                });
        });
    let Some(finding) = chosen else {
        return;
    };
    match &finding.subject {
        Subject::Stage(stage_id) => selection.select_only(stage_id.clone()),
        Subject::Flow { from, to } => {
            selection.clear();
            selection.flow = Some(FlowKey {
                from: from.clone(),
                to: to.clone(),
            });
        }
        // The design's own inspector shows sources, the catalogue and settings.
        Subject::Design | Subject::Source(_) | Subject::Catalogue(_) => selection.clear(),
    }
}
