//! The desktop app: owns the open document and its history, the view, the preferences, the
//! open dialogs and the results worked out from the design, and runs each frame in a fixed
//! order: input, panels, dialogs, commands, then settle the history and refresh the results.
//! The panels and dialogs (in `ui`) only report what the person did; what that does to the
//! document is carried out here (`carry_out`, `files`).

mod carry_out;
pub mod document;
mod files;
pub mod history;
mod results;
mod simulation_cache;

use crate::design::validate::Finding;
use crate::design::{Design, edit};
use crate::draw::Theme;
use crate::file::recovery::RecoveryStore;
use crate::i18n::WordedResult as _;
use crate::templates;
use crate::ui::change::Change;
use crate::ui::commands::{self, Command};
use crate::ui::dialogs::{AfterPrompt, Dialog, Prompt};
use crate::ui::file_dialogs::FileDialogs;
use crate::ui::file_dialogs::system::SystemDialogs;
use crate::ui::menu_bar::{MenuBarContext, menu_bar_ui};
use crate::ui::preferences::{Preferences, SavedCamera};
use crate::ui::presentation::Presentation;
use crate::ui::status_bar::{Status, status_bar_ui};
use crate::ui::view::{PlotTab, ViewState};
use crate::ui::{canvas, inspector, palette};
use anyhow::{Context as _, anyhow};
use document::OpenDocument;
use results::Results;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// The app's id: the desktop entry's and `AppStream`'s name, and the window's Wayland app id.
pub const APP_ID: &str = "se.leadflow.Leadflow";

/// The icon, drawn for the app (assets/icon/leadflow.svg, rendered by scripts/render-icons).
const WINDOW_ICON: &[u8] = include_bytes!("../../assets/icon/png/leadflow-256.png");

/// Key of the preferences in eframe's storage.
const SETTINGS_KEY: &str = "leadflow-settings";

/// Which fonts the window has: none before its first frame, then the bundled ones, then with
/// the system's fonts for other scripts behind them, looked for on a thread of their own so the
/// window opens without waiting for the font files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FontsInstalled {
    None,
    Bundled,
    WithFallbacks,
}

/// The smallest text the window sets, in points (egui's own small style is 9).
pub const SMALLEST_TEXT: f32 = 11.0;

