//! Painting stages and flows from the pure geometry of `draw`.

use super::theme::Theme;
use crate::design::{Design, Point, Stage, StageKind};
use crate::draw::{Bounds, FlowPath, FlowRole, Outline, StageGeometry};
use egui::epaint::{CubicBezierShape, PathShape, PathStroke};
use egui::{
    Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Shape, Stroke, StrokeKind, pos2,
    vec2,
};

/// What the simulation says about a stage, for its label.
#[derive(Clone, Copy, Debug, Default)]
pub struct StageFigures {
    /// Leads in the stage at the horizon (customers, for a customer stage).
    pub in_stage: f64,
    /// Leads moving on in the last week.
    pub moved_on_per_week: f64,
    /// Leads waiting for a free person at the horizon.
    pub backlog: f64,
}

/// How much of a stage to draw: zoomed far out, small text is unreadable and costly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    /// Everything: name, parameters, figures, chips, sources.
    #[default]
    Full,
    /// Name and figures only.
    Names,
    /// Outlines only.
    Outline,
}

impl Detail {
    /// The detail that is legible at `zoom` (screen points per scene unit).
    #[must_use]
    pub fn at_zoom(zoom: f32) -> Self {
        if zoom >= 0.45 {
            Self::Full
        } else if zoom >= 0.2 {
            Self::Names
        } else {
            Self::Outline
        }
    }
}

/// How a stage is marked.
#[derive(Clone, Copy, Debug, Default)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent marks of one stage"
)]
pub struct StageMarks {
    /// Part of the selection.
    pub selected: bool,
    /// Under the pointer.
    pub hovered: bool,
    /// The simulation's bottleneck.
    pub bottleneck: bool,
    /// A drop target of a drag in progress.
    pub drop_target: bool,
    /// How much to draw at the current zoom.
    pub detail: Detail,
}

pub fn pos(point: Point) -> Pos2 {
    pos2(point.x, point.y)
}

pub fn rect(bounds: Bounds) -> Rect {
    Rect::from_min_max(pos(bounds.min), pos(bounds.max))
}

