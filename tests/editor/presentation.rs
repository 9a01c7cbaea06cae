//! Presentation mode as a presenter uses it: F5, stepping with the arrow keys, a what-if
//! slider, Escape; the design is untouched unless the changes are kept.

use super::driver::editor;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use leadflow::design::StageId;

fn shows(editor: &super::driver::Editor, label: &str) -> bool {
    editor.harness.query_all_by_label(label).next().is_some()
}

fn conversion_of(editor: &super::driver::Editor, stage: &str) -> f64 {
    editor.harness.state().design().stages[&StageId::new(stage)].conversion
}

/// Drags the first slider on screen (the what-if conversion) to its right end.
fn slide_conversion_to_the_top(editor: &mut super::driver::Editor) {
    let slider = editor
        .harness
        .get_all_by_role(egui::accesskit::Role::Slider)
        .map(|node| node.rect())
        .find(|rect| rect.top() < 800.0)
        .expect("a what-if slider");
    editor.drag(
        slider.center(),
        slider.right_center() + egui::vec2(40.0, 0.0),
    );
}

#[test]
fn f5_presents_the_process_and_escape_returns_to_the_editor() {
    let mut editor = editor("sales-silo");
    let before = editor.harness.state().design().clone();
    editor.press(Modifiers::NONE, Key::F5);
    assert!(editor.harness.state().presentation().is_some());
    assert!(shows(&editor, "Overview"));
    // The editing chrome is gone.
    assert!(!shows(&editor, "Funnel step"));

    editor.press(Modifiers::NONE, Key::ArrowRight);
    assert!(shows(&editor, "Stage 1 of 6"));
    assert!(shows(&editor, "Capture"));
    editor.press(Modifiers::NONE, Key::ArrowRight);
    editor.press(Modifiers::NONE, Key::ArrowRight);
    assert!(shows(&editor, "Stage 3 of 6"));
    editor.press(Modifiers::NONE, Key::ArrowLeft);
    assert!(shows(&editor, "Stage 2 of 6"));

    editor.press(Modifiers::NONE, Key::Escape);
    assert!(editor.harness.state().presentation().is_none());
    assert!(shows(&editor, "Funnel step"));
    assert_eq!(editor.harness.state().design(), &before);
}

#[test]
fn a_what_if_slider_changes_the_figures_but_not_the_design() {
    let mut editor = editor("sales-silo");
    let before = editor.harness.state().design().clone();
    editor.press(Modifiers::NONE, Key::F5);
    for _ in 0..3 {
        editor.press(Modifiers::NONE, Key::ArrowRight);
    }
    assert!(shows(&editor, "Conversion at Present"));
    assert!(editor.harness.query_by_label_contains(": 216").is_some());
    slide_conversion_to_the_top(&mut editor);
    let presentation = editor.harness.state().presentation().expect("presenting");
    let what_if = &presentation.what_if.stages[&StageId::new("present")];
    assert!(what_if.conversion > 0.9, "{}", what_if.conversion);
    let after = presentation.result.summary.customers_at_horizon;
    assert!(after > 216.5, "{after}");
    assert!(
        editor
            .harness
            .query_by_label_contains(&format!("216 → {after:.0}"))
            .is_some()
    );
    // The design itself is untouched, and stays so after leaving.
    assert!((conversion_of(&editor, "present") - 0.5).abs() < 1e-9);
    editor.press(Modifiers::NONE, Key::Escape);
    assert_eq!(editor.harness.state().design(), &before);
}

