//! The state of a presentation in progress: the step, the week, playing, and the room's
//! what-if changes against the design as it was, simulated like every other result (at once
//! when cheap, on a worker otherwise). The app owns one while presenting.

use crate::design::{Design, StageId};
use crate::sim::{self, SimResult};
use crate::ui::background::{Background, fits_in_frame};
use std::sync::Arc;

/// Seconds it takes to play the whole horizon.
const PLAY_SECONDS: f32 = 20.0;

/// The state of a presentation in progress.
pub struct Presentation {
    /// 0 is the overview; `k` is the `k`-th stage of `order`.
    pub step: usize,
    /// Stages in the order the process runs: from where leads enter, along the flows.
    pub order: Vec<StageId>,
    /// The week shown, 0-based; fractional while playing.
    pub week: f32,
    /// Whether time is playing.
    pub playing: bool,
    /// The design with the room's what-if changes.
    pub what_if: Design,
    /// The design as it was when the presentation started.
    pub original: Design,
    /// Simulation of `what_if` in the design's own mode (expected values follow a slider at
    /// once; Monte Carlo, and large designs, on a worker, showing the previous one meanwhile).
    pub result: Arc<SimResult>,
    /// Simulation of `original`, to show what a change did.
    pub baseline: Arc<SimResult>,
    /// `original` without its plan, in expected values (as the means the chart draws), for
    /// the chart to set the year with the plan against; none without moves.
    pub without_plan: Option<Arc<SimResult>>,
    /// The what-if changes so far, counted: the key of their simulations.
    what_if_revision: u64,
    simulations: Background<SimResult>,
    /// Whether the window was full screen before, to restore it.
    pub(crate) was_fullscreen: bool,
}

impl Presentation {
    /// A presentation of `design`, starting at the overview with time at the horizon, from
    /// `simulated`: the editor's own simulation of it, so the room sees the figures the editor
    /// showed (in Monte Carlo, the same median and band), or a fresh one.
    #[must_use]
    pub fn new(design: &Design, simulated: Option<SimResult>, was_fullscreen: bool) -> Self {
        let baseline = Arc::new(simulated.unwrap_or_else(|| sim::simulate(design)));
        Self {
            step: 0,
            order: crate::design::edit::flow_order(design),
            week: baseline.weeks.saturating_sub(1) as f32,
            playing: false,
            what_if: design.clone(),
            original: design.clone(),
            result: Arc::clone(&baseline),
            baseline,
            without_plan: design
                .has_moves()
                .then(|| Arc::new(sim::simulate_expected(&design.without_plan()))),
            what_if_revision: 0,
            simulations: Background::default(),
            was_fullscreen,
        }
    }

    /// The stage in focus; none on the overview.
    #[must_use]
    pub fn focus(&self) -> Option<&StageId> {
        self.step
            .checked_sub(1)
            .and_then(|index| self.order.get(index))
    }

    /// Moves to the next step (stops at the last).
    pub fn next(&mut self) {
        self.step = (self.step + 1).min(self.order.len());
    }

    /// Moves to the previous step (stops at the overview).
    pub fn previous(&mut self) {
        self.step = self.step.saturating_sub(1);
    }

    /// Whether the room changed anything.
    #[must_use]
    pub fn changed(&self) -> bool {
        self.what_if != self.original
    }

    /// Re-simulates after a what-if change: at once when cheap, otherwise on a worker that
    /// repaints `ctx` when done (the figures shown stay the last ones until then).
    pub fn refresh(&mut self, ctx: &egui::Context) {
        self.what_if_revision += 1;
        let design = self.what_if.clone();
        let inline = fits_in_frame(&design, design.simulation.horizon_weeks, 1);
        self.simulations
            .start(self.what_if_revision, inline, ctx, move |_| {
                sim::simulate(&design)
            });
        self.take_simulation();
    }

    /// Takes in the latest simulation of the what-if design, once it has come.
    fn take_simulation(&mut self) {
        if let Some(result) = self.simulations.poll()
            && self.simulations.is_current(self.what_if_revision)
        {
            self.result = result;
        }
    }

    /// Undoes every what-if change.
    pub fn reset(&mut self) {
        self.what_if = self.original.clone();
        self.what_if_revision += 1;
        self.simulations.clear();
        self.result = Arc::clone(&self.baseline);
    }

    /// Advances time while playing (stops at the horizon), and takes in a simulation that has
    /// come from a worker.
    pub fn advance(&mut self, seconds: f32) {
        self.take_simulation();
        if !self.playing {
            return;
        }
        let last = self.result.weeks.saturating_sub(1) as f32;
        self.week += seconds * last.max(1.0) / PLAY_SECONDS;
        if self.week >= last {
            self.week = last;
            self.playing = false;
        }
    }

    /// Starts or pauses time; playing from the end starts again at week 0.
    pub fn toggle_play(&mut self) {
        self.playing = !self.playing;
        if self.playing && self.week >= self.result.weeks.saturating_sub(1) as f32 {
            self.week = 0.0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_process_runs_from_the_sources_along_the_flows() {
        let design = crate::templates::example("sales-silo");
        let order = crate::design::edit::flow_order(&design);
        assert_eq!(order.len(), design.stages.len());
        let names: Vec<&str> = order
            .iter()
            .map(|stage_id| design.stage_name(stage_id))
            .collect();
        assert_eq!(&names[..4], &["Capture", "Qualify", "Present", "Close"]);
    }

    #[test]
    fn stepping_stays_within_the_overview_and_the_last_stage() {
        let design = crate::templates::example("inbound");
        let mut presentation = Presentation::new(&design, None, false);
        presentation.previous();
        assert_eq!(presentation.step, 0);
        assert!(presentation.focus().is_none());
        for _ in 0..50 {
            presentation.next();
        }
        assert_eq!(presentation.step, design.stages.len());
        assert!(presentation.focus().is_some());
    }

    #[test]
    fn playing_runs_to_the_horizon_and_stops() {
        let design = crate::templates::example("inbound");
        let mut presentation = Presentation::new(&design, None, false);
        presentation.toggle_play();
        assert!(presentation.week < 1.0, "starts again from week 0");
        presentation.advance(PLAY_SECONDS / 2.0);
        assert!(presentation.week > 10.0 && presentation.playing);
        presentation.advance(PLAY_SECONDS);
        assert!(!presentation.playing);
        assert!((presentation.week - (presentation.result.weeks - 1) as f32).abs() < 1e-3);
    }
}
