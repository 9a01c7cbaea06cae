//! File dialogs behind a seam, so tests can answer them with paths.

use crate::export::Format;
use std::path::PathBuf;

/// Asks the user for files.
pub trait FileDialogs {
    /// A design file to open; none when cancelled.
    fn pick_open(&mut self) -> Option<PathBuf>;
    /// Where to save a design; none when cancelled.
    fn pick_save(&mut self, suggested_name: &str) -> Option<PathBuf>;
    /// Where to export an image in `format`; none when cancelled.
    fn pick_export(&mut self, suggested_name: &str, format: Format) -> Option<PathBuf>;
    /// A CRM export to read; none when cancelled (or, by default, when nobody can ask).
    fn pick_crm_export(&mut self) -> Option<PathBuf> {
        None
    }
}

/// The system's dialogs (desktop portal, or zenity), through rfd.
#[derive(Debug, Default)]
pub struct SystemDialogs;

impl FileDialogs for SystemDialogs {
    fn pick_crm_export(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("file-dialog-read-a-crm-export"))
            .add_filter(
                crate::tr!("file-dialog-crm-export"),
                &["csv", "xlsx", "txt", "tsv"],
            )
            .pick_file()
    }

    fn pick_open(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("file-dialog-open-design"))
            .add_filter(crate::tr!("file-dialog-leadflow-design"), &["ron"])
            .add_filter(
                crate::tr!("file-dialog-image-exported-by-leadflow"),
                &["png", "svg"],
            )
            .pick_file()
    }

    fn pick_save(&mut self, suggested_name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("file-dialog-save-design"))
            .add_filter(crate::tr!("file-dialog-leadflow-design"), &["ron"])
            .set_file_name(suggested_name)
            .save_file()
            .map(|path| {
                if path.extension().is_some() {
                    path
                } else {
                    path.with_extension("ron")
                }
            })
    }

    fn pick_export(&mut self, suggested_name: &str, format: Format) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(crate::tr!("file-dialog-export-image"))
            .add_filter(format.label(), &[format.extension()])
            .set_file_name(suggested_name)
            .save_file()
            .map(|path| {
                if Format::from_path(&path) == Some(format) {
                    path
                } else {
                    path.with_extension(format.extension())
                }
            })
    }
}

/// Answers dialogs from a script: for tests and automation.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Paths `pick_open` returns, first first.
    pub open: Vec<PathBuf>,
    /// Paths `pick_save` returns, first first.
    pub save: Vec<PathBuf>,
    /// Paths `pick_export` returns, first first.
    pub export: Vec<PathBuf>,
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self) -> Option<PathBuf> {
        (!self.open.is_empty()).then(|| self.open.remove(0))
    }

    fn pick_save(&mut self, _suggested_name: &str) -> Option<PathBuf> {
        (!self.save.is_empty()).then(|| self.save.remove(0))
    }

    fn pick_export(&mut self, _suggested_name: &str, _format: Format) -> Option<PathBuf> {
        (!self.export.is_empty()).then(|| self.export.remove(0))
    }
}
