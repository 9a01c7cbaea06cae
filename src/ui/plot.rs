//! The live plot under the canvas and the strip of headline figures above it.

use super::view::PlotTab;
use crate::design::targets::TargetFigure;
use crate::design::{Design, StageKind};
use crate::draw::{self, Theme};
use crate::sim::{SimResult, StageMetric, Statistic, TotalMetric};
use crate::ui::findings_list::Runaway;
use egui::RichText;
use egui_plot::{FilledArea, Line, PlotPoints, PlotUi};

/// The headline figures: customers, revenue, CAC, payback week, bottleneck; and leads
/// growing without bound, when they do.
pub fn headline_ui(
    ui: &mut egui::Ui,
    design: &Design,
    (result, runaway): (&SimResult, Option<Runaway<'_>>),
    without_plan: Option<&SimResult>,
    theme: &Theme,
) {
    // Figures never wrap: squeezed into a narrow window a label would break into a word a
    // line and push the panel up the window. What does not fit scrolls sideways.
    let figure = |ui: &mut egui::Ui, caption: &str, value: &str| {
        ui.vertical(|ui| {
            ui.add(
                egui::Label::new(RichText::new(caption).small().color(theme.text_muted)).extend(),
            );
            ui.add(egui::Label::new(RichText::new(value).size(18.0).strong()).extend());
        });
        ui.add_space(18.0);
    };
    egui::ScrollArea::horizontal()
        .id_salt("headline-figures")
        .show(ui, |ui| {
            headline_row(ui, design, result, without_plan, figure);
        });
    runaway_ui(ui, runaway, theme);
}

fn headline_row(
    ui: &mut egui::Ui,
    design: &Design,
    result: &SimResult,
    without_plan: Option<&SimResult>,
    figure: impl Fn(&mut egui::Ui, &str, &str),
) {
    ui.horizontal(|ui| {
        for headline in draw::headline_figures(design, result, crate::i18n::current()) {
            figure(ui, &headline.caption, &headline.value);
        }
        if let Some(without) = without_plan {
            let currency = &design.presentation.currency;
            figure(
                ui,
                &crate::tr!("plot-without-the-plan"),
                &crate::tr!(
                    "plot-without-the-plan-value",
                    customers = crate::i18n::format::count(without.summary.customers_at_horizon),
                    profit = crate::i18n::format::money(without.summary.profit, currency)
                ),
            );
        }
    });
}

/// Leads growing without bound, on a line of its own under the figures (at the end of
/// their row it scrolled out of a small window), wrapped to the panel.
fn runaway_ui(ui: &mut egui::Ui, runaway: Option<Runaway<'_>>, theme: &Theme) {
    if let Some(runaway) = runaway {
        let words = runaway.words(crate::i18n::current());
        ui.add(egui::Label::new(RichText::new(words).color(theme.bottleneck)).wrap());
    }
}

fn points(values: &[f64]) -> PlotPoints<'static> {
    values
        .iter()
        .enumerate()
        .map(|(week, value)| [(week + 1) as f64, *value])
        .collect()
}

fn weeks(result: &SimResult) -> Vec<f64> {
    (1..=result.weeks).map(|week| week as f64).collect()
}

/// What the advice tabs show besides the simulation.
pub struct AdviceTabs<'a> {
    /// The levers for "Where to improve".
    pub levers: crate::ui::lever_list::LeverList<'a>,
    /// Every scenario simulated, the one being edited first.
    pub scenarios: &'a [(String, SimResult)],
    /// The other scenario the canvas marks differences from (index in `Design::scenarios`).
    pub compare_with: &'a mut usize,
    /// The design simulated over the weeks of its actuals, for "Plan against actual".
    pub plan_actual: Option<&'a SimResult>,
    /// The design simulated without its plan, drawn dashed beside the year with it.
    pub without_plan: Option<&'a SimResult>,
}

/// What the plot panel asks the app to do.
#[derive(Clone, Debug, PartialEq)]
pub enum PlotRequest {
    /// Something asked of the levers.
    Levers(crate::ui::lever_list::LeverRequest),
    /// Write the year month by month to a file.
    ExportMonthTable,
    /// An edit made in the tab (the targets).
    Edited(crate::ui::change::PanelOutput),
}

