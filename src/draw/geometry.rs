//! Stage outlines and flow paths in scene units.

use crate::design::{
    Design, DropOuts, FunnelWidths, Point, ProcessShape, Stage, StageId, StageKind,
};
use std::collections::BTreeMap;

/// Width of a stage's box.
pub const STAGE_WIDTH: f32 = 210.0;
/// Height of a stage's box.
pub const STAGE_HEIGHT: f32 = 112.0;
/// A funnel step of equal widths narrows by this much on each side from top to bottom.
const FUNNEL_TAPER: f32 = 16.0;
/// The widest a funnel step is drawn, carrying the most leads.
const FUNNEL_WIDEST: f32 = STAGE_WIDTH + 30.0;
/// The narrowest, carrying next to none: still room for a name.
const FUNNEL_NARROWEST: f32 = 110.0;
/// Radial thickness of a flywheel segment.
const SECTOR_THICKNESS: f32 = 140.0;
/// Gap between flywheel segments, in radians.
const SECTOR_GAP: f32 = 0.12;

/// An axis-aligned rectangle.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Top left.
    pub min: Point,
    /// Bottom right.
    pub max: Point,
}

impl Bounds {
    /// The box of `size` centred on `center`.
    #[must_use]
    pub fn centered(center: Point, width: f32, height: f32) -> Self {
        Self {
            min: Point::new(center.x - width / 2.0, center.y - height / 2.0),
            max: Point::new(center.x + width / 2.0, center.y + height / 2.0),
        }
    }

    /// Centre point.
    #[must_use]
    pub fn center(&self) -> Point {
        Point::new(
            f32::midpoint(self.min.x, self.max.x),
            f32::midpoint(self.min.y, self.max.y),
        )
    }

    /// The smallest box holding all `points`.
    #[must_use]
    pub fn around(points: &[Point]) -> Option<Self> {
        let first = points.first()?;
        let mut bounds = Self {
            min: *first,
            max: *first,
        };
        for point in points {
            bounds.min.x = bounds.min.x.min(point.x);
            bounds.min.y = bounds.min.y.min(point.y);
            bounds.max.x = bounds.max.x.max(point.x);
            bounds.max.y = bounds.max.y.max(point.y);
        }
        Some(bounds)
    }

    /// Where the segment from the centre towards `target` leaves the box.
    #[must_use]
    pub fn exit_towards(&self, target: Point) -> Point {
        let center = self.center();
        let (dx, dy) = (target.x - center.x, target.y - center.y);
        let half_width = (self.max.x - self.min.x) / 2.0;
        let half_height = (self.max.y - self.min.y) / 2.0;
        let scale_x = if dx.abs() > f32::EPSILON {
            half_width / dx.abs()
        } else {
            f32::INFINITY
        };
        let scale_y = if dy.abs() > f32::EPSILON {
            half_height / dy.abs()
        } else {
            f32::INFINITY
        };
        let scale = scale_x.min(scale_y).min(1.0);
        Point::new(center.x + dx * scale, center.y + dy * scale)
    }
}

/// The outline a stage is drawn with.
#[derive(Clone, Debug, PartialEq)]
pub enum Outline {
    /// A funnel step: a trapezoid narrowing downward (top left, top right, bottom right,
    /// bottom left).
    Trapezoid([Point; 4]),
    /// A flywheel segment: an arc of a ring, as convex quads along the arc.
    Sector {
        /// Convex pieces, each four points.
        pieces: Vec<[Point; 4]>,
        /// The whole outline, outer arc then inner arc reversed.
        outline: Vec<Point>,
        /// Where on the wheel it sits.
        spot: WheelSpot,
    },
    /// A nurture pool: a silo (a box with an elliptical top of this height).
    Silo {
        /// The body.
        bounds: Bounds,
        /// Height of the elliptical cap.
        cap_height: f32,
    },
    /// A customer stage: a rounded box with a double border.
    Customer(Bounds),
    /// Brand reach: an ellipse with a dashed border.
    Cloud(Bounds),
    /// Lost: a small muted box.
    Lost(Bounds),
}

/// A segment's place on the wheel: flows between segments run along its rim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct WheelSpot {
    /// The wheel's centre, shared by every segment.
    pub center: Point,
    /// Radius of the ring's middle.
    pub radius: f32,
    /// The segment's middle, in radians.
    pub angle: f32,
}

