//! The editor driven as a user drives it, with `egui_kittest`: palette to canvas, rename,
//! connect, change a conversion rate, undo and redo, delete, save and load, the unsaved
//! changes prompt, a broken file.

mod accessibility;
mod advice;
mod crm;
mod driver;
mod export_dialog;
mod file_dialogs;
mod funnel;
mod keyboard;
mod languages;
mod legible;
mod minimap;
mod navigation;
mod plan;
mod plot;
mod presentation;
mod recovery;
mod today;

use driver::{editor, editor_with};
use egui::{Key, Modifiers, Pos2};
use egui_kittest::kittest::Queryable;
use leadflow::design::StageId;
use leadflow::ui::file_dialogs::ScriptedDialogs;
use std::path::PathBuf;

#[test]
fn dropping_a_stage_kind_from_the_palette_adds_a_stage_where_it_was_dropped() {
    let mut editor = editor("inbound");
    let before = editor.stage_count();
    let source = editor.harness.get_by_label("Nurture pool").rect().center();
    let qualify = editor.stage_center("Stage Qualify");
    let target = qualify + egui::vec2(300.0, 0.0);
    editor.drag(source, target);
    assert_eq!(editor.stage_count(), before + 1);
    let app = editor.harness.state();
    let added = app
        .view()
        .selection
        .stages
        .iter()
        .next()
        .expect("new stage selected")
        .clone();
    let stage = &app.design().stages[&added];
    assert_eq!(
        stage.kind.tag(),
        leadflow::design::StageKindTag::NurturePool
    );
    // Dropped to the right of Qualify, at the same height (within a grid step).
    let qualify_stage = &app.design().stages[&StageId::new("qualify")];
    assert!(stage.position.x > qualify_stage.position.x + 100.0);
    assert!((stage.position.y - qualify_stage.position.y).abs() <= 40.0);
    // One undo step takes it away.
    editor.press(Modifiers::COMMAND, Key::Z);
    assert_eq!(editor.stage_count(), before);
}

#[test]
fn dropping_a_source_on_a_stage_adds_leads_entering_there() {
    let mut editor = editor("inbound");
    let before = editor.harness.state().design().sources.len();
    let leads_before = editor
        .harness
        .state_mut()
        .simulation()
        .expect("simulated")
        .summary
        .leads_entered;
    let source = editor.harness.get_by_label("Cold list").rect().center();
    let target = editor.stage_center("Stage Present");
    editor.drag(source, target);
    let design = editor.harness.state().design();
    assert_eq!(design.sources.len(), before + 1);
    let added = design
        .sources
        .values()
        .find(|source| source.channel == leadflow::design::Channel::ColdList)
        .expect("a cold list source");
    assert_eq!(added.entry, StageId::new("present"));
    let leads_after = editor
        .harness
        .state_mut()
        .simulation()
        .expect("simulated")
        .summary
        .leads_entered;
    assert!(leads_after > leads_before);
}

