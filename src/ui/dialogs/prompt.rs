//! The small dialogs: a question before something that would lose work, a notice, a choice
//! of starting design, the welcome. Each is shown with `egui::Modal` and answers with a
//! [`PromptChoice`].

use crate::design::Design;
use crate::file::recovery::Recovered;
use crate::ui::commands::Command;
use egui::{Id, RichText};
use std::path::PathBuf;

/// What waits for the user's answer to "save changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum AfterPrompt {
    /// Start a new design from this template.
    New(String),
    /// Open this file.
    Open(PathBuf),
    /// Start editing this new design (from the wizard, a CRM export).
    Adopt(Box<Design>),
    /// Close the window.
    Quit,
}

/// A small dialog waiting for the user.
#[derive(Clone, Debug)]
pub enum Prompt {
    /// "Save changes?" before something that would lose them.
    UnsavedChanges(AfterPrompt),
    /// Choose a starting design.
    NewFromTemplate,
    /// Something went wrong; the message names the file and the problem.
    Error(String),
    /// The keyboard shortcuts.
    Shortcuts,
    /// About Leadflow.
    About,
    /// Unsaved work from a window that ended without saving was found.
    Recover(Box<Recovered>),
    /// The file was changed by someone else since it was opened: overwrite, save as, reload?
    ChangedOnDisk,
    /// A model was chosen that implies stages the design lacks.
    OfferStages(crate::design::implied::Offer),
    /// The first start: where to begin.
    Welcome,
    /// A plan of record frozen on this day exists: replace it?
    ReplacePlanOfRecord(crate::design::calendar::Date),
}

/// What the user chose in a dialog.
#[derive(Clone, Debug)]
pub enum PromptChoice {
    /// Close the dialog.
    Close,
    /// Save, then carry on.
    SaveThen(AfterPrompt),
    /// Carry on without saving.
    DiscardThen(AfterPrompt),
    /// Start from this template.
    NewFromTemplate(String),
    /// Restore the recovered work.
    Recover(Box<Recovered>),
    /// Throw the recovered work away.
    DiscardRecovery(Box<Recovered>),
    /// Add the offered stages.
    AcceptOffer(crate::design::implied::Offer),
    /// Save over a file someone else changed.
    Overwrite,
    /// Save under another name instead.
    SaveAs,
    /// Throw this window's changes away and load the file as it is now.
    Reload,
    /// The welcome was answered (with what to do next) or dismissed: never shown again.
    Welcomed(Option<Command>),
    /// Freeze the year as it stands as the plan of record, replacing the one there is.
    FreezePlanOfRecord,
    /// Keep the plan of record as an earlier plan, then freeze the year as it stands.
    KeepAndFreezePlanOfRecord,
}

/// What a prompt shows of the open document.
pub struct PromptContext<'a> {
    /// The design's name.
    pub design_name: &'a str,
    /// The document's file, as the title bar names it.
    pub file_label: &'a str,
}

/// Shows `prompt` and returns what the person chose, once they have.
#[must_use]
pub fn show(
    prompt: &Prompt,
    ctx: &egui::Context,
    document: &PromptContext<'_>,
) -> Option<PromptChoice> {
    let mut action = None;
    let response = egui::Modal::new(Id::unique("leadflow-modal")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        action = match prompt {
            Prompt::UnsavedChanges(then) => unsaved_changes_ui(ui, document.design_name, then),
            Prompt::NewFromTemplate => templates_ui(ui),
            Prompt::Error(message) => error_ui(ui, message),
            Prompt::Shortcuts => shortcuts_ui(ui),
            Prompt::About => super::about::about_ui(ui).then_some(PromptChoice::Close),
            Prompt::Recover(recovered) => recover_ui(ui, recovered),
            Prompt::OfferStages(offer) => offer_ui(ui, offer),
            Prompt::ChangedOnDisk => changed_on_disk_ui(ui, document.file_label),
            Prompt::Welcome => welcome_ui(ui),
            Prompt::ReplacePlanOfRecord(frozen_on) => replace_record_ui(ui, *frozen_on),
        };
    });
    if response.should_close() && action.is_none() {
        // Closed without a choice; recovered work stays and is offered again next time, and a
        // dismissed welcome is not.
        action = Some(if matches!(prompt, Prompt::Welcome) {
            PromptChoice::Welcomed(None)
        } else {
            PromptChoice::Close
        });
    }
    action
}

fn unsaved_changes_ui(ui: &mut egui::Ui, name: &str, then: &AfterPrompt) -> Option<PromptChoice> {
    ui.heading(crate::tr!("modals-save-changes"));
    ui.label(crate::tr!("modals-unsaved-text", name = name));
    ui.add_space(10.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-save")).clicked() {
            action = Some(PromptChoice::SaveThen(then.clone()));
        }
        if ui.button(crate::tr!("modals-don-t-save")).clicked() {
            action = Some(PromptChoice::DiscardThen(then.clone()));
        }
        if ui.button(crate::tr!("modals-cancel")).clicked() {
            action = Some(PromptChoice::Close);
        }
    });
    action
}

fn templates_ui(ui: &mut egui::Ui) -> Option<PromptChoice> {
    let mut action = None;
    ui.heading(crate::tr!("modals-new-design-from-a-template"));
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            for info in crate::templates::catalogue(crate::i18n::current()) {
                let button = egui::Button::new(RichText::new(&info.title).strong())
                    .min_size(egui::vec2(420.0, 0.0));
                if ui.add(button).on_hover_text(&info.notes).clicked() {
                    action = Some(PromptChoice::NewFromTemplate(info.template.name.to_owned()));
                }
                ui.label(RichText::new(&info.summary).size(12.0).weak());
                ui.add_space(4.0);
            }
        });
    if ui.button(crate::tr!("modals-cancel")).clicked() {
        action = Some(PromptChoice::Close);
    }
    action
}