/// Where and how a stage is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct StageGeometry {
    /// The box that holds the outline; used for hit-testing.
    pub bounds: Bounds,
    /// The box labels are centred in and flows end at: the bounds, except for a flywheel
    /// segment, whose bounding box is much larger than its middle.
    pub label_box: Bounds,
    /// The outline.
    pub outline: Outline,
}

/// One wheel for the flywheel: its segments (and, in a flywheel design, its customer stage)
/// around one centre, each spanning from midway to its neighbour before to midway to the one
/// after, so together they make the whole ring.
struct Wheel {
    center: Point,
    radius: f32,
    /// Each stage on the wheel: its middle angle and its span's start and end.
    spans: BTreeMap<StageId, (f32, f32, f32)>,
}

/// The wheel, if the design has flywheel segments to make one of.
fn wheel(design: &Design) -> Option<Wheel> {
    use std::f32::consts::TAU;
    let on_wheel: Vec<(&StageId, &Stage)> = design
        .stages
        .iter()
        .filter(|(_, stage)| {
            matches!(stage.kind, StageKind::FlywheelSegment)
                || design.shape == ProcessShape::Flywheel
                    && matches!(stage.kind, StageKind::Customer(_))
        })
        .collect();
    let segments = design
        .stages
        .values()
        .filter(|stage| matches!(stage.kind, StageKind::FlywheelSegment))
        .count();
    if segments == 0 || on_wheel.len() < 2 {
        return None;
    }
    let count = on_wheel.len() as f32;
    let positions: Vec<Point> = on_wheel.iter().map(|(_, stage)| stage.position).collect();
    let center = circle_through(&positions).unwrap_or_else(|| {
        Point::new(
            positions.iter().map(|point| point.x).sum::<f32>() / count,
            positions.iter().map(|point| point.y).sum::<f32>() / count,
        )
    });
    let radius = on_wheel
        .iter()
        .map(|(_, stage)| (stage.position.x - center.x).hypot(stage.position.y - center.y))
        .sum::<f32>()
        / count;
    if radius <= SECTOR_THICKNESS {
        return None;
    }
    let mut angles: Vec<(&StageId, f32)> = on_wheel
        .iter()
        .map(|(stage_id, stage)| {
            let angle = (stage.position.y - center.y).atan2(stage.position.x - center.x);
            (*stage_id, angle.rem_euclid(TAU))
        })
        .collect();
    angles.sort_by(|a, b| a.1.total_cmp(&b.1));
    let n = angles.len();
    let spans = (0..n)
        .map(|index| {
            let (stage_id, angle) = angles[index];
            let before = angles[(index + n - 1) % n].1;
            let after = angles[(index + 1) % n].1;
            let gap_before = (angle - before).rem_euclid(TAU);
            let gap_after = (after - angle).rem_euclid(TAU);
            let (gap_before, gap_after) = if n == 1 {
                (TAU, TAU)
            } else {
                (gap_before, gap_after)
            };
            (
                stage_id.clone(),
                (
                    angle,
                    angle - gap_before / 2.0 + SECTOR_GAP / 2.0,
                    angle + gap_after / 2.0 - SECTOR_GAP / 2.0,
                ),
            )
        })
        .collect();
    Some(Wheel {
        center,
        radius,
        spans,
    })
}

/// The centre of the circle closest to `points` (least squares, Kåsa's fit): segments placed
/// on a circle among other stages share its centre, not their own centroid. None for fewer
/// than three points or points on a line.
fn circle_through(points: &[Point]) -> Option<Point> {
    if points.len() < 3 {
        return None;
    }
    // Centred first, for a well-conditioned system.
    let n = points.len() as f64;
    let mean_x = points.iter().map(|p| f64::from(p.x)).sum::<f64>() / n;
    let mean_y = points.iter().map(|p| f64::from(p.y)).sum::<f64>() / n;
    let (mut xx, mut xy, mut yy, mut xz, mut yz) = (0.0, 0.0, 0.0, 0.0, 0.0);
    for point in points {
        let (x, y) = (f64::from(point.x) - mean_x, f64::from(point.y) - mean_y);
        let z = x * x + y * y;
        xx += x * x;
        xy += x * y;
        yy += y * y;
        xz += x * z;
        yz += y * z;
    }
    // 2·[xx xy; xy yy]·c = [xz; yz]
    let determinant = xx * yy - xy * xy;
    if determinant.abs() < 1e-6 * (xx * yy).max(1.0) {
        return None;
    }
    let cx = (xz * yy - yz * xy) / (2.0 * determinant);
    let cy = (yz * xx - xz * xy) / (2.0 * determinant);
    let center = Point::new((cx + mean_x) as f32, (cy + mean_y) as f32);
    (center.x.is_finite() && center.y.is_finite()).then_some(center)
}

