//! File dialogs behind a seam, so tests can answer them with paths.
//!
//! A question is asked on one frame and answered on a later one: the system's dialog runs on
//! its own thread (the window keeps painting), Leadflow's own dialog is drawn in the window
//! frame by frame, and a script answers at once.

mod own;
pub mod system;

use crate::export::Format;
use std::path::{Path, PathBuf};

/// What kind of file the user is asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ask {
    /// A design to open (or an image or deck exported by Leadflow).
    Open,
    /// Where to save the design.
    Save {
        /// The file name offered.
        suggested_name: String,
    },
    /// Where to export an image in `format`.
    Export {
        /// The file name offered.
        suggested_name: String,
        /// The image format chosen in the export dialog.
        format: Format,
    },
    /// A CRM export to read.
    CrmExport,
    /// Where to write the year month by month (CSV or an Excel workbook).
    MonthTable {
        /// The file name offered.
        suggested_name: String,
    },
}

/// A question for a file: what kind, where to start looking, and whose dialog asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// What kind of file.
    pub ask: Ask,
    /// The folder to start in (the open design's), when there is one.
    pub folder: Option<PathBuf>,
    /// Ask with Leadflow's own dialog rather than the system's (View → Leadflow's file dialog).
    pub in_window: bool,
}

/// Where a question stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Not answered yet (or nothing was asked).
    Waiting,
    /// The user chose this file.
    Chosen(PathBuf),
    /// The user closed the dialog without choosing.
    Cancelled,
}

/// Asks the user for files.
pub trait FileDialogs {
    /// Starts asking; the answer comes from [`FileDialogs::poll`] on this frame or a later one.
    fn ask(&mut self, question: Question, ctx: &egui::Context);
    /// Draws what this asker shows in the window, if anything, and gives the answer once there
    /// is one (then forgets the question).
    fn poll(&mut self, ctx: &egui::Context) -> Answer;
}

/// The chosen path with the extension the kind of file needs, when the user typed none (or,
/// for an image, another format's).
#[must_use]
pub fn with_extension(ask: &Ask, path: PathBuf) -> PathBuf {
    match ask {
        Ask::Save { .. } if path.extension().is_none() => path.with_extension("ron"),
        Ask::Export { format, .. } if Format::from_path(&path) != Some(*format) => {
            path.with_extension(format.extension())
        }
        Ask::MonthTable { .. } if !is_offered(ask, &path) => path.with_extension("csv"),
        _ => path,
    }
}

/// Whether a file of this kind may be chosen in the dialog's list.
#[must_use]
pub fn is_offered(ask: &Ask, path: &Path) -> bool {
    let extension = path
        .extension()
        .map(|extension| extension.to_string_lossy().to_lowercase());
    let allowed: &[&str] = match ask {
        Ask::Open => &["ron", "png", "apng", "svg", "pdf", "pptx"],
        Ask::Save { .. } => &["ron"],
        Ask::Export { format, .. } => return extension.as_deref() == Some(format.extension()),
        Ask::CrmExport => &["csv", "xlsx", "txt", "tsv"],
        Ask::MonthTable { .. } => &["csv", "xlsx"],
    };
    extension.is_some_and(|extension| allowed.contains(&extension.as_str()))
}

/// Answers dialogs from a script: for tests and automation.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Paths an open question gets, first first.
    pub open: Vec<PathBuf>,
    /// Paths a save question gets, first first.
    pub save: Vec<PathBuf>,
    /// Paths an export question gets, first first.
    pub export: Vec<PathBuf>,
    /// Paths a CRM export question gets, first first.
    pub crm_export: Vec<PathBuf>,
    /// Paths a month table question gets, first first.
    pub month_table: Vec<PathBuf>,
    /// The answer to the question asked, until it is polled.
    pub answer: Option<Answer>,
}

impl FileDialogs for ScriptedDialogs {
    fn ask(&mut self, question: Question, _ctx: &egui::Context) {
        let paths = match question.ask {
            Ask::Open => &mut self.open,
            Ask::Save { .. } => &mut self.save,
            Ask::Export { .. } => &mut self.export,
            Ask::CrmExport => &mut self.crm_export,
            Ask::MonthTable { .. } => &mut self.month_table,
        };
        self.answer = Some(if paths.is_empty() {
            Answer::Cancelled
        } else {
            Answer::Chosen(paths.remove(0))
        });
    }

    fn poll(&mut self, _ctx: &egui::Context) -> Answer {
        self.answer.take().unwrap_or(Answer::Waiting)
    }
}
