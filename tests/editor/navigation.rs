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

#[test]
fn escape_during_a_drag_puts_the_stage_back_and_records_nothing() {
    let mut editor = editor("inbound");
    let present = leadflow::design::StageId::new("present");
    let start = editor.harness.state().design().stages[&present].position;
    let from = editor.stage_center("Stage Present");
    let to = from + egui::vec2(200.0, 30.0);
    editor.harness.hover_at(from);
    editor.steps(1);
    editor.harness.drag_at(from);
    editor.steps(1);
    for step in 1..=4 {
        editor
            .harness
            .hover_at(from + (to - from) * (step as f32 / 4.0));
        editor.steps(1);
    }
    assert_ne!(
        editor.harness.state().design().stages[&present].position,
        start
    );
    editor.harness.key_press(Key::Escape);
    editor.steps(1);
    editor.harness.hover_at(to + egui::vec2(30.0, 0.0));
    editor.steps(1);
    editor.harness.drop_at(to + egui::vec2(30.0, 0.0));
    editor.steps(3);
    assert_eq!(
        editor.harness.state().design().stages[&present].position,
        start,
        "back where it started, not a grid step off"
    );
    assert_eq!(
        editor.harness.state().document().history.undo_label(),
        None,
        "no undo step"
    );
}

#[test]
fn the_status_bar_lists_the_findings_and_a_click_selects_the_stage() {
    let mut editor = editor("inbound");
    editor.click_stage("Stage Present");
    editor.press(Modifiers::NONE, Key::Delete);
    editor.steps(3);
    editor.harness.get_by_label_contains("1 error,").click();
    editor.steps(3);
    assert!(editor.harness.query_by_label("Findings").is_some());
    let finding = editor
        .harness
        .state()
        .findings()
        .iter()
        .find(|finding| finding.severity == leadflow::design::validate::Severity::Error)
        .cloned()
        .expect("an error");
    let leadflow::design::validate::Subject::Stage(stage_id) = finding.subject.clone() else {
        panic!("a stage's error: {finding:?}");
    };
    editor.click_label(&finding.words(leadflow::i18n::Language::English));
    let selection = &editor.harness.state().view().selection;
    assert_eq!(
        selection.stages.iter().collect::<Vec<_>>(),
        vec![&stage_id],
        "the stage the error is about is selected"
    );
}

#[test]
fn nurture_pools_are_plotted_apart_from_the_working_stages() {
    let mut silo = editor("sales-silo");
    assert!(silo.harness.query_by_label("In nurture").is_some());
    silo.click_label("In nurture");
    assert_eq!(
        silo.harness.state().preferences().plot_tab,
        leadflow::ui::view::PlotTab::NurturePools
    );
    let inbound = editor("inbound");
    assert!(
        inbound.harness.query_by_label("In nurture").is_none(),
        "no pool, no tab"
    );
}

#[test]
fn the_first_start_offers_where_to_begin_once() {
    let mut editor = super::driver::editor("sales-silo");
    editor.harness.state_mut().offer_welcome();
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("Welcome to Leadflow")
            .is_some()
    );
    editor.click_label("Choose a starting design");
    assert!(
        editor
            .harness
            .query_by_label("New design from a template")
            .is_some(),
        "the choice is carried out"
    );
    assert!(editor.harness.state().preferences().welcomed);
    editor.click_label("Cancel");
    editor.harness.state_mut().offer_welcome();
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("Welcome to Leadflow")
            .is_none(),
        "never again once answered"
    );

    let mut dismissed = super::driver::editor("sales-silo");
    dismissed.harness.state_mut().offer_welcome();
    dismissed.steps(3);
    dismissed.press(egui::Modifiers::NONE, egui::Key::Escape);
    assert!(
        dismissed
            .harness
            .query_by_label("Welcome to Leadflow")
            .is_none()
    );
    assert!(
        dismissed.harness.state().preferences().welcomed,
        "dismissing counts as an answer"
    );
}

