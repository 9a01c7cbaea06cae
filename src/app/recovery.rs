//! Autosave of unsaved work to a recovery file, offered back after a crash.

use crate::design::Design;
use crate::file;
use std::path::{Path, PathBuf};

/// `$XDG_DATA_HOME/leadflow/recovery.ron` (or the platform's data directory).
pub fn default_path() -> Option<PathBuf> {
    eframe::storage_dir("leadflow").map(|dir| dir.join("recovery.ron"))
}

/// The design in the recovery file, if there is a readable one.
pub fn read(path: &Path) -> Option<Design> {
    file::load(path).ok()
}

/// Writes the recovery file; failures are not worth interrupting the user for, the next
/// autosave tries again.
pub fn write(path: Option<&Path>, design: &Design) {
    if let Some(path) = path {
        if let Some(parent) = path.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = file::save(design, path);
    }
}

/// Removes the recovery file after a save or a deliberate quit.
pub fn clear(path: Option<&Path>) {
    if let Some(path) = path {
        let _ = std::fs::remove_file(path);
    }
}