/// The plot's tabs, those the design has figures for, and the Monte Carlo note, added to the
/// caller's row (which wraps them in a narrow window).
pub fn tabs_ui(ui: &mut egui::Ui, design: &Design, result: &SimResult, tab: &mut PlotTab) {
    ui.selectable_value(
        tab,
        PlotTab::LeadsPerStage,
        crate::tr!("plot-leads-per-stage"),
    );
    let has_pools = design
        .stages
        .values()
        .any(|stage| matches!(stage.kind, crate::design::StageKind::NurturePool(_)));
    if has_pools {
        ui.selectable_value(tab, PlotTab::NurturePools, crate::tr!("plot-in-nurture"));
    } else if *tab == PlotTab::NurturePools {
        *tab = PlotTab::LeadsPerStage;
    }
    ui.selectable_value(tab, PlotTab::Customers, crate::tr!("plot-customers"));
    ui.selectable_value(
        tab,
        PlotTab::RevenueAndCost,
        crate::tr!("plot-revenue-and-cost"),
    );
    ui.selectable_value(tab, PlotTab::Months, crate::tr!("plot-months"));
    ui.selectable_value(tab, PlotTab::Levers, crate::tr!("plot-where-to-improve"));
    if !design.scenarios.is_empty() {
        ui.selectable_value(
            tab,
            PlotTab::Scenarios,
            crate::tr!("plot-compare-scenarios"),
        );
    }
    if design.actuals.is_some() {
        ui.selectable_value(
            tab,
            PlotTab::PlanAgainstActual,
            crate::tr!("plot-plan-against-actual"),
        );
    } else if *tab == PlotTab::PlanAgainstActual {
        *tab = PlotTab::LeadsPerStage;
    }
    if result.has_bands() {
        ui.label(
            RichText::new(crate::tr!(
                "plot-band-note",
                runs = crate::i18n::format::count(f64::from(result.runs))
            ))
            .small()
            .weak(),
        );
    }
}

/// The plot for the chosen tab; Monte Carlo shows the median with a 10–90 % band. Returns
/// what the user asked of the levers.
pub fn plot_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    result: &SimResult,
    advice: &mut AdviceTabs,
    tab: &mut PlotTab,
    theme: &Theme,
    selected: &std::collections::BTreeSet<crate::design::StageId>,
) -> Option<PlotRequest> {
    match tab {
        PlotTab::Months => {
            let done = super::month_tab::months_ui(ui, design, result);
            if done.output.change.is_some() {
                return Some(PlotRequest::Edited(done.output));
            }
            return done.export.then_some(PlotRequest::ExportMonthTable);
        }
        PlotTab::Levers => {
            return crate::ui::lever_list::levers_ui(ui, design, &advice.levers, theme)
                .map(PlotRequest::Levers);
        }
        PlotTab::PlanAgainstActual => {
            if let Some(planned) = advice.plan_actual {
                crate::ui::plan_actual::plan_against_actual_ui(ui, design, planned, theme);
            }
            return None;
        }
        PlotTab::Scenarios => {
            crate::ui::scenarios::compare_ui(
                ui,
                design,
                advice.scenarios,
                advice.compare_with,
                theme,
            );
            return None;
        }
        _ => {}
    }
    // The tooltip below names every series' value for the week, in every tab.
    let plot = super::plot_axes::calendar_plot("lead-flow-plot", result.start_date, result.weeks)
        .label_formatter(|_| None);
    let shown = Shown {
        design,
        result,
        theme,
        selected,
    };
    let response = plot.show(ui, |plot| {
        let pointer = plot.pointer_coordinate();
        let series = match tab {
            PlotTab::LeadsPerStage => stage_lines(plot, &shown, StageKind::is_working_stage),
            PlotTab::NurturePools => stage_lines(plot, &shown, |kind| {
                matches!(kind, StageKind::NurturePool(_))
            }),
            PlotTab::Customers => {
                record_line(plot, design, result, theme, RecordFigure::Customers);
                target_line(plot, design, result, theme, TargetFigure::NewCustomers);
                customers(plot, result, advice.without_plan, theme)
            }
            PlotTab::RevenueAndCost
            | PlotTab::Levers
            | PlotTab::Scenarios
            | PlotTab::PlanAgainstActual
            | PlotTab::Months => {
                record_line(plot, design, result, theme, RecordFigure::Profit);
                target_line(plot, design, result, theme, TargetFigure::Revenue);
                revenue_and_cost(plot, result, advice.without_plan, theme)
            }
        };
        mark_moves(plot, design, result);
        (series, pointer)
    });
    let frame = response.transform.frame();
    let weeks = result.weeks as f64;
    super::timeline::remember_plot_frame(
        ui.ctx(),
        response.transform.position_from_point_x(0.0),
        response.transform.position_from_point_x(weeks),
    );
    let _ = frame;
    let (series, pointer) = response.inner;
    if let Some(pointer) = pointer.filter(|_| !series.is_empty() && response.response.hovered()) {
        super::plot_axes::week_tooltip(&response.response, result, &series, pointer.x);
    }
    None
}

