//! The process as PowerPoint's own shapes: each stage a shape of its kind (a funnel step a
//! trapezoid, a nurture pool a cylinder, a customer stage a rounded box with a double line, a
//! flywheel segment a ring segment) holding its name and figures as text, grouped with its
//! tags and chips; flows as connectors with arrowheads, glued to the stages they join where
//! they meet them at a connection point.

use super::builder::{Geometry, Glue, ShapeSpec, SlideBuilder, Stroke};
use super::xml::{Anchor, Paragraph, Run};
use crate::design::{Design, Point, StageId};
use crate::draw::{
    self, Align, Bounds, Colour, Detail, FlowRole, Outline, Shape, StageMarks, Style, TextMeasure,
    Theme,
};
use crate::sim::SimResult;
use std::collections::BTreeMap;

/// Scene units to slide units: scaled and moved to fit an area.
#[derive(Clone, Copy, Debug)]
struct Placement {
    scale: f32,
    dx: f32,
    dy: f32,
}

impl Placement {
    fn point(self, point: Point) -> Point {
        Point::new(
            point.x * self.scale + self.dx,
            point.y * self.scale + self.dy,
        )
    }

    fn bounds(self, bounds: Bounds) -> Bounds {
        Bounds {
            min: self.point(bounds.min),
            max: self.point(bounds.max),
        }
    }

    fn size(self, size: f32) -> f32 {
        size * self.scale
    }
}

/// Where a stage's shape was placed, for flows to glue to.
struct Placed {
    id: u32,
    /// Connection sites by index, in slide units.
    sites: Vec<Point>,
}

/// Places the diagram's shapes into `area` of the slide (never enlarged above 1.4 ×, as the
/// picture slide does).
pub fn diagram(
    slide: &mut SlideBuilder,
    design: &Design,
    result: &SimResult,
    theme: &Theme,
    measure: &dyn TextMeasure,
    area: Bounds,
    language: crate::i18n::Language,
) {
    let style = Style::new(theme, measure, language);
    let whole = crate::export::diagram_shapes(design, Some(result), theme, None, measure, language);
    let Some(extent) = draw::bounds_of(&whole, measure) else {
        return;
    };
    let (scale, dx, dy) = super::super::slide::fitting(extent, area);
    let place = Placement { scale, dx, dy };
    let geometry = draw::stage_geometry(design);
    let placed = stages(slide, design, result, &geometry, style, place);
    for path in draw::flow_paths(design, &geometry) {
        flow(slide, design, &path, &placed, style, place);
    }
}

/// Each stage as a group: its own shape with its text, its tags, chips and sources.
fn stages(
    slide: &mut SlideBuilder,
    design: &Design,
    result: &SimResult,
    geometry: &[(StageId, draw::StageGeometry)],
    style: Style<'_>,
    place: Placement,
) -> BTreeMap<StageId, Placed> {
    let theme = style.theme;
    let bottleneck = result.summary.bottleneck.as_ref();
    let mut placed: BTreeMap<StageId, Placed> = BTreeMap::new();
    for (stage_id, stage_geometry) in geometry {
        let Some(stage) = design.stages.get(stage_id) else {
            continue;
        };
        let marks = StageMarks {
            bottleneck: bottleneck == Some(stage_id),
            detail: Detail::Full,
            ..StageMarks::default()
        };
        let figures = draw::figures_of(result, design, stage_id);
        slide.group(&stage.name, |slide| {
            let mut labels = Vec::new();
            draw::stage_label_shapes(&mut labels, design, stage, stage_geometry, figures, style);
            let outline = outline_spec(stage, stage_geometry, &labels, marks, theme, place);
            let id = slide.shape(&outline.spec);
            placed.insert(
                stage_id.clone(),
                Placed {
                    id,
                    sites: outline.sites,
                },
            );
            let mut marks_shapes = Vec::new();
            draw::stage_mark_shapes(
                &mut marks_shapes,
                design,
                stage,
                stage_geometry,
                figures,
                marks,
                style,
            );
            let sources: Vec<_> = design.sources_entering(stage_id).collect();
            draw::source_shapes(&mut marks_shapes, &sources, stage_geometry.label_box, style);
            loose_shapes(slide, &marks_shapes, place, &stage.name, style.measure);
        });
    }
    placed
}

