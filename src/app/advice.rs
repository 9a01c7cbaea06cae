//! Advice kept for the editor: the findings with their fixes (after each simulation of a new
//! revision), the levers behind the "Where to improve" tab and the scenario comparison (when
//! shown, on a worker when slow).

use super::LeadflowApp;
use super::view::PlotTab;
use crate::advice::findings;
use crate::advice::levers::{self, Lever};
use crate::design::{Design, SimulationMode};
use std::sync::Arc;

/// Work up to this many stage-weeks in expected values (about 15 ms in a debug build) is done
/// within the frame; more, or any Monte Carlo, on a worker.
const INLINE_STAGE_WEEKS: usize = 50_000;

/// Whether simulating `design` over `weeks` weeks `times` times is cheap enough for the frame.
pub(super) fn fits_in_frame(design: &Design, weeks: u32, times: usize) -> bool {
    design.simulation.mode == SimulationMode::Expected
        && design.stages.len() * weeks as usize * times <= INLINE_STAGE_WEEKS
}

impl LeadflowApp {
    /// The ranked levers of the design while the tab is open (empty otherwise), and whether
    /// they are for an earlier revision while the current one is worked out. Recomputed after
    /// a change, once the pointer is released (a drag would recompute every frame).
    pub(super) fn current_levers(&mut self, ctx: &egui::Context) -> (Arc<Vec<Lever>>, bool) {
        if self.settings.plot_tab != PlotTab::Levers {
            return (Arc::default(), false);
        }
        let revision = self.doc.history.revision();
        let levers = if self.doc.history.is_unsettled(&self.doc.design) {
            self.levers.last()
        } else {
            let design = self.doc.design.clone();
            let times = design.stages.len() * levers::LeverKind::ALL.len();
            let inline = fits_in_frame(&design, design.simulation.horizon_weeks, times);
            self.levers.get(revision, inline, ctx, move |superseded| {
                levers::levers_until(&design, superseded)
            })
        };
        (
            levers.unwrap_or_default(),
            !self.levers.is_current(revision),
        )
    }
}

impl LeadflowApp {
    /// Re-checks the advice once the simulation of the current revision is in.
    pub(super) fn refresh_advice(&mut self, ctx: &egui::Context) {
        let revision = self.doc.history.revision();
        if self.advice.is_current(revision) || self.sim.is_running() {
            return;
        }
        let Some(result) = self.sim.result().cloned() else {
            return;
        };
        let design = self.doc.design.clone();
        self.advice.start(revision, true, ctx, move |_| {
            findings::advise(&design, &result)
        });
    }
}

/// Each scenario's name and simulation, the one being edited first.
pub(super) type ScenarioResults = Arc<Vec<(String, crate::sim::SimResult)>>;

impl LeadflowApp {
    /// Every scenario simulated, the one being edited first, while the comparison is shown.
    pub(super) fn scenario_results(&mut self, ctx: &egui::Context) -> ScenarioResults {
        if self.settings.plot_tab != PlotTab::Scenarios || self.doc.design.scenarios.is_empty() {
            return Arc::default();
        }
        let results = if self.doc.history.is_unsettled(&self.doc.design) {
            self.scenario_results.last()
        } else {
            let design = self.doc.design.clone();
            let inline = fits_in_frame(
                &design,
                design.simulation.horizon_weeks,
                design.scenarios.len() + 1,
            );
            self.scenario_results
                .get(self.doc.history.revision(), inline, ctx, move |_| {
                    design
                        .scenario_designs()
                        .into_iter()
                        .map(|(name, design)| (name, crate::sim::simulate(&design)))
                        .collect()
                })
        };
        results.unwrap_or_default()
    }
}
