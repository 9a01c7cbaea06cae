//! The window in the user's language: chosen in View → Language, applied at once, remembered.

use crate::driver::editor;
use egui_kittest::kittest::Queryable;
use leadflow::i18n::Language;

#[test]
fn choosing_swedish_in_the_view_menu_speaks_swedish_at_once_and_is_remembered() {
    let mut editor = editor("sales-silo");
    assert!(editor.harness.query_by_label("Arkiv").is_none());
    editor.open_menu("View");
    editor.open_menu("Language");
    editor.click_label("Svenska");
    editor.steps(3);
    assert_eq!(
        editor.harness.state().settings().language,
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
            .query_by_label_contains("0 fel, 0 varningar")
            .is_some(),
        "the status bar counts in Swedish"
    );
    editor.open_menu("Arkiv");
    assert!(
        editor
            .harness
            .query_by_label_contains("Spara som…")
            .is_some()
    );
}
