//! The plan over time in the editor: moves added from the inspector, on the timeline, dragged
//! along time, switched off; the year month by month.

use crate::driver::{editor, editor_with};
use egui::{Modifiers, vec2};
use egui_kittest::kittest::Queryable;
use leadflow::design::plan::{Change, Figure};
use leadflow::ui::file_dialogs::ScriptedDialogs;

fn bar_centre(editor: &crate::driver::Editor, name: &str) -> egui::Pos2 {
    editor
        .harness
        .get_by_role_and_label(egui::accesskit::Role::Button, name)
        .rect()
        .center()
}

#[test]
fn a_move_added_from_the_inspector_appears_on_the_timeline_and_can_be_undone() {
    let mut editor = editor("inbound");
    assert!(editor.harness.state().design().plan.is_empty());
    editor.click_stage("Stage Qualify");
    editor.click_label("Change from a date…");
    editor.click_label("Conversion of Qualify");
    let design = editor.harness.state().design();
    assert_eq!(design.plan.len(), 1);
    let added = &design.plan[0];
    assert_eq!(added.figure, Figure::Conversion("qualify".into()));
    // To the value it has: nothing changes until the person says how.
    assert_eq!(added.change, Change::To(0.35));
    assert_eq!(editor.harness.state().view().selection.plan_move, Some(0));
    // The inspector edits it, and the timeline shows it by name.
    assert!(editor.harness.query_by_label("Full effect after").is_some());
    let name = "Change to conversion of Qualify";
    assert!(
        editor
            .harness
            .query_by_role_and_label(egui::accesskit::Role::Button, name)
            .is_some(),
        "the new move is on the timeline"
    );
    editor.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(
        editor.harness.state().design().plan.is_empty(),
        "one undo step"
    );
}

#[test]
fn dragging_a_move_changes_its_date_and_the_plot_and_switching_it_off_restores_the_year() {
    let mut editor = editor_with("growth-plan", ScriptedDialogs::default());
    editor.steps(5);
    let with_all = editor.customers_at_horizon();
    let campaign = "Webinar campaign";
    let index = editor
        .harness
        .state()
        .design()
        .plan
        .iter()
        .position(|planned| planned.name == campaign)
        .expect("the example's campaign");
    let before = editor.harness.state().design().plan[index].clone();
    // Dragged a good way later: it starts later and ends later, by the same days.
    let from = bar_centre(&editor, campaign);
    editor.drag(from, from + vec2(120.0, 0.0));
    let after = editor.harness.state().design().plan[index].clone();
    let shifted = leadflow::design::plan_days::days_from(before.from, after.from);
    assert!(shifted > 20, "moved by {shifted} days");
    assert_eq!(
        leadflow::design::plan_days::days_from(
            before.until.expect("an end"),
            after.until.expect("an end")
        ),
        shifted
    );
    assert_eq!(
        editor.harness.state().view().selection.plan_move,
        Some(index)
    );
    // The whole drag is one undo step.
    editor.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(
        editor.harness.state().design().plan[index].from,
        before.from
    );
    editor.press(Modifiers::COMMAND | Modifiers::SHIFT, egui::Key::Z);
    assert_eq!(editor.harness.state().design().plan[index].from, after.from);
    editor.steps(5);
    assert!(
        editor.harness.query_by_label("Without the plan").is_some(),
        "the headline sets the year with the plan against the year without it"
    );
    let later = editor.customers_at_horizon();
    assert!((later - with_all).abs() > 1e-6, "the plot follows the move");

    // Its box switches it off: the year is the design's without it.
    editor.click_label(&format!("Switch on: {campaign}"));
    editor.steps(5);
    assert!(!editor.harness.state().design().plan[index].on);
    let mut without = editor.harness.state().design().clone();
    without.plan.remove(index);
    let expected = leadflow::sim::simulate(&without)
        .summary
        .customers_at_horizon;
    let shown = editor.customers_at_horizon();
    assert!(
        (shown - expected).abs() < 1e-9,
        "{shown} shown, {expected} without the move"
    );
}

