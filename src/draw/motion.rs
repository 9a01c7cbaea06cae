//! The process in motion, one moment of it: the stages with their figures in a week, and the
//! leads as dots (travelling along the flows, sitting in the stages, waiting above a stage
//! whose people cannot keep up). The presentation paints it on screen; the animated export
//! draws it frame by frame.

use super::lead_dots::{flow_dots, pile_positions, pile_size};
use super::{
    Bounds, Colour, Detail, FlowPath, FlowRole, Shape, StageGeometry, StageMarks, Style, Theme,
};
use crate::design::{Design, Point, StageId};
use crate::sim::{SimResult, StageMetric, Statistic};

/// Room above the diagram for piles of waiting leads, in scene units.
pub const PILE_ROOM: f32 = 60.0;

/// The process laid out once, shown in one week.
#[derive(Clone, Copy)]
pub struct Moment<'a> {
    pub design: &'a Design,
    pub result: &'a SimResult,
    pub geometry: &'a [(StageId, StageGeometry)],
    pub paths: &'a [FlowPath],
    /// The week shown, 0-based.
    pub week: usize,
}

/// One lead shown as a dot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeadDot {
    pub at: Point,
    pub colour: Colour,
    /// Sitting in a stage or waiting (drawn a little smaller), rather than on its way.
    pub sitting: bool,
}

/// Leads a week along a flow, in `week`.
#[must_use]
pub fn flow_rate(design: &Design, result: &SimResult, path: &FlowPath, week: usize) -> f64 {
    let Some(from) = result.stage_index(&path.from) else {
        return 0.0;
    };
    let value = |metric| result.stage_value(week, from, metric, Statistic::Mean);
    match path.role {
        FlowRole::Conversion { index } => {
            let share = design.flows.get(index).map_or(0.0, |flow| flow.share);
            value(StageMetric::MovedOn) * share
        }
        FlowRole::DropOut => value(StageMetric::Dropped),
        FlowRole::WarmUp | FlowRole::Referral | FlowRole::Organic => value(StageMetric::MovedOn),
    }
}

/// Flows and stages with their figures in the moment's week, names only; `focus` selected,
/// and the bottleneck marked while leads wait there.
#[must_use]
pub fn process_shapes(moment: Moment<'_>, focus: Option<&StageId>, style: Style<'_>) -> Vec<Shape> {
    let Moment {
        design,
        result,
        geometry,
        paths,
        week,
    } = moment;
    let mut shapes = Vec::new();
    for path in paths {
        let share = path.share(design);
        let points = super::flow_polyline(path);
        super::flow_shapes(
            &mut shapes,
            &points,
            path.role,
            share,
            false,
            Detail::Names,
            style,
        );
    }
    for (stage_id, stage_geometry) in geometry {
        let Some(stage) = design.stages.get(stage_id) else {
            continue;
        };
        let figures = super::figures_at(result, design, stage_id, week);
        let marks = StageMarks {
            selected: focus == Some(stage_id),
            // The design's bottleneck, while leads wait there; other queues say how many wait.
            bottleneck: result.summary.bottleneck.as_ref() == Some(stage_id)
                && figures.is_some_and(|figures| figures.backlog >= 1.0),
            detail: Detail::Names,
            ..StageMarks::default()
        };
        super::stage_shapes(
            &mut shapes,
            design,
            stage,
            stage_geometry,
            figures,
            marks,
            style,
        );
    }
    shapes
}

/// The leads as dots at `seconds` of animation: on the flows in proportion to what each
/// carries that week, piled in each stage, and piled above a stage where leads wait.
#[must_use]
pub fn lead_dots(moment: Moment<'_>, seconds: f64, theme: &Theme) -> Vec<LeadDot> {
    let Moment {
        design,
        result,
        geometry,
        paths,
        week,
    } = moment;
    let busiest = paths
        .iter()
        .map(|path| flow_rate(design, result, path, week))
        .fold(0.0_f64, f64::max);
    let mut dots = Vec::new();
    for path in paths {
        let rate = flow_rate(design, result, path, week);
        let colour = match path.role {
            FlowRole::Conversion { .. } => theme.selection,
            _ => theme.flow_secondary,
        };
        dots.extend(
            flow_dots(&super::flow_polyline(path), rate, busiest, seconds)
                .into_iter()
                .map(|at| LeadDot {
                    at,
                    colour,
                    sitting: false,
                }),
        );
    }
    for (stage_id, stage_geometry) in geometry {
        let Some(figures) = super::figures_at(result, design, stage_id, week) else {
            continue;
        };
        let colour = design
            .stages
            .get(stage_id)
            .map_or(theme.flow, |stage| theme.kind(stage.kind.tag()).accent);
        let label_box = stage_geometry.label_box;
        let inside = Bounds {
            min: Point::new(label_box.min.x + 22.0, label_box.max.y - 34.0),
            max: Point::new(label_box.max.x - 22.0, label_box.max.y - 4.0),
        };
        let sitting = |at, colour| LeadDot {
            at,
            colour,
            sitting: true,
        };
        dots.extend(
            pile_positions(inside, pile_size(figures.in_stage, 45), 9.0)
                .into_iter()
                .map(|at| sitting(at, colour)),
        );
        let waiting = Bounds {
            min: Point::new(label_box.min.x + 10.0, label_box.min.y - PILE_ROOM - 2.0),
            max: Point::new(label_box.max.x - 10.0, label_box.min.y - 22.0),
        };
        dots.extend(
            pile_positions(waiting, pile_size(figures.backlog, 60), 9.0)
                .into_iter()
                .map(|at| sitting(at, theme.bottleneck)),
        );
    }
    dots
}
