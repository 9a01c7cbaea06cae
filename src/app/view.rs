//! View state (never saved in the design, never undone) and settings kept between runs.

use crate::design::StageId;
use crate::draw::ThemeChoice;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::PathBuf;

/// What is selected on the canvas.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Selected stages.
    pub stages: BTreeSet<StageId>,
    /// The selected flow, by index into `Design::flows`.
    pub flow: Option<usize>,
}

impl Selection {
    /// Nothing selected.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.stages.is_empty() && self.flow.is_none()
    }

    /// Only this stage.
    pub fn select_only(&mut self, stage_id: StageId) {
        self.stages.clear();
        self.stages.insert(stage_id);
        self.flow = None;
    }

    /// Clears the selection.
    pub fn clear(&mut self) {
        self.stages.clear();
        self.flow = None;
    }
}

/// What the plot shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlotTab {
    /// Leads in each stage.
    #[default]
    LeadsPerStage,
    /// Active and new customers.
    Customers,
    /// Revenue against cost, cumulative.
    RevenueAndCost,
    /// Where to improve: the levers, ranked.
    Levers,
    /// The scenarios side by side.
    Scenarios,
}

/// The editor's transient view of the design.
#[derive(Debug)]
pub struct ViewState {
    /// The selection.
    pub selection: Selection,
    /// Visible part of the canvas, in scene units.
    pub scene_rect: egui::Rect,
    /// Fit the design in view on the next frame.
    pub fit_requested: bool,
    /// Zoom by this factor on the next frame.
    pub zoom_request: Option<f32>,
    /// A stage being renamed in place, with the text typed so far.
    pub renaming: Option<(StageId, String)>,
    /// A flow being drawn from this stage's handle.
    pub connecting: Option<StageId>,
    /// Where a box selection started, in scene units.
    pub box_select_start: Option<egui::Pos2>,
    /// From scene units to screen points, as of the last frame (accessibility bounds of
    /// stages are in scene units; tests and tools map them with this).
    pub scene_to_screen: egui::emath::TSTransform,
    /// The other scenario (index in `Design::scenarios`) whose differences the canvas marks.
    pub compare_with: usize,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            selection: Selection::default(),
            scene_rect: egui::Rect::ZERO,
            fit_requested: true,
            zoom_request: None,
            renaming: None,
            connecting: None,
            box_select_start: None,
            scene_to_screen: egui::emath::TSTransform::IDENTITY,
            compare_with: 0,
        }
    }
}

/// Preferences kept between runs (eframe storage); every field has a default so older
/// settings always load.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Light or dark.
    pub theme: ThemeChoice,
    /// Dots on the canvas.
    pub show_grid: bool,
    /// Moved stages land on the grid.
    pub snap_to_grid: bool,
    /// Recently opened or saved files, newest first.
    pub recent_files: Vec<PathBuf>,
    /// What the plot shows.
    pub plot_tab: PlotTab,
    /// Seconds between autosaves of unsaved work to the recovery file.
    pub autosave_seconds: u64,
    /// The last view of the canvas, and the file it showed.
    pub camera: Option<SavedCamera>,
    /// The last choices in File → Export image….
    pub export: super::export_dialog::ExportSettings,
}

/// Where the canvas looked when the app closed, to look there again at the next start.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedCamera {
    /// The file shown.
    pub file: PathBuf,
    /// Visible scene rectangle: left, top, right, bottom.
    pub rect: [f32; 4],
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::Light,
            show_grid: true,
            snap_to_grid: true,
            recent_files: Vec::new(),
            plot_tab: PlotTab::LeadsPerStage,
            autosave_seconds: 60,
            camera: None,
            export: super::export_dialog::ExportSettings::default(),
        }
    }
}

/// Most recent files remembered.
const RECENT_FILES: usize = 8;

impl Settings {
    /// Puts `path` first in the recent files.
    pub fn remember(&mut self, path: &std::path::Path) {
        self.recent_files.retain(|known| known != path);
        self.recent_files.insert(0, path.to_path_buf());
        self.recent_files.truncate(RECENT_FILES);
    }
}
