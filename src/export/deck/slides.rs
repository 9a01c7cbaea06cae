//! What the deck says, slide by slide: the title, the process, the year, revenue and cost,
//! the plan, the months, what the figures rest on, and where to improve; each with speaker
//! notes a presenter can read out.

use super::builder::{CellLook, ShapeSpec, SlideBuilder, Table};
use super::chart::{Chart, ChartBand, ChartLine, chart_part};
use super::package::SlidePart;
use super::xml::{Anchor, Paragraph, Run};
use crate::design::plan::Move;
use crate::design::{Point, StageKindTag};
use crate::draw::{self, Align, Bounds, Colour, Theme};
use crate::export::pack::{self, PackInput};
use crate::i18n::format::{count_in, date_long_in, month_label_in};
use crate::sim::months::{MonthTable, month_table};

const LEFT: f32 = 80.0;
const RIGHT: f32 = 1840.0;
const TITLE_SIZE: f32 = 60.0;
const BODY_SIZE: f32 = 30.0;
const TABLE_SIZE: f32 = 24.0;
/// The most rows (besides the heading) a table slide shows; a longer table goes on.
const MOST_ROWS: usize = 13;

/// Every slide of the deck, in order.
///
/// # Errors
/// When a chart's workbook cannot be written.
pub fn slides(input: &PackInput<'_>) -> Result<Vec<SlidePart>, rust_xlsxwriter::XlsxError> {
    let table = month_table(input.design, input.result);
    let mut slides = vec![
        title_slide(input),
        process_slide(input),
        year_slide(input, &table)?,
        money_slide(input, &table)?,
    ];
    if input.design.has_moves() {
        slides.push(plan_slide(input, &table)?);
    }
    slides.extend(months_slides(input, &table));
    slides.extend(assumptions_slides(input));
    slides.push(levers_slide(input));
    if !input.design.scenarios.is_empty() {
        slides.push(scenarios_slide(input)?);
    }
    Ok(slides)
}

fn finish(slide: SlideBuilder, notes: Vec<String>) -> SlidePart {
    let (body, charts) = slide.into_parts();
    SlidePart {
        body,
        charts,
        notes,
    }
}

/// A slide with its heading.
fn headed(input: &PackInput<'_>, heading: &str) -> SlideBuilder {
    let mut slide = SlideBuilder::new(input.language);
    slide.shape(&ShapeSpec::text_box(
        heading,
        Bounds {
            min: Point::new(LEFT, 50.0),
            max: Point::new(RIGHT, 140.0),
        },
        vec![Paragraph::of(
            Run::new(heading, TITLE_SIZE, input.theme.text).bold(),
            Align::Start,
        )],
    ));
    slide
}

/// Lines of text in a box, named (in PowerPoint's selection pane) by its first line.
fn text_block(
    slide: &mut SlideBuilder,
    bounds: Bounds,
    lines: &[String],
    size: f32,
    colour: Colour,
) {
    slide.shape(&ShapeSpec::text_box(
        lines.first().cloned().unwrap_or_default(),
        bounds,
        lines
            .iter()
            .map(|line| Paragraph::of(Run::new(line.clone(), size, colour), Align::Start))
            .collect(),
    ));
}

fn title_slide(input: &PackInput<'_>) -> SlidePart {
    let language = input.language;
    let design = input.design;
    let theme = input.theme;
    let mut slide = SlideBuilder::new(input.language);
    let title = crate::export::slide::slide_title(design);
    let subtitle = crate::export::slide::slide_subtitle(design, language);
    let dated = pack::dated_line(input);
    slide.shape(&ShapeSpec {
        anchor: Anchor::Top,
        ..ShapeSpec::text_box(
            title.clone(),
            Bounds {
                min: Point::new(LEFT, 330.0),
                max: Point::new(RIGHT, 560.0),
            },
            vec![Paragraph::of(
                Run::new(title.clone(), 96.0, theme.text).bold(),
                Align::Start,
            )],
        )
    });
    text_block(
        &mut slide,
        Bounds {
            min: Point::new(LEFT, 580.0),
            max: Point::new(RIGHT, 660.0),
        },
        std::slice::from_ref(&subtitle),
        44.0,
        theme.text_muted,
    );
    text_block(
        &mut slide,
        Bounds {
            min: Point::new(LEFT, 680.0),
            max: Point::new(RIGHT, 740.0),
        },
        &[dated],
        32.0,
        theme.text_muted,
    );
    slide.shape(&ShapeSpec {
        fill: theme.kind(StageKindTag::FunnelStep).accent,
        geometry: super::builder::Geometry::preset("rect"),
        ..ShapeSpec::text_box(
            title.clone(),
            Bounds {
                min: Point::new(LEFT, 300.0),
                max: Point::new(LEFT + 160.0, 312.0),
            },
            Vec::new(),
        )
    });
    let made_with = input.words("slide-made-with");
    text_block(
        &mut slide,
        Bounds {
            min: Point::new(LEFT, 990.0),
            max: Point::new(RIGHT, 1040.0),
        },
        std::slice::from_ref(&made_with),
        24.0,
        theme.text_muted,
    );
    finish(slide, vec![pack::title_notes(input, pack::PackKind::Deck)])
}

