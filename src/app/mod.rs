//! The desktop app: owns the open design, its history, the view and the settings, and runs
//! each frame in a fixed order: input, panels, dialogs, commands, then settle the history and
//! refresh the simulation.

mod actions;
mod advice;
mod background;
mod chrome;
mod command_palette;
pub mod commands;
pub mod crm_dialog;
pub mod dialogs;
pub mod document;
mod export_dialog;
mod file_actions;
mod goal_dialog;
pub mod history;
mod intents;
mod modals;
mod own_file_dialog;
pub mod presentation;
pub mod recovery;
mod simulation_cache;
pub mod system_dialogs;
pub mod view;
mod welcome;
mod wizard_dialog;

use crate::design::validate::{Finding, validate};
use crate::design::{Design, edit};
use crate::draw::Theme;
use crate::templates;
use crate::ui::change::Change;
use crate::ui::{canvas, inspector, palette};
use anyhow::{Context as _, anyhow};
use commands::Command;
use dialogs::FileDialogs;
use document::OpenDocument;
pub use modals::Modal;
use simulation_cache::SimulationCache;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use system_dialogs::SystemDialogs;
use view::{Settings, ViewState};

/// Key of the settings in eframe's storage.
const SETTINGS_KEY: &str = "leadflow-settings";

/// Opens the app on `path`, or on the default example.
///
/// # Errors
/// When the file cannot be loaded or the window cannot be created.
pub fn run(path: Option<&Path>) -> anyhow::Result<ExitCode> {
    // Without a file the window opens on the default example, made once the language is
    // known (it is named in the user's language).
    let document = path.map(OpenDocument::load).transpose()?;
    templates::find(templates::DEFAULT_TEMPLATE).context("the default example is missing")?;
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([1024.0, 640.0])
            .with_title("Leadflow")
            .with_app_id("leadflow")
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Leadflow",
        options,
        Box::new(|creation| {
            Ok(Box::new(LeadflowApp::new(
                creation,
                document,
                Box::new(SystemDialogs::default()),
            )))
        }),
    )
    .map_err(|error| anyhow!("cannot open the window: {error}"))?;
    Ok(ExitCode::SUCCESS)
}

/// What waits for the user's answer to "save changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum AfterPrompt {
    /// Start a new design from this template.
    New(String),
    /// Open this file.
    Open(PathBuf),
    /// Start editing this new design (from the wizard).
    Adopt(Box<Design>),
    /// Close the window.
    Quit,
}

/// The app.
pub struct LeadflowApp {
    doc: OpenDocument,
    view: ViewState,
    settings: Settings,
    sim: SimulationCache,
    /// What validation found, by history revision.
    findings: background::Background<Vec<Finding>>,
    dialogs: Box<dyn FileDialogs>,
    /// A file asked for, until the answer is acted on.
    file_request: Option<file_actions::FileRequest>,
    modal: Option<Modal>,
    /// File → Export image…, while open.
    export_dialog: Option<export_dialog::ExportDialog>,
    /// The ranked levers, by history revision (computed when shown).
    levers: background::Background<Vec<crate::advice::levers::Lever>>,
    /// Advice on the design with one-click fixes, by history revision.
    advice: background::Background<Vec<crate::advice::findings::Advice>>,
    /// Every scenario's simulation, by history revision (computed when compared).
    scenario_results: background::Background<Vec<(String, crate::sim::SimResult)>>,
    /// File → New from questions…, while open.
    wizard: Option<crate::advice::wizard::WizardAnswers>,
    /// The CRM import or calibration dialog, while open.
    crm_dialog: Option<crm_dialog::CrmDialog>,
    /// The command palette, while open.
    palette: Option<command_palette::Palette>,
    /// Design → Goal seek…, while open.
    goal_seek: Option<goal_dialog::GoalSeekDialog>,
    /// Presentation mode, while presenting.
    presentation: Option<presentation::Presentation>,
    pending: Vec<Command>,
    pending_change: Option<Change>,
    clipboard: Option<edit::Clipping>,
    title_shown: String,
    quit_confirmed: bool,
    last_autosave: Instant,
    recovery: Option<recovery::RecoveryStore>,
    /// Why the last autosave failed, shown in the status bar until one succeeds.
    autosave_failure: Option<String>,
    fonts_installed: bool,
    /// Whether there are unsaved changes, as of the end of the last frame (comparing designs
    /// is not free, so it is done once a frame).
    dirty: bool,
}

