//! Carrying out what the person asked for: commands (menus, shortcuts, the command search),
//! the panels' changes and intents, the dialogs' choices, and the presentation. One place that
//! changes the design, selects what an edit made, and names its undo step.

use super::LeadflowApp;
use super::files::FilePurpose;
use crate::design::{FlowKey, Point, edit};
use crate::ui::change::{Change, Intent, PanelOutput};
use crate::ui::commands::Command;
use crate::ui::dialogs::crm_export::{CrmChoice, CrmDialog, CrmPurpose};
use crate::ui::dialogs::export::{ExportChoice, ExportContext, ExportDialog};
use crate::ui::dialogs::find_command::{FindChoice, FindCommand};
use crate::ui::dialogs::goal_seek::{GoalChoice, GoalSeekDialog, Today};
use crate::ui::dialogs::prompt::{self, PromptContext};
use crate::ui::dialogs::questions::QuestionsChoice;
use crate::ui::dialogs::{AfterPrompt, Dialog, Prompt, PromptChoice};
use crate::ui::file_dialogs::Ask;
use crate::ui::menu_bar::MenuChoice;
use crate::ui::palette::PaletteItem;
use crate::ui::preferences::FileDialogChoice;
use crate::ui::presentation::{Presentation, PresentationAction, presentation_ui};

