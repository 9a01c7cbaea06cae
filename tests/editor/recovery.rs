//! Work left unsaved by a window that crashed is offered back, keeps its file, and stays in
//! the recovery directory until it is saved.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use leadflow::app::LeadflowApp;
use leadflow::app::document::OpenDocument;
use leadflow::file::recovery::RecoveryStore;
use leadflow::ui::file_dialogs::ScriptedDialogs;
use leadflow::ui::preferences::Preferences;

#[test]
fn restored_work_keeps_its_file_and_its_recovery_until_saved() {
    let directory = tempfile::tempdir().expect("temp dir");
    let recovery = directory.path().join("recovery");
    std::fs::create_dir_all(&recovery).expect("mkdir");
    let original = directory.path().join("plan.ron");
    let mut work = leadflow::templates::design_named("inbound").expect("example");
    std::fs::write(
        &original,
        leadflow::file::design_to_string(&work).expect("writes"),
    )
    .expect("write");
    work.name = "Plan with unsaved changes".to_owned();
    // What a window that crashed left: its work and the file it belonged to, under a process
    // id no system uses.
    leadflow::file::save(&work, &recovery.join("4294967295.ron")).expect("left behind");
    std::fs::write(
        recovery.join("4294967295.path"),
        original.display().to_string(),
    )
    .expect("left behind");

    let app = LeadflowApp::with_preferences(
        OpenDocument::new(
            leadflow::templates::design_named("sales-silo").expect("example"),
            None,
        ),
        Box::new(ScriptedDialogs::default()),
        Preferences::default(),
        Some(RecoveryStore::in_directory(recovery.clone())),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |_creation| app);
    harness.run_steps(3);
    assert!(
        harness.query_by_label_contains("plan.ron").is_some(),
        "names the file"
    );
    harness.get_by_label("Restore").click();
    harness.run_steps(3);
    let state = harness.state();
    assert_eq!(state.design().name, "Plan with unsaved changes");
    assert_eq!(state.document().path.as_deref(), Some(original.as_path()));
    assert!(
        state.document().is_dirty(),
        "the file on disk lacks the work"
    );
    let own = recovery.join(format!("{}.ron", std::process::id()));
    assert!(own.exists(), "kept until the work is saved");
    assert!(!recovery.join("4294967295.ron").exists());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    assert!(!harness.state().document().is_dirty());
    assert!(!own.exists(), "saved: the recovery file goes");
    assert_eq!(
        leadflow::file::load(&original).expect("loads").name,
        "Plan with unsaved changes"
    );
}

#[test]
fn saving_over_a_file_someone_else_changed_asks_first() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("shared.ron");
    let design = leadflow::templates::design_named("inbound").expect("example");
    leadflow::file::save(&design, &path).expect("saves");
    let mut editor = super::driver::editor_with(
        "sales-silo",
        ScriptedDialogs {
            open: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.press(Modifiers::COMMAND, Key::O);
    editor.steps(2);
    assert_eq!(
        editor.harness.state().document().path.as_deref(),
        Some(path.as_path())
    );

    // Another window saves the same file with another name.
    let mut theirs = design.clone();
    theirs.name = "Their version".to_owned();
    leadflow::file::save(&theirs, &path).expect("saves");

    editor.press(Modifiers::COMMAND, Key::S);
    assert!(
        editor
            .harness
            .query_by_label("The file changed on disk")
            .is_some(),
        "asks before replacing their changes"
    );
    assert_eq!(
        leadflow::file::load(&path).expect("loads").name,
        "Their version"
    );

    editor.click_label("Reload");
    assert_eq!(editor.harness.state().design().name, "Their version");

    // Changed again behind its back; this time the user overwrites.
    let mut third = theirs.clone();
    third.name = "A third version".to_owned();
    leadflow::file::save(&third, &path).expect("saves");
    editor.press(Modifiers::COMMAND, Key::S);
    editor.click_label("Overwrite");
    assert_eq!(
        leadflow::file::load(&path).expect("loads").name,
        "Their version"
    );
    assert!(!editor.harness.state().document().is_dirty());

    // Saved here, nobody else touched it: no question.
    editor.press(Modifiers::COMMAND, Key::S);
    assert!(
        editor
            .harness
            .query_by_label("The file changed on disk")
            .is_none()
    );
}

#[test]
fn a_made_design_is_unsaved_work_and_dont_save_discards_its_draft() {
    let directory = tempfile::tempdir().expect("temp dir");
    let recovery = directory.path().join("recovery");
    let store = RecoveryStore::in_directory(recovery.clone());
    let app = LeadflowApp::with_preferences(
        OpenDocument::new(
            leadflow::templates::design_named("inbound").expect("example"),
            None,
        ),
        Box::new(ScriptedDialogs::default()),
        Preferences {
            welcomed: true,
            ..Preferences::default()
        },
        Some(RecoveryStore::in_directory(recovery.clone())),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        .build_eframe(move |_creation| app);
    harness.run_steps(3);
    assert!(
        !harness.state().document().is_dirty(),
        "the example as it starts"
    );

    // A design made from the questions is work of its own: New asks before replacing it.
    harness
        .state_mut()
        .command(leadflow::ui::commands::Command::NewFromQuestions);
    harness.run_steps(3);
    harness.get_by_label("Create design").click_accesskit();
    harness.run_steps(3);
    assert!(harness.state().document().is_dirty(), "made, never saved");
    // What the autosave keeps of it (this window's draft).
    store
        .write(harness.state().design(), None)
        .expect("draft written");
    let drafts = || {
        std::fs::read_dir(&recovery)
            .expect("drafts")
            .flatten()
            .filter(|entry| {
                entry
                    .path()
                    .extension()
                    .is_some_and(|extension| extension == "ron")
            })
            .count()
    };
    assert_eq!(drafts(), 1);

    harness
        .state_mut()
        .command(leadflow::ui::commands::Command::New);
    harness.run_steps(3);
    harness.get_by_label("Flywheel").click_accesskit();
    harness.run_steps(3);
    assert!(
        harness.query_by_label("Save changes?").is_some(),
        "replacing the made design asks first"
    );
    harness.get_by_label("Don't save").click_accesskit();
    harness.run_steps(3);
    assert_eq!(harness.state().design().name, "Flywheel");
    assert_eq!(
        drafts(),
        0,
        "the work answered Don't save is not offered back after a restart"
    );
}