impl LeadflowApp {
    /// The app on `doc`, with settings from eframe's storage when there are any.
    #[must_use]
    pub fn new(
        creation: &eframe::CreationContext<'_>,
        doc: Option<OpenDocument>,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let settings: Settings = creation
            .storage
            .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
            .unwrap_or_default();
        let mut settings = settings;
        let language = *settings
            .language
            .get_or_insert_with(crate::i18n::Language::of_system);
        crate::i18n::set_current(language);
        let doc = doc.unwrap_or_else(|| {
            OpenDocument::new(
                templates::localized_design_named(templates::DEFAULT_TEMPLATE).unwrap_or_default(),
                None,
            )
        });
        let recovery = recovery::RecoveryStore::default_location();
        let mut app = Self::with_settings(doc, dialogs, settings, recovery);
        app.offer_welcome();
        app.restore_camera();
        app.apply_theme(&creation.egui_ctx);
        Self::install_fonts(&creation.egui_ctx);
        app.fonts_installed = true;
        app
    }

    /// The app without eframe (tests): given settings and recovery store.
    #[must_use]
    pub fn with_settings(
        doc: OpenDocument,
        dialogs: Box<dyn FileDialogs>,
        settings: Settings,
        recovery: Option<recovery::RecoveryStore>,
    ) -> Self {
        let modal = recovery
            .as_ref()
            .and_then(|store| store.orphans().into_iter().next())
            .map(|recovered| Modal::Recover(Box::new(recovered)));
        Self {
            doc,
            view: ViewState::default(),
            settings,
            sim: SimulationCache::default(),
            findings: background::Background::default(),
            dialogs,
            file_request: None,
            modal,
            export_dialog: None,
            presentation: None,
            wizard: None,
            crm_dialog: None,
            palette: None,
            goal_seek: None,
            advice: background::Background::default(),
            scenario_results: background::Background::default(),
            levers: background::Background::default(),
            pending: Vec::new(),
            pending_change: None,
            clipboard: None,
            title_shown: String::new(),
            quit_confirmed: false,
            last_autosave: Instant::now(),
            recovery,
            autosave_failure: None,
            fonts_installed: false,
            dirty: false,
        }
    }

    /// The design being edited.
    #[must_use]
    pub fn design(&self) -> &Design {
        &self.doc.design
    }

    /// The open document.
    #[must_use]
    pub fn document(&self) -> &OpenDocument {
        &self.doc
    }

    /// The presentation in progress, if presenting.
    #[must_use]
    pub fn presentation(&self) -> Option<&presentation::Presentation> {
        self.presentation.as_ref()
    }

    /// The view state (selection, camera).
    #[must_use]
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The dialog shown, if any.
    #[must_use]
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// The latest simulation, waiting for a Monte Carlo run in progress.
    pub fn simulation(&mut self) -> Option<&crate::sim::SimResult> {
        self.sim.wait();
        self.sim.result()
    }

    /// The simulation shown now, without waiting for one under way: for the scrub benchmark.
    #[doc(hidden)]
    #[must_use]
    pub fn shown_simulation_for_benchmark(&self) -> Option<&crate::sim::SimResult> {
        self.sim.result()
    }

    /// Sets the first stage's conversion, as its slider does while dragged: an edit for the
    /// scrub benchmark to make.
    #[doc(hidden)]
    pub fn set_first_conversion_for_benchmark(&mut self, conversion: f64) {
        if let Some(stage) = self.doc.design.stages.values_mut().next() {
            stage.conversion = conversion;
        }
    }

    /// Moves the first stage by `dx`: an edit for the frame benchmark to make.
    #[doc(hidden)]
    pub fn nudge_first_stage_for_benchmark(&mut self, dx: f32) {
        if let Some(stage) = self.doc.design.stages.values_mut().next() {
            stage.position.x += dx;
        }
    }

