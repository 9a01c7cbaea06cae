//! "Where to improve" as a leader uses it: the tab ranks the levers and follows edits.

use super::driver::editor;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

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
    // A lever shows where it acts: clicking it selects its stage.
    editor.click_label("Qualify: +10 % conversion");
    let selected = &editor.harness.state().view().selection.stages;
    assert_eq!(
        selected
            .iter()
            .map(leadflow::design::StageId::as_str)
            .collect::<Vec<_>>(),
        ["qualify"]
    );
}

#[test]
fn the_wizard_turns_four_answers_into_a_design() {
    let mut editor = editor("sales-silo");
    editor.open_menu("File");
    editor
        .harness
        .get_by_label_contains("New from questions…")
        .click();
    editor.steps(3);
    assert!(
        editor
            .harness
            .query_by_label("Recommended: Inbound")
            .is_some()
    );
    editor.click_label("We reach out: cold lists, calls, e-mail, networking");
    assert!(
        editor
            .harness
            .query_by_label("Recommended: Outbound")
            .is_some()
    );
    editor.click_label("Many stakeholders influence the decision");
    assert!(
        editor
            .harness
            .query_by_label("Recommended: Account-based")
            .is_some()
    );
    editor.click_label("Create design");
    let design = editor.harness.state().design();
    assert_eq!(
        design.sales_model,
        leadflow::design::SalesModel::AccountBased
    );
    for name in [
        "Identify target account",
        "Build stakeholder list",
        "Compile initial strategy",
    ] {
        assert!(
            design.stages.values().any(|stage| stage.name == name),
            "{name}"
        );
    }
    assert!(editor.harness.state().document().path.is_none());
}

#[test]
fn a_finding_offers_its_fix_in_one_click() {
    let mut editor = editor("sales-silo");
    let headcount = |editor: &super::driver::Editor| {
        editor.harness.state().design().stages[&leadflow::design::StageId::new("present")].roles[0]
            .headcount
    };
    let before = headcount(&editor);
    editor.click_stage("Stage Present");
    assert!(
        editor
            .harness
            .query_by_label_contains("Present: its people cannot keep up")
            .is_some()
    );
    editor.click_label("Add one person");
    assert!((headcount(&editor) - before - 1.0).abs() < 1e-9);
    editor.press(Modifiers::COMMAND, Key::Z);
    assert!((headcount(&editor) - before).abs() < 1e-9);
}

#[test]
fn scenarios_are_saved_compared_and_switched() {
    let mut editor = editor("sales-silo");
    let present = leadflow::design::StageId::new("present");
    let headcount = |editor: &super::driver::Editor| {
        editor.harness.state().design().stages[&present].roles[0].headcount
    };
    let today = headcount(&editor);
    editor.activate("Save as new scenario");
    assert_eq!(editor.harness.state().design().scenario_name(), "Scenario");
    assert_eq!(editor.harness.state().design().scenarios[0].name, "Today");

    editor.click_stage("Stage Present");
    editor.click_label("Add one person");
    assert!((headcount(&editor) - today - 1.0).abs() < 1e-9);
    let design = editor.harness.state().design();
    let changed = leadflow::design::scenario::differing_stages(design, &design.scenarios[0]);
    assert_eq!(changed, [present.clone()].into());

    editor.press(Modifiers::NONE, Key::Escape);
    editor.click_label("Compare scenarios");
    // The list in the inspector and the comparison's column both name them.
    assert!(editor.harness.query_all_by_label("Today").count() >= 2);
    assert!(editor.harness.query_all_by_label("Scenario").count() >= 2);

    editor.activate("Switch to");
    assert_eq!(editor.harness.state().design().scenario_name(), "Today");
    assert!((headcount(&editor) - today).abs() < 1e-9);
    editor.press(Modifiers::COMMAND, Key::Z);
    assert_eq!(editor.harness.state().design().scenario_name(), "Scenario");
}

fn total_leads(editor: &super::driver::Editor) -> f64 {
    editor
        .harness
        .state()
        .design()
        .sources
        .values()
        .map(|source| source.leads_per_week)
        .sum()
}

#[test]
fn goal_seek_finds_the_leads_a_goal_takes_and_applies_them_as_one_step() {
    let mut editor = editor("sales-silo");
    let customers_now = editor.customers_at_horizon();
    let leads_now = total_leads(&editor);
    editor.click_label("Where to improve");
    editor.click_label("Goal seek…");
    // The goal starts a tenth above today's customers, solved for the leads per week.
    editor.click_label("Solve");
    assert!(
        editor
            .harness
            .query_by_label_contains("leads per week in all")
            .is_some(),
        "the answer is shown"
    );
    editor.click_label("Apply to design");
    assert!(
        editor.harness.query_by_label("Apply to design").is_none(),
        "the dialog closes"
    );
    editor.steps(2);
    assert!(total_leads(&editor) > leads_now);
    let customers_after = editor.customers_at_horizon();
    assert!(
        customers_after >= (customers_now * 1.1).round() - 1e-6,
        "{customers_now} -> {customers_after}"
    );
    editor.press(Modifiers::COMMAND, Key::Z);
    assert!(
        (total_leads(&editor) - leads_now).abs() < 1e-9,
        "one undo step"
    );
}

#[test]
fn goal_seek_with_a_confidence_judges_by_monte_carlo_runs_on_a_worker() {
    let mut editor = editor("sales-silo");
    editor.press(Modifiers::COMMAND, Key::G);
    editor.click_label("Reach it in");
    editor.click_label("Solve");
    let mut shown = false;
    for _ in 0..600 {
        if editor
            .harness
            .query_by_label_contains("Monte Carlo runs reach it")
            .is_some()
        {
            shown = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
        editor.steps(1);
    }
    assert!(shown, "the answer comes from the worker");
    let answer = editor
        .harness
        .get_by_label_contains("Monte Carlo runs reach it")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    let share: f64 = answer
        .split(" % of")
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("a percentage in {answer:?}"));
    assert!(share >= 80.0, "{answer}");
}