fn format_count(value: f64) -> String {
    if value >= 10_000.0 {
        format!("{:.0}k", value / 1000.0)
    } else if value >= 100.0 || value == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// Paints one stage: outline by kind, name, key parameters, live figures, role and tool chips.
pub fn paint_stage(
    painter: &Painter,
    design: &Design,
    stage: &Stage,
    geometry: &StageGeometry,
    figures: Option<StageFigures>,
    marks: StageMarks,
    theme: &Theme,
) {
    let detail = marks.detail;
    let colours = theme.kind(stage.kind.tag());
    let stroke = if marks.selected {
        Stroke::new(2.5, theme.selection)
    } else if marks.bottleneck {
        Stroke::new(2.5, theme.bottleneck)
    } else if marks.hovered || marks.drop_target {
        Stroke::new(2.0, colours.stroke)
    } else {
        Stroke::new(1.2, colours.stroke)
    };
    paint_outline(painter, &geometry.outline, colours.fill, stroke);
    if marks.drop_target {
        painter.rect_stroke(
            rect(geometry.bounds).expand(4.0),
            8.0,
            Stroke::new(1.5, theme.selection),
            StrokeKind::Outside,
        );
    }

    if detail == Detail::Outline {
        return;
    }
    let bounds = rect(geometry.label_box);
    let center = bounds.center();
    let top = match geometry.outline {
        Outline::Silo { cap_height, .. } => bounds.top() + cap_height + 2.0,
        Outline::Sector { .. } => bounds.top() + 4.0,
        _ => bounds.top() + 8.0,
    };
    painter.text(
        pos2(center.x, top),
        Align2::CENTER_TOP,
        &stage.name,
        FontId::proportional(17.0),
        theme.text,
    );
    let parameters = match &stage.kind {
        StageKind::FunnelStep | StageKind::FlywheelSegment => format!(
            "{:.0} % on · {:.0} d",
            stage.conversion * 100.0,
            stage.days_in_stage
        ),
        StageKind::NurturePool(pool) => format!(
            "warms {:.1} %/wk · unsub {:.1} %",
            pool.warm_up_per_week * 100.0,
            pool.unsubscribe_per_week * 100.0
        ),
        StageKind::Customer(customers) => format!(
            "{:.0} {} per order",
            customers.order_value, design.presentation.currency
        ),
        StageKind::BrandReach(reach) => {
            format!("{:.1} % become organic", reach.organic_share * 100.0)
        }
        StageKind::Lost => String::new(),
    };
    painter.text(
        pos2(center.x, top + 23.0),
        Align2::CENTER_TOP,
        parameters,
        FontId::proportional(12.5),
        theme.text_muted,
    );
    if let Some(figures) = figures {
        let text = match stage.kind {
            StageKind::Customer(_) => format!(
                "{} customers · +{}/wk",
                format_count(figures.in_stage),
                format_count(figures.moved_on_per_week.max(0.0))
            ),
            StageKind::Lost => format!("{} lost", format_count(figures.in_stage)),
            _ => format!(
                "{} in stage · {}/wk on",
                format_count(figures.in_stage),
                format_count(figures.moved_on_per_week)
            ),
        };
        painter.text(
            pos2(center.x, top + 41.0),
            Align2::CENTER_TOP,
            text,
            FontId::proportional(13.5),
            colours.label,
        );
        if marks.bottleneck {
            let label = format!("Bottleneck · {} waiting", format_count(figures.backlog));
            let galley = painter.layout_no_wrap(label, FontId::proportional(11.0), Color32::WHITE);
            let tag = Rect::from_center_size(
                pos2(center.x, bounds.top() - 11.0),
                galley.size() + vec2(12.0, 4.0),
            );
            painter.rect_filled(tag, 6.0, theme.bottleneck);
            painter.galley(tag.min + vec2(6.0, 2.0), galley, Color32::WHITE);
        }
    }
    if detail == Detail::Full {
        paint_chips(painter, design, stage, bounds, theme);
    }
}

/// The sources feeding a stage, as tags to its left with an arrow into it.
pub fn paint_sources(
    painter: &Painter,
    sources: &[&crate::design::Source],
    bounds: Rect,
    theme: &Theme,
) {
    let font = FontId::proportional(11.5);
    for (index, source) in sources.iter().enumerate() {
        let text = format!(
            "{} · {}/wk",
            source.name,
            format_count(source.leads_per_week)
        );
        let galley = painter.layout_no_wrap(text, font.clone(), theme.text);
        let y = bounds.top() + 14.0 + index as f32 * 22.0;
        let right = bounds.left() - 28.0;
        let tag = Rect::from_min_max(
            pos2(right - galley.size().x - 12.0, y - 9.0),
            pos2(right, y + 9.0),
        );
        painter.rect(
            tag,
            CornerRadius::same(9),
            theme.canvas,
            Stroke::new(1.0, theme.flow),
            StrokeKind::Inside,
        );
        painter.galley(
            pos2(tag.left() + 6.0, y - galley.size().y / 2.0),
            galley,
            theme.text,
        );
        let tip = pos2(bounds.left() + 6.0, y);
        painter.line_segment(
            [pos2(right, y), tip - vec2(6.0, 0.0)],
            Stroke::new(1.3, theme.flow),
        );
        painter.add(PathShape::convex_polygon(
            vec![tip, tip - vec2(8.0, 4.0), tip - vec2(8.0, -4.0)],
            theme.flow,
            Stroke::NONE,
        ));
    }
}

/// Small chips along the bottom edge: each role with its headcount, then each tool.
fn paint_chips(painter: &Painter, design: &Design, stage: &Stage, bounds: Rect, theme: &Theme) {
    let mut labels: Vec<String> = stage
        .roles
        .iter()
        .map(|staffing| {
            let name = design
                .roles
                .get(&staffing.role)
                .map_or(staffing.role.as_str(), |role| role.name.as_str());
            format!("{} ×{}", short(name), trim_number(staffing.headcount))
        })
        .collect();
    labels.extend(stage.tools.iter().map(|tool_id| {
        design
            .tools
            .get(tool_id)
            .map_or_else(|| tool_id.to_string(), |tool| short(&tool.name).to_owned())
    }));
    if labels.is_empty() {
        return;
    }
    let font = FontId::proportional(11.0);
    let galleys: Vec<_> = labels
        .into_iter()
        .map(|label| painter.layout_no_wrap(label, font.clone(), theme.text_muted))
        .collect();
    let total: f32 = galleys.iter().map(|g| g.size().x + 10.0).sum::<f32>() - 4.0;
    let mut x = bounds.center().x - total.min(bounds.width() - 16.0) / 2.0;
    let y = bounds.bottom() - 23.0;
    for galley in galleys {
        let width = galley.size().x + 6.0;
        if x + width > bounds.right() - 6.0 {
            break;
        }
        let chip = Rect::from_min_size(pos2(x, y), vec2(width, 16.0));
        painter.rect(
            chip,
            CornerRadius::same(7),
            theme.chip,
            Stroke::NONE,
            StrokeKind::Inside,
        );
        painter.galley(pos2(x + 3.0, y + 1.5), galley, theme.text_muted);
        x += width + 4.0;
    }
}

fn short(name: &str) -> &str {
    match name {
        "Account executive" => "AE",
        "Marketing coordinator" => "Mkt coord.",
        "Business analyst" => "Analyst",
        "Content creator" => "Content",
        "SEO/SEM specialist" => "SEO/SEM",
        "Customer success" => "Success",
        "Marketing automation" => "Automation",
        "Meeting booking" => "Booking",
        other => other,
    }
}

fn trim_number(value: f64) -> String {
    if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.2}").trim_end_matches('0').to_owned()
    }
}

