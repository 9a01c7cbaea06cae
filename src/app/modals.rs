//! Dialogs shown over the editor with `egui::Modal`.

use super::commands::Command;
use super::{AfterPrompt, LeadflowApp};
use crate::ui::change::Change;
use egui::{Id, RichText};

/// A dialog waiting for the user.
#[derive(Clone, Debug)]
pub enum Modal {
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
    Recover(Box<super::recovery::Recovered>),
    /// The file was changed by someone else since it was opened: overwrite, save as, reload?
    ChangedOnDisk,
    /// A model was chosen that implies stages the design lacks.
    OfferStages(crate::design::implied::Offer),
    /// The first start: where to begin.
    Welcome,
}

/// What the user chose in a dialog.
#[derive(Clone, Debug)]
pub enum ModalAction {
    /// Close the dialog.
    Close,
    /// Save, then carry on.
    SaveThen(AfterPrompt),
    /// Carry on without saving.
    DiscardThen(AfterPrompt),
    /// Start from this template.
    NewFromTemplate(String),
    /// Restore the recovered work.
    Recover(Box<super::recovery::Recovered>),
    /// Throw the recovered work away.
    DiscardRecovery(Box<super::recovery::Recovered>),
    /// Add the offered stages.
    AcceptOffer(crate::design::implied::Offer),
    /// Save over a file someone else changed.
    Overwrite,
    /// Save under another name instead.
    SaveAs,
    /// Throw this window's changes away and load the file as it is now.
    Reload,
    /// The welcome was answered (with what to do next) or dismissed: never shown again.
    Welcomed(Option<super::commands::Command>),
}

/// Shows the current dialog, if any.
pub fn show(app: &LeadflowApp, ctx: &egui::Context) -> Option<ModalAction> {
    let modal = app.modal.as_ref()?;
    let mut action = None;
    let response = egui::Modal::new(Id::unique("leadflow-modal")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        action = match modal {
            Modal::UnsavedChanges(then) => unsaved_changes_ui(ui, &app.doc.design.name, then),
            Modal::NewFromTemplate => templates_ui(ui),
            Modal::Error(message) => error_ui(ui, message),
            Modal::Shortcuts => shortcuts_ui(ui),
            Modal::About => about_ui(ui),
            Modal::Recover(recovered) => recover_ui(ui, recovered),
            Modal::OfferStages(offer) => offer_ui(ui, offer),
            Modal::ChangedOnDisk => changed_on_disk_ui(ui, &app.doc.file_label()),
            Modal::Welcome => super::welcome::welcome_ui(ui),
        };
    });
    if response.should_close() && action.is_none() {
        // Closed without a choice; recovered work stays and is offered again next time, and a
        // dismissed welcome is not.
        action = Some(if matches!(modal, Modal::Welcome) {
            ModalAction::Welcomed(None)
        } else {
            ModalAction::Close
        });
    }
    action
}

fn unsaved_changes_ui(ui: &mut egui::Ui, name: &str, then: &AfterPrompt) -> Option<ModalAction> {
    ui.heading(crate::tr!("modals-save-changes"));
    ui.label(crate::tr!("modals-unsaved-text", name = name));
    ui.add_space(10.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-save")).clicked() {
            action = Some(ModalAction::SaveThen(then.clone()));
        }
        if ui.button(crate::tr!("modals-don-t-save")).clicked() {
            action = Some(ModalAction::DiscardThen(then.clone()));
        }
        if ui.button(crate::tr!("modals-cancel")).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}

fn templates_ui(ui: &mut egui::Ui) -> Option<ModalAction> {
    let mut action = None;
    ui.heading(crate::tr!("modals-new-design-from-a-template"));
    ui.add_space(6.0);
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            for info in crate::templates::catalogue() {
                let button = egui::Button::new(RichText::new(&info.title).strong())
                    .min_size(egui::vec2(420.0, 0.0));
                if ui.add(button).on_hover_text(&info.notes).clicked() {
                    action = Some(ModalAction::NewFromTemplate(info.template.name.to_owned()));
                }
                ui.label(RichText::new(&info.summary).size(12.0).weak());
                ui.add_space(4.0);
            }
        });
    if ui.button(crate::tr!("modals-cancel")).clicked() {
        action = Some(ModalAction::Close);
    }
    action
}

fn changed_on_disk_ui(ui: &mut egui::Ui, file: &str) -> Option<ModalAction> {
    ui.heading(crate::tr!("modals-the-file-changed-on-disk"));
    ui.label(crate::tr!("modals-changed-on-disk-text", file = file));
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-save-as")).clicked() {
            action = Some(ModalAction::SaveAs);
        }
        if ui.button(crate::tr!("modals-overwrite")).clicked() {
            action = Some(ModalAction::Overwrite);
        }
        if ui
            .button(crate::tr!("modals-reload"))
            .on_hover_text(crate::tr!("modals-discard-your-changes-and-open"))
            .clicked()
        {
            action = Some(ModalAction::Reload);
        }
        if ui.button(crate::tr!("modals-cancel")).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}

