//! A design made by keys alone, as a person who uses no mouse makes it: the four questions,
//! the canvas (along the flows, rename, a flow drawn by keys, a tool ticked in the inspector, a
//! role and a stage from the palette), saved with Ctrl+S, then every stage, flow and source
//! found by its accessible name; F6 from pane to pane.

use super::driver::{Editor, editor_with};
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};
use leadflow::design::{Design, StageId};
use leadflow::ui::file_dialogs::ScriptedDialogs;

/// The accessible name of the node that has the keyboard focus.
#[expect(
    clippy::redundant_closure_for_method_calls,
    reason = "the method named instead of the closure does not fit the query's lifetimes"
)]
fn focused(editor: &Editor) -> (String, egui::accesskit::Role) {
    editor
        .harness
        .query_by(|node| node.is_focused())
        .map(|node| {
            let node = node.accesskit_node();
            (node.label().unwrap_or_default(), node.role())
        })
        .unwrap_or_default()
}

/// Presses Tab until the focus is on a node of `role` named `label`, as a screen reader's user
/// listens for it; fails if Tab never gets there.
fn tab_to(editor: &mut Editor, role: egui::accesskit::Role, label: &str) {
    let mut heard = Vec::new();
    for _ in 0..400 {
        let now = focused(editor);
        if now.0 == label && now.1 == role {
            return;
        }
        heard.push(now.0);
        editor.press(Modifiers::NONE, Key::Tab);
    }
    panic!("Tab never reached {role:?} {label:?}; it went through {heard:?}");
}

fn type_text(editor: &mut Editor, text: &str) {
    editor.press(Modifiers::COMMAND, Key::A);
    editor.harness.event(egui::Event::Text(text.to_owned()));
    editor.steps(2);
}

fn name(design: &Design, stage_id: &StageId) -> String {
    design.stages[stage_id].name.clone()
}

fn selected_stage(editor: &Editor) -> StageId {
    let selection = &editor.harness.state().view().selection.stages;
    assert_eq!(selection.len(), 1, "one stage selected: {selection:?}");
    selection.iter().next().cloned().expect("one stage")
}

