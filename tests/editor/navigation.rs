//! Finding one's way: Space + drag pans the canvas, the status bar counts in words.

use super::driver::editor;
use egui::{Event, Key, Modifiers, Pos2};
use egui_kittest::kittest::Queryable;

#[test]
fn space_and_drag_pans_the_canvas_instead_of_selecting() {
    let mut editor = editor("inbound");
    let before = editor.harness.state().view().scene_rect;
    let space = |pressed| Event::Key {
        key: Key::Space,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::NONE,
    };
    editor.harness.event(space(true));
    editor.steps(1);
    editor.drag(Pos2::new(260.0, 140.0), Pos2::new(460.0, 240.0));
    editor.harness.event(space(false));
    editor.steps(2);
    let after = editor.harness.state().view().scene_rect;
    let moved = after.center() - before.center();
    assert!(
        moved.x < -50.0 && moved.y < -20.0,
        "the view follows the hand: {before:?} -> {after:?}"
    );
    assert!(
        editor.harness.state().view().selection.is_empty(),
        "no box selection"
    );
}

#[test]
fn the_status_bar_counts_in_words() {
    let mut editor = editor("inbound");
    editor.click_stage("Stage Present");
    editor.press(Modifiers::NONE, Key::Delete);
    editor.steps(3);
    assert!(
        editor.harness.query_by_label_contains("1 error,").is_some(),
        "one error, not 1 errors"
    );
}