impl LeadflowApp {
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        let selection = self.view.selection.stages.clone();
        match command {
            Command::New => self.prompt(Prompt::NewFromTemplate),
            Command::NewFromQuestions => {
                self.dialogs.push(Dialog::Questions(Box::default()));
            }
            Command::Open => {
                self.ask_for_file(FilePurpose::Open, Ask::Open);
            }
            Command::Save => self.save(false, None),
            Command::SaveAs => self.save(true, None),
            Command::ExportImage => self.dialogs.push(Dialog::Export(ExportDialog::default())),
            Command::CopyAsImage => self.copy_as_image(ctx),
            Command::GoalSeek => self.open_goal_seek(),
            Command::NewFromCrm => self.open_crm_dialog(CrmPurpose::NewDesign),
            Command::CalibrateFromCrm => self.open_crm_dialog(CrmPurpose::Calibrate),
            Command::ReviewAgainstCrm => self.open_crm_dialog(CrmPurpose::Review),
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
                    self.apply_intent(Intent::DeleteFlow(key));
                } else if !selection.is_empty() {
                    edit::delete_stages(&mut self.doc.design, &selection);
                    self.view.selection.clear();
                    self.pending_change = Some(Change::Delete);
                }
            }
            Command::Rename | Command::NextPane | Command::PreviousPane | Command::DrawFlow => {
                self.keyboard_command(ctx, command);
            }
            Command::SelectAll => {
                self.view.selection.stages = self.doc.design.stages.keys().cloned().collect();
                self.view.selection.flow = None;
            }
            Command::ZoomToFit => self.view.fit_requested = true,
            Command::ZoomIn => self.view.zoom_request = Some(1.25),
            Command::ZoomOut => self.view.zoom_request = Some(0.8),
            Command::ToggleGrid
            | Command::ToggleSnap
            | Command::ToggleMinimap
            | Command::ToggleOwnFileDialog
            | Command::ToggleTheme => self.toggle(ctx, command),
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
            Command::ShowShortcuts => self.prompt(Prompt::Shortcuts),
            Command::CommandPalette => {
                self.dialogs
                    .push(Dialog::FindCommand(FindCommand::default()));
            }
            Command::About => self.prompt(Prompt::About),
            Command::FreezePlanOfRecord => match &self.doc.design.plan_of_record {
                Some(record) => self.prompt(Prompt::ReplacePlanOfRecord(record.frozen_on)),
                None => self.freeze_plan_of_record(),
            },
        }
    }

    /// The commands that exist for working by keys: rename in place, draw a flow, F6.
    fn keyboard_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::Rename => {
                crate::ui::canvas_keys::start_renaming(&self.doc.design, &mut self.view);
            }
            Command::DrawFlow => crate::ui::canvas_keys::start_keyboard_flow(&mut self.view),
            Command::NextPane | Command::PreviousPane => crate::ui::panes::focus_next_pane(
                ctx,
                &self.doc.design,
                &mut self.view,
                command == Command::PreviousPane,
            ),
            _ => {}
        }
    }

    /// Keeps the year month by month as it stands now as the plan agreed, dated today.
    fn freeze_plan_of_record(&mut self) {
        let result = self.export_result();
        let table = crate::sim::months::month_table(&self.doc.design, &result);
        let today = crate::design::calendar::today();
        self.doc.design.plan_of_record = Some(crate::sim::months::plan_of_record(
            &table,
            result.start_date,
            today,
        ));
        self.pending_change = Some(Change::FreezePlanOfRecord);
        self.notice = Some(crate::tr!(
            "status-froze-plan-of-record",
            months = table.months.len()
        ));
    }

    /// The View menu's switches.
    fn toggle(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::ToggleGrid => self.preferences.show_grid = !self.preferences.show_grid,
            Command::ToggleSnap => self.preferences.snap_to_grid = !self.preferences.snap_to_grid,
            Command::ToggleMinimap => {
                self.preferences.show_minimap = !self.preferences.show_minimap;
            }
            Command::ToggleOwnFileDialog => {
                self.preferences.file_dialog = match self.preferences.file_dialog {
                    FileDialogChoice::System => FileDialogChoice::Leadflow,
                    FileDialogChoice::Leadflow => FileDialogChoice::System,
                };
            }
            Command::ToggleTheme => {
                self.preferences.theme = match self.preferences.theme {
                    crate::draw::ThemeChoice::Light => crate::draw::ThemeChoice::Dark,
                    crate::draw::ThemeChoice::Dark => crate::draw::ThemeChoice::Light,
                };
                self.apply_theme(ctx);
            }
            _ => {}
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

    /// Takes what a panel did this frame: names the step of the change it made, or carries out
    /// the edit it asked for.
    pub(super) fn take_panel_output(&mut self, output: PanelOutput) {
        if let Some(change) = output.change {
            self.pending_change = Some(change);
        }
        if let Some(intent) = output.intent {
            self.apply_intent(intent);
        }
    }

    /// Carries out `intent`; an intent that no longer applies (a flow that exists already, a
    /// stage deleted meanwhile) changes nothing.
    pub(super) fn apply_intent(&mut self, intent: Intent) {
        let design = &mut self.doc.design;
        let selection = &mut self.view.selection;
        let change = match intent {
            Intent::Connect { from, to } => {
                if !edit::connect(design, &from, &to) {
                    return;
                }
                selection.clear();
                selection.flow = Some(FlowKey { from, to });
                Change::AddFlow
            }
            Intent::DropOnStage { stage_id, item } => {
                if !design.stages.contains_key(&stage_id) {
                    return;
                }
                let change = match item {
                    PaletteItem::Role(role_id) => {
                        edit::attach_role(design, &stage_id, &role_id);
                        Change::AttachRole
                    }
                    PaletteItem::Tool(tool_id) => {
                        edit::attach_tool(design, &stage_id, &tool_id);
                        Change::AttachTool
                    }
                    PaletteItem::Source(channel) => {
                        edit::add_source(design, channel, &stage_id, crate::i18n::current());
                        Change::AddSource
                    }
                    PaletteItem::Stage(_) => return,
                };
                selection.select_only(stage_id);
                change
            }
            Intent::AddStage { kind, at } => {
                let stage_id = edit::add_stage(design, kind, at, crate::i18n::current());
                selection.select_only(stage_id);
                Change::AddStage
            }
            Intent::DeleteFlow(key) => {
                if !edit::delete_flow(design, &key) {
                    return;
                }
                selection.flow = None;
                Change::DeleteFlow
            }
            Intent::ApplyFix(fix) => {
                crate::advice::findings::apply(design, &fix, crate::i18n::current());
                Change::ApplyFix(fix)
            }
            Intent::AddMove(figure) => {
                let Some(planned) = first_draft_of_move(design, figure) else {
                    return;
                };
                design.plan.push(planned);
                selection.select_move(design.plan.len() - 1);
                Change::AddMove
            }
        };
        self.pending_change = Some(change);
    }
}

