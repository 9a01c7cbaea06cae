//! What presentation mode shows: the process large on a projector-friendly canvas with leads
//! flowing as dots, the stage in focus with its people, tools and figures, what-if sliders,
//! and a time bar.

mod show;

pub use show::Presentation;

use super::shape_paint::{EguiMeasure, paint_shapes, pos};
use crate::design::{StageId, StageKind};
use crate::draw::motion::{Moment, PILE_ROOM, lead_dots, process_shapes};
use crate::draw::{self, Bounds, Shape, Style, Theme};
use crate::sim::{Statistic, TotalMetric};
use egui::{Color32, RichText};

/// What the presenter asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentationAction {
    /// Back to the editor; the design as it was.
    Leave,
    /// Back to the editor with the what-if changes in the design.
    KeepAndLeave,
}

/// Shows the presentation; returns what the presenter chose.
pub fn presentation_ui(
    ui: &mut egui::Ui,
    presentation: &mut Presentation,
) -> Option<PresentationAction> {
    let theme = Theme::projector();
    // The projector's theme is light whatever the editor's: its buttons and sliders too.
    ui.style_mut().visuals = egui::Visuals::light();
    let fill = Color32::from(theme.canvas);
    let frame = egui::Frame::new().fill(fill).inner_margin(18.0);
    let mut action = None;
    egui::Panel::top("present-title")
        .frame(frame)
        .show(ui, |ui| title_ui(ui, presentation, &theme));
    egui::Panel::bottom("present-time")
        .frame(frame)
        .show(ui, |ui| time_ui(ui, presentation, &theme));
    let width = ui.available_width();
    egui::Panel::right("present-focus")
        .frame(frame.inner_margin(24.0))
        .resizable(false)
        .default_size((width * 0.3).clamp(360.0, 620.0))
        .show(ui, |ui| {
            // A short screen gets smaller type, so the chart still fits above the time bar.
            let scale = TextScale {
                scale: (ui.available_height() / 800.0).clamp(0.72, 1.0),
            };
            egui::ScrollArea::vertical().show(ui, |ui| {
                focus_ui(ui, presentation, &theme, scale);
                ui.add_space(scale.size(16.0));
                action = what_if_ui(ui, presentation, &theme, scale);
                ui.add_space(scale.size(12.0));
                chart_ui(ui, presentation, &theme);
            });
        });
    egui::CentralPanel::default()
        .frame(egui::Frame::new().fill(fill))
        .show(ui, |ui| diagram_ui(ui, presentation, &theme));
    action
}

fn title_ui(ui: &mut egui::Ui, presentation: &Presentation, theme: &Theme) {
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(&presentation.what_if.name)
                .size(30.0)
                .color(theme.text),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let step = match presentation.focus() {
                None => crate::tr!("presentation-overview"),
                Some(_) => crate::tr!(
                    "presentation-stage-of",
                    step = presentation.step.to_string(),
                    stages = presentation.order.len().to_string()
                ),
            };
            ui.label(RichText::new(step).size(20.0).color(theme.text_muted));
        });
    });
}