fn paint_outline(painter: &Painter, outline: &Outline, fill: Color32, stroke: Stroke) {
    match outline {
        Outline::Trapezoid(points) => {
            painter.add(PathShape::convex_polygon(
                points.iter().map(|p| pos(*p)).collect(),
                fill,
                stroke,
            ));
        }
        Outline::Sector { pieces, outline } => {
            for piece in pieces {
                painter.add(PathShape::convex_polygon(
                    piece.iter().map(|p| pos(*p)).collect(),
                    fill,
                    Stroke::new(0.6, fill),
                ));
            }
            let mut points: Vec<Pos2> = outline.iter().map(|p| pos(*p)).collect();
            if let Some(first) = points.first().copied() {
                points.push(first);
            }
            painter.add(PathShape::line(points, PathStroke::from(stroke)));
        }
        Outline::Silo { bounds, cap_height } => {
            let body = rect(*bounds);
            let radius = vec2(body.width() / 2.0, cap_height / 2.0);
            let top_center = pos2(body.center().x, body.top() + cap_height / 2.0);
            let bottom_center = pos2(body.center().x, body.bottom() - cap_height / 2.0);
            painter.add(Shape::ellipse_filled(bottom_center, radius, fill));
            painter.add(Shape::ellipse_stroke(bottom_center, radius, stroke));
            painter.rect_filled(
                Rect::from_min_max(
                    pos2(body.left(), top_center.y),
                    pos2(body.right(), bottom_center.y),
                ),
                0.0,
                fill,
            );
            painter.line_segment(
                [
                    pos2(body.left(), top_center.y),
                    pos2(body.left(), bottom_center.y),
                ],
                stroke,
            );
            painter.line_segment(
                [
                    pos2(body.right(), top_center.y),
                    pos2(body.right(), bottom_center.y),
                ],
                stroke,
            );
            painter.add(Shape::ellipse_filled(
                top_center,
                radius,
                fill.gamma_multiply(0.92),
            ));
            painter.add(Shape::ellipse_stroke(top_center, radius, stroke));
        }
        Outline::Customer(bounds) => {
            let body = rect(*bounds);
            painter.rect(
                body,
                CornerRadius::same(14),
                fill,
                stroke,
                StrokeKind::Inside,
            );
            painter.rect_stroke(
                body.shrink(4.0),
                CornerRadius::same(10),
                Stroke::new(1.0, stroke.color.gamma_multiply(0.6)),
                StrokeKind::Inside,
            );
        }
        Outline::Cloud(bounds) => {
            let body = rect(*bounds);
            let radius = body.size() / 2.0;
            painter.add(Shape::ellipse_filled(body.center(), radius, fill));
            let points: Vec<Pos2> = (0..=72)
                .map(|step| {
                    let angle = std::f32::consts::TAU * step as f32 / 72.0;
                    body.center() + vec2(radius.x * angle.cos(), radius.y * angle.sin())
                })
                .collect();
            painter.extend(Shape::dashed_line(&points, stroke, 6.0, 4.0));
        }
        Outline::Lost(bounds) => {
            painter.rect(
                rect(*bounds),
                CornerRadius::same(6),
                fill,
                Stroke::new(1.0, stroke.color),
                StrokeKind::Inside,
            );
        }
    }
}

