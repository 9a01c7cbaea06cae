//! Autosave of unsaved work, offered back after a crash. Each window keeps its own recovery
//! file, named after its process, beside a note of the file the work belongs to; another
//! window's save never removes it. A recovery file is removed only once its work is saved
//! or the user discards it; restored work keeps the path it came from.

use crate::design::Design;
use crate::file::{self, SaveError};
use std::path::{Path, PathBuf};

/// The recovery files of every window, in one directory.
#[derive(Clone, Debug)]
pub struct RecoveryStore {
    directory: PathBuf,
    /// This window's name among them: its process id.
    own: String,
}

/// Work a window left unsaved when it ended without saving.
#[derive(Clone, Debug, PartialEq)]
pub struct Recovered {
    /// The design as it was last autosaved.
    pub design: Design,
    /// The file it belonged to, if it had one.
    pub original: Option<PathBuf>,
    /// The window it came from.
    owner: String,
}

/// The folder, in the platform's place for application data, that holds Leadflow's settings
/// and its recovery drafts (`recovery/`).
pub const STORAGE_NAME: &str = "leadflow";

const DESIGN_SUFFIX: &str = ".ron";
const ORIGINAL_SUFFIX: &str = ".path";

impl RecoveryStore {
    /// The store in `$XDG_DATA_HOME/leadflow/recovery` (or the platform's data directory).
    #[must_use]
    pub fn default_location() -> Option<Self> {
        eframe::storage_dir(STORAGE_NAME).map(|dir| Self::in_directory(dir.join("recovery")))
    }

    /// The store in `directory`, for this process.
    #[must_use]
    pub fn in_directory(directory: PathBuf) -> Self {
        Self::for_owner(directory, std::process::id().to_string())
    }

    fn for_owner(directory: PathBuf, own: String) -> Self {
        Self { directory, own }
    }

    fn design_path(&self, owner: &str) -> PathBuf {
        self.directory.join(format!("{owner}{DESIGN_SUFFIX}"))
    }

    fn original_path(&self, owner: &str) -> PathBuf {
        self.directory.join(format!("{owner}{ORIGINAL_SUFFIX}"))
    }

    /// Autosaves this window's work and the file it belongs to.
    ///
    /// # Errors
    /// When the recovery file cannot be written; the status bar says so.
    pub fn write(&self, design: &Design, original: Option<&Path>) -> Result<(), SaveError> {
        std::fs::create_dir_all(&self.directory).map_err(|source| SaveError::Io {
            file: self.directory.display().to_string(),
            source,
        })?;
        file::save(design, &self.design_path(&self.own))?;
        let note = original
            .map(|path| path.display().to_string())
            .unwrap_or_default();
        file::write_atomically(&self.original_path(&self.own), note.as_bytes())
    }

    /// Removes this window's recovery file: its work is saved, or deliberately left.
    pub fn clear(&self) {
        let _ = std::fs::remove_file(self.design_path(&self.own));
        let _ = std::fs::remove_file(self.original_path(&self.own));
    }

    /// Work left by windows that are gone (not by windows still open), oldest owner first.
    #[must_use]
    pub fn orphans(&self) -> Vec<Recovered> {
        let Ok(entries) = std::fs::read_dir(&self.directory) else {
            return Vec::new();
        };
        let mut owners: Vec<String> = entries
            .flatten()
            .filter_map(|entry| {
                let name = entry.file_name().to_string_lossy().into_owned();
                name.strip_suffix(DESIGN_SUFFIX).map(str::to_owned)
            })
            .filter(|owner| *owner != self.own && !is_running(owner))
            .collect();
        owners.sort();
        owners
            .into_iter()
            .filter_map(|owner| {
                let design = file::load(&self.design_path(&owner)).ok()?;
                // Read like any file: bounded, and only what is text.
                let original = file::read_bounded(&self.original_path(&owner))
                    .ok()
                    .and_then(|bytes| String::from_utf8(bytes).ok())
                    .filter(|note| !note.is_empty())
                    .map(PathBuf::from);
                Some(Recovered {
                    design,
                    original,
                    owner,
                })
            })
            .collect()
    }

    /// Takes over recovered work: its recovery file becomes this window's, so it stays until
    /// this window saves the work (or ends without saving: then it is offered again).
    pub fn adopt(&self, recovered: &Recovered) {
        let _ = std::fs::rename(
            self.design_path(&recovered.owner),
            self.design_path(&self.own),
        );
        let _ = std::fs::rename(
            self.original_path(&recovered.owner),
            self.original_path(&self.own),
        );
    }

    /// Throws recovered work away, as the user asked.
    pub fn discard(&self, recovered: &Recovered) {
        let _ = std::fs::remove_file(self.design_path(&recovered.owner));
        let _ = std::fs::remove_file(self.original_path(&recovered.owner));
    }
}

/// Whether the process of that id still runs (its window is open). Where the system cannot
/// tell, the work is treated as left behind and offered.
fn is_running(owner: &str) -> bool {
    owner.parse::<u32>().is_ok_and(|pid| {
        pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists()
    })
}

#[cfg(test)]
mod tests {
    use super::RecoveryStore;
    use std::path::{Path, PathBuf};

    #[test]
    fn each_window_keeps_its_own_work_until_it_is_saved_or_discarded() {
        let directory = tempfile::tempdir().expect("temp dir");
        let dir = directory.path().to_path_buf();
        let design = crate::templates::example("inbound");
        // A window that crashed (a process id no system uses) and one still open (this one).
        let crashed = RecoveryStore::for_owner(dir.clone(), "4294967295".to_owned());
        crashed
            .write(&design, Some(Path::new("/home/anna/plan.ron")))
            .expect("autosaves");
        let open = RecoveryStore::in_directory(dir.clone());
        let mut other = design.clone();
        other.name = "Still being edited".to_owned();
        open.write(&other, None).expect("autosaves");

        // A new window is offered only the crashed one's work, with its file.
        let new_window = RecoveryStore::for_owner(dir.clone(), "4294967294".to_owned());
        let orphans = new_window.orphans();
        assert_eq!(orphans.len(), 1, "{orphans:?}");
        assert_eq!(orphans[0].design, design);
        assert_eq!(
            orphans[0].original,
            Some(PathBuf::from("/home/anna/plan.ron"))
        );

        // Restoring keeps the recovery file (now the new window's) until that window saves.
        new_window.adopt(&orphans[0]);
        assert!(new_window.orphans().is_empty());
        assert!(dir.join("4294967294.ron").exists());
        new_window.clear();
        assert!(!dir.join("4294967294.ron").exists());
        // The open window's work was never touched.
        assert!(dir.join(format!("{}.ron", std::process::id())).exists());

        // A store that cannot write says so (the status bar shows it).
        let blocked = RecoveryStore::in_directory(dir.join("4294967294.ron").join("no"));
        std::fs::write(dir.join("4294967294.ron"), "a file, not a directory").expect("write");
        assert!(blocked.write(&design, None).is_err());
        std::fs::remove_file(dir.join("4294967294.ron")).expect("remove");

        // Discarding removes the left work.
        crashed.write(&design, None).expect("autosaves");
        let orphans = new_window.orphans();
        new_window.discard(&orphans[0]);
        assert!(new_window.orphans().is_empty());
    }
}
