//! A small map of the whole design in the canvas's corner, shown when the design is larger
//! than the view: where the view is, and a click or drag to look elsewhere.

use crate::design::{Design, StageId};
use crate::draw::{self, Theme};
use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

/// The most room the map takes, in screen points, and as a share of the canvas: a corner,
/// never a quarter of a small window.
const MOST: egui::Vec2 = vec2(200.0, 140.0);
const MOST_SHARE: f32 = 0.25;
/// Space between the map and the canvas's edges.
const INSET: f32 = 12.0;

/// Where the map goes: its place on screen, the scene area it shows and its scale.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Placement {
    at: Pos2,
    size: egui::Vec2,
    world: Rect,
    scale: f32,
}

/// Places the map in the bottom right of `canvas` when part of the design (`stages`, scene
/// rectangles) lies outside `view`; none when all of it is in view, or when the map would
/// cover a stage drawn on the canvas (a map hiding the design it maps helps nobody).
fn placement(canvas: Rect, view: Rect, stages: &[Rect]) -> Option<Placement> {
    let drawn = stages.iter().copied().reduce(Rect::union)?;
    if view.contains_rect(drawn) || !view.is_finite() || view.width() <= 0.0 || view.height() <= 0.0
    {
        return None;
    }
    let most = MOST.min(canvas.size() * MOST_SHARE);
    let world = drawn.expand(40.0).union(view);
    let scale = (most.x / world.width()).min(most.y / world.height());
    if !(scale.is_finite() && scale > 0.0) {
        return None;
    }
    let size = world.size() * scale;
    let at = canvas.max - size - vec2(INSET, INSET);
    let map = Rect::from_min_size(at, size).expand(4.0);
    let to_screen = |point: Pos2| {
        canvas.min
            + vec2(
                (point.x - view.min.x) * canvas.width() / view.width(),
                (point.y - view.min.y) * canvas.height() / view.height(),
            )
    };
    let covers_a_stage = stages.iter().any(|stage| {
        map.intersects(Rect::from_min_max(
            to_screen(stage.min),
            to_screen(stage.max),
        ))
    });
    (!covers_a_stage).then_some(Placement {
        at,
        size,
        world,
        scale,
    })
}

/// Draws the map over the bottom right of `canvas`, when there is anything out of view.
/// Returns the scene point the user clicked or dragged to, to centre the view on.
pub fn minimap_ui(
    ui: &egui::Ui,
    design: &Design,
    canvas: Rect,
    geometry: &[(StageId, draw::StageGeometry)],
    view: Rect,
    theme: &Theme,
) -> Option<Pos2> {
    let stages: Vec<Rect> = geometry
        .iter()
        .map(|(_, stage)| super::shape_paint::rect(stage.bounds))
        .collect();
    let Placement {
        at,
        size,
        world,
        scale,
    } = placement(canvas, view, &stages)?;
    let to_map = |point: Pos2| at + (point - world.min) * scale;
    let mut target = None;
    egui::Area::new(ui.scope_id().with("minimap"))
        .order(egui::Order::Middle)
        .fixed_pos(at)
        .show(ui.ctx(), |ui| {
            let (map, response) = ui.allocate_exact_size(size, Sense::click_and_drag());
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Image, true, crate::tr!("canvas-minimap"))
            });
            let painter = ui.painter_at(map.expand(1.0));
            painter.rect(
                map,
                6.0,
                Color32::from(theme.canvas).gamma_multiply(0.95),
                Stroke::new(1.0, Color32::from(theme.grid)),
                StrokeKind::Inside,
            );
            for (stage_id, stage) in geometry {
                let Some(kind) = design.stages.get(stage_id).map(|stage| stage.kind.tag()) else {
                    continue;
                };
                let bounds = super::shape_paint::rect(stage.bounds);
                let colours = theme.kind(kind);
                painter.rect_filled(
                    Rect::from_min_max(to_map(bounds.min), to_map(bounds.max)),
                    1.5,
                    Color32::from(colours.stroke),
                );
            }
            painter.rect_stroke(
                Rect::from_min_max(to_map(view.min), to_map(view.max)).intersect(map),
                2.0,
                Stroke::new(1.5, Color32::from(theme.selection)),
                StrokeKind::Inside,
            );
            if (response.clicked() || response.dragged())
                && let Some(pointer) = response.interact_pointer_pos()
            {
                target = Some(world.min + (pointer - at) / scale);
            }
        });
    target.map(|point| pos2(point.x, point.y))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(left: f32, top: f32, right: f32, bottom: f32) -> Rect {
        Rect::from_min_max(pos2(left, top), pos2(right, bottom))
    }

    #[test]
    fn the_map_keeps_to_a_corner_of_a_small_canvas() {
        // An 800×600 window leaves a canvas of about 330×360; the design runs below the view.
        let canvas = rect(170.0, 25.0, 500.0, 385.0);
        let view = rect(0.0, 0.0, 330.0, 360.0);
        let stages = [
            rect(100.0, 0.0, 200.0, 60.0),
            rect(100.0, 900.0, 200.0, 960.0),
        ];
        let placed = placement(canvas, view, &stages).expect("a map: a stage is out of view");
        assert!(placed.size.x <= canvas.width() * MOST_SHARE + 1e-3);
        assert!(placed.size.y <= canvas.height() * MOST_SHARE + 1e-3);
        assert!(canvas.contains_rect(Rect::from_min_size(placed.at, placed.size)));
    }

    #[test]
    fn the_map_hides_where_it_would_cover_a_stage() {
        let canvas = rect(0.0, 0.0, 400.0, 400.0);
        let view = rect(0.0, 0.0, 400.0, 400.0);
        let far = rect(1000.0, 1000.0, 1100.0, 1060.0);
        // A stage in the bottom right corner, where the map goes.
        let under_the_map = rect(300.0, 320.0, 390.0, 390.0);
        assert!(placement(canvas, view, &[under_the_map, far]).is_none());
        // The same design with that stage in the top left: the map shows.
        let top_left = rect(10.0, 10.0, 100.0, 70.0);
        assert!(placement(canvas, view, &[top_left, far]).is_some());
        // Everything in view: no map.
        assert!(placement(canvas, view, &[top_left]).is_none());
    }
}
