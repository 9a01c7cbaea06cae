//! The desktop app: owns the open design, its history, the view and the settings, and runs
//! each frame in a fixed order: input, panels, dialogs, commands, then settle the history and
//! refresh the simulation.

pub mod commands;
pub mod dialogs;
pub mod document;
pub mod history;
mod modals;
mod recovery;
mod simulation_cache;
pub mod view;

use crate::design::validate::{Finding, validate};
use crate::design::{Design, Point, edit};
use crate::templates;
use crate::ui::theme::Theme;
use crate::ui::{canvas, inspector, palette, plot};
use anyhow::{Context as _, anyhow};
use commands::Command;
use dialogs::{FileDialogs, SystemDialogs};
use document::OpenDocument;
pub use modals::Modal;
use simulation_cache::SimulationCache;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use view::{Settings, ViewState};

/// Key of the settings in eframe's storage.
const SETTINGS_KEY: &str = "leadflow-settings";

/// Opens the app on `path`, or on the default example.
///
/// # Errors
/// When the file cannot be loaded or the window cannot be created.
pub fn run(path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let document = match path {
        Some(path) => OpenDocument::load(path)?,
        None => OpenDocument::new(
            templates::find(templates::DEFAULT_TEMPLATE)
                .context("the default example is missing")?
                .design()?,
            None,
        ),
    };
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
                Box::new(SystemDialogs),
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
    /// Close the window.
    Quit,
}

