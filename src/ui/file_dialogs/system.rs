//! The system's file dialogs (desktop portal, or zenity, through rfd's asynchronous dialogs),
//! asked on a thread of their own so the window keeps painting while one is open; where the
//! system has none, and when the user prefers it, Leadflow's own dialog.

use super::own::OwnFileDialog;
use super::{Answer, Ask, FileDialogs, Question, with_extension};
use std::path::PathBuf;
use std::sync::{Arc, mpsc};
use std::time::{Duration, Instant};

/// A system dialog that gives nothing back sooner than this was never shown: rfd returns at
/// once when there is neither a portal nor zenity. Nobody cancels a dialog this fast.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(250);

/// What the system's dialog is asked, made on the window's thread (in its language).
#[derive(Clone, Debug)]
pub struct SystemQuestion {
    /// The dialog's title.
    pub title: String,
    /// Named lists of extensions offered.
    pub filters: Vec<(String, Vec<&'static str>)>,
    /// The folder to start in.
    pub folder: Option<PathBuf>,
    /// The file name offered, when saving.
    pub file_name: Option<String>,
}

/// Shows a system dialog and waits for it: rfd's, or a test's stand-in.
pub type SystemPicker = Arc<dyn Fn(&SystemQuestion) -> Option<PathBuf> + Send + Sync>;

/// The system's dialogs, with Leadflow's own where they fail.
pub struct SystemDialogs {
    picker: SystemPicker,
    /// Where Leadflow's own dialog starts when the question names no folder.
    home: PathBuf,
    waiting: Option<Waiting>,
    own: Option<OwnFileDialog>,
    /// Set once the system's dialog came back at once with nothing: from then on this window
    /// asks with its own.
    system_has_none: bool,
}

struct Waiting {
    question: Question,
    reply: mpsc::Receiver<(Option<PathBuf>, Duration)>,
}

impl std::fmt::Debug for SystemDialogs {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("SystemDialogs")
            .field("home", &self.home)
            .field("own", &self.own)
            .field("system_has_none", &self.system_has_none)
            .finish_non_exhaustive()
    }
}

impl Default for SystemDialogs {
    fn default() -> Self {
        let home = std::env::var_os("HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_default();
        Self::with_picker(Arc::new(ask_rfd), home)
    }
}

impl SystemDialogs {
    /// Dialogs shown by `picker` (tests stand in for the system), Leadflow's own starting in
    /// `home` when the question names no folder.
    #[must_use]
    pub fn with_picker(picker: SystemPicker, home: PathBuf) -> Self {
        Self {
            picker,
            home,
            waiting: None,
            own: None,
            system_has_none: false,
        }
    }

    fn open_own(&mut self, question: &Question, note: Option<String>) {
        self.own = Some(OwnFileDialog::open(question, &self.home, note));
    }
}

impl FileDialogs for SystemDialogs {
    fn ask(&mut self, question: Question, ctx: &egui::Context) {
        if self.waiting.is_some() || self.own.is_some() {
            return;
        }
        if question.in_window || self.system_has_none {
            self.open_own(&question, None);
            return;
        }
        let asked = system_question(&question);
        let picker = Arc::clone(&self.picker);
        let (send, reply) = mpsc::channel();
        let ctx = ctx.clone();
        let started = Instant::now();
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let path = picker(&asked);
                // The window may be gone by now; nothing waits for the answer then.
                let _ = send.send((path, started.elapsed()));
                ctx.request_repaint();
            });
        if spawned.is_ok() {
            self.waiting = Some(Waiting { question, reply });
        } else {
            self.open_own(&question, None);
        }
    }

    fn poll(&mut self, ctx: &egui::Context) -> Answer {
        if let Some(own) = &mut self.own {
            let answer = own.show(ctx);
            if answer != Answer::Waiting {
                self.own = None;
            }
            return answer;
        }
        let Some(waiting) = &self.waiting else {
            return Answer::Waiting;
        };
        let reply = match waiting.reply.try_recv() {
            Ok(reply) => Some(reply),
            Err(mpsc::TryRecvError::Empty) => return Answer::Waiting,
            Err(mpsc::TryRecvError::Disconnected) => None,
        };
        let Some(waiting) = self.waiting.take() else {
            return Answer::Waiting;
        };
        match reply {
            Some((Some(path), _)) => Answer::Chosen(with_extension(&waiting.question.ask, path)),
            Some((None, took)) if took >= NO_DIALOG_WITHIN => Answer::Cancelled,
            _ => {
                self.system_has_none = true;
                self.open_own(&waiting.question, Some(crate::tr!("file-dialog-no-system")));
                ctx.request_repaint();
                Answer::Waiting
            }
        }
    }
}

/// The system dialog's title and filters for a question, in the window's language.
fn system_question(question: &Question) -> SystemQuestion {
    let design = crate::tr!("file-dialog-leadflow-design");
    let (title, filters, file_name) = match &question.ask {
        Ask::Open => (
            crate::tr!("file-dialog-open-design"),
            vec![
                (design, vec!["ron"]),
                (
                    crate::tr!("file-dialog-image-exported-by-leadflow"),
                    vec!["png", "apng", "svg", "pdf"],
                ),
                (crate::tr!("export-format-pptx"), vec!["pptx"]),
            ],
            None,
        ),
        Ask::Save { suggested_name } => (
            crate::tr!("file-dialog-save-design"),
            vec![(design, vec!["ron"])],
            Some(suggested_name.clone()),
        ),
        Ask::Export {
            suggested_name,
            format,
        } => (
            crate::tr!("file-dialog-export-image"),
            vec![(
                format.label(crate::i18n::current()).clone(),
                vec![format.extension()],
            )],
            Some(suggested_name.clone()),
        ),
        Ask::MonthTable { suggested_name } => (
            crate::tr!("file-dialog-export-month-table"),
            vec![
                (crate::tr!("file-dialog-csv"), vec!["csv"]),
                (crate::tr!("file-dialog-excel-workbook"), vec!["xlsx"]),
            ],
            Some(suggested_name.clone()),
        ),
        Ask::CrmExport => (
            crate::tr!("file-dialog-read-a-crm-export"),
            vec![(
                crate::tr!("file-dialog-crm-export"),
                vec!["csv", "xlsx", "txt", "tsv"],
            )],
            None,
        ),
    };
    SystemQuestion {
        title,
        filters,
        folder: question.folder.clone(),
        file_name,
    }
}

/// Asks with rfd and waits (on the dialog's own thread) for the answer.
fn ask_rfd(question: &SystemQuestion) -> Option<PathBuf> {
    let mut dialog = rfd::AsyncFileDialog::new().set_title(&question.title);
    for (name, extensions) in &question.filters {
        dialog = dialog.add_filter(name, extensions);
    }
    if let Some(folder) = &question.folder {
        dialog = dialog.set_directory(folder);
    }
    let chosen = match &question.file_name {
        Some(name) => pollster::block_on(dialog.set_file_name(name).save_file()),
        None => pollster::block_on(dialog.pick_file()),
    };
    chosen.map(|file| file.path().to_path_buf())
}
