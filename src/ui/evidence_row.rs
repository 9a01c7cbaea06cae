//! A grid row under a measured figure saying what it rests on, or that it was typed over.

use crate::design::Evidence;
use crate::draw::provenance::{Figure, provenance_text};

/// Adds the row when `evidence` exists (nothing for a figure that was never measured).
pub fn evidence_row(
    ui: &mut egui::Ui,
    evidence: Option<&Evidence>,
    value: f64,
    figure: Figure<'_>,
    prefix: &str,
) {
    let Some(evidence) = evidence else {
        return;
    };
    ui.label("");
    let text = format!(
        "{prefix}{}",
        provenance_text(evidence, value, figure, crate::i18n::current())
    );
    let colour = if evidence.stands_for(value) {
        ui.visuals().weak_text_color()
    } else {
        ui.visuals().warn_fg_color
    };
    ui.add(egui::Label::new(egui::RichText::new(text).small().color(colour)).wrap());
    ui.end_row();
}
