//! The design as a screen reader reads it, through the same accessibility tree: every stage
//! and every flow by its accessible name, a stage described by its kind, figures, bottleneck
//! and sources, a flow by its share; a flow activated from the tree is selected.

use super::driver::editor;
use egui_kittest::kittest::{NodeT, Queryable};
use leadflow::design::{Design, StageId};

fn name_of(design: &Design, stage_id: &StageId) -> String {
    design.stages[stage_id].name.clone()
}

#[test]
fn every_stage_and_flow_is_read_by_name_and_a_stage_by_its_figures() {
    let mut editor = editor("sales-silo");
    editor.steps(3);
    let design = editor.harness.state().design().clone();
    let describe = |label: &str| {
        editor
            .harness
            .get_by_label(label)
            .accesskit_node()
            .description()
            .unwrap_or_default()
    };
    for stage in design.stages.values() {
        let description = describe(&format!("Stage {}", stage.name));
        assert!(
            !description.is_empty(),
            "{} has no description for a screen reader",
            stage.name
        );
    }
    let present = describe("Stage Present");
    assert!(present.starts_with("Funnel step"), "{present}");
    assert!(present.contains("% on"), "its conversion: {present}");
    assert!(
        present.contains("Bottleneck"),
        "colour is not the only sign of the bottleneck: {present}"
    );
    let capture = describe("Stage Capture");
    assert!(
        capture.contains("fed by") && capture.contains("LinkedIn ads"),
        "its sources: {capture}"
    );
    for flow in &design.flows {
        let label = format!(
            "Flow {} → {}",
            name_of(&design, &flow.from),
            name_of(&design, &flow.to)
        );
        let description = describe(&label);
        assert!(description.contains('%'), "{label}: {description}");
    }
}

#[test]
fn a_flow_activated_from_the_accessibility_tree_is_selected() {
    let mut editor = editor("sales-silo");
    editor.steps(3);
    let design = editor.harness.state().design().clone();
    let flow = design.flows.first().expect("a flow").clone();
    let label = format!(
        "Flow {} → {}",
        name_of(&design, &flow.from),
        name_of(&design, &flow.to)
    );
    editor.activate(&label);
    assert_eq!(
        editor.harness.state().view().selection.flow,
        Some(flow.key()),
        "{label} is selected"
    );
}
