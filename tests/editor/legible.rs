//! Zoom to fit fills the canvas, and at the fit zoom of every example no text is smaller on
//! screen than 11 pixels: less detail is drawn instead. At the largest text size no two texts
//! of a panel overlap.

use crate::driver::editor;
use egui_kittest::kittest::Queryable;
use leadflow::draw::{LEAST_TEXT_PX, Shape, Style, Theme, ThemeChoice};

#[test]
fn at_the_fit_zoom_of_every_example_no_text_is_under_eleven_pixels_and_the_design_fills_the_canvas()
{
    let fonts = leadflow::export::Fonts::new();
    let theme = Theme::new(ThemeChoice::Light);
    for template in leadflow::templates::TEMPLATES {
        let mut editor = editor(template.name);
        let zoom = editor.harness.state().view().scene_to_screen.scaling;
        let shown = editor.harness.state().view().scene_rect;
        let app = editor.harness.state_mut();
        let design = app.design().clone();
        let result = app.simulation().cloned();
        let shapes = leadflow::export::diagram_shapes_in(
            &design,
            result.as_ref(),
            None,
            Style::new(&theme, &fonts, leadflow::i18n::current()).legible_at(zoom),
        );
        let smallest = shapes
            .iter()
            .filter_map(|shape| match shape {
                Shape::Text { size, text, .. } if !text.is_empty() => Some(size * zoom),
                _ => None,
            })
            .fold(f32::INFINITY, f32::min);
        assert!(
            smallest >= LEAST_TEXT_PX - 1e-3,
            "{}: text {smallest:.1} px at zoom {zoom:.2}",
            template.name
        );
        let drawn = leadflow::draw::bounds_of(&shapes, &fonts).expect("something drawn");
        let filled = ((drawn.max.x - drawn.min.x) / shown.width())
            .max((drawn.max.y - drawn.min.y) / shown.height());
        assert!(
            filled > 0.8,
            "{}: the design fills {:.0} % of the canvas",
            template.name,
            filled * 100.0
        );
    }
}

/// Every piece of text the window shows as a node (labels, buttons, fields, check boxes): its
/// words, its rectangle, and the panel it is in (panels clip what they scroll, so a row
/// scrolled under another panel is no overlap; within a panel, two texts on one spot are).
fn texts_on_screen(
    harness: &egui_kittest::Harness<'_, leadflow::app::LeadflowApp>,
) -> Vec<(String, egui::Rect, Option<egui::accesskit::NodeId>)> {
    use egui_kittest::kittest::NodeT;
    // In points: the window's 1440 × 900 pixels over the zoom.
    let screen = egui::Rect::from_min_size(
        egui::Pos2::ZERO,
        egui::vec2(1440.0, 900.0) / harness.ctx.zoom_factor(),
    );
    harness
        .query_all(
            egui_kittest::kittest::By::new()
                .predicate(|node| node.label().is_some_and(|label| !label.trim().is_empty())),
        )
        .filter_map(|node| {
            let accesskit = node.accesskit_node();
            // Stages, flows and sources are in scene units and drawn by the canvas.
            if accesskit.role() == egui::accesskit::Role::Button
                && accesskit.label().is_some_and(|label| {
                    ["Stage ", "Flow ", "Source "]
                        .iter()
                        .any(|prefix| label.starts_with(prefix))
                })
            {
                return None;
            }
            let mut panel = None;
            let mut around = accesskit.parent();
            while let Some(container) = around {
                if container.role() == egui::accesskit::Role::Pane {
                    panel = Some(container.locate().0);
                    break;
                }
                around = container.parent();
            }
            let rect = node.rect();
            (rect.is_positive() && screen.contains_rect(rect))
                .then(|| (accesskit.label().unwrap_or_default(), rect, panel))
        })
        .collect()
}