/// A flow: a straight connector glued to the stages where it meets them at a connection
/// point, or a freeform line where the canvas bends it; with its share's label.
fn flow(
    slide: &mut SlideBuilder,
    design: &Design,
    path: &draw::FlowPath,
    placed: &BTreeMap<StageId, Placed>,
    style: Style<'_>,
    place: Placement,
) {
    let theme = style.theme;
    let points: Vec<Point> = draw::flow_polyline(path)
        .into_iter()
        .map(|point| place.point(point))
        .collect();
    let (colour, width, dashed) = match path.role {
        FlowRole::Conversion { .. } => (theme.flow, 1.8, false),
        _ => (theme.flow_secondary, 1.4, true),
    };
    let stroke = Stroke {
        width: place.size(width).max(1.0),
        colour,
        dashed,
        double: false,
        arrow: true,
    };
    let name = flow_name(design, &path.from, &path.to);
    if let [start, end] = points.as_slice() {
        let glue = |stage: &StageId, at: Point| {
            let placed = placed.get(stage)?;
            let site = placed
                .sites
                .iter()
                .position(|site| (site.x - at.x).hypot(site.y - at.y) < 2.0)?;
            Some(Glue {
                shape: placed.id,
                site: site as u32,
            })
        };
        slide.connector(
            &name,
            (*start, *end),
            stroke,
            (glue(&path.from, *start), glue(&path.to, *end)),
        );
    } else if let Some(bounds) = Bounds::around(&points) {
        slide.shape(&ShapeSpec {
            name,
            bounds,
            geometry: Geometry::Freeform {
                points,
                closed: false,
                text_box: None,
                sites: Vec::new(),
            },
            fill: Colour::TRANSPARENT,
            stroke: Some(stroke),
            text: Vec::new(),
            anchor: Anchor::Middle,
            inset: 0.0,
            wrap: false,
            flip_vertical: false,
        });
    }
    if let Some(share) = path.share(design)
        && share < 1.0 - 1e-9
    {
        let mut tag = Vec::new();
        draw::flow_shapes(
            &mut tag,
            &draw::flow_polyline(path),
            path.role,
            Some(share),
            false,
            Detail::Full,
            style,
        );
        // Only the share's label: the line itself is the connector above.
        let label: Vec<Shape> = tag
            .into_iter()
            .skip_while(|shape| !matches!(shape, Shape::Rect { .. }))
            .collect();
        let name = crate::i18n::format::percent_in(slide.language(), share * 100.0, 0);
        loose_shapes(slide, &label, place, &name, style.measure);
    }
}

/// "Qualify → Present".
fn flow_name(design: &Design, from: &StageId, to: &StageId) -> String {
    let name = |id: &StageId| {
        design
            .stages
            .get(id)
            .map_or_else(|| id.to_string(), |stage| stage.name.clone())
    };
    format!("{} → {}", name(from), name(to))
}

/// A stage's own shape and the points connectors glue to.
struct OutlineSpec {
    spec: ShapeSpec,
    sites: Vec<Point>,
}