#[test]
fn a_design_is_made_from_the_four_questions_and_saved_by_keys_alone() {
    let directory = tempfile::tempdir().expect("temp dir");
    let saved_at = directory.path().join("keyboard.ron");
    let mut editor = editor_with(
        "inbound",
        ScriptedDialogs {
            save: vec![saved_at.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.steps(3);
    answer_the_four_questions(&mut editor);
    let made = walk_rename_and_draw_a_flow(&mut editor);
    let attached = attach_a_tool_a_role_and_a_stage(&mut editor);

    // Ctrl+S saves.
    editor.press(Modifiers::COMMAND, Key::S);
    editor.steps(3);
    let saved = leadflow::file::load(&saved_at).expect("saved design loads");
    assert_eq!(saved.name, "Keyboard Ltd");
    assert_eq!(saved.stages[&made.renamed].name, "Discovery call");
    assert!(
        saved
            .flows
            .iter()
            .any(|flow| flow.from == made.renamed && flow.to == made.flow_to)
    );
    assert!(saved.stages[&attached.stage].tools.contains(&attached.tool));
    assert_eq!(saved.stages.len(), attached.stages);
    every_stage_flow_and_source_is_named(&mut editor, &saved);
}

/// Ctrl+Shift+N, the answers by Tab, Space and typing, Enter on "Create design".
fn answer_the_four_questions(editor: &mut Editor) {
    // The wizard opens with its name field ready for typing.
    editor.press(Modifiers::COMMAND | Modifiers::SHIFT, Key::N);
    editor.steps(2);
    assert_eq!(focused(editor).1, egui::accesskit::Role::TextInput);
    type_text(editor, "Keyboard Ltd");
    tab_to(
        editor,
        egui::accesskit::Role::RadioButton,
        "We reach out: cold lists, calls, e-mail, networking",
    );
    editor.press(Modifiers::NONE, Key::Space);
    tab_to(editor, egui::accesskit::Role::Button, "Create design");
    editor.press(Modifiers::NONE, Key::Enter);
    editor.steps(3);
    assert!(
        editor.harness.state().dialog().is_none(),
        "the wizard closed"
    );
    let design = editor.harness.state().design();
    assert_eq!(design.name, "Keyboard Ltd");
    assert_eq!(design.sales_model, leadflow::design::SalesModel::Outbound);
}

/// What the walk on the canvas made: the stage renamed and where the new flow from it goes.
struct Made {
    renamed: StageId,
    flow_to: StageId,
}

fn walk_rename_and_draw_a_flow(editor: &mut Editor) -> Made {
    let design = editor.harness.state().design().clone();
    // Nothing selected: an arrow goes to the stage leads enter, and the focus with it, so a
    // screen reader reads it out.
    editor.press(Modifiers::NONE, Key::ArrowDown);
    let entry = selected_stage(editor);
    assert_eq!(
        focused(editor).0,
        format!("Stage {}", name(&design, &entry))
    );
    // Alt+Down: along a flow to the next stage.
    editor.press(Modifiers::ALT, Key::ArrowDown);
    let next = selected_stage(editor);
    assert!(
        design
            .flows
            .iter()
            .any(|flow| flow.from == entry && flow.to == next),
        "{} → {} is a flow of the design",
        name(&design, &entry),
        name(&design, &next)
    );
    assert_eq!(focused(editor).0, format!("Stage {}", name(&design, &next)));

    // Enter renames the focused stage; Enter again keeps the name, and the focus comes back.
    editor.press(Modifiers::NONE, Key::Enter);
    editor.steps(2);
    assert_eq!(focused(editor).1, egui::accesskit::Role::TextInput);
    type_text(editor, "Discovery call");
    editor.press(Modifiers::NONE, Key::Enter);
    editor.steps(2);
    assert_eq!(
        editor.harness.state().design().stages[&next].name,
        "Discovery call"
    );
    assert_eq!(focused(editor).0, "Stage Discovery call");

    // C draws a flow from the selected stage; the arrows choose where it goes (the status bar
    // says so), Enter draws it.
    let flows_before = design.flows.len();
    editor.press(Modifiers::NONE, Key::C);
    assert!(
        editor
            .harness
            .query_by_label_contains("Drawing a flow from Discovery call")
            .is_some()
    );
    editor.press(Modifiers::NONE, Key::ArrowDown);
    editor.press(Modifiers::NONE, Key::ArrowDown);
    let target = editor
        .harness
        .state()
        .view()
        .keyboard_flow
        .as_ref()
        .and_then(|flow| flow.to.clone())
        .expect("a stage chosen for the flow's end");
    editor.press(Modifiers::NONE, Key::Enter);
    let after = editor.harness.state().design();
    assert_eq!(after.flows.len(), flows_before + 1, "one flow drawn");
    assert!(
        after
            .flows
            .iter()
            .any(|flow| flow.from == next && flow.to == target)
    );
    Made {
        renamed: next,
        flow_to: target,
    }
}

/// What was attached by keys: a tool to a stage, and how many stages there are after one was
/// added from the palette.
struct Attached {
    stage: StageId,
    tool: leadflow::design::ToolId,
    stages: usize,
}

fn attach_a_tool_a_role_and_a_stage(editor: &mut Editor) -> Attached {
    editor.press(Modifiers::NONE, Key::Escape);
    editor.press(Modifiers::ALT, Key::ArrowDown);
    let stage_id = selected_stage(editor);
    let design = editor.harness.state().design().clone();
    let (tool_id, tool) = design
        .tools
        .iter()
        .find(|(tool_id, _)| !design.stages[&stage_id].tools.contains(tool_id))
        .expect("a tool the stage does not use");
    // Tab passes the other stages without selecting them, on to the inspector.
    tab_to(editor, egui::accesskit::Role::CheckBox, &tool.name);
    assert_eq!(selected_stage(editor), stage_id);
    editor.press(Modifiers::NONE, Key::Space);
    assert!(
        editor.harness.state().design().stages[&stage_id]
            .tools
            .contains(tool_id),
        "the tool is attached"
    );

    // Enter on a palette item: a role goes to the selected stage, a stage kind adds a stage.
    let (role_id, role) = design
        .roles
        .iter()
        .find(|(role_id, _)| {
            !design.stages[&stage_id]
                .roles
                .iter()
                .any(|staffing| &staffing.role == *role_id)
        })
        .expect("a role the stage has not");
    tab_to(editor, egui::accesskit::Role::Button, &role.name);
    editor.press(Modifiers::NONE, Key::Enter);
    assert!(
        editor.harness.state().design().stages[&stage_id]
            .roles
            .iter()
            .any(|staffing| &staffing.role == role_id),
        "the role is attached"
    );
    let stages_before = design.stages.len();
    tab_to(editor, egui::accesskit::Role::Button, "Funnel step");
    editor.press(Modifiers::NONE, Key::Enter);
    assert_eq!(
        editor.harness.state().design().stages.len(),
        stages_before + 1,
        "a stage added"
    );
    Attached {
        stage: stage_id,
        tool: tool_id.clone(),
        stages: stages_before + 1,
    }
}

/// Every stage, flow and source is in the accessibility tree by its name.
fn every_stage_flow_and_source_is_named(editor: &mut Editor, saved: &Design) {
    editor.press(Modifiers::NONE, Key::Escape);
    editor.press(Modifiers::NONE, Key::F);
    editor.steps(3);
    for stage in saved.stages.values() {
        assert!(
            editor
                .harness
                .query_by_label(&format!("Stage {}", stage.name))
                .is_some(),
            "stage {}",
            stage.name
        );
    }
    for flow in &saved.flows {
        let label = format!(
            "Flow {} → {}",
            name(saved, &flow.from),
            name(saved, &flow.to)
        );
        assert!(editor.harness.query_by_label(&label).is_some(), "{label}");
    }
    assert!(!saved.sources.is_empty());
    for source in saved.sources.values() {
        let label = format!("Source {}", source.name);
        let node = editor.harness.get_by_label(&label);
        let description = node.accesskit_node().description().unwrap_or_default();
        assert!(
            description.contains("leads a week into"),
            "{label}: {description}"
        );
    }
}

#[test]
fn escape_stops_a_flow_drawn_by_keys_and_nothing_changes() {
    let mut editor = super::driver::editor("inbound");
    editor.steps(3);
    editor.press(Modifiers::NONE, Key::ArrowDown);
    let before = editor.harness.state().design().clone();
    editor.press(Modifiers::NONE, Key::C);
    editor.press(Modifiers::NONE, Key::ArrowDown);
    assert!(editor.harness.state().view().keyboard_flow.is_some());
    editor.press(Modifiers::NONE, Key::Escape);
    assert!(editor.harness.state().view().keyboard_flow.is_none());
    assert!(
        editor
            .harness
            .query_by_label_contains("Drawing a flow")
            .is_none()
    );
    assert_eq!(
        editor.harness.state().design().flows,
        before.flows,
        "no flow drawn"
    );
    // Plain arrows move the selected stage, and the focus stays on it.
    let selected = selected_stage(&editor);
    let at = editor.harness.state().design().stages[&selected].position;
    editor.press(Modifiers::NONE, Key::ArrowRight);
    let moved = editor.harness.state().design().stages[&selected].position;
    assert!(moved.x > at.x, "{at:?} → {moved:?}");
    assert_eq!(
        focused(&editor).0,
        format!("Stage {}", before.stages[&selected].name)
    );
}

#[test]
fn f6_goes_from_pane_to_pane_and_tab_on_into_the_pane() {
    let mut editor = super::driver::editor("inbound");
    editor.steps(3);
    editor.press(Modifiers::NONE, Key::ArrowDown);
    let stage = selected_stage(&editor);
    let stage_label = format!(
        "Stage {}",
        editor.harness.state().design().stages[&stage].name
    );
    editor.press(Modifiers::NONE, Key::F6);
    assert_eq!(
        focused(&editor),
        ("Inspector".to_owned(), egui::accesskit::Role::Pane)
    );
    // Tab goes on into the inspector: the selected stage's name field.
    editor.press(Modifiers::NONE, Key::Tab);
    assert_eq!(focused(&editor).1, egui::accesskit::Role::TextInput);
    editor.press(Modifiers::NONE, Key::F6);
    assert_eq!(
        focused(&editor),
        ("Palette".to_owned(), egui::accesskit::Role::Pane)
    );
    editor.press(Modifiers::NONE, Key::Tab);
    assert_eq!(
        focused(&editor),
        ("Funnel step".to_owned(), egui::accesskit::Role::Button)
    );
    editor.press(Modifiers::NONE, Key::F6);
    assert_eq!(
        focused(&editor).0,
        stage_label,
        "back on the selected stage"
    );
    editor.press(Modifiers::SHIFT, Key::F6);
    assert_eq!(focused(&editor).0, "Palette");
    assert_eq!(selected_stage(&editor), stage, "the selection stayed");
}

#[test]
fn delete_acts_on_the_canvas_only_while_the_canvas_has_the_keys() {
    let mut editor = super::driver::editor("inbound");
    editor.steps(3);
    editor.press(Modifiers::NONE, Key::ArrowDown);
    let stage = selected_stage(&editor);
    let stages = editor.harness.state().design().stages.len();
    // In the inspector, Delete (and Backspace) belong to the pane, not the selected stage.
    editor.press(Modifiers::NONE, Key::F6);
    assert_eq!(focused(&editor).0, "Inspector");
    editor.press(Modifiers::NONE, Key::Delete);
    editor.press(Modifiers::NONE, Key::Backspace);
    assert_eq!(editor.harness.state().design().stages.len(), stages);
    // Back on the canvas (F6 twice: palette, canvas), Delete deletes the selected stage.
    editor.press(Modifiers::NONE, Key::F6);
    editor.press(Modifiers::NONE, Key::F6);
    editor.press(Modifiers::NONE, Key::Delete);
    let design = editor.harness.state().design();
    assert_eq!(design.stages.len(), stages - 1);
    assert!(!design.stages.contains_key(&stage));
}
