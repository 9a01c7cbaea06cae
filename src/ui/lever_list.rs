//! "Where to improve": the levers of a design as a tornado chart, the strongest first.

use crate::advice::levers::Lever;
use crate::design::{Design, StageId};
use crate::draw::Theme;
use egui::{Align2, Color32, FontId, RichText, Sense, pos2, vec2};

/// The strongest levers shown; the rest are weaker than what a leader would act on first.
const SHOWN: usize = 12;

/// What the user asked of the levers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LeverRequest {
    /// Open goal seek.
    GoalSeek,
    /// Select the stage a lever changes, to see it on the canvas.
    ShowStage(StageId),
}

/// The levers to show and whether newer ones are being worked out.
pub struct LeverList<'a> {
    /// Ranked, the strongest first (possibly of an earlier revision while `updating`).
    pub levers: &'a [Lever],
    /// The design changed and its levers are being simulated.
    pub updating: bool,
}

/// The tornado chart: one row per lever, a bar for the customers it would add (or lose) by the
/// horizon (with whiskers from the 10th to the 90th percentile in Monte Carlo mode), and what
/// it does to profit. Clicking a row asks to show its stage.
pub fn levers_ui(
    ui: &mut egui::Ui,
    design: &Design,
    list: &LeverList,
    theme: &Theme,
) -> Option<LeverRequest> {
    let levers = list.levers;
    let with_bands = levers.iter().any(|lever| lever.customers_band.is_some());
    let mut request =
        header_ui(ui, design, list.updating, with_bands).then_some(LeverRequest::GoalSeek);
    if levers.is_empty() {
        if !list.updating {
            ui.label(crate::tr!("levers-no-stage-has-a-conversion"));
        }
        return request;
    }
    let extent = |lever: &Lever| {
        let (low, high) = lever
            .customers_band
            .unwrap_or((lever.customers, lever.customers));
        (low.min(lever.customers), high.max(lever.customers))
    };
    let largest = levers
        .iter()
        .take(SHOWN)
        .map(|lever| {
            let (low, high) = extent(lever);
            low.abs().max(high.abs())
        })
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    // Bars grow from the middle only when some lever could lose customers.
    let any_loss = levers.iter().take(SHOWN).any(|lever| extent(lever).0 < 0.0);
    let scale = Scale {
        largest,
        any_loss,
        with_bands,
        largest_profit: levers
            .iter()
            .take(SHOWN)
            .map(|lever| lever.profit.abs())
            .fold(0.0, f64::max),
    };
    let currency = &design.presentation.currency;
    egui::ScrollArea::vertical().show(ui, |ui| {
        for lever in levers.iter().take(SHOWN) {
            if lever_row(ui, lever, &scale, currency, theme) {
                request = Some(LeverRequest::ShowStage(lever.stage_id.clone()));
            }
        }
    });
    request
}

/// How the rows are drawn to one scale.
#[derive(Clone, Copy)]
struct Scale {
    /// The largest gain or loss shown (customers), bars and whiskers included.
    largest: f64,
    /// Bars grow from the middle: some lever could lose customers.
    any_loss: bool,
    /// Monte Carlo: whiskers and ranges.
    with_bands: bool,
    /// The largest change in profit shown: every row's money in its unit.
    largest_profit: f64,
}

