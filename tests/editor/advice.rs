//! "Where to improve" as a leader uses it: the tab ranks the levers and follows edits.

use super::driver::editor;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

#[test]
fn the_levers_tab_ranks_what_would_help_most_and_follows_edits() {
    let mut editor = editor("sales-silo");
    editor.click_label("Where to improve");
    assert!(
        editor
            .harness
            .query_by_label("Close: +10 % conversion")
            .is_some()
    );
    // After taking Close away, its lever is gone; undo brings it back.
    let close = editor.stage_center("Stage Close");
    editor.click_at(close, Modifiers::NONE);
    editor.press(Modifiers::NONE, Key::Delete);
    assert!(
        editor
            .harness
            .query_by_label("Close: +10 % conversion")
            .is_none()
    );
    editor.press(Modifiers::COMMAND, Key::Z);
    assert!(
        editor
            .harness
            .query_by_label("Close: +10 % conversion")
            .is_some()
    );
}
