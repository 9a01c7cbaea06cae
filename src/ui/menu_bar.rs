//! The menu bar: the command table's menus, with the design's models, the language and the
//! recent files where a person looks for them.

use crate::design::{Design, SalesModel, TransactionModel};
use crate::i18n::Language;
use crate::ui::change::Change;
use crate::ui::commands::{Command, Menu};
use crate::ui::preferences::{FileDialogChoice, Preferences, TextSize};
use std::path::PathBuf;

/// What the menu bar shows besides the commands.
pub struct MenuBarContext<'a> {
    /// The switches' states, the recent files and the language.
    pub preferences: &'a Preferences,
    /// The name of the step Undo would take back, if any.
    pub undo_step: Option<&'a str>,
    /// The name of the step Redo would make again, if any.
    pub redo_step: Option<&'a str>,
}

/// What the person chose in the menus this frame.
#[derive(Debug, Default)]
pub struct MenuChoice {
    /// A command to run.
    pub command: Option<Command>,
    /// A recent file to open.
    pub open_recent: Option<PathBuf>,
    /// The language chosen.
    pub language: Option<Language>,
    /// The text size chosen.
    pub text_size: Option<TextSize>,
    /// The model menus changed the design (as a panel does).
    pub change: Option<Change>,
}

/// The menu bar; the Design menu's model choices edit `design` directly, as a panel does.
pub fn menu_bar_ui(
    ui: &mut egui::Ui,
    menus: &MenuBarContext<'_>,
    design: &mut Design,
) -> MenuChoice {
    let mut chosen = MenuChoice::default();
    egui::MenuBar::new().ui(ui, |ui| {
        for (title, menu) in [
            (crate::tr!("menu-file"), Menu::File),
            (crate::tr!("menu-edit"), Menu::Edit),
            (crate::tr!("menu-view"), Menu::View),
            (crate::tr!("menu-design"), Menu::Design),
            (crate::tr!("menu-help"), Menu::Help),
        ] {
            ui.menu_button(title, |ui| {
                if menu == Menu::Design {
                    chosen.change = model_menus_ui(ui, design);
                    ui.separator();
                }
                if menu == Menu::View {
                    chosen.language = language_menu_ui(ui, menus.preferences.language);
                    chosen.text_size = text_size_menu_ui(ui, menus.preferences.text_size);
                    ui.separator();
                }
                for command in Command::ALL
                    .into_iter()
                    .filter(|command| command.menu() == menu)
                {
                    if command == Command::Quit {
                        chosen.open_recent = recent_files_ui(ui, &menus.preferences.recent_files);
                        ui.separator();
                    }
                    if command_item_ui(ui, command, menus) {
                        chosen.command = Some(command);
                    }
                }
            });
        }
    });
    chosen
}

/// One command as a menu item (a check box for a switch); whether it was clicked.
fn command_item_ui(ui: &mut egui::Ui, command: Command, menus: &MenuBarContext<'_>) -> bool {
    let preferences = menus.preferences;
    let checked = match command {
        Command::ToggleGrid => Some(preferences.show_grid),
        Command::ToggleSnap => Some(preferences.snap_to_grid),
        Command::ToggleMinimap => Some(preferences.show_minimap),
        Command::ToggleOwnFileDialog => Some(preferences.file_dialog == FileDialogChoice::Leadflow),
        Command::ToggleTheme => Some(preferences.theme == crate::draw::ThemeChoice::Dark),
        _ => None,
    };
    let mut text = command.label();
    let step = match command {
        Command::Undo => menus.undo_step,
        Command::Redo => menus.redo_step,
        _ => None,
    };
    if let Some(step) = step {
        text = format!("{text} {}", lower_first(step));
    }
    if let Some(mut on) = checked {
        return ui.checkbox(&mut on, text).clicked();
    }
    let mut button = egui::Button::new(text);
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    ui.add(button).clicked()
}

/// View → Language: the four languages by their own names.
fn language_menu_ui(ui: &mut egui::Ui, current: Option<Language>) -> Option<Language> {
    let mut chosen = None;
    ui.menu_button(crate::tr!("menu-language"), |ui| {
        for language in Language::ALL {
            if ui
                .radio(current.unwrap_or_default() == language, language.own_name())
                .clicked()
            {
                chosen = Some(language);
                ui.close();
            }
        }
    });
    chosen
}

/// View → Text size: 100 %, 125 %, 150 %.
fn text_size_menu_ui(ui: &mut egui::Ui, current: TextSize) -> Option<TextSize> {
    let mut chosen = None;
    ui.menu_button(crate::tr!("menu-text-size"), |ui| {
        for size in TextSize::ALL {
            let label = crate::i18n::format::percent(f64::from(size.zoom()) * 100.0, 0);
            if ui.radio(current == size, label).clicked() {
                chosen = Some(size);
                ui.close();
            }
        }
    });
    chosen
}

/// Design → Sales model and Transaction models.
fn model_menus_ui(ui: &mut egui::Ui, design: &mut Design) -> Option<Change> {
    let mut change = None;
    ui.menu_button(crate::tr!("design-inspector-sales-model"), |ui| {
        for model in SalesModel::ALL {
            if ui
                .radio(
                    design.sales_model == model,
                    model.label(crate::i18n::current()),
                )
                .clicked()
            {
                design.sales_model = model;
                change = Some(Change::ChangeSalesModel);
                ui.close();
            }
        }
    });
    ui.menu_button(crate::tr!("design-inspector-transaction-models"), |ui| {
        for model in TransactionModel::ALL {
            let mut used = design.transaction_models.contains(&model);
            if ui
                .checkbox(&mut used, model.label(crate::i18n::current()))
                .clicked()
            {
                if used {
                    design.transaction_models.push(model);
                } else {
                    design.transaction_models.retain(|m| *m != model);
                }
                change = Some(Change::ChangeTransactionModels);
            }
        }
    });
    change
}

/// File → Open recent; the file clicked.
fn recent_files_ui(ui: &mut egui::Ui, recent_files: &[PathBuf]) -> Option<PathBuf> {
    let mut chosen = None;
    ui.menu_button(crate::tr!("chrome-open-recent"), |ui| {
        if recent_files.is_empty() {
            ui.label(crate::tr!("chrome-no-recent-files"));
        }
        for path in recent_files {
            if ui.button(path.display().to_string()).clicked() {
                chosen = Some(path.clone());
            }
        }
    });
    chosen
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
