//! A small line chart of a weekly series as shapes, with its 10–90 % band in Monte Carlo
//! mode: for slides and the presentation, where an interactive plot has no place.

use super::shapes::{Align, Line, Shape, TextMeasure, line_height};
use super::{Bounds, Colour, Theme};
use crate::design::Point;

/// A weekly series to chart: a central line and, optionally, a band around it.
#[derive(Clone, Debug)]
pub struct Series<'a> {
    /// Legend text.
    pub label: &'a str,
    /// One value per week, week 1 first.
    pub values: &'a [f64],
    /// Low and high edge of the band, per week.
    pub band: Option<(&'a [f64], &'a [f64])>,
    /// Line colour.
    pub colour: Colour,
}

/// A step of 1, 2 or 5 × 10ⁿ giving at most `ticks` steps up to `max`.
#[must_use]
pub fn nice_step(max: f64, ticks: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let rough = max / ticks;
    let magnitude = 10_f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|factor| factor * magnitude)
        .find(|step| *step >= rough)
        .unwrap_or(10.0 * magnitude)
}

/// A tick label: whole numbers, thousands as k, millions as M.
fn tick_label(value: f64) -> String {
    if value.abs() >= 1e6 {
        format!("{} M", trim(value / 1e6))
    } else if value.abs() >= 1e4 {
        format!("{} k", trim(value / 1e3))
    } else {
        trim(value)
    }
}

fn trim(value: f64) -> String {
    let text = format!("{value:.1}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Appends a chart of `series` filling `area`: axes with ticks, grid lines, band, line.
pub fn chart_shapes(
    out: &mut Vec<Shape>,
    series: &Series<'_>,
    area: Bounds,
    theme: &Theme,
    measure: &dyn TextMeasure,
) {
    let label_size = 15.0;
    let weeks = series.values.len().max(1);
    let highest = series
        .band
        .map_or(series.values, |(_, high)| high)
        .iter()
        .chain(series.values)
        .copied()
        .filter(|value| value.is_finite())
        .fold(0.0_f64, f64::max);
    let step = nice_step(highest, 4.0);
    let top_value = (highest / step).ceil().max(1.0) * step;
    let widest_label = measure.width(&tick_label(top_value), label_size);
    let plot = Bounds {
        min: Point::new(area.min.x + widest_label + 12.0, area.min.y + 8.0),
        max: Point::new(
            area.max.x - 8.0,
            area.max.y - line_height(label_size) - 10.0,
        ),
    };
    let x_of = |week: f64| plot.min.x + (plot.max.x - plot.min.x) * (week / weeks as f64) as f32;
    let y_of = |value: f64| plot.max.y - (plot.max.y - plot.min.y) * (value / top_value) as f32;

    let mut value = 0.0;
    while value <= top_value + step * 0.01 {
        let y = y_of(value);
        out.push(Shape::Path {
            points: vec![Point::new(plot.min.x, y), Point::new(plot.max.x, y)],
            line: Line::solid(1.0, theme.grid),
        });
        out.push(Shape::text(
            plot.min.x - 8.0,
            y - line_height(label_size) / 2.0,
            Align::End,
            label_size,
            theme.text_muted,
            tick_label(value),
        ));
        value += step;
    }
    let week_step = nice_step(weeks as f64, 4.0).max(1.0);
    let mut week = 0.0;
    while week <= weeks as f64 + 0.01 {
        out.push(Shape::text(
            x_of(week),
            plot.max.y + 6.0,
            Align::Middle,
            label_size,
            theme.text_muted,
            format!("wk {week:.0}"),
        ));
        week += week_step;
    }
    out.push(Shape::Path {
        points: vec![
            Point::new(plot.min.x, plot.min.y),
            Point::new(plot.min.x, plot.max.y),
            Point::new(plot.max.x, plot.max.y),
        ],
        line: Line::solid(1.2, theme.text_muted),
    });
    let point = |index: usize, value: f64| Point::new(x_of((index + 1) as f64), y_of(value));
    if let Some((low, high)) = series.band {
        let mut outline: Vec<Point> = high
            .iter()
            .enumerate()
            .map(|(index, value)| point(index, *value))
            .collect();
        outline.extend(
            low.iter()
                .enumerate()
                .rev()
                .map(|(index, value)| point(index, *value)),
        );
        out.push(Shape::Polygon {
            points: outline,
            fill: series.colour.faded(0.18),
            line: Line::NONE,
        });
    }
    out.push(Shape::Path {
        points: series
            .values
            .iter()
            .enumerate()
            .map(|(index, value)| point(index, *value))
            .collect(),
        line: Line::solid(3.0, series.colour),
    });
    out.push(Shape::text(
        plot.min.x + 12.0,
        plot.min.y + 4.0,
        Align::Start,
        label_size,
        series.colour,
        series.label,
    ));
}

#[cfg(test)]
mod tests {
    use super::nice_step;

    #[test]
    fn steps_are_one_two_or_five() {
        assert!((nice_step(100.0, 4.0) - 50.0).abs() < 1e-9);
        assert!((nice_step(52.0, 4.0) - 20.0).abs() < 1e-9);
        assert!((nice_step(7.0, 4.0) - 2.0).abs() < 1e-9);
        assert!((nice_step(0.0, 4.0) - 1.0).abs() < 1e-9);
    }
}
