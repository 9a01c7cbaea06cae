//! The plan's timeline above the plot: each move a bar from its start (the ramp-up a wedge, a
//! campaign ending where it ends), on the plot's time axis. Click a move to edit it in the
//! inspector, drag it along time, switch it off with its box; add one from any figure.

use super::change::{Change, Intent, PanelOutput};
use super::view::Selection;
use crate::design::Design;
use crate::design::plan::Figure;
use crate::design::plan_days::days_from;
use egui::{Pos2, Rect, Sense, Stroke, Vec2, pos2, vec2};

/// Height of a move's row.
const ROW: f32 = 17.0;
/// Rows shown before the timeline scrolls.
const MOST_ROWS: usize = 4;
/// Height the plot below the timeline keeps, at least.
const PLOT_ROOM: f32 = 110.0;
/// Size of a move's name on its bar.
const NAME_SIZE: f32 = 11.5;

/// Where the plot drew its data last frame, as screen x of its first and last week: the
/// timeline lines up with it.
pub(super) fn remember_plot_frame(ctx: &egui::Context, left: f32, right: f32) {
    ctx.data_mut(|data| data.insert_temp(frame_id(), (left, right)));
}

fn frame_id() -> egui::Id {
    egui::Id::unique("plot-data-frame")
}

/// "Add a move…": every figure of the design a move can change, for the row of tabs.
pub(crate) fn add_move_ui(ui: &mut egui::Ui, design: &Design) -> PanelOutput {
    let mut output = PanelOutput::default();
    ui.menu_button(crate::tr!("timeline-add-move"), |ui| {
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                for (figure, label) in every_plannable_figure(design) {
                    if ui.button(label).clicked() {
                        output = PanelOutput::wants(Intent::AddMove(figure));
                    }
                }
            });
    })
    .response
    .on_hover_text(if design.plan.is_empty() {
        crate::tr!("timeline-empty")
    } else {
        crate::tr!("timeline-hint")
    });
    output
}

/// The timeline of `design`'s plan over `weeks` weeks: nothing without moves.
pub(crate) fn timeline_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    weeks: usize,
    selection: &mut Selection,
) -> PanelOutput {
    let mut output = PanelOutput::default();
    if design.plan.is_empty() {
        return output;
    }
    let available = ui.available_rect_before_wrap();
    let (left, right) = ui
        .ctx()
        .data(|data| data.get_temp::<(f32, f32)>(frame_id()))
        .filter(|(left, right)| right > left && *left >= available.left() + 16.0)
        .unwrap_or((available.left() + 48.0, available.right() - 8.0));
    let axis = Axis {
        left,
        right,
        days: (weeks.max(1) * 7) as f32,
    };
    let rows = pack_in_rows(ui, design, &axis);
    let row_count = rows.iter().copied().max().map_or(0, |last| last + 1);
    // The plot below keeps room to be read: on a small window the timeline shows fewer rows
    // and scrolls (a plot squeezed below its least height would push the panel up the window).
    let room_for_rows = ((ui.available_height() - PLOT_ROOM) / ROW).floor().max(1.0) as usize;
    let height = ROW * row_count.min(MOST_ROWS).min(room_for_rows) as f32;
    egui::ScrollArea::vertical()
        .id_salt("timeline-rows")
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            let (rect, _) = ui.allocate_exact_size(
                vec2(ui.available_width(), ROW * row_count as f32),
                Sense::hover(),
            );
            for (index, row) in rows.into_iter().enumerate() {
                let row = Rect::from_min_size(
                    pos2(rect.left(), rect.top() + ROW * row as f32),
                    vec2(rect.width(), ROW),
                );
                let row_output = move_row_ui(ui, design, index, row, &axis, selection);
                output = std::mem::take(&mut output).or(row_output);
            }
        });
    output
}

