//! The report: what the deck holds, on A4 pages to send ahead of the meeting. The process,
//! the year, revenue and cost, the plan, the months, what the figures rest on, where to
//! improve, the scenarios, and the plan against what the CRM recorded when the design keeps
//! actuals; each section with the sentences the deck's speaker notes read out.

mod pages;

use super::Picture;
use super::pack::{self, PackInput};
use crate::design::{Point, StageKindTag};
use crate::draw::{self, Align, Bounds, Colour, Line, OtherLine, Series, Shape};
use crate::i18n::format::date_long_in;
use crate::sim::TotalMetric;
use crate::sim::months::{MonthTable, month_table};
use pages::{BODY_SIZE, Cell, Column, LEFT, Pages, RIGHT};

/// Charts are drawn at twice the page's scale and shrunk, so their labels come out at a
/// size that suits a page rather than a slide.
const CHART_SCALE: f32 = 0.5;

/// The report's pages, in order.
#[must_use]
pub fn report(input: &PackInput<'_>, background: Colour) -> Vec<Picture> {
    let theme = input.theme;
    let table = month_table(input.design, input.result);
    let mut pages = Pages::new(theme, input.measure);
    cover(&mut pages, input);
    process(&mut pages, input);
    year(&mut pages, input);
    money(&mut pages, input, &table);
    if input.design.has_moves() {
        plan(&mut pages, input, &table);
    }
    months(&mut pages, input, &table);
    assumptions(&mut pages, input);
    levers(&mut pages, input);
    if !input.design.scenarios.is_empty() {
        scenarios(&mut pages, input);
    }
    if input.design.actuals.is_some() {
        plan_against_actual(&mut pages, input);
    }
    let title = super::slide::slide_title(input.design);
    let footer = format!(
        "{} · {}",
        title,
        date_long_in(input.language, crate::design::calendar::today())
    );
    let footer = super::slide::fit_line(
        &footer,
        pages::FOOTER_SIZE,
        Pages::width() * 0.7,
        input.measure,
    );
    pages.finish(&title, &footer, background, |page, count| {
        crate::message!("pack-report-page", page = page, pages = count).words(input.language)
    })
}

fn cover(pages: &mut Pages<'_>, input: &PackInput<'_>) {
    let language = input.language;
    let theme = input.theme;
    pages.block(4.0, |out, area| {
        out.push(Shape::Rect {
            min: area.min,
            max: Point::new(area.min.x + 60.0, area.min.y + 4.0),
            corner: 0.0,
            fill: theme.kind(StageKindTag::FunnelStep).accent,
            line: Line::NONE,
        });
    });
    pages.paragraph(&super::slide::slide_title(input.design), 24.0, theme.text);
    pages.paragraph(
        &super::slide::slide_subtitle(input.design, language),
        13.0,
        theme.text_muted,
    );
    pages.paragraph(&pack::dated_line(input), BODY_SIZE, theme.text_muted);
    pages.space(6.0);
    pages.paragraph(
        &pack::title_notes(input, pack::PackKind::Report),
        BODY_SIZE,
        theme.text,
    );
}

fn process(pages: &mut Pages<'_>, input: &PackInput<'_>) {
    let language = input.language;
    let diagram = super::diagram_shapes(
        input.design,
        Some(input.result),
        input.theme,
        None,
        input.measure,
        language,
    );
    let bounds = draw::bounds_of(&diagram, input.measure);
    // As tall as the diagram needs at the page's width, up to half a page.
    let height = bounds.map_or(0.0, |bounds| {
        let scale = Pages::width() / (bounds.max.x - bounds.min.x).max(1.0);
        ((bounds.max.y - bounds.min.y) * scale).clamp(120.0, 380.0)
    });
    pages.heading(&input.words("deck-title-process"), height);
    if let Some(bounds) = bounds {
        pages.block(height, |out, area| {
            let (scale, dx, dy) = super::slide::fitting(bounds, area);
            out.extend(
                diagram
                    .into_iter()
                    .map(|shape| shape.transformed(scale, dx, dy)),
            );
        });
    }
    for note in pack::process_notes(input) {
        pages.paragraph(&note, BODY_SIZE, input.theme.text);
    }
}

