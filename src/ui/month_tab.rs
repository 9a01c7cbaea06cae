//! The plot panel's "Month by month" tab: the year as a table, one row per calendar month,
//! a copy of it for a spreadsheet, and the targets asked of each month (typed in its row, or
//! spread from a figure for the whole period), a month the plan falls short of marked.

use super::change::{Change, PanelOutput};
use crate::design::Design;
use crate::design::targets::{MAX_TARGET, TargetFigure};
use crate::draw::month_table::{Cell, WordedTable};
use crate::sim::SimResult;
use crate::sim::months::MonthTable;
use egui::{Align, Layout, RichText};

/// What the tab did this frame.
#[derive(Default)]
pub(super) struct MonthsOutput {
    /// The person asked to write the table to a file.
    pub export: bool,
    /// An edit of the targets.
    pub output: PanelOutput,
}

/// The table of `result`, a simulation of `design`, with the design's targets to edit.
pub(super) fn months_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    result: &SimResult,
) -> MonthsOutput {
    let mut done = MonthsOutput::default();
    let language = crate::i18n::current();
    let months = crate::sim::months::month_table(design, result);
    let table = crate::draw::month_table::worded(&months, language);
    ui.horizontal(|ui| {
        if ui
            .button(crate::tr!("months-copy"))
            .on_hover_text(crate::tr!("months-copy-hint"))
            .clicked()
        {
            ui.ctx().copy_text(table.tab_separated());
        }
        done.export = ui
            .button(crate::tr!("months-export"))
            .on_hover_text(crate::tr!("months-export-hint"))
            .clicked();
        let note = if result.has_bands() {
            crate::tr!("months-note-bands")
        } else {
            crate::tr!("months-note")
        };
        ui.label(RichText::new(note).small().weak());
    });
    if spread_ui(ui, design, &months) {
        done.output = PanelOutput::changed(Change::Targets);
    }
    ui.add_space(4.0);
    egui::ScrollArea::both()
        .id_salt("months-table")
        .auto_shrink(false)
        .show(ui, |ui| {
            if grid_ui(ui, &table, &months, design) {
                done.output = PanelOutput::changed(Change::Targets);
            }
        });
    done
}

/// A figure for the whole period, spread over its months; says whether targets changed.
fn spread_ui(ui: &mut egui::Ui, design: &mut Design, months: &MonthTable) -> bool {
    let id = egui::Id::unique("months-spread");
    // The figure, the amount and the quarter it is for (none: the whole period).
    let (mut figure, mut total, mut quarter) = ui.data_mut(|data| {
        *data.get_temp_mut_or_insert_with(id, || {
            (TargetFigure::NewCustomers, 0.0_f64, None::<(i16, i8)>)
        })
    });
    let quarters = quarters_of(months);
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.label(RichText::new(crate::tr!("months-targets")).strong())
            .on_hover_text(crate::tr!("months-targets-hint"));
        ui.label(crate::tr!("months-yearly-target"));
        ui.add(crate::ui::fields::InLanguage::in_language(
            egui::DragValue::new(&mut total)
                .range(0.0..=MAX_TARGET)
                .speed(1.0),
            0,
        ));
        let over_label = |quarter: Option<(i16, i8)>| match quarter {
            None => crate::tr!("months-over-period"),
            Some((year, number)) => crate::tr!(
                "months-over-quarter",
                quarter = number.to_string(),
                year = year.to_string()
            ),
        };
        egui::ComboBox::from_id_salt("months-spread-over")
            .selected_text(over_label(quarter))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut quarter, None, over_label(None));
                for choice in &quarters {
                    ui.selectable_value(&mut quarter, Some(*choice), over_label(Some(*choice)));
                }
            });
        egui::ComboBox::from_id_salt("months-spread-figure")
            .selected_text(figure_label(figure))
            .show_ui(ui, |ui| {
                for choice in [TargetFigure::NewCustomers, TargetFigure::Revenue] {
                    ui.selectable_value(&mut figure, choice, figure_label(choice));
                }
            });
        let in_spread = |month: &&crate::sim::months::Month| {
            quarter.is_none_or(|chosen| quarter_of(month.first_day) == chosen)
        };
        let plan_shape: Vec<(crate::design::calendar::Date, f64, f64)> = months
            .months
            .iter()
            .filter(in_spread)
            .map(|month| {
                let value = match figure {
                    TargetFigure::NewCustomers => month.new_customers,
                    TargetFigure::Revenue => {
                        month.revenue_new_customers + month.revenue_existing_customers
                    }
                };
                (month.first_day, value, covered(month))
            })
            .collect();
        let even: Vec<(crate::design::calendar::Date, f64, f64)> = months
            .months
            .iter()
            .filter(in_spread)
            .map(|month| (month.first_day, month.days as f64, covered(month)))
            .collect();
        if ui.button(crate::tr!("months-spread-evenly")).clicked() {
            design.targets.spread(figure, total, &even);
            changed = true;
        }
        if ui.button(crate::tr!("months-spread-like-plan")).clicked() {
            design.targets.spread(figure, total, &plan_shape);
            changed = true;
        }
        if ui
            .add_enabled(
                !design.targets.of(figure).is_empty(),
                egui::Button::new(crate::tr!("months-clear-targets")),
            )
            .clicked()
        {
            design.targets.of_mut(figure).clear();
            changed = true;
        }
    });
    ui.data_mut(|data| data.insert_temp(id, (figure, total, quarter)));
    changed
}