#[test]
fn the_month_tab_shows_twelve_months_and_copies_a_tab_separated_table() {
    let mut editor = editor_with("growth-plan", ScriptedDialogs::default());
    editor.click_label("Month by month");
    for month in ["Jan 2027", "Feb", "Jun", "Dec"] {
        assert!(
            editor.harness.query_by_label(month).is_some(),
            "{month} in the table"
        );
    }
    assert!(
        editor
            .harness
            .query_by_label("Account executive (people)")
            .is_some()
    );
    editor.harness.get_by_label("Copy as table").click();
    editor.harness.step();
    let copied = editor
        .harness
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|command| match command {
            egui::OutputCommand::CopyText(text) => Some(text.clone()),
            _ => None,
        })
        .expect("the table on the clipboard");
    let lines: Vec<&str> = copied.lines().collect();
    assert_eq!(lines.len(), 13, "a heading row and twelve months");
    assert!(lines[0].starts_with("Month\tDays\tNew leads\t"));
    let executives = lines[0]
        .split('\t')
        .position(|heading| heading == "Account executive (people)")
        .expect("headcount column");
    let people: Vec<&str> = lines[1..]
        .iter()
        .map(|line| line.split('\t').nth(executives).unwrap_or_default())
        .collect();
    // Three in January, four from February, five from May.
    assert_eq!(people[..5], ["3.0", "4.0", "4.0", "4.0", "5.0"]);
}

#[test]
fn the_year_month_by_month_exports_as_an_excel_workbook_in_the_windows_language() {
    use calamine::Reader;
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("year.xlsx");
    let dialogs = ScriptedDialogs {
        month_table: vec![path.clone()],
        ..ScriptedDialogs::default()
    };
    let mut editor =
        crate::driver::editor_speaking("growth-plan", dialogs, leadflow::i18n::Language::Swedish);
    editor.click_label("Månad för månad");
    editor.click_label("Exportera…");
    editor.steps(3);
    let mut workbook = calamine::open_workbook_auto(&path).expect("a workbook was written");
    let sheet = workbook
        .worksheet_range_at(0)
        .expect("a sheet")
        .expect("readable");
    let rows: Vec<_> = sheet.rows().collect();
    assert_eq!(rows.len(), 13, "headings and twelve months");
    assert_eq!(rows[0][0].to_string(), "Månad");
    assert!(rows[0].iter().any(|cell| *cell == "Nya kunder"));
    // Numbers as numbers: a spreadsheet sums them.
    assert!(matches!(rows[1][2], calamine::Data::Float(_)));
}

#[test]
fn the_year_is_frozen_as_the_plan_of_record_and_a_second_freeze_asks_first() {
    let mut editor = editor_with("growth-plan", ScriptedDialogs::default());
    editor.open_menu("Design");
    editor.click_label("Freeze as the plan of record");
    let record = editor
        .harness
        .state()
        .design()
        .plan_of_record
        .clone()
        .expect("frozen");
    assert_eq!(record.months.len(), 12);
    let expected = {
        let design = editor.harness.state().design().clone();
        let result = leadflow::sim::simulate(&design);
        leadflow::sim::months::month_table(&design, &result)
    };
    assert!(
        (record.months[11].active_customers - expected.months[11].active_customers.value).abs()
            < 1e-9
    );
    // A plan that changes, frozen again: asked first, and one undo step brings the first back.
    editor
        .harness
        .state_mut()
        .command(leadflow::ui::commands::Command::FreezePlanOfRecord);
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("Replace the plan of record?")
            .is_some()
    );
    editor.click_label("Cancel");
    assert_eq!(
        editor.harness.state().design().plan_of_record.as_ref(),
        Some(&record)
    );
    if let Some(planned) = editor.harness.state().design().plan.first() {
        let name = planned.name.clone();
        editor.click_label(&format!("Switch on: {name}"));
    }
    editor
        .harness
        .state_mut()
        .command(leadflow::ui::commands::Command::FreezePlanOfRecord);
    editor.steps(3);
    editor.click_label("Replace");
    let replaced = editor
        .harness
        .state()
        .design()
        .plan_of_record
        .clone()
        .expect("frozen");
    assert_ne!(
        replaced.months, record.months,
        "the year without the first hire"
    );
    editor.press(Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(
        editor.harness.state().design().plan_of_record.as_ref(),
        Some(&record)
    );
    // It travels in the file.
    let text = leadflow::file::design_to_string(editor.harness.state().design()).expect("saves");
    let again = leadflow::file::design_from_bytes(text.as_bytes(), "again").expect("loads");
    assert_eq!(again.plan_of_record.as_ref(), Some(&record));
}

