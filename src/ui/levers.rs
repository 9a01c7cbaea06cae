//! "Where to improve": the levers of a design as a tornado chart, the strongest first.

use crate::advice::levers::Lever;
use crate::design::Design;
use crate::draw::{self, Theme};
use egui::{Align2, Color32, FontId, RichText, Sense, pos2, vec2};

/// The strongest levers shown; the rest are weaker than what a leader would act on first.
const SHOWN: usize = 12;

/// The tornado chart: one row per lever, a bar for the customers it would add (or lose) by the
/// horizon, and what it does to profit.
pub fn levers_ui(ui: &mut egui::Ui, design: &Design, levers: &[Lever], theme: &Theme) {
    ui.label(
        RichText::new(format!(
            "Each change alone, against the design as it is: customers and profit by week {} (expected values)",
            design.simulation.horizon_weeks
        ))
        .small()
        .weak(),
    );
    if levers.is_empty() {
        ui.label("No stage has a conversion, a time in stage or a role to change.");
        return;
    }
    let largest = levers
        .iter()
        .take(SHOWN)
        .map(|lever| lever.customers.abs())
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    // Bars grow from the middle only when some lever would lose customers.
    let any_loss = levers.iter().take(SHOWN).any(|lever| lever.customers < 0.0);
    let currency = &design.presentation.currency;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for lever in levers.iter().take(SHOWN) {
            let row_height = 22.0;
            let (rect, response) =
                ui.allocate_exact_size(vec2(ui.available_width(), row_height), Sense::hover());
            let painter = ui.painter_at(rect);
            let label_width = (rect.width() * 0.32).min(300.0);
            let value_width = (rect.width() * 0.3).min(280.0);
            painter.text(
                pos2(rect.left() + label_width - 8.0, rect.center().y),
                Align2::RIGHT_CENTER,
                lever.label(),
                FontId::proportional(13.0),
                Color32::from(theme.text),
            );
            let bar_left = rect.left() + label_width;
            let bar_width = (rect.width() - label_width - value_width).max(40.0);
            let (zero, reach) = if any_loss {
                (bar_left + bar_width / 2.0, bar_width / 2.0 - 4.0)
            } else {
                (bar_left, bar_width - 8.0)
            };
            let length = (lever.customers / largest) as f32 * reach;
            let (colour, span) = if length >= 0.0 {
                (theme.revenue, zero..=zero + length.max(1.0))
            } else {
                (theme.cost, zero + length..=zero)
            };
            painter.rect_filled(
                egui::Rect::from_x_y_ranges(span, rect.top() + 4.0..=rect.bottom() - 4.0),
                3.0,
                Color32::from(colour),
            );
            painter.line_segment(
                [pos2(zero, rect.top()), pos2(zero, rect.bottom())],
                egui::Stroke::new(1.0, Color32::from(theme.text_muted)),
            );
            painter.text(
                pos2(bar_left + bar_width + 8.0, rect.center().y),
                Align2::LEFT_CENTER,
                format!(
                    "{:+.1} customers · {} profit",
                    lever.customers,
                    signed_money(lever.profit, currency)
                ),
                FontId::proportional(13.0),
                Color32::from(theme.text_muted),
            );
            // Painted text is invisible to screen readers: the row carries its label.
            let label = lever.label();
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
            response.on_hover_text(format!(
                "{} at {}: {:+.1} customers and {} profit by the horizon",
                lever.kind.label(),
                lever.stage_name,
                lever.customers,
                signed_money(lever.profit, currency)
            ));
        }
    });
}

fn signed_money(value: f64, currency: &str) -> String {
    let text = draw::money(value, currency);
    if value >= 0.0 {
        format!("+{text}")
    } else {
        text
    }
}