/// The row of each move: moves share a row where they do not overlap, each taking the days
/// of its ramp-up (or its campaign) and the width of its name.
fn pack_in_rows(ui: &egui::Ui, design: &Design, axis: &Axis) -> Vec<usize> {
    let start = design.simulation.start_date();
    let font = egui::FontId::proportional(NAME_SIZE);
    let spans: Vec<(f32, f32)> = design
        .plan
        .iter()
        .map(|planned| {
            let (from, _, until) = days_of(start, planned, axis);
            let name_width = ui.fonts_mut(|fonts| {
                fonts
                    .layout_no_wrap(planned.name.clone(), font.clone(), egui::Color32::WHITE)
                    .size()
                    .x
            });
            let x0 = axis.x(from).max(axis.left);
            (x0 - 18.0, axis.x(until).max(x0 + name_width + 10.0))
        })
        .collect();
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by(|a, b| spans[*a].0.total_cmp(&spans[*b].0));
    let mut row_ends: Vec<f32> = Vec::new();
    let mut rows = vec![0; spans.len()];
    for index in order {
        let (x0, x1) = spans[index];
        let row = row_ends
            .iter()
            .position(|end| *end + 4.0 <= x0)
            .unwrap_or_else(|| {
                row_ends.push(f32::NEG_INFINITY);
                row_ends.len() - 1
            });
        row_ends[row] = x1;
        rows[index] = row;
    }
    rows
}

/// A move's first day, the day of its full effect and the day its bar ends (its campaign's end,
/// or its full effect), counted from `start`.
fn days_of(
    start: crate::design::calendar::Date,
    planned: &crate::design::plan::Move,
    axis: &Axis,
) -> (f32, f32, f32) {
    let from = days_from(start, planned.from) as f32;
    let until = planned.until.map(|until| days_from(start, until) as f32);
    let full = from + planned.ramp_days as f32;
    let full = until.map_or(full, |until| full.min(until));
    (from, full, until.unwrap_or(full).min(axis.days))
}

/// Days since the start on the screen.
struct Axis {
    left: f32,
    right: f32,
    days: f32,
}

impl Axis {
    fn x(&self, day: f32) -> f32 {
        self.left + (self.right - self.left) * (day / self.days)
    }

    fn days_per_point(&self) -> f32 {
        self.days / (self.right - self.left).max(1.0)
    }
}

fn move_row_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    index: usize,
    row: Rect,
    axis: &Axis,
    selection: &mut Selection,
) -> PanelOutput {
    let start = design.simulation.start_date();
    let Some(planned) = design.plan.get_mut(index) else {
        return PanelOutput::default();
    };
    let mut output = PanelOutput::default();
    if switch_ui(ui, planned, index, row, axis, start) {
        output = PanelOutput::changed(Change::SwitchMove);
    }
    let name = planned.name.clone();
    let visuals = ui.visuals().clone();
    let painter = ui.painter_at(row);
    let (from, full, until) = days_of(start, planned, axis);
    let (x0, x1, x_ramp) = (
        axis.x(from).max(axis.left),
        axis.x(until).min(axis.right),
        axis.x(full),
    );
    let name_width = ui.fonts_mut(|fonts| {
        fonts
            .layout_no_wrap(
                planned.name.clone(),
                egui::FontId::proportional(NAME_SIZE),
                egui::Color32::WHITE,
            )
            .size()
            .x
    });
    let bar = Rect::from_x_y_ranges(
        x0..=x1.max(x0 + name_width + 8.0),
        row.top() + 2.0..=row.bottom() - 2.0,
    );
    let id = egui::Id::unique(("move-bar", index));
    let response = ui.interact(bar, id, Sense::click_and_drag());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    let selected = selection.plan_move == Some(index);
    let outlined = selected || response.hovered();
    paint_bar(
        &painter,
        &visuals,
        &BarShape {
            bar,
            x0,
            x_ramp,
            x1,
        },
        planned.on,
        selected,
        outlined,
        &name,
    );
    let response = response.on_hover_text(crate::tr!("timeline-bar-hint"));
    if response.clicked() || response.drag_started() {
        selection.select_move(index);
    }
    if response.dragged() {
        output = PanelOutput::changed(Change::ShiftMove).or(output);
        shift_by_drag(ui, &response, planned, axis);
    }
    if response.drag_stopped() {
        ui.data_mut(|data| data.remove::<jiff::civil::Date>(id));
    }
    output
}

/// Where a move's bar lies: its rectangle, its start, where its ramp-up reaches the whole
/// change, and its end.
struct BarShape {
    bar: Rect,
    x0: f32,
    x_ramp: f32,
    x1: f32,
}

