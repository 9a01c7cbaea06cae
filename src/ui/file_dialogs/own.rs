//! Leadflow's own file dialog, drawn in the window (`egui_file`): it works where the system has
//! no dialog to offer (no desktop portal, no zenity), and when the user prefers it.

use super::{Answer, Ask, Question, is_offered, with_extension};
use std::path::{Path, PathBuf};

/// Leadflow's file dialog while it is on screen.
pub struct OwnFileDialog {
    ask: Ask,
    dialog: egui_file::FileDialog,
    /// Why this dialog and not the system's, when that needs saying.
    note: Option<String>,
    /// A chosen file that exists already, waiting for "Replace it?".
    replacing: Option<PathBuf>,
}

impl std::fmt::Debug for OwnFileDialog {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("OwnFileDialog")
            .field("ask", &self.ask)
            .field("replacing", &self.replacing)
            .finish_non_exhaustive()
    }
}

impl OwnFileDialog {
    /// The dialog for `question`, opened in its folder (or in `fallback_folder`).
    #[must_use]
    pub fn open(question: &Question, fallback_folder: &Path, note: Option<String>) -> Self {
        let folder = question
            .folder
            .clone()
            .filter(|folder| folder.is_dir())
            .unwrap_or_else(|| fallback_folder.to_path_buf());
        let (dialog, title) = match &question.ask {
            Ask::Open => (
                egui_file::FileDialog::open_file(),
                crate::tr!("file-dialog-open-design"),
            ),
            Ask::CrmExport => (
                egui_file::FileDialog::open_file(),
                crate::tr!("file-dialog-read-a-crm-export"),
            ),
            Ask::Save { suggested_name } => (
                egui_file::FileDialog::save_file().default_filename(suggested_name.clone()),
                crate::tr!("file-dialog-save-design"),
            ),
            Ask::Export { suggested_name, .. } => (
                egui_file::FileDialog::save_file().default_filename(suggested_name.clone()),
                crate::tr!("file-dialog-export-image"),
            ),
            Ask::MonthTable { suggested_name } => (
                egui_file::FileDialog::save_file().default_filename(suggested_name.clone()),
                crate::tr!("file-dialog-export-month-table"),
            ),
        };
        let offered = question.ask.clone();
        // Room above for the note, when there is one.
        let top = if note.is_some() { 120.0 } else { 64.0 };
        let mut dialog = dialog
            .title(&title)
            .id(egui::Id::unique("leadflow-file-dialog"))
            .initial_path(folder)
            .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, top))
            .default_size(egui::vec2(640.0, 440.0))
            .keep_on_top(true)
            // Renaming and new folders report failures only on stdout, where nobody reads.
            .show_rename(false)
            .show_new_folder(false)
            .show_files_filter(Box::new(move |path| {
                path.is_dir() || is_offered(&offered, path)
            }))
            .open_button_text(crate::tr!("file-dialog-open").into())
            .save_button_text(crate::tr!("file-dialog-save").into())
            .cancel_button_text(crate::tr!("file-dialog-cancel").into())
            .refresh_button_hover_text(crate::tr!("file-dialog-refresh").into())
            .parent_folder_button_hover_text(crate::tr!("file-dialog-parent-folder").into())
            .file_label_text(crate::tr!("file-dialog-file").into())
            .show_hidden_checkbox_text(crate::tr!("file-dialog-show-hidden").into());
        if matches!(question.ask, Ask::Open | Ask::CrmExport) {
            let offered = question.ask.clone();
            dialog =
                dialog.filename_filter(Box::new(move |name| is_offered(&offered, Path::new(name))));
        }
        dialog.open();
        Self {
            ask: question.ask.clone(),
            dialog,
            note,
            replacing: None,
        }
    }

    /// Draws the dialog (over a veil that keeps clicks off the editor) and gives the answer
    /// once the user has one.
    pub fn show(&mut self, ctx: &egui::Context) -> Answer {
        veil(ctx);
        if let Some(path) = self.replacing.clone() {
            return self.ask_to_replace(ctx, &path);
        }
        if let Some(note) = &self.note {
            note_above_dialog(ctx, note);
        }
        match self.dialog.show(ctx).state() {
            egui_file::State::Open => Answer::Waiting,
            egui_file::State::Selected => match self.dialog.path() {
                Some(path) => self.chosen(with_extension(&self.ask, path.to_path_buf())),
                None => Answer::Cancelled,
            },
            egui_file::State::Cancelled | egui_file::State::Closed => Answer::Cancelled,
        }
    }

    fn chosen(&mut self, path: PathBuf) -> Answer {
        let writes = matches!(
            self.ask,
            Ask::Save { .. } | Ask::Export { .. } | Ask::MonthTable { .. }
        );
        if writes && path.exists() {
            self.replacing = Some(path);
            Answer::Waiting
        } else {
            Answer::Chosen(path)
        }
    }

    fn ask_to_replace(&mut self, ctx: &egui::Context, path: &Path) -> Answer {
        let name = path
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned());
        let mut answer = Answer::Waiting;
        let modal =
            egui::Modal::new(egui::Id::unique("leadflow-file-dialog-replace")).show(ctx, |ui| {
                ui.set_max_width(420.0);
                ui.label(crate::tr!("file-dialog-replace", name = name));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(crate::tr!("file-dialog-replace-it")).clicked() {
                        answer = Answer::Chosen(path.to_path_buf());
                    }
                    if ui.button(crate::tr!("file-dialog-cancel")).clicked() {
                        answer = Answer::Cancelled;
                    }
                });
            });
        if answer == Answer::Cancelled || (answer == Answer::Waiting && modal.should_close()) {
            // Back to the dialog, as it was, to choose another name.
            self.replacing = None;
            self.dialog.open();
            return Answer::Waiting;
        }
        answer
    }
}

/// A dimmed layer under the dialog: the editor beneath takes no clicks while it is open.
fn veil(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    egui::Area::new(egui::Id::unique("leadflow-file-dialog-veil"))
        .order(egui::Order::Middle)
        .fixed_pos(screen.min)
        .show(ctx, |ui| {
            let (rect, _response) = ui.allocate_exact_size(screen.size(), egui::Sense::click());
            ui.painter()
                .rect_filled(rect, 0.0, egui::Color32::from_black_alpha(90));
        });
}

/// Why Leadflow shows its own dialog, just above it.
fn note_above_dialog(ctx: &egui::Context, note: &str) {
    egui::Area::new(egui::Id::unique("leadflow-file-dialog-note"))
        .order(egui::Order::Foreground)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 24.0))
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(620.0);
                ui.label(note);
            });
        });
}