/// A weekly chart drawn at twice the scale into `area` and shrunk to fit it.
fn chart_into(out: &mut Vec<Shape>, input: &PackInput<'_>, series: &Series<'_>, area: Bounds) {
    let language = input.language;
    let large = Bounds {
        min: Point::new(0.0, 0.0),
        max: Point::new(
            (area.max.x - area.min.x) / CHART_SCALE,
            (area.max.y - area.min.y) / CHART_SCALE,
        ),
    };
    let mut shapes = Vec::new();
    draw::chart_shapes(
        &mut shapes,
        series,
        large,
        input.theme,
        input.measure,
        language,
    );
    out.extend(
        shapes
            .into_iter()
            .map(|shape| shape.transformed(CHART_SCALE, area.min.x, area.min.y)),
    );
}

fn year(pages: &mut Pages<'_>, input: &PackInput<'_>) {
    let language = input.language;
    let theme = input.theme;
    let result = input.result;
    pages.heading(&input.words("deck-title-year"), 200.0);
    let customers = result.total_series(TotalMetric::ActiveCustomers, input.central());
    let band = result.has_bands().then(|| {
        (
            result.total_series(TotalMetric::ActiveCustomers, crate::sim::Statistic::P10),
            result.total_series(TotalMetric::ActiveCustomers, crate::sim::Statistic::P90),
        )
    });
    let label = input.words("months-active-customers");
    pages.block(200.0, |out, area| {
        chart_into(
            out,
            input,
            &Series {
                label: &label,
                values: &customers,
                band: band
                    .as_ref()
                    .map(|(low, high)| (low.as_slice(), high.as_slice())),
                colour: theme.kind(StageKindTag::Customer).accent,
                cursor: None,
                start_date: result.start_date,
                compared: None,
                others: &[],
            },
            area,
        );
    });
    pages.paragraph(&pack::band_note(input), BODY_SIZE, theme.text_muted);
    let rows: Vec<Vec<Cell>> = draw::headline_figures(input.design, result, language)
        .into_iter()
        .map(|headline| vec![Cell::of(headline.caption), Cell::of(headline.value)])
        .collect();
    pages.table(
        &[Column::start(3.0), Column::end(2.0)],
        &[
            input.words("deck-column-figure"),
            input.words("deck-column-value"),
        ],
        &rows,
    );
}

fn money(pages: &mut Pages<'_>, input: &PackInput<'_>, table: &MonthTable) {
    let theme = input.theme;
    let result = input.result;
    pages.heading(&input.words("deck-title-money"), 180.0);
    let revenue = result.total_series(TotalMetric::Revenue, input.central());
    let cost = result.total_series(TotalMetric::Cost, input.central());
    let (revenue_label, cost_label) = (input.words("deck-revenue"), input.words("deck-cost"));
    let others = [OtherLine {
        label: &cost_label,
        values: &cost,
        colour: theme.cost,
        dashed: false,
    }];
    pages.block(180.0, |out, area| {
        chart_into(
            out,
            input,
            &Series {
                label: &revenue_label,
                values: &revenue,
                band: None,
                colour: theme.revenue,
                cursor: None,
                start_date: result.start_date,
                compared: None,
                others: &others,
            },
            area,
        );
    });
    pages.paragraph(
        &input.words("pack-report-weekly-note"),
        BODY_SIZE,
        theme.text_muted,
    );
    pages.paragraph(
        &pack::MoneyByMonth::of(table).notes(input),
        BODY_SIZE,
        theme.text,
    );
}

