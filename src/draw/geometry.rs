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

/// The centre and radius of the wheel flywheel segments sit on, if the design has any.
fn wheel(design: &Design) -> Option<(Point, f32, usize)> {
    let on_wheel: Vec<&Stage> = design
        .stages
        .values()
        .filter(|stage| {
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
    let center = Point::new(
        on_wheel.iter().map(|stage| stage.position.x).sum::<f32>() / count,
        on_wheel.iter().map(|stage| stage.position.y).sum::<f32>() / count,
    );
    let radius = on_wheel
        .iter()
        .map(|stage| (stage.position.x - center.x).hypot(stage.position.y - center.y))
        .sum::<f32>()
        / count;
    (radius > SECTOR_THICKNESS).then_some((center, radius, on_wheel.len()))
}

fn sector(center: Point, radius: f32, at: Point, count: usize) -> StageGeometry {
    let angle = (at.y - center.y).atan2(at.x - center.x);
    let span = (std::f32::consts::TAU / count as f32 - SECTOR_GAP).min(1.15);
    let (inner, outer) = (
        radius - SECTOR_THICKNESS / 2.0,
        radius + SECTOR_THICKNESS / 2.0,
    );
    let steps = 16;
    let point = |r: f32, a: f32| Point::new(center.x + r * a.cos(), center.y + r * a.sin());
    let angles: Vec<f32> = (0..=steps)
        .map(|step| angle - span / 2.0 + span * step as f32 / steps as f32)
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
    StageGeometry {
        bounds: Bounds::around(&outline)
            .unwrap_or_else(|| Bounds::centered(at, STAGE_WIDTH, STAGE_HEIGHT)),
        label_box: Bounds::centered(middle, STAGE_WIDTH - 50.0, SECTOR_THICKNESS - 20.0),
        outline: Outline::Sector { pieces, outline },
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
            let geometry = match (&stage.kind, wheel) {
                (StageKind::FlywheelSegment, Some((wheel_center, radius, count))) => {
                    sector(wheel_center, radius, center, count)
                }
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

/// Leads entering each stage a week once the flow has settled: its sources, and the
/// converters of the working stages that flow into it. Design alone, so the drawing does not
/// wait for (or jitter with) a simulation.
#[must_use]
pub fn settled_inflow(design: &Design) -> BTreeMap<StageId, f64> {
    let from_sources = |stage_id: &StageId| {
        design
            .sources_entering(stage_id)
            .map(|source| source.leads_per_week)
            .sum::<f64>()
    };
    let mut inflow: BTreeMap<StageId, f64> = design
        .stages
        .keys()
        .map(|stage_id| (stage_id.clone(), from_sources(stage_id)))
        .collect();
    // A funnel settles in as many passes as it has steps; a loop is cut off there.
    for _ in 0..design.stages.len().min(64) {
        let mut next: BTreeMap<StageId, f64> = design
            .stages
            .keys()
            .map(|stage_id| (stage_id.clone(), from_sources(stage_id)))
            .collect();
        for flow in &design.flows {
            let Some(from) = design.stages.get(&flow.from) else {
                continue;
            };
            if !matches!(
                from.kind,
                StageKind::FunnelStep | StageKind::FlywheelSegment
            ) {
                continue;
            }
            let moved =
                inflow.get(&flow.from).copied().unwrap_or(0.0) * from.conversion * flow.share;
            if let Some(into) = next.get_mut(&flow.to) {
                *into += moved;
            }
        }
        if next == inflow {
            break;
        }
        inflow = next;
    }
    inflow
}

/// Each funnel step's width above (the leads it takes in) and below (the leads it passes
/// on), growing with the square root of the leads: a step with a twentieth of the top's still
/// has room for its name. None when there are no leads to compare.
fn funnel_widths(design: &Design) -> BTreeMap<StageId, (f32, f32)> {
    let inflow = settled_inflow(design);
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
    let bounds_of = |stage_id: &StageId| boxes.get(stage_id).copied();
    let mut paths = Vec::new();
    let mut push = |from: &StageId, to: &StageId, role: FlowRole| {
        if from == to {
            return;
        }
        let (Some(from_bounds), Some(to_bounds)) = (bounds_of(from), bounds_of(to)) else {
            return;
        };
        paths.push(FlowPath {
            from: from.clone(),
            to: to.clone(),
            start: from_bounds.exit_towards(to_bounds.center()),
            end: to_bounds.exit_towards(from_bounds.center()),
            role,
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