fn process_slide(input: &PackInput<'_>) -> SlidePart {
    let language = input.language;
    let design = input.design;
    let mut slide = headed(input, &input.words("deck-title-process"));
    super::diagram::diagram(
        &mut slide,
        design,
        input.result,
        input.theme,
        input.measure,
        Bounds {
            min: Point::new(LEFT, 190.0),
            max: Point::new(RIGHT, 1030.0),
        },
        language,
    );
    finish(slide, pack::process_notes(input))
}

fn year_slide(
    input: &PackInput<'_>,
    table: &MonthTable,
) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
    let language = input.language;
    let theme = input.theme;
    let mut slide = headed(input, &input.words("deck-title-year"));
    let customers: Vec<f64> = table
        .months
        .iter()
        .map(|month| month.active_customers.value)
        .collect();
    let band = table
        .months
        .iter()
        .map(|month| month.active_customers.band)
        .collect::<Option<Vec<(f64, f64)>>>();
    let accent = theme.kind(StageKindTag::Customer).accent;
    let chart = Chart {
        categories: pack::month_labels(input, table),
        lines: vec![ChartLine {
            name: input.words("months-active-customers"),
            values: customers,
            colour: accent,
            dashed: false,
        }],
        band: band.map(|band| ChartBand {
            name: input.words("deck-series-band"),
            low_name: input.words("deck-series-low"),
            high_name: input.words("deck-series-high"),
            low: band.iter().map(|(low, _)| *low).collect(),
            high: band.iter().map(|(_, high)| *high).collect(),
            colour: accent,
        }),
        number_format: "#,##0",
        text: theme.text_muted,
        grid: theme.grid,
        sheet: input.words("deck-sheet"),
    };
    slide.chart(
        &input.words("months-active-customers"),
        Bounds {
            min: Point::new(LEFT, 170.0),
            max: Point::new(1180.0, 1020.0),
        },
        chart_part(&chart)?,
    );
    let headlines = draw::headline_figures(input.design, input.result, language);
    let rows: Vec<Vec<Paragraph>> = headlines
        .iter()
        .map(|headline| {
            vec![
                Paragraph::of(
                    Run::new(headline.caption.clone(), TABLE_SIZE, theme.text_muted),
                    Align::Start,
                ),
                Paragraph::of(
                    Run::new(headline.value.clone(), TABLE_SIZE + 4.0, theme.text).bold(),
                    Align::End,
                ),
            ]
        })
        .collect();
    // The figures' table has no heading row: its first row is a figure like the rest.
    let look = CellLook {
        fill: Colour::TRANSPARENT,
        rule: theme.grid,
    };
    slide.table(
        &input.words("deck-title-year"),
        Point::new(1240.0, 200.0),
        &Table {
            rows,
            widths: vec![370.0, 230.0],
            row_height: 76.0,
            heading: look,
            body: look,
        },
    );
    let mut notes: Vec<String> = headlines
        .iter()
        .map(|headline| format!("{}: {}.", headline.caption, headline.value))
        .collect();
    notes.push(pack::band_note(input));
    Ok(finish(slide, notes))
}

fn money_slide(
    input: &PackInput<'_>,
    table: &MonthTable,
) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
    let theme = input.theme;
    let mut slide = headed(input, &input.words("deck-title-money"));
    let money = pack::MoneyByMonth::of(table);
    let chart = Chart::of_lines(
        pack::month_labels(input, table),
        vec![
            ChartLine {
                name: input.words("deck-revenue"),
                values: money.revenue.clone(),
                colour: theme.revenue,
                dashed: false,
            },
            ChartLine {
                name: input.words("deck-cost"),
                values: money.cost.clone(),
                colour: theme.cost,
                dashed: false,
            },
            ChartLine {
                name: input.words("months-profit"),
                values: money.profit.clone(),
                colour: theme.text_muted,
                dashed: true,
            },
        ],
        (theme.text_muted, theme.grid),
        input.words("deck-sheet"),
    );
    slide.chart(
        &input.words("deck-title-money"),
        Bounds {
            min: Point::new(LEFT, 170.0),
            max: Point::new(RIGHT, 1020.0),
        },
        chart_part(&chart)?,
    );
    Ok(finish(slide, vec![money.notes(input)]))
}