#[test]
fn at_a_larger_text_size_no_two_texts_overlap() {
    let mut editor = editor("inbound");
    editor.harness.get_by_label("View").click();
    editor.steps(2);
    editor.harness.get_by_label("Text size").hover();
    editor.steps(2);
    editor.harness.get_by_label("150 %").click();
    editor.steps(4);
    assert_eq!(
        editor.harness.state().preferences().text_size,
        leadflow::ui::preferences::TextSize::Larger
    );
    assert!((editor.harness.ctx.zoom_factor() - 1.5).abs() < 1e-6);
    let texts = texts_on_screen(&editor.harness);
    assert!(texts.len() > 40, "{} texts found", texts.len());
    for (index, (words, rect, panel)) in texts.iter().enumerate() {
        for (other_words, other, _) in texts[index + 1..]
            .iter()
            .filter(|(_, _, other_panel)| other_panel == panel)
        {
            let overlap = rect.intersect(*other);
            let smaller = rect.area().min(other.area());
            // A node inside another (a field's text in its frame) is not an overlap.
            let nested = rect.contains_rect(*other) || other.contains_rect(*rect);
            assert!(
                nested || !overlap.is_positive() || overlap.area() < 0.1 * smaller,
                "{words:?} at {rect:?} overlaps {other_words:?} at {other:?}"
            );
        }
    }
}

/// The panel (AccessKit pane) a node is in, by its id.
fn pane_of(node: &egui_kittest::Node<'_>) -> Option<egui::accesskit::NodeId> {
    use egui_kittest::kittest::NodeT;
    let mut around = node.accesskit_node().parent();
    while let Some(container) = around {
        if container.role() == egui::accesskit::Role::Pane {
            return Some(container.locate().0);
        }
        around = container.parent();
    }
    None
}

#[test]
fn in_a_small_window_nothing_in_the_inspector_runs_past_its_edge() {
    use egui_kittest::kittest::NodeT;
    for size in [egui::vec2(1024.0, 700.0), egui::vec2(800.0, 600.0)] {
        for stage in ["Customers", "Qualify"] {
            let mut editor = editor("inbound");
            editor.harness.set_size(size);
            editor
                .harness
                .state_mut()
                .command(leadflow::ui::commands::Command::ZoomToFit);
            editor.steps(4);
            editor.click_stage(&format!("Stage {stage}"));
            editor.steps(4);
            let anchor = editor.harness.get_by_label("Inspector");
            let pane = pane_of(&anchor).expect("the inspector is a pane");
            // The panel's right edge: the window's, less the panel's own margin.
            let right = size.x;
            let mut seen = 0;
            for node in editor.harness.query_all(
                egui_kittest::kittest::By::new()
                    .predicate(|node| node.label().is_some_and(|label| !label.trim().is_empty())),
            ) {
                if pane_of(&node) != Some(pane) {
                    continue;
                }
                seen += 1;
                let rect = node.rect();
                assert!(
                    rect.max.x <= right + 0.5,
                    "{size:?}, {stage}: {:?} ends at x = {:.0}, past the window's {right}",
                    node.accesskit_node().label().unwrap_or_default(),
                    rect.max.x
                );
            }
            assert!(
                seen > 10,
                "{size:?}, {stage}: {seen} nodes in the inspector"
            );
            assert!(
                editor.harness.query_all_by_label("Tools").count() > 1,
                "{size:?}: {stage} is selected"
            );
        }
    }
}

#[test]
fn in_finnish_at_800_pixels_the_plot_tabs_wrap_and_nothing_runs_past_the_window() {
    let editor = crate::driver::editor_speaking_at(
        "sales-silo",
        leadflow::i18n::Language::Finnish,
        800.0,
        600.0,
    );
    for label in ["Liidit vaiheittain", "Parannuskohteet", "Lisää muutos…"] {
        let rect = editor.harness.get_by_label(label).rect();
        assert!(rect.max.x <= 800.0, "{label} ends at x = {:.0}", rect.max.x);
    }
}