fn outline_spec(
    stage: &crate::design::Stage,
    geometry: &draw::StageGeometry,
    labels: &[Shape],
    marks: StageMarks,
    theme: &Theme,
    place: Placement,
) -> OutlineSpec {
    let colours = theme.kind(stage.kind.tag());
    let stroke_colour = if marks.bottleneck {
        theme.bottleneck
    } else {
        colours.stroke
    };
    let stroke_width = if marks.bottleneck { 2.5 } else { 1.2 };
    let mut stroke = Stroke::solid(place.size(stroke_width).max(0.75), stroke_colour);
    let (bounds, geometry_spec) = match &geometry.outline {
        // A freeform, not PowerPoint's trapezoid: that one narrows upward, and turned over
        // its text would stand on its head.
        Outline::Trapezoid(corners) => {
            let [top_left, top_right, bottom_right, bottom_left] = corners.map(|p| place.point(p));
            let middle =
                |a: Point, b: Point| Point::new(f32::midpoint(a.x, b.x), f32::midpoint(a.y, b.y));
            (
                Bounds::around(corners).unwrap_or(geometry.bounds),
                Geometry::Freeform {
                    points: vec![top_left, top_right, bottom_right, bottom_left],
                    closed: true,
                    text_box: Some(place.bounds(geometry.label_box)),
                    sites: vec![
                        middle(top_left, top_right),
                        middle(top_left, bottom_left),
                        middle(bottom_left, bottom_right),
                        middle(top_right, bottom_right),
                    ],
                },
            )
        }
        Outline::Sector { outline, .. } => (
            geometry.bounds,
            Geometry::Freeform {
                points: outline.iter().map(|point| place.point(*point)).collect(),
                closed: true,
                text_box: Some(place.bounds(geometry.label_box)),
                // Flows between segments run along the rim, from each segment's middle.
                sites: Vec::new(),
            },
        ),
        Outline::Silo { bounds, cap_height } => {
            let (width, height) = (bounds.max.x - bounds.min.x, bounds.max.y - bounds.min.y);
            let adjust = (f64::from(*cap_height) * 100_000.0
                / f64::from(width.min(height).max(1.0)))
            .round() as i64;
            (
                *bounds,
                Geometry::Preset {
                    name: "can",
                    adjust: vec![("adj", adjust)],
                },
            )
        }
        Outline::Customer(bounds) => {
            stroke.double = true;
            stroke.width *= 2.5;
            (*bounds, corner_preset(*bounds, 14.0))
        }
        Outline::Cloud(bounds) => {
            stroke.dashed = true;
            (*bounds, Geometry::preset("ellipse"))
        }
        Outline::Lost(bounds) => (*bounds, corner_preset(*bounds, 6.0)),
    };
    let bounds = place.bounds(bounds);
    let sites = match &geometry_spec {
        Geometry::Freeform { sites, .. } => sites.clone(),
        Geometry::Preset { name, .. } if *name == "roundRect" => {
            let center = bounds.center();
            // Top, left, bottom, right, as the preset numbers them.
            vec![
                Point::new(center.x, bounds.min.y),
                Point::new(bounds.min.x, center.y),
                Point::new(center.x, bounds.max.y),
                Point::new(bounds.max.x, center.y),
            ]
        }
        Geometry::Preset { .. } => Vec::new(),
    };
    OutlineSpec {
        spec: ShapeSpec {
            name: stage.name.clone(),
            bounds,
            geometry: geometry_spec,
            fill: colours.fill,
            stroke: Some(stroke),
            text: label_paragraphs(labels, place),
            anchor: Anchor::Middle,
            inset: 0.0,
            wrap: false,
            flip_vertical: false,
        },
        sites,
    }
}

/// A rounded rectangle with corners of `corner` scene units.
fn corner_preset(bounds: Bounds, corner: f32) -> Geometry {
    let short = (bounds.max.x - bounds.min.x)
        .min(bounds.max.y - bounds.min.y)
        .max(1.0);
    Geometry::Preset {
        name: "roundRect",
        adjust: vec![(
            "adj",
            (f64::from(corner) * 100_000.0 / f64::from(short)).round() as i64,
        )],
    }
}

/// The stage's lines of text as paragraphs, each as tall as the layout spaced them.
fn label_paragraphs(labels: &[Shape], place: Placement) -> Vec<Paragraph> {
    let lines: Vec<(f32, f32, Colour, &str)> = labels
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text {
                top,
                size,
                colour,
                text,
                ..
            } => Some((*top, *size, *colour, text.as_str())),
            _ => None,
        })
        .collect();
    lines
        .iter()
        .enumerate()
        .map(|(index, (top, size, colour, text))| {
            let pitch = lines
                .get(index + 1)
                .map_or(draw::line_height(*size), |next| next.0 - top);
            let run = Run::new(*text, place.size(*size), *colour);
            Paragraph {
                runs: vec![if index == 0 { run.bold() } else { run }],
                align: Align::Middle,
                pitch: Some(place.size(pitch)),
            }
        })
        .collect()
}

