//! What commands do to the document and the view.

use super::commands::Command;
use super::crm_dialog::CrmPurpose;
use super::dialogs::Ask;
use super::modals::Modal;
use super::view::FileDialogChoice;
use super::{AfterPrompt, LeadflowApp};
use crate::design::{Point, edit};
use crate::ui::change::Change;

impl LeadflowApp {
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        let selection = self.view.selection.stages.clone();
        match command {
            Command::New => self.modal = Some(Modal::NewFromTemplate),
            Command::NewFromQuestions => {
                self.wizard = Some(crate::advice::wizard::WizardAnswers::default());
            }
            Command::Open => {
                self.ask_for_file(super::file_actions::FilePurpose::Open, Ask::Open);
            }
            Command::Save => self.save(false, None),
            Command::SaveAs => self.save(true, None),
            Command::ExportImage => {
                self.export_dialog = Some(super::export_dialog::ExportDialog::default());
            }
            Command::CopyAsImage => self.copy_as_image(ctx),
            Command::GoalSeek => self.open_goal_seek(),
            Command::NewFromCrm => self.open_crm_dialog(CrmPurpose::NewDesign),
            Command::CalibrateFromCrm => self.open_crm_dialog(CrmPurpose::Calibrate),
            Command::Quit => self.guard_unsaved(AfterPrompt::Quit),
            Command::Undo => {
                self.doc.history.undo(&mut self.doc.design);
                self.forget_missing_selection();
            }
            Command::Redo => {
                self.doc.history.redo(&mut self.doc.design);
                self.forget_missing_selection();
            }
            Command::Copy | Command::Cut => {
                if !selection.is_empty() {
                    let clipping = edit::copy_stages(&self.doc.design, &selection);
                    if let Ok(text) = ron::to_string(&clipping) {
                        ctx.copy_text(text);
                    }
                    self.clipboard = Some(clipping);
                    if command == Command::Cut {
                        edit::delete_stages(&mut self.doc.design, &selection);
                        self.view.selection.clear();
                        self.pending_change = Some(Change::Cut);
                    }
                }
            }
            Command::Paste => {
                if let Some(clipping) = self.clipboard.clone() {
                    self.paste(&clipping);
                }
            }
            Command::Duplicate => {
                if !selection.is_empty() {
                    let clipping = edit::copy_stages(&self.doc.design, &selection);
                    self.paste(&clipping);
                    self.pending_change = Some(Change::Duplicate);
                }
            }
            Command::Delete => {
                if let Some(key) = self.view.selection.flow.take() {
                    self.apply_intent(crate::ui::change::Intent::DeleteFlow(key));
                } else if !selection.is_empty() {
                    edit::delete_stages(&mut self.doc.design, &selection);
                    self.view.selection.clear();
                    self.pending_change = Some(Change::Delete);
                }
            }
            Command::SelectAll => {
                self.view.selection.stages = self.doc.design.stages.keys().cloned().collect();
                self.view.selection.flow = None;
            }
            Command::ZoomToFit => self.view.fit_requested = true,
            Command::ZoomIn => self.view.zoom_request = Some(1.25),
            Command::ZoomOut => self.view.zoom_request = Some(0.8),
            Command::ToggleGrid => self.settings.show_grid = !self.settings.show_grid,
            Command::ToggleSnap => self.settings.snap_to_grid = !self.settings.snap_to_grid,
            Command::ToggleMinimap => self.settings.show_minimap = !self.settings.show_minimap,
            Command::ToggleOwnFileDialog => {
                self.settings.file_dialog = match self.settings.file_dialog {
                    FileDialogChoice::System => FileDialogChoice::Leadflow,
                    FileDialogChoice::Leadflow => FileDialogChoice::System,
                };
            }
            Command::ToggleTheme => {
                self.settings.theme = match self.settings.theme {
                    crate::draw::ThemeChoice::Light => crate::draw::ThemeChoice::Dark,
                    crate::draw::ThemeChoice::Dark => crate::draw::ThemeChoice::Light,
                };
                self.apply_theme(ctx);
            }
            Command::ArrangeFunnel => {
                edit::arrange_funnel(&mut self.doc.design);
                self.pending_change = Some(Change::ArrangeFunnel);
                self.view.fit_requested = true;
            }
            Command::ArrangeFlywheel => {
                edit::arrange_flywheel(&mut self.doc.design);
                self.pending_change = Some(Change::ArrangeFlywheel);
                self.view.fit_requested = true;
            }
            Command::Present => self.start_presentation(ctx),
            Command::ShowShortcuts => self.modal = Some(Modal::Shortcuts),
            Command::CommandPalette => self.open_palette(),
            Command::About => self.modal = Some(Modal::About),
        }
    }

    pub(super) fn paste(&mut self, clipping: &edit::Clipping) {
        let pasted = edit::paste(&mut self.doc.design, clipping, Point::new(40.0, 40.0));
        self.view.selection.clear();
        self.view.selection.stages = pasted;
        self.pending_change = Some(Change::Paste);
    }

    pub(super) fn forget_missing_selection(&mut self) {
        let design = &self.doc.design;
        self.view
            .selection
            .stages
            .retain(|stage_id| design.stages.contains_key(stage_id));
        if self
            .view
            .selection
            .flow
            .as_ref()
            .is_some_and(|key| design.flow_index(key).is_none())
        {
            self.view.selection.flow = None;
        }
    }

    pub(super) fn nudge(&mut self, ctx: &egui::Context) {
        if self.view.selection.stages.is_empty() {
            return;
        }
        let step = if ctx.input(|input| input.modifiers.shift) {
            1.0
        } else {
            self.theme().grid_step
        };
        let (dx, dy) = ctx.input(|input| {
            let mut delta = (0.0, 0.0);
            for (key, d) in [
                (egui::Key::ArrowLeft, (-step, 0.0)),
                (egui::Key::ArrowRight, (step, 0.0)),
                (egui::Key::ArrowUp, (0.0, -step)),
                (egui::Key::ArrowDown, (0.0, step)),
            ] {
                if input.key_pressed(key) {
                    delta.0 += d.0;
                    delta.1 += d.1;
                }
            }
            delta
        });
        if dx == 0.0 && dy == 0.0 {
            return;
        }
        edit::move_stages(&mut self.doc.design, &self.view.selection.stages, dx, dy);
        self.pending_change = Some(Change::Nudge);
    }
}