fn time_ui(ui: &mut egui::Ui, presentation: &mut Presentation, theme: &Theme) {
    ui.horizontal(|ui| {
        let label = if presentation.playing {
            crate::tr!("presentation-pause")
        } else {
            crate::tr!("presentation-play")
        };
        if ui
            .add(
                egui::Button::new(RichText::new(label).size(20.0)).min_size(egui::vec2(96.0, 36.0)),
            )
            .on_hover_text(crate::tr!("presentation-play-key"))
            .clicked()
        {
            presentation.toggle_play();
        }
        let last = presentation.result.weeks.saturating_sub(1) as f32;
        let caption = {
            let week = presentation.week.round() as usize;
            let begins = crate::design::calendar::week_start(presentation.result.start_date, week);
            crate::i18n::format::week_caption(week, begins)
        };
        let passed = move_just_passed(presentation);
        let keys = crate::tr!("presentation-step-p-play-esc-leave");
        // The slider takes what the words beside it leave; the keys' hint goes first when the
        // window is too narrow for all of it (at 1024 pixels the caption ran into the hint).
        let width = |text: &str, size: f32| {
            ui.painter()
                .layout_no_wrap(
                    text.to_owned(),
                    egui::FontId::proportional(size),
                    theme.text.into(),
                )
                .size()
                .x
        };
        let gap = ui.spacing().item_spacing.x;
        let words = width(&caption, 20.0)
            + passed
                .as_deref()
                .map_or(0.0, |text| width(text, 20.0) + gap)
            + 3.0 * gap;
        let hint = width(&keys, 15.0) + gap;
        let room = ui.available_width() - words;
        let show_keys = room - hint >= 200.0;
        ui.spacing_mut().slider_width = if show_keys { room - hint } else { room }.max(120.0);
        let mut week = presentation.week;
        let slider = egui::Slider::new(&mut week, 0.0..=last)
            .show_value(false)
            .step_by(1.0);
        let response = ui.add(slider);
        // While playing the week is fractional and the slider snaps it to a whole week, which
        // it reports as a change every frame: only the presenter's own hand on the slider (or
        // a change while paused) moves time and stops playing.
        let by_hand = response.dragged() || response.clicked() || response.has_focus();
        if response.changed() && (by_hand || !presentation.playing) {
            presentation.week = week;
            presentation.playing = false;
        }
        ui.label(RichText::new(caption).size(20.0).color(theme.text));
        if let Some(passed) = passed {
            ui.label(
                RichText::new(passed)
                    .size(20.0)
                    .strong()
                    .color(theme.selection),
            );
        }
        if show_keys {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                ui.label(RichText::new(keys).size(15.0).color(theme.text_muted));
            });
        }
    });
}

/// Text sizes of the side panel, scaled to the screen's height.
#[derive(Clone, Copy)]
struct TextScale {
    scale: f32,
}

impl TextScale {
    fn size(self, points: f32) -> f32 {
        points * self.scale
    }
}

fn caption(ui: &mut egui::Ui, text: &str, theme: &Theme, scale: TextScale) {
    ui.label(
        RichText::new(text)
            .size(scale.size(17.0))
            .color(theme.text_muted),
    );
}

/// A caption and a large value on one row of a grid.
fn figure_row(
    ui: &mut egui::Ui,
    caption_text: &str,
    value: String,
    theme: &Theme,
    scale: TextScale,
) {
    caption(ui, caption_text, theme, scale);
    ui.label(
        RichText::new(value)
            .size(scale.size(26.0))
            .color(theme.text),
    );
    ui.end_row();
}

/// Before the first stage: the design's name, models and headline figures.
fn overview_ui(ui: &mut egui::Ui, presentation: &Presentation, theme: &Theme, scale: TextScale) {
    let design = &presentation.what_if;
    caption(ui, &crate::tr!("presentation-overview"), theme, scale);
    ui.label(
        RichText::new(&design.name)
            .size(scale.size(36.0))
            .color(theme.text),
    );
    caption(
        ui,
        &draw::models_line(design, crate::i18n::current()),
        theme,
        scale,
    );
    ui.add_space(12.0);
    egui::Grid::new("present-headline")
        .spacing([16.0, scale.size(10.0)])
        .show(ui, |ui| {
            for headline in
                draw::headline_figures(design, &presentation.result, crate::i18n::current())
            {
                figure_row(ui, &headline.caption, headline.value, theme, scale);
            }
        });
}

/// Who works the stage and with what.
fn people_and_tools_ui(
    ui: &mut egui::Ui,
    design: &crate::design::Design,
    stage: &crate::design::Stage,
    theme: &Theme,
    scale: TextScale,
) {
    let people: Vec<String> = stage
        .roles
        .iter()
        .map(|staffing| {
            let name = design.role_name(&staffing.role, crate::i18n::current());
            format!(
                "{name} × {}",
                crate::i18n::format::number(
                    staffing.headcount,
                    usize::from(staffing.headcount.fract() != 0.0)
                )
            )
        })
        .collect();
    let tools: Vec<std::borrow::Cow<'_, str>> = stage
        .tools
        .iter()
        .map(|tool_id| {
            design
                .tools
                .get(tool_id)
                .map_or(std::borrow::Cow::Borrowed(tool_id.as_str()), |tool| {
                    tool.name_in(tool_id, crate::i18n::current())
                })
        })
        .collect();
    for (title, items) in [
        (crate::tr!("presentation-people"), people.join(", ")),
        (crate::tr!("presentation-tools"), tools.join(", ")),
    ] {
        if !items.is_empty() {
            caption(ui, &title, theme, scale);
            ui.label(
                RichText::new(items)
                    .size(scale.size(21.0))
                    .color(theme.text),
            );
        }
    }
}

