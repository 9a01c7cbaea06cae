//! The inspector: edits what is selected, or the design itself when nothing is.

use super::change::{Change, Intent, PanelOutput};
use super::fields::{labelled, percent_slider};
use super::view::Selection;
use crate::advice::findings::Advice;
use crate::design::Design;
use crate::design::validate::Finding;
use crate::sim::SimResult;

/// Shows the inspector for the selection; returns the change made (every edit is one, named
/// by what was edited) or the fix or deletion asked for.
pub fn inspector_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    selection: &mut Selection,
    result: Option<&SimResult>,
    findings: &[Finding],
    advice: &[Advice],
    plan_effects: Option<&crate::advice::plan_effects::PlanEffects>,
) -> PanelOutput {
    let before = InspectedPart::of(design, selection);
    let output = if let Some(index) = selection.plan_move {
        super::move_inspector::move_ui(ui, design, index, selection, findings, plan_effects)
    } else if let Some(key) = selection.flow.clone() {
        flow_ui(ui, design, &key, selection)
    } else if let (1, Some(stage_id)) = (selection.stages.len(), selection.stages.first()) {
        let stage_id = stage_id.clone();
        super::stage_inspector::stage_ui(ui, design, &stage_id, result, findings, advice)
    } else if selection.stages.len() > 1 {
        ui.heading(crate::tr!(
            "inspector-stages-selected",
            count = selection.stages.len(),
            shown = selection.stages.len().to_string()
        ));
        ui.label(crate::tr!("inspector-drag-to-move-them-together"));
        PanelOutput::default()
    } else {
        super::design_inspector::design_ui(ui, design, findings, advice)
    };
    let edited = before != InspectedPart::of(design, selection);
    PanelOutput {
        change: edited.then(|| output.change.unwrap_or(Change::Edit)),
        intent: output.intent,
    }
}

/// The part of the design the inspector can change for a selection: compared before and
/// after to catch every edit without cloning the whole design each frame.
#[derive(PartialEq)]
enum InspectedPart {
    Flows(Vec<crate::design::Flow>),
    Stage(Option<crate::design::Stage>),
    Design {
        name: String,
        notes: String,
        models: Vec<crate::design::TransactionModel>,
        sales_model: crate::design::SalesModel,
        shape: crate::design::ProcessShape,
        sources: std::collections::BTreeMap<crate::design::SourceId, crate::design::Source>,
        simulation: crate::design::SimulationSettings,
        presentation: crate::design::Presentation,
        /// The scenario being edited and the others, by name: saving, switching or removing
        /// one changes these.
        scenarios: (String, Vec<String>),
    },
    /// The plan, when one of its moves is inspected (removing one shortens it).
    Plan(Vec<crate::design::plan::Move>),
    Nothing,
}

impl InspectedPart {
    fn of(design: &Design, selection: &Selection) -> Self {
        if selection.plan_move.is_some() {
            Self::Plan(design.plan.clone())
        } else if selection.flow.is_some() {
            Self::Flows(design.flows.clone())
        } else if selection.stages.len() == 1 {
            Self::Stage(
                selection
                    .stages
                    .iter()
                    .next()
                    .and_then(|stage_id| design.stages.get(stage_id))
                    .cloned(),
            )
        } else if selection.stages.is_empty() {
            Self::Design {
                name: design.name.clone(),
                notes: design.notes.clone(),
                models: design.transaction_models.clone(),
                sales_model: design.sales_model,
                shape: design.shape,
                sources: design.sources.clone(),
                simulation: design.simulation.clone(),
                presentation: design.presentation.clone(),
                scenarios: (
                    design.scenario.clone(),
                    design
                        .scenarios
                        .iter()
                        .map(|scenario| scenario.name.clone())
                        .collect(),
                ),
            }
        } else {
            Self::Nothing
        }
    }
}

fn flow_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    key: &crate::design::FlowKey,
    selection: &mut Selection,
) -> PanelOutput {
    let Some(index) = design.flow_index(key) else {
        selection.flow = None;
        return PanelOutput::default();
    };
    let names = design.flows.get(index).map(|flow| {
        (
            design.stage_name(&flow.from).to_owned(),
            design.stage_name(&flow.to).to_owned(),
        )
    });
    let Some((from, to)) = names else {
        selection.flow = None;
        return PanelOutput::default();
    };
    ui.heading(crate::tr!("inspector-flow"));
    ui.label(format!("{from} → {to}"));
    ui.add_space(6.0);
    let mut remove = false;
    if let Some(flow) = design.flows.get_mut(index) {
        labelled(ui, &crate::tr!("inspector-share-of-converters"), |ui| {
            percent_slider(ui, &mut flow.share)
        });
        ui.add_space(6.0);
        remove = ui.button(crate::tr!("inspector-delete-flow")).clicked();
    }
    if remove {
        return PanelOutput::wants(Intent::DeleteFlow(key.clone()));
    }
    PanelOutput::changed(Change::ChangeFlowShare)
}
