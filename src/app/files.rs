//! The document's files: opening, saving (asking first where work would be lost), asking for a
//! file and carrying on with the answer frames later, exports, and the recovery file.

use super::LeadflowApp;
use super::document::OpenDocument;
use crate::export::{self, Format};
use crate::i18n::Worded as _;
use crate::sim::SimResult;
use crate::templates;
use crate::ui::dialogs::export::export_options;
use crate::ui::dialogs::{AfterPrompt, Dialog, Prompt};
use crate::ui::file_dialogs::{Answer, Ask, Question};
use crate::ui::preferences::FileDialogChoice;
use crate::ui::view::ViewState;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file asked for is for.
#[derive(Clone, Debug)]
pub(super) enum FilePurpose {
    /// File → Open.
    Open,
    /// Save the design there, then carry on with `then` (when the save worked).
    Save { then: Option<AfterPrompt> },
    /// Write the export dialog's image there.
    Export,
    /// Read it in the CRM dialog.
    CrmExport,
    /// Write the year month by month there.
    MonthTable,
}

/// A file asked for, until its answer is acted on.
#[derive(Debug)]
pub(super) struct FileRequest {
    purpose: FilePurpose,
    /// The question, until it is handed to the dialogs (on the next frame).
    unasked: Option<Question>,
}

impl LeadflowApp {
    /// Shows `prompt` over whatever dialog is open (an error over the export dialog); the
    /// dialog beneath is shown again once the prompt is answered.
    pub(super) fn prompt(&mut self, prompt: Prompt) {
        self.dialogs.push(Dialog::Prompt(prompt));
    }

    /// Replaces the document; the view starts fresh.
    pub(super) fn replace_document(&mut self, doc: OpenDocument) {
        if let Some(path) = &doc.path {
            self.preferences.remember(path);
        }
        self.doc = doc;
        self.view = ViewState::default();
        self.notice = None;
        self.results.clear();
        // Goal seek's answers are for the old design.
        self.dialogs
            .retain(|dialog| !matches!(dialog, Dialog::GoalSeek(_)));
    }

    /// Opens a file; a failure shows the error and changes nothing.
    pub(super) fn open_path(&mut self, path: &Path) {
        match OpenDocument::load(path) {
            Ok(doc) => self.replace_document(doc),
            Err(error) => self.prompt(Prompt::Error(error.words(crate::i18n::current()))),
        }
    }

    fn new_from_template(&mut self, name: &str) {
        match templates::find(name)
            .map(|template| template.localized_design(crate::i18n::current()))
        {
            Some(Ok(design)) => self.replace_document(OpenDocument::made(design)),
            Some(Err(error)) => self.prompt(Prompt::Error(error.words(crate::i18n::current()))),
            None => self.prompt(Prompt::Error(crate::tr!("app-no-template", name = name))),
        }
    }

    /// Runs `then` now, or asks to save first when there are unsaved changes.
    pub(super) fn guard_unsaved(&mut self, then: AfterPrompt) {
        if self.doc.is_dirty() {
            self.prompt(Prompt::UnsavedChanges(then));
        } else {
            self.proceed(then);
        }
    }

