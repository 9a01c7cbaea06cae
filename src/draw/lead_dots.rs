//! Leads as moving dots, for the presentation: dots travel along flows at a steady speed and
//! are spaced so that the number passing per second is proportional to the simulated flow;
//! leads waiting in a stage pile up as dots inside it.

use super::Bounds;
use crate::design::Point;

/// Speed of a dot along a flow, in scene units per second.
pub const DOT_SPEED: f32 = 70.0;
/// The busiest flow gets a dot this often along its length, in scene units.
const DENSEST_SPACING: f32 = 18.0;

/// Total length of a polyline.
#[must_use]
pub fn polyline_length(points: &[Point]) -> f32 {
    points
        .windows(2)
        .map(|pair| (pair[1].x - pair[0].x).hypot(pair[1].y - pair[0].y))
        .sum()
}

/// The point `distance` along a polyline (clamped to its ends).
#[must_use]
pub fn point_along(points: &[Point], distance: f32) -> Point {
    let mut left = distance.max(0.0);
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let length = (b.x - a.x).hypot(b.y - a.y);
        if left <= length && length > 0.0 {
            let t = left / length;
            return Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        }
        left -= length;
    }
    points.last().copied().unwrap_or_default()
}

/// Where the dots of a flow are at `seconds` of animation. A flow carrying `rate` leads per
/// week, where the busiest carries `busiest_rate`, has dots `spacing` apart with
/// spacing ∝ 1 / rate, so dots pass at a rate proportional to the flow. No flow, no dots.
#[must_use]
pub fn flow_dots(points: &[Point], rate: f64, busiest_rate: f64, seconds: f64) -> Vec<Point> {
    if !(rate > 0.0 && busiest_rate > 0.0 && rate.is_finite()) {
        return Vec::new();
    }
    let length = polyline_length(points);
    let spacing = DENSEST_SPACING * (busiest_rate / rate).min(1e6) as f32;
    if length <= 0.0 || spacing <= 0.0 {
        return Vec::new();
    }
    // A trickle still shows one dot on its way now and then.
    let spacing = spacing.min(length.max(DENSEST_SPACING) * 1.5);
    let travelled = (seconds * f64::from(DOT_SPEED)) % f64::from(spacing);
    let mut dots = Vec::new();
    let mut at = travelled as f32;
    while at < length {
        dots.push(point_along(points, at));
        at += spacing;
    }
    dots
}

/// How many dots show `leads` waiting or sitting in a stage: every lead while few, then
/// growing with the square root so a pile stays readable, at most `cap`.
#[must_use]
pub fn pile_size(leads: f64, cap: usize) -> usize {
    if !(leads.is_finite() && leads >= 0.5) {
        return 0;
    }
    let shown = if leads <= 12.0 {
        leads.round()
    } else {
        12.0 + (leads - 12.0).sqrt() * 2.0
    };
    (shown as usize).min(cap)
}

/// Positions of `count` dots piled in rows from the bottom of `bounds` upward (leads
/// gathering in a stage), `gap` apart.
#[must_use]
pub fn pile_positions(bounds: Bounds, count: usize, gap: f32) -> Vec<Point> {
    let width = (bounds.max.x - bounds.min.x - gap).max(gap);
    let per_row = ((width / gap) as usize).max(1);
    (0..count)
        .map(|index| {
            let (row, column) = (index / per_row, index % per_row);
            Point::new(
                bounds.min.x + gap * (column as f32 + 1.0),
                bounds.max.y - gap * (row as f32 + 0.8),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line() -> Vec<Point> {
        vec![Point::new(0.0, 0.0), Point::new(360.0, 0.0)]
    }

    #[test]
    fn dots_pass_in_proportion_to_the_flow() {
        let busy = flow_dots(&line(), 40.0, 40.0, 0.0).len();
        let half = flow_dots(&line(), 20.0, 40.0, 0.0).len();
        assert_eq!(busy, 20);
        assert_eq!(half, 10);
        assert!(flow_dots(&line(), 0.0, 40.0, 0.0).is_empty());
    }

    #[test]
    fn dots_move_along_the_flow_over_time() {
        let before = flow_dots(&line(), 40.0, 40.0, 0.0);
        let later = flow_dots(&line(), 40.0, 40.0, 0.1);
        assert!((later[0].x - before[0].x - 7.0).abs() < 1e-3);
    }

    #[test]
    fn piles_grow_slower_than_the_leads_and_stop_at_the_cap() {
        assert_eq!(pile_size(3.0, 60), 3);
        assert!(pile_size(400.0, 60) < 60);
        assert!(pile_size(400.0, 60) > pile_size(100.0, 60));
        assert_eq!(pile_size(1e9, 60), 60);
        assert_eq!(pile_size(f64::NAN, 60), 0);
        let bounds = Bounds {
            min: Point::new(0.0, 0.0),
            max: Point::new(100.0, 50.0),
        };
        let dots = pile_positions(bounds, 12, 10.0);
        assert_eq!(dots.len(), 12);
        assert!(dots.iter().all(|dot| dot.y < 50.0 && dot.x < 100.0));
    }
}
