//! File → New from CRM export… and Design → Calibrate from CRM export…, driven as a user
//! drives them: type the export's path, read it, create or match and apply, undo.

use super::driver::editor;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use leadflow::crm::synthetic::{self, TruePipeline, TrueStage};
use leadflow::design::StageId;

fn type_path(editor: &mut super::driver::Editor, path: &str) {
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Export file")
        .focus();
    editor.steps(1);
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Export file")
        .type_text(path);
    editor.steps(2);
    editor.click_label("Read");
}

#[test]
fn a_design_is_built_from_the_sample_export_and_says_what_it_rests_on() {
    let mut editor = editor("sales-silo");
    editor.open_menu("File");
    editor.click_label("New from CRM export…");
    editor.steps(3);
    let field_top = |editor: &super::driver::Editor| {
        editor
            .harness
            .get_by_role_and_label(Role::TextInput, "Export file")
            .rect()
            .top()
    };
    let before = field_top(&editor);
    type_path(&mut editor, "assets/crm/sample-hubspot-deals.csv");
    assert!(
        editor
            .harness
            .query_by_label_contains("2,211 deals (187 won")
            .is_some(),
        "the report shows what was read"
    );
    assert!(
        (field_top(&editor) - before).abs() < 0.5,
        "the dialog grows downward and what was on screen stays put"
    );
    editor.click_label("Create design");
    let design = editor.harness.state().design().clone();
    assert_eq!(design.name, "Sales Pipeline");
    let lead = &design.stages[&StageId::new("lead")];
    assert!(
        lead.measured_conversion().is_some(),
        "Lead's conversion is measured"
    );
    editor.click_stage("Stage Lead");
    assert!(
        editor
            .harness
            .query_by_label_contains("Measured from 2,189 deals, Nov 2025–Nov 2026 · 90 %: 59–63 %")
            .is_some(),
        "the inspector names the evidence"
    );
    editor.click_label("Plan against actual");
    assert!(
        editor
            .harness
            .query_by_label_contains("the plan simulated from 3 Nov 2025 (lines) against the CRM")
            .is_some(),
        "the plan is set against what the CRM recorded"
    );
}

#[test]
fn a_bad_export_is_named_in_the_dialog_and_changes_nothing() {
    let mut editor = editor("classic-funnel");
    let before = editor.harness.state().design().clone();
    editor.open_menu("Design");
    editor.click_label("Calibrate from CRM export…");
    type_path(&mut editor, "assets/examples/sales-silo.ron");
    assert!(
        editor
            .harness
            .query_by_label_contains("is not a CRM export Leadflow knows")
            .is_some()
    );
    editor.click_label("Cancel");
    assert_eq!(editor.harness.state().design(), &before);
}

#[test]
fn calibrating_matches_stages_by_name_or_by_hand_and_undoes_in_one_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stage = |name: &str, conversion: f64, mean_days: f64| TrueStage {
        name: name.to_owned(),
        conversion,
        mean_days,
    };
    let truth = TruePipeline {
        stages: vec![
            stage("Awareness", 0.3, 3.0),
            stage("consideration", 0.5, 6.0),
            stage("Deal closing", 0.4, 9.0),
        ],
        skip_share: 0.0,
        days: 200,
        ..TruePipeline::sample()
    };
    let (deals, _) = synthetic::draw(&truth);
    let path = dir.path().join("log.csv");
    std::fs::write(
        &path,
        synthetic::to_csv(&synthetic::event_log(&truth, &deals)),
    )
    .expect("write");

    let mut editor = editor("classic-funnel");
    let before = editor.harness.state().design().clone();
    editor.open_menu("Design");
    editor.click_label("Calibrate from CRM export…");
    type_path(&mut editor, &path.display().to_string());
    // Awareness and consideration match by name (case aside); "Deal closing" is matched by
    // hand. The dialog grows as the report arrives: wait until the choice stays put.
    let combo_rect = |editor: &super::driver::Editor| {
        editor
            .harness
            .get_by_role_and_label(Role::ComboBox, "Deal closing")
            .rect()
    };
    let mut combo = combo_rect(&editor);
    for _ in 0..10 {
        editor.steps(1);
        if combo_rect(&editor) == combo {
            break;
        }
        combo = combo_rect(&editor);
    }
    // Unmatched, "Deal closing" is not dropped: its deals count with the stage before it.
    assert!(
        editor
            .harness
            .query_by_label_contains("Not matched: Deal closing. Its deals count with")
            .is_some(),
        "the dialog says what the unmatched stage is folded into"
    );
    editor.click_at(combo.center(), Modifiers::NONE);
    let option = editor
        .harness
        .get_by_role_and_label(Role::Button, "Conversion")
        .rect()
        .center();
    editor.click_at(option, Modifiers::NONE);
    assert!(
        editor
            .harness
            .query_by_label_contains("Conversion · conversion")
            .is_some(),
        "the hand-made match shows in the changes"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("Not matched: Deal closing")
            .is_none(),
        "matched, nothing is folded"
    );
    // Before Apply: the calibrated design replayed over the export, and whether it holds.
    assert!(
        editor
            .harness
            .query_by_label_contains("replayed over the export's weeks")
            .is_some()
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("Deals won: ")
            .is_some(),
        "the deals won replayed"
    );
    editor.click_label("Apply to design");
    let design = editor.harness.state().design().clone();
    for id in ["awareness", "consideration", "conversion"] {
        let stage = &design.stages[&StageId::new(id)];
        assert!(
            stage.measured_conversion().is_some(),
            "{id} conversion measured"
        );
        assert!(stage.measured_days().is_some(), "{id} days measured");
    }
    assert!(design.actuals.is_some(), "the weekly actuals are kept");
    editor.press(Modifiers::COMMAND, Key::Z);
    assert_eq!(editor.harness.state().design(), &before, "one undo step");
}