/// Tags, chips and source labels: a rounded box with the text it holds becomes one shape
/// with that text; lines and arrowheads become freeforms.
fn loose_shapes(
    slide: &mut SlideBuilder,
    shapes: &[Shape],
    place: Placement,
    owner: &str,
    measure: &dyn TextMeasure,
) {
    let mut index = 0;
    while let Some(shape) = shapes.get(index) {
        index += 1;
        match shape {
            Shape::Rect { .. } => {
                // The text right after a box, starting inside it, is the box's label.
                let label = match shapes.get(index) {
                    Some(label @ Shape::Text { x, top, .. }) if inside(shape, *x, *top) => {
                        index += 1;
                        Some(label)
                    }
                    _ => None,
                };
                pill(slide, shape, label, place, owner);
            }
            Shape::Path { .. } | Shape::Polygon { .. } => line(slide, shape, place, owner),
            Shape::Text { .. } => text_line(slide, shape, place, measure),
            Shape::Ellipse { .. } => {}
        }
    }
}

/// Whether a text anchored at `x`, `top` starts inside the box `rect`.
fn inside(rect: &Shape, x: f32, top: f32) -> bool {
    matches!(rect, Shape::Rect { min, max, .. }
        if x >= min.x - 1.0 && x <= max.x + 1.0 && top >= min.y - 4.0)
}

/// A rounded box, holding its label.
fn pill(
    slide: &mut SlideBuilder,
    rect: &Shape,
    label: Option<&Shape>,
    place: Placement,
    owner: &str,
) {
    let Shape::Rect {
        min,
        max,
        corner,
        fill,
        line,
    } = rect
    else {
        return;
    };
    let bounds = Bounds {
        min: *min,
        max: *max,
    };
    let text: Vec<Paragraph> = match label {
        Some(Shape::Text {
            size, colour, text, ..
        }) => vec![Paragraph::of(
            Run::new(text.clone(), place.size(*size), *colour),
            Align::Middle,
        )],
        _ => Vec::new(),
    };
    let name = text
        .first()
        .and_then(|paragraph| paragraph.runs.first())
        .map_or_else(|| owner.to_owned(), |run| run.text.clone());
    slide.shape(&ShapeSpec {
        name,
        bounds: place.bounds(bounds),
        geometry: corner_preset(bounds, *corner),
        fill: *fill,
        stroke: line
            .is_visible()
            .then(|| Stroke::solid(place.size(line.width).max(0.5), line.colour)),
        text,
        anchor: Anchor::Middle,
        inset: 0.0,
        wrap: false,
        flip_vertical: false,
    });
}

/// A line or a filled polygon (an arrowhead) as a freeform.
fn line(slide: &mut SlideBuilder, shape: &Shape, place: Placement, owner: &str) {
    let (points, fill, line, closed) = match shape {
        Shape::Path { points, line } => (points, Colour::TRANSPARENT, line, false),
        Shape::Polygon { points, fill, line } => (points, *fill, line, true),
        _ => return,
    };
    let points: Vec<Point> = points.iter().map(|point| place.point(*point)).collect();
    let Some(bounds) = Bounds::around(&points) else {
        return;
    };
    slide.shape(&ShapeSpec {
        name: owner.to_owned(),
        bounds,
        geometry: Geometry::Freeform {
            points,
            closed,
            text_box: None,
            sites: Vec::new(),
        },
        fill,
        stroke: line
            .is_visible()
            .then(|| Stroke::solid(place.size(line.width).max(0.5), line.colour)),
        text: Vec::new(),
        anchor: Anchor::Middle,
        inset: 0.0,
        wrap: false,
        flip_vertical: false,
    });
}

/// A line of text on its own, as a text box.
fn text_line(slide: &mut SlideBuilder, shape: &Shape, place: Placement, measure: &dyn TextMeasure) {
    let Shape::Text {
        x,
        top,
        align,
        size,
        colour,
        text,
    } = shape
    else {
        return;
    };
    let width = place.size(measure.width(text, *size) + 8.0);
    let at = place.point(Point::new(*x, *top));
    let left = match align {
        Align::Start => at.x,
        Align::Middle => at.x - width / 2.0,
        Align::End => at.x - width,
    };
    slide.shape(&ShapeSpec::text_box(
        text.clone(),
        Bounds {
            min: Point::new(left, at.y),
            max: Point::new(left + width, at.y + place.size(draw::line_height(*size))),
        },
        vec![Paragraph::of(
            Run::new(text.clone(), place.size(*size), *colour),
            *align,
        )],
    ));
}