fn sector(wheel: &Wheel, at: Point, (angle, start, end): (f32, f32, f32)) -> StageGeometry {
    let (center, radius) = (wheel.center, wheel.radius);
    let (inner, outer) = (
        radius - SECTOR_THICKNESS / 2.0,
        radius + SECTOR_THICKNESS / 2.0,
    );
    let steps = 24;
    let point = |r: f32, a: f32| Point::new(center.x + r * a.cos(), center.y + r * a.sin());
    let angles: Vec<f32> = (0..=steps)
        .map(|step| start + (end - start) * step as f32 / steps as f32)
        .collect();
    let pieces = angles
        .windows(2)
        .map(|pair| {
            [
                point(outer, pair[0]),
                point(outer, pair[1]),
                point(inner, pair[1]),
                point(inner, pair[0]),
            ]
        })
        .collect();
    let mut outline: Vec<Point> = angles.iter().map(|&a| point(outer, a)).collect();
    outline.extend(angles.iter().rev().map(|&a| point(inner, a)));
    let middle = point(radius, angle);
    // The label box is what fits inside the ring at the segment's middle.
    let chord = (2.0 * inner * ((end - start) / 2.0).min(1.2).sin()).min(STAGE_WIDTH - 30.0);
    StageGeometry {
        bounds: Bounds::around(&outline)
            .unwrap_or_else(|| Bounds::centered(at, STAGE_WIDTH, STAGE_HEIGHT)),
        label_box: Bounds::centered(middle, chord.max(110.0), SECTOR_THICKNESS - 24.0),
        outline: Outline::Sector {
            pieces,
            outline,
            spot: WheelSpot {
                center,
                radius,
                angle,
            },
        },
    }
}

/// A point on a trapezoid's bounding box moved in to its outline at the same height: a funnel
/// step narrower below than its box starts its flows on its edge, not in the air beside it.
fn onto_trapezoid(
    point: Point,
    [top_left, top_right, bottom_right, bottom_left]: [Point; 4],
) -> Point {
    let height = (bottom_left.y - top_left.y).max(1.0);
    let along = ((point.y - top_left.y) / height).clamp(0.0, 1.0);
    let left = top_left.x + (bottom_left.x - top_left.x) * along;
    let right = top_right.x + (bottom_right.x - top_right.x) * along;
    Point::new(point.x.clamp(left, right), point.y)
}

/// Whether the straight line from `start` to `end` passes through the middle of `bounds`
/// (its inner part: grazing an edge is not crossing).
fn segment_crosses(start: Point, end: Point, bounds: Bounds) -> bool {
    let inset = 12.0;
    let (min, max) = (
        Point::new(bounds.min.x + inset, bounds.min.y + inset),
        Point::new(bounds.max.x - inset, bounds.max.y - inset),
    );
    // Most boxes are nowhere near the line: a cheap test first (a frame checks every flow
    // against every stage).
    let beside = start.x.max(end.x) <= min.x
        || start.x.min(end.x) >= max.x
        || start.y.max(end.y) <= min.y
        || start.y.min(end.y) >= max.y;
    if beside {
        return false;
    }
    (1..24).any(|step| {
        let along = step as f32 / 24.0;
        let x = start.x + (end.x - start.x) * along;
        let y = start.y + (end.y - start.y) * along;
        x > min.x && x < max.x && y > min.y && y < max.y
    })
}

