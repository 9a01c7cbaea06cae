//! The findings and the advice, listed above the status bar (what the status bar counts);
//! clicking one selects what it is about.

use crate::advice::findings::Advice;
use crate::design::FlowKey;
use crate::design::validate::{Finding, Severity, Subject};
use crate::i18n::Language;
use crate::ui::view::Selection;

/// Everything the design is told, in one list: what the status bar counts is what its list
/// shows.
#[derive(Clone, Copy)]
pub struct Concerns<'a> {
    /// What validation found.
    pub findings: &'a [Finding],
    /// The advice on the design as simulated (each a warning).
    pub advice: &'a [Advice],
    /// Leads growing without bound, when the simulation found them (a warning).
    pub runaway: Option<Runaway<'a>>,
}

/// Leads growing without bound, and the loop that feeds them if one was found.
#[derive(Clone, Copy)]
pub struct Runaway<'a> {
    /// The design the loop's stages are named from.
    pub design: &'a crate::design::Design,
    /// The loop, if one gives back more than it takes.
    pub found: Option<&'a crate::design::feedback::FeedbackLoop>,
}

impl Runaway<'_> {
    /// The warning in `language`, naming the loop and its gain.
    #[must_use]
    pub fn words(self, language: Language) -> String {
        crate::design::feedback::runaway_message(self.found, self.design).words(language)
    }
}

impl Concerns<'_> {
    /// The concerns as (severity, words in `language`, what it is about), leads growing
    /// without bound first: it is about the whole design.
    fn items(self, language: Language) -> impl Iterator<Item = (Severity, String, Subject)> {
        let runaway = self
            .runaway
            .map(|runaway| (Severity::Warning, runaway.words(language), Subject::Design));
        let findings = self.findings.iter().map(move |finding| {
            (
                finding.severity,
                finding.words(language),
                finding.subject.clone(),
            )
        });
        let advice = self.advice.iter().map(move |item| {
            (
                Severity::Warning,
                item.message.words(language),
                item.subject.clone(),
            )
        });
        runaway.into_iter().chain(findings).chain(advice)
    }

    /// How many are errors and how many warnings.
    #[must_use]
    pub fn counts(self) -> (usize, usize) {
        let errors = self
            .findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .count();
        let all = self.findings.len() + self.advice.len() + usize::from(self.runaway.is_some());
        (errors, all - errors)
    }
}

/// The list while `open`; the close button clears `open`, a click on a finding selects its
/// stage or flow (or clears the selection, for what the design's own inspector shows).
pub fn findings_window(
    ctx: &egui::Context,
    concerns: Concerns<'_>,
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
            if concerns.counts() == (0, 0) {
                ui.label(crate::tr!("chrome-nothing-to-report-the-design"));
            }
            egui::ScrollArea::vertical()
                .max_height(260.0)
                .show(ui, |ui| {
                    let items = concerns.items(crate::i18n::current());
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
    match &subject {
        Subject::Stage(stage_id) => selection.select_only(stage_id.clone()),
        Subject::Flow { from, to } => {
            selection.clear();
            selection.flow = Some(FlowKey {
                from: from.clone(),
                to: to.clone(),
            });
        }
        // The design's own inspector shows sources, the catalogue and settings.
        Subject::Design | Subject::Source(_) | Subject::Catalogue(_) | Subject::Move(_) => {
            selection.clear();
        }
    }
}
