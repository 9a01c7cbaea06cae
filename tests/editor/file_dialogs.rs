//! Every file action works without a system dialog: where the system has none, Leadflow shows
//! its own; the system's dialog is waited for on its own thread while the window paints.

use crate::driver::editor_with;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use leadflow::ui::file_dialogs::system::SystemDialogs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// Dialogs on a computer with no desktop portal and no zenity: rfd gives nothing back at once.
fn no_system_dialog(home: &Path) -> SystemDialogs {
    SystemDialogs::with_picker(Arc::new(|_question| None), home.to_path_buf())
}

#[test]
fn with_no_system_dialog_saving_a_new_design_shows_leadflows_own_and_saves() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut editor = editor_with("inbound", no_system_dialog(folder.path()));
    editor.click_stage("Stage Close");
    editor.press(Modifiers::COMMAND, Key::S);
    editor.steps(3);
    // It says why it is not the system's dialog, and offers a file name.
    assert!(
        editor
            .harness
            .query_by_label_contains("no file dialog of its own")
            .is_some()
    );
    // The editor beneath takes no clicks while the dialog is open: a click on the empty
    // canvas beside it does not clear the selection.
    assert_eq!(editor.harness.state().view().selection.stages.len(), 1);
    editor.click_at(egui::pos2(250.0, 300.0), Modifiers::NONE);
    assert_eq!(editor.harness.state().view().selection.stages.len(), 1);
    editor.click_label("Save");
    let saved = folder.path().join("inbound-sales.ron");
    let app = editor.harness.state();
    assert_eq!(app.document().path.as_deref(), Some(saved.as_path()));
    assert!(!app.document().is_dirty());
    let reloaded = leadflow::file::load(&saved).expect("the saved design loads");
    assert_eq!(reloaded.name, app.design().name);
}

#[test]
fn saving_over_an_existing_file_in_leadflows_dialog_asks_first() {
    let folder = tempfile::tempdir().expect("temp dir");
    let existing = folder.path().join("inbound-sales.ron");
    std::fs::write(&existing, "kept").expect("write");
    let mut editor = editor_with("inbound", no_system_dialog(folder.path()));
    editor.press(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    editor.steps(3);
    editor.click_label("Save");
    assert!(
        editor
            .harness
            .query_by_label_contains("already exists")
            .is_some()
    );
    editor.click_label("Cancel");
    // Back in the dialog; the file is untouched.
    assert_eq!(std::fs::read_to_string(&existing).expect("read"), "kept");
    assert!(editor.harness.query_by_label("Save").is_some());
    editor.click_label("Save");
    editor.click_label("Replace");
    assert!(leadflow::file::load(&existing).is_ok());
    assert_eq!(
        editor.harness.state().document().path.as_deref(),
        Some(existing.as_path())
    );
}

#[test]
fn leadflows_own_dialog_opens_a_design_chosen_from_its_list() {
    let folder = tempfile::tempdir().expect("temp dir");
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/examples");
    std::fs::copy(
        examples.join("team-selling.ron"),
        folder.path().join("team-selling.ron"),
    )
    .expect("copy");
    std::fs::write(folder.path().join("notes.txt"), "not a design").expect("write");
    let mut editor = editor_with("inbound", no_system_dialog(folder.path()));
    // Chosen as the user's preference this time: View → Leadflow's own file dialog.
    editor.open_menu("View");
    editor.click_label("Leadflow's own file dialog");
    editor.press(Modifiers::COMMAND, Key::O);
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label_contains("no file dialog of its own")
            .is_none(),
        "chosen, so no excuse is needed"
    );
    // Only what Leadflow can open is listed.
    assert!(
        editor
            .harness
            .query_by_label_contains("notes.txt")
            .is_none()
    );
    let listed = editor
        .harness
        .get_by_label_contains("team-selling.ron")
        .rect()
        .center();
    editor.click_at(listed, Modifiers::NONE);
    editor.click_label("Open");
    let app = editor.harness.state();
    assert_eq!(app.design().name, "Team selling");
    assert_eq!(
        app.document().path.as_deref(),
        Some(folder.path().join("team-selling.ron").as_path())
    );
}

#[test]
fn the_window_keeps_painting_while_the_system_dialog_is_open() {
    let folder = tempfile::tempdir().expect("temp dir");
    let chosen = folder.path().join("chosen.ron");
    let answer = chosen.clone();
    let (release, released) = std::sync::mpsc::channel::<()>();
    let released = std::sync::Mutex::new(released);
    // The "system dialog" stays open until the test lets it answer.
    let dialogs = SystemDialogs::with_picker(
        Arc::new(move |_question| {
            let _ = released
                .lock()
                .expect("lock")
                .recv_timeout(Duration::from_secs(10));
            Some(answer.clone())
        }),
        folder.path().to_path_buf(),
    );
    let mut editor = editor_with("inbound", dialogs);
    editor.press(Modifiers::COMMAND, Key::S);
    // Frames go on while the dialog is open: the window is not frozen.
    editor.steps(10);
    assert!(editor.harness.state().document().path.is_none());
    release.send(()).expect("the dialog waits");
    for _ in 0..200 {
        editor.steps(1);
        if editor.harness.state().document().path.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(
        editor.harness.state().document().path.as_deref(),
        Some(chosen.as_path())
    );
    assert!(chosen.exists());
}