/// The arc from one segment's middle to another's, just outside the ring (a referral or other
/// secondary line a little further out, so it never lies on a conversion).
fn rim_between(from: WheelSpot, to: WheelSpot, role: FlowRole) -> Rim {
    use std::f32::consts::{PI, TAU};
    let out = match role {
        FlowRole::Conversion { .. } => 18.0,
        _ => 34.0,
    };
    let turn = (to.angle - from.angle + PI).rem_euclid(TAU) - PI;
    // Start and end a little inside each segment's middle, clear of its label.
    let trim = (turn.abs() * 0.22).min(0.35) * turn.signum();
    Rim {
        center: from.center,
        radius: from.radius + SECTOR_THICKNESS / 2.0 + out,
        from: from.angle + trim,
        to: from.angle + turn - trim,
    }
}

impl Rim {
    /// The point on the arc at `angle`.
    #[must_use]
    pub fn point(&self, angle: f32) -> Point {
        Point::new(
            self.center.x + self.radius * angle.cos(),
            self.center.y + self.radius * angle.sin(),
        )
    }

    /// Points along the arc, start to end.
    #[must_use]
    pub fn points(&self) -> Vec<Point> {
        let steps = 32;
        (0..=steps)
            .map(|step| self.point(self.from + (self.to - self.from) * step as f32 / steps as f32))
            .collect()
    }
}

/// Geometry of every stage, in design order.
#[must_use]
pub fn stage_geometry(design: &Design) -> Vec<(StageId, StageGeometry)> {
    let wheel = wheel(design);
    let widths = match design.presentation.funnel_widths {
        FunnelWidths::FollowLeads => funnel_widths(design),
        FunnelWidths::Equal => BTreeMap::new(),
    };
    design
        .stages
        .iter()
        .map(|(stage_id, stage)| {
            let center = stage.position;
            let plain = Bounds::centered(center, STAGE_WIDTH, STAGE_HEIGHT);
            let on_wheel = wheel
                .as_ref()
                .and_then(|wheel| Some((wheel, *wheel.spans.get(stage_id)?)));
            if let Some((wheel, span)) = on_wheel {
                return (stage_id.clone(), sector(wheel, center, span));
            }
            let geometry = match (&stage.kind, &wheel) {
                (StageKind::FunnelStep, _) if widths.contains_key(stage_id) => {
                    let (top, bottom) = widths[stage_id];
                    funnel_step(center, top, bottom)
                }
                (StageKind::FunnelStep | StageKind::FlywheelSegment, _) => StageGeometry {
                    bounds: plain,
                    label_box: plain,
                    outline: Outline::Trapezoid([
                        plain.min,
                        Point::new(plain.max.x, plain.min.y),
                        Point::new(plain.max.x - FUNNEL_TAPER, plain.max.y),
                        Point::new(plain.min.x + FUNNEL_TAPER, plain.max.y),
                    ]),
                },
                (StageKind::NurturePool(_), _) => {
                    let bounds = Bounds::centered(center, STAGE_WIDTH - 20.0, STAGE_HEIGHT + 24.0);
                    StageGeometry {
                        bounds,
                        label_box: bounds,
                        outline: Outline::Silo {
                            bounds,
                            cap_height: 22.0,
                        },
                    }
                }
                (StageKind::Customer(_), _) => StageGeometry {
                    bounds: plain,
                    label_box: plain,
                    outline: Outline::Customer(plain),
                },
                (StageKind::BrandReach(_), _) => {
                    let bounds = Bounds::centered(center, STAGE_WIDTH + 20.0, STAGE_HEIGHT + 10.0);
                    StageGeometry {
                        bounds,
                        label_box: bounds,
                        outline: Outline::Cloud(bounds),
                    }
                }
                (StageKind::Lost, _) => {
                    let bounds = Bounds::centered(center, STAGE_WIDTH - 40.0, STAGE_HEIGHT - 30.0);
                    StageGeometry {
                        bounds,
                        label_box: bounds,
                        outline: Outline::Lost(bounds),
                    }
                }
            };
            (stage_id.clone(), geometry)
        })
        .collect()
}

/// A funnel step `top` wide above, `bottom` wide below.
fn funnel_step(center: Point, top: f32, bottom: f32) -> StageGeometry {
    let bounds = Bounds::centered(center, top.max(bottom), STAGE_HEIGHT);
    let (top_y, bottom_y) = (bounds.min.y, bounds.max.y);
    StageGeometry {
        bounds,
        label_box: bounds,
        outline: Outline::Trapezoid([
            Point::new(center.x - top / 2.0, top_y),
            Point::new(center.x + top / 2.0, top_y),
            Point::new(center.x + bottom / 2.0, bottom_y),
            Point::new(center.x - bottom / 2.0, bottom_y),
        ]),
    }
}

