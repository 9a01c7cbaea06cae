//! The funnel drawn as a funnel: steps narrow with the leads they carry; equal widths are a
//! choice in the design's inspector, undone like any edit.

use crate::driver::editor;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

fn width(editor: &crate::driver::Editor, stage: &str) -> f32 {
    editor.harness.get_by_label(stage).rect().width()
}

#[test]
fn funnel_steps_narrow_with_their_leads_and_can_be_drawn_equal() {
    let mut editor = editor("classic-funnel");
    let (top, bottom) = (
        width(&editor, "Stage Awareness"),
        width(&editor, "Stage Conversion"),
    );
    assert!(top > bottom + 40.0, "a funnel: {top} over {bottom}");

    let combo = editor
        .harness
        .get_all_by_role(egui::accesskit::Role::ComboBox)
        .find(|node| node.value().as_deref() == Some("Follow the leads"))
        .expect("the funnel widths choice")
        .rect()
        .center();
    editor.click_at(combo, Modifiers::NONE);
    let equal = editor
        .harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Equal")
        .rect()
        .center();
    editor.click_at(equal, Modifiers::NONE);
    editor.steps(3);
    assert!((width(&editor, "Stage Awareness") - width(&editor, "Stage Conversion")).abs() < 0.5);
    let saved = leadflow::file::design_to_string(editor.harness.state().design()).expect("ron");
    assert!(saved.contains("funnel_widths: Equal"), "kept in the file");

    editor.press(Modifiers::COMMAND, Key::Z);
    editor.steps(3);
    assert!(width(&editor, "Stage Awareness") > width(&editor, "Stage Conversion") + 40.0);
}
