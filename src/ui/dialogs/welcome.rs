//! The first start: what a newcomer can do, offered once. Any answer, or closing it, means
//! it is not offered again.

use super::prompt::PromptChoice;
use crate::ui::commands::Command;
use egui::RichText;

/// The welcome's choices.
pub(super) fn welcome_ui(ui: &mut egui::Ui) -> Option<PromptChoice> {
    ui.heading(crate::tr!("welcome-title"));
    ui.label(crate::tr!("welcome-text"));
    ui.add_space(8.0);
    let mut action = None;
    let choices = [
        (
            "welcome-questions",
            "welcome-questions-detail",
            Some(Command::NewFromQuestions),
        ),
        (
            "welcome-template",
            "welcome-template-detail",
            Some(Command::New),
        ),
        (
            "welcome-crm",
            "welcome-crm-detail",
            Some(Command::NewFromCrm),
        ),
        ("welcome-open", "welcome-open-detail", Some(Command::Open)),
        ("welcome-look", "welcome-look-detail", None),
    ];
    let choices = choices.map(|(title, detail, command)| {
        (crate::i18n::text(title), crate::i18n::text(detail), command)
    });
    for (title, detail, command) in choices {
        let button =
            egui::Button::new(RichText::new(title).strong()).min_size(egui::vec2(420.0, 0.0));
        if ui.add(button).clicked() {
            action = Some(PromptChoice::Welcomed(command));
        }
        ui.label(RichText::new(detail).size(12.0).weak());
        ui.add_space(4.0);
    }
    action
}