fn changed_on_disk_ui(ui: &mut egui::Ui, file: &str) -> Option<PromptChoice> {
    ui.heading(crate::tr!("modals-the-file-changed-on-disk"));
    ui.label(crate::tr!("modals-changed-on-disk-text", file = file));
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-save-as")).clicked() {
            action = Some(PromptChoice::SaveAs);
        }
        if ui.button(crate::tr!("modals-overwrite")).clicked() {
            action = Some(PromptChoice::Overwrite);
        }
        if ui
            .button(crate::tr!("modals-reload"))
            .on_hover_text(crate::tr!("modals-discard-your-changes-and-open"))
            .clicked()
        {
            action = Some(PromptChoice::Reload);
        }
        if ui.button(crate::tr!("modals-cancel")).clicked() {
            action = Some(PromptChoice::Close);
        }
    });
    action
}

fn error_ui(ui: &mut egui::Ui, message: &str) -> Option<PromptChoice> {
    ui.heading(crate::tr!("modals-something-went-wrong"));
    ui.label(message);
    ui.label(RichText::new(crate::tr!("modals-your-design-is-unchanged")).weak());
    ui.button(crate::tr!("modals-ok"))
        .clicked()
        .then_some(PromptChoice::Close)
}

fn shortcuts_ui(ui: &mut egui::Ui) -> Option<PromptChoice> {
    ui.heading(crate::tr!("modals-keyboard-shortcuts"));
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        for command in Command::ALL {
            if command.shortcuts().is_empty() {
                continue;
            }
            ui.label(command.label().trim_end_matches('…'));
            let keys: Vec<String> = command
                .shortcuts()
                .iter()
                .map(|shortcut| ui.ctx().format_shortcut(shortcut))
                .collect();
            ui.label(keys.join(&crate::tr!("modals-shortcut-or")));
            ui.end_row();
        }
        for (what, keys) in [
            ("shortcut-nudge", "shortcut-nudge-keys"),
            ("shortcut-pan", "shortcut-pan-keys"),
            ("shortcut-zoom", "shortcut-zoom-keys"),
            ("shortcut-rename", "shortcut-rename-keys"),
            ("shortcut-add-flow", "shortcut-add-flow-keys"),
            ("shortcut-cancel-drag", "shortcut-cancel-drag-keys"),
        ] {
            ui.label(crate::i18n::text(what));
            ui.label(crate::i18n::text(keys));
            ui.end_row();
        }
    });
    ui.button(crate::tr!("modals-close"))
        .clicked()
        .then_some(PromptChoice::Close)
}

fn replace_record_ui(
    ui: &mut egui::Ui,
    frozen_on: crate::design::calendar::Date,
) -> Option<PromptChoice> {
    ui.heading(crate::tr!("modals-replace-plan-of-record"));
    ui.label(crate::tr!(
        "modals-replace-plan-of-record-text",
        date = crate::i18n::format::date_long(frozen_on)
    ));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-replace")).clicked() {
            action = Some(PromptChoice::FreezePlanOfRecord);
        }
        if ui
            .button(crate::tr!("modals-keep-earlier-plan"))
            .on_hover_text(crate::tr!("modals-keep-earlier-plan-hint"))
            .clicked()
        {
            action = Some(PromptChoice::KeepAndFreezePlanOfRecord);
        }
        if ui.button(crate::tr!("modals-cancel")).clicked() {
            action = Some(PromptChoice::Close);
        }
    });
    action
}

fn offer_ui(ui: &mut egui::Ui, offer: &crate::design::implied::Offer) -> Option<PromptChoice> {
    ui.heading(crate::tr!("modals-add-the-stages-this-model"));
    ui.label(offer.reason.words(crate::i18n::current()));
    ui.add_space(4.0);
    for stage in &offer.missing {
        ui.label(format!(
            "• {} ({})",
            stage.shown_name(crate::i18n::current()),
            stage.kind.label(crate::i18n::current()).to_lowercase()
        ));
    }
    ui.label(RichText::new(crate::tr!("modals-they-are-placed-to-the")).weak());
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-add-stages")).clicked() {
            action = Some(PromptChoice::AcceptOffer(offer.clone()));
        }
        if ui.button(crate::tr!("modals-not-now")).clicked() {
            action = Some(PromptChoice::Close);
        }
    });
    action
}

fn recover_ui(ui: &mut egui::Ui, recovered: &Recovered) -> Option<PromptChoice> {
    ui.heading(crate::tr!("modals-recover-unsaved-work"));
    let of = recovered.original.as_ref().map_or_else(
        || crate::tr!("modals-recover-not-saved"),
        |path| path.display().to_string(),
    );
    ui.label(crate::tr!(
        "modals-recover-text",
        name = recovered.design.name.as_str(),
        file = of
    ));
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-restore")).clicked() {
            action = Some(PromptChoice::Recover(Box::new(recovered.clone())));
        }
        if ui.button(crate::tr!("modals-discard")).clicked() {
            action = Some(PromptChoice::DiscardRecovery(Box::new(recovered.clone())));
        }
    });
    action
}

/// The welcome's choices.
fn welcome_ui(ui: &mut egui::Ui) -> Option<PromptChoice> {
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