#[test]
fn the_command_palette_runs_a_command_or_selects_a_stage_by_name() {
    use egui::accesskit::Role;
    let mut editor = super::driver::editor("sales-silo");
    let type_query = |editor: &mut super::driver::Editor, text: &str| {
        editor.press(egui::Modifiers::COMMAND, egui::Key::K);
        editor.steps(2);
        editor
            .harness
            .get_by_role_and_label(Role::TextInput, "Find a command or a stage")
            .type_text(text);
        editor.steps(2);
        editor.press(egui::Modifiers::NONE, egui::Key::Enter);
        editor.steps(3);
    };
    type_query(&mut editor, "qualif");
    assert_eq!(
        editor.harness.state().view().selection.stages,
        [leadflow::design::StageId::new("qualify")].into(),
        "a stage found by name is selected"
    );
    type_query(&mut editor, "goal");
    assert!(
        editor
            .harness
            .query_by_label_contains("Goal seek")
            .is_some(),
        "the command found is run"
    );
}

#[test]
fn escape_in_a_wizard_field_leaves_the_field_not_the_wizard() {
    let mut editor = editor("sales-silo");
    editor
        .harness
        .state_mut()
        .command(leadflow::ui::commands::Command::NewFromQuestions);
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("New design from four questions")
            .is_some()
    );
    // The wizard's name field (the inspector's fields lie beneath the dialog).
    let wizard_name = |node: &egui_kittest::Node<'_>| {
        egui_kittest::kittest::NodeT::accesskit_node(node)
            .value()
            .is_some_and(|value| value.starts_with("Our sales process"))
    };
    editor
        .harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(wizard_name)
        .expect("the name field")
        .focus();
    editor.steps(2);
    editor
        .harness
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .find(wizard_name)
        .expect("the name field")
        .type_text(" AB");
    editor.steps(2);
    let typed = |editor: &super::driver::Editor| {
        editor
            .harness
            .get_all_by_role(egui::accesskit::Role::TextInput)
            .find(|node| wizard_name(node))
            .and_then(|node| egui_kittest::kittest::NodeT::accesskit_node(&node).value())
            .unwrap_or_default()
    };
    assert!(typed(&editor).ends_with(" AB"), "typed: {}", typed(&editor));
    editor.press(Modifiers::NONE, Key::Escape);
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("New design from four questions")
            .is_some(),
        "the wizard stays open with its answers"
    );
    assert!(typed(&editor).ends_with(" AB"), "the name is kept");
    // Escape again, outside any field, closes it.
    editor.press(Modifiers::NONE, Key::Escape);
    editor.steps(3);
    assert!(editor.harness.state().dialog().is_none());
}

#[test]
fn one_list_of_findings_the_advice_is_counted_listed_and_marked() {
    let mut editor = editor("sales-silo");
    editor.steps(3);
    let validation = editor.harness.state().findings().len();
    assert_eq!(validation, 0, "sales-silo validates cleanly");
    // Its advice (people who cannot keep up) is counted with the warnings.
    let counted = editor
        .harness
        .query_by_label_contains("0 errors, ")
        .and_then(|node| egui_kittest::kittest::NodeT::accesskit_node(&node).label())
        .expect("the count");
    assert_ne!(counted, "0 errors, 0 warnings");
    editor.harness.get_by_label_contains("0 errors,").click();
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label_contains("people cannot keep up")
            .is_some(),
        "the list shows the advice"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("Nothing to report")
            .is_none()
    );
}

