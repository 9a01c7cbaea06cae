//! Small form helpers shared by the inspectors: every input gets an accessible label.

use crate::design::validate::{Finding, Severity};
use egui::{DragValue, Response, Slider};

/// Number fields in the window's language: "55,1" and "1 234" in Swedish, as the canvas
/// writes them, and typed with a comma or a point alike.
pub trait InLanguage {
    /// Shows at most `decimals` decimals (no trailing zeros) and reads what is typed.
    #[must_use]
    fn in_language(self, decimals: usize) -> Self;
}

impl InLanguage for DragValue<'_> {
    fn in_language(self, decimals: usize) -> Self {
        self.custom_formatter(move |value, _| {
            crate::i18n::format::number_short_in(crate::i18n::current(), value, decimals)
        })
        .custom_parser(|text| crate::i18n::format::parse_number_in(crate::i18n::current(), text))
    }
}

impl InLanguage for Slider<'_> {
    fn in_language(self, decimals: usize) -> Self {
        self.custom_formatter(move |value, _| {
            crate::i18n::format::number_in(crate::i18n::current(), value, decimals)
        })
        .custom_parser(|text| crate::i18n::format::parse_number_in(crate::i18n::current(), text))
    }
}

/// A two-column form (label, field) that keeps within the width it is given: a label wraps
/// at half of it and the field column gets no more than what is left, so a long label
/// ("Referrals per customer per year") cannot push sliders and drop-downs past the panel's
/// edge (and with them every row below).
pub fn form_grid(ui: &egui::Ui, id_salt: impl std::hash::Hash + std::fmt::Debug) -> egui::Grid {
    let spacing = egui::vec2(10.0, 6.0);
    egui::Grid::new(id_salt)
        .num_columns(2)
        .spacing(spacing)
        .max_col_width(((ui.available_width() - spacing.x) / 2.0).max(60.0))
}

/// A single-line text field as wide as its cell allows, at most `most` points.
pub fn text_field<'t>(text: &'t mut String, ui: &egui::Ui, most: f32) -> egui::TextEdit<'t> {
    egui::TextEdit::singleline(text).desired_width(ui.available_width().min(most))
}

/// A field for an amount of money in `currency`: whole units in the language's style, never
/// below zero nor above what validation accepts, moved by `speed` per point dragged.
pub fn money_field<'v>(value: &'v mut f64, currency: &str, speed: f64) -> DragValue<'v> {
    DragValue::new(value)
        .in_language(0)
        .range(0.0..=crate::design::limits::MAX_MONEY)
        .speed(speed)
        .suffix(format!(" {currency}"))
}

/// A label and a widget in two grid cells; the widget is named by the label.
pub fn labelled(
    ui: &mut egui::Ui,
    text: &str,
    add: impl FnOnce(&mut egui::Ui) -> Response,
) -> Response {
    let label = ui.label(text);
    add(ui).labelled_by(label.id)
}

/// Findings as small lines in the colour of their severity.
pub fn findings_ui<'a>(ui: &mut egui::Ui, findings: impl IntoIterator<Item = &'a Finding>) {
    for finding in findings {
        let colour = match finding.severity {
            Severity::Error => ui.visuals().error_fg_color,
            Severity::Warning => ui.visuals().warn_fg_color,
        };
        ui.label(
            egui::RichText::new(finding.words(crate::i18n::current()))
                .color(colour)
                .small(),
        );
    }
}

/// Advice as short paragraphs, each with its fix as a button; returns the fix clicked.
pub fn advice_ui<'a>(
    ui: &mut egui::Ui,
    advice: impl IntoIterator<Item = &'a crate::advice::findings::Advice>,
) -> Option<crate::advice::findings::Fix> {
    let mut chosen = None;
    for item in advice {
        ui.label(egui::RichText::new(item.message.words(crate::i18n::current())).small());
        if let Some(fix) = &item.fix
            && ui.small_button(fix.label(crate::i18n::current())).clicked()
        {
            chosen = Some(fix.clone());
        }
        ui.add_space(4.0);
    }
    chosen
}

/// A 0..1 share edited as 0–100 %.
pub fn percent_slider(ui: &mut egui::Ui, value: &mut f64) -> Response {
    let mut percent = *value * 100.0;
    // The value box beside the track needs about 64 points ("100,0 %"); the track takes the
    // rest of the cell, so the figure is never cut off at the panel's edge.
    ui.spacing_mut().slider_width = (ui.available_width() - 72.0).clamp(40.0, 100.0);
    let response = ui.add(
        Slider::new(&mut percent, 0.0..=100.0)
            .suffix(" %")
            .fixed_decimals(1)
            .in_language(1),
    );
    // The slider rounds what it holds to the decimals it shows, and reports that as a
    // change: only a value other than the one shown is the user's (otherwise showing a
    // measured 60.804 % would turn it into 60.8 %, an assumed figure, and an undo step).
    let shown = (*value * 1000.0).round() / 10.0;
    if response.changed() && (percent - shown).abs() > 1e-9 {
        *value = (percent / 100.0).clamp(0.0, 1.0);
    }
    response
}

/// A date typed as YYYY-MM-DD, named by the label `label`: taken once it reads as a date
/// within `range`; while the text is not one, the field keeps what was typed and says so.
/// Says whether the date changed.
pub fn date_edit(
    ui: &mut egui::Ui,
    id_salt: impl std::hash::Hash + std::fmt::Debug,
    date: &mut crate::design::calendar::Date,
    range: std::ops::RangeInclusive<crate::design::calendar::Date>,
    label: egui::Id,
) -> bool {
    let id = ui.make_persistent_id(id_salt);
    let mut text = ui
        .data_mut(|data| data.get_temp::<String>(id))
        .unwrap_or_else(|| date.to_string());
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .desired_width(92.0)
                .hint_text(crate::tr!("design-inspector-yyyy-mm-dd")),
        )
        .labelled_by(label);
    let parsed = text
        .trim()
        .parse::<crate::design::calendar::Date>()
        .ok()
        .filter(|typed| range.contains(typed));
    let typed_a_date = response.changed() && parsed.is_some_and(|typed| typed != *date);
    if let Some(typed) = parsed.filter(|_| typed_a_date) {
        *date = typed;
    }
    if response.has_focus() {
        ui.data_mut(|data| data.insert_temp(id, text));
    } else {
        ui.data_mut(|data| data.remove::<String>(id));
    }
    if response.has_focus() && parsed.is_none() {
        ui.label(
            egui::RichText::new(crate::tr!("design-inspector-not-a-date"))
                .small()
                .color(ui.visuals().error_fg_color),
        );
    }
    typed_a_date
}