    /// Settles the frame's edits into one undo step once the user lets go: no button held,
    /// no text being typed. A drag or a typed name is one step, however many frames it takes.
    pub(super) fn settle_when_idle(&mut self, ctx: &egui::Context) {
        let interacting =
            ctx.input(|input| input.pointer.any_down()) || ctx.egui_wants_keyboard_input();
        if !interacting {
            let label = self.pending_change.take().unwrap_or(Change::Edit).label();
            self.doc.history.settle(&self.doc.design, &label);
        }
    }

    /// Removes this window's recovery file: the work is saved or deliberately left.
    fn clear_recovery(&mut self) {
        if let Some(store) = &self.recovery {
            store.clear();
        }
        self.autosave_failure = None;
    }

    /// Why the last autosave failed, if it did.
    #[must_use]
    pub fn autosave_failure(&self) -> Option<&str> {
        self.autosave_failure.as_deref()
    }

    /// The preferences in use.
    #[must_use]
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The language the window speaks (English until one is chosen).
    #[must_use]
    pub fn language(&self) -> crate::i18n::Language {
        self.settings.language.unwrap_or_default()
    }

    /// What validation found in the design, errors first.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        self.findings.latest().map_or(&[], Vec::as_slice)
    }

    /// The stages validation found errors in.
    fn stages_with_errors(&self) -> std::collections::BTreeSet<crate::design::StageId> {
        self.findings()
            .iter()
            .filter(|finding| finding.severity == crate::design::validate::Severity::Error)
            .filter_map(|finding| match &finding.subject {
                crate::design::validate::Subject::Stage(stage_id) => Some(stage_id.clone()),
                _ => None,
            })
            .collect()
    }

    /// Queues a command as if chosen from a menu.
    pub fn command(&mut self, command: Command) {
        self.pending.push(command);
    }

    /// Whether the window may close now (quit was confirmed or there is nothing to lose).
    #[must_use]
    pub fn may_close(&self) -> bool {
        self.quit_confirmed || !self.doc.is_dirty()
    }

    /// Adds Hack as a fallback to the proportional font so arrows (→) and similar signs the
    /// UI uses have glyphs.
    fn install_fonts(ctx: &egui::Context) {
        let mut fonts = egui::FontDefinitions::default();
        if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional)
            && !family.iter().any(|name| name == "Hack")
        {
            family.push("Hack".to_owned());
        }
        ctx.set_fonts(fonts);
    }

    /// Looks where the canvas looked last time, if the same file is open.
    fn restore_camera(&mut self) {
        if let (Some(camera), Some(path)) = (&self.settings.camera, &self.doc.path)
            && &camera.file == path
        {
            let [left, top, right, bottom] = camera.rect;
            let rect = egui::Rect::from_min_max(egui::pos2(left, top), egui::pos2(right, bottom));
            if rect.is_finite() && rect.width() > 1.0 && rect.height() > 1.0 {
                self.view.scene_rect = rect;
                self.view.fit_requested = false;
            }
        }
    }

    fn theme(&self) -> Theme {
        Theme::new(self.settings.theme)
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_visuals(crate::ui::shape_paint::visuals(&self.theme()));
    }

    /// Replaces the document; the view starts fresh.
    fn replace_document(&mut self, doc: OpenDocument) {
        if let Some(path) = &doc.path {
            self.settings.remember(path);
        }
        self.doc = doc;
        self.view = ViewState::default();
        // Revisions restart with the document: nothing computed for the old one may match.
        self.sim.clear();
        self.findings.clear();
        self.advice.clear();
        self.levers.clear();
        self.scenario_results.clear();
        self.goal_seek = None;
    }

    /// Opens a file; a failure shows the error and changes nothing.
    fn open_path(&mut self, path: &Path) {
        match OpenDocument::load(path) {
            Ok(doc) => self.replace_document(doc),
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    fn new_from_template(&mut self, name: &str) {
        match templates::find(name).map(templates::Template::localized_design) {
            Some(Ok(design)) => self.replace_document(OpenDocument::new(design, None)),
            Some(Err(error)) => self.modal = Some(Modal::Error(error.to_string())),
            None => {
                self.modal = Some(Modal::Error(crate::tr!("app-no-template", name = name)));
            }
        }
    }

    /// Runs `then` now, or asks to save first when there are unsaved changes.
    fn guard_unsaved(&mut self, then: AfterPrompt) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::UnsavedChanges(then));
        } else {
            self.proceed(then);
        }
    }

    fn proceed(&mut self, then: AfterPrompt) {
        match then {
            AfterPrompt::New(name) => self.new_from_template(&name),
            AfterPrompt::Adopt(design) => {
                self.replace_document(OpenDocument::new(*design, None));
                self.view.fit_requested = true;
            }
            AfterPrompt::Open(path) => self.open_path(&path),
            AfterPrompt::Quit => {
                self.quit_confirmed = true;
                self.clear_recovery();
            }
        }
    }

    /// Saves to the document's file, or asks for one; then carries on with `then`.
    fn save(&mut self, choose_path: bool, then: Option<AfterPrompt>) {
        if !choose_path && self.doc.changed_on_disk() {
            self.modal = Some(Modal::ChangedOnDisk);
            return;
        }
        self.save_over(choose_path, then);
    }

    /// Saves without asking whether the file changed on disk (the user chose to overwrite).
    pub(super) fn save_over(&mut self, choose_path: bool, then: Option<AfterPrompt>) {
        if let (Some(path), false) = (&self.doc.path, choose_path) {
            let path = path.clone();
            if self.save_to_path(&path)
                && let Some(then) = then
            {
                self.proceed(then);
            }
        } else {
            let suggested_name = format!("{}.ron", crate::design::slugify(&self.doc.design.name));
            self.ask_for_file(
                file_actions::FilePurpose::Save { then },
                dialogs::Ask::Save { suggested_name },
            );
        }
    }

    /// Saves the design to `path`. Returns whether it was saved; says why not when it was not.
    fn save_to_path(&mut self, path: &Path) -> bool {
        match self.doc.save_to(path) {
            Ok(()) => {
                self.settings.remember(path);
                self.clear_recovery();
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(error.to_string()));
                false
            }
        }
    }

    /// Keyboard and window input that is not a widget's: shortcuts, clipboard events, arrows,
    /// Escape, dropped files, the close button.
    fn handle_input(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        let dialog_open = self.modal.is_some()
            || self.export_dialog.is_some()
            || self.wizard.is_some()
            || self.crm_dialog.is_some()
            || self.palette.is_some()
            || self.goal_seek.is_some()
            || self.file_request.is_some();
        if !dialog_open {
            self.pending.extend(commands::pressed_commands(ctx, typing));
        }
        if !typing && !dialog_open {
            let events = ctx.input(|input| input.events.clone());
            for event in events {
                match event {
                    egui::Event::Copy => self.pending.push(Command::Copy),
                    egui::Event::Cut => self.pending.push(Command::Cut),
                    egui::Event::Paste(text) => {
                        if let Ok(clipping) = ron::from_str::<edit::Clipping>(&text) {
                            self.clipboard = Some(clipping);
                            self.pending.retain(|command| *command != Command::Paste);
                            self.pending.push(Command::Paste);
                        }
                    }
                    _ => {}
                }
            }
            self.nudge(ctx);
            if ctx.input(|input| input.key_pressed(egui::Key::Escape)) {
                if ctx.input(|input| input.pointer.any_down()) {
                    self.doc.history.abort(&mut self.doc.design);
                } else {
                    self.view.selection.clear();
                }
            }
        }
        let dropped: Vec<PathBuf> = ctx.input(|input| {
            input
                .raw
                .dropped_files
                .iter()
                .map(|file| file.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.guard_unsaved(AfterPrompt::Open(path));
        }
        if ctx.input(|input| input.viewport().close_requested()) && !self.may_close() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::UnsavedChanges(AfterPrompt::Quit));
        }
    }

    /// Re-validates after each settled change (not during a drag: findings are about the
    /// design's logic, which a drag in progress rarely changes).
    fn refresh_findings(&mut self, ctx: &egui::Context) {
        if !self.findings.is_current(self.doc.history.revision()) {
            let design = self.doc.design.clone();
            self.findings
                .start(self.doc.history.revision(), true, ctx, move |_| {
                    validate(&design)
                });
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let interval = Duration::from_secs(self.settings.autosave_seconds.max(10));
        if !self.dirty {
            return;
        }
        if self.last_autosave.elapsed() >= interval {
            if let Some(store) = &self.recovery {
                self.autosave_failure = store
                    .write(&self.doc.design, self.doc.path.as_deref())
                    .err()
                    .map(|error| crate::tr!("app-autosave-failed", error = error.to_string()));
            }
            self.last_autosave = Instant::now();
        }
        ctx.request_repaint_after(interval.saturating_sub(self.last_autosave.elapsed()));
    }
}