/// One lever's row; returns whether it was clicked.
fn lever_row(
    ui: &mut egui::Ui,
    lever: &Lever,
    scale: &Scale,
    currency: &str,
    theme: &Theme,
) -> bool {
    let Scale {
        largest,
        any_loss,
        with_bands,
        largest_profit,
    } = *scale;
    let signed_money = |value: f64, currency: &str| signed_money(value, currency, largest_profit);
    let row_height = 22.0;
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), row_height), Sense::click());
    let painter = ui.painter_at(rect);
    if response.hovered() {
        painter.rect_filled(rect, 3.0, ui.visuals().widgets.hovered.weak_bg_fill);
    }
    let label_width = (rect.width() * 0.28).min(280.0);
    // The figures with their 10–90 % range need more room than the figures alone.
    let value_width = if with_bands {
        (rect.width() * 0.36).min(400.0)
    } else {
        (rect.width() * 0.3).min(280.0)
    };
    painter.text(
        pos2(rect.left() + label_width - 8.0, rect.center().y),
        Align2::RIGHT_CENTER,
        lever.label(crate::i18n::current()),
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
    if let Some((low, high)) = lever.customers_band {
        let at = |value: f64| zero + (value / largest) as f32 * reach;
        whisker(&painter, at(low)..=at(high), rect.center().y, theme);
    }
    let band = lever
        .customers_band
        .map(|(low, high)| crate::tr!("levers-band", low = signed(low, 1), high = signed(high, 1)))
        .unwrap_or_default();
    painter.text(
        pos2(bar_left + bar_width + 8.0, rect.center().y),
        Align2::LEFT_CENTER,
        crate::tr!(
            "levers-bar",
            customers = signed(lever.customers, 1),
            band = band.as_str(),
            profit = signed_money(lever.profit, currency)
        ),
        FontId::proportional(13.0),
        Color32::from(theme.text_muted),
    );
    // Painted text is invisible to screen readers: the row carries its label.
    let label = lever.label(crate::i18n::current());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let response = response
        .on_hover_cursor(egui::CursorIcon::PointingHand)
        .on_hover_text(crate::tr!(
            "levers-bar-hint",
            lever = lever.kind.label(crate::i18n::current()),
            stage = lever.stage_name.as_str(),
            customers = signed(lever.customers, 1),
            band = band.as_str(),
            profit = signed_money(lever.profit, currency)
        ));
    response.clicked()
}

/// What the chart shows and how, a sign while it updates, and the way to goal seek; returns
/// whether goal seek was asked for.
fn header_ui(ui: &mut egui::Ui, design: &Design, updating: bool, with_bands: bool) -> bool {
    let mut goal_seek = false;
    ui.horizontal(|ui| {
        let method = if with_bands {
            crate::tr!(
                "levers-method-monte-carlo",
                runs = crate::i18n::format::count(f64::from(design.simulation.runs))
            )
        } else {
            crate::tr!("slide-expected-values")
        };
        ui.label(
            RichText::new(crate::tr!(
                "levers-header",
                date = crate::i18n::format::date_long(crate::design::calendar::last_day(
                    design.simulation.start_date(),
                    design.simulation.horizon_weeks as usize
                )),
                method = method
            ))
            .small()
            .weak(),
        );
        if updating {
            ui.spinner();
            ui.label(RichText::new(crate::tr!("levers-updating")).small().weak());
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            goal_seek = ui
                .button(crate::tr!("command-goal-seek"))
                .on_hover_text(crate::tr!("levers-what-does-it-take-to"))
                .clicked();
        });
    });
    goal_seek
}

/// A line from the 10th to the 90th percentile with short caps at both ends.
fn whisker(
    painter: &egui::Painter,
    span: std::ops::RangeInclusive<f32>,
    middle: f32,
    theme: &Theme,
) {
    let stroke = egui::Stroke::new(1.5, Color32::from(theme.text));
    let (left, right) = (*span.start(), *span.end());
    painter.line_segment([pos2(left, middle), pos2(right, middle)], stroke);
    for x in [left, right] {
        painter.line_segment([pos2(x, middle - 5.0), pos2(x, middle + 5.0)], stroke);
    }
}

/// A change with its sign: "+1.5", "−2".
fn signed(value: f64, decimals: usize) -> String {
    let text = crate::i18n::format::number(value, decimals);
    if value > 0.0
        && text
            .chars()
            .any(|digit| digit.is_ascii_digit() && digit != '0')
    {
        format!("+{text}")
    } else {
        text
    }
}

fn signed_money(value: f64, currency: &str, largest: f64) -> String {
    let text =
        crate::i18n::format::money_as_largest_in(crate::i18n::current(), value, currency, largest);
    if value >= 0.0 {
        format!("+{text}")
    } else {
        text
    }
}