fn plan(pages: &mut Pages<'_>, input: &PackInput<'_>, table: &MonthTable) {
    let theme = input.theme;
    let result = input.result;
    let moves = super::slide::moves_by_date(input.design);
    pages.heading(
        &input.words("deck-title-plan"),
        16.0 + 18.0 * moves.len() as f32,
    );
    let start = result.start_date;
    let span = (result.last_day() - start).get_days().max(1) as f32;
    let row_height = 18.0;
    let bar_left = LEFT + Pages::width() * 0.42;
    let accent = theme.kind(StageKindTag::FunnelStep).accent;
    let labels = pack::month_labels(input, table);
    pages.block(16.0 + row_height * moves.len() as f32, |out, area| {
        let x_of = |date: crate::design::calendar::Date| {
            let days = ((date - start).get_days() as f32).clamp(0.0, span);
            bar_left + (RIGHT - bar_left) * days / span
        };
        // Every third month along the top, so the labels do not run into each other.
        for (month, label) in table.months.iter().zip(&labels).step_by(3) {
            out.push(Shape::text(
                x_of(month.first_day),
                area.min.y,
                Align::Start,
                7.0,
                theme.text_muted,
                label,
            ));
        }
        for (row, planned) in moves.iter().enumerate() {
            let y = area.min.y + 16.0 + row as f32 * row_height;
            let name = format!(
                "{} · {}",
                date_long_in(input.language, planned.from),
                planned.name
            );
            out.push(Shape::text(
                LEFT,
                y + 2.0,
                Align::Start,
                8.5,
                theme.text,
                super::slide::fit_line(&name, 8.5, bar_left - LEFT - 8.0, input.measure),
            ));
            let from = x_of(planned.from);
            let until = planned.until.map_or(RIGHT, x_of).max(from + 2.0);
            out.push(Shape::Rect {
                min: Point::new(from, y + 3.0),
                max: Point::new(until, y + 14.0),
                corner: 1.5,
                fill: accent.faded(0.35),
                line: Line::NONE,
            });
            let ramp_end =
                x_of(planned.from + jiff::Span::new().days(i64::from(planned.ramp_days)))
                    .min(until);
            if ramp_end > from + 1.0 {
                // The ramp-up as a wedge: the new person's share of a full one rises.
                out.push(Shape::Polygon {
                    points: vec![
                        Point::new(from, y + 14.0),
                        Point::new(ramp_end, y + 3.0),
                        Point::new(ramp_end, y + 14.0),
                    ],
                    fill: accent,
                    line: Line::NONE,
                });
            }
        }
    });
    let without = pack::WithoutPlan::of(input.design);
    let with_values = result.total_series(TotalMetric::ActiveCustomers, input.central());
    let without_values = without
        .result
        .total_series(TotalMetric::ActiveCustomers, input.central());
    let (with_label, without_label) = (
        input.words("deck-series-with-plan"),
        input.words("deck-series-without-plan"),
    );
    pages.block(180.0, |out, area| {
        chart_into(
            out,
            input,
            &Series {
                label: &with_label,
                values: &with_values,
                band: None,
                colour: theme.kind(StageKindTag::Customer).accent,
                cursor: None,
                start_date: result.start_date,
                compared: Some((&without_label, &without_values)),
                others: &[],
            },
            area,
        );
    });
    pages.paragraph(&pack::plan_notes(input, &without), BODY_SIZE, theme.text);
}

fn months(pages: &mut Pages<'_>, input: &PackInput<'_>, table: &MonthTable) {
    pages.heading(&input.words("deck-title-months"), 0.0);
    pages.paragraph(
        &input.words("deck-notes-months"),
        BODY_SIZE,
        input.theme.text,
    );
    let columns: Vec<Column> = pack::MONTH_COLUMNS
        .iter()
        .enumerate()
        .map(|(index, _)| {
            if index == 0 {
                Column::start(1.3)
            } else {
                Column::end(1.0)
            }
        })
        .collect();
    let heading: Vec<String> = pack::MONTH_COLUMNS
        .iter()
        .map(|id| input.words(id))
        .collect();
    let rows: Vec<Vec<Cell>> = pack::month_rows(input, table)
        .into_iter()
        .map(|row| row.into_iter().map(Cell::of).collect())
        .collect();
    pages.table(&columns, &heading, &rows);
}

fn assumptions(pages: &mut Pages<'_>, input: &PackInput<'_>) {
    pages.heading(&input.words("deck-title-assumptions"), 0.0);
    let figures = pack::figure_rows(input);
    pages.paragraph(
        &pack::assumptions_notes(input, &figures),
        BODY_SIZE,
        input.theme.text,
    );
    let rows: Vec<Vec<Cell>> = figures
        .into_iter()
        .map(|row| {
            vec![
                Cell::of(row.figure),
                Cell::of(row.value),
                row.basis
                    .map_or_else(|| Cell::muted(input.words("deck-assumed")), Cell::of),
            ]
        })
        .collect();
    pages.table(
        &[Column::start(2.4), Column::end(1.0), Column::start(3.6)],
        &[
            input.words("deck-column-figure"),
            input.words("deck-column-value"),
            input.words("deck-column-basis"),
        ],
        &rows,
    );
}

fn levers(pages: &mut Pages<'_>, input: &PackInput<'_>) {
    pages.heading(&input.words("deck-title-levers"), 0.0);
    let helpful = pack::helpful_levers(input);
    pages.paragraph(
        &pack::levers_notes(input, &helpful),
        BODY_SIZE,
        input.theme.text,
    );
    if helpful.is_empty() {
        return;
    }
    let rows: Vec<Vec<Cell>> = helpful
        .iter()
        .map(|lever| {
            pack::lever_row(input, lever, pack::largest_profit(&helpful))
                .into_iter()
                .map(Cell::of)
                .collect()
        })
        .collect();
    pages.table(
        &[Column::start(3.0), Column::end(1.5), Column::end(1.5)],
        &[
            input.words("deck-column-change"),
            input.words("deck-column-customers"),
            input.words("deck-column-profit"),
        ],
        &rows,
    );
}