/// The moves as bars along the months: each from its date to its end (or the horizon), its
/// ramp-up a wedge at the start.
fn timeline(slide: &mut SlideBuilder, input: &PackInput<'_>, table: &MonthTable, moves: &[&Move]) {
    let theme = input.theme;
    let start = input.result.start_date;
    let end = input.result.last_day();
    let span = (end - start).get_days().max(1) as f32;
    let (bar_left, bar_right) = (640.0, RIGHT);
    let x_of = |date: crate::design::calendar::Date| {
        let days = ((date - start).get_days() as f32).clamp(0.0, span);
        bar_left + (bar_right - bar_left) * days / span
    };
    // Months along the top.
    for (index, month) in table.months.iter().enumerate() {
        let x = x_of(month.first_day);
        let with_year = index == 0 || month.first_day.month() == 1;
        let label = month_label_in(input.language, month.first_day, with_year);
        slide.shape(&ShapeSpec::text_box(
            label.clone(),
            Bounds {
                min: Point::new(x, 160.0),
                max: Point::new(x + 120.0, 196.0),
            },
            vec![Paragraph::of(
                Run::new(label, 20.0, theme.text_muted),
                Align::Start,
            )],
        ));
    }
    let accent = theme.kind(StageKindTag::FunnelStep).accent;
    let shown = moves.len().min(6);
    for (row, planned) in moves.iter().take(shown).enumerate() {
        let y = 206.0 + row as f32 * 56.0;
        slide.shape(&ShapeSpec::text_box(
            planned.name.clone(),
            Bounds {
                min: Point::new(LEFT, y),
                max: Point::new(bar_left - 20.0, y + 46.0),
            },
            vec![Paragraph::of(
                Run::new(
                    format!(
                        "{} · {}",
                        date_long_in(input.language, planned.from),
                        planned.name
                    ),
                    24.0,
                    theme.text,
                ),
                Align::Start,
            )],
        ));
        let from = x_of(planned.from);
        let until = planned.until.map_or(bar_right, x_of);
        let ramp_end =
            x_of(planned.from + jiff::Span::new().days(i64::from(planned.ramp_days))).min(until);
        slide.shape(&ShapeSpec {
            geometry: super::builder::Geometry::preset("rect"),
            fill: accent.faded(0.35),
            ..ShapeSpec::text_box(
                planned.name.clone(),
                Bounds {
                    min: Point::new(from, y + 8.0),
                    max: Point::new(until.max(from + 4.0), y + 38.0),
                },
                Vec::new(),
            )
        });
        if ramp_end > from + 1.0 {
            slide.shape(&ShapeSpec {
                geometry: super::builder::Geometry::preset("rtTriangle"),
                fill: accent,
                flip_vertical: true,
                ..ShapeSpec::text_box(
                    planned.name.clone(),
                    Bounds {
                        min: Point::new(from, y + 8.0),
                        max: Point::new(ramp_end, y + 38.0),
                    },
                    Vec::new(),
                )
            });
        }
    }
    if moves.len() > shown {
        text_block(
            slide,
            Bounds {
                min: Point::new(LEFT, 206.0 + shown as f32 * 56.0),
                max: Point::new(bar_left, 250.0 + shown as f32 * 56.0),
            },
            &[
                crate::message!("deck-more-rows", count = (moves.len() - shown).to_string())
                    .words(input.language),
            ],
            22.0,
            theme.text_muted,
        );
    }
}

fn plan_slide(
    input: &PackInput<'_>,
    table: &MonthTable,
) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
    let theme = input.theme;
    let design = input.design;
    let mut slide = headed(input, &input.words("deck-title-plan"));
    let moves = crate::export::slide::moves_by_date(design);
    timeline(&mut slide, input, table, &moves);
    let without = pack::WithoutPlan::of(design);
    let chart = Chart::of_lines(
        pack::month_labels(input, table),
        vec![
            ChartLine {
                name: input.words("deck-series-with-plan"),
                values: table
                    .months
                    .iter()
                    .map(|month| month.active_customers.value)
                    .collect(),
                colour: theme.kind(StageKindTag::Customer).accent,
                dashed: false,
            },
            ChartLine {
                name: input.words("deck-series-without-plan"),
                values: without
                    .table
                    .months
                    .iter()
                    .map(|month| month.active_customers.value)
                    .collect(),
                colour: theme.text_muted,
                dashed: true,
            },
        ],
        (theme.text_muted, theme.grid),
        input.words("deck-sheet"),
    );
    slide.chart(
        &input.words("deck-series-with-plan"),
        Bounds {
            min: Point::new(LEFT, 590.0),
            max: Point::new(RIGHT, 1030.0),
        },
        chart_part(&chart)?,
    );
    Ok(finish(slide, vec![pack::plan_notes(input, &without)]))
}