/// Each funnel step's width above (the leads it takes in) and below (the leads it passes
/// on), growing with the square root of the leads: a step with a twentieth of the top's still
/// has room for its name. None when there are no leads to compare.
fn funnel_widths(design: &Design) -> BTreeMap<StageId, (f32, f32)> {
    let inflow = crate::design::inflow::settled_inflow(design);
    let steps: Vec<(&StageId, f64, f64)> = design
        .stages
        .iter()
        .filter(|(_, stage)| stage.kind == StageKind::FunnelStep)
        .map(|(stage_id, stage)| {
            let entering = inflow.get(stage_id).copied().unwrap_or(0.0);
            (stage_id, entering, entering * stage.conversion)
        })
        .collect();
    let most = steps
        .iter()
        .map(|(_, entering, _)| *entering)
        .fold(0.0, f64::max);
    if steps.len() < 2 || !(most.is_finite() && most > 0.0) {
        return BTreeMap::new();
    }
    let width = |leads: f64| {
        let share = (leads / most).clamp(0.0, 1.0).sqrt() as f32;
        FUNNEL_NARROWEST + (FUNNEL_WIDEST - FUNNEL_NARROWEST) * share
    };
    steps
        .into_iter()
        .map(|(stage_id, entering, passing)| (stage_id.clone(), (width(entering), width(passing))))
        .collect()
}

/// Why leads travel between two stages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlowRole {
    /// A flow of converters; `index` is its position in `Design::flows`.
    Conversion {
        /// Index in `Design::flows`.
        index: usize,
    },
    /// Non-converters going to a nurture pool.
    DropOut,
    /// Warmed-up leads returning from a nurture pool.
    WarmUp,
    /// Referrals from customers.
    Referral,
    /// Organic leads from brand reach.
    Organic,
}

/// A line from one stage to another.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowPath {
    /// Leaves this stage.
    pub from: StageId,
    /// Enters this stage.
    pub to: StageId,
    /// Start, on the edge of `from`.
    pub start: Point,
    /// End, on the edge of `to`.
    pub end: Point,
    /// What it carries.
    pub role: FlowRole,
    /// Between two segments of one wheel: runs along its rim, from one's middle to the other's.
    pub rim: Option<Rim>,
    /// A straight line would cross another stage (a flow that skips one): it bends round.
    pub detour: bool,
}

/// A flow along the wheel's rim, outside the ring.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rim {
    /// The wheel's centre.
    pub center: Point,
    /// Radius of the flow's arc.
    pub radius: f32,
    /// Where it starts, in radians.
    pub from: f32,
    /// Where it ends, in radians, the short way round from `from`.
    pub to: f32,
}

impl FlowPath {
    /// The share of its stage's converters a conversion flow carries; none for other lines.
    #[must_use]
    pub fn share(&self, design: &Design) -> Option<f64> {
        match self.role {
            FlowRole::Conversion { index } => design.flows.get(index).map(|flow| flow.share),
            _ => None,
        }
    }
}

