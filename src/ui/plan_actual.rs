//! "Plan against actual": the design simulated from the first week of its actuals (expected
//! values), each stage's weekly entries as a line, and what the CRM recorded as points over it.

use crate::design::Design;
use crate::draw::Theme;
use crate::sim::{SimResult, StageMetric, Statistic, TotalMetric};
use egui_plot::{Line, MarkerShape, PlotPoints, Points};

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
    let series = plan_and_actual(design, actuals, result, theme);
    let response =
        super::plot_axes::calendar_plot("plan-against-actual", result.start_date, result.weeks)
            // The tooltip below names every series' value for the week.
            .label_formatter(|_| None)
            .show(ui, |plot| {
                for (shown, actual) in &series {
                    let (name, colour, planned) = shown;
                    plot.line(
                        Line::new(name.clone(), points(planned.iter().copied()))
                            .color(*colour)
                            .width(1.8),
                    );
                    // What the CRM recorded: the line's colour, a shape of its own per series,
                    // so two stages of one kind's colour are told apart.
                    let (recorded, shape) = actual;
                    plot.points(
                        Points::new(name.clone(), points(recorded.iter().copied()))
                            .color(*colour)
                            .shape(*shape)
                            .radius(3.0),
                    );
                }
                plot.pointer_coordinate()
            });
    if let Some(pointer) = response.inner.filter(|_| response.response.hovered()) {
        let listed: Vec<(String, egui::Color32, Vec<f64>)> = series
            .iter()
            .flat_map(|((name, colour, planned), (recorded, _))| {
                [
                    (name.clone(), *colour, planned.clone()),
                    (
                        crate::tr!("plan-actual-recorded", series = name.as_str()),
                        *colour,
                        recorded.clone(),
                    ),
                ]
            })
            .collect();
        super::plot_axes::week_tooltip(&response.response, result, &listed, pointer.x);
    }
}

/// Marker shapes in turn, one per series.
const SHAPES: [MarkerShape; 6] = [
    MarkerShape::Circle,
    MarkerShape::Square,
    MarkerShape::Diamond,
    MarkerShape::Up,
    MarkerShape::Down,
    MarkerShape::Cross,
];

/// Each matched stage's planned entries (and the deals won) with what the CRM recorded.
type PlanAndActual = Vec<((String, egui::Color32, Vec<f64>), (Vec<f64>, MarkerShape))>;

fn plan_and_actual(
    design: &Design,
    actuals: &crate::design::actuals::Actuals,
    result: &SimResult,
    theme: &Theme,
) -> PlanAndActual {
    let mut series = PlanAndActual::new();
    for (index, stage_id) in crate::design::edit::flow_order(design).iter().enumerate() {
        let (Some(stage), Some(entered), Some(stage_index)) = (
            design.stages.get(stage_id),
            actuals.entered.get(stage_id),
            result.stage_index(stage_id),
        ) else {
            continue;
        };
        let colour =
            super::plot_axes::stage_colour(theme.kind(stage.kind.tag()).accent.into(), index);
        let shape = SHAPES[series.len() % SHAPES.len()];
        series.push((
            (
                stage.name.clone(),
                colour,
                result.stage_series(stage_index, StageMetric::Entered, Statistic::Mean),
            ),
            (
                entered.iter().map(|&count| f64::from(count)).collect(),
                shape,
            ),
        ));
    }
    if !actuals.won.is_empty() {
        let colour: egui::Color32 = theme
            .kind(crate::design::StageKindTag::Customer)
            .accent
            .into();
        let shape = SHAPES[series.len() % SHAPES.len()];
        series.push((
            (
                crate::tr!("plan-actual-won"),
                colour,
                result.total_series(TotalMetric::NewCustomers, Statistic::Mean),
            ),
            (
                actuals.won.iter().map(|&count| f64::from(count)).collect(),
                shape,
            ),
        ));
    }
    series
}