/// Which figure of the plan of record a chart sets against.
#[derive(Clone, Copy)]
enum RecordFigure {
    Customers,
    Profit,
}

/// The plan of record's customers or cumulative profit at each month's end, dashed: what was
/// agreed, against the year as it stands. It is drawn at month ends, so the week tooltip does
/// not list it.
fn record_line(
    plot: &mut PlotUi<'_>,
    design: &Design,
    result: &SimResult,
    theme: &Theme,
    figure: RecordFigure,
) {
    // Earlier plans kept by name, fainter, under the plan of record.
    for kept in &design.earlier_plans {
        record_points_line(
            plot,
            result,
            &kept.record,
            figure,
            kept.name.clone(),
            true,
            theme,
        );
    }
    let Some(record) = design.plan_of_record.as_ref() else {
        return;
    };
    let name = crate::tr!(
        "plot-plan-of-record",
        date = crate::i18n::format::date_long(record.frozen_on)
    );
    record_points_line(plot, result, record, figure, name, false, theme);
}

/// One plan's months as a dashed line: customers at each month's end, or profit since the
/// start.
fn record_points_line(
    plot: &mut PlotUi<'_>,
    result: &SimResult,
    record: &crate::design::record::PlanOfRecord,
    figure: RecordFigure,
    name: String,
    earlier: bool,
    theme: &Theme,
) {
    let points: Vec<[f64; 2]> = record
        .months
        .iter()
        .map(|month| {
            let end = month.first_day.last_of_month();
            let days = crate::design::plan_days::days_from(result.start_date, end) + 1;
            let value = match figure {
                RecordFigure::Customers => month.active_customers,
                RecordFigure::Profit => month.cumulative_profit,
            };
            [days as f64 / 7.0, value]
        })
        .collect();
    let colour = egui::Color32::from(theme.selection);
    plot.line(
        Line::new(name, PlotPoints::from(points))
            .color(if earlier {
                colour.gamma_multiply(0.45)
            } else {
                colour
            })
            .width(if earlier { 1.2 } else { 1.6 })
            .style(egui_plot::LineStyle::dashed_dense()),
    );
}

/// A faint line at each switched-on move's start, named in the tooltip's legend by the move.
fn mark_moves(plot: &mut egui_plot::PlotUi<'_>, design: &Design, result: &SimResult) {
    let colour = plot
        .ctx()
        .global_style()
        .visuals
        .weak_text_color()
        .gamma_multiply(0.6);
    for planned in design.plan.iter().filter(|planned| planned.on) {
        let day = crate::design::plan_days::days_from(result.start_date, planned.from);
        let week = day as f64 / 7.0;
        if (0.0..=result.weeks as f64).contains(&week) {
            plot.vline(
                egui_plot::VLine::new(String::new(), week)
                    .color(colour)
                    .style(egui_plot::LineStyle::dashed_loose())
                    .allow_hover(false),
            );
        }
    }
}

/// What a stage plot draws from.
struct Shown<'a> {
    design: &'a Design,
    result: &'a SimResult,
    theme: &'a Theme,
    selected: &'a std::collections::BTreeSet<crate::design::StageId>,
}

use super::plot_axes::DrawnSeries;

