//! A small line chart of a weekly series as shapes, with its 10–90 % band in Monte Carlo
//! mode: for slides and the presentation, where an interactive plot has no place.

use super::shapes::{Align, Line, Shape, TextMeasure, line_height};
use super::{Bounds, Colour, Theme};
use crate::design::Point;
use crate::design::calendar::Date;
use crate::i18n::format::axis_label_in;

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
    /// A week (0-based) to mark with a vertical line and a dot on the series.
    pub cursor: Option<usize>,
    /// The first day of week 1: the time axis reads in months from it.
    pub start_date: Date,
    /// Another series to set this one against (the year without the plan), with its label:
    /// drawn dashed and paler.
    pub compared: Option<(&'a str, &'a [f64])>,
    /// Further lines on the same axes (cost beside revenue, the other scenarios), each
    /// labelled under the series' own label.
    pub others: &'a [OtherLine<'a>],
}

/// A further line in a chart, in a colour of its own.
#[derive(Clone, Copy, Debug)]
pub struct OtherLine<'a> {
    pub label: &'a str,
    pub values: &'a [f64],
    pub colour: Colour,
    pub dashed: bool,
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

/// Most value ticks a chart draws (a nice step gives about four).
const MAX_VALUE_TICKS: u32 = 12;

/// Text size of tick labels.
const LABEL_SIZE: f32 = 15.0;

/// Where values land: the plot area and the ranges it shows.
struct Axes {
    plot: Bounds,
    weeks: usize,
    top_value: f64,
    step: f64,
    start_date: Date,
}

impl Axes {
    fn x_of(&self, week: f64) -> f32 {
        self.plot.min.x + (self.plot.max.x - self.plot.min.x) * (week / self.weeks as f64) as f32
    }

    fn y_of(&self, value: f64) -> f32 {
        self.plot.max.y - (self.plot.max.y - self.plot.min.y) * (value / self.top_value) as f32
    }

    /// The point of week `index` (0-based, drawn at its end) with `value`.
    fn point(&self, index: usize, value: f64) -> Point {
        Point::new(self.x_of((index + 1) as f64), self.y_of(value))
    }
}

/// Appends a chart of `series` filling `area`: axes with ticks, grid lines, band, line.
pub fn chart_shapes(
    out: &mut Vec<Shape>,
    series: &Series<'_>,
    area: Bounds,
    theme: &Theme,
    measure: &dyn TextMeasure,
    language: crate::i18n::Language,
) {
    let highest = series
        .band
        .map_or(series.values, |(_, high)| high)
        .iter()
        .chain(series.values)
        .chain(series.compared.map_or(&[][..], |(_, values)| values))
        .chain(series.others.iter().flat_map(|other| other.values))
        .copied()
        .filter(|value| value.is_finite())
        .fold(0.0_f64, f64::max);
    // Figures past 10^300 would overflow the axis's top; the series is drawn to that height.
    let highest = highest.min(1e300);
    let step = nice_step(highest, 4.0);
    let top_value = (highest / step).ceil().max(1.0) * step;
    let widest_label = measure.width(&axis_label_in(language, top_value), LABEL_SIZE);
    let axes = Axes {
        plot: Bounds {
            min: Point::new(area.min.x + widest_label + 12.0, area.min.y + 8.0),
            max: Point::new(
                area.max.x - 8.0,
                area.max.y - line_height(LABEL_SIZE) - 10.0,
            ),
        },
        weeks: series.values.len().max(1),
        top_value,
        step,
        start_date: series.start_date,
    };
    axes_shapes(out, &axes, theme, language);
    series_shapes(out, &axes, series, theme);
}

/// Grid lines with value labels, month labels, and the axis lines.
fn axes_shapes(out: &mut Vec<Shape>, axes: &Axes, theme: &Theme, language: crate::i18n::Language) {
    let plot = axes.plot;
    // Counted, not summed: a step lost in the rounding of an astronomic top would never
    // reach it.
    for tick in 0..=MAX_VALUE_TICKS {
        let value = f64::from(tick) * axes.step;
        let on_the_axis = value <= axes.top_value + axes.step * 0.01;
        if !on_the_axis {
            break;
        }
        let y = axes.y_of(value);
        out.push(Shape::Path {
            points: vec![Point::new(plot.min.x, y), Point::new(plot.max.x, y)],
            line: Line::solid(1.0, theme.grid),
        });
        out.push(Shape::text(
            plot.min.x - 8.0,
            y - line_height(LABEL_SIZE) / 2.0,
            Align::End,
            LABEL_SIZE,
            theme.text_muted,
            axis_label_in(language, value),
        ));
    }
    // A month label ("Jan 2027" the widest) needs about 70 points: fewer marks on a narrow
    // chart rather than labels running into each other.
    let room = ((plot.max.x - plot.min.x) / 70.0).floor().clamp(2.0, 6.0) as usize;
    let every = crate::design::calendar::months_between_marks(axes.weeks, room);
    for (index, mark) in crate::design::calendar::month_marks(axes.start_date, axes.weeks, every)
        .into_iter()
        .enumerate()
    {
        let x = axes.x_of(mark.weeks);
        out.push(Shape::Path {
            points: vec![Point::new(x, plot.max.y), Point::new(x, plot.max.y + 4.0)],
            line: Line::solid(1.0, theme.text_muted),
        });
        out.push(Shape::text(
            x,
            plot.max.y + 6.0,
            Align::Middle,
            LABEL_SIZE,
            theme.text_muted,
            crate::i18n::format::timeline_month_in(language, mark.date, index == 0 || every >= 12),
        ));
    }
    out.push(Shape::Path {
        points: vec![
            Point::new(plot.min.x, plot.min.y),
            Point::new(plot.min.x, plot.max.y),
            Point::new(plot.max.x, plot.max.y),
        ],
        line: Line::solid(1.2, theme.text_muted),
    });
}