#[test]
fn opening_a_file_replaces_the_design_and_remembers_it() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples/team-selling.ron");
    let mut editor = editor_with(
        "inbound",
        ScriptedDialogs {
            open: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.press(Modifiers::COMMAND, Key::O);
    editor.steps(2);
    let app = editor.harness.state();
    assert_eq!(app.design().name, "Team selling");
    assert_eq!(app.document().path.as_deref(), Some(path.as_path()));
    assert!(!app.document().is_dirty());
    assert!(editor.harness.query_by_label("Stage Research").is_some());
}

#[test]
fn double_click_renames_a_stage_in_place() {
    let mut editor = editor("inbound");
    let present = editor.stage_center("Stage Present");
    editor.click_at(present, Modifiers::NONE);
    editor.click_at(present, Modifiers::NONE);
    editor.steps(2);
    // The name field has focus: select what is there and type over it.
    editor.press(Modifiers::COMMAND, Key::A);
    editor.harness.event(egui::Event::Text("Demo".to_owned()));
    editor.steps(1);
    editor.press(Modifiers::NONE, Key::Enter);
    editor.steps(2);
    let design = editor.harness.state().design();
    assert_eq!(design.stages[&StageId::new("present")].name, "Demo");
    assert!(editor.harness.query_by_label("Stage Demo").is_some());
}

#[test]
fn dragging_from_a_stage_handle_to_another_stage_adds_a_flow() {
    let mut editor = editor("inbound");
    let flows = editor.harness.state().design().flows.len();
    editor.click_stage("Stage Qualify");
    let handle = editor.stage_center("Add flow from Qualify");
    let close = editor.stage_center("Stage Close");
    editor.drag(handle, close);
    let design = editor.harness.state().design();
    assert_eq!(design.flows.len(), flows + 1);
    let flow = design.flows.last().expect("flow");
    assert_eq!((flow.from.as_str(), flow.to.as_str()), ("qualify", "close"));
    let shares: f64 = design
        .flows_from(&StageId::new("qualify"))
        .map(|f| f.share)
        .sum();
    assert!((shares - 1.0).abs() < 1e-9);
}

#[test]
fn changing_a_conversion_rate_changes_the_headline_figures_and_undo_redo_restore_them() {
    let mut editor = editor("inbound");
    let before = editor.customers_at_horizon();
    editor.click_stage("Stage Close");
    editor
        .harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Conversion")
        .set_value_accesskit(80.0);
    editor.steps(3);
    let conversion = editor.harness.state().design().stages[&StageId::new("close")].conversion;
    assert!((conversion - 0.8).abs() < 1e-9, "{conversion}");
    let after = editor.customers_at_horizon();
    assert!(after > before * 1.5, "{before} → {after}");
    let shown = format!("{after:.0}");
    assert!(
        editor.harness.query_by_label(&shown).is_some(),
        "headline shows {shown}"
    );

    editor.harness.hover_at(Pos2::new(700.0, 450.0));
    editor.press(Modifiers::COMMAND, Key::Z);
    let undone = editor.harness.state().design().stages[&StageId::new("close")].conversion;
    assert!((undone - 0.45).abs() < 1e-9, "{undone}");
    assert!((editor.customers_at_horizon() - before).abs() < 1e-9);
    editor.press(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    let redone = editor.harness.state().design().stages[&StageId::new("close")].conversion;
    assert!((redone - 0.8).abs() < 1e-9, "{redone}");
    editor.press(Modifiers::COMMAND, Key::Z);
    editor.press(Modifiers::COMMAND, Key::Y);
    let again = editor.harness.state().design().stages[&StageId::new("close")].conversion;
    assert!((again - 0.8).abs() < 1e-9, "{again}");
}

#[test]
fn moving_a_stage_by_dragging_is_one_undo_step() {
    let mut editor = editor("inbound");
    let start = editor.harness.state().design().stages[&StageId::new("present")].position;
    let from = editor.stage_center("Stage Present");
    editor.drag(from, from + egui::vec2(200.0, 30.0));
    let moved = editor.harness.state().design().stages[&StageId::new("present")].position;
    assert!(moved.x > start.x + 100.0, "{start:?} → {moved:?}");
    assert_eq!(
        editor.harness.state().document().history.undo_label(),
        Some("Move stages")
    );
    editor.press(Modifiers::COMMAND, Key::Z);
    assert_eq!(
        editor.harness.state().design().stages[&StageId::new("present")].position,
        start
    );
}

#[test]
fn delete_removes_the_selected_stage_and_its_flows() {
    let mut editor = editor("inbound");
    editor.click_stage("Stage Present");
    editor.press(Modifiers::NONE, Key::Delete);
    let design = editor.harness.state().design();
    assert!(!design.stages.contains_key(&StageId::new("present")));
    assert!(
        design
            .flows
            .iter()
            .all(|f| f.from.as_str() != "present" && f.to.as_str() != "present")
    );
    assert!(editor.harness.query_by_label("Stage Present").is_none());
}

#[test]
fn save_writes_the_file_and_it_loads_back_identically() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("saved.ron");
    let mut editor = editor_with(
        "flywheel",
        ScriptedDialogs {
            save: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.click_stage("Stage Engage");
    editor
        .harness
        .get_by_role_and_label(egui::accesskit::Role::Slider, "Conversion")
        .set_value_accesskit(33.0);
    editor.steps(2);
    editor.harness.hover_at(Pos2::new(700.0, 450.0));
    editor.steps(1);
    assert!(editor.harness.state().document().is_dirty());
    editor.press(Modifiers::COMMAND, Key::S);
    assert!(!editor.harness.state().document().is_dirty());
    assert_eq!(
        editor.harness.state().document().path.as_deref(),
        Some(path.as_path())
    );
    let loaded = leadflow::file::load(&path).expect("loads");
    assert_eq!(&loaded, editor.harness.state().design());
    assert!((loaded.stages[&StageId::new("engage")].conversion - 0.33).abs() < 1e-9);
}

#[test]
fn new_with_unsaved_changes_asks_first_and_cancel_keeps_the_design() {
    let mut editor = editor("inbound");
    editor.click_stage("Stage Present");
    editor.press(Modifiers::NONE, Key::Delete);
    editor.steps(2);
    editor.press(Modifiers::COMMAND, Key::N);
    assert!(
        editor
            .harness
            .query_by_label("New design from a template")
            .is_some()
    );
    editor.click_label("Flywheel");
    assert!(editor.harness.query_by_label("Save changes?").is_some());
    editor.click_label("Cancel");
    assert_eq!(editor.harness.state().design().name, "Inbound sales");
    assert!(editor.harness.state().dialog().is_none());

    editor.press(Modifiers::COMMAND, Key::N);
    assert!(
        editor
            .harness
            .query_by_label("New design from a template")
            .is_some()
    );
    editor.activate("Flywheel");
    assert!(editor.harness.query_by_label("Save changes?").is_some());
    editor.activate("Don't save");
    assert_eq!(editor.harness.state().design().name, "Flywheel");
    assert!(
        editor.harness.state().document().is_dirty(),
        "a design made from a template is unsaved work until saved"
    );
}

#[test]
fn a_file_that_fails_to_load_shows_the_error_and_keeps_the_design() {
    let broken =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken/wrong-type.ron");
    let mut editor = editor_with(
        "inbound",
        ScriptedDialogs {
            open: vec![broken],
            ..ScriptedDialogs::default()
        },
    );
    let before = editor.harness.state().design().clone();
    editor.press(Modifiers::COMMAND, Key::O);
    editor.steps(2);
    assert!(
        editor
            .harness
            .query_by_label("Something went wrong")
            .is_some()
    );
    let message = editor
        .harness
        .get_all_by_label_contains("stages.qualify.conversion")
        .next()
        .is_some();
    assert!(message, "the error names the field");
    assert_eq!(editor.harness.state().design(), &before);
}

#[test]
fn choosing_a_sales_model_offers_its_stages_and_adding_them_is_one_undo_step() {
    let mut editor = editor("inbound");
    let before = editor.stage_count();
    editor.open_menu("Design");
    editor.open_menu("Sales model");
    editor.click_label("Outbound");
    assert_eq!(
        editor.harness.state().design().sales_model,
        leadflow::design::SalesModel::Outbound
    );
    assert!(
        editor
            .harness
            .query_by_label("Add the stages this model needs?")
            .is_some()
    );
    editor.activate("Add stages");
    let design = editor.harness.state().design();
    assert_eq!(design.stages.len(), before + 2);
    assert!(
        design
            .stages
            .values()
            .any(|stage| stage.name == "Make contact")
    );
    editor.harness.hover_at(Pos2::new(700.0, 450.0));
    editor.press(Modifiers::COMMAND, Key::Z);
    assert_eq!(editor.stage_count(), before);
}

#[test]
fn declining_the_offer_changes_only_the_model() {
    let mut editor = editor("outbound");
    let before = editor.stage_count();
    editor.open_menu("Design");
    editor.open_menu("Transaction models");
    editor.click_leftmost("Digital branding");
    editor.steps(2);
    assert!(
        editor
            .harness
            .query_by_label("Add the stages this model needs?")
            .is_some()
    );
    editor.activate("Not now");
    assert_eq!(editor.stage_count(), before);
    assert!(
        editor
            .harness
            .state()
            .design()
            .transaction_models
            .contains(&leadflow::design::TransactionModel::DigitalBranding)
    );
}
