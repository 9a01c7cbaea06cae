//! The dialogs shown over the editor. Each is a state type with a `show` function that draws
//! it and returns what the person chose (as the panels return a `Change` or an `Intent`); the
//! app keeps the open dialogs and carries the choices out.

pub mod about;
pub mod crm_export;
pub mod export;
pub mod find_command;
pub mod goal_seek;
pub mod prompt;
pub mod questions;
pub mod review;

pub use prompt::{AfterPrompt, Prompt, PromptChoice};

/// A dialog over the editor.
pub enum Dialog {
    /// A question, a notice, the welcome or the choice of starting design.
    Prompt(Prompt),
    /// File → Export image….
    Export(export::ExportDialog),
    /// File → New from questions….
    Questions(Box<questions::QuestionsDialog>),
    /// File → New from CRM export… and Design → Calibrate from CRM export….
    Crm(Box<crm_export::CrmDialog>),
    /// Ctrl+K: find a command or a stage.
    FindCommand(find_command::FindCommand),
    /// Design → Goal seek….
    GoalSeek(Box<goal_seek::GoalSeekDialog>),
}

impl Dialog {
    /// The prompt, when this dialog is one.
    #[must_use]
    pub fn as_prompt(&self) -> Option<&Prompt> {
        match self {
            Self::Prompt(prompt) => Some(prompt),
            _ => None,
        }
    }
}

/// A dialog that grows downward from a fixed top edge: as it gains rows (a result, a report)
/// what is already on screen stays where it was, so the next click lands where the user aims.
#[must_use]
pub fn anchored_dialog(id: &str) -> egui::Modal {
    let id = egui::Id::unique(id);
    egui::Modal::new(id)
        .area(egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 64.0)))
}