/// Dialogs.
impl LeadflowApp {
    /// Offers the welcome when Leadflow starts for the first time on its example (not when a
    /// file was opened, or something else asks first).
    pub fn offer_welcome(&mut self) {
        if !self.preferences.welcomed && self.dialogs.is_empty() && self.doc.path.is_none() {
            self.prompt(Prompt::Welcome);
        }
    }

    fn open_crm_dialog(&mut self, purpose: CrmPurpose) {
        self.dialogs.push(Dialog::Crm(Box::new(
            CrmDialog::new(purpose).remembering(self.preferences.crm_columns.clone()),
        )));
    }

    /// Opens goal seek on the design as it is.
    pub(super) fn open_goal_seek(&mut self) {
        let result = self.results.simulated();
        let today = result.map(|result| Today {
            customers: result.summary.customers_at_horizon,
            revenue: result.summary.revenue,
            won: result
                .total_series(
                    crate::sim::TotalMetric::NewCustomers,
                    crate::sim::Statistic::Mean,
                )
                .iter()
                .sum(),
        });
        let bottleneck = result.and_then(|result| result.summary.bottleneck.clone());
        let dialog = GoalSeekDialog::new(&self.doc.design, today, bottleneck);
        self.dialogs.push(Dialog::GoalSeek(Box::new(dialog)));
    }

    /// After the user picks a sales model or adds a transaction model, offers the stages it
    /// implies that the design lacks.
    pub(super) fn offer_implied_stages(
        &mut self,
        (sales_before, transactions_before): &(
            crate::design::SalesModel,
            Vec<crate::design::TransactionModel>,
        ),
    ) {
        if !self.dialogs.is_empty() {
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
            self.prompt(Prompt::OfferStages(offer));
        }
    }

    /// Shows the dialog on top, and carries out what the person chose in it. While a file is
    /// asked for, a dialog that asked waits out of sight (a prompt is still shown).
    pub(super) fn dialog_frame(&mut self, ctx: &egui::Context) {
        let Some(mut dialog) = self.dialogs.pop() else {
            return;
        };
        if self.file_request.is_some() && !matches!(dialog, Dialog::Prompt(_)) {
            self.dialogs.push(dialog);
            return;
        }
        let revision = self.doc.history.revision();
        let beneath = self.dialogs.len();
        let closed = match &mut dialog {
            Dialog::Prompt(shown) => {
                let file_label = self.doc.file_label();
                let document = PromptContext {
                    design_name: &self.doc.design.name,
                    file_label: &file_label,
                };
                prompt::show(shown, ctx, &document).map(|choice| {
                    self.prompt_choice(choice);
                })
            }
            Dialog::Export(export) => {
                let context = ExportContext {
                    design: &self.doc.design,
                    result: self.results.simulated(),
                    revision,
                    settings: &mut self.preferences.export,
                    selection: &self.view.selection.stages,
                };
                export
                    .show(ctx, context)
                    .and_then(|choice| self.export_choice(ctx, choice))
            }
            Dialog::Questions(wizard) => wizard.show(ctx).map(|choice| match choice {
                QuestionsChoice::Create(design) => self.guard_unsaved(AfterPrompt::Adopt(design)),
                QuestionsChoice::Cancel => {}
            }),
            Dialog::Crm(crm) => {
                let choice = crm.show(ctx, &self.doc.design);
                if let Some(learned) = crm.take_learned() {
                    self.preferences.remember_columns(learned);
                }
                choice.and_then(|choice| self.crm_choice(crm, choice))
            }
            Dialog::FindCommand(find) => {
                find.show(ctx, &self.doc.design).map(|choice| match choice {
                    FindChoice::Run(command) => self.pending.push(command),
                    FindChoice::Select(stage_id) => self.view.selection.select_only(stage_id),
                    FindChoice::Close => {}
                })
            }
            Dialog::GoalSeek(goal_seek) => {
                goal_seek
                    .show(ctx, &self.doc.design, revision)
                    .map(|choice| match choice {
                        GoalChoice::Apply(design) => {
                            self.doc.design = *design;
                            self.pending_change = Some(Change::GoalSeek);
                        }
                        GoalChoice::Close => {}
                    })
            }
        };
        if closed.is_none() {
            // Still open: back where it was, beneath anything its choice opened (an error).
            let beneath = beneath.min(self.dialogs.len());
            self.dialogs.insert(beneath, dialog);
        }
    }

