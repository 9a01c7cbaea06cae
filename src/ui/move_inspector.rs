//! The inspector of one move of the plan: what it changes, by how much, from when, over how
//! many days, what it costs besides, and whether it is switched on.

use super::change::{Change, PanelOutput};
use super::fields::{InLanguage, date_edit, findings_ui, labelled};
use super::view::Selection;
use crate::design::Design;
use crate::design::calendar::{Date, EARLIEST_START, LATEST_START};
use crate::design::plan::{Change as MoveChange, Figure, FigureKind, Move};
use crate::design::plan_days;
use crate::design::validate::{Finding, Subject};
use egui::{DragValue, RichText, TextEdit};

/// The figure a move changes, named for people: "conversion of Qualify", "Account executive
/// on Present".
#[must_use]
pub fn figure_label(design: &Design, figure: &Figure) -> String {
    let kind = crate::i18n::text(figure.kind().message_id());
    match figure {
        Figure::Headcount { stage, role } => crate::tr!(
            "move-figure-headcount",
            role = design.role_name(role, crate::i18n::current()).as_ref(),
            stage = design.stage_name(stage)
        ),
        Figure::LeadsPerWeek(source) | Figure::SpendPerWeek(source) => crate::tr!(
            "move-figure-of",
            figure = kind,
            of = design
                .sources
                .get(source)
                .map_or(source.as_str(), |found| found.name.as_str())
        ),
        _ => crate::tr!(
            "move-figure-of",
            figure = kind,
            of = figure.stage().map_or("", |stage| design.stage_name(stage))
        ),
    }
}

/// `text` with its first letter in capitals, for a label that starts a line.
#[must_use]
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A figure's value as shown: shares as percentages.
#[must_use]
pub fn figure_value(kind: FigureKind, value: f64, currency: &str) -> String {
    use crate::i18n::format;
    match kind {
        FigureKind::Conversion | FigureKind::ChurnPerYear => format::percent(value * 100.0, 1),
        FigureKind::SpendPerWeek | FigureKind::OrderValue => format::money(value, currency),
        FigureKind::Headcount | FigureKind::RepeatPurchases => {
            format::number_short_in(crate::i18n::current(), value, 2)
        }
        FigureKind::LeadsPerWeek | FigureKind::DaysInStage => {
            format::number_short_in(crate::i18n::current(), value, 1)
        }
    }
}

/// The decimals a move's change shows: whole money, days and leads to a tenth, people and
/// repeat purchases to a hundredth, percentages to a tenth of a point.
fn decimals_of(kind: FigureKind, in_percent: bool) -> usize {
    match kind {
        _ if in_percent => 1,
        FigureKind::SpendPerWeek | FigureKind::OrderValue => 0,
        FigureKind::LeadsPerWeek
        | FigureKind::DaysInStage
        | FigureKind::Conversion
        | FigureKind::ChurnPerYear => 1,
        FigureKind::Headcount | FigureKind::RepeatPurchases => 2,
    }
}

