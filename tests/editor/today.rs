//! Starting from today in the editor: what a stage holds today, a source's season, the start
//! date, each edited as a user does and each one undo step.

use super::driver::editor;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use leadflow::design::StageId;
use leadflow::design::calendar::Date;

#[test]
fn customers_in_the_stage_today_bring_revenue_from_existing_customers_at_once() {
    let mut editor = editor("inbound");
    assert!(
        editor
            .harness
            .query_by_label("From existing customers")
            .is_none()
    );
    editor.click_stage("Stage Customers");
    editor
        .harness
        .get_by_role_and_label(Role::SpinButton, "In this stage today")
        .set_value_accesskit(250.0);
    editor.steps(3);
    let customers = StageId::new("customers");
    let today = editor.harness.state().design().stages[&customers].in_stage_today;
    assert!((today - 250.0).abs() < 1e-9, "{today}");
    let existing = editor
        .harness
        .state_mut()
        .simulation()
        .expect("simulated")
        .summary
        .revenue_existing_customers;
    assert!(existing > 0.0);
    assert!(
        editor
            .harness
            .query_by_label("From existing customers")
            .is_some(),
        "the headline shows what existing customers bring"
    );
    editor.harness.hover_at(egui::pos2(700.0, 450.0));
    editor.press(Modifiers::COMMAND, Key::Z);
    assert!(
        editor.harness.state().design().stages[&customers]
            .in_stage_today
            .abs()
            < 1e-12,
        "one undo step"
    );
}

#[test]
fn dragging_julys_bar_down_gives_the_source_a_season() {
    let mut editor = editor("inbound");
    editor.click_label("Search ads · 15/wk");
    let bar = editor.harness.get_by_label("Season factor for Jul");
    bar.scroll_to_me();
    editor.steps(3);
    let rect = editor.harness.get_by_label("Season factor for Jul").rect();
    // The bars fill the top of the widget, the month's initial sits under them.
    editor.drag(
        rect.center(),
        egui::pos2(rect.center().x, rect.bottom() + 40.0),
    );
    let source =
        &editor.harness.state().design().sources[&leadflow::design::SourceId::new("search-ads")];
    assert_eq!(source.season.len(), 12);
    assert!(source.season[6].abs() < 1e-12, "{:?}", source.season);
    assert!(
        source
            .season
            .iter()
            .enumerate()
            .all(|(month, factor)| month == 6 || (*factor - 1.0).abs() < 1e-12)
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("· seasonal")
            .is_some(),
        "the source's header says it is seasonal"
    );
    // A focused bar steps with the arrow keys.
    editor.harness.get_by_label("Season factor for Aug").focus();
    editor.steps(1);
    editor.press(Modifiers::NONE, Key::ArrowUp);
    let source =
        &editor.harness.state().design().sources[&leadflow::design::SourceId::new("search-ads")];
    assert!(
        (source.season[7] - 1.05).abs() < 1e-9,
        "{:?}",
        source.season
    );
    editor.click_label("Flat");
    let source =
        &editor.harness.state().design().sources[&leadflow::design::SourceId::new("search-ads")];
    assert!(source.season.is_empty());
}

#[test]
fn typing_a_start_date_moves_the_calendar_of_every_figure() {
    let mut editor = editor("inbound");
    let field = editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Starts on");
    field.scroll_to_me();
    editor.steps(2);
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Starts on")
        .focus();
    editor.steps(1);
    editor.press(Modifiers::COMMAND, Key::A);
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Starts on")
        .type_text("2027-03-01");
    editor.steps(3);
    assert_eq!(
        editor.harness.state().design().simulation.start_date,
        Some(Date::constant(2027, 3, 1))
    );
    assert!(
        editor
            .harness
            .query_by_label("Customers by 27 Feb 2028")
            .is_some(),
        "the headline reads in dates"
    );
    // Half a date is not taken.
    editor.press(Modifiers::COMMAND, Key::A);
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, "Starts on")
        .type_text("2027-13");
    editor.steps(3);
    assert!(editor.harness.query_by_label("not a date").is_some());
    assert_eq!(
        editor.harness.state().design().simulation.start_date,
        Some(Date::constant(2027, 3, 1))
    );
}