fn focus_ui(ui: &mut egui::Ui, presentation: &Presentation, theme: &Theme, scale: TextScale) {
    let design = &presentation.what_if;
    let week = presentation.week.round() as usize;
    let Some(stage_id) = presentation.focus() else {
        overview_ui(ui, presentation, theme, scale);
        return;
    };
    let Some(stage) = design.stages.get(stage_id) else {
        return;
    };
    caption(
        ui,
        &stage.kind.tag().label(crate::i18n::current()),
        theme,
        scale,
    );
    ui.label(
        RichText::new(&stage.name)
            .size(scale.size(40.0))
            .color(theme.text),
    );
    ui.add_space(8.0);
    let figures =
        draw::figures_at(&presentation.result, design, stage_id, week).unwrap_or_default();
    egui::Grid::new("present-stage")
        .spacing([16.0, scale.size(10.0)])
        .show(ui, |ui| {
            let in_stage = if matches!(stage.kind, StageKind::Customer(_)) {
                crate::tr!("presentation-customers")
            } else {
                crate::tr!("presentation-leads-in-stage")
            };
            figure_row(
                ui,
                &in_stage,
                draw::format_count(figures.in_stage, crate::i18n::current()),
                theme,
                scale,
            );
            figure_row(
                ui,
                &crate::tr!("presentation-moving-on"),
                draw::format_count(figures.moved_on_per_week.max(0.0), crate::i18n::current()),
                theme,
                scale,
            );
            if !stage.roles.is_empty() {
                figure_row(
                    ui,
                    &crate::tr!("presentation-waiting"),
                    draw::format_count(figures.backlog, crate::i18n::current()),
                    theme,
                    scale,
                );
            }
            if matches!(
                stage.kind,
                StageKind::FunnelStep | StageKind::FlywheelSegment
            ) {
                figure_row(
                    ui,
                    &crate::tr!("presentation-conversion"),
                    crate::i18n::format::percent(stage.conversion * 100.0, 0),
                    theme,
                    scale,
                );
                figure_row(
                    ui,
                    &crate::tr!("presentation-time-in-stage"),
                    crate::tr!(
                        "presentation-days",
                        count = stage.days_in_stage.round(),
                        shown = crate::i18n::format::number(stage.days_in_stage, 0)
                    ),
                    theme,
                    scale,
                );
            }
        });
    ui.add_space(10.0);
    people_and_tools_ui(ui, design, stage, theme, scale);
    if !stage.notes.trim().is_empty() {
        ui.add_space(6.0);
        ui.label(
            RichText::new(&stage.notes)
                .size(scale.size(18.0))
                .color(theme.text_muted),
        );
    }
}

/// The stage a what-if slider works on: the one in focus, or on the overview the bottleneck.
fn what_if_stage(presentation: &Presentation) -> Option<StageId> {
    presentation
        .focus()
        .cloned()
        .or_else(|| presentation.baseline.summary.bottleneck.clone())
}

/// A what-if slider over `value`, shown as it is (a measured 44.3 % is not rounded to a step)
/// and written back only when the presenter moves it: presenting changes no figure by itself.
/// Returns whether the presenter changed it.
fn what_if_slider(
    ui: &mut egui::Ui,
    value: &mut f64,
    range: std::ops::RangeInclusive<f64>,
    suffix: &str,
) -> bool {
    let mut shown = *value;
    let response = ui.add(crate::ui::fields::InLanguage::in_language(
        egui::Slider::new(&mut shown, range)
            .suffix(suffix)
            .fixed_decimals(1),
        1,
    ));
    let moved = response.dragged() || response.clicked() || response.has_focus();
    if response.changed() && moved {
        *value = shown;
        return true;
    }
    false
}