fn table_looks(theme: &Theme) -> (CellLook, CellLook) {
    (
        CellLook {
            fill: theme.kind(StageKindTag::FunnelStep).fill,
            rule: theme.text_muted,
        },
        CellLook {
            fill: Colour::TRANSPARENT,
            rule: theme.grid,
        },
    )
}

fn cell(text: impl Into<String>, colour: Colour, align: Align) -> Paragraph {
    Paragraph::of(Run::new(text, TABLE_SIZE, colour), align)
}

fn heading_cell(text: impl Into<String>, colour: Colour, align: Align) -> Paragraph {
    Paragraph::of(Run::new(text, TABLE_SIZE, colour).bold(), align)
}

/// A table too long for one slide, over as many slides as it takes, each with the heading
/// row, "(1/2)" after the title and the same notes: nothing is left out.
struct LongTable<'a> {
    title: String,
    heading: Vec<Paragraph>,
    rows: Vec<Vec<Paragraph>>,
    widths: Vec<f32>,
    notes: &'a [String],
}

fn table_slides(input: &PackInput<'_>, long: LongTable<'_>) -> Vec<SlidePart> {
    let (heading_look, body_look) = table_looks(input.theme);
    let pages = long.rows.len().div_ceil(MOST_ROWS).max(1);
    let mut rows = long.rows.into_iter();
    (1..=pages)
        .map(|page| {
            let title = if pages == 1 {
                long.title.clone()
            } else {
                format!("{} ({page}/{pages})", long.title)
            };
            let mut slide = headed(input, &title);
            let mut page_rows = vec![long.heading.clone()];
            page_rows.extend(rows.by_ref().take(MOST_ROWS));
            slide.table(
                &title,
                Point::new(LEFT, 170.0),
                &Table {
                    row_height: (840.0 / page_rows.len() as f32).min(60.0),
                    rows: page_rows,
                    widths: long.widths.clone(),
                    heading: heading_look,
                    body: body_look,
                },
            );
            finish(slide, long.notes.to_vec())
        })
        .collect()
}

fn months_slides(input: &PackInput<'_>, table: &MonthTable) -> Vec<SlidePart> {
    let theme = input.theme;
    let align = |index: usize| if index == 0 { Align::Start } else { Align::End };
    let heading = pack::MONTH_COLUMNS
        .iter()
        .enumerate()
        .map(|(index, id)| heading_cell(input.words(id), theme.text, align(index)))
        .collect();
    let rows = pack::month_rows(input, table)
        .into_iter()
        .map(|row| {
            row.into_iter()
                .enumerate()
                .map(|(index, text)| cell(text, theme.text, align(index)))
                .collect()
        })
        .collect();
    table_slides(
        input,
        LongTable {
            title: input.words("deck-title-months"),
            heading,
            rows,
            widths: vec![260.0, 280.0, 320.0, 300.0, 300.0, 300.0],
            notes: &[input.words("deck-notes-months")],
        },
    )
}

fn assumptions_slides(input: &PackInput<'_>) -> Vec<SlidePart> {
    let theme = input.theme;
    let figures = pack::figure_rows(input);
    let notes = [pack::assumptions_notes(input, &figures)];
    let rows = figures
        .into_iter()
        .map(|row| {
            let (basis, colour) = match row.basis {
                Some(basis) => (basis, theme.text),
                None => (input.words("deck-assumed"), theme.text_muted),
            };
            vec![
                cell(row.figure, theme.text, Align::Start),
                cell(row.value, theme.text, Align::End),
                Paragraph::of(Run::new(basis, TABLE_SIZE - 2.0, colour), Align::Start),
            ]
        })
        .collect();
    table_slides(
        input,
        LongTable {
            title: input.words("deck-title-assumptions"),
            heading: vec![
                heading_cell(input.words("deck-column-figure"), theme.text, Align::Start),
                heading_cell(input.words("deck-column-value"), theme.text, Align::End),
                heading_cell(input.words("deck-column-basis"), theme.text, Align::Start),
            ],
            rows,
            widths: vec![520.0, 200.0, 1040.0],
            notes: &notes,
        },
    )
}

