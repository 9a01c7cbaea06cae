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

/// A drop-down in a dialog whose list stays above the dialog.
///
/// egui puts a combo box's list and a modal dialog in the same layer order and raises the one
/// clicked last, so once the dialog had been clicked a list opened again appeared behind it,
/// and a click on the sliver that showed was a click outside the dialog, which closed it.
pub trait InDialog {
    /// [`egui::ComboBox::show_ui`], with the list raised above the dialog while it is open.
    fn show_in_dialog<R>(
        self,
        ui: &mut egui::Ui,
        menu_contents: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::InnerResponse<Option<R>>;
}

impl InDialog for egui::ComboBox<'_> {
    fn show_in_dialog<R>(
        self,
        ui: &mut egui::Ui,
        menu_contents: impl FnOnce(&mut egui::Ui) -> R,
    ) -> egui::InnerResponse<Option<R>> {
        let shown = self.show_ui(ui, menu_contents);
        let button = shown.response.id;
        // The list's area is the combo box's popup id, the button's id with "popup" (egui
        // 0.37); `is_open` reads the same id, so a change in egui shows as a list not raised
        // rather than as a wrong layer raised.
        if egui::ComboBox::is_open(ui.ctx(), button) {
            ui.ctx().move_to_top(egui::LayerId::new(
                egui::Order::Foreground,
                button.with("popup"),
            ));
        }
        shown
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