#[test]
fn presenting_changes_no_figure_until_a_slider_is_moved() {
    let mut design = leadflow::templates::design_named("sales-silo").expect("example");
    // Figures as a calibration leaves them: not on any slider's step.
    let present = design
        .stages
        .get_mut(&StageId::new("present"))
        .expect("Present");
    present.conversion = 0.443;
    if let Some(staffing) = present.roles.first_mut() {
        staffing.headcount = 2.3;
    }
    let mut editor = super::driver::editor_on(
        design,
        leadflow::ui::file_dialogs::ScriptedDialogs::default(),
        leadflow::i18n::Language::English,
    );
    editor.press(Modifiers::NONE, Key::F5);
    for _ in 0..3 {
        editor.press(Modifiers::NONE, Key::ArrowRight);
    }
    assert!(shows(&editor, "Conversion at Present"));
    editor.steps(5);
    let presentation = editor.harness.state().presentation().expect("presenting");
    assert!(
        !presentation.changed(),
        "nothing changed before the presenter moved a slider: {:?}",
        presentation.what_if.stages[&StageId::new("present")].conversion
    );
    assert_eq!(
        presentation.result.summary.customers_at_horizon.to_bits(),
        presentation.baseline.summary.customers_at_horizon.to_bits()
    );
    // The sliders show the figures as they are, not rounded to a step.
    let shown: Vec<f64> = editor
        .harness
        .get_all_by_role(egui::accesskit::Role::Slider)
        .filter_map(|node| egui_kittest::kittest::NodeT::accesskit_node(&node).numeric_value())
        .collect();
    assert!(shown.contains(&44.3), "{shown:?}");
    assert!(shown.contains(&2.3), "{shown:?}");
}

#[test]
fn in_monte_carlo_the_presentation_shows_the_editors_figures() {
    let mut design = leadflow::templates::design_named("sales-silo").expect("example");
    design.simulation.mode = leadflow::design::SimulationMode::MonteCarlo;
    design.simulation.runs = 40;
    let mut editor = super::driver::editor_on(
        design,
        leadflow::ui::file_dialogs::ScriptedDialogs::default(),
        leadflow::i18n::Language::English,
    );
    let in_editor = editor
        .harness
        .state_mut()
        .simulation()
        .expect("simulated")
        .summary
        .clone();
    editor.press(Modifiers::NONE, Key::F5);
    let presentation = editor.harness.state().presentation().expect("presenting");
    assert_eq!(
        presentation.baseline.summary.customers_at_horizon.to_bits(),
        in_editor.customers_at_horizon.to_bits()
    );
    assert_eq!(
        presentation.baseline.summary.customers_at_horizon_band,
        in_editor.customers_at_horizon_band,
        "the same statistic, with the same band"
    );
}

#[test]
fn keeping_the_what_if_changes_is_one_undoable_edit() {
    let mut editor = editor("sales-silo");
    editor.press(Modifiers::NONE, Key::F5);
    for _ in 0..3 {
        editor.press(Modifiers::NONE, Key::ArrowRight);
    }
    slide_conversion_to_the_top(&mut editor);
    editor.click_label("Keep changes in the design");
    assert!(editor.harness.state().presentation().is_none());
    assert!(conversion_of(&editor, "present") > 0.9);
    editor.press(Modifiers::COMMAND, Key::Z);
    assert!((conversion_of(&editor, "present") - 0.5).abs() < 1e-9);
}

#[test]
fn play_moves_the_week_on_frame_after_frame() {
    let mut editor = editor("sales-silo");
    editor.press(Modifiers::NONE, Key::F5);
    editor.click_label("Play");
    let week = |editor: &super::driver::Editor| {
        editor
            .harness
            .state()
            .presentation()
            .expect("presenting")
            .week
    };
    let started = week(&editor);
    assert!(started < 1.0, "playing from the end starts again at week 1");
    // A second of frames: the horizon plays in 20 s, so about two and a half weeks.
    editor.steps(60);
    let later = week(&editor);
    assert!(later > started + 1.5, "{started} -> {later}");
    assert!(
        editor
            .harness
            .state()
            .presentation()
            .expect("presenting")
            .playing,
        "still playing"
    );
    assert!(shows(&editor, "Pause"));
}

#[test]
fn in_a_1024_pixel_window_the_week_and_the_keys_hint_do_not_run_into_each_other() {
    let mut editor = super::driver::editor_speaking_at(
        "inbound",
        leadflow::i18n::Language::Swedish,
        1024.0,
        700.0,
    );
    editor.press(Modifiers::NONE, Key::F5);
    editor.steps(4);
    let week = editor.harness.get_by_label_contains("Vecka 52").rect();
    if let Some(keys) = editor.harness.query_by_label_contains("spela upp · Esc") {
        let keys = keys.rect();
        assert!(
            week.max.x <= keys.min.x,
            "the week {week:?} runs into the keys' hint {keys:?}"
        );
    }
    assert!(week.max.x <= 1024.0, "the week ends at {:.0}", week.max.x);
}
