//! A picture ready to write: a size, a background and shapes. The diagram picture is the
//! canvas's own shapes (the same `draw` calls at full detail), framed by a margin.

use crate::design::{Design, Point, StageId};
use crate::draw::bounds_of;
use crate::draw::{self, Bounds, Colour, Detail, Shape, StageMarks, TextMeasure, Theme};
use crate::sim::SimResult;
use std::collections::BTreeSet;

/// Space around a diagram, in scene units.
const MARGIN: f32 = 32.0;

/// Something to write as SVG or rasterise.
#[derive(Clone, Debug)]
pub struct Picture {
    /// Width in points (one point is one pixel at scale 1).
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// Filled behind everything; transparent for none.
    pub background: Colour,
    /// The design's name, for the SVG title.
    pub title: String,
    /// What is drawn, in order.
    pub shapes: Vec<Shape>,
}

/// The diagram's shapes in scene units: flows, then stages with their sources, at full detail
/// with live figures and the bottleneck marked. With `only`, just those stages and the flows
/// between them.
#[must_use]
pub fn diagram_shapes(
    design: &Design,
    result: Option<&SimResult>,
    theme: &Theme,
    only: Option<&BTreeSet<StageId>>,
    measure: &dyn TextMeasure,
    language: crate::i18n::Language,
) -> Vec<Shape> {
    diagram_shapes_in(
        design,
        result,
        only,
        draw::Style::new(theme, measure, language),
    )
}

/// The diagram's shapes as [`diagram_shapes`] draws them, in `style` (at a zoom, say, where
/// text is kept legible).
#[must_use]
pub fn diagram_shapes_in(
    design: &Design,
    result: Option<&SimResult>,
    only: Option<&BTreeSet<StageId>>,
    style: draw::Style<'_>,
) -> Vec<Shape> {
    let included = |stage_id: &StageId| only.is_none_or(|only| only.contains(stage_id));
    let geometry: Vec<_> = draw::stage_geometry(design)
        .into_iter()
        .filter(|(stage_id, _)| included(stage_id))
        .collect();
    let mut shapes = Vec::new();
    for path in draw::flow_paths(design, &geometry) {
        let share = path.share(design);
        let points = draw::flow_polyline(&path);
        draw::flow_shapes(
            &mut shapes,
            &points,
            path.role,
            share,
            false,
            Detail::Full,
            style,
        );
    }
    let bottleneck = result.and_then(|result| result.summary.bottleneck.as_ref());
    for (stage_id, stage_geometry) in &geometry {
        let Some(stage) = design.stages.get(stage_id) else {
            continue;
        };
        let marks = StageMarks {
            bottleneck: bottleneck == Some(stage_id),
            ..StageMarks::default()
        };
        let figures = result.and_then(|result| draw::figures_of(result, design, stage_id));
        draw::stage_shapes(
            &mut shapes,
            design,
            stage,
            stage_geometry,
            figures,
            marks,
            style,
        );
        let sources: Vec<_> = design.sources_entering(stage_id).collect();
        draw::source_shapes(&mut shapes, &sources, stage_geometry.label_box, style);
    }
    shapes
}

/// The diagram alone, framed by a margin, on `background`.
#[must_use]
pub fn diagram(
    design: &Design,
    result: Option<&SimResult>,
    theme: &Theme,
    only: Option<&BTreeSet<StageId>>,
    background: Colour,
    measure: &dyn TextMeasure,
    language: crate::i18n::Language,
) -> Picture {
    let shapes = diagram_shapes(design, result, theme, only, measure, language);
    let bounds = bounds_of(&shapes, measure).unwrap_or(Bounds {
        min: Point::new(0.0, 0.0),
        max: Point::new(400.0, 240.0),
    });
    let (dx, dy) = (MARGIN - bounds.min.x, MARGIN - bounds.min.y);
    Picture {
        width: (bounds.max.x - bounds.min.x + 2.0 * MARGIN).ceil(),
        height: (bounds.max.y - bounds.min.y + 2.0 * MARGIN).ceil(),
        background,
        title: design.name.clone(),
        shapes: shapes
            .into_iter()
            .map(|shape| shape.transformed(1.0, dx, dy))
            .collect(),
    }
}
