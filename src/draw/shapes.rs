//! The few primitives every picture of a design is made of. The canvas paints them with egui,
//! the exporter writes them as SVG: one list, two painters, so an exported image is what the
//! screen showed.

use super::{Bounds, Colour};
use crate::design::Point;

/// How a line is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    /// Width in scene units; 0 draws nothing.
    pub width: f32,
    /// Colour.
    pub colour: Colour,
    /// Dash and gap lengths, for a dashed line.
    pub dash: Option<(f32, f32)>,
}

impl Line {
    /// No line.
    pub const NONE: Self = Self {
        width: 0.0,
        colour: Colour::TRANSPARENT,
        dash: None,
    };

    /// A solid line.
    #[must_use]
    pub const fn solid(width: f32, colour: Colour) -> Self {
        Self {
            width,
            colour,
            dash: None,
        }
    }

    /// A dashed line.
    #[must_use]
    pub const fn dashed(width: f32, colour: Colour, dash: f32, gap: f32) -> Self {
        Self {
            width,
            colour,
            dash: Some((dash, gap)),
        }
    }

    /// Whether the line shows at all.
    #[must_use]
    pub fn is_visible(&self) -> bool {
        self.width > 0.0 && !self.colour.is_transparent()
    }
}

/// Horizontal placement of text relative to its anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// The anchor is the text's left end.
    Start,
    /// The anchor is the text's middle.
    Middle,
    /// The anchor is the text's right end.
    End,
}

/// One drawing primitive, in scene units (y grows downward).
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    /// A closed polygon. Filled polygons must be convex where the canvas paints them (egui
    /// fills convex polygons only); exported images take any.
    Polygon {
        /// Corners in order.
        points: Vec<Point>,
        /// Inside.
        fill: Colour,
        /// Outline.
        line: Line,
    },
    /// An open line through `points`.
    Path {
        /// The points in order.
        points: Vec<Point>,
        /// How it is drawn.
        line: Line,
    },
    /// An ellipse.
    Ellipse {
        /// Centre.
        center: Point,
        /// Half width and half height.
        radius: (f32, f32),
        /// Inside.
        fill: Colour,
        /// Outline.
        line: Line,
    },
    /// A rectangle with rounded corners.
    Rect {
        /// Top left.
        min: Point,
        /// Bottom right.
        max: Point,
        /// Corner radius.
        corner: f32,
        /// Inside.
        fill: Colour,
        /// Outline, drawn inside the rectangle's edge.
        line: Line,
    },
    /// One line of text. `top` is where the text's line box starts, so the canvas and the SVG
    /// writer place it the same way whatever their notion of a baseline.
    Text {
        /// Horizontal anchor.
        x: f32,
        /// Top of the line box.
        top: f32,
        /// Placement relative to `x`.
        align: Align,
        /// Font size in scene units.
        size: f32,
        /// Colour.
        colour: Colour,
        /// The text.
        text: String,
    },
}

impl Shape {
    /// A line of text.
    #[must_use]
    pub fn text(
        x: f32,
        top: f32,
        align: Align,
        size: f32,
        colour: Colour,
        text: impl Into<String>,
    ) -> Self {
        Self::Text {
            x,
            top,
            align,
            size,
            colour,
            text: text.into(),
        }
    }

    /// Moves the shape by (`dx`, `dy`) and scales it by `scale` about the origin: used to fit
    /// a diagram into a slide.
    #[must_use]
    pub fn transformed(mut self, scale: f32, dx: f32, dy: f32) -> Self {
        let map = |point: &mut Point| {
            point.x = point.x * scale + dx;
            point.y = point.y * scale + dy;
        };
        let scale_line = |line: &mut Line| {
            line.width *= scale;
            if let Some((dash, gap)) = &mut line.dash {
                *dash *= scale;
                *gap *= scale;
            }
        };
        match &mut self {
            Self::Polygon { points, line, .. } | Self::Path { points, line } => {
                points.iter_mut().for_each(map);
                scale_line(line);
            }
            Self::Ellipse {
                center,
                radius,
                line,
                ..
            } => {
                map(center);
                radius.0 *= scale;
                radius.1 *= scale;
                scale_line(line);
            }
            Self::Rect {
                min,
                max,
                corner,
                line,
                ..
            } => {
                map(min);
                map(max);
                *corner *= scale;
                scale_line(line);
            }
            Self::Text { x, top, size, .. } => {
                *x = *x * scale + dx;
                *top = *top * scale + dy;
                *size *= scale;
            }
        }
        self
    }
}

/// Measures text, so tags and chips fit their labels. The canvas measures with egui's fonts,
/// the exporter with the same font files read directly.
pub trait TextMeasure {
    /// Width of `text` at font `size`.
    fn width(&self, text: &str, size: f32) -> f32;
}

/// Height of a line of text of font `size`: egui's row height for its default font.
#[must_use]
pub fn line_height(size: f32) -> f32 {
    size * 1.25
}

/// The box every shape lies in, text included.
#[must_use]
pub fn bounds_of(shapes: &[Shape], measure: &dyn TextMeasure) -> Option<Bounds> {
    let mut corners = Vec::with_capacity(shapes.len() * 2);
    for shape in shapes {
        match shape {
            Shape::Polygon { points, line, .. } | Shape::Path { points, line } => {
                let half = line.width / 2.0;
                for point in points {
                    corners.push(Point::new(point.x - half, point.y - half));
                    corners.push(Point::new(point.x + half, point.y + half));
                }
            }
            Shape::Ellipse { center, radius, .. } => {
                corners.push(Point::new(center.x - radius.0, center.y - radius.1));
                corners.push(Point::new(center.x + radius.0, center.y + radius.1));
            }
            Shape::Rect { min, max, .. } => corners.extend([*min, *max]),
            Shape::Text {
                x,
                top,
                align,
                size,
                text,
                ..
            } => {
                let width = measure.width(text, *size);
                let left = match align {
                    Align::Start => *x,
                    Align::Middle => x - width / 2.0,
                    Align::End => x - width,
                };
                corners.push(Point::new(left, *top));
                corners.push(Point::new(left + width, top + line_height(*size)));
            }
        }
    }
    Bounds::around(&corners)
}