fn error_ui(ui: &mut egui::Ui, message: &str) -> Option<ModalAction> {
    ui.heading(crate::tr!("modals-something-went-wrong"));
    ui.label(message);
    ui.label(RichText::new(crate::tr!("modals-your-design-is-unchanged")).weak());
    ui.button(crate::tr!("modals-ok"))
        .clicked()
        .then_some(ModalAction::Close)
}

fn shortcuts_ui(ui: &mut egui::Ui) -> Option<ModalAction> {
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
        .then_some(ModalAction::Close)
}

fn about_ui(ui: &mut egui::Ui) -> Option<ModalAction> {
    ui.heading(crate::tr!("modals-leadflow"));
    ui.label(crate::tr!(
        "modals-version",
        version = env!("CARGO_PKG_VERSION")
    ));
    ui.label(crate::tr!("modals-design-how-your-company-sells"));
    ui.button(crate::tr!("modals-close"))
        .clicked()
        .then_some(ModalAction::Close)
}

fn offer_ui(ui: &mut egui::Ui, offer: &crate::design::implied::Offer) -> Option<ModalAction> {
    ui.heading(crate::tr!("modals-add-the-stages-this-model"));
    ui.label(&offer.reason);
    ui.add_space(4.0);
    for stage in &offer.missing {
        ui.label(format!(
            "• {} ({})",
            stage.shown_name(),
            stage.kind.label().to_lowercase()
        ));
    }
    ui.label(RichText::new(crate::tr!("modals-they-are-placed-to-the")).weak());
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(crate::tr!("modals-add-stages")).clicked() {
            action = Some(ModalAction::AcceptOffer(offer.clone()));
        }
        if ui.button(crate::tr!("modals-not-now")).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}

fn recover_ui(ui: &mut egui::Ui, recovered: &super::recovery::Recovered) -> Option<ModalAction> {
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
            action = Some(ModalAction::Recover(Box::new(recovered.clone())));
        }
        if ui.button(crate::tr!("modals-discard")).clicked() {
            action = Some(ModalAction::DiscardRecovery(Box::new(recovered.clone())));
        }
    });
    action
}

impl LeadflowApp {
    /// After the user picks a sales model or adds a transaction model, offers the stages it
    /// implies that the design lacks.
    pub(super) fn offer_implied_stages(
        &mut self,
        (sales_before, transactions_before): &(
            crate::design::SalesModel,
            Vec<crate::design::TransactionModel>,
        ),
    ) {
        if self.modal.is_some() {
            return;
        }
        let design = &self.doc.design;
        let offer = if design.sales_model == *sales_before {
            design
                .transaction_models
                .iter()
                .find(|model| !transactions_before.contains(model))
                .and_then(|model| {
                    crate::design::implied::offer_for_transaction_model(design, *model)
                })
        } else {
            crate::design::implied::offer_for_sales_model(design, design.sales_model)
        };
        if let Some(offer) = offer {
            self.modal = Some(Modal::OfferStages(offer));
        }
    }

    pub(super) fn modal_action(&mut self, action: ModalAction) {
        match action {
            ModalAction::Close => self.modal = None,
            ModalAction::Welcomed(command) => {
                self.modal = None;
                self.settings.welcomed = true;
                self.pending.extend(command);
            }
            ModalAction::Overwrite => {
                self.modal = None;
                self.save_over(false, None);
            }
            ModalAction::SaveAs => {
                self.modal = None;
                self.save_over(true, None);
            }
            ModalAction::Reload => {
                self.modal = None;
                if let Some(path) = self.doc.path.clone() {
                    self.open_path(&path);
                }
            }
            ModalAction::SaveThen(then) => {
                self.modal = None;
                self.save(false, Some(then));
            }
            ModalAction::DiscardThen(then) => {
                self.modal = None;
                self.proceed(then);
            }
            ModalAction::NewFromTemplate(name) => {
                self.modal = None;
                self.guard_unsaved(AfterPrompt::New(name));
            }
            ModalAction::Recover(recovered) => {
                self.modal = None;
                if let Some(store) = &self.recovery {
                    store.adopt(&recovered);
                }
                let recovered = *recovered;
                let doc =
                    super::document::OpenDocument::recovered(recovered.design, recovered.original);
                self.replace_document(doc);
            }
            ModalAction::DiscardRecovery(recovered) => {
                self.modal = None;
                if let Some(store) = &self.recovery {
                    store.discard(&recovered);
                }
            }
            ModalAction::AcceptOffer(offer) => {
                self.modal = None;
                let added = crate::design::implied::accept(&mut self.doc.design, &offer);
                self.view.selection.clear();
                self.view.selection.stages = added.into_iter().collect();
                self.pending_change = Some(Change::AddImpliedStages);
                self.view.fit_requested = true;
            }
        }
    }
}

/// A dialog that grows downward from a fixed top edge: as it gains rows (a result, a report)
/// what is already on screen stays where it was, so the next click lands where the user aims.
pub(super) fn anchored_dialog(id: &str) -> egui::Modal {
    let id = egui::Id::unique(id);
    egui::Modal::new(id)
        .area(egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 64.0)))
}