/// The app.
pub struct LeadflowApp {
    doc: OpenDocument,
    view: ViewState,
    settings: Settings,
    sim: SimulationCache,
    findings: Vec<Finding>,
    /// History revision the findings were computed for.
    findings_revision: Option<u64>,
    dialogs: Box<dyn FileDialogs>,
    modal: Option<Modal>,
    pending: Vec<Command>,
    change_label: Option<&'static str>,
    clipboard: Option<edit::Clipping>,
    title_shown: String,
    quit_confirmed: bool,
    last_autosave: Instant,
    recovery_path: Option<PathBuf>,
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
        doc: OpenDocument,
        dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let settings: Settings = creation
            .storage
            .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
            .unwrap_or_default();
        let recovery_path = recovery::default_path();
        let mut app = Self::with_settings(doc, dialogs, settings, recovery_path);
        app.restore_camera();
        app.apply_theme(&creation.egui_ctx);
        Self::install_fonts(&creation.egui_ctx);
        app.fonts_installed = true;
        app
    }

    /// The app without eframe (tests): given settings and recovery file.
    #[must_use]
    pub fn with_settings(
        doc: OpenDocument,
        dialogs: Box<dyn FileDialogs>,
        settings: Settings,
        recovery_path: Option<PathBuf>,
    ) -> Self {
        let modal = recovery_path
            .as_deref()
            .and_then(recovery::read)
            .map(|design| Modal::Recover(Box::new(design)));
        Self {
            doc,
            view: ViewState::default(),
            settings,
            sim: SimulationCache::default(),
            findings: Vec::new(),
            findings_revision: None,
            dialogs,
            modal,
            pending: Vec::new(),
            change_label: None,
            clipboard: None,
            title_shown: String::new(),
            quit_confirmed: false,
            last_autosave: Instant::now(),
            recovery_path,
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

    /// Moves the first stage by `dx`: an edit for the frame benchmark to make.
    #[doc(hidden)]
    pub fn nudge_first_stage_for_benchmark(&mut self, dx: f32) {
        if let Some(stage) = self.doc.design.stages.values_mut().next() {
            stage.position.x += dx;
        }
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
        ctx.set_visuals(self.theme().visuals());
    }

    /// Replaces the document; the view starts fresh.
    fn replace_document(&mut self, doc: OpenDocument) {
        if let Some(path) = &doc.path {
            self.settings.remember(path);
        }
        self.doc = doc;
        self.view = ViewState::default();
        self.findings_revision = None;
    }

    /// Opens a file; a failure shows the error and changes nothing.
    fn open_path(&mut self, path: &Path) {
        match OpenDocument::load(path) {
            Ok(doc) => self.replace_document(doc),
            Err(error) => self.modal = Some(Modal::Error(error.to_string())),
        }
    }

    fn new_from_template(&mut self, name: &str) {
        match templates::find(name).map(templates::Template::design) {
            Some(Ok(design)) => self.replace_document(OpenDocument::new(design, None)),
            Some(Err(error)) => self.modal = Some(Modal::Error(error.to_string())),
            None => self.modal = Some(Modal::Error(format!("there is no template \"{name}\""))),
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
            AfterPrompt::Open(path) => self.open_path(&path),
            AfterPrompt::Quit => {
                self.quit_confirmed = true;
                recovery::clear(self.recovery_path.as_deref());
            }
        }
    }

    /// Saves to the document's file, or asks for one. Returns whether it was saved.
    fn save(&mut self, choose_path: bool) -> bool {
        let path = match (&self.doc.path, choose_path) {
            (Some(path), false) => Some(path.clone()),
            _ => self.dialogs.pick_save(&format!(
                "{}.ron",
                crate::design::slugify(&self.doc.design.name)
            )),
        };
        let Some(path) = path else {
            return false;
        };
        match self.doc.save_to(&path) {
            Ok(()) => {
                self.settings.remember(&path);
                recovery::clear(self.recovery_path.as_deref());
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(error.to_string()));
                false
            }
        }
    }

    fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        let selection = self.view.selection.stages.clone();
        match command {
            Command::New => self.modal = Some(Modal::NewFromTemplate),
            Command::Open => {
                if let Some(path) = self.dialogs.pick_open() {
                    self.guard_unsaved(AfterPrompt::Open(path));
                }
            }
            Command::Save => {
                self.save(false);
            }
            Command::SaveAs => {
                self.save(true);
            }
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
                        self.change_label = Some("Cut");
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
                    self.change_label = Some("Duplicate");
                }
            }
            Command::Delete => {
                if let Some(index) = self.view.selection.flow.take() {
                    if index < self.doc.design.flows.len() {
                        self.doc.design.flows.remove(index);
                        self.change_label = Some("Delete flow");
                    }
                } else if !selection.is_empty() {
                    edit::delete_stages(&mut self.doc.design, &selection);
                    self.view.selection.clear();
                    self.change_label = Some("Delete");
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
            Command::ToggleTheme => {
                self.settings.theme = match self.settings.theme {
                    crate::ui::theme::ThemeChoice::Light => crate::ui::theme::ThemeChoice::Dark,
                    crate::ui::theme::ThemeChoice::Dark => crate::ui::theme::ThemeChoice::Light,
                };
                self.apply_theme(ctx);
            }
            Command::ArrangeFunnel => {
                edit::arrange_funnel(&mut self.doc.design);
                self.change_label = Some("Arrange as funnel");
                self.view.fit_requested = true;
            }
            Command::ArrangeFlywheel => {
                edit::arrange_flywheel(&mut self.doc.design);
                self.change_label = Some("Arrange as flywheel");
                self.view.fit_requested = true;
            }
            Command::ShowShortcuts => self.modal = Some(Modal::Shortcuts),
            Command::About => self.modal = Some(Modal::About),
        }
    }

    fn paste(&mut self, clipping: &edit::Clipping) {
        let pasted = edit::paste(&mut self.doc.design, clipping, Point::new(40.0, 40.0));
        self.view.selection.clear();
        self.view.selection.stages = pasted;
        self.change_label = Some("Paste");
    }

    fn forget_missing_selection(&mut self) {
        let design = &self.doc.design;
        self.view
            .selection
            .stages
            .retain(|stage_id| design.stages.contains_key(stage_id));
        if self
            .view
            .selection
            .flow
            .is_some_and(|index| index >= design.flows.len())
        {
            self.view.selection.flow = None;
        }
    }

    /// Keyboard and window input that is not a widget's: shortcuts, clipboard events, arrows,
    /// Escape, dropped files, the close button.
    fn handle_input(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        if self.modal.is_none() {
            self.pending.extend(commands::pressed_commands(ctx, typing));
        }
        if !typing && self.modal.is_none() {
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

    fn nudge(&mut self, ctx: &egui::Context) {
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
        for stage_id in &self.view.selection.stages {
            if let Some(stage) = self.doc.design.stages.get_mut(stage_id) {
                stage.position = Point::new(stage.position.x + dx, stage.position.y + dy);
            }
        }
        self.change_label = Some("Nudge");
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for (title, menu) in [
                ("File", commands::Menu::File),
                ("Edit", commands::Menu::Edit),
                ("View", commands::Menu::View),
                ("Design", commands::Menu::Design),
                ("Help", commands::Menu::Help),
            ] {
                ui.menu_button(title, |ui| {
                    if menu == commands::Menu::Design {
                        self.model_menus(ui);
                        ui.separator();
                    }
                    for command in Command::ALL
                        .into_iter()
                        .filter(|command| command.menu() == menu)
                    {
                        if command == Command::Quit {
                            self.recent_files_ui(ui);
                            ui.separator();
                        }
                        let checked = match command {
                            Command::ToggleGrid => Some(self.settings.show_grid),
                            Command::ToggleSnap => Some(self.settings.snap_to_grid),
                            Command::ToggleTheme => {
                                Some(self.settings.theme == crate::ui::theme::ThemeChoice::Dark)
                            }
                            _ => None,
                        };
                        let mut text = command.label().to_owned();
                        if let (Command::Undo, Some(label)) =
                            (command, self.doc.history.undo_label())
                        {
                            text = format!("Undo {}", label.to_lowercase());
                        }
                        if let Some(mut on) = checked {
                            if ui.checkbox(&mut on, text).clicked() {
                                self.pending.push(command);
                            }
                            continue;
                        }
                        let mut button = egui::Button::new(text);
                        if let Some(shortcut) = command.shortcuts().first() {
                            button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
                        }
                        if ui.add(button).clicked() {
                            self.pending.push(command);
                        }
                    }
                });
            }
        });
    }

    /// Design → Sales model and Transaction models.
    fn model_menus(&mut self, ui: &mut egui::Ui) {
        let design = &mut self.doc.design;
        ui.menu_button("Sales model", |ui| {
            for model in crate::design::SalesModel::ALL {
                if ui
                    .radio(design.sales_model == model, model.label())
                    .clicked()
                {
                    design.sales_model = model;
                    self.change_label = Some("Change sales model");
                    ui.close();
                }
            }
        });
        ui.menu_button("Transaction models", |ui| {
            for model in crate::design::TransactionModel::ALL {
                let mut used = design.transaction_models.contains(&model);
                if ui.checkbox(&mut used, model.label()).clicked() {
                    if used {
                        design.transaction_models.push(model);
                    } else {
                        design.transaction_models.retain(|m| *m != model);
                    }
                    self.change_label = Some("Change transaction models");
                }
            }
        });
    }

    fn recent_files_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button("Open recent", |ui| {
            if self.settings.recent_files.is_empty() {
                ui.label("No recent files");
            }
            for path in self.settings.recent_files.clone() {
                if ui.button(path.display().to_string()).clicked() {
                    self.guard_unsaved(AfterPrompt::Open(path));
                }
            }
        });
    }

    fn status_bar(&self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let dirty = if self.dirty {
                " • unsaved changes"
            } else {
                ""
            };
            let location = self.doc.path.as_ref().map_or_else(
                || "Not saved yet".to_owned(),
                |path| path.display().to_string(),
            );
            ui.label(format!("{location}{dirty}"));
            ui.separator();
            let errors = self
                .findings
                .iter()
                .filter(|f| f.severity == crate::design::validate::Severity::Error)
                .count();
            let warnings = self.findings.len() - errors;
            ui.label(format!("{errors} errors, {warnings} warnings"));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let mode = if self.sim.is_running() {
                    "simulating…".to_owned()
                } else {
                    format!(
                        "simulated in {:.1} ms",
                        self.sim.elapsed().as_secs_f64() * 1000.0
                    )
                };
                ui.label(mode);
            });
        });
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let dirty = if self.dirty { " •" } else { "" };
        let title = format!(
            "{}{dirty} — {} — Leadflow",
            self.doc.design.name,
            self.doc.file_label()
        );
        if title != self.title_shown {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title_shown = title;
        }
    }

    /// Re-validates after each settled change (not during a drag: findings are about the
    /// design's logic, which a drag in progress rarely changes).
    fn refresh_findings(&mut self) {
        let revision = self.doc.history.revision();
        if self.findings_revision != Some(revision) {
            self.findings = validate(&self.doc.design);
            self.findings_revision = Some(revision);
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let interval = Duration::from_secs(self.settings.autosave_seconds.max(10));
        if !self.dirty {
            return;
        }
        if self.last_autosave.elapsed() >= interval {
            recovery::write(self.recovery_path.as_deref(), &self.doc.design);
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
        self.handle_input(&ctx);
        let theme = self.theme();
        self.refresh_findings();

        egui::Panel::top("menu-bar").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar(ui));
        egui::Panel::bottom("plot-panel")
            .resizable(true)
            .default_size(330.0)
            .min_size(220.0)
            .show(ui, |ui| {
                if let Some(result) = self.sim.result() {
                    ui.add_space(6.0);
                    plot::headline_ui(ui, &self.doc.design, result, &theme);
                    ui.separator();
                    plot::plot_ui(
                        ui,
                        &self.doc.design,
                        result,
                        &mut self.settings.plot_tab,
                        &theme,
                    );
                }
            });
        egui::Panel::left("palette")
            .resizable(true)
            .default_size(190.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .show(ui, |ui| palette::palette_ui(ui, &self.doc.design, &theme));
            });
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let change = inspector::inspector_ui(
                        ui,
                        &mut self.doc.design,
                        &mut self.view.selection,
                        self.sim.result(),
                        &self.findings,
                    );
                    if change.is_some() {
                        self.change_label = change;
                    }
                });
            });
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let change = canvas::canvas_ui(
                    ui,
                    &mut self.doc.design,
                    &mut self.view,
                    &self.settings,
                    self.sim.result(),
                    &theme,
                );
                if change.is_some() {
                    self.change_label = change;
                }
            });

        self.offer_implied_stages(&models_before);
        if let Some(action) = modals::show(self, &ctx) {
            self.modal_action(action);
        }
        for command in std::mem::take(&mut self.pending) {
            self.run_command(&ctx, command);
        }

        let interacting =
            ctx.input(|input| input.pointer.any_down()) || ctx.egui_wants_keyboard_input();
        if !interacting {
            let label = self.change_label.take().unwrap_or("Edit");
            self.doc.history.settle(&self.doc.design, label);
        }
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