    pub(super) fn proceed(&mut self, then: AfterPrompt) {
        match then {
            AfterPrompt::New(name) => self.new_from_template(&name),
            AfterPrompt::Adopt(design) => {
                self.replace_document(OpenDocument::made(*design));
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
    pub(super) fn save(&mut self, choose_path: bool, then: Option<AfterPrompt>) {
        if !choose_path && self.doc.changed_on_disk() {
            self.prompt(Prompt::ChangedOnDisk);
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
            self.ask_for_file(FilePurpose::Save { then }, Ask::Save { suggested_name });
        }
    }

    /// Saves the design to `path`. Returns whether it was saved; says why not when it was not.
    fn save_to_path(&mut self, path: &Path) -> bool {
        match self.doc.save_to(path) {
            Ok(()) => {
                self.preferences.remember(path);
                self.clear_recovery();
                true
            }
            Err(error) => {
                self.prompt(Prompt::Error(error.words(crate::i18n::current())));
                false
            }
        }
    }

    /// Removes this window's recovery file: the work is saved or deliberately left.
    pub(super) fn clear_recovery(&mut self) {
        if let Some(store) = &self.recovery {
            store.clear();
        }
        self.autosave_failure = None;
    }

    /// Keeps unsaved work in the recovery file every so often.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let interval = Duration::from_secs(self.preferences.autosave_seconds.max(10));
        if !self.dirty {
            return;
        }
        if self.last_autosave.elapsed() >= interval {
            if let Some(store) = &self.recovery {
                self.autosave_failure = store
                    .write(&self.doc.design, self.doc.path.as_deref())
                    .err()
                    .map(|error| {
                        crate::tr!(
                            "app-autosave-failed",
                            error = error.words(crate::i18n::current())
                        )
                    });
            }
            self.last_autosave = Instant::now();
        }
        ctx.request_repaint_after(interval.saturating_sub(self.last_autosave.elapsed()));
    }

    /// Asks for a file for `purpose`, unless a file is already being asked for.
    pub(super) fn ask_for_file(&mut self, purpose: FilePurpose, ask: Ask) {
        if self.file_request.is_some() {
            return;
        }
        let question = Question {
            ask,
            folder: self.folder_to_start_in(),
            in_window: self.preferences.file_dialog == FileDialogChoice::Leadflow,
        };
        self.file_request = Some(FileRequest {
            purpose,
            unasked: Some(question),
        });
    }

    /// The open design's folder, else the last file's.
    fn folder_to_start_in(&self) -> Option<PathBuf> {
        self.doc
            .path
            .iter()
            .chain(&self.preferences.recent_files)
            .find_map(|path| path.parent())
            .filter(|folder| !folder.as_os_str().is_empty())
            .map(Path::to_path_buf)
    }

    /// Hands a new question to the file dialogs, shows them, and carries on once answered.
    pub(super) fn file_dialog_frame(&mut self, ctx: &egui::Context) {
        let Some(request) = &mut self.file_request else {
            return;
        };
        if let Some(question) = request.unasked.take() {
            self.file_dialogs.ask(question, ctx);
        }
        let path = match self.file_dialogs.poll(ctx) {
            Answer::Waiting => return,
            Answer::Cancelled => None,
            Answer::Chosen(path) => Some(path),
        };
        let Some(request) = self.file_request.take() else {
            return;
        };
        if let Some(path) = path {
            self.carry_on(request.purpose, &path);
        }
    }

    fn carry_on(&mut self, purpose: FilePurpose, path: &Path) {
        match purpose {
            FilePurpose::Open => self.guard_unsaved(AfterPrompt::Open(path.to_path_buf())),
            FilePurpose::Save { then } => {
                if self.save_to_path(path)
                    && let Some(then) = then
                {
                    self.proceed(then);
                }
            }
            FilePurpose::Export => self.export_to(path),
            FilePurpose::MonthTable => self.write_month_table(path),
            FilePurpose::CrmExport => {
                if let Some(Dialog::Crm(dialog)) = self.dialogs.last_mut() {
                    dialog.read_file(path, &self.doc.design);
                }
            }
        }
    }

    /// The simulation to draw: the live one, or a fresh run while the worker is busy.
    pub(super) fn export_result(&self) -> SimResult {
        self.results
            .simulated()
            .cloned()
            .unwrap_or_else(|| crate::sim::simulate(&self.doc.design))
    }

    /// Edit → Copy as image: a PNG of what Export would draw, on the clipboard.
    pub(super) fn copy_as_image(&mut self, ctx: &egui::Context) {
        let options = export_options(
            &self.preferences.export,
            &self.view.selection.stages,
            Format::Png,
        );
        let result = self.export_result();
        match export::pixels(&self.doc.design, &result, &options, options.scale as f32) {
            Ok((width, height, rgba)) => ctx.copy_image(egui::ColorImage::from_rgba_unmultiplied(
                [width as usize, height as usize],
                &rgba,
            )),
            Err(error) => self.prompt(Prompt::Error(error.to_string())),
        }
    }

    /// Asks where to write the export; the export dialog waits, out of sight, for the answer.
    pub(super) fn ask_where_to_export(&mut self) {
        let format = self.preferences.export.format;
        let suggested_name = format!(
            "{}.{}",
            crate::design::slugify(&self.doc.design.name),
            format.extension()
        );
        self.ask_for_file(
            FilePurpose::Export,
            Ask::Export {
                suggested_name,
                format,
            },
        );
    }

    /// Writes the export to `path` and closes the export dialog; on failure says why and keeps
    /// the dialog open to try again.
    fn export_to(&mut self, path: &Path) {
        let options = export_options(
            &self.preferences.export,
            &self.view.selection.stages,
            self.preferences.export.format,
        );
        let result = self.export_result();
        let bytes = if options.is_pack() {
            // The levers the editor has worked out already, or worked out now.
            let levers = self
                .results
                .current_levers(self.doc.history.revision())
                .unwrap_or_else(|| std::sync::Arc::new(export::deck_levers(&self.doc.design)));
            export::export_pack(&self.doc.design, &result, &levers, &options)
        } else {
            export::export(&self.doc.design, &result, &options)
        };
        let written = bytes
            .map_err(|error| format!("{}: {error}", path.display()))
            .and_then(|bytes| {
                crate::file::write_atomically(path, &bytes)
                    .map_err(|error| error.words(crate::i18n::current()))
            });
        match written {
            Ok(()) => {
                self.dialogs
                    .retain(|dialog| !matches!(dialog, Dialog::Export(_)));
                self.notice = Some(crate::tr!(
                    "status-exported",
                    format = self.preferences.export.format.label(crate::i18n::current()),
                    file = path.display().to_string()
                ));
            }
            Err(message) => self.prompt(Prompt::Error(message)),
        }
    }

    /// Asks where to write the year month by month.
    pub(super) fn ask_where_to_write_months(&mut self) {
        let suggested_name = format!(
            "{}-{}.xlsx",
            crate::design::slugify(&self.doc.design.name),
            crate::design::slugify(&crate::tr!("plot-months"))
        );
        self.ask_for_file(FilePurpose::MonthTable, Ask::MonthTable { suggested_name });
    }

    /// Writes the year month by month to `path`: an Excel workbook in the window's language
    /// for `.xlsx`, CSV with columns named for scripts otherwise; on failure says why.
    fn write_month_table(&mut self, path: &Path) {
        let result = self.export_result();
        let table = crate::sim::months::month_table(&self.doc.design, &result);
        let is_workbook = path
            .extension()
            .is_some_and(|extension| extension.eq_ignore_ascii_case("xlsx"));
        let bytes = if is_workbook {
            let worded = crate::draw::month_table::worded(&table, self.language());
            crate::export::workbook::month_workbook(&worded).map_err(|error| error.to_string())
        } else {
            Ok(crate::sim::output::months_csv(&table).into_bytes())
        };
        let written = bytes.and_then(|bytes: Vec<u8>| {
            crate::file::write_atomically(path, &bytes)
                .map_err(|error| error.words(crate::i18n::current()))
        });
        match written {
            Ok(()) => {
                self.notice = Some(crate::tr!(
                    "status-wrote-months",
                    file = path.display().to_string()
                ));
            }
            Err(message) => self.prompt(Prompt::Error(format!("{}: {message}", path.display()))),
        }
    }
}
