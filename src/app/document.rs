//! The open design: the document itself, its undo history, and the file it belongs to.

use super::history::History;
use crate::design::Design;
use crate::file::{self, LoadError, SaveError};
use std::path::{Path, PathBuf};

/// A design open in the editor.
#[derive(Debug)]
pub struct OpenDocument {
    /// The design being edited; changes settle into the history.
    pub design: Design,
    /// Undo and redo.
    pub history: History,
    /// Where it was loaded from or last saved to; none for a new design.
    pub path: Option<PathBuf>,
    /// History revision at the last save or load.
    saved_revision: u64,
    /// The file as it was when last loaded or saved, to notice changes made by others.
    on_disk: Option<file::Fingerprint>,
}

impl OpenDocument {
    /// A document for `design`, from `path` if it came from a file.
    #[must_use]
    pub fn new(mut design: Design, path: Option<PathBuf>) -> Self {
        // A design without a start date (a starting design, a file of version 1) starts the
        // week it is opened; fixing the date now keeps every figure of this session on one
        // calendar, and the next save writes it.
        design
            .simulation
            .start_date
            .get_or_insert_with(crate::design::calendar::this_monday);
        Self {
            history: History::new(&design),
            design,
            on_disk: None,
            path,
            saved_revision: 0,
        }
    }

    /// Work recovered after a crash, belonging to `path`: unsaved until saved, since the file
    /// on disk does not have it.
    #[must_use]
    pub fn recovered(design: Design, path: Option<PathBuf>) -> Self {
        let mut doc = Self::unsaved(design, path);
        // The file as it is now: the recovered work is about to replace it, knowingly.
        doc.on_disk = doc.path.as_deref().and_then(file::fingerprint);
        doc
    }

    /// A design just made (from the questions, a CRM export or a starting design): unsaved
    /// work until saved, so nothing replaces it without asking.
    #[must_use]
    pub fn made(design: Design) -> Self {
        Self::unsaved(design, None)
    }

    /// A document none of whose history is saved anywhere.
    fn unsaved(design: Design, path: Option<PathBuf>) -> Self {
        let mut doc = Self::new(design, path);
        // No revision of the history is the saved one.
        doc.saved_revision = u64::MAX;
        doc
    }

    /// Loads a document. A failure leaves everything as it was.
    ///
    /// # Errors
    /// When the file cannot be read or is not a design.
    pub fn load(path: &Path) -> Result<Self, LoadError> {
        let (design, on_disk) = file::load_fingerprinted(path)?;
        // A design opened from an exported image is saved as RON, never over the image.
        let is_image = crate::export::Format::from_path(path).is_some();
        let mut doc = Self::new(design, (!is_image).then(|| path.to_path_buf()));
        doc.on_disk = Some(on_disk);
        Ok(doc)
    }

    /// Whether the document's file was changed by someone else (another window, another
    /// program) since it was loaded or last saved here; a file that is gone is not.
    #[must_use]
    pub fn changed_on_disk(&self) -> bool {
        let Some(path) = &self.path else {
            return false;
        };
        // Never seen on disk here (a path given with a new design): nothing to compare.
        self.on_disk
            .as_ref()
            .is_some_and(|seen| file::fingerprint(path).is_some_and(|now| &now != seen))
    }

    /// Whether there are changes since the last save or load.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.history.revision() != self.saved_revision || self.history.is_unsettled(&self.design)
    }

    /// Saves to `path` and remembers it as the document's file.
    ///
    /// # Errors
    /// When the file cannot be written; the document stays dirty then.
    pub fn save_to(&mut self, path: &Path) -> Result<(), SaveError> {
        self.history
            .settle(&self.design, &crate::ui::change::Change::Edit.label());
        let text = file::design_to_string(&self.design)?;
        file::write_atomically(path, text.as_bytes())?;
        self.on_disk = Some(file::Fingerprint::of(text.as_bytes(), path));
        self.path = Some(path.to_path_buf());
        self.saved_revision = self.history.revision();
        Ok(())
    }

    /// The file name shown in the title and status bar.
    #[must_use]
    pub fn file_label(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || crate::tr!("document-unsaved-design"),
            |name| name.to_string_lossy().into_owned(),
        )
    }
}