fn paint_bar(
    painter: &egui::Painter,
    visuals: &egui::Visuals,
    shape: &BarShape,
    on: bool,
    selected: bool,
    outlined: bool,
    name: &str,
) {
    let BarShape {
        bar,
        x0,
        x_ramp,
        x1,
    } = *shape;
    let fill = if on {
        visuals.selection.bg_fill.gamma_multiply(0.55)
    } else {
        visuals.widgets.inactive.bg_fill
    };
    let full_from = x_ramp.clamp(x0, x1.max(x0));
    if full_from > x0 {
        // The ramp-up: from nothing at its start to the whole change.
        painter.add(egui::Shape::convex_polygon(
            vec![
                pos2(x0, bar.bottom()),
                pos2(full_from, bar.top()),
                pos2(full_from, bar.bottom()),
            ],
            fill,
            Stroke::NONE,
        ));
    }
    if x1 > full_from {
        painter.rect_filled(
            Rect::from_x_y_ranges(full_from..=x1, bar.y_range()),
            2.0,
            fill,
        );
    }
    let marker = if selected {
        visuals.selection.stroke.color
    } else {
        visuals.widgets.inactive.fg_stroke.color
    };
    painter.line_segment(
        [pos2(x0, bar.top() - 1.0), pos2(x0, bar.bottom() + 1.0)],
        Stroke::new(if selected { 2.5 } else { 1.5 }, marker),
    );
    if outlined {
        painter.rect_stroke(
            bar,
            2.0,
            Stroke::new(1.0, marker),
            egui::StrokeKind::Outside,
        );
    }
    let text_colour = if on {
        visuals.strong_text_color()
    } else {
        visuals.weak_text_color()
    };
    painter.text(
        Pos2::new(x0 + 4.0, bar.center().y),
        egui::Align2::LEFT_CENTER,
        name,
        egui::FontId::proportional(NAME_SIZE),
        text_colour,
    );
}

/// The box that switches a move on and off, just before its bar (in the gutter for a move
/// from the first day); says whether it was clicked.
fn switch_ui(
    ui: &mut egui::Ui,
    planned: &mut crate::design::plan::Move,
    index: usize,
    row: Rect,
    axis: &Axis,
    start: crate::design::calendar::Date,
) -> bool {
    let (from_day, _, _) = days_of(start, planned, axis);
    let switch_x = axis.x(from_day).max(axis.left) - 10.0;
    let switch_rect = Rect::from_center_size(pos2(switch_x, row.center().y), Vec2::splat(13.0));
    let switch = ui.interact(
        switch_rect,
        egui::Id::unique(("move-switch", index)),
        Sense::click(),
    );
    let name = planned.name.clone();
    let on = planned.on;
    switch.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::CheckBox,
            true,
            on,
            crate::tr!("timeline-switch", name = name.as_str()),
        )
    });
    if switch.clicked() {
        planned.on = !planned.on;
    }
    let visuals = ui.visuals();
    let painter = ui.painter();
    painter.rect_stroke(
        switch_rect.shrink(1.0),
        2.0,
        Stroke::new(1.0, visuals.widgets.inactive.fg_stroke.color),
        egui::StrokeKind::Inside,
    );
    if planned.on {
        painter.rect_filled(switch_rect.shrink(4.0), 1.0, visuals.selection.bg_fill);
    }
    switch.clicked()
}

/// Moves `planned` (its start and its end alike) by the whole days the pointer has travelled
/// since the drag began.
fn shift_by_drag(
    ui: &egui::Ui,
    response: &egui::Response,
    planned: &mut crate::design::plan::Move,
    axis: &Axis,
) {
    let id = response.id;
    let origin = ui.data_mut(|data| *data.get_temp_mut_or(id, planned.from));
    let travelled = response.total_drag_delta().map_or(0.0, |delta| delta.x);
    let days = (travelled * axis.days_per_point()).round() as i64;
    let Ok(from) = origin.checked_add(jiff::Span::new().days(days)) else {
        return;
    };
    let shift = days_from(planned.from, from);
    if shift == 0 {
        return;
    }
    planned.from = from;
    if let Some(until) = planned.until.as_mut()
        && let Ok(moved) = until.checked_add(jiff::Span::new().days(shift))
    {
        *until = moved;
    }
}

/// Every figure of the design a move can change: each stage's, then each source's.
fn every_plannable_figure(design: &Design) -> Vec<(Figure, String)> {
    let mut figures = Vec::new();
    for stage_id in crate::design::edit::flow_order(design) {
        figures.extend(super::stage_inspector::plannable_figures(design, &stage_id));
    }
    for source_id in design.sources.keys() {
        for figure in [
            Figure::LeadsPerWeek(source_id.clone()),
            Figure::SpendPerWeek(source_id.clone()),
        ] {
            let label = super::move_inspector::capitalised(&super::move_inspector::figure_label(
                design, &figure,
            ));
            figures.push((figure, label));
        }
    }
    figures
}
