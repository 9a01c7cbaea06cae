//! The editor's preferences, kept between runs in eframe's storage (never in a design file);
//! the view state itself (selection, camera) is in `ui::view`.

use crate::draw::ThemeChoice;
use crate::export::ExportSettings;
use crate::ui::view::{GridOptions, PlotTab};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Preferences kept between runs (eframe storage); every field has a default so older
/// settings always load.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent preferences, each a switch in the View menu"
)]
pub struct Preferences {
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Dots on the canvas.
    pub show_grid: bool,
    /// Moved stages land on the grid.
    pub snap_to_grid: bool,
    /// A map of the whole design in the canvas's corner when it is larger than the view.
    pub show_minimap: bool,
    /// Recently opened or saved files, newest first.
    pub recent_files: Vec<PathBuf>,
    /// What the plot shows.
    pub plot_tab: PlotTab,
    /// Seconds between autosaves of unsaved work to the recovery file.
    pub autosave_seconds: u64,
    /// The last view of the canvas, and the file it showed.
    pub camera: Option<SavedCamera>,
    /// The last choices in File → Export image….
    pub export: ExportSettings,
    /// Whether the first start's welcome was answered or dismissed.
    pub welcomed: bool,
    /// The language of the window and of exported pictures; none until the first start
    /// takes the system's.
    pub language: Option<crate::i18n::Language>,
    /// Whose dialog asks for files.
    pub file_dialog: FileDialogChoice,
    /// How large the window's text (and everything with it) is drawn.
    pub text_size: TextSize,
    /// Columns named by hand in the CRM dialog, per kind of export, for the next export with
    /// the same headers (an account in another language exports the same translated ones).
    pub crm_columns: Vec<RememberedColumns>,
}

/// Columns named by hand for one kind of export.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RememberedColumns {
    /// The kind of export they were named for.
    pub kind: crate::crm::ExportKind,
    /// Each field and the header named for it.
    pub columns: Vec<(crate::crm::Field, String)>,
}

impl Preferences {
    /// Keeps `learned` as the columns of its kind of export, in place of earlier ones.
    pub fn remember_columns(&mut self, learned: RememberedColumns) {
        self.crm_columns
            .retain(|remembered| remembered.kind != learned.kind);
        self.crm_columns.push(learned);
    }
}

/// How large the window draws its text, buttons and fields (egui's zoom): for people who read
/// better with larger text, or a laptop shown on a wall.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum TextSize {
    /// As the system's scale gives it.
    #[default]
    Normal,
    /// A quarter larger.
    Large,
    /// Half as large again.
    Larger,
}

impl TextSize {
    /// Every size, smallest first.
    pub const ALL: [Self; 3] = [Self::Normal, Self::Large, Self::Larger];

    /// The factor egui zooms by.
    #[must_use]
    pub fn zoom(self) -> f32 {
        match self {
            Self::Normal => 1.0,
            Self::Large => 1.25,
            Self::Larger => 1.5,
        }
    }
}

/// Whose dialog asks for files: the system's (with Leadflow's where the system has none), or
/// always Leadflow's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileDialogChoice {
    /// The desktop's dialog.
    #[default]
    System,
    /// Leadflow's own, drawn in the window.
    Leadflow,
}

/// Where the canvas looked when the app closed, to look there again at the next start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCamera {
    /// The file shown.
    pub file: PathBuf,
    /// Visible scene rectangle: left, top, right, bottom.
    pub rect: [f32; 4],
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::Light,
            show_grid: true,
            snap_to_grid: true,
            show_minimap: true,
            recent_files: Vec::new(),
            plot_tab: PlotTab::LeadsPerStage,
            autosave_seconds: 60,
            camera: None,
            export: ExportSettings::default(),
            welcomed: false,
            file_dialog: FileDialogChoice::System,
            text_size: TextSize::Normal,
            crm_columns: Vec::new(),
            language: None,
        }
    }
}

/// Most recent files remembered.
const RECENT_FILES: usize = 8;

impl Preferences {
    /// What the canvas needs of the preferences.
    #[must_use]
    pub fn grid(&self) -> GridOptions {
        GridOptions {
            show_grid: self.show_grid,
            snap_to_grid: self.snap_to_grid,
            show_minimap: self.show_minimap,
        }
    }

    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &std::path::Path) {
        self.recent_files.retain(|known| known != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(RECENT_FILES);
    }
}
