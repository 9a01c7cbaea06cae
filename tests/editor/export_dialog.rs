//! File → Export image… and Edit → Copy as image, as a user uses them.

use super::driver::{editor, editor_with};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use leadflow::ui::file_dialogs::ScriptedDialogs;

#[test]
fn export_image_writes_the_chosen_format_carrying_the_design() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("slide.svg");
    let mut editor = editor_with(
        "sales-silo",
        ScriptedDialogs {
            export: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.press(Modifiers::COMMAND, Key::E);
    assert!(editor.harness.query_by_label("Export image").is_some());
    assert!(
        editor
            .harness
            .query_by_label("3840 × 2160 pixels")
            .is_some()
    );
    editor.click_label("SVG vector image");
    assert!(
        editor
            .harness
            .query_by_label("Vectors: sharp at any size")
            .is_some()
    );
    editor.click_label("Export…");
    assert!(
        editor.harness.query_by_label("Export image").is_none(),
        "the dialog closes after exporting"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains(&format!("written to {}", path.display()))
            .is_some(),
        "the status bar says what was written where"
    );
    let svg = std::fs::read_to_string(&path).expect("exported");
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains(">Nurture silo</text>"));
    let opened = leadflow::file::load(&path).expect("opens as a design");
    assert_eq!(&opened, editor.harness.state().design());
}

#[test]
fn a_failed_export_says_why_over_the_dialog_which_stays_open_to_try_again() {
    let directory = tempfile::tempdir().expect("temp dir");
    let unwritable = directory.path().join("no such folder").join("slide.png");
    let mut editor = editor_with(
        "sales-silo",
        ScriptedDialogs {
            export: vec![unwritable.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.press(Modifiers::COMMAND, Key::E);
    editor.click_label("Export…");
    assert!(
        editor
            .harness
            .query_by_label("Something went wrong")
            .is_some(),
        "the error is shown"
    );
    editor.click_label("OK");
    assert!(
        editor
            .harness
            .query_by_label("Something went wrong")
            .is_none()
    );
    assert!(
        editor.harness.query_by_label("Export image").is_some(),
        "the export dialog is back, to choose another place"
    );
    assert!(!unwritable.exists());
    editor.click_label("Cancel");
    assert!(editor.harness.state().dialog().is_none());
}

#[test]
fn cancelling_the_export_writes_nothing_and_leaves_the_design_alone() {
    let mut editor = editor("sales-silo");
    let before = editor.harness.state().design().clone();
    editor.open_menu("File");
    editor
        .harness
        .get_by_label_contains("Export image…")
        .click();
    editor.steps(3);
    assert!(editor.harness.query_by_label("Export image").is_some());
    editor.click_label("Dark");
    editor.click_label("Cancel");
    assert!(editor.harness.query_by_label("Export image").is_none());
    assert_eq!(editor.harness.state().design(), &before);
}

#[test]
fn copy_as_image_puts_a_picture_on_the_clipboard() {
    let mut editor = editor("sales-silo");
    // The key goes straight into the next frame's input, so that frame's output can be read.
    let modifiers = Modifiers::COMMAND | Modifiers::SHIFT;
    let input = editor.harness.input_mut();
    input.events.push(egui::Event::ModifiersChanged(modifiers));
    input.events.push(egui::Event::Key {
        key: Key::C,
        pressed: true,
        modifiers,
        repeat: false,
        physical_key: None,
    });
    editor.harness.step();
    let copied = editor
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyImage(image) => Some(image.size),
            _ => None,
        });
    // The default export is a slide at 2×.
    assert_eq!(copied, Some([3840, 2160]));
}

#[test]
fn export_writes_a_powerpoint_deck_that_opens_again_as_the_design() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("deck.pptx");
    let mut editor = editor_with(
        "sales-silo",
        ScriptedDialogs {
            export: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.press(Modifiers::COMMAND, Key::E);
    editor.click_label("PowerPoint deck");
    assert!(
        editor
            .harness
            .query_by_label("Export a PowerPoint deck")
            .is_some(),
        "the heading says what is exported"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("to edit in PowerPoint")
            .is_some(),
        "the dialog says what a deck holds"
    );
    assert!(
        editor.harness.query_by_label("Transparent").is_none(),
        "a deck has no transparent background to choose"
    );
    editor.click_label("Export…");
    assert!(
        editor
            .harness
            .query_by_label_contains(&format!("written to {}", path.display()))
            .is_some(),
        "the status bar says what was written where"
    );
    let bytes = std::fs::read(&path).expect("exported");
    assert!(bytes.starts_with(b"PK"), "a ZIP package");
    let opened = leadflow::file::load(&path).expect("opens as a design");
    assert_eq!(&opened, editor.harness.state().design());
}

#[test]
fn export_writes_a_report_of_a4_pages_when_the_pdf_is_a_report() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("report.pdf");
    let mut editor = editor_with(
        "growth-plan",
        ScriptedDialogs {
            export: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.press(Modifiers::COMMAND, Key::E);
    assert!(
        editor.harness.query_by_label("Report (A4 pages)").is_none(),
        "only a PDF can be a report"
    );
    editor.click_label("PDF document");
    editor.click_label("Report (A4 pages)");
    assert!(
        editor.harness.query_by_label("Export a report").is_some(),
        "the heading says what is exported"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("The preview shows the first page")
            .is_some(),
        "the dialog says what a report holds"
    );
    editor.click_label("Export…");
    let bytes = std::fs::read(&path).expect("exported");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    assert!(
        text.matches("/MediaBox [0 0 595 842]").count() >= 3,
        "several A4 pages"
    );
}

#[test]
fn export_writes_the_flow_in_motion_as_a_looping_gif() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("flow.gif");
    let mut editor = editor_with(
        "inbound",
        ScriptedDialogs {
            export: vec![path.clone()],
            ..ScriptedDialogs::default()
        },
    );
    editor.press(Modifiers::COMMAND, Key::E);
    editor.click_label("GIF animation");
    assert!(
        editor
            .harness
            .query_by_label("Export the flow in motion")
            .is_some(),
        "the heading says what is exported"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("960 × 540 pixels")
            .is_some(),
        "the dialog says how large the animation is"
    );
    assert!(
        editor.harness.query_by_label("Transparent").is_none(),
        "an animation has no transparent background to choose"
    );
    editor.click_label("5");
    editor.click_label("Export…");
    let bytes = std::fs::read(&path).expect("exported");
    assert!(bytes.starts_with(b"GIF89a"));
    let frames = gif::DecodeOptions::new()
        .read_info(bytes.as_slice())
        .expect("a GIF")
        .into_iter()
        .count();
    assert_eq!(frames, 50, "ten seconds at five frames a second");
}