/// The median in Monte Carlo, the expected value otherwise.
fn central(result: &SimResult) -> Statistic {
    if result.has_bands() {
        Statistic::P50
    } else {
        Statistic::Mean
    }
}

/// More lines than this make the plot unreadable; the busiest stages are shown.
const MAX_STAGE_LINES: usize = 12;

/// A line per stage of the kinds `shown_kind` picks (the busiest few when there are many):
/// working stages apart from pools, whose thousands would flatten the tens a change moves.
fn stage_lines(
    plot: &mut PlotUi<'_>,
    shown_in: &Shown<'_>,
    shown_kind: fn(&StageKind) -> bool,
) -> Vec<DrawnSeries> {
    let Shown {
        design,
        result,
        theme,
        selected,
    } = *shown_in;
    let mut drawn = Vec::new();
    let xs = weeks(result);
    let peak = |stage_index: usize| {
        result
            .stage_series(stage_index, StageMetric::InStage, Statistic::Mean)
            .into_iter()
            .fold(0.0_f64, f64::max)
    };
    let mut shown: Vec<(usize, f64)> = design
        .stages
        .iter()
        .filter(|(_, stage)| shown_kind(&stage.kind))
        .filter_map(|(stage_id, _)| result.stage_index(stage_id))
        .map(|index| (index, peak(index)))
        .collect();
    if shown.len() > MAX_STAGE_LINES {
        shown.sort_by(|a, b| b.1.total_cmp(&a.1));
        shown.truncate(MAX_STAGE_LINES);
    }
    for (index, stage_id) in crate::design::edit::flow_order(design).iter().enumerate() {
        let (Some(stage), Some(stage_index)) =
            (design.stages.get(stage_id), result.stage_index(stage_id))
        else {
            continue;
        };
        if !shown
            .iter()
            .any(|(shown_index, _)| *shown_index == stage_index)
        {
            continue;
        }
        let colour =
            super::plot_axes::stage_colour(theme.kind(stage.kind.tag()).accent.into(), index);
        if result.has_bands() {
            let low = result.stage_series(stage_index, StageMetric::InStage, Statistic::P10);
            let high = result.stage_series(stage_index, StageMetric::InStage, Statistic::P90);
            plot.add(
                FilledArea::new(&stage.name, &xs, &low, &high)
                    .fill_color(colour.gamma_multiply(0.15)),
            );
        }
        let values = result.stage_series(stage_index, StageMetric::InStage, central(result));
        // The selected stage's line stands out, so a change to it can be followed.
        let width = if selected.contains(stage_id) {
            3.4
        } else {
            1.8
        };
        plot.line(
            Line::new(&stage.name, points(&values))
                .color(colour)
                .width(width),
        );
        drawn.push((stage.name.clone(), colour, values));
    }
    drawn
}

fn customers(
    plot: &mut PlotUi<'_>,
    result: &SimResult,
    without_plan: Option<&SimResult>,
    theme: &Theme,
) -> Vec<DrawnSeries> {
    let colour: egui::Color32 = theme
        .kind(crate::design::StageKindTag::Customer)
        .accent
        .into();
    if result.has_bands() {
        let xs = weeks(result);
        let low = result.total_series(TotalMetric::ActiveCustomers, Statistic::P10);
        let high = result.total_series(TotalMetric::ActiveCustomers, Statistic::P90);
        plot.add(
            FilledArea::new(crate::tr!("plot-active-customers"), &xs, &low, &high)
                .fill_color(colour.gamma_multiply(0.15)),
        );
    }
    let active = result.total_series(TotalMetric::ActiveCustomers, central(result));
    plot.line(
        Line::new(crate::tr!("plot-active-customers"), points(&active))
            .color(colour)
            .width(2.0),
    );
    let new = result.total_series(TotalMetric::NewCustomers, central(result));
    let new_colour = egui::Color32::from(theme.selection);
    plot.line(
        Line::new(crate::tr!("plot-new-customers-per-week"), points(&new))
            .color(new_colour)
            .width(1.5),
    );
    let mut series = vec![
        (crate::tr!("plot-active-customers"), colour, active),
        (crate::tr!("plot-new-customers-per-week"), new_colour, new),
    ];
    if let Some(without) = without_plan {
        let name = crate::tr!("plot-active-customers-without-the-plan");
        let values = without.total_series(TotalMetric::ActiveCustomers, central(without));
        let faded = colour.gamma_multiply(0.55);
        plot.line(
            Line::new(name.clone(), points(&values))
                .color(faded)
                .width(1.6)
                .style(egui_plot::LineStyle::dashed_loose()),
        );
        series.push((name, faded, values));
    }
    series
}

