//! Scenarios: named variants of the process inside one design ("today", "with silo",
//! "+1 SDR"). The design's own stages, flows and sources are the scenario being edited; the
//! others wait in [`Design::scenarios`] and change places with it when the user switches.

use super::{Design, Flow, Source, SourceId, Stage, StageId};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// A variant of the process, not the one being edited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Its name.
    pub name: String,
    /// Its stages, by id.
    pub stages: BTreeMap<StageId, Stage>,
    /// Its flows.
    pub flows: Vec<Flow>,
    /// Its lead sources.
    pub sources: BTreeMap<SourceId, Source>,
}

/// The name of the scenario being edited when the design has not named it.
pub const FIRST_SCENARIO: &str = "Today";

impl Design {
    /// The name of the scenario being edited.
    #[must_use]
    pub fn scenario_name(&self) -> &str {
        if self.scenario.trim().is_empty() {
            FIRST_SCENARIO
        } else {
            &self.scenario
        }
    }

    /// The process being edited, as a scenario.
    #[must_use]
    pub fn current_scenario(&self) -> Scenario {
        Scenario {
            name: self.scenario_name().to_owned(),
            stages: self.stages.clone(),
            flows: self.flows.clone(),
            sources: self.sources.clone(),
        }
    }

    /// Every scenario as a design of its own, the one being edited first: for simulating and
    /// comparing them.
    #[must_use]
    pub fn scenario_designs(&self) -> Vec<(String, Design)> {
        let mut designs = vec![(self.scenario_name().to_owned(), self.without_scenarios())];
        for scenario in &self.scenarios {
            let mut design = self.without_scenarios();
            design.stages.clone_from(&scenario.stages);
            design.flows.clone_from(&scenario.flows);
            design.sources.clone_from(&scenario.sources);
            designs.push((scenario.name.clone(), design));
        }
        designs
    }

    fn without_scenarios(&self) -> Design {
        Design {
            scenarios: Vec::new(),
            ..self.clone()
        }
    }
}

/// Keeps the process being edited as a scenario and goes on editing a copy of it named
/// `name` (made unique among the scenarios).
pub fn add_scenario(design: &mut Design, name: &str) {
    let taken: BTreeSet<String> = std::iter::once(design.scenario_name().to_owned())
        .chain(
            design
                .scenarios
                .iter()
                .map(|scenario| scenario.name.clone()),
        )
        .collect();
    let base = if name.trim().is_empty() {
        "Scenario"
    } else {
        name.trim()
    };
    let mut unique = base.to_owned();
    let mut counter = 2;
    while taken.contains(&unique) {
        unique = format!("{base} {counter}");
        counter += 1;
    }
    let kept = design.current_scenario();
    design.scenarios.push(kept);
    design.scenario = unique;
}

/// Switches to the scenario at `index`: it becomes the process being edited, and the one
/// being edited takes its place in the list.
pub fn switch_to(design: &mut Design, index: usize) {
    let Some(scenario) = design.scenarios.get_mut(index) else {
        return;
    };
    std::mem::swap(&mut design.stages, &mut scenario.stages);
    std::mem::swap(&mut design.flows, &mut scenario.flows);
    std::mem::swap(&mut design.sources, &mut scenario.sources);
    let name = std::mem::take(&mut scenario.name);
    scenario.name = if design.scenario.trim().is_empty() {
        FIRST_SCENARIO.to_owned()
    } else {
        std::mem::take(&mut design.scenario)
    };
    design.scenario = name;
}

/// Removes the scenario at `index` (never the one being edited).
pub fn remove_scenario(design: &mut Design, index: usize) {
    if index < design.scenarios.len() {
        design.scenarios.remove(index);
    }
}

/// The stages of the process being edited that differ from `other` (changed or added).
#[must_use]
pub fn differing_stages(design: &Design, other: &Scenario) -> BTreeSet<StageId> {
    design
        .stages
        .iter()
        .filter(|(stage_id, stage)| {
            other.stages.get(*stage_id) != Some(*stage)
                || flows_of(&design.flows, stage_id) != flows_of(&other.flows, stage_id)
                || design.sources_entering(stage_id).collect::<Vec<_>>()
                    != sources_into(&other.sources, stage_id)
        })
        .map(|(stage_id, _)| stage_id.clone())
        .collect()
}

fn flows_of<'a>(flows: &'a [Flow], stage_id: &StageId) -> Vec<&'a Flow> {
    flows.iter().filter(|flow| &flow.from == stage_id).collect()
}

fn sources_into<'a>(
    sources: &'a BTreeMap<SourceId, Source>,
    stage_id: &StageId,
) -> Vec<&'a Source> {
    sources
        .values()
        .filter(|source| &source.entry == stage_id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn silo() -> Design {
        crate::templates::example("sales-silo")
    }

    #[test]
    fn a_new_scenario_keeps_the_old_one_and_switching_swaps_them() {
        let mut design = silo();
        let today = design.stages.clone();
        add_scenario(&mut design, "+1 AE");
        assert_eq!(design.scenario_name(), "+1 AE");
        assert_eq!(design.scenarios[0].name, "Today");
        let present = StageId::new("present");
        design.stages.get_mut(&present).expect("present").roles[0].headcount += 1.0;
        assert_eq!(
            differing_stages(&design, &design.scenarios[0]),
            [present.clone()].into()
        );
        switch_to(&mut design, 0);
        assert_eq!(design.scenario_name(), "Today");
        assert_eq!(design.stages, today);
        assert_eq!(design.scenarios[0].name, "+1 AE");
        let designs = design.scenario_designs();
        assert_eq!(designs.len(), 2);
        assert!(designs.iter().all(|(_, d)| d.scenarios.is_empty()));
        let with_ae = &designs[1].1;
        assert!(
            with_ae.stages[&present].roles[0].headcount
                > design.stages[&present].roles[0].headcount
        );
    }

    #[test]
    fn scenarios_are_saved_in_the_file_and_a_design_without_them_is_unchanged() {
        let plain = silo();
        let text = crate::file::design_to_string(&plain).expect("writes");
        assert!(
            !text.contains("scenarios"),
            "no trace in files without scenarios"
        );
        let mut design = plain;
        add_scenario(&mut design, "With silo");
        let text = crate::file::design_to_string(&design).expect("writes");
        let loaded =
            crate::file::design_from_bytes(text.as_bytes(), "scenarios.ron").expect("loads");
        assert_eq!(loaded, design);
    }

    #[test]
    fn scenario_names_stay_unique_and_removing_keeps_the_current_one() {
        let mut design = silo();
        add_scenario(&mut design, "Today");
        assert_eq!(design.scenario_name(), "Today 2");
        add_scenario(&mut design, "");
        assert_eq!(design.scenario_name(), "Scenario");
        remove_scenario(&mut design, 0);
        remove_scenario(&mut design, 9);
        assert_eq!(design.scenarios.len(), 1);
        assert_eq!(design.scenario_name(), "Scenario");
    }
}
