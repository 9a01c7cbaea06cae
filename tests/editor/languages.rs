//! The window in the user's language: chosen in View → Language, applied at once, remembered.

use crate::driver::{editor, editor_speaking};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use leadflow::design::StageId;
use leadflow::i18n::Language;
use leadflow::ui::file_dialogs::ScriptedDialogs;

#[test]
fn choosing_swedish_in_the_view_menu_speaks_swedish_at_once_and_is_remembered() {
    let mut editor = editor("sales-silo");
    assert!(editor.harness.query_by_label("Arkiv").is_none());
    editor.open_menu("View");
    editor.open_menu("Language");
    editor.click_label("Svenska");
    editor.steps(3);
    assert_eq!(
        editor.harness.state().preferences().language,
        Some(Language::Swedish)
    );
    // Menus, status bar and headline, without a restart.
    for shown in [
        "Arkiv",
        "Redigera",
        "Visa",
        "Hjälp",
        "Intäkter",
        "Flaskhals",
    ] {
        assert!(
            editor.harness.query_by_label(shown).is_some(),
            "{shown} is shown"
        );
    }
    assert!(editor.harness.query_by_label("File").is_none());
    assert!(
        editor
            .harness
            .query_by_label_contains("0 fel, 2 varningar")
            .is_some(),
        "the status bar counts in Swedish, the advice with the warnings"
    );
    editor.open_menu("Arkiv");
    assert!(
        editor
            .harness
            .query_by_label_contains("Spara som…")
            .is_some()
    );
}

#[test]
fn switching_the_language_rewords_the_findings_at_once_without_an_edit() {
    let mut editor = editor("inbound");
    editor.click_stage("Stage Present");
    editor.press(Modifiers::NONE, Key::Delete);
    editor.steps(3);
    editor.harness.get_by_label_contains("1 error,").click();
    editor.steps(3);
    let finding = editor
        .harness
        .state()
        .findings()
        .first()
        .cloned()
        .expect("a finding");
    let english = finding.words(Language::English);
    let swedish = finding.words(Language::Swedish);
    assert_ne!(
        english, swedish,
        "the finding has words of its own in Swedish"
    );
    assert!(editor.harness.query_by_label(&english).is_some());
    let revision = editor.harness.state().document().history.revision();
    editor.open_menu("View");
    editor.open_menu("Language");
    editor.click_label("Svenska");
    editor.steps(3);
    assert_eq!(
        editor.harness.state().document().history.revision(),
        revision,
        "nothing was edited"
    );
    assert!(
        editor.harness.query_by_label(&swedish).is_some(),
        "the list shows the finding in Swedish: {swedish}"
    );
    assert!(editor.harness.query_by_label(&english).is_none());
}

#[test]
fn a_swedish_user_builds_a_design_from_questions_sees_swedish_advice_and_exports_a_swedish_slide() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("bild.svg");
    let mut editor = editor_speaking(
        "sales-silo",
        ScriptedDialogs {
            export: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
        Language::Swedish,
    );
    editor.open_menu("Arkiv");
    editor
        .harness
        .get_by_label_contains("Ny utifrån frågor…")
        .click();
    editor.steps(3);
    editor.click_label("Vi tar kontakt: kalla listor, samtal, e-post, nätverkande");
    assert!(
        editor
            .harness
            .query_by_label("Rekommenderad: Outbound")
            .is_some()
    );
    editor.click_label("Skapa design");
    let design = editor.harness.state().design().clone();
    let names: Vec<&str> = design.stages.values().map(|s| s.name.as_str()).collect();
    for name in ["Prospektera", "Ta kontakt", "Kunder"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    // Ids stay English slugs: the file format is the same in every language.
    assert!(design.stages.contains_key(&StageId::new("prospect")));
    assert!(design.stages.contains_key(&StageId::new("make-contact")));

    // A new step nobody works yet: the advice says so in Swedish, and its id is English.
    let palette_item = editor.harness.get_by_label("Trattsteg").rect().center();
    let beside = editor.stage_center("Steg Ta kontakt") + egui::vec2(320.0, 0.0);
    editor.drag(palette_item, beside);
    editor.steps(6);
    let added = editor
        .harness
        .state()
        .view()
        .selection
        .stages
        .first()
        .cloned()
        .expect("selected");
    assert_eq!(added, StageId::new("new-step"));
    assert_eq!(
        editor.harness.state().design().stages[&added].name,
        "Nytt steg"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("Nytt steg: ingen arbetar i det här steget")
            .is_some(),
        "the finding in Swedish"
    );

    editor.press(Modifiers::COMMAND, Key::E);
    editor.click_label("Presentationsbild (16:9)");
    editor.click_label("SVG-vektorbild");
    editor.click_label("Exportera…");
    let svg = std::fs::read_to_string(&path).expect("exported");
    for word in ["Intäkter", "Flaskhals", "Gjord med Leadflow", "Prospektera"] {
        assert!(svg.contains(word), "{word} in the slide");
    }
    assert!(!svg.contains(">Revenue<") && !svg.contains("Made with"));
}

#[test]
fn number_fields_write_and_read_swedish_numbers() {
    let mut editor = editor_speaking("sales-silo", ScriptedDialogs::default(), Language::Swedish);
    editor.click_stage("Steg Qualify");
    let shown: Vec<String> = editor
        .harness
        .get_all_by_role(egui::accesskit::Role::SpinButton)
        .filter_map(|node| egui_kittest::kittest::NodeT::accesskit_node(&node).value())
        .collect();
    assert!(
        shown.iter().any(|text| text.starts_with("1,5")),
        "the SDRs' headcount reads 1,5: {shown:?}"
    );
}

#[test]
fn catalogue_roles_and_tools_follow_the_language_and_the_file_keeps_its_words() {
    let mut editor = editor("sales-silo");
    assert!(
        editor
            .harness
            .query_by_label("Marketing coordinator")
            .is_some()
    );
    assert!(editor.harness.query_by_label("Meeting booking").is_some());
    let revision = editor.harness.state().document().history.revision();
    editor.open_menu("View");
    editor.open_menu("Language");
    editor.click_label("Svenska");
    editor.steps(3);
    // The palette names the catalogue's roles and tools in Swedish, without an edit.
    assert!(
        editor
            .harness
            .query_by_label("Marknadskoordinator")
            .is_some()
    );
    assert!(editor.harness.query_by_label("Mötesbokning").is_some());
    assert!(
        editor
            .harness
            .query_by_label("Marketing coordinator")
            .is_none()
    );
    assert_eq!(
        editor.harness.state().document().history.revision(),
        revision,
        "nothing was edited"
    );
    let design = editor.harness.state().design();
    assert!(
        design
            .roles
            .values()
            .any(|role| role.name == "Marketing coordinator"),
        "the design keeps the words it was made with"
    );
}
