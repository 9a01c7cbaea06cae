//! The findings and the advice, listed above the status bar (what the status bar counts);
//! clicking one selects what it is about.

use crate::advice::findings::Advice;
use crate::design::FlowKey;
use crate::design::validate::{Finding, Severity, Subject};
use crate::ui::view::Selection;

/// The list while `open`; the close button clears `open`, a click on a finding selects its
/// stage or flow (or clears the selection, for what the design's own inspector shows).
pub fn findings_window(
    ctx: &egui::Context,
    (findings, advice, runaway): (&[Finding], &[Advice], bool),
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
            if findings.is_empty() && advice.is_empty() && !runaway {
                ui.label(crate::tr!("chrome-nothing-to-report-the-design"));
            }
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    let language = crate::i18n::current();
                    // Leads growing without bound first: it is about the whole design.
                    let runaway = runaway.then(|| {
                        (
                            Severity::Warning,
                            crate::tr!("plot-leads-grow-without-bound-the"),
                            &Subject::Design,
                        )
                    });
                    let items = runaway
                        .into_iter()
                        .chain(findings.iter().map(|finding| {
                            (finding.severity, finding.words(language), &finding.subject)
                        }))
                        .chain(advice.iter().map(|item| {
                            (
                                Severity::Warning,
                                item.message.words(language),
                                &item.subject,
                            )
                        }));
                    for (severity, words, subject) in items {
                        let colour = match severity {
                            Severity::Error => ui.visuals().error_fg_color,
                            Severity::Warning => ui.visuals().warn_fg_color,
                        };
                        let text = egui::RichText::new(words).color(colour);
                        if ui
                            .add(egui::Button::new(text).wrap().frame(false))
                            .clicked()
                        {
                            chosen = Some(subject);
                        }
                    }
                });
        });
    let Some(subject) = chosen else {
        return;
    };
    match subject {
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