    /// Carries out the export dialog's choice; `Some` when the dialog closes.
    fn export_choice(&mut self, ctx: &egui::Context, choice: ExportChoice) -> Option<()> {
        match choice {
            ExportChoice::Cancel => Some(()),
            ExportChoice::Copy => {
                self.copy_as_image(ctx);
                Some(())
            }
            ExportChoice::Export => {
                self.ask_where_to_export();
                None
            }
        }
    }

    /// Carries out the CRM dialog's choice; `Some` when the dialog closes.
    fn crm_choice(&mut self, crm: &CrmDialog, choice: CrmChoice) -> Option<()> {
        match choice {
            CrmChoice::Cancel => Some(()),
            CrmChoice::Browse => {
                self.ask_for_file(FilePurpose::CrmExport, Ask::CrmExport);
                None
            }
            CrmChoice::Create(design) => {
                self.guard_unsaved(AfterPrompt::Adopt(design));
                Some(())
            }
            CrmChoice::Apply => {
                if crm.calibrate(&mut self.doc.design) {
                    self.pending_change = Some(Change::Calibrate);
                }
                Some(())
            }
        }
    }

    /// Carries out a prompt's answer (the prompt is closed already).
    fn prompt_choice(&mut self, choice: PromptChoice) {
        match choice {
            PromptChoice::Close => {}
            PromptChoice::Welcomed(command) => {
                self.preferences.welcomed = true;
                self.pending.extend(command);
            }
            PromptChoice::Overwrite => self.save_over(false, None),
            PromptChoice::SaveAs => self.save_over(true, None),
            PromptChoice::Reload => {
                if let Some(path) = self.doc.path.clone() {
                    self.open_path(&path);
                }
            }
            PromptChoice::SaveThen(then) => self.save(false, Some(then)),
            PromptChoice::DiscardThen(then) => {
                // The work was deliberately left: its draft must not be offered back later.
                self.clear_recovery();
                self.proceed(then);
            }
            PromptChoice::NewFromTemplate(name) => self.guard_unsaved(AfterPrompt::New(name)),
            PromptChoice::Recover(recovered) => {
                if let Some(store) = &self.recovery {
                    store.adopt(&recovered);
                }
                let recovered = *recovered;
                let doc =
                    super::document::OpenDocument::recovered(recovered.design, recovered.original);
                self.replace_document(doc);
            }
            PromptChoice::DiscardRecovery(recovered) => {
                if let Some(store) = &self.recovery {
                    store.discard(&recovered);
                }
            }
            PromptChoice::FreezePlanOfRecord => self.freeze_plan_of_record(),
            PromptChoice::KeepAndFreezePlanOfRecord => {
                if let Some(record) = self.doc.design.plan_of_record.take() {
                    let name = crate::tr!(
                        "earlier-plan-name",
                        date = crate::i18n::format::date_long(record.frozen_on)
                    );
                    self.doc
                        .design
                        .earlier_plans
                        .push(crate::design::record::KeptPlan { name, record });
                }
                self.freeze_plan_of_record();
            }
            PromptChoice::AcceptOffer(offer) => {
                let added = crate::design::implied::accept(
                    &mut self.doc.design,
                    &offer,
                    crate::i18n::current(),
                );
                self.view.selection.clear();
                self.view.selection.stages = added.into_iter().collect();
                self.pending_change = Some(Change::AddImpliedStages);
                self.view.fit_requested = true;
            }
        }
    }

    /// Carries out what was chosen in the menus.
    pub(super) fn menu_choice(&mut self, chosen: MenuChoice) {
        if let Some(change) = chosen.change {
            self.pending_change = Some(change);
        }
        if let Some(language) = chosen.language {
            self.preferences.language = Some(language);
            crate::i18n::set_current(language);
        }
        if let Some(size) = chosen.text_size {
            self.preferences.text_size = size;
        }
        if let Some(path) = chosen.open_recent {
            self.guard_unsaved(AfterPrompt::Open(path));
        }
        self.pending.extend(chosen.command);
    }
}