/// The inspector of move `index`.
pub(super) fn move_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    index: usize,
    selection: &mut Selection,
    findings: &[Finding],
    plan_effects: Option<&crate::advice::plan_effects::PlanEffects>,
) -> PanelOutput {
    let start = design.simulation.start_date();
    let currency = design.presentation.currency.clone();
    let Some(planned) = design.plan.get(index) else {
        selection.plan_move = None;
        return PanelOutput::default();
    };
    let figure = figure_label(design, &planned.figure);
    let kind = planned.figure.kind();
    ui.heading(crate::tr!("move-inspector-heading"));
    ui.label(RichText::new(capitalised(&figure)).strong());
    let subject = Subject::Move(index);
    findings_ui(
        ui,
        findings.iter().filter(|finding| finding.subject == subject),
    );
    from_to_ui(ui, design, index, start, &currency);
    measured_note_ui(ui, design, index);
    if let Some(effect) =
        plan_effects.and_then(|effects| effects.moves.iter().find(|effect| effect.index == index))
    {
        let by = crate::i18n::format::date_long(crate::design::calendar::last_day(
            start,
            design.simulation.horizon_weeks as usize,
        ));
        ui.label(crate::tr!(
            "move-inspector-adds",
            customers =
                crate::i18n::format::number_short_in(crate::i18n::current(), effect.customers, 1),
            profit = crate::i18n::format::money(effect.profit, &currency),
            date = by
        ));
    }
    let mut change = None;
    let planned = &mut design.plan[index];
    if ui
        .checkbox(&mut planned.on, crate::tr!("move-inspector-on"))
        .changed()
    {
        change = Some(Change::SwitchMove);
    }
    if let Some(edited) = fields_ui(ui, planned, index, kind, &currency) {
        change = Some(edited);
    }
    ui.add_space(6.0);
    ui.strong(crate::tr!("move-inspector-notes"));
    ui.add(
        TextEdit::multiline(&mut planned.notes)
            .hint_text(crate::tr!("move-inspector-notes-hint"))
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    );
    ui.add_space(8.0);
    if ui.button(crate::tr!("move-inspector-remove")).clicked() {
        design.plan.remove(index);
        selection.plan_move = None;
        return PanelOutput::changed(Change::RemoveMove);
    }
    PanelOutput {
        change,
        intent: None,
    }
}

/// What the figure goes from and to when the move is in full effect.
fn from_to_ui(ui: &mut egui::Ui, design: &Design, index: usize, start: Date, currency: &str) {
    let Some(planned) = design.plan.get(index) else {
        return;
    };
    let resolved = plan_days::resolve(design, start);
    let Some(this) = resolved.iter().find(|resolved| resolved.index == index) else {
        return;
    };
    let Some(before) = plan_days::value_on(design, &resolved, &planned.figure, this.start - 1)
    else {
        return;
    };
    let kind = planned.figure.kind();
    ui.label(crate::tr!(
        "move-inspector-from-to",
        from = figure_value(kind, before, currency),
        to = figure_value(kind, before + this.amount, currency)
    ));
}

/// A figure measured from the CRM stays measured until the move changes it: said here.
fn measured_note_ui(ui: &mut egui::Ui, design: &Design, index: usize) {
    let Some(planned) = design.plan.get(index) else {
        return;
    };
    let stage = planned
        .figure
        .stage()
        .and_then(|stage| design.stages.get(stage));
    let source = planned
        .figure
        .source()
        .and_then(|source| design.sources.get(source));
    let measured = match planned.figure.kind() {
        FigureKind::Conversion => stage.and_then(|stage| stage.measured.conversion.as_ref()),
        FigureKind::DaysInStage => stage.and_then(|stage| stage.measured.days_in_stage.as_ref()),
        FigureKind::OrderValue => stage.and_then(|stage| stage.measured.order_value.as_ref()),
        FigureKind::LeadsPerWeek => source.and_then(|source| source.measured.as_ref()),
        _ => None,
    };
    if let Some(evidence) = measured {
        ui.label(
            RichText::new(crate::tr!(
                "move-inspector-measured",
                deals = evidence.deals,
                date = crate::i18n::format::date_long(planned.from)
            ))
            .small()
            .color(ui.visuals().warn_fg_color),
        );
    }
}

