//! The minimap: shown once the design is larger than the view, a click on it moves the view
//! there; View → Minimap hides it.

use crate::driver::editor;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;

const MINIMAP: &str = "The whole design: click or drag to look there";

#[test]
fn the_minimap_appears_when_zoomed_in_and_a_click_on_it_moves_the_view() {
    let mut editor = editor("sales-silo");
    assert!(
        editor.harness.query_by_label(MINIMAP).is_none(),
        "the whole design is in view"
    );
    for _ in 0..3 {
        editor.press(Modifiers::COMMAND, Key::Equals);
    }
    editor.steps(3);
    let map = editor.harness.get_by_label(MINIMAP).rect();
    let before = editor.harness.state().view().scene_rect.center();
    // The map's bottom right corner is the design's bottom right: the customers.
    editor.click_at(map.max - egui::vec2(4.0, 4.0), Modifiers::NONE);
    editor.steps(2);
    let after = editor.harness.state().view().scene_rect.center();
    assert!(
        after.y > before.y + 100.0,
        "the view moved down the funnel: {before:?} → {after:?}"
    );

    editor.open_menu("View");
    editor.click_label("Minimap");
    editor.steps(2);
    assert!(editor.harness.query_by_label(MINIMAP).is_none());
}
