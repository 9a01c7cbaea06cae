//! Paints `draw` shapes with egui, and measures text with egui's fonts for them.

use crate::design::Point;
use crate::draw::{Align, Colour, Line, Shape, TextMeasure, Theme, ThemeChoice};
use egui::epaint::{PathShape, PathStroke};
use egui::{Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, pos2};

/// The egui colour of a `draw` colour.
#[must_use]
pub fn colour32(colour: Colour) -> Color32 {
    Color32::from_rgba_unmultiplied(colour.r, colour.g, colour.b, colour.a)
}

impl From<Colour> for Color32 {
    fn from(colour: Colour) -> Self {
        colour32(colour)
    }
}

/// A scene box as an egui rectangle.
#[must_use]
pub fn rect(bounds: crate::draw::Bounds) -> Rect {
    Rect::from_min_max(pos(bounds.min), pos(bounds.max))
}

/// A scene point as an egui position.
#[must_use]
pub fn pos(point: Point) -> Pos2 {
    pos2(point.x, point.y)
}

/// egui visuals matching the theme.
#[must_use]
pub fn visuals(theme: &Theme) -> egui::Visuals {
    match theme.choice {
        ThemeChoice::Light => egui::Visuals::light(),
        ThemeChoice::Dark => egui::Visuals::dark(),
    }
}

/// Measures text with the fonts egui paints with.
pub struct EguiMeasure<'a>(pub &'a Painter);

impl TextMeasure for EguiMeasure<'_> {
    fn width(&self, text: &str, size: f32) -> f32 {
        self.0
            .layout_no_wrap(text.to_owned(), FontId::proportional(size), Color32::WHITE)
            .size()
            .x
    }
}

fn stroke(line: Line) -> Stroke {
    if line.is_visible() {
        Stroke::new(line.width, colour32(line.colour))
    } else {
        Stroke::NONE
    }
}

/// Paints `shapes` in order.
pub fn paint_shapes(painter: &Painter, shapes: &[Shape]) {
    for shape in shapes {
        paint_shape(painter, shape);
    }
}

fn paint_shape(painter: &Painter, shape: &Shape) {
    match shape {
        Shape::Polygon { points, fill, line } => {
            painter.add(PathShape::convex_polygon(
                points.iter().copied().map(pos).collect(),
                colour32(*fill),
                stroke(*line),
            ));
        }
        Shape::Path { points, line } => {
            paint_line(painter, points.iter().copied().map(pos).collect(), *line);
        }
        Shape::Ellipse {
            center,
            radius,
            fill,
            line,
        } => {
            let center = pos(*center);
            let radius = egui::vec2(radius.0, radius.1);
            if !fill.is_transparent() {
                painter.add(egui::Shape::ellipse_filled(center, radius, colour32(*fill)));
            }
            if line.dash.is_some() {
                let points = (0..=72)
                    .map(|step| {
                        let angle = std::f32::consts::TAU * step as f32 / 72.0;
                        center + egui::vec2(radius.x * angle.cos(), radius.y * angle.sin())
                    })
                    .collect();
                paint_line(painter, points, *line);
            } else if line.is_visible() {
                painter.add(egui::Shape::ellipse_stroke(center, radius, stroke(*line)));
            }
        }
        Shape::Rect {
            min,
            max,
            corner,
            fill,
            line,
        } => {
            painter.rect(
                Rect::from_min_max(pos(*min), pos(*max)),
                CornerRadius::same(corner.round().clamp(0.0, 255.0) as u8),
                colour32(*fill),
                stroke(*line),
                StrokeKind::Inside,
            );
        }
        Shape::Text {
            x,
            top,
            align,
            size,
            colour,
            text,
        } => {
            let anchor = match align {
                Align::Start => Align2::LEFT_TOP,
                Align::Middle => Align2::CENTER_TOP,
                Align::End => Align2::RIGHT_TOP,
            };
            painter.text(
                pos2(*x, *top),
                anchor,
                text,
                FontId::proportional(*size),
                colour32(*colour),
            );
        }
    }
}

fn paint_line(painter: &Painter, points: Vec<Pos2>, line: Line) {
    if !line.is_visible() {
        return;
    }
    match line.dash {
        Some((dash, gap)) => {
            painter.extend(egui::Shape::dashed_line(&points, stroke(line), dash, gap));
        }
        None => {
            painter.add(PathShape::line(points, PathStroke::from(stroke(line))));
        }
    }
}

/// Distance from `point` to a polyline, for clicking on a flow.
#[must_use]
pub fn distance_to_polyline(points: &[Point], point: Pos2) -> f32 {
    points
        .windows(2)
        .map(|pair| {
            let (a, b) = (pos(pair[0]), pos(pair[1]));
            let ab = b - a;
            let t = ((point - a).dot(ab) / ab.length_sq().max(f32::EPSILON)).clamp(0.0, 1.0);
            (a + ab * t).distance(point)
        })
        .fold(f32::INFINITY, f32::min)
}