/// The calendar quarter a day falls in: its year and number (1–4).
fn quarter_of(day: crate::design::calendar::Date) -> (i16, i8) {
    (day.year(), (day.month() - 1) / 3 + 1)
}

/// The quarters the table's months fall in, in order.
fn quarters_of(months: &MonthTable) -> Vec<(i16, i8)> {
    let mut quarters: Vec<(i16, i8)> = months
        .months
        .iter()
        .map(|month| quarter_of(month.first_day))
        .collect();
    quarters.dedup();
    quarters
}

/// The share of a month the period covers.
fn covered(month: &crate::sim::months::Month) -> f64 {
    (month.days as f64 / f64::from(month.first_day.days_in_month())).min(1.0)
}

fn figure_label(figure: TargetFigure) -> String {
    match figure {
        TargetFigure::NewCustomers => crate::tr!("months-new-customers"),
        TargetFigure::Revenue => crate::tr!("deck-revenue"),
    }
}

/// The table with a target column per figure; says whether a target was typed.
fn grid_ui(
    ui: &mut egui::Ui,
    table: &WordedTable,
    months: &MonthTable,
    design: &mut Design,
) -> bool {
    let mut changed = false;
    let short = ui.visuals().warn_fg_color;
    egui::Grid::new("months-grid")
        .striped(true)
        .spacing([14.0, 3.0])
        .show(ui, |ui| {
            for heading in table.headings.iter().take(1) {
                ui.label(RichText::new(heading).strong().small());
            }
            for id in ["months-target-customers", "months-target-revenue"] {
                ui.label(RichText::new(crate::i18n::text(id)).strong().small());
            }
            for heading in table.headings.iter().skip(1) {
                ui.label(RichText::new(heading).strong().small());
            }
            ui.end_row();
            for (row, month) in table.rows.iter().zip(&months.months) {
                let mut cells = row.iter();
                if let Some(first) = cells.next() {
                    ui.label(first.shown(table.language));
                }
                for (figure, planned) in [
                    (TargetFigure::NewCustomers, month.new_customers),
                    (
                        TargetFigure::Revenue,
                        month.revenue_new_customers + month.revenue_existing_customers,
                    ),
                ] {
                    let current = design.targets.month(figure, month.first_day);
                    let falls_short =
                        design
                            .targets
                            .falls_short(figure, month.first_day, month.days, planned)
                            == Some(true);
                    if let Some(typed) = target_field(
                        ui,
                        (figure, month.first_day),
                        current,
                        falls_short.then_some(short),
                    ) {
                        let value = match typed {
                            Typed::Target(value) => Some(value),
                            Typed::Cleared => None,
                        };
                        design.targets.set(figure, month.first_day, value);
                        changed = true;
                    }
                }
                for cell in cells {
                    let text = cell.shown(table.language);
                    if matches!(cell, Cell::Text(_)) {
                        ui.label(text);
                    } else {
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            ui.label(text);
                        });
                    }
                }
                ui.end_row();
            }
        });
    changed
}

/// What was typed in a target's field.
enum Typed {
    Target(f64),
    Cleared,
}

/// A month's target as a field: empty for none. What is typed is kept while the field has the
/// keyboard; a number sets the target, an empty field clears it. Returns the new target when
/// it changed. Marked in `short` when the plan falls short of it.
fn target_field(
    ui: &mut egui::Ui,
    key: (TargetFigure, crate::design::calendar::Date),
    current: Option<f64>,
    short: Option<egui::Color32>,
) -> Option<Typed> {
    let id = egui::Id::unique(("months-target", key.0 == TargetFigure::Revenue, key.1));
    let shown = current.map_or_else(String::new, |value| {
        crate::i18n::format::number(value, usize::from(value.fract().abs() >= 1e-9))
    });
    let mut text = ui
        .data(|data| data.get_temp::<String>(id))
        .unwrap_or_else(|| shown.clone());
    let mut edit = egui::TextEdit::singleline(&mut text)
        .desired_width(70.0)
        .align(egui::Align2::RIGHT_CENTER);
    if let Some(colour) = short {
        edit = edit.text_color(colour);
    }
    let response = ui.add(edit);
    // Named for a screen reader: "Target: new customers, Jan 2027".
    let heading = match key.0 {
        TargetFigure::NewCustomers => crate::tr!("months-target-customers"),
        TargetFigure::Revenue => crate::tr!("months-target-revenue"),
    };
    let month = crate::i18n::format::month_label_in(crate::i18n::current(), key.1, true);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::TextInput, true, format!("{heading}, {month}"))
    });
    let response = if short.is_some() {
        response.on_hover_text(crate::tr!("months-short"))
    } else {
        response
    };
    if response.has_focus() {
        ui.data_mut(|data| data.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|data| data.remove::<String>(id));
    }
    if !response.changed() {
        return None;
    }
    let typed = text.trim();
    if typed.is_empty() {
        return Some(Typed::Cleared);
    }
    let value = crate::i18n::format::parse_number_in(crate::i18n::current(), typed)?;
    (value.is_finite() && (0.0..=MAX_TARGET).contains(&value)).then_some(Typed::Target(value))
}
