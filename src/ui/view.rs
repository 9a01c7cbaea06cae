//! The editor's view of the design: selection, camera, what the plot shows. Never saved in the
//! design and never undone; the panels read and change it, the app keeps it.

use crate::design::{FlowKey, StageId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What is selected on the canvas.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Selected stages.
    pub stages: BTreeSet<StageId>,
    /// The selected flow.
    pub flow: Option<FlowKey>,
    /// The selected move of the plan, by its position in it.
    pub plan_move: Option<usize>,
}

impl Selection {
    /// Nothing selected.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.stages.is_empty() && self.flow.is_none() && self.plan_move.is_none()
    }

    /// Only this stage.
    pub fn select_only(&mut self, stage_id: StageId) {
        self.stages.clear();
        self.stages.insert(stage_id);
        self.flow = None;
        self.plan_move = None;
    }

    /// Only this move of the plan.
    pub fn select_move(&mut self, index: usize) {
        self.clear();
        self.plan_move = Some(index);
    }

    /// Clears the selection.
    pub fn clear(&mut self) {
        self.stages.clear();
        self.flow = None;
        self.plan_move = None;
    }
}

/// What the plot shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum PlotTab {
    /// Leads in each working stage (funnel steps, flywheel segments).
    #[default]
    LeadsPerStage,
    /// What the nurture pools hold: thousands where the working stages hold tens, so apart.
    NurturePools,
    /// Active and new customers.
    Customers,
    /// Revenue against cost, cumulative.
    RevenueAndCost,
    /// Where to improve: the levers, ranked.
    Levers,
    /// The scenarios side by side.
    Scenarios,
    /// The plan simulated over the weeks of the actuals, against what the CRM recorded.
    PlanAgainstActual,
    /// The year month by month, as a table.
    Months,
}

impl PlotTab {
    /// Whether the tab shows the year along time, with the plan's timeline above it.
    #[must_use]
    pub fn follows_time(self) -> bool {
        matches!(
            self,
            Self::LeadsPerStage
                | Self::NurturePools
                | Self::Customers
                | Self::RevenueAndCost
                | Self::Months
        )
    }
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
    /// A pan asked for this frame (Space + drag), in scene units, applied once the scene has
    /// been drawn (the scene owns its rectangle while it draws).
    pub pan_request: egui::Vec2,
    /// Where the dragged stages were when the drag began, to put them back if it is cancelled
    /// with Escape; none once it is (the stages then stay put until the button is released).
    pub drag_origin: Option<std::collections::BTreeMap<StageId, crate::design::Point>>,
    /// Where a box selection started, in scene units.
    pub box_select_start: Option<egui::Pos2>,
    /// From scene units to screen points, as of the last frame (accessibility bounds of
    /// stages are in scene units; tests and tools map them with this).
    pub scene_to_screen: egui::emath::TSTransform,
    /// The other scenario (index in `Design::scenarios`) whose differences the canvas marks.
    pub compare_with: usize,
    /// The list of findings, opened from the status bar.
    pub findings_open: bool,
    /// A flow being drawn with the keyboard.
    pub keyboard_flow: Option<KeyboardFlow>,
    /// The stage whose node has the keyboard focus, as of the last frame.
    pub focused_stage: Option<StageId>,
    /// Whether the keyboard focus is on one of the canvas's nodes (stage, flow, source), as of
    /// the last frame: the canvas's keys work then, or when nothing has the focus.
    pub canvas_focused: bool,
    /// The pane F6 last moved the focus to.
    pub pane: Pane,
}

/// A pane F6 stops at (`ui::panes`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Pane {
    /// The design: the selected stage, or the stage leads enter first.
    #[default]
    Canvas,
    /// The inspector on the right.
    Inspector,
    /// The palette on the left.
    Palette,
}

impl Pane {
    /// In the order F6 goes through them.
    const CYCLE: [Self; 3] = [Self::Canvas, Self::Inspector, Self::Palette];

    /// The pane after this one (before it, going backwards).
    #[must_use]
    pub fn next(self, backwards: bool) -> Self {
        let index = Self::CYCLE
            .iter()
            .position(|pane| *pane == self)
            .unwrap_or(0);
        let step = if backwards { Self::CYCLE.len() - 1 } else { 1 };
        Self::CYCLE[(index + step) % Self::CYCLE.len()]
    }
}

/// A flow drawn with the keyboard: it starts at `from` (the stage selected when it began) and
/// ends at `to` once the person has chosen one with the arrow keys or Tab.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyboardFlow {
    /// Where the flow starts.
    pub from: StageId,
    /// The stage chosen so far for it to end at.
    pub to: Option<StageId>,
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
            pan_request: egui::Vec2::ZERO,
            drag_origin: None,
            box_select_start: None,
            scene_to_screen: egui::emath::TSTransform::IDENTITY,
            compare_with: 0,
            findings_open: false,
            keyboard_flow: None,
            focused_stage: None,
            canvas_focused: false,
            pane: Pane::default(),
        }
    }
}

/// The canvas's grid preferences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GridOptions {
    /// Dots on the canvas.
    pub show_grid: bool,
    /// Moved stages land on the grid.
    pub snap_to_grid: bool,
    /// A small map of the whole design when it is larger than the view.
    pub show_minimap: bool,
}