fn revenue_and_cost(
    plot: &mut PlotUi<'_>,
    result: &SimResult,
    without_plan: Option<&SimResult>,
    theme: &Theme,
) -> Vec<DrawnSeries> {
    let cumulative = |metric| {
        let mut total = 0.0;
        result
            .total_series(metric, central(result))
            .into_iter()
            .map(|value| {
                total += value;
                total
            })
            .collect::<Vec<f64>>()
    };
    let revenue = egui::Color32::from(theme.revenue);
    // Each line with its width, and whether it is dashed (the part of revenue from existing
    // customers, drawn over the whole).
    let mut lines: Vec<(DrawnSeries, f32, bool)> = vec![(
        (
            crate::tr!("plot-revenue-cumulative"),
            revenue,
            cumulative(TotalMetric::Revenue),
        ),
        2.0,
        false,
    )];
    if result.summary.revenue_existing_customers > 0.0 {
        lines.push((
            (
                crate::tr!("plot-existing-cumulative"),
                revenue.gamma_multiply(0.6),
                cumulative(TotalMetric::RevenueExistingCustomers),
            ),
            1.8,
            true,
        ));
    }
    lines.push((
        (
            crate::tr!("plot-cost-cumulative"),
            egui::Color32::from(theme.cost),
            cumulative(TotalMetric::Cost),
        ),
        2.0,
        false,
    ));
    lines.push((
        (
            crate::tr!("plot-profit-cumulative"),
            egui::Color32::from(theme.text_muted),
            result.total_series(TotalMetric::CumulativeProfit, central(result)),
        ),
        1.5,
        false,
    ));
    if let Some(without) = without_plan {
        lines.push((
            (
                crate::tr!("plot-profit-without-the-plan"),
                egui::Color32::from(theme.text_muted).gamma_multiply(0.6),
                without.total_series(TotalMetric::CumulativeProfit, central(without)),
            ),
            1.5,
            true,
        ));
    }
    for ((name, colour, values), width, dashed) in &lines {
        let mut line = Line::new(name.clone(), points(values))
            .color(*colour)
            .width(*width);
        if *dashed {
            line = line.style(egui_plot::LineStyle::dashed_loose());
        }
        plot.line(line);
    }
    lines.into_iter().map(|(series, _, _)| series).collect()
}

/// The targets as a stepped line: new customers a week in each month with a target (beside
/// the new customers per week), or revenue summed from the start (beside cumulative revenue),
/// as far as the months have targets.
fn target_line(
    plot: &mut PlotUi<'_>,
    design: &Design,
    result: &SimResult,
    theme: &Theme,
    figure: TargetFigure,
) {
    let targets = design.targets.of(figure);
    if targets.is_empty() {
        return;
    }
    let cumulative = figure == TargetFigure::Revenue;
    let mut total = 0.0;
    let mut drawn: Vec<[f64; 2]> = Vec::new();
    for week in 0..result.weeks {
        let mut in_week = 0.0;
        let mut known = true;
        for day in 0..7 {
            let date = crate::design::calendar::day_after(result.start_date, week * 7 + day);
            match design.targets.month(figure, date) {
                Some(target) => in_week += target / f64::from(date.days_in_month()),
                None => known = false,
            }
        }
        if !known {
            if cumulative {
                break;
            }
            continue;
        }
        total += in_week;
        drawn.push([(week + 1) as f64, if cumulative { total } else { in_week }]);
    }
    let colour = egui::Color32::from(theme.bottleneck).gamma_multiply(0.8);
    plot.line(
        Line::new(crate::tr!("plot-target"), PlotPoints::from(drawn))
            .color(colour)
            .width(1.6)
            .style(egui_plot::LineStyle::dashed_dense()),
    );
}