/// Name, change, dates, ramp-up and costs; the edit whose name the undo step takes, if any.
fn fields_ui(
    ui: &mut egui::Ui,
    planned: &mut Move,
    index: usize,
    kind: FigureKind,
    currency: &str,
) -> Option<Change> {
    let mut change = None;
    super::fields::form_grid(ui, "move-fields").show(ui, |ui| {
        labelled(ui, &crate::tr!("move-inspector-name"), |ui| {
            ui.add(super::fields::text_field(&mut planned.name, ui, 180.0))
        });
        ui.end_row();
        change_ui(ui, planned, kind, currency);
        ui.end_row();
        let label = ui.label(crate::tr!("move-inspector-starts-on"));
        if date_edit(
            ui,
            ("move-from", index),
            &mut planned.from,
            EARLIEST_START..=LATEST_START,
            label.id,
        ) {
            if let Some(until) = planned.until.as_mut() {
                // An end keeps after the start.
                *until = (*until).max(planned.from.tomorrow().unwrap_or(planned.from));
            }
            change = Some(Change::EditMove);
        }
        ui.end_row();
        labelled(ui, &crate::tr!("move-inspector-ramp-up"), |ui| {
            ui.add(
                DragValue::new(&mut planned.ramp_days)
                    .range(0..=3650)
                    .suffix(crate::tr!("suffix-days")),
            )
            .on_hover_text(crate::tr!("move-inspector-ramp-up-hint"))
        });
        ui.end_row();
        let mut ends = planned.until.is_some();
        let label = ui.checkbox(&mut ends, crate::tr!("move-inspector-ends-on"));
        if label.changed() {
            planned.until = ends.then(|| day_after(planned.from, 90));
        }
        if let Some(until) = planned.until.as_mut() {
            let earliest = planned.from.tomorrow().unwrap_or(planned.from);
            date_edit(
                ui,
                ("move-until", index),
                until,
                earliest..=LATEST_START,
                label.id,
            );
        }
        ui.end_row();
        labelled(ui, &crate::tr!("move-inspector-one-off-cost"), |ui| {
            ui.add(super::fields::money_field(
                &mut planned.one_off_cost,
                currency,
                50.0,
            ))
        });
        ui.end_row();
        labelled(ui, &crate::tr!("move-inspector-cost-per-month"), |ui| {
            ui.add(super::fields::money_field(
                &mut planned.cost_per_month,
                currency,
                50.0,
            ))
        });
        ui.end_row();
    });
    change
}

/// The kind of change and its amount; shares in percent (points for "by").
fn change_ui(ui: &mut egui::Ui, planned: &mut Move, kind: FigureKind, currency: &str) {
    let label = ui.label(crate::tr!("move-inspector-change"));
    ui.horizontal(|ui| {
        let (mut how, mut amount) = match planned.change {
            MoveChange::To(value) => (0, value),
            MoveChange::By(value) => (1, value),
            MoveChange::ByShare(share) => (2, share),
        };
        let names = [
            crate::tr!("move-change-to"),
            crate::tr!("move-change-by"),
            crate::tr!("move-change-by-percent"),
        ];
        egui::ComboBox::from_id_salt("move-change-kind")
            .selected_text(names[how].clone())
            .show_ui(ui, |ui| {
                for (choice, name) in names.iter().enumerate() {
                    ui.selectable_value(&mut how, choice, name);
                }
            })
            .response
            .labelled_by(label.id);
        let in_percent = how == 2 || kind.is_share();
        let mut shown = if in_percent { amount * 100.0 } else { amount };
        let suffix = if in_percent {
            " %".to_owned()
        } else if matches!(kind, FigureKind::SpendPerWeek | FigureKind::OrderValue) {
            format!(" {currency}")
        } else {
            String::new()
        };
        let response = ui
            .add(
                DragValue::new(&mut shown)
                    .in_language(decimals_of(kind, in_percent))
                    .speed(if in_percent { 0.5 } else { 0.1 })
                    .suffix(suffix),
            )
            .labelled_by(label.id);
        if response.changed() {
            amount = if in_percent { shown / 100.0 } else { shown };
        }
        planned.change = match how {
            0 => MoveChange::To(amount),
            1 => MoveChange::By(amount),
            _ => MoveChange::ByShare(amount),
        };
    });
}

fn day_after(date: Date, days: i64) -> Date {
    date.checked_add(jiff::Span::new().days(days))
        .unwrap_or(date)
}
