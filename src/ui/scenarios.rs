//! Scenarios in the design inspector: which one is being edited, switching, adding, removing;
//! and the comparison under the canvas.

use super::change::Change;
use crate::design::Design;
use crate::design::scenario::{add_scenario, remove_scenario, switch_to};
use crate::draw::{self, Theme};
use crate::sim::{SimResult, Statistic, TotalMetric};
use egui::RichText;
use egui_plot::{Line, PlotPoints};

/// The scenario list; returns the name of the change, if any.
pub fn scenarios_ui(ui: &mut egui::Ui, design: &mut Design) -> Option<Change> {
    ui.strong(crate::tr!("scenarios-scenarios"));
    let mut change = None;
    ui.horizontal(|ui| {
        ui.label(RichText::new(design.scenario_name()).strong());
        ui.label(
            RichText::new(crate::tr!("scenarios-being-edited"))
                .small()
                .weak(),
        );
    });
    let mut switch = None;
    let mut remove = None;
    for (index, scenario) in design.scenarios.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(&scenario.name);
            if ui.small_button(crate::tr!("scenarios-switch-to")).clicked() {
                switch = Some(index);
            }
            if ui.small_button(crate::tr!("scenarios-remove")).clicked() {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = switch {
        switch_to(design, index);
        change = Some(Change::SwitchScenario);
    }
    if let Some(index) = remove {
        remove_scenario(design, index);
        change = Some(Change::RemoveScenario);
    }
    let id = egui::Id::unique("leadflow-new-scenario-name");
    let mut name = ui.data_mut(|data| data.get_temp::<String>(id).unwrap_or_default());
    ui.horizontal(|ui| {
        let field = ui.add(
            egui::TextEdit::singleline(&mut name)
                .hint_text(crate::tr!("scenarios-e-g-with-silo"))
                .desired_width(130.0),
        );
        let pressed_enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui
            .button(crate::tr!("scenarios-save-as-new"))
            .on_hover_text(crate::tr!("scenarios-keeps-this-version-and-goes"))
            .clicked()
            || pressed_enter
        {
            add_scenario(design, &name);
            name.clear();
            change = Some(Change::AddScenario);
        }
    });
    ui.data_mut(|data| data.insert_temp(id, name));
    change
}

/// The scenarios side by side: active customers overlaid, and the headline figures of each.
pub fn compare_ui(
    ui: &mut egui::Ui,
    design: &Design,
    results: &[(String, SimResult)],
    compare_with: &mut usize,
    theme: &Theme,
) {
    let height = ui.available_height();
    ui.horizontal_top(|ui| {
        ui.vertical(|ui| {
            compare_with_ui(ui, design, compare_with);
            figures_grid(ui, design, results, theme);
        });
        ui.separator();
        customers_plot(ui, results, height, theme);
    });
}

/// Which other scenario the canvas marks differences from.
fn compare_with_ui(ui: &mut egui::Ui, design: &Design, compare_with: &mut usize) {
    if *compare_with >= design.scenarios.len() {
        *compare_with = 0;
    }
    let Some(chosen) = design.scenarios.get(*compare_with) else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(crate::tr!("scenarios-the-canvas-marks-what-differs")).small());
        egui::ComboBox::from_id_salt("compare-with")
            .selected_text(&chosen.name)
            .show_ui(ui, |ui| {
                for (index, scenario) in design.scenarios.iter().enumerate() {
                    ui.selectable_value(compare_with, index, &scenario.name);
                }
            });
    });
}

fn figures_grid(
    ui: &mut egui::Ui,
    design: &Design,
    results: &[(String, SimResult)],
    theme: &Theme,
) {
    egui::Grid::new("scenario-figures")
        .striped(true)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (name, _) in results {
                ui.label(RichText::new(name).strong());
            }
            ui.end_row();
            let headlines: Vec<Vec<draw::Headline>> = results
                .iter()
                .map(|(_, result)| draw::headline_figures(design, result, crate::i18n::current()))
                .collect();
            let rows = headlines.first().map_or(0, Vec::len);
            for row in 0..rows {
                if let Some(first) = headlines.first().and_then(|h| h.get(row)) {
                    ui.label(
                        RichText::new(&first.caption)
                            .small()
                            .color(theme.text_muted),
                    );
                }
                for figures in &headlines {
                    ui.label(figures.get(row).map_or("", |h| h.value.as_str()));
                }
                ui.end_row();
            }
        });
}

fn customers_plot(ui: &mut egui::Ui, results: &[(String, SimResult)], height: f32, theme: &Theme) {
    let Some((_, first)) = results.first() else {
        return;
    };
    let accent = theme
        .kind(crate::design::StageKindTag::Customer)
        .accent
        .into();
    let series: Vec<(String, egui::Color32, Vec<f64>)> = results
        .iter()
        .enumerate()
        .map(|(index, (name, result))| {
            let statistic = if result.has_bands() {
                Statistic::P50
            } else {
                Statistic::Mean
            };
            (
                crate::tr!("scenarios-active-customers", scenario = name.as_str()),
                super::plot_axes::stage_colour(accent, index),
                result.total_series(TotalMetric::ActiveCustomers, statistic),
            )
        })
        .collect();
    let response = super::plot_axes::calendar_plot("scenario-plot", first.start_date, first.weeks)
        .height(height)
        // The tooltip below names every scenario's value for the week.
        .label_formatter(|_| None)
        .show(ui, |plot| {
            for (name, colour, values) in &series {
                let points: PlotPoints<'_> = values
                    .iter()
                    .enumerate()
                    .map(|(week, value)| [(week + 1) as f64, *value])
                    .collect();
                plot.line(Line::new(name.clone(), points).color(*colour).width(2.0));
            }
            plot.pointer_coordinate()
        });
    if let Some(pointer) = response.inner.filter(|_| response.response.hovered()) {
        super::plot_axes::week_tooltip(&response.response, first, &series, pointer.x);
    }
}