/// What the what-if changes did: "Customers by 31 Dec 2027: 20 → 29 (+9)".
fn effect_text(presentation: &Presentation) -> String {
    let before = presentation.baseline.summary.customers_at_horizon;
    let after = presentation.result.summary.customers_at_horizon;
    let by = crate::i18n::format::date_long(presentation.result.last_day());
    // Whole customers, and the change between the whole numbers shown, so the figures add up
    // ("20 → 29 (+9)", never "(+8)").
    let (before, after) = (before.round(), after.round());
    let count = crate::i18n::format::count;
    if (after - before).abs() < 0.5 {
        crate::tr!("presentation-effect", date = by, before = count(before))
    } else {
        let sign = if after > before { "+" } else { "" };
        crate::tr!(
            "presentation-effect-changed",
            date = by,
            before = count(before),
            after = count(after),
            change = format!("{sign}{}", count(after - before))
        )
    }
}

fn what_if_ui(
    ui: &mut egui::Ui,
    presentation: &mut Presentation,
    theme: &Theme,
    scale: TextScale,
) -> Option<PresentationAction> {
    ui.label(
        RichText::new(crate::tr!("presentation-what-if"))
            .size(scale.size(24.0))
            .color(theme.text),
    );
    let mut changed = false;
    let stage_id = what_if_stage(presentation);
    let role = stage_id
        .as_ref()
        .and_then(|stage_id| presentation.what_if.stages.get(stage_id))
        .and_then(|stage| stage.roles.first())
        .map(|staffing| {
            presentation
                .what_if
                .role_name(&staffing.role, crate::i18n::current())
                .into_owned()
        });
    if let Some(stage_id) = stage_id
        && let Some(stage) = presentation.what_if.stages.get_mut(&stage_id)
    {
        ui.spacing_mut().slider_width = (ui.available_width() - 120.0).max(120.0);
        if matches!(
            stage.kind,
            StageKind::FunnelStep | StageKind::FlywheelSegment
        ) {
            caption(
                ui,
                &crate::tr!("presentation-conversion-at", stage = stage.name.as_str()),
                theme,
                scale,
            );
            let mut percent = stage.conversion * 100.0;
            if what_if_slider(ui, &mut percent, 0.0..=100.0, " %") {
                stage.conversion = percent / 100.0;
                changed = true;
            }
        }
        if let (Some(staffing), Some(role)) = (stage.roles.first_mut(), &role) {
            caption(
                ui,
                &crate::tr!(
                    "presentation-headcount-at",
                    role = role.as_str(),
                    stage = stage.name.as_str()
                ),
                theme,
                scale,
            );
            changed |= what_if_slider(ui, &mut staffing.headcount, 0.0..=20.0, "");
        }
    }
    if changed {
        presentation.refresh(ui.ctx());
    }
    let effect = effect_text(presentation);
    ui.label(
        RichText::new(effect)
            .size(scale.size(20.0))
            .color(theme.text),
    );
    let mut action = None;
    if presentation.changed() {
        ui.horizontal(|ui| {
            if ui
                .button(RichText::new(crate::tr!("presentation-reset")).size(scale.size(17.0)))
                .clicked()
            {
                presentation.reset();
            }
            if ui
                .button(
                    RichText::new(crate::tr!("presentation-keep-changes-in-the-design"))
                        .size(scale.size(17.0)),
                )
                .clicked()
            {
                action = Some(PresentationAction::KeepAndLeave);
            }
        });
    }
    action
}

/// "March: Two account executives start": the latest move switched on that started in the
/// four weeks up to the week shown, as Play passes it.
fn move_just_passed(presentation: &Presentation) -> Option<String> {
    let start = presentation.result.start_date;
    let week_end = (presentation.week.round() as i64 + 1) * 7;
    presentation
        .what_if
        .plan
        .iter()
        .filter(|planned| planned.on)
        .filter(|planned| {
            let day = crate::design::plan_days::days_from(start, planned.from);
            day < week_end && day >= week_end - 28
        })
        .max_by_key(|planned| planned.from)
        .map(|planned| {
            crate::tr!(
                "presentation-move",
                month = crate::i18n::format::month_label(planned.from, false),
                name = planned.name.as_str()
            )
        })
}

