//! The window's chrome: menu bar, status bar and title.

use super::commands::{self, Command};
use super::view::FileDialogChoice;
use super::{AfterPrompt, LeadflowApp};
use crate::ui::change::Change;
use crate::ui::levers::LeverRequest;

impl LeadflowApp {
    pub(super) fn menu_bar(&mut self, ui: &mut egui::Ui) {
        egui::MenuBar::new().ui(ui, |ui| {
            for (title, menu) in [
                (crate::tr!("menu-file"), commands::Menu::File),
                (crate::tr!("menu-edit"), commands::Menu::Edit),
                (crate::tr!("menu-view"), commands::Menu::View),
                (crate::tr!("menu-design"), commands::Menu::Design),
                (crate::tr!("menu-help"), commands::Menu::Help),
            ] {
                ui.menu_button(title, |ui| {
                    if menu == commands::Menu::Design {
                        self.model_menus(ui);
                        ui.separator();
                    }
                    if menu == commands::Menu::View {
                        self.language_menu(ui);
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
                            Command::ToggleMinimap => Some(self.settings.show_minimap),
                            Command::ToggleOwnFileDialog => {
                                Some(self.settings.file_dialog == FileDialogChoice::Leadflow)
                            }
                            Command::ToggleTheme => {
                                Some(self.settings.theme == crate::draw::ThemeChoice::Dark)
                            }
                            _ => None,
                        };
                        let mut text = command.label();
                        let step = match command {
                            Command::Undo => self.doc.history.undo_label(),
                            Command::Redo => self.doc.history.redo_label(),
                            _ => None,
                        };
                        if let Some(step) = step {
                            text = format!("{text} {}", lower_first(step));
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

    /// View → Language: the four languages by their own names, applied at once and remembered.
    fn language_menu(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(crate::tr!("menu-language"), |ui| {
            for language in crate::i18n::Language::ALL {
                let chosen = self.language() == language;
                if ui.radio(chosen, language.own_name()).clicked() {
                    self.settings.language = Some(language);
                    crate::i18n::set_current(language);
                    ui.close();
                }
            }
        });
    }

    /// Design → Sales model and Transaction models.
    pub(super) fn model_menus(&mut self, ui: &mut egui::Ui) {
        let design = &mut self.doc.design;
        ui.menu_button(crate::tr!("design-inspector-sales-model"), |ui| {
            for model in crate::design::SalesModel::ALL {
                if ui
                    .radio(design.sales_model == model, model.label())
                    .clicked()
                {
                    design.sales_model = model;
                    self.pending_change = Some(Change::ChangeSalesModel);
                    ui.close();
                }
            }
        });
        ui.menu_button(crate::tr!("design-inspector-transaction-models"), |ui| {
            for model in crate::design::TransactionModel::ALL {
                let mut used = design.transaction_models.contains(&model);
                if ui.checkbox(&mut used, model.label()).clicked() {
                    if used {
                        design.transaction_models.push(model);
                    } else {
                        design.transaction_models.retain(|m| *m != model);
                    }
                    self.pending_change = Some(Change::ChangeTransactionModels);
                }
            }
        });
    }

    pub(super) fn recent_files_ui(&mut self, ui: &mut egui::Ui) {
        ui.menu_button(crate::tr!("chrome-open-recent"), |ui| {
            if self.settings.recent_files.is_empty() {
                ui.label(crate::tr!("chrome-no-recent-files"));
            }
            for path in self.settings.recent_files.clone() {
                if ui.button(path.display().to_string()).clicked() {
                    self.guard_unsaved(AfterPrompt::Open(path));
                }
            }
        });
    }

    /// Headline figures and the plot (or the levers) under the canvas.
    pub(super) fn plot_panel(&mut self, ui: &mut egui::Ui, theme: &crate::draw::Theme) {
        let (levers, levers_updating) = self.current_levers(ui.ctx());
        let scenarios = self.scenario_results(ui.ctx());
        let mut advice = crate::ui::plot::AdviceTabs {
            levers: crate::ui::levers::LeverList {
                levers: &levers,
                updating: levers_updating,
            },
            scenarios: &scenarios,
            compare_with: &mut self.view.compare_with,
        };
        let mut request = None;
        // A third of a laptop screen at first; the size the user drags it to is kept.
        let default_height = (ui.available_height() * 0.3).clamp(190.0, 400.0);
        egui::Panel::bottom("plot-panel")
            .resizable(true)
            .default_size(default_height)
            .min_size(190.0)
            .show(ui, |ui| {
                // A panel shrinks to its contents: fill it, so its size is the one chosen.
                ui.set_min_height(ui.available_height());
                if let Some(result) = self.sim.result() {
                    ui.add_space(6.0);
                    crate::ui::plot::headline_ui(ui, &self.doc.design, result, theme);
                    ui.separator();
                    request = crate::ui::plot::plot_ui(
                        ui,
                        &self.doc.design,
                        result,
                        &mut advice,
                        &mut self.settings.plot_tab,
                        theme,
                        &self.view.selection.stages,
                    );
                }
            });
        match request {
            Some(LeverRequest::GoalSeek) => self.open_goal_seek(),
            Some(LeverRequest::ShowStage(stage_id)) => self.view.selection.select_only(stage_id),
            None => {}
        }
    }

    /// The findings, listed above the status bar; clicking one selects what it is about.
    pub(super) fn findings_window(&mut self, ctx: &egui::Context) {
        if !self.view.findings_open {
            return;
        }
        let mut open = true;
        let mut chosen = None;
        egui::Window::new(crate::tr!("chrome-findings"))
            .open(&mut open)
            .anchor(egui::Align2::LEFT_BOTTOM, egui::vec2(8.0, -36.0))
            .resizable(false)
            .collapsible(false)
            .default_width(460.0)
            .show(ctx, |ui| {
                if self.findings().is_empty() {
                    ui.label(crate::tr!("chrome-nothing-to-report-the-design"));
                }
                egui::ScrollArea::vertical()
                    .max_height(260.0)
                    .show(ui, |ui| {
                        for (index, finding) in self.findings().iter().enumerate() {
                            let colour = match finding.severity {
                                crate::design::validate::Severity::Error => {
                                    ui.visuals().error_fg_color
                                }
                                crate::design::validate::Severity::Warning => {
                                    ui.visuals().warn_fg_color
                                }
                            };
                            let text = egui::RichText::new(&finding.message).color(colour);
                            if ui
                                .add(egui::Button::new(text).wrap().frame(false))
                                .clicked()
                            {
                                chosen = Some(index);
                            }
                        }
                    });
            });
        if let Some(finding) =
            chosen.and_then(|index| self.findings.latest().and_then(|found| found.get(index)))
        {
            use crate::design::validate::Subject;
            let selection = &mut self.view.selection;
            match &finding.subject {
                Subject::Stage(stage_id) => selection.select_only(stage_id.clone()),
                Subject::Flow { from, to } => {
                    selection.clear();
                    selection.flow = Some(crate::design::FlowKey {
                        from: from.clone(),
                        to: to.clone(),
                    });
                }
                // The design's own inspector shows sources, the catalogue and settings.
                Subject::Design | Subject::Source(_) | Subject::Catalogue(_) => selection.clear(),
            }
        }
        self.view.findings_open = open;
    }

    pub(super) fn status_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let location = self.doc.path.as_ref().map_or_else(
                || crate::tr!("status-not-saved"),
                |path| path.display().to_string(),
            );
            if self.dirty {
                ui.label(crate::tr!("status-unsaved", location = location));
            } else {
                ui.label(location);
            }
            ui.separator();
            let errors = self
                .findings()
                .iter()
                .filter(|f| f.severity == crate::design::validate::Severity::Error)
                .count();
            let warnings = self.findings().len() - errors;
            let counts = crate::tr!(
                "status-findings",
                errors = errors,
                warnings = warnings,
                errors_shown = crate::i18n::format::count(errors as f64),
                warnings_shown = crate::i18n::format::count(warnings as f64)
            );
            let text = if errors > 0 {
                egui::RichText::new(counts).color(ui.visuals().error_fg_color)
            } else {
                egui::RichText::new(counts)
            };
            if ui
                .selectable_label(self.view.findings_open, text)
                .on_hover_text(crate::tr!("status-findings-hint"))
                .clicked()
            {
                self.view.findings_open = !self.view.findings_open;
            }
            if let Some(failure) = &self.autosave_failure {
                ui.separator();
                ui.label(egui::RichText::new(failure).color(ui.visuals().error_fg_color));
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let mode = if self.sim.is_running() {
                    crate::tr!("status-simulating")
                } else {
                    crate::tr!(
                        "status-simulated",
                        milliseconds = crate::i18n::format::number(
                            self.sim.elapsed().as_secs_f64() * 1000.0,
                            1
                        )
                    )
                };
                ui.label(mode);
            });
        });
    }

    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
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

/// An undo step's name inside a sentence: "Undo move stages", but "Undo CRM import" keeps its
/// acronym.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return name.to_owned();
    };
    if second.is_some_and(char::is_uppercase) {
        return name.to_owned();
    }
    first.to_lowercase().chain(name.chars().skip(1)).collect()
}
