//! A small map of the whole design in the canvas's corner, shown when the design is larger
//! than the view: where the view is, and a click or drag to look elsewhere.

use crate::design::{Design, StageId};
use crate::draw::{self, Theme};
use egui::{Color32, Pos2, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

/// The most room the map takes, in screen points.
const MOST: egui::Vec2 = vec2(200.0, 140.0);
/// Space between the map and the canvas's edges.
const INSET: f32 = 12.0;

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
    let drawn = geometry
        .iter()
        .map(|(_, stage)| super::shape_paint::rect(stage.bounds))
        .reduce(Rect::union)?;
    if view.contains_rect(drawn) || !view.is_finite() {
        return None;
    }
    let world = drawn.expand(40.0).union(view);
    let scale = (MOST.x / world.width()).min(MOST.y / world.height());
    if !(scale.is_finite() && scale > 0.0) {
        return None;
    }
    let size = world.size() * scale;
    let at = canvas.max - size - vec2(INSET, INSET);
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