#[test]
fn the_canvas_marks_what_differs_from_the_scenario_chosen_for_comparison() {
    let mut editor = editor("sales-silo");
    editor.activate("Save as new scenario");
    editor.click_stage("Stage Present");
    editor.click_label("Add one person");
    editor.press(Modifiers::NONE, Key::Escape);
    // "Today" and "Scenario" (with the extra person) kept; "Scenario 2" being edited.
    editor.activate("Save as new scenario");
    let marked = |editor: &super::driver::Editor| {
        let state = editor.harness.state();
        let design = state.design();
        leadflow::design::scenario::differing_stages(
            design,
            &design.scenarios[state.view().compare_with],
        )
    };
    assert_eq!(
        marked(&editor),
        [leadflow::design::StageId::new("present")].into()
    );

    editor.click_label("Compare scenarios");
    let combo = editor
        .harness
        .get_all_by_role(egui::accesskit::Role::ComboBox)
        .find(|node| node.value().as_deref() == Some("Today"))
        .expect("the comparison's choice")
        .rect()
        .center();
    editor.click_at(combo, Modifiers::NONE);
    let choice = editor
        .harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Scenario")
        .rect()
        .center();
    editor.click_at(choice, Modifiers::NONE);
    assert_eq!(editor.harness.state().view().compare_with, 1);
    assert!(
        marked(&editor).is_empty(),
        "nothing differs from its own copy"
    );
}

#[test]
fn goal_seek_for_revenue_solves_one_stages_conversion() {
    let mut editor = editor("sales-silo");
    editor.press(Modifiers::COMMAND, Key::G);
    assert!(
        editor
            .harness
            .query_by_label_contains("today 216 by ")
            .is_some(),
        "the target is set against today's figure"
    );
    let radio = |editor: &mut super::driver::Editor, label: &str| {
        editor
            .harness
            .get_by_role_and_label(egui::accesskit::Role::RadioButton, label)
            .click();
        editor.steps(3);
    };
    radio(&mut editor, "Revenue");
    assert!(
        editor
            .harness
            .query_by_label_contains("today 1.7 M EUR by ")
            .is_some()
    );
    radio(&mut editor, "Conversion");
    // The bottleneck is offered first; Enter solves and the answer names it.
    editor.press(Modifiers::NONE, Key::Enter);
    let answer = editor
        .harness
        .get_by_label_contains("% conversion at Present")
        .accesskit_node()
        .value()
        .unwrap_or_default();
    assert!(
        answer.starts_with("To have 1.8 M EUR by week 52 ("),
        "{answer}"
    );
    let present = leadflow::design::StageId::new("present");
    let before = editor.harness.state().design().stages[&present].conversion;
    editor.click_label("Apply to design");
    editor.steps(2);
    let after = editor.harness.state().design().stages[&present].conversion;
    assert!(after > before, "{before} -> {after}");
    // Asked for something else, the old answer goes from the screen.
    editor.press(Modifiers::COMMAND, Key::G);
    editor.press(Modifiers::NONE, Key::Enter);
    assert!(
        editor
            .harness
            .query_by_label_contains("leads per week in all")
            .is_some()
    );
    radio(&mut editor, "Headcount");
    assert!(
        editor
            .harness
            .query_by_label_contains("leads per week in all")
            .is_none(),
        "no stale answer"
    );
    assert!(
        editor
            .harness
            .query_by_label_contains("The goal changed since the last answer")
            .is_some()
    );
}

/// Goal seek's answer for the growth plan with `figure`'s target set to `value` in January to
/// March, aimed (through the combo box labelled `aim`) at the targets through March.
fn goal_seek_through_march(
    figure: leadflow::design::targets::TargetFigure,
    value: f64,
    aim: &str,
) -> String {
    use leadflow::design::calendar::Date;
    let mut design = leadflow::templates::design_named("growth-plan").expect("example");
    for month in 1..=3 {
        design
            .targets
            .set(figure, Date::constant(2027, month, 1), Some(value));
    }
    let mut editor = super::driver::editor_on(
        design,
        leadflow::ui::file_dialogs::ScriptedDialogs::default(),
        leadflow::i18n::Language::English,
    );
    editor.press(Modifiers::COMMAND, Key::G);
    editor
        .harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, aim)
        .click();
    editor.steps(3);
    editor.click_label("Mar 2027");
    editor.steps(2);
    editor.press(Modifiers::NONE, Key::Enter);
    editor
        .harness
        .get_by_label_contains("leads per week")
        .accesskit_node()
        .value()
        .unwrap_or_default()
}

#[test]
fn goal_seek_aims_at_the_revenue_targets_through_a_month() {
    let answer = goal_seek_through_march(
        leadflow::design::targets::TargetFigure::Revenue,
        50_000.0,
        "Aim at the revenue targets through",
    );
    assert!(
        // Week 12 ends on 25 March, the last week within March: two months and 25 days.
        answer.starts_with("To have 140 k EUR by week 12 ("),
        "{answer}"
    );
}

#[test]
fn goal_seek_aims_at_the_new_customer_targets_as_customers_won() {
    let answer = goal_seek_through_march(
        leadflow::design::targets::TargetFigure::NewCustomers,
        11.0,
        "Aim at the new-customer targets through",
    );
    // 11 + 11 + 11 × 25/31: the weeks to 25 March.
    assert!(
        answer.starts_with("To have 31 customers won by week 12 ("),
        "{answer}"
    );
}