/// Active customers over the horizon with a cursor at the week shown.
fn chart_ui(ui: &mut egui::Ui, presentation: &Presentation, theme: &Theme) {
    // What room is left, within reason: the whole panel shows without scrolling.
    let height = (ui.available_height() - 8.0).clamp(110.0, 220.0);
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), height),
        egui::Sense::hover(),
    );
    let painter = ui.painter_at(rect);
    let measure = EguiMeasure(&painter);
    let values = presentation
        .result
        .total_series(TotalMetric::ActiveCustomers, Statistic::Mean);
    let area = Bounds {
        min: crate::design::Point::new(rect.left(), rect.top()),
        max: crate::design::Point::new(rect.right(), rect.bottom()),
    };
    let mut shapes = Vec::new();
    let label = crate::tr!("slide-active-customers");
    let without_label = crate::tr!("plot-active-customers-without-the-plan");
    let without = presentation
        .without_plan
        .as_ref()
        .map(|without| without.total_series(TotalMetric::ActiveCustomers, Statistic::Mean));
    draw::chart_shapes(
        &mut shapes,
        &draw::Series {
            label: &label,
            values: &values,
            band: None,
            colour: theme.kind(crate::design::StageKindTag::Customer).accent,
            cursor: Some(presentation.week.round() as usize),
            start_date: presentation.result.start_date,
            compared: without
                .as_deref()
                .map(|values| (without_label.as_str(), values)),
            others: &[],
        },
        area,
        theme,
        &measure,
        crate::i18n::current(),
    );
    paint_shapes(&painter, &shapes);
}

/// Where the diagram's scene units land on screen: scale, then offset.
#[derive(Clone, Copy)]
struct Fit {
    scale: f32,
    dx: f32,
    dy: f32,
}

impl Fit {
    fn to_screen(self, point: crate::design::Point) -> egui::Pos2 {
        pos(crate::design::Point::new(
            point.x * self.scale + self.dx,
            point.y * self.scale + self.dy,
        ))
    }
}

/// The process, fitted to the space, with leads flowing and piling up.
fn diagram_ui(ui: &mut egui::Ui, presentation: &Presentation, theme: &Theme) {
    let rect = ui.available_rect_before_wrap().shrink(24.0);
    let painter = ui.painter_at(rect.expand(24.0));
    let measure = EguiMeasure(&painter);
    let style = Style::new(theme, &measure, crate::i18n::current());
    let design = &presentation.what_if;
    let week =
        (presentation.week.round() as usize).min(presentation.result.weeks.saturating_sub(1));
    let geometry = draw::stage_geometry(design);
    let paths = draw::flow_paths(design, &geometry);
    let moment = Moment {
        design,
        result: &presentation.result,
        geometry: &geometry,
        paths: &paths,
        week,
    };
    let focus = presentation.focus();
    let shapes = process_shapes(moment, focus, style);
    let Some(bounds) = draw::bounds_of(&shapes, &measure) else {
        return;
    };
    let width = bounds.max.x - bounds.min.x;
    let height = bounds.max.y - bounds.min.y + PILE_ROOM;
    let scale = (rect.width() / width.max(1.0))
        .min(rect.height() / height.max(1.0))
        .min(2.2);
    let fit = Fit {
        scale,
        dx: rect.center().x - (bounds.min.x + width / 2.0) * scale,
        dy: rect.center().y - (bounds.min.y - PILE_ROOM + height / 2.0) * scale,
    };
    if let Some((_, focus)) = geometry
        .iter()
        .find(|(stage_id, _)| Some(stage_id) == presentation.focus())
    {
        let glow = egui::Rect::from_min_max(
            fit.to_screen(focus.bounds.min),
            fit.to_screen(focus.bounds.max),
        )
        .expand(16.0 * scale);
        painter.rect_filled(
            glow,
            18.0 * scale,
            Color32::from(theme.selection).gamma_multiply(0.12),
        );
    }
    // Fitted small, the text would be too small to read across the room: less of it, larger.
    let shapes = if scale < 1.0 {
        process_shapes(moment, focus, style.legible_at(scale))
    } else {
        shapes
    };
    let transformed: Vec<Shape> = shapes
        .into_iter()
        .map(|shape| shape.transformed(scale, fit.dx, fit.dy))
        .collect();
    paint_shapes(&painter, &transformed);
    let seconds = ui.input(|input| input.time);
    let radius = (3.2 * fit.scale).clamp(2.5, 6.0);
    for dot in lead_dots(moment, seconds, theme) {
        let size = if dot.sitting { radius * 0.8 } else { radius };
        painter.circle_filled(fit.to_screen(dot.at), size, Color32::from(dot.colour));
    }
}