/// Every line between stages: flows, drop-outs to pools, warm-ups, referrals, organic leads.
#[must_use]
pub fn flow_paths(design: &Design, geometry: &[(StageId, StageGeometry)]) -> Vec<FlowPath> {
    let boxes: std::collections::BTreeMap<&StageId, Bounds> =
        geometry.iter().map(|(id, g)| (id, g.label_box)).collect();
    let outlines: std::collections::BTreeMap<&StageId, &Outline> =
        geometry.iter().map(|(id, g)| (id, &g.outline)).collect();
    let on_outline = |stage_id: &StageId, point: Point| match outlines.get(stage_id) {
        Some(Outline::Trapezoid(corners)) => onto_trapezoid(point, *corners),
        _ => point,
    };
    let spots: std::collections::BTreeMap<&StageId, WheelSpot> = geometry
        .iter()
        .filter_map(|(id, g)| match &g.outline {
            Outline::Sector { spot, .. } => Some((id, *spot)),
            _ => None,
        })
        .collect();
    let bounds_of = |stage_id: &StageId| boxes.get(stage_id).copied();
    let mut paths = Vec::new();
    let mut push = |from: &StageId, to: &StageId, role: FlowRole| {
        if from == to {
            return;
        }
        let (Some(from_bounds), Some(to_bounds)) = (bounds_of(from), bounds_of(to)) else {
            return;
        };
        let rim = match (spots.get(from), spots.get(to)) {
            (Some(a), Some(b)) if a.center == b.center => Some(rim_between(*a, *b, role)),
            _ => None,
        };
        let (start, end) = match rim {
            Some(rim) => (rim.point(rim.from), rim.point(rim.to)),
            None => (
                on_outline(from, from_bounds.exit_towards(to_bounds.center())),
                on_outline(to, to_bounds.exit_towards(from_bounds.center())),
            ),
        };
        let detour = rim.is_none()
            && boxes.iter().any(|(id, bounds)| {
                segment_crosses(start, end, *bounds) && *id != from && *id != to
            });
        paths.push(FlowPath {
            from: from.clone(),
            to: to.clone(),
            start,
            end,
            role,
            rim,
            detour,
        });
    };
    for (index, flow) in design.flows.iter().enumerate() {
        push(&flow.from, &flow.to, FlowRole::Conversion { index });
    }
    for (stage_id, stage) in &design.stages {
        if let DropOuts::NurturePool(pool) = &stage.drop_outs {
            push(stage_id, pool, FlowRole::DropOut);
        }
        match &stage.kind {
            StageKind::NurturePool(pool) => push(stage_id, &pool.warm_up_to, FlowRole::WarmUp),
            StageKind::Customer(customers) => {
                if let Some(target) = &customers.referrals_to
                    && customers.referrals_per_customer_per_year > 0.0
                {
                    push(stage_id, target, FlowRole::Referral);
                }
            }
            StageKind::BrandReach(reach) => push(stage_id, &reach.organic_to, FlowRole::Organic),
            StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::Lost => {}
        }
    }
    paths
}

#[cfg(test)]
mod tests {
    use super::{Outline, stage_geometry};
    use crate::design::{FunnelWidths, StageId};

    /// Top and bottom widths of a funnel step.
    fn widths(design: &crate::design::Design, id: &str) -> (f32, f32) {
        let geometry = stage_geometry(design);
        let (_, geometry) = geometry
            .iter()
            .find(|(stage_id, _)| *stage_id == StageId::new(id))
            .expect("drawn");
        match geometry.outline {
            Outline::Trapezoid([top_left, top_right, bottom_right, bottom_left]) => {
                (top_right.x - top_left.x, bottom_right.x - bottom_left.x)
            }
            _ => panic!("{id} is not drawn as a funnel step"),
        }
    }

    #[test]
    fn a_flow_leaves_a_narrowed_funnel_step_from_its_edge() {
        use crate::design::Point;
        let corners = [
            Point::new(0.0, 0.0),
            Point::new(200.0, 0.0),
            Point::new(150.0, 100.0),
            Point::new(50.0, 100.0),
        ];
        // On the bounding box's right side, low down: moved in to the slanting edge.
        let moved = super::onto_trapezoid(Point::new(200.0, 90.0), corners);
        assert!((moved.x - 155.0).abs() < 1e-3, "{moved:?}");
        // Already on the outline: unchanged.
        assert_eq!(
            super::onto_trapezoid(Point::new(100.0, 100.0), corners),
            Point::new(100.0, 100.0)
        );
    }