#[test]
fn a_target_typed_in_the_month_tab_counts_short_months_shows_in_the_chart_and_undoes() {
    use egui::accesskit::Role;
    use leadflow::design::targets::TargetFigure;
    let mut editor = editor_with("growth-plan", ScriptedDialogs::default());
    editor.click_label("Month by month");
    let field = "Target: new customers, Jan 2027";
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, field)
        .focus();
    editor.steps(1);
    editor
        .harness
        .get_by_role_and_label(Role::TextInput, field)
        .type_text("1000");
    editor.steps(1);
    editor.press(egui::Modifiers::NONE, egui::Key::Tab);
    editor.steps(3);
    let january = leadflow::design::calendar::Date::constant(2027, 1, 1);
    assert_eq!(
        editor
            .harness
            .state()
            .design()
            .targets
            .month(TargetFigure::NewCustomers, january),
        Some(1000.0)
    );
    assert!(
        editor
            .harness
            .query_by_label("Months short of target")
            .is_some(),
        "the headline counts the months short"
    );
    assert!(editor.harness.query_by_label("1 of 1").is_some());
    editor.click_label("Customers");
    editor.steps(2);
    assert!(
        editor
            .harness
            .query_by_label("Target (a week, in its month)")
            .is_some(),
        "the target drawn beside the new customers"
    );
    let text = leadflow::file::design_to_string(editor.harness.state().design()).expect("written");
    assert!(text.contains("targets"), "kept in the file");
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("targets.ron");
    std::fs::write(&path, &text).expect("written");
    let loaded = leadflow::file::load(&path).expect("loads again");
    assert_eq!(&loaded.targets, &editor.harness.state().design().targets);
    editor.press(egui::Modifiers::COMMAND, egui::Key::Z);
    editor.steps(2);
    assert!(
        editor.harness.state().design().targets.is_empty(),
        "one undo step takes the target away"
    );
}

#[test]
fn a_second_freeze_can_keep_the_earlier_plan_by_its_date() {
    let mut editor = editor_with("growth-plan", ScriptedDialogs::default());
    editor.open_menu("Design");
    editor.click_label("Freeze as the plan of record");
    let first = editor
        .harness
        .state()
        .design()
        .plan_of_record
        .clone()
        .expect("frozen");
    editor
        .harness
        .state_mut()
        .command(leadflow::ui::commands::Command::FreezePlanOfRecord);
    editor.steps(3);
    editor.click_label("Keep the earlier one and replace");
    let design = editor.harness.state().design().clone();
    assert_eq!(design.earlier_plans.len(), 1, "the earlier plan kept");
    assert_eq!(design.earlier_plans[0].record, first);
    assert!(design.earlier_plans[0].name.starts_with("Plan of "));
    assert!(design.plan_of_record.is_some(), "and a new one frozen");
    let text = leadflow::file::design_to_string(&design).expect("saves");
    let again = leadflow::file::design_from_bytes(text.as_bytes(), "again").expect("loads");
    assert_eq!(again.earlier_plans, design.earlier_plans);
    editor.click_label("Customers");
    editor.steps(2);
    assert!(
        editor
            .harness
            .query_by_label(&design.earlier_plans[0].name)
            .is_some(),
        "drawn beside the new plan"
    );
    editor.press(Modifiers::COMMAND, egui::Key::Z);
    assert!(
        editor.harness.state().design().earlier_plans.is_empty(),
        "one undo step"
    );
}

#[test]
fn a_figure_spread_over_a_quarter_sets_that_quarters_months_only() {
    let mut editor = editor_with("growth-plan", ScriptedDialogs::default());
    editor.click_label("Month by month");
    {
        use egui_kittest::kittest::NodeT;
        let over = editor
            .harness
            .query_all_by_role(egui::accesskit::Role::ComboBox)
            .find(|node| node.accesskit_node().value().as_deref() == Some("over the whole period"))
            .expect("the period to spread over");
        over.click();
    }
    editor.steps(2);
    editor.click_label("over Q2 2027");
    editor.click_label("Spread evenly");
    editor.steps(2);
    let months: Vec<String> = editor
        .harness
        .state()
        .design()
        .targets
        .new_customers
        .keys()
        .map(ToString::to_string)
        .collect();
    assert_eq!(months, ["2027-04-01", "2027-05-01", "2027-06-01"]);
}
