//! The live plot and the inspector as a newcomer meets them: legend entries in flow order that
//! hide and show a series, an inspector that keeps its width.

use super::driver::editor;
use egui::accesskit::{Role, Toggled};
use egui_kittest::kittest::{NodeT, Queryable};

fn legend(editor: &super::driver::Editor) -> Vec<(String, f32)> {
    let mut entries: Vec<(String, f32)> = editor
        .harness
        .get_all_by_role(Role::CheckBox)
        .filter(|node| node.rect().left() > 1100.0 && node.rect().top() > 600.0)
        .map(|node| {
            (
                node.accesskit_node().label().unwrap_or_default(),
                node.rect().top(),
            )
        })
        .collect();
    entries.sort_by(|a, b| a.1.total_cmp(&b.1));
    entries
}

#[test]
fn the_legend_lists_stages_in_flow_order_and_hides_a_series_on_a_click() {
    let mut editor = editor("sales-silo");
    let names: Vec<String> = legend(&editor).into_iter().map(|(name, _)| name).collect();
    assert_eq!(
        names,
        ["Capture", "Qualify", "Present", "Close"],
        "flow order"
    );
    let toggled = |editor: &super::driver::Editor| {
        editor
            .harness
            .get_by_role_and_label(Role::CheckBox, "Qualify")
            .accesskit_node()
            .toggled()
    };
    assert_eq!(toggled(&editor), Some(Toggled::True));
    let at = editor
        .harness
        .get_by_role_and_label(Role::CheckBox, "Qualify")
        .rect()
        .center();
    editor.click_at(at, egui::Modifiers::NONE);
    assert_eq!(
        toggled(&editor),
        Some(Toggled::False),
        "the series is hidden"
    );
}

#[test]
fn the_inspector_keeps_its_width_whatever_is_selected() {
    let mut editor = editor("sales-silo");
    let capture = |editor: &super::driver::Editor| editor.stage_center("Stage Capture");
    let mut seen = Vec::new();
    for stage in [
        "Stage Qualify",
        "Stage Nurture silo",
        "Stage Customers",
        "Stage Present",
    ] {
        editor.click_stage(stage);
        editor.steps(2);
        seen.push((stage, capture(&editor)));
    }
    editor.press(egui::Modifiers::NONE, egui::Key::Escape);
    editor.steps(2);
    seen.push(("nothing", capture(&editor)));
    let first = seen[0].1;
    for (what, at) in &seen {
        assert!(
            (at.x - first.x).abs() < 0.5,
            "the canvas moved with {what} selected: {seen:?}"
        );
    }
}

#[test]
fn hovering_a_week_names_every_stages_value() {
    let mut editor = editor("sales-silo");
    editor.click_stage("Stage Qualify");
    let tab = editor
        .harness
        .get_by_role_and_label(Role::Button, "Leads per stage")
        .rect();
    editor
        .harness
        .hover_at(egui::pos2(tab.left() + 600.0, tab.bottom() + 90.0));
    // Tooltips wait for the pointer to rest.
    editor.steps(60);
    for stage in ["Capture", "Qualify", "Present", "Close"] {
        assert!(
            editor
                .harness
                .query_by_label(&format!("● {stage}"))
                .is_some(),
            "the week's value of {stage}"
        );
    }
    assert!(
        editor
            .harness
            .query_by_label_contains("of the plan")
            .is_some(),
        "the week is named"
    );
}

#[test]
fn hovering_a_week_names_every_series_in_the_customers_and_money_tabs() {
    let mut editor = editor("sales-silo");
    for (tab, series) in [
        (
            "Customers",
            vec!["Active customers", "New customers per week"],
        ),
        (
            "Revenue and cost",
            vec![
                "Revenue (cumulative)",
                "Cost (cumulative)",
                "Profit (cumulative)",
            ],
        ),
    ] {
        editor.click_label(tab);
        let button = editor
            .harness
            .get_by_role_and_label(Role::Button, tab)
            .rect();
        editor
            .harness
            .hover_at(egui::pos2(button.left() + 500.0, button.bottom() + 90.0));
        editor.steps(60);
        for name in series {
            assert!(
                editor
                    .harness
                    .query_by_label(&format!("● {name}"))
                    .is_some(),
                "{tab}: the week's value of {name}"
            );
        }
        editor.harness.hover_at(egui::pos2(5.0, 5.0));
        editor.steps(5);
    }
}