impl eframe::App for LeadflowApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let models_before = (
            self.doc.design.sales_model,
            self.doc.design.transaction_models.clone(),
        );
        if !self.fonts_installed {
            Self::install_fonts(&ctx);
            self.apply_theme(&ctx);
            self.fonts_installed = true;
        }
        // Every text of the frame, and of work it hands to workers, in the chosen language.
        crate::i18n::set_current(self.language());
        if self.presentation.is_some() {
            self.presentation_frame(ui, &ctx);
            return;
        }
        self.handle_input(&ctx);
        let theme = self.theme();
        self.refresh_findings(&ctx);
        self.refresh_advice(&ctx);

        egui::Panel::top("menu-bar").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar(ui));
        self.findings_window(&ctx);
        self.plot_panel(ui, &theme);
        egui::Panel::left("palette")
            .resizable(true)
            .default_size(190.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .show(ui, |ui| palette::palette_ui(ui, &self.doc.design, &theme));
            });
        // One width whatever is selected (the user's, once dragged; eframe remembers it): what
        // is wider than the panel scrolls instead of widening it and sliding the canvas.
        // On a small window the canvas keeps most of the width.
        let inspector_width = (ui.available_width() * 0.26).clamp(300.0, 370.0);
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(inspector_width)
            .min_size(260.0)
            .show(ui, |ui| {
                egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
                    let change = inspector::inspector_ui(
                        ui,
                        &mut self.doc.design,
                        &mut self.view.selection,
                        self.sim.result(),
                        self.findings.latest().map_or(&[], Vec::as_slice),
                        self.advice.latest().map_or(&[], Vec::as_slice),
                    );
                    self.take_panel_output(change);
                });
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let with_errors = self.stages_with_errors();
                let change = canvas::canvas_ui(
                    ui,
                    &mut self.doc.design,
                    &mut self.view,
                    self.settings.grid(),
                    self.sim.result(),
                    &with_errors,
                    &theme,
                );
                self.take_panel_output(change);
            });

        self.offer_implied_stages(&models_before);
        if let Some(action) = modals::show(self, &ctx) {
            self.modal_action(action);
        }
        // While a file is asked for, the dialog that asked waits out of sight.
        if self.modal.is_none() && self.file_request.is_none() {
            self.export_dialog_ui(&ctx);
            self.wizard_ui(&ctx);
            self.crm_dialog_ui(&ctx);
            self.palette_ui(&ctx);
            self.goal_seek_ui(&ctx);
        }
        for command in std::mem::take(&mut self.pending) {
            self.run_command(&ctx, command);
        }
        if self.modal.is_none() {
            self.file_dialog_frame(&ctx);
        }

        self.settle_when_idle(&ctx);
        self.sim.refresh(&self.doc.design, &ctx);
        self.dirty = self.doc.is_dirty();
        self.update_title(&ctx);
        self.autosave(&ctx);
        if self.quit_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let rect = self.view.scene_rect;
        self.settings.camera = self.doc.path.clone().map(|file| view::SavedCamera {
            file,
            rect: [rect.min.x, rect.min.y, rect.max.x, rect.max.y],
        });
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}
