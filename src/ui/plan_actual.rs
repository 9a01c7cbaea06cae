//! "Plan against actual": the design simulated from the first week of its actuals (expected
//! values), each stage's weekly entries as a line, and what the CRM recorded as points over it.

use crate::design::Design;
use crate::draw::Theme;
use crate::sim::{SimResult, StageMetric, Statistic, TotalMetric};
use egui_plot::{Line, PlotPoints, Points};

fn points(values: impl Iterator<Item = f64>) -> PlotPoints<'static> {
    values
        .enumerate()
        .map(|(week, value)| [(week + 1) as f64, value])
        .collect()
}

/// The tab's plot of `result`, the design simulated over the weeks of its actuals (see
/// `crm::backtest::backtest_design`); a line under it says how to read it.
pub fn plan_against_actual_ui(
    ui: &mut egui::Ui,
    design: &Design,
    result: &SimResult,
    theme: &Theme,
) {
    let Some(actuals) = &design.actuals else {
        return;
    };
    ui.label(
        egui::RichText::new(crate::tr!(
            "plan-actual-note",
            date = crate::i18n::format::date_long(actuals.start)
        ))
        .small()
        .weak(),
    );
    super::plot_axes::calendar_plot("plan-against-actual", result.start_date, result.weeks).show(
        ui,
        |plot| {
            for (index, stage_id) in crate::design::edit::flow_order(design).iter().enumerate() {
                let (Some(stage), Some(entered), Some(stage_index)) = (
                    design.stages.get(stage_id),
                    actuals.entered.get(stage_id),
                    result.stage_index(stage_id),
                ) else {
                    continue;
                };
                let colour = super::plot_axes::stage_colour(
                    theme.kind(stage.kind.tag()).accent.into(),
                    index,
                );
                let plan = result.stage_series(stage_index, StageMetric::Entered, Statistic::Mean);
                plot.line(
                    Line::new(stage.name.clone(), points(plan.into_iter()))
                        .color(colour)
                        .width(1.8),
                );
                plot.points(
                    Points::new(
                        stage.name.clone(),
                        points(entered.iter().map(|&count| f64::from(count))),
                    )
                    .color(colour)
                    .radius(2.5),
                );
            }
            if !actuals.won.is_empty() {
                let colour: egui::Color32 = theme
                    .kind(crate::design::StageKindTag::Customer)
                    .accent
                    .into();
                let plan = result.total_series(TotalMetric::NewCustomers, Statistic::Mean);
                plot.line(
                    Line::new(crate::tr!("plan-actual-won"), points(plan.into_iter()))
                        .color(colour),
                );
                plot.points(
                    Points::new(
                        crate::tr!("plan-actual-won"),
                        points(actuals.won.iter().map(|&count| f64::from(count))),
                    )
                    .color(colour)
                    .radius(2.5),
                );
            }
        },
    );
}