/// Opens the app on `path`, or on the default example.
///
/// # Errors
/// When the file cannot be loaded or the window cannot be created.
pub fn run(path: Option<&Path>) -> anyhow::Result<ExitCode> {
    // Without a file the window opens on the default example, made once the language is
    // known (it is named in the user's language).
    let document = path
        .map(OpenDocument::load)
        .transpose()
        .worded(crate::i18n::current())?;
    templates::find(templates::DEFAULT_TEMPLATE).context("the default example is missing")?;
    let mut viewport = egui::ViewportBuilder::default()
        .with_inner_size([1440.0, 900.0])
        .with_min_inner_size([1024.0, 640.0])
        .with_title("Leadflow")
        // The desktop entry's name: Wayland shows the icon of the entry with this id.
        .with_app_id(APP_ID)
        .with_drag_and_drop(true);
    // The window's icon on X11 and Windows (Wayland and macOS take the installed one).
    if let Ok(icon) = eframe::icon_data::from_png_bytes(WINDOW_ICON) {
        viewport = viewport.with_icon(std::sync::Arc::new(icon));
    }
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport,
        // The settings stay in the folder they always had (beside the recovery drafts), not
        // in one named after the app id.
        persistence_path: eframe::storage_dir(crate::file::recovery::STORAGE_NAME)
            .map(|folder| folder.join("app.ron")),
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

/// The app.
pub struct LeadflowApp {
    doc: OpenDocument,
    view: ViewState,
    preferences: Preferences,
    /// The simulation, findings, advice, levers and scenario comparison of the design.
    results: Results,
    file_dialogs: Box<dyn FileDialogs>,
    /// A file asked for, until the answer is acted on.
    file_request: Option<files::FileRequest>,
    /// The open dialogs; the last is shown, one beneath waits for it (an error over the export
    /// dialog). Empty when none is open.
    dialogs: Vec<Dialog>,
    /// Presentation mode, while presenting.
    presentation: Option<Presentation>,
    pending: Vec<Command>,
    pending_change: Option<Change>,
    clipboard: Option<edit::Clipping>,
    title_shown: String,
    quit_confirmed: bool,
    last_autosave: Instant,
    recovery: Option<RecoveryStore>,
    /// Why the last autosave failed, shown in the status bar until one succeeds.
    autosave_failure: Option<String>,
    /// What the last export wrote where, shown in the status bar until the document changes
    /// hands.
    notice: Option<String>,
    fonts: FontsInstalled,
    /// Whether there are unsaved changes, as of the end of the last frame (comparing designs
    /// is not free, so it is done once a frame).
    dirty: bool,
}

impl LeadflowApp {
    /// The app on `doc`, with preferences from eframe's storage when there are any.
    #[must_use]
    pub fn new(
        creation: &eframe::CreationContext<'_>,
        doc: Option<OpenDocument>,
        file_dialogs: Box<dyn FileDialogs>,
    ) -> Self {
        let mut preferences: Preferences = creation
            .storage
            .and_then(|storage| eframe::get_value(storage, SETTINGS_KEY))
            .unwrap_or_default();
        let language = *preferences
            .language
            .get_or_insert_with(crate::i18n::Language::of_system);
        crate::i18n::set_current(language);
        let doc = doc.unwrap_or_else(|| {
            OpenDocument::new(
                templates::localized_design_named(
                    templates::DEFAULT_TEMPLATE,
                    crate::i18n::current(),
                )
                .unwrap_or_default(),
                None,
            )
        });
        let recovery = RecoveryStore::default_location();
        let mut app = Self::with_preferences(doc, file_dialogs, preferences, recovery);
        app.offer_welcome();
        app.restore_camera();
        app.apply_theme(&creation.egui_ctx);
        Self::install_fonts(&creation.egui_ctx, &[]);
        Self::look_for_fallback_fonts(&creation.egui_ctx);
        app.fonts = FontsInstalled::Bundled;
        app
    }

    /// The app without eframe (tests): given preferences and recovery store.
    #[must_use]
    pub fn with_preferences(
        doc: OpenDocument,
        file_dialogs: Box<dyn FileDialogs>,
        preferences: Preferences,
        recovery: Option<RecoveryStore>,
    ) -> Self {
        let dialogs = recovery
            .as_ref()
            .and_then(|store| store.orphans().into_iter().next())
            .map(|recovered| Dialog::Prompt(Prompt::Recover(Box::new(recovered))))
            .into_iter()
            .collect();
        Self {
            doc,
            view: ViewState::default(),
            preferences,
            results: Results::default(),
            file_dialogs,
            file_request: None,
            dialogs,
            presentation: None,
            pending: Vec::new(),
            pending_change: None,
            clipboard: None,
            title_shown: String::new(),
            quit_confirmed: false,
            last_autosave: Instant::now(),
            recovery,
            autosave_failure: None,
            notice: None,
            fonts: FontsInstalled::None,
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
    pub fn presentation(&self) -> Option<&Presentation> {
        self.presentation.as_ref()
    }

    /// The view state (selection, camera).
    #[must_use]
    pub fn view(&self) -> &ViewState {
        &self.view
    }

    /// The dialog shown, if any.
    #[must_use]
    pub fn dialog(&self) -> Option<&Dialog> {
        self.dialogs.last()
    }

    /// The latest simulation, waiting for a Monte Carlo run in progress.
    pub fn simulation(&mut self) -> Option<&crate::sim::SimResult> {
        self.results.simulation.wait();
        self.results.simulated()
    }

    /// When leads grow without bound, the loop that feeds them (waiting for the simulation).
    pub fn runaway_loop(&mut self) -> Option<&crate::design::feedback::FeedbackLoop> {
        self.results.simulation.wait();
        self.results.simulation.runaway_loop()
    }

    /// The simulation shown now, without waiting for one under way (the scrub benchmark, and
    /// tests of what the window shows while Monte Carlo works).
    #[doc(hidden)]
    #[must_use]
    pub fn shown_simulation(&self) -> Option<&crate::sim::SimResult> {
        self.results.simulated()
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

    /// Why the last autosave failed, if it did.
    #[must_use]
    pub fn autosave_failure(&self) -> Option<&str> {
        self.autosave_failure.as_deref()
    }

    /// The preferences in use.
    #[must_use]
    pub fn preferences(&self) -> &Preferences {
        &self.preferences
    }

    /// The language the window speaks (English until one is chosen).
    #[must_use]
    pub fn language(&self) -> crate::i18n::Language {
        self.preferences.language.unwrap_or_default()
    }

    /// What validation found in the design, errors first.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        self.results.findings()
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

    /// Settles the frame's edits into one undo step once the user lets go: no button held,
    /// no text being typed. A drag or a typed name is one step, however many frames it takes.
    fn settle_when_idle(&mut self, ctx: &egui::Context) {
        let interacting =
            ctx.input(|input| input.pointer.any_down()) || ctx.egui_wants_keyboard_input();
        if !interacting {
            let label = self.pending_change.take().unwrap_or(Change::Edit).label();
            self.doc.history.settle(&self.doc.design, &label);
        }
    }

    /// Adds Hack as a fallback to the proportional font so arrows (→) and similar signs the
    /// UI uses have glyphs, and behind it the system's fonts for other scripts (Chinese,
    /// Arabic, emoji, …), so names typed in them are not boxes. Emoji are drawn in outline
    /// (colour emoji fonts are bitmaps, which exports cannot draw either).
    fn install_fonts(ctx: &egui::Context, fallbacks: &[crate::export::SystemFont]) {
        let mut fonts = egui::FontDefinitions::default();
        if let Some(family) = fonts.families.get_mut(&egui::FontFamily::Proportional)
            && !family.iter().any(|name| name == "Hack")
        {
            family.push("Hack".to_owned());
        }
        for system in fallbacks {
            let mut data = egui::FontData::from_owned(system.data.clone());
            data.index = system.index;
            fonts
                .font_data
                .insert(system.family.clone(), std::sync::Arc::new(data));
            for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
                if let Some(names) = fonts.families.get_mut(&family) {
                    names.push(system.family.clone());
                }
            }
        }
        ctx.set_fonts(fonts);
        // egui's small text is 9 points; the evidence under a figure, a stage's id and the
        // palette's hints are read in a meeting, so nothing is set smaller than 11.
        ctx.all_styles_mut(|style| {
            style.text_styles.insert(
                egui::TextStyle::Small,
                egui::FontId::proportional(SMALLEST_TEXT),
            );
        });
    }

    /// Looks through the system's fonts on a thread of its own (once a process) and asks for a
    /// frame when done, which adds what was found.
    fn look_for_fallback_fonts(ctx: &egui::Context) {
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            crate::export::system_fallbacks();
            ctx.request_repaint();
        });
    }

    /// Looks where the canvas looked last time, if the same file is open.
    fn restore_camera(&mut self) {
        if let (Some(camera), Some(path)) = (&self.preferences.camera, &self.doc.path)
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
        Theme::new(self.preferences.theme)
    }

    fn apply_theme(&self, ctx: &egui::Context) {
        ctx.set_visuals(crate::ui::shape_paint::visuals(&self.theme()));
    }

    /// Keyboard and window input that is not a widget's: shortcuts, clipboard events, arrows,
    /// Escape, dropped files, the close button.
    fn handle_input(&mut self, ctx: &egui::Context) {
        // Typing in a field keeps most shortcuts for the field; a button or check box Tab has
        // reached keeps the plain keys (Delete, a letter), and the rest act.
        let typing = ctx.text_edit_focused();
        let focus_elsewhere =
            ctx.memory(egui::Memory::focused).is_some() && !self.view.canvas_focused;
        let focus = if typing {
            commands::KeyboardFocus::Typing
        } else if focus_elsewhere {
            commands::KeyboardFocus::Widget
        } else {
            commands::KeyboardFocus::Canvas
        };
        let dialog_open = !self.dialogs.is_empty() || self.file_request.is_some();
        if !dialog_open {
            self.pending.extend(commands::pressed_commands(ctx, focus));
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
            // An open menu or list keeps the arrows for itself.
            if !focus_elsewhere && !egui::Popup::is_any_open(ctx) {
                let grid_step = self.theme().grid_step;
                let keys = crate::ui::canvas_keys::canvas_keys(
                    ctx,
                    &mut self.doc.design,
                    &mut self.view,
                    grid_step,
                );
                self.take_panel_output(keys);
            }
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
            self.prompt(Prompt::UnsavedChanges(AfterPrompt::Quit));
        }
    }
}

/// The frame's panels.
impl LeadflowApp {
    fn menu_bar(&mut self, ui: &mut egui::Ui) {
        let menus = MenuBarContext {
            preferences: &self.preferences,
            undo_step: self.doc.history.undo_label(),
            redo_step: self.doc.history.redo_label(),
        };
        let chosen = menu_bar_ui(ui, &menus, &mut self.doc.design);
        self.menu_choice(chosen);
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let status = Status {
            path: self.doc.path.as_deref(),
            dirty: self.dirty,
            concerns: self.results.concerns(&self.doc.design),
            autosave_failure: self.autosave_failure.as_deref(),
            notice: self.notice.as_deref(),
            keys_hint: crate::ui::canvas_keys::keys_hint(&self.doc.design, &self.view),
            simulating: self.results.simulation.is_running(),
            monte_carlo: self.results.simulation.progress(),
            stopped: self.results.simulation.stopped(),
            simulated_in: self.results.simulation.elapsed(),
        };
        if status_bar_ui(ui, &status, &mut self.view.findings_open) {
            self.results.simulation.stop(ui.ctx());
        }
    }

    /// Headline figures and the plot (or the levers) under the canvas.
    fn plot_panel(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        use crate::ui::lever_list::LeverRequest;
        use crate::ui::plot::PlotRequest;
        let ctx = ui.ctx().clone();
        let tab = self.preferences.plot_tab;
        let (levers, levers_updating) = if tab == PlotTab::Levers {
            self.results
                .levers(&self.doc.design, &self.doc.history, &ctx)
        } else {
            (std::sync::Arc::default(), false)
        };
        let plan_actual = if tab == PlotTab::PlanAgainstActual {
            self.results
                .plan_actual(&self.doc.design, &self.doc.history, &ctx)
        } else {
            None
        };
        let scenarios = if tab == PlotTab::Scenarios {
            self.results
                .scenarios(&self.doc.design, &self.doc.history, &ctx)
        } else {
            std::sync::Arc::default()
        };
        let effects = self
            .results
            .plan_effects(&self.doc.design, &self.doc.history, &ctx);
        let without_plan = effects
            .as_deref()
            .and_then(Option::as_ref)
            .map(|effects| &effects.without);
        let mut advice = crate::ui::plot::AdviceTabs {
            levers: crate::ui::lever_list::LeverList {
                levers: &levers,
                updating: levers_updating,
            },
            scenarios: &scenarios,
            compare_with: &mut self.view.compare_with,
            plan_actual: plan_actual.as_deref().and_then(Option::as_ref),
            without_plan,
        };
        let mut request = None;
        let mut timeline = crate::ui::change::PanelOutput::default();
        let mut add_move = crate::ui::change::PanelOutput::default();
        // A third of a laptop screen at first; the size the user drags it to is kept.
        let default_height = (ui.available_height() * 0.3).clamp(190.0, 400.0);
        egui::Panel::bottom("plot-panel")
            .resizable(true)
            .default_size(default_height)
            .min_size(190.0)
            .show(ui, |ui| {
                // A panel shrinks to its contents: fill it, so its size is the one chosen.
                ui.set_min_height(ui.available_height());
                if let Some(result) = self.results.simulated() {
                    ui.add_space(6.0);
                    let runaway = self.results.concerns(&self.doc.design).runaway;
                    crate::ui::plot::headline_ui(
                        ui,
                        &self.doc.design,
                        (result, runaway),
                        without_plan,
                        theme,
                    );
                    ui.separator();
                    let tab = &mut self.preferences.plot_tab;
                    // The tabs wrap onto a second row in a narrow window (Finnish at 800
                    // pixels): in one row they pushed the plot past the window's edge.
                    ui.horizontal_wrapped(|ui| {
                        crate::ui::plot::tabs_ui(ui, &self.doc.design, result, tab);
                        if tab.follows_time() {
                            ui.separator();
                            add_move = crate::ui::timeline::add_move_ui(ui, &self.doc.design);
                        }
                    });
                    if *tab == PlotTab::Scenarios && self.doc.design.scenarios.is_empty() {
                        *tab = PlotTab::Customers;
                    }
                    if tab.follows_time() {
                        timeline = crate::ui::timeline::timeline_ui(
                            ui,
                            &mut self.doc.design,
                            result.weeks,
                            &mut self.view.selection,
                        );
                    }
                    request = crate::ui::plot::plot_ui(
                        ui,
                        &mut self.doc.design,
                        result,
                        &mut advice,
                        &mut self.preferences.plot_tab,
                        theme,
                        &self.view.selection.stages,
                    );
                }
            });
        self.take_panel_output(timeline.or(add_move));
        match request {
            Some(PlotRequest::ExportMonthTable) => self.ask_where_to_write_months(),
            Some(PlotRequest::Edited(output)) => self.take_panel_output(output),
            Some(PlotRequest::Levers(LeverRequest::GoalSeek)) => self.open_goal_seek(),
            Some(PlotRequest::Levers(LeverRequest::ShowStage(stage_id))) => {
                self.view.selection.select_only(stage_id);
            }
            None => {}
        }
    }

    fn palette_panel(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        let used = egui::Panel::left("palette")
            .resizable(true)
            .default_size(190.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .show(ui, |ui| {
                        crate::ui::panes::pane_anchor_ui(
                            ui,
                            crate::ui::view::Pane::Palette,
                            &crate::tr!("pane-palette"),
                        );
                        palette::palette_ui(ui, &self.doc.design, theme)
                    })
                    .inner
            })
            .inner;
        if let Some(item) = used {
            let intent =
                crate::ui::canvas_keys::palette_item_used(item, &self.doc.design, &self.view);
            self.take_panel_output(crate::ui::change::PanelOutput {
                intent,
                ..Default::default()
            });
        }
    }

    fn inspector_panel(&mut self, ui: &mut egui::Ui) {
        // One width whatever is selected (the user's, once dragged; eframe remembers it): what
        // is wider than the panel scrolls instead of widening it and sliding the canvas.
        // On a small window the canvas keeps most of the width.
        let inspector_width = (ui.available_width() * 0.26).clamp(300.0, 370.0);
        let effects = self
            .results
            .plan_effects(&self.doc.design, &self.doc.history, ui.ctx());
        egui::Panel::right("inspector")
            .resizable(true)
            .default_size(inspector_width)
            .min_size(260.0)
            .show(ui, |ui| {
                egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
                    crate::ui::panes::pane_anchor_ui(
                        ui,
                        crate::ui::view::Pane::Inspector,
                        &crate::tr!("pane-inspector"),
                    );
                    let change = inspector::inspector_ui(
                        ui,
                        &mut self.doc.design,
                        &mut self.view.selection,
                        self.results.simulated(),
                        self.results.findings(),
                        self.results.advice(),
                        effects.as_deref().and_then(Option::as_ref),
                    );
                    self.take_panel_output(change);
                });
            });
    }

    fn canvas_panel(&mut self, ui: &mut egui::Ui, theme: &Theme) {
        egui::CentralPanel::default()
            .frame(egui::Frame::NONE)
            .show(ui, |ui| {
                let with_errors = self.results.stages_with_errors();
                let change = canvas::canvas_ui(
                    ui,
                    &mut self.doc.design,
                    &mut self.view,
                    self.preferences.grid(),
                    self.results.simulated(),
                    &with_errors,
                    theme,
                );
                self.take_panel_output(change);
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
}

impl eframe::App for LeadflowApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let models_before = (
            self.doc.design.sales_model,
            self.doc.design.transaction_models.clone(),
        );
        if self.fonts == FontsInstalled::None {
            Self::install_fonts(&ctx, &[]);
            Self::look_for_fallback_fonts(&ctx);
            self.apply_theme(&ctx);
            self.fonts = FontsInstalled::Bundled;
        }
        if self.fonts == FontsInstalled::Bundled
            && let Some(found) = crate::export::system_fallbacks_found()
        {
            if !found.is_empty() {
                Self::install_fonts(&ctx, found);
            }
            self.fonts = FontsInstalled::WithFallbacks;
        }
        // Every text of the frame, and of work it hands to workers, in the chosen language.
        crate::i18n::set_current(self.language());
        // The chosen text size, also after egui's own Ctrl+0 (which would reset it).
        let zoom = self.preferences.text_size.zoom();
        if (ctx.zoom_factor() - zoom).abs() > f32::EPSILON {
            ctx.set_zoom_factor(zoom);
        }
        if self.presentation.is_some() {
            self.presentation_frame(ui, &ctx);
            return;
        }
        self.handle_input(&ctx);
        let theme = self.theme();
        self.results
            .refresh_checks(&self.doc.design, &self.doc.history, &ctx);

        egui::Panel::top("menu-bar").show(ui, |ui| self.menu_bar(ui));
        egui::Panel::bottom("status-bar").show(ui, |ui| self.status_bar(ui));
        crate::ui::findings_window(
            &ctx,
            self.results.concerns(&self.doc.design),
            &mut self.view.findings_open,
            &mut self.view.selection,
        );
        self.plot_panel(ui, &theme);
        self.palette_panel(ui, &theme);
        self.inspector_panel(ui);
        self.canvas_panel(ui, &theme);

        self.offer_implied_stages(&models_before);
        self.dialog_frame(&ctx);
        for command in std::mem::take(&mut self.pending) {
            self.run_command(&ctx, command);
        }
        if self.dialog().and_then(Dialog::as_prompt).is_none() {
            self.file_dialog_frame(&ctx);
        }

        self.settle_when_idle(&ctx);
        self.results.simulation.refresh(&self.doc.design, &ctx);
        self.dirty = self.doc.is_dirty();
        self.update_title(&ctx);
        self.autosave(&ctx);
        if self.quit_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let rect = self.view.scene_rect;
        self.preferences.camera = self.doc.path.clone().map(|file| SavedCamera {
            file,
            rect: [rect.min.x, rect.min.y, rect.max.x, rect.max.y],
        });
        eframe::set_value(storage, SETTINGS_KEY, &self.preferences);
    }
}
