//! Writes a picture as SVG: true vectors, text as text, the design embedded as metadata.

use super::fonts::{FALLBACK_FAMILIES, FAMILY};
use super::picture::Picture;
use crate::draw::{Align, Colour, Line, Shape};
use std::fmt::Write as _;

/// Marks the design inside an SVG's metadata, so Leadflow can open the image as the design.
pub const DESIGN_ELEMENT: &str = "leadflow:design";
const NAMESPACE: &str = "https://leadflow.app/ns/design";

/// The SVG document for `picture`, with `design_ron` embedded (XML-escaped) in its metadata.
#[must_use]
pub fn to_svg(picture: &Picture, design_ron: &str, ascent: f32) -> String {
    let mut svg = String::with_capacity(64 * 1024);
    let (width, height) = (picture.width, picture.height);
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:leadflow="{NAMESPACE}" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FAMILY}, {FALLBACK_FAMILIES}">"#
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(&picture.title));
    let _ = writeln!(
        svg,
        "<metadata><{DESIGN_ELEMENT}>{}</{DESIGN_ELEMENT}></metadata>",
        escape(design_ron)
    );
    if !picture.background.is_transparent() {
        let _ = writeln!(
            svg,
            r#"<rect width="{width}" height="{height}"{}/>"#,
            fill(picture.background)
        );
    }
    for shape in &picture.shapes {
        write_shape(&mut svg, shape, ascent);
    }
    svg.push_str("</svg>\n");
    svg
}

fn write_shape(svg: &mut String, shape: &Shape, ascent: f32) {
    match shape {
        Shape::Polygon {
            points,
            fill: inside,
            line,
        } => {
            let _ = writeln!(
                svg,
                r#"<polygon points="{}"{}{}/>"#,
                point_list(points),
                fill(*inside),
                stroke(*line)
            );
        }
        Shape::Path { points, line } if line.is_visible() => {
            let _ = writeln!(
                svg,
                r#"<polyline points="{}" fill="none"{} stroke-linejoin="round" stroke-linecap="round"/>"#,
                point_list(points),
                stroke(*line)
            );
        }
        Shape::Path { .. } => {}
        Shape::Ellipse {
            center,
            radius,
            fill: inside,
            line,
        } => {
            let _ = writeln!(
                svg,
                r#"<ellipse cx="{}" cy="{}" rx="{}" ry="{}"{}{}/>"#,
                num(center.x),
                num(center.y),
                num(radius.0),
                num(radius.1),
                fill(*inside),
                stroke(*line)
            );
        }
        Shape::Rect {
            min,
            max,
            corner,
            fill: inside,
            line,
        } => {
            // The canvas draws outlines inside the edge; SVG centres them on it.
            let inset = if line.is_visible() {
                line.width / 2.0
            } else {
                0.0
            };
            let width = (max.x - min.x - 2.0 * inset).max(0.0);
            let height = (max.y - min.y - 2.0 * inset).max(0.0);
            let corner = (corner - inset).max(0.0).min(width.min(height) / 2.0);
            let _ = writeln!(
                svg,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}"{}{}/>"#,
                num(min.x + inset),
                num(min.y + inset),
                num(width),
                num(height),
                num(corner),
                fill(*inside),
                stroke(*line)
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
                Align::Start => "start",
                Align::Middle => "middle",
                Align::End => "end",
            };
            let _ = writeln!(
                svg,
                r#"<text x="{}" y="{}" font-size="{}" text-anchor="{anchor}"{}>{}</text>"#,
                num(*x),
                num(top + ascent * size),
                num(*size),
                fill(*colour),
                escape(text)
            );
        }
    }
}

fn fill(colour: Colour) -> String {
    if colour.is_transparent() {
        r#" fill="none""#.to_owned()
    } else if colour.a == 0xFF {
        format!(r#" fill="{}""#, colour.hex())
    } else {
        format!(
            r#" fill="{}" fill-opacity="{}""#,
            colour.hex(),
            num(colour.opacity())
        )
    }
}

fn stroke(line: Line) -> String {
    if !line.is_visible() {
        return String::new();
    }
    let mut attributes = format!(
        r#" stroke="{}" stroke-width="{}""#,
        line.colour.hex(),
        num(line.width)
    );
    if line.colour.a != 0xFF {
        let _ = write!(
            attributes,
            r#" stroke-opacity="{}""#,
            num(line.colour.opacity())
        );
    }
    if let Some((dash, gap)) = line.dash {
        let _ = write!(
            attributes,
            r#" stroke-dasharray="{} {}""#,
            num(dash),
            num(gap)
        );
    }
    attributes
}

fn point_list(points: &[crate::design::Point]) -> String {
    let mut list = String::with_capacity(points.len() * 12);
    for point in points {
        if !list.is_empty() {
            list.push(' ');
        }
        let _ = write!(list, "{},{}", num(point.x), num(point.y));
    }
    list
}

/// A number with at most two decimals and no trailing zeros: compact files that diff well.
fn num(value: f32) -> String {
    let text = format!("{value:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

/// Escapes text for XML content and attribute values.
#[must_use]
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            other => escaped.push(other),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::num;

    #[test]
    fn numbers_are_compact() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(1.239), "1.24");
    }
}