fn scenarios(pages: &mut Pages<'_>, input: &PackInput<'_>) {
    let theme = input.theme;
    pages.heading(&input.words("deck-title-scenarios"), 200.0);
    let runs = pack::scenario_runs(input.design);
    let Some((first, rest)) = runs.split_first() else {
        return;
    };
    let colours = [
        StageKindTag::FunnelStep,
        StageKindTag::FlywheelSegment,
        StageKindTag::NurturePool,
        StageKindTag::BrandReach,
        StageKindTag::Lost,
    ]
    .map(|kind| theme.kind(kind).accent);
    let series: Vec<Vec<f64>> = runs
        .iter()
        .map(|run| {
            run.result
                .total_series(TotalMetric::ActiveCustomers, input.central())
        })
        .collect();
    let others: Vec<OtherLine<'_>> = rest
        .iter()
        .zip(&series[1..])
        .enumerate()
        .map(|(index, (run, values))| OtherLine {
            label: &run.name,
            values,
            colour: colours[index % colours.len()],
            dashed: index >= colours.len(),
        })
        .collect();
    pages.block(200.0, |out, area| {
        chart_into(
            out,
            input,
            &Series {
                label: &first.name,
                values: &series[0],
                band: None,
                colour: theme.kind(StageKindTag::Customer).accent,
                cursor: None,
                start_date: first.result.start_date,
                compared: None,
                others: &others,
            },
            area,
        );
    });
    if let Some(note) = pack::scenarios_notes(input, &runs) {
        pages.paragraph(&note, BODY_SIZE, theme.text);
    }
    let rows: Vec<Vec<Cell>> = runs
        .iter()
        .map(|run| {
            vec![
                Cell::of(run.name.clone()),
                Cell::of(crate::i18n::format::count_in(
                    input.language,
                    run.result.summary.customers_at_horizon,
                )),
                Cell::of(input.money(run.result.summary.profit)),
            ]
        })
        .collect();
    pages.table(
        &[Column::start(3.0), Column::end(1.5), Column::end(1.5)],
        &[
            input.words("deck-column-scenario"),
            input.words("deck-column-customers"),
            input.words("months-profit"),
        ],
        &rows,
    );
}

/// Each stage's weekly entries as planned and as the CRM recorded them, from the design's
/// actuals: the same comparison as `leadflow backtest`.
fn plan_against_actual(pages: &mut Pages<'_>, input: &PackInput<'_>) {
    let Some(backtest) = crate::crm::backtest::backtest(input.design) else {
        return;
    };
    pages.heading(&input.words("pack-report-title-actual"), 0.0);
    let weeks = backtest
        .stages
        .iter()
        .map(|stage| stage.weeks)
        .max()
        .unwrap_or(0);
    pages.paragraph(
        &crate::message!(
            "pack-report-notes-actual",
            date = date_long_in(input.language, backtest.result.start_date),
            weeks = weeks
        )
        .words(input.language),
        BODY_SIZE,
        input.theme.text,
    );
    let rows: Vec<Vec<Cell>> = backtest
        .stages
        .iter()
        .map(|stage| {
            let name = if stage.stage.is_some() {
                stage.name.clone()
            } else {
                input.words("plan-actual-won")
            };
            vec![
                Cell::of(name),
                Cell::of(input.number(stage.simulated_mean, 1)),
                Cell::of(input.number(stage.actual_mean, 1)),
                Cell::of(input.number(stage.mean_absolute_error, 1)),
                stage.inside_band.map_or_else(
                    || Cell::muted("–"),
                    |share| {
                        Cell::of(crate::i18n::format::percent_in(
                            input.language,
                            share * 100.0,
                            0,
                        ))
                    },
                ),
            ]
        })
        .collect();
    pages.table(
        &[
            Column::start(2.2),
            Column::end(1.0),
            Column::end(1.0),
            Column::end(1.0),
            Column::end(1.2),
        ],
        &[
            input.words("report-column-stage"),
            input.words("pack-report-column-planned"),
            input.words("pack-report-column-actual"),
            input.words("pack-report-column-miss"),
            input.words("pack-report-column-inside"),
        ],
        &rows,
    );
}