/// The band, the line, the cursor and the label of a series.
fn series_shapes(out: &mut Vec<Shape>, axes: &Axes, series: &Series<'_>, theme: &Theme) {
    if let Some((low, high)) = series.band {
        let mut outline: Vec<Point> = high
            .iter()
            .enumerate()
            .map(|(index, value)| axes.point(index, *value))
            .collect();
        outline.extend(
            low.iter()
                .enumerate()
                .rev()
                .map(|(index, value)| axes.point(index, *value)),
        );
        out.push(Shape::Polygon {
            points: outline,
            fill: series.colour.faded(0.18),
            line: Line::NONE,
        });
    }
    if let Some((label, values)) = series.compared {
        let paler = series.colour.faded(0.55);
        out.push(Shape::Path {
            points: values
                .iter()
                .enumerate()
                .map(|(index, value)| axes.point(index, *value))
                .collect(),
            line: Line::dashed(2.0, paler, 8.0, 6.0),
        });
        out.push(Shape::text(
            axes.plot.min.x + 12.0,
            axes.plot.min.y + 6.0 + line_height(LABEL_SIZE),
            Align::Start,
            LABEL_SIZE,
            paler,
            label,
        ));
    }
    let mut label_row = usize::from(series.compared.is_some());
    for other in series.others {
        label_row += 1;
        out.push(Shape::Path {
            points: other
                .values
                .iter()
                .enumerate()
                .map(|(index, value)| axes.point(index, *value))
                .collect(),
            line: if other.dashed {
                Line::dashed(2.0, other.colour, 8.0, 6.0)
            } else {
                Line::solid(2.0, other.colour)
            },
        });
        out.push(Shape::text(
            axes.plot.min.x + 12.0,
            axes.plot.min.y + 4.0 + label_row as f32 * line_height(LABEL_SIZE),
            Align::Start,
            LABEL_SIZE,
            other.colour,
            other.label,
        ));
    }
    out.push(Shape::Path {
        points: series
            .values
            .iter()
            .enumerate()
            .map(|(index, value)| axes.point(index, *value))
            .collect(),
        line: Line::solid(3.0, series.colour),
    });
    if let Some(week) = series.cursor
        && let Some(value) = series.values.get(week)
    {
        let at = axes.point(week, *value);
        out.push(Shape::Path {
            points: vec![
                Point::new(at.x, axes.plot.min.y),
                Point::new(at.x, axes.plot.max.y),
            ],
            line: Line::solid(1.5, theme.selection),
        });
        out.push(Shape::Ellipse {
            center: at,
            radius: (5.0, 5.0),
            fill: series.colour,
            line: Line::solid(2.0, theme.canvas),
        });
    }
    out.push(Shape::text(
        axes.plot.min.x + 12.0,
        axes.plot.min.y + 4.0,
        Align::Start,
        LABEL_SIZE,
        series.colour,
        series.label,
    ));
}

#[cfg(test)]
mod tests {
    use super::{Bounds, Colour, Point, Series, TextMeasure, Theme, chart_shapes, nice_step};

    #[test]
    fn astronomic_figures_give_a_few_ticks_not_a_loop() {
        struct Width;
        impl TextMeasure for Width {
            fn width(&self, text: &str, size: f32) -> f32 {
                text.len() as f32 * size * 0.5
            }
        }
        let values = [0.0, 1e200, 1e308, f64::MAX, f64::INFINITY, f64::NAN];
        let series = Series {
            label: "",
            values: &values,
            band: None,
            colour: Colour::rgb(0, 0, 0),
            cursor: None,
            start_date: crate::design::calendar::Date::constant(2027, 1, 4),
            compared: None,
            others: &[],
        };
        let mut shapes = Vec::new();
        chart_shapes(
            &mut shapes,
            &series,
            Bounds {
                min: Point::new(0.0, 0.0),
                max: Point::new(600.0, 300.0),
            },
            &Theme::new(crate::draw::ThemeChoice::Light),
            &Width,
            crate::i18n::current(),
        );
        assert!(shapes.len() < 100, "{} shapes", shapes.len());
    }

    #[test]
    fn steps_are_one_two_or_five() {
        assert!((nice_step(100.0, 4.0) - 50.0).abs() < 1e-9);
        assert!((nice_step(52.0, 4.0) - 20.0).abs() < 1e-9);
        assert!((nice_step(7.0, 4.0) - 2.0).abs() < 1e-9);
        assert!((nice_step(0.0, 4.0) - 1.0).abs() < 1e-9);
    }
}
