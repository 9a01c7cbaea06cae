//! Advice kept for the editor: the findings with their fixes (after each simulation of a new
//! revision) and the levers behind the "Where to improve" tab (when the tab is shown).

use super::LeadflowApp;
use super::view::PlotTab;
use crate::advice::findings;
use crate::advice::levers::{self, Lever};
use std::sync::Arc;

impl LeadflowApp {
    /// The ranked levers of the design, while the tab is open; empty otherwise. Recomputed
    /// after a change, once the pointer is released (a drag would recompute every frame).
    pub(super) fn current_levers(&mut self) -> Arc<Vec<Lever>> {
        if self.settings.plot_tab != PlotTab::Levers {
            return Arc::default();
        }
        let revision = self.doc.history.revision();
        match &self.levers {
            Some((computed_for, levers)) if *computed_for == revision => Arc::clone(levers),
            Some((_, levers)) if self.doc.history.is_unsettled(&self.doc.design) => {
                Arc::clone(levers)
            }
            _ => {
                let levers = Arc::new(levers::levers(&self.doc.design));
                self.levers = Some((revision, Arc::clone(&levers)));
                levers
            }
        }
    }
}

impl LeadflowApp {
    /// Re-checks the advice once the simulation of the current revision is in.
    pub(super) fn refresh_advice(&mut self) {
        let revision = self.doc.history.revision();
        if self.advice_revision == Some(revision) || self.sim.is_running() {
            return;
        }
        let Some(result) = self.sim.result() else {
            return;
        };
        self.advice = findings::advise(&self.doc.design, result);
        self.advice_revision = Some(revision);
    }
}

/// Each scenario's name and simulation, the one being edited first.
pub(super) type ScenarioResults = Arc<Vec<(String, crate::sim::SimResult)>>;

impl LeadflowApp {
    /// Every scenario simulated, the one being edited first, while the comparison is shown.
    pub(super) fn scenario_results(&mut self) -> ScenarioResults {
        if self.settings.plot_tab != PlotTab::Scenarios || self.doc.design.scenarios.is_empty() {
            return Arc::default();
        }
        let revision = self.doc.history.revision();
        match &self.scenario_results {
            Some((computed_for, results)) if *computed_for == revision => Arc::clone(results),
            Some((_, results)) if self.doc.history.is_unsettled(&self.doc.design) => {
                Arc::clone(results)
            }
            _ => {
                let results: ScenarioResults = Arc::new(
                    self.doc
                        .design
                        .scenario_designs()
                        .into_iter()
                        .map(|(name, design)| (name, crate::sim::simulate(&design)))
                        .collect(),
                );
                self.scenario_results = Some((revision, Arc::clone(&results)));
                results
            }
        }
    }
}