impl LeadflowApp {
    /// After the user picks a sales model or adds a transaction model, offers the stages it
    /// implies that the design lacks.
    fn offer_implied_stages(
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

    fn modal_action(&mut self, action: modals::ModalAction) {
        use modals::ModalAction;
        match action {
            ModalAction::Close => self.modal = None,
            ModalAction::SaveThen(then) => {
                self.modal = None;
                if self.save(false) {
                    self.proceed(then);
                }
            }
            ModalAction::DiscardThen(then) => {
                self.modal = None;
                self.proceed(then);
            }
            ModalAction::NewFromTemplate(name) => {
                self.modal = None;
                self.guard_unsaved(AfterPrompt::New(name));
            }
            ModalAction::Recover(design) => {
                self.modal = None;
                let mut doc = OpenDocument::new(Design::default(), None);
                doc.design = *design;
                self.replace_document(doc);
                recovery::clear(self.recovery_path.as_deref());
            }
            ModalAction::DiscardRecovery => {
                self.modal = None;
                recovery::clear(self.recovery_path.as_deref());
            }
            ModalAction::AcceptOffer(offer) => {
                self.modal = None;
                let added = crate::design::implied::accept(&mut self.doc.design, &offer);
                self.view.selection.clear();
                self.view.selection.stages = added.into_iter().collect();
                self.change_label = Some("Add implied stages");
                self.view.fit_requested = true;
            }
        }
    }
}