fn levers_slide(input: &PackInput<'_>) -> SlidePart {
    let theme = input.theme;
    let mut slide = headed(input, &input.words("deck-title-levers"));
    let helpful = pack::helpful_levers(input);
    let notes = vec![pack::levers_notes(input, &helpful)];
    if helpful.is_empty() {
        text_block(
            &mut slide,
            Bounds {
                min: Point::new(LEFT, 200.0),
                max: Point::new(RIGHT, 300.0),
            },
            &notes,
            BODY_SIZE,
            theme.text_muted,
        );
        return finish(slide, notes);
    }
    let mut rows = vec![vec![
        heading_cell(input.words("deck-column-change"), theme.text, Align::Start),
        heading_cell(input.words("deck-column-customers"), theme.text, Align::End),
        heading_cell(input.words("deck-column-profit"), theme.text, Align::End),
    ]];
    for lever in &helpful {
        let [change, customers, profit] =
            pack::lever_row(input, lever, pack::largest_profit(&helpful));
        rows.push(vec![
            cell(change, theme.text, Align::Start),
            cell(customers, theme.text, Align::End),
            cell(profit, theme.text, Align::End),
        ]);
    }
    let (heading, body) = table_looks(theme);
    slide.table(
        &input.words("deck-title-levers"),
        Point::new(LEFT, 170.0),
        &Table {
            rows,
            widths: vec![900.0, 400.0, 460.0],
            row_height: 64.0,
            heading,
            body,
        },
    );
    finish(slide, notes)
}

/// The scenarios side by side: customers per month of each as a chart, and the year's
/// figures of each as a table.
fn scenarios_slide(input: &PackInput<'_>) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
    let theme = input.theme;
    let language = input.language;
    let mut slide = headed(input, &input.words("deck-title-scenarios"));
    let simulated = pack::scenario_runs(input.design);
    let Some(chart) = scenarios_chart(input, &simulated) else {
        return Ok(finish(slide, Vec::new()));
    };
    slide.chart(
        &input.words("deck-title-scenarios"),
        Bounds {
            min: Point::new(LEFT, 170.0),
            max: Point::new(1000.0, 1020.0),
        },
        chart_part(&chart)?,
    );
    let mut rows = vec![vec![
        heading_cell(
            input.words("deck-column-scenario"),
            theme.text,
            Align::Start,
        ),
        heading_cell(input.words("deck-column-customers"), theme.text, Align::End),
        heading_cell(input.words("months-profit"), theme.text, Align::End),
    ]];
    for run in simulated.iter().take(MOST_ROWS) {
        rows.push(vec![
            cell(run.name.clone(), theme.text, Align::Start),
            cell(
                count_in(language, run.result.summary.customers_at_horizon),
                theme.text,
                Align::End,
            ),
            cell(
                input.money(run.result.summary.profit),
                theme.text,
                Align::End,
            ),
        ]);
    }
    let (heading, body) = table_looks(theme);
    slide.table(
        &input.words("deck-title-scenarios"),
        Point::new(1040.0, 200.0),
        &Table {
            rows,
            widths: vec![320.0, 240.0, 240.0],
            row_height: 64.0,
            heading,
            body,
        },
    );
    let notes = pack::scenarios_notes(input, &simulated)
        .into_iter()
        .collect();
    Ok(finish(slide, notes))
}

/// Customers per month of each scenario, each in a colour of its own.
fn scenarios_chart(input: &PackInput<'_>, simulated: &[pack::ScenarioRun]) -> Option<Chart> {
    let theme = input.theme;
    // The stage kinds' accents, in palette order.
    let colours = [
        StageKindTag::Customer,
        StageKindTag::FunnelStep,
        StageKindTag::FlywheelSegment,
        StageKindTag::NurturePool,
        StageKindTag::BrandReach,
        StageKindTag::Lost,
    ]
    .map(|kind| theme.kind(kind).accent);
    let lines = simulated
        .iter()
        .enumerate()
        .map(|(index, run)| ChartLine {
            name: run.name.clone(),
            values: run
                .table
                .months
                .iter()
                .map(|month| month.active_customers.value)
                .collect(),
            colour: colours[index % colours.len()],
            dashed: index >= colours.len(),
        })
        .collect();
    let first = simulated.first()?;
    Some(Chart::of_lines(
        pack::month_labels(input, &first.table),
        lines,
        (theme.text_muted, theme.grid),
        input.words("deck-sheet"),
    ))
}
