//! What the editor works out from the design, kept in one place: the simulation, the findings,
//! the advice with its fixes, the levers and the scenario comparison. Each is keyed by the
//! history revision it is for and worked out within the frame when cheap, on a worker
//! otherwise (see [`Background`]); a replaced document clears them all at once.

use super::history::History;
use super::simulation_cache::SimulationCache;
use crate::advice::findings::{self, Advice};
use crate::advice::levers::{self, Lever};
use crate::advice::plan_effects::{PlanEffects, plan_effects_until};
use crate::design::validate::{Finding, Severity, Subject, validate};
use crate::design::{Design, StageId};
use crate::sim::SimResult;
use crate::ui::background::{Background, fits_in_frame};
use crate::ui::findings_list::Concerns;
use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// Each scenario's name and simulation, the one being edited first.
pub type ScenarioResults = Arc<Vec<(String, SimResult)>>;

/// Every result the editor shows that takes a simulation or a check of the design.
#[derive(Default)]
pub struct Results {
    /// The simulation of the design as it is now.
    pub simulation: SimulationCache,
    findings: Background<Vec<Finding>>,
    advice: Background<Vec<Advice>>,
    levers: Background<Vec<Lever>>,
    scenarios: Background<Vec<(String, SimResult)>>,
    plan_actual: Background<Option<SimResult>>,
    plan_effects: Background<Option<PlanEffects>>,
}

impl Results {
    /// Forgets every result and stops work under way: revisions restart with a new document,
    /// so nothing computed for the old one may match.
    pub fn clear(&mut self) {
        self.simulation.clear();
        self.findings.clear();
        self.advice.clear();
        self.levers.clear();
        self.scenarios.clear();
        self.plan_actual.clear();
        self.plan_effects.clear();
    }

    /// What validation found in the design, errors first.
    #[must_use]
    pub fn findings(&self) -> &[Finding] {
        self.findings.latest().map_or(&[], Vec::as_slice)
    }

    /// The advice with its fixes, for the inspector.
    #[must_use]
    pub fn advice(&self) -> &[Advice] {
        self.advice.latest().map_or(&[], Vec::as_slice)
    }

    /// Everything the design is told: validation's findings, the advice, and leads growing
    /// without bound (which the plot says too).
    #[must_use]
    pub fn concerns<'a>(&'a self, design: &'a crate::design::Design) -> Concerns<'a> {
        Concerns {
            findings: self.findings(),
            advice: self.advice(),
            runaway: self
                .simulated()
                .is_some_and(|result| result.summary.runaway_growth)
                .then(|| crate::ui::findings_list::Runaway {
                    design,
                    found: self.simulation.runaway_loop(),
                }),
        }
    }

    /// The simulation shown now (possibly of a slightly older design while one runs).
    #[must_use]
    pub fn simulated(&self) -> Option<&SimResult> {
        self.simulation.result()
    }

    /// The stages validation found errors in.
    #[must_use]
    pub fn stages_with_errors(&self) -> BTreeSet<StageId> {
        self.findings()
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .filter_map(|finding| match &finding.subject {
                Subject::Stage(stage_id) => Some(stage_id.clone()),
                _ => None,
            })
            .collect()
    }

    /// Re-validates after each change, and re-checks the advice once the simulation of the
    /// current revision is in.
    pub fn refresh_checks(&mut self, design: &Design, history: &History, ctx: &egui::Context) {
        let revision = history.revision();
        if !self.findings.is_current(revision) {
            let design = design.clone();
            self.findings
                .start(revision, true, ctx, move |_| validate(&design));
        }
        if self.advice.is_current(revision) || self.simulation.is_running() {
            return;
        }
        let Some(result) = self.simulation.result().cloned() else {
            return;
        };
        let design = design.clone();
        self.advice.start(revision, true, ctx, move |_| {
            findings::advise(&design, &result)
        });
    }

    /// The ranked levers of the design, and whether they are for an earlier revision while the
    /// current one is worked out. Recomputed after a change once the pointer is released (a
    /// drag would recompute every frame).
    pub fn levers(
        &mut self,
        design: &Design,
        history: &History,
        ctx: &egui::Context,
    ) -> (Arc<Vec<Lever>>, bool) {
        let revision = history.revision();
        let levers = if history.is_unsettled(design) {
            self.levers.last()
        } else {
            self.levers.get(revision, ctx, || {
                let design = design.clone();
                let times = design.stages.len() * levers::LeverKind::ALL.len();
                let inline = fits_in_frame(&design, design.simulation.horizon_weeks, times);
                (inline, move |superseded: &AtomicBool| {
                    levers::levers_until(&design, superseded)
                })
            })
        };
        (
            levers.unwrap_or_default(),
            !self.levers.is_current(revision),
        )
    }

    /// The levers worked out for `revision`, if they are.
    #[must_use]
    pub fn current_levers(&self, revision: u64) -> Option<Arc<Vec<Lever>>> {
        if self.levers.is_current(revision) {
            self.levers.last()
        } else {
            None
        }
    }

    /// Every scenario simulated, the one being edited first.
    pub fn scenarios(
        &mut self,
        design: &Design,
        history: &History,
        ctx: &egui::Context,
    ) -> ScenarioResults {
        if design.scenarios.is_empty() {
            return Arc::default();
        }
        let results = if history.is_unsettled(design) {
            self.scenarios.last()
        } else {
            self.scenarios.get(history.revision(), ctx, || {
                let design = design.clone();
                let inline = fits_in_frame(
                    &design,
                    design.simulation.horizon_weeks,
                    design.scenarios.len() + 1,
                );
                (inline, move |_: &AtomicBool| {
                    design
                        .scenario_designs()
                        .into_iter()
                        .map(|(name, design)| (name, crate::sim::simulate(&design)))
                        .collect()
                })
            })
        };
        results.unwrap_or_default()
    }

    /// The design simulated over the weeks of its actuals (expected values), to set against
    /// what the CRM recorded; none without actuals.
    pub fn plan_actual(
        &mut self,
        design: &Design,
        history: &History,
        ctx: &egui::Context,
    ) -> Option<Arc<Option<SimResult>>> {
        if history.is_unsettled(design) {
            return self.plan_actual.last();
        }
        self.plan_actual.get(history.revision(), ctx, || {
            let past = crate::crm::backtest::backtest_design(design);
            let inline = past
                .as_ref()
                .is_none_or(|past| fits_in_frame(past, past.simulation.horizon_weeks, 1));
            (inline, move |_: &AtomicBool| {
                past.map(|past| crate::sim::simulate_expected(&past))
            })
        })
    }

    /// The year without the plan and what each move adds; none without moves switched on.
    pub fn plan_effects(
        &mut self,
        design: &Design,
        history: &History,
        ctx: &egui::Context,
    ) -> Option<Arc<Option<PlanEffects>>> {
        if !design.has_moves() {
            return None;
        }
        if history.is_unsettled(design) {
            return self.plan_effects.last();
        }
        self.plan_effects.get(history.revision(), ctx, || {
            let design = design.clone();
            let times = design.plan.len() + 2;
            let inline = fits_in_frame(&design, design.simulation.horizon_weeks, times);
            (inline, move |stop: &AtomicBool| {
                plan_effects_until(&design, stop)
            })
        })
    }
}