#[test]
fn an_event_log_with_unknown_headers_is_read_once_its_columns_are_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("log.csv");
    std::fs::write(
        &path,
        "Opportunity ref,Phase,Moved at\n\
         A-1,Qualify,2026-01-05\n\
         A-1,Present,2026-01-09\n\
         A-1,Won,2026-01-20\n\
         A-2,Qualify,2026-01-06\n\
         A-2,Lost,2026-01-08\n",
    )
    .expect("write");
    let mut editor = editor("classic-funnel");
    editor.open_menu("File");
    editor.click_label("New from CRM export…");
    type_path(&mut editor, &path.display().to_string());
    assert!(
        editor
            .harness
            .query_by_label_contains("is not a CRM export Leadflow knows")
            .is_some()
    );
    for (field, column) in [
        ("Deal (case id)", "Opportunity ref"),
        ("Stage", "Phase"),
        ("Time entered", "Moved at"),
    ] {
        let combo = editor
            .harness
            .get_by_role_and_label(Role::ComboBox, field)
            .rect()
            .center();
        editor.click_at(combo, Modifiers::NONE);
        let option = editor
            .harness
            .get_by_role_and_label(Role::Button, column)
            .rect()
            .center();
        editor.click_at(option, Modifiers::NONE);
    }
    editor.click_label("Read");
    assert!(
        editor
            .harness
            .query_by_label_contains("2 deals (1 won, 1 lost, 0 open)")
            .is_some(),
        "the named columns are read"
    );
    editor.click_label("Create design");
    let design = editor.harness.state().design();
    assert!(design.stages.contains_key(&StageId::new("qualify")));
    assert!(design.stages.contains_key(&StageId::new("present")));
}

#[test]
fn apply_waits_for_a_match_and_for_a_read_of_the_settings_shown() {
    let mut editor = editor("classic-funnel");
    editor.open_menu("Design");
    editor.click_label("Calibrate from CRM export…");
    type_path(&mut editor, "assets/crm/sample-hubspot-deals.csv");
    let apply_disabled = |editor: &super::driver::Editor| {
        egui_kittest::kittest::NodeT::accesskit_node(
            &editor.harness.get_by_label("Apply to design"),
        )
        .is_disabled()
    };
    assert!(
        apply_disabled(&editor),
        "no stage of the export matches: nothing to apply"
    );
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Pipeline")
        .focus();
    editor.steps(1);
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Pipeline")
        .type_text("Renewals");
    editor.steps(2);
    assert!(
        editor
            .harness
            .query_by_label_contains("Read again to use them")
            .is_some(),
        "figures of other settings are not offered"
    );
}

#[test]
fn the_review_reads_the_sample_export_and_names_where_it_differs() {
    use super::driver::editor_on;
    let plan = leadflow::file::load(std::path::Path::new("assets/crm/sample-plan.ron"))
        .expect("the sample plan loads");
    let mut editor = editor_on(
        plan.clone(),
        leadflow::ui::file_dialogs::ScriptedDialogs::default(),
        leadflow::i18n::Language::English,
    );
    editor.open_menu("Design");
    editor.click_label("Review against a CRM export…");
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("Review the plan against a CRM export")
            .is_some()
    );
    type_path(&mut editor, "assets/crm/sample-hubspot-deals.csv");
    editor.steps(3);
    let harness = &editor.harness;
    assert!(
        harness
            .query_by_label_contains("Against the plan of record frozen on 5 Jan 2026")
            .is_some(),
        "what the plan is"
    );
    assert!(
        harness.query_by_label("Jan 2026").is_some(),
        "the first month"
    );
    assert!(
        harness.query_all_by_label("Lead entering").count() >= 10,
        "a stage's deals entering, month by month"
    );
    assert!(
        harness
            .query_by_label_contains("Starts to differ at Proposal sent: conversion 43 %")
            .is_some(),
        "the stage the sample plan counted too much on"
    );
    assert!(
        harness
            .query_by_label_contains("If nothing changes, the year ends with")
            .is_some(),
        "the re-forecast against the plan"
    );
    assert!(
        harness
            .query_by_label_contains("every matched figure measured again")
            .is_some()
    );
    editor.harness.get_by_label("Copy as slide").click();
    editor.harness.step();
    let copied = editor
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .any(|command| matches!(command, egui::OutputCommand::CopyImage(image) if image.size == [1920, 1080]));
    assert!(copied, "the review on the clipboard as a 16:9 slide");
    // One figure kept as the plan has it, the rest measured again.
    editor.click_label("Figures the re-forecast measures again (untick to keep the plan's)");
    editor.steps(2);
    editor.click_label("Proposal sent · conversion: 55 % → 44 % (40–48 %)");
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label_contains("but for one kept as the plan has it")
            .is_some(),
        "the re-forecast says what it kept"
    );
    editor.click_label("Keep the plan's figures (only the open pipeline from the export)");
    editor.steps(2);
    assert!(
        editor
            .harness
            .query_by_label_contains("the plan's own figures kept")
            .is_some(),
        "the re-forecast made again with the plan's figures"
    );
    editor.click_label("Close");
    assert_eq!(
        editor.harness.state().design(),
        &plan,
        "a review changes nothing"
    );
}