/// The line a flow is drawn along: straight, or curved aside when it runs back up (a loop)
/// so it does not cross the stages in between.
#[must_use]
pub fn flow_polyline(path: &FlowPath) -> Vec<Pos2> {
    let (start, end) = (pos(path.start), pos(path.end));
    let runs_back = end.y < start.y - 20.0 && (end.x - start.x).abs() < 150.0;
    if runs_back {
        let bulge = vec2(-160.0, 0.0);
        CubicBezierShape::from_points_stroke(
            [start, start + bulge, end + bulge, end],
            false,
            Color32::TRANSPARENT,
            Stroke::NONE,
        )
        .flatten(Some(0.5))
    } else {
        vec![start, end]
    }
}

/// Paints a flow along `points` with an arrow head.
pub fn paint_flow(
    painter: &Painter,
    points: &[Pos2],
    role: FlowRole,
    selected: bool,
    detail: Detail,
    theme: &Theme,
) {
    let (colour, width, dashed) = match role {
        FlowRole::Conversion { .. } => (theme.flow, 1.8, false),
        FlowRole::DropOut | FlowRole::WarmUp | FlowRole::Referral | FlowRole::Organic => {
            (theme.flow_secondary, 1.4, true)
        }
    };
    let colour = if selected { theme.selection } else { colour };
    let width = if selected { width + 1.2 } else { width };
    let stroke = Stroke::new(width, colour);
    // Zoomed far out, dashes would be a blur of tiny shapes: a thinner solid line reads as well.
    if dashed && detail == Detail::Outline {
        painter.add(PathShape::line(
            points.to_vec(),
            PathStroke::from(Stroke::new(width * 0.6, colour)),
        ));
    } else if dashed {
        painter.extend(Shape::dashed_line(points, stroke, 6.0, 4.0));
    } else {
        painter.add(PathShape::line(points.to_vec(), PathStroke::from(stroke)));
    }
    if let [.., before, tip] = points {
        let direction = (*tip - *before).normalized();
        let normal = vec2(-direction.y, direction.x);
        let head = vec![
            *tip,
            *tip - direction * 10.0 + normal * 5.0,
            *tip - direction * 10.0 - normal * 5.0,
        ];
        painter.add(PathShape::convex_polygon(head, colour, Stroke::NONE));
    }
}

/// Distance from `point` to a polyline, for clicking on a flow.
#[must_use]
pub fn distance_to_polyline(points: &[Pos2], point: Pos2) -> f32 {
    points
        .windows(2)
        .map(|pair| {
            let (a, b) = (pair[0], pair[1]);
            let ab = b - a;
            let t = ((point - a).dot(ab) / ab.length_sq().max(f32::EPSILON)).clamp(0.0, 1.0);
            (a + ab * t).distance(point)
        })
        .fold(f32::INFINITY, f32::min)
}