    #[test]
    fn a_flow_that_skips_a_stage_bends_round_it_and_the_others_stay_straight() {
        let mut design = crate::templates::design_named("classic-funnel").expect("example");
        let straight: Vec<bool> = super::flow_paths(&design, &stage_geometry(&design))
            .iter()
            .map(|path| path.detour)
            .collect();
        assert!(straight.iter().all(|detour| !detour), "{straight:?}");
        design.flows.push(crate::design::Flow {
            from: StageId::new("awareness"),
            to: StageId::new("conversion"),
            share: 0.1,
        });
        let geometry = stage_geometry(&design);
        let paths = super::flow_paths(&design, &geometry);
        let skip = paths
            .iter()
            .find(|path| {
                path.to == StageId::new("conversion") && path.from == StageId::new("awareness")
            })
            .expect("drawn");
        assert!(skip.detour);
        let points = crate::draw::flow_polyline(skip);
        let consideration = geometry
            .iter()
            .find(|(id, _)| *id == StageId::new("consideration"))
            .map(|(_, g)| g.label_box)
            .expect("drawn");
        assert!(
            points.iter().all(|p| !(p.x > consideration.min.x
                && p.x < consideration.max.x
                && p.y > consideration.min.y
                && p.y < consideration.max.y)),
            "round Consideration, not through it"
        );
    }

    #[test]
    fn a_flywheel_is_one_wheel_with_its_flows_along_the_rim() {
        use std::f32::consts::TAU;
        let mut design = crate::templates::design_named("flywheel").expect("example");
        // Other stages around the circle too, as Arrange as flywheel leaves them.
        crate::design::edit::add_stage(
            &mut design,
            crate::design::StageKindTag::NurturePool,
            crate::design::Point::new(0.0, 0.0),
            crate::i18n::current(),
        );
        crate::design::edit::arrange_flywheel(&mut design);
        let geometry = stage_geometry(&design);
        let spots: Vec<_> = geometry
            .iter()
            .filter_map(|(id, g)| match &g.outline {
                Outline::Sector { spot, outline, .. } => Some((id.clone(), *spot, outline.len())),
                _ => None,
            })
            .collect();
        let ids: Vec<&str> = spots.iter().map(|(id, ..)| id.as_str()).collect();
        assert_eq!(
            ids.len(),
            3,
            "Attract, Engage and Delight on the wheel: {ids:?}"
        );
        for (id, spot, _) in &spots {
            assert!(
                spot.center.x.abs() < 1.0 && spot.center.y.abs() < 1.0,
                "{id} around the circle's centre: {spot:?}"
            );
        }
        // Together the segments go round: each spans a third less the gap.
        for (id, g) in &geometry {
            if let Outline::Sector { outline, spot, .. } = &g.outline {
                let first = outline[0];
                let last_outer = outline[outline.len() / 2 - 1];
                let angle =
                    |p: crate::design::Point| (p.y - spot.center.y).atan2(p.x - spot.center.x);
                let span = (angle(last_outer) - angle(first)).rem_euclid(TAU);
                assert!(
                    (span - (TAU / 3.0 - super::SECTOR_GAP)).abs() < 0.01,
                    "{id}: {span}"
                );
            }
        }
        let paths = super::flow_paths(&design, &geometry);
        let on_rim: Vec<_> = paths.iter().filter(|path| path.rim.is_some()).collect();
        assert_eq!(on_rim.len(), 3, "two conversions and the referral go round");
        for path in on_rim {
            let points = crate::draw::flow_polyline(path);
            assert!(points.len() > 2, "an arc, with an arrowhead at its end");
        }
    }

    #[test]
    fn funnel_steps_narrow_with_the_leads_they_carry_unless_asked_for_equal_widths() {
        let mut design = crate::templates::design_named("classic-funnel").expect("example");
        let steps = ["awareness", "consideration", "conversion"];
        let shown: Vec<(f32, f32)> = steps.iter().map(|id| widths(&design, id)).collect();
        for pair in shown.windows(2) {
            assert!(pair[0].0 > pair[1].0, "narrower down the funnel: {shown:?}");
            // What one step passes on is what the next takes in: the outline is continuous.
            assert!((pair[0].1 - pair[1].0).abs() < 1e-3, "{shown:?}");
        }
        // More leads into the top widen the top only relative to the rest.
        let before = widths(&design, "consideration");
        design
            .stages
            .get_mut(&StageId::new("awareness"))
            .expect("stage")
            .conversion *= 2.0;
        let after = widths(&design, "consideration");
        assert!(after.0 > before.0, "{before:?} → {after:?}");

        design.presentation.funnel_widths = FunnelWidths::Equal;
        let equal: Vec<(f32, f32)> = steps.iter().map(|id| widths(&design, id)).collect();
        assert!(equal.windows(2).all(|pair| pair[0] == pair[1]), "{equal:?}");
    }
}