#[test]
fn leads_growing_without_bound_are_counted_and_listed_with_the_warnings() {
    let mut design = leadflow::templates::design_named("sales-silo").expect("example");
    for stage in design.stages.values_mut() {
        // Nobody waits for a person, and every customer brings two hundred new leads a year
        // into Qualify over the six years it stays: the loop feeds more than it loses.
        stage.roles.clear();
        if let leadflow::design::StageKind::Customer(customers) = &mut stage.kind {
            customers.referrals_per_customer_per_year = 200.0;
            customers.churn_per_year = 0.15;
        }
    }
    let mut editor = super::driver::editor_on(
        design,
        leadflow::ui::file_dialogs::ScriptedDialogs::default(),
        leadflow::i18n::Language::English,
    );
    editor.steps(3);
    assert!(
        editor
            .harness
            .state_mut()
            .simulation()
            .is_some_and(|result| result.summary.runaway_growth),
        "the design runs away"
    );
    let found = editor
        .harness
        .state_mut()
        .runaway_loop()
        .cloned()
        .expect("the design runs away, and the loop is found");
    let gain = found.gain.expect("customers leave");
    editor.steps(3);
    // The loop is named round from the customers, with what it gives back per lead.
    let words = format!(
        "Leads grow without bound: the loop Customers → Qualify → Present → Close → \
         Customers gives back {} leads for each lead that goes round",
        leadflow::i18n::format::number_in(leadflow::i18n::Language::English, gain, 1)
    );
    let said = |editor: &super::driver::Editor| editor.harness.query_all_by_label(&words).count();
    let in_the_plot = said(&editor);
    assert_eq!(in_the_plot, 1, "the plot says {words:?}");
    // In a small window it is on screen, not at the end of the figures' row scrolled away.
    editor.harness.set_size(egui::vec2(1024.0, 700.0));
    editor.steps(3);
    let shown = editor.harness.get_by_label(&words).rect();
    assert!(
        shown.max.x <= 1024.0 && shown.max.y <= 700.0,
        "at 1024×700 the warning is at {shown:?}"
    );
    editor.harness.get_by_label_contains("0 errors,").click();
    editor.steps(3);
    assert_eq!(
        said(&editor),
        in_the_plot + 1,
        "the list above the status bar says so, not only the plot"
    );
}

#[test]
fn about_names_the_version_and_the_licences_of_the_fonts_and_crates() {
    let mut editor = editor("inbound");
    editor
        .harness
        .state_mut()
        .command(leadflow::ui::commands::Command::About);
    editor.steps(3);
    let version = format!("Version {}", env!("CARGO_PKG_VERSION"));
    assert!(editor.harness.query_by_label(&version).is_some());
    assert!(
        editor
            .harness
            .query_by_label("Ubuntu Font Licence 1.0")
            .is_some()
    );
    let count = leadflow::ui::dialogs::about::crate_count();
    assert!(count > 100, "{count} crates");
    assert!(
        editor
            .harness
            .query_by_label_contains("open-source crates")
            .is_some()
    );
    editor
        .harness
        .get_by_label("The crates and their licences")
        .click();
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label_contains("egui 0.37.0")
            .is_some(),
        "the list shows egui"
    );
}

#[test]
fn while_monte_carlo_works_the_expected_values_show_its_progress_is_shown_and_it_can_be_stopped() {
    let mut design = leadflow::templates::design_named("sales-silo").expect("example");
    // Minutes of runs in a debug build.
    design.simulation.mode = leadflow::design::SimulationMode::MonteCarlo;
    design.simulation.runs = 50_000;
    design.simulation.horizon_weeks = 520;
    let mut editor = super::driver::editor_on(
        design,
        leadflow::ui::file_dialogs::ScriptedDialogs::default(),
        leadflow::i18n::Language::English,
    );
    editor.steps(3);
    let shown = |editor: &super::driver::Editor| {
        editor
            .harness
            .state()
            .shown_simulation()
            .map(|result| (result.mode, result.weeks))
    };
    assert_eq!(
        shown(&editor),
        Some((leadflow::design::SimulationMode::Expected, 520)),
        "the design's expected values, not an empty plot"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("Monte Carlo ")
            .is_some(),
        "the status bar says how far the runs have come"
    );
    editor.click_label("Stop");
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("Monte Carlo stopped: expected values shown")
            .is_some()
    );
    assert!(editor.harness.query_by_label("Stop").is_none());
    assert_eq!(
        shown(&editor),
        Some((leadflow::design::SimulationMode::Expected, 520))
    );
}
