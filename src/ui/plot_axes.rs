//! What every weekly plot shares: a stage's colour, the tooltip naming every series' value in
//! the hovered week, and the axes: time in months from the design's start date (hovering names
//! the week, its date and ISO week), values on 1-2-5 steps in the headline's units.

use crate::design::calendar::{self, Date};
use crate::draw;
use crate::i18n::format::timeline_month;
use crate::sim::SimResult;
use egui::RichText;
use egui_plot::{ColorConflictHandling, GridMark, HoverPosition, Legend, Plot};

/// A plot of weekly series (week `k` drawn at `k`) of a simulation starting on `start`.
pub(super) fn calendar_plot(id: &str, start: Date, weeks: usize) -> Plot<'static> {
    Plot::new(id)
        // Legend entries in the order the series are added (flow order for stages), each in its
        // line's colour even where a Monte Carlo band of the same name is paler.
        .legend(
            Legend::default()
                .follow_insertion_order(true)
                .color_conflict_handling(ColorConflictHandling::PickLast),
        )
        .x_grid_spacer(move |input| month_grid(start, weeks, &input))
        .x_axis_formatter(move |mark, _range| month_tick(start, mark.value))
        .y_grid_spacer(|input| value_grid(&input))
        .y_axis_formatter(|mark, _range| crate::i18n::format::axis_label(mark.value))
        .label_formatter(move |hover| hover_label(start, hover))
        .allow_scroll(false)
}

/// Grid lines where months begin, every month or fewer as the view widens; years stand out.
fn month_grid(start: Date, weeks: usize, input: &egui_plot::GridInput) -> Vec<GridMark> {
    let (low, high) = input.bounds;
    let shown_weeks = (high - low).clamp(1.0, 5200.0) as usize;
    let every = calendar::months_between_marks(shown_weeks, 8);
    let first_week = low.max(0.0) as usize;
    let last_week = (high.max(0.0) as usize).min(weeks.max(1) * 2);
    calendar::month_marks(start, last_week + 1, every)
        .into_iter()
        .filter(|mark| mark.weeks >= first_week as f64)
        .map(|mark| GridMark {
            value: mark.weeks,
            step_size: if mark.date.month() == 1 {
                365.0 / 7.0
            } else {
                every as f64 * 30.44 / 7.0
            },
        })
        .collect()
}

/// Grid lines at 1, 2 or 5 × 10ⁿ, about four to the height, with faint fifths between: the
/// default powers of ten leave a plot of 0 to 9 million with one labelled line, at 0.
fn value_grid(input: &egui_plot::GridInput) -> Vec<GridMark> {
    let (low, high) = input.bounds;
    let step = draw::nice_step((high - low).abs(), 4.0);
    if !(step.is_finite() && step > 0.0) {
        return Vec::new();
    }
    let minor = step / 5.0;
    let first = (low / minor).floor() as i64;
    // A label at the very top edge would be drawn half over the tabs above the plot.
    let top = high - 0.04 * (high - low).abs();
    let last = ((top / minor).floor() as i64).min(first + 200);
    (first..=last)
        .map(|index| {
            let value = index as f64 * minor;
            GridMark {
                value,
                step_size: if index % 5 == 0 { step } else { minor },
            }
        })
        .collect()
}

/// The month a grid line begins ("Mar", or "Jan 2027" at a new year).
fn month_tick(start: Date, weeks: f64) -> String {
    if weeks < 0.0 {
        return String::new();
    }
    let date = calendar::day_after(start, (weeks * 7.0).round() as usize);
    if date.day() == 1 {
        timeline_month(date, false)
    } else {
        String::new()
    }
}

/// "12 Jul 2027 · ISO week 28 · week 33 of the plan" for week `week` (0-based).
pub(super) fn week_text(start: Date, week: usize) -> String {
    crate::i18n::format::week_of_plan(week, calendar::week_start(start, week))
}

/// What the pointer is over: the series, the week with its dates and ISO week, the value.
fn hover_label(start: Date, hover: &HoverPosition<'_>) -> Option<String> {
    let (name, position) = match hover {
        HoverPosition::NearDataPoint {
            plot_name,
            position,
            ..
        } => (*plot_name, *position),
        HoverPosition::Elsewhere { position } => ("", *position),
    };
    if position.x < 0.5 {
        return None;
    }
    let week = (position.x.round() as usize).saturating_sub(1);
    let when = week_text(start, week);
    Some(if name.is_empty() {
        when
    } else {
        format!(
            "{name}\n{when}\n{}",
            crate::i18n::format::axis_label(position.y)
        )
    })
}

/// Stages of the same kind get distinguishable shades of the kind's colour.
pub(super) fn stage_colour(colour: egui::Color32, index: usize) -> egui::Color32 {
    let factor = [1.0, 0.7, 1.3, 0.5, 1.5, 0.85, 1.15][index % 7];
    let scale = |c: u8| (f32::from(c) * factor).clamp(0.0, 255.0) as u8;
    egui::Color32::from_rgb(scale(colour.r()), scale(colour.g()), scale(colour.b()))
}

/// A series as drawn: its name, colour and the values of its line.
pub(super) type DrawnSeries = (String, egui::Color32, Vec<f64>);

/// Every series' value in the hovered week, beside the pointer.
pub(super) fn week_tooltip(
    response: &egui::Response,
    result: &SimResult,
    series: &[DrawnSeries],
    x: f64,
) {
    if x < 0.5 {
        return;
    }
    let week = (x.round() as usize)
        .saturating_sub(1)
        .min(result.weeks.saturating_sub(1));
    response.clone().on_hover_ui_at_pointer(|ui| {
        ui.label(RichText::new(week_text(result.start_date, week)).strong());
        egui::Grid::new("week-values")
            .num_columns(2)
            .show(ui, |ui| {
                for (name, colour, values) in series {
                    ui.colored_label(*colour, format!("● {name}"));
                    ui.label(
                        values.get(week).map_or_else(String::new, |value| {
                            crate::i18n::format::axis_label(*value)
                        }),
                    );
                    ui.end_row();
                }
            });
    });
}