/// Columns named by hand are remembered per kind of export: the next export whose header has
/// them all (an account in another language writes the same translated headers every month)
/// reads without naming them again.
#[test]
fn columns_named_for_an_export_in_another_language_are_remembered_for_the_next() {
    use leadflow::crm::{ExportKind, Field};
    use leadflow::ui::preferences::{Preferences, RememberedColumns};
    let dir = tempfile::tempdir().expect("temp dir");
    let truth = TruePipeline {
        days: 200,
        ..TruePipeline::sample()
    };
    let (deals, _) = synthetic::draw(&truth);
    let mut rows = synthetic::hubspot(&truth, &deals);
    for cell in &mut rows[0] {
        match cell.as_str() {
            "Record ID" => *cell = "Post-ID".to_owned(),
            "Deal Stage" => *cell = "Affärsfas".to_owned(),
            _ => {}
        }
    }
    let path = dir.path().join("hubspot-sv.csv");
    std::fs::write(&path, synthetic::to_csv(&rows)).expect("write");
    let remembered = RememberedColumns {
        kind: ExportKind::HubSpot,
        columns: vec![
            (Field::Case, "Post-ID".to_owned()),
            (Field::Stage, "Affärsfas".to_owned()),
        ],
    };
    let design = leadflow::templates::find("sales-silo")
        .expect("template")
        .design()
        .expect("loads");
    let mut editor = super::driver::editor_remembering(
        design,
        leadflow::ui::file_dialogs::ScriptedDialogs::default(),
        Preferences {
            language: Some(leadflow::i18n::Language::English),
            crm_columns: vec![remembered.clone()],
            ..Preferences::default()
        },
    );
    editor.open_menu("File");
    editor.click_label("New from CRM export…");
    editor.steps(3);
    type_path(&mut editor, &path.display().to_string());
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label_contains("HubSpot deals export")
            .is_some(),
        "read with the remembered columns"
    );
    assert_eq!(
        editor.harness.state().preferences().crm_columns,
        vec![remembered],
        "kept for the next time"
    );
}

/// Where the mapping of the export's stage `name` points now.
fn mapped_to(editor: &super::driver::Editor, name: &str) -> String {
    use egui_kittest::kittest::NodeT;
    editor
        .harness
        .get_by_role_and_label(Role::ComboBox, name)
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

/// Opens the drop-down of the export's stage `name` and clicks `choice` in its list with the
/// pointer, where the list is drawn (a list behind the dialog would take no click).
fn choose_with_the_pointer(editor: &mut super::driver::Editor, name: &str, choice: &str) {
    let combo = editor
        .harness
        .get_by_role_and_label(Role::ComboBox, name)
        .rect()
        .center();
    editor.click_at(combo, Modifiers::NONE);
    editor.steps(2);
    let option = editor
        .harness
        .get_by_role_and_label(Role::Button, choice)
        .rect()
        .center();
    editor.click_at(option, Modifiers::NONE);
    editor.steps(2);
}

#[test]
fn a_drop_down_opened_again_opens_above_the_dialog_and_a_click_beside_it_keeps_the_export() {
    let mut editor = editor("classic-funnel");
    editor.open_menu("Design");
    editor.click_label("Calibrate from CRM export…");
    type_path(&mut editor, "assets/crm/sample-hubspot-deals.csv");
    editor.steps(10);
    choose_with_the_pointer(&mut editor, "Lead", "Awareness");
    assert_eq!(mapped_to(&editor, "Lead"), "Awareness");
    // A click in the dialog itself (its report), then the next drop-down.
    let report = editor
        .harness
        .get_by_label_contains("2,211 deals")
        .rect()
        .center();
    editor.click_at(report, Modifiers::NONE);
    choose_with_the_pointer(&mut editor, "Qualified", "Consideration");
    assert_eq!(
        mapped_to(&editor, "Qualified"),
        "Consideration",
        "the second list took the click: it was above the dialog"
    );
    // A click beside the dialog leaves it open with the export read and the matches made.
    editor.click_at(egui::pos2(4.0, 890.0), Modifiers::NONE);
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label_contains("2,211 deals")
            .is_some()
    );
    assert_eq!(mapped_to(&editor, "Qualified"), "Consideration");
}