/// Presentation mode (F5): full screen, the process stepped through stage by stage, leads
/// flowing, time played or scrubbed, and what-if changes the room can try. The document is
/// untouched unless the presenter keeps the changes.
impl LeadflowApp {
    /// F5: full screen, editing chrome hidden.
    fn start_presentation(&mut self, ctx: &egui::Context) {
        let was_fullscreen = ctx.input(|input| input.viewport().fullscreen.unwrap_or(false));
        self.presentation = Some(Presentation::new(
            &self.doc.design,
            self.results.simulated().cloned(),
            was_fullscreen,
        ));
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves the presentation; with `keep`, the what-if changes become one undoable edit.
    fn end_presentation(&mut self, ctx: &egui::Context, keep: bool) {
        let Some(presentation) = self.presentation.take() else {
            return;
        };
        if keep && presentation.changed() {
            self.doc.design = presentation.what_if;
            self.pending_change = Some(Change::KeepWhatIf);
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(
            presentation.was_fullscreen,
        ));
    }

    /// One frame of the presentation: its keys, then what it shows.
    pub(super) fn presentation_frame(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        let Some(presentation) = self.presentation.as_mut() else {
            return;
        };
        let seconds = ctx.input(|input| input.stable_dt).min(0.1);
        presentation.advance(seconds);
        let action =
            presentation_keys(ctx, presentation).or_else(|| presentation_ui(ui, presentation));
        match action {
            Some(PresentationAction::Leave) => self.end_presentation(ctx, false),
            Some(PresentationAction::KeepAndLeave) => self.end_presentation(ctx, true),
            None => {}
        }
        // Leads are always on the move while presenting; 30 frames a second is smooth enough
        // and spares the laptop's battery.
        ctx.request_repaint_after(std::time::Duration::from_millis(33));
        self.settle_when_idle(ctx);
    }
}

/// Stepping, time and leaving by keyboard; a presenter's clicker sends Page Up/Down.
fn presentation_keys(
    ctx: &egui::Context,
    presentation: &mut Presentation,
) -> Option<PresentationAction> {
    use egui::Key;
    let slider_focused = ctx.memory(|memory| memory.focused().is_some());
    ctx.input_mut(|input| {
        if input.consume_key(egui::Modifiers::NONE, Key::Escape)
            || input.consume_key(egui::Modifiers::NONE, Key::F5)
        {
            return Some(PresentationAction::Leave);
        }
        if slider_focused {
            return None;
        }
        let pressed = |input: &mut egui::InputState, keys: &[Key]| {
            keys.iter()
                .any(|key| input.consume_key(egui::Modifiers::NONE, *key))
        };
        if pressed(
            input,
            &[Key::ArrowRight, Key::ArrowDown, Key::PageDown, Key::Space],
        ) {
            presentation.next();
        }
        if pressed(input, &[Key::ArrowLeft, Key::ArrowUp, Key::PageUp]) {
            presentation.previous();
        }
        if pressed(input, &[Key::Home]) {
            presentation.step = 0;
        }
        if pressed(input, &[Key::End]) {
            presentation.step = presentation.order.len();
        }
        if pressed(input, &[Key::P]) {
            presentation.toggle_play();
        }
        None
    })
}

/// A new move of `figure`: to the value it has, from the first of the month after the start
/// date, so that nothing changes until the person says how; none when the design has no such
/// figure.
fn first_draft_of_move(
    design: &crate::design::Design,
    figure: crate::design::plan::Figure,
) -> Option<crate::design::plan::Move> {
    use crate::design::plan::{Change as MoveChange, Move};
    let value = crate::design::plan_days::base_value(design, &figure)?;
    let start = design.simulation.start_date();
    let next_month = start
        .first_of_month()
        .checked_add(jiff::Span::new().months(1))
        .unwrap_or(start);
    let name = crate::tr!(
        "move-default-name",
        figure = crate::ui::move_inspector::figure_label(design, &figure)
    );
    Some(Move::new(name, figure, MoveChange::To(value), next_month))
}
