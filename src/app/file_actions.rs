//! Asking the user for a file, and carrying on with the answer where the asking left off: the
//! answer may come frames later (a system dialog on its own thread, or Leadflow's own dialog).

use super::dialogs::{Answer, Ask, Question};
use super::view::FileDialogChoice;
use super::{AfterPrompt, LeadflowApp};
use std::path::{Path, PathBuf};

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
}

/// A file asked for, until its answer is acted on.
#[derive(Debug)]
pub(super) struct FileRequest {
    purpose: FilePurpose,
    /// The question, until it is handed to the dialogs (on the next frame).
    unasked: Option<Question>,
}

impl LeadflowApp {
    /// Asks for a file for `purpose`, unless a file is already being asked for.
    pub(super) fn ask_for_file(&mut self, purpose: FilePurpose, ask: Ask) {
        if self.file_request.is_some() {
            return;
        }
        let question = Question {
            ask,
            folder: self.folder_to_start_in(),
            in_window: self.settings.file_dialog == FileDialogChoice::Leadflow,
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
            .chain(&self.settings.recent_files)
            .find_map(|path| path.parent())
            .filter(|folder| !folder.as_os_str().is_empty())
            .map(Path::to_path_buf)
    }

    /// Hands a new question to the dialogs, shows them, and carries on once answered.
    pub(super) fn file_dialog_frame(&mut self, ctx: &egui::Context) {
        let Some(request) = &mut self.file_request else {
            return;
        };
        if let Some(question) = request.unasked.take() {
            self.dialogs.ask(question, ctx);
        }
        let path = match self.dialogs.poll(ctx) {
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
            FilePurpose::CrmExport => {
                if let Some(dialog) = &mut self.crm_dialog {
                    dialog.path = path.display().to_string();
                    dialog.read_export(&self.doc.design);
                }
            }
        }
    }
}
