//! A source's season as twelve bars, January to December, each dragged to its factor.

use crate::design::{MAX_SEASON_FACTOR, MONTHS};
use egui::{Color32, CornerRadius, Sense, Stroke, StrokeKind, pos2, vec2};

/// Width of one month's bar, in points.
const BAR_WIDTH: f32 = 16.0;
/// Height of the bars' area, in points.
const HEIGHT: f32 = 56.0;
/// The factor at the top of the bars unless a month goes higher.
const DEFAULT_TOP: f64 = 2.0;
/// The step of a factor, by drag or arrow key.
const STEP: f64 = 0.05;

/// Twelve draggable bars for `season` (empty: flat), a line at 1.0 and a "Flat" button;
/// returns whether a factor changed. A drag on a flat season starts it at 1.0 everywhere.
pub fn season_ui(ui: &mut egui::Ui, season: &mut Vec<f64>, accent: Color32) -> bool {
    let mut changed = false;
    let top = season
        .iter()
        .copied()
        .filter(|factor| factor.is_finite())
        .fold(DEFAULT_TOP, f64::max)
        .min(MAX_SEASON_FACTOR);
    ui.horizontal(|ui| {
        ui.spacing_mut().item_spacing.x = 2.0;
        for month in 0..MONTHS.len() {
            let name = crate::i18n::format::month_name(month + 1).to_owned();
            let factor = season.get(month).copied().unwrap_or(1.0);
            let (rect, response) =
                ui.allocate_exact_size(vec2(BAR_WIDTH, HEIGHT + 14.0), Sense::click_and_drag());
            let bars = egui::Rect::from_min_size(rect.min, vec2(BAR_WIDTH, HEIGHT));
            let y_of = |value: f64| bars.bottom() - (value / top) as f32 * bars.height();
            response.widget_info(|| {
                egui::WidgetInfo::slider(
                    true,
                    factor,
                    crate::tr!("season-factor-for", month = name.as_str()),
                )
            });
            let pointed = response
                .interact_pointer_pos()
                .filter(|_| response.dragged() || response.clicked())
                .map(|pointer| f64::from((bars.bottom() - pointer.y) / bars.height()) * top);
            // Arrow keys step a focused bar, for those who do not drag.
            let keyed = response.has_focus().then(|| {
                ui.input(|input| {
                    if input.key_pressed(egui::Key::ArrowUp) {
                        Some(factor + STEP)
                    } else if input.key_pressed(egui::Key::ArrowDown) {
                        Some(factor - STEP)
                    } else {
                        None
                    }
                })
            });
            if let Some(raw) = pointed.or(keyed.flatten()) {
                // Steps of 0.05 keep factors readable (×0.20, ×1.35).
                let value = (raw.clamp(0.0, MAX_SEASON_FACTOR) / STEP).round() * STEP;
                if season.len() != MONTHS.len() {
                    *season = vec![1.0; MONTHS.len()];
                }
                if let Some(slot) = season.get_mut(month)
                    && (*slot - value).abs() > 1e-9
                {
                    *slot = value;
                    changed = true;
                }
            }
            let painter = ui.painter();
            let visuals = ui.visuals();
            painter.rect_filled(bars, CornerRadius::same(2), visuals.extreme_bg_color);
            let bar = egui::Rect::from_min_max(
                pos2(bars.left() + 2.0, y_of(factor.clamp(0.0, top))),
                pos2(bars.right() - 2.0, bars.bottom()),
            );
            let fill = if response.hovered() || response.dragged() || response.has_focus() {
                accent
            } else {
                accent.gamma_multiply(0.75)
            };
            painter.rect_filled(bar, CornerRadius::same(2), fill);
            let one = y_of(1.0);
            painter.line_segment(
                [pos2(bars.left(), one), pos2(bars.right(), one)],
                Stroke::new(1.0, visuals.weak_text_color()),
            );
            painter.rect_stroke(
                bars,
                CornerRadius::same(2),
                Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
                StrokeKind::Inside,
            );
            painter.text(
                pos2(rect.center().x, bars.bottom() + 2.0),
                egui::Align2::CENTER_TOP,
                name.chars().next().unwrap_or(' '),
                egui::FontId::proportional(10.0),
                visuals.weak_text_color(),
            );
            response.on_hover_text(format!(
                "{name} ×{}",
                crate::i18n::format::number(factor, 2)
            ));
        }
    });
    changed |= average_ui(ui, season);
    changed
}

/// The season's average with a hint, and "Flat" to clear it; returns whether it cleared.
fn average_ui(ui: &mut egui::Ui, season: &mut Vec<f64>) -> bool {
    let mut cleared = false;
    ui.horizontal(|ui| {
        let average = if season.is_empty() {
            1.0
        } else {
            season.iter().sum::<f64>() / season.len() as f64
        };
        ui.label(
            egui::RichText::new(crate::tr!(
                "season-average",
                average = crate::i18n::format::number(average, 2)
            ))
            .small()
            .weak(),
        );
        if !season.is_empty() && ui.small_button(crate::tr!("season-flat")).clicked() {
            season.clear();
            cleared = true;
        }
    });
    cleared
}
