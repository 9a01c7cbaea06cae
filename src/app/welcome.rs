//! The first start: what a newcomer can do, offered once. Any answer, or closing it, means
//! it is not offered again.

use super::LeadflowApp;
use super::commands::Command;
use super::modals::{Modal, ModalAction};
use egui::RichText;

impl LeadflowApp {
    /// Offers the welcome when Leadflow starts for the first time on its example (not when a
    /// file was opened, or something else asks first).
    pub fn offer_welcome(&mut self) {
        if !self.settings.welcomed && self.modal.is_none() && self.doc.path.is_none() {
            self.modal = Some(Modal::Welcome);
        }
    }
}

/// The welcome's choices.
pub(super) fn welcome_ui(ui: &mut egui::Ui) -> Option<ModalAction> {
    ui.heading("Welcome to Leadflow");
    ui.label(
        "Design how your company sells and watch the lead flow it gives. The window shows the \
         sales silo example; where would you like to start?",
    );
    ui.add_space(8.0);
    let mut action = None;
    let choices = [
        (
            "Answer four questions",
            "Leadflow recommends a sales model and builds a starting design from your answers.",
            Some(Command::NewFromQuestions),
        ),
        (
            "Choose a starting design",
            "Classic funnel, inbound, outbound, account-based, the flywheel, and more.",
            Some(Command::New),
        ),
        (
            "Import a CRM export",
            "Measure your pipeline from HubSpot, Pipedrive, Salesforce or an event log.",
            Some(Command::NewFromCrm),
        ),
        (
            "Open a design",
            "A .ron file, or an image exported by Leadflow.",
            Some(Command::Open),
        ),
        (
            "Look around the example",
            "Everything is also in the menus.",
            None,
        ),
    ];
    for (title, detail, command) in choices {
        let button =
            egui::Button::new(RichText::new(title).strong()).min_size(egui::vec2(420.0, 0.0));
        if ui.add(button).clicked() {
            action = Some(ModalAction::Welcomed(command));
        }
        ui.label(RichText::new(detail).small().weak());
        ui.add_space(4.0);
    }
    action
}
