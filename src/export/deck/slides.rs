//! What the deck says, slide by slide: the title, the process, the year, revenue and cost,
//! the plan, the months, what the figures rest on, and where to improve; each with speaker
//! notes a presenter can read out.

use super::builder::{CellLook, ShapeSpec, SlideBuilder, Table};
use super::chart::{Chart, ChartBand, ChartLine, chart_part};
use super::package::SlidePart;
use super::xml::{Anchor, Paragraph, Run};
use crate::advice::levers::Lever;
use crate::design::plan::Move;
use crate::design::{Design, Point, StageKind, StageKindTag};
use crate::draw::{self, Align, Bounds, Colour, TextMeasure, Theme};
use crate::i18n::format::{count_in, date_long_in, money_in, month_label_in, percent_in};
use crate::i18n::{Language, Message};
use crate::sim::months::{MonthTable, month_table};
use crate::sim::{SimResult, Statistic, TotalMetric};

const LEFT: f32 = 80.0;
const RIGHT: f32 = 1840.0;
const TITLE_SIZE: f32 = 60.0;
const BODY_SIZE: f32 = 30.0;
const TABLE_SIZE: f32 = 24.0;
/// The most rows (besides the heading) a table slide shows; a longer table goes on.
const MOST_ROWS: usize = 13;

/// What the deck is made from.
pub struct DeckInput<'a> {
    pub design: &'a Design,
    pub result: &'a SimResult,
    /// The levers, largest first (worked out by the caller, who may have them already).
    pub levers: &'a [Lever],
    pub theme: &'a Theme,
    pub measure: &'a dyn TextMeasure,
    pub language: Language,
}

impl DeckInput<'_> {
    fn words(&self, id: &'static str) -> String {
        Message::new(id).words(self.language)
    }

    fn money(&self, value: f64) -> String {
        money_in(self.language, value, &self.design.presentation.currency)
    }
}

/// Every slide of the deck, in order.
///
/// # Errors
/// When a chart's workbook cannot be written.
pub fn slides(input: &DeckInput<'_>) -> Result<Vec<SlidePart>, rust_xlsxwriter::XlsxError> {
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
fn headed(input: &DeckInput<'_>, heading: &str) -> SlideBuilder {
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

fn title_slide(input: &DeckInput<'_>) -> SlidePart {
    let design = input.design;
    let theme = input.theme;
    let mut slide = SlideBuilder::new(input.language);
    let title = crate::export::slide::slide_title(design);
    let subtitle = crate::export::slide::slide_subtitle(design);
    let today = crate::design::calendar::today();
    let dated = crate::message!(
        "deck-dated",
        date = date_long_in(input.language, today),
        start = date_long_in(input.language, input.result.start_date),
        weeks = design.simulation.horizon_weeks.to_string()
    )
    .words(input.language);
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
    let notes = vec![
        crate::message!(
            "deck-notes-title",
            name = title.as_str(),
            models = draw::models_line(design),
            weeks = design.simulation.horizon_weeks.to_string(),
            date = date_long_in(input.language, input.result.start_date)
        )
        .words(input.language),
    ];
    finish(slide, notes)
}

fn process_slide(input: &DeckInput<'_>) -> SlidePart {
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
    );
    // "Qualify (Search ads, Webinars)": each stage leads enter at, with its sources.
    let entries: Vec<String> = crate::design::edit::flow_order(design)
        .iter()
        .filter_map(|stage_id| {
            let stage = design.stages.get(stage_id)?;
            let sources: Vec<&str> = design
                .sources_entering(stage_id)
                .map(|source| source.name.as_str())
                .collect();
            (!sources.is_empty()).then(|| format!("{} ({})", stage.name, sources.join(", ")))
        })
        .collect();
    let mut notes = vec![
        crate::message!(
            "deck-notes-process",
            stages = design.stages.len().to_string(),
            entries = entries.join(", ")
        )
        .words(input.language),
    ];
    let bottleneck = input.result.summary.bottleneck.as_ref().and_then(|id| {
        Some((
            design.stages.get(id)?,
            draw::figures_of(input.result, design, id)?,
        ))
    });
    notes.push(match bottleneck {
        Some((stage, figures)) if figures.backlog >= 1.0 => crate::message!(
            "deck-notes-bottleneck",
            stage = stage.name.as_str(),
            waiting = count_in(input.language, figures.backlog)
        )
        .words(input.language),
        _ => input.words("deck-notes-no-bottleneck"),
    });
    finish(slide, notes)
}

/// Month labels for a chart's axis: the year with January and the first month.
fn month_labels(input: &DeckInput<'_>, table: &MonthTable) -> Vec<String> {
    table
        .months
        .iter()
        .enumerate()
        .map(|(index, month)| {
            let with_year = index == 0 || month.first_day.month() == 1;
            let label = month_label_in(input.language, month.first_day, with_year);
            // A month the period starts or ends in is only partly counted: its lower revenue
            // is its fewer days, not a worse month.
            if month.days < usize::from(month.first_day.days_in_month().unsigned_abs()) {
                crate::message!("deck-partial-month", month = label, days = month.days)
                    .words(input.language)
            } else {
                label
            }
        })
        .collect()
}

fn year_slide(
    input: &DeckInput<'_>,
    table: &MonthTable,
) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
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
        categories: month_labels(input, table),
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
    let has_band = chart.band.is_some();
    slide.chart(
        &input.words("months-active-customers"),
        Bounds {
            min: Point::new(LEFT, 170.0),
            max: Point::new(1180.0, 1020.0),
        },
        chart_part(&chart)?,
    );
    let headlines = draw::headline_figures(input.design, input.result);
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
    notes.push(if has_band {
        crate::message!(
            "deck-notes-band",
            runs = count_in(input.language, f64::from(input.result.runs))
        )
        .words(input.language)
    } else {
        input.words("deck-notes-expected")
    });
    Ok(finish(slide, notes))
}

fn money_slide(
    input: &DeckInput<'_>,
    table: &MonthTable,
) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
    let theme = input.theme;
    let mut slide = headed(input, &input.words("deck-title-money"));
    let revenue: Vec<f64> = table
        .months
        .iter()
        .map(|month| month.revenue_new_customers + month.revenue_existing_customers)
        .collect();
    let cost: Vec<f64> = table
        .months
        .iter()
        .map(|month| month.cost.total())
        .collect();
    let profit: Vec<f64> = table.months.iter().map(|month| month.profit).collect();
    let chart = Chart::of_lines(
        month_labels(input, table),
        vec![
            ChartLine {
                name: input.words("deck-revenue"),
                values: revenue.clone(),
                colour: theme.revenue,
                dashed: false,
            },
            ChartLine {
                name: input.words("deck-cost"),
                values: cost.clone(),
                colour: theme.cost,
                dashed: false,
            },
            ChartLine {
                name: input.words("months-profit"),
                values: profit.clone(),
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
    let notes = vec![
        crate::message!(
            "deck-notes-money",
            revenue = input.money(revenue.iter().sum()),
            cost = input.money(cost.iter().sum()),
            profit = input.money(profit.iter().sum())
        )
        .words(input.language),
    ];
    Ok(finish(slide, notes))
}

/// The moves as bars along the months: each from its date to its end (or the horizon), its
/// ramp-up a wedge at the start.
fn timeline(slide: &mut SlideBuilder, input: &DeckInput<'_>, table: &MonthTable, moves: &[&Move]) {
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
    input: &DeckInput<'_>,
    table: &MonthTable,
) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
    let theme = input.theme;
    let design = input.design;
    let mut slide = headed(input, &input.words("deck-title-plan"));
    let moves = crate::export::slide::moves_by_date(design);
    timeline(&mut slide, input, table, &moves);
    let without_plan = design.without_plan();
    let without = crate::sim::simulate(&without_plan);
    let without_table = month_table(&without_plan, &without);
    let chart = Chart::of_lines(
        month_labels(input, table),
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
                values: without_table
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
    let listed: Vec<String> = moves
        .iter()
        .map(|planned| {
            format!(
                "{} {}",
                date_long_in(input.language, planned.from),
                planned.name
            )
        })
        .collect();
    let statistic = if input.result.has_bands() {
        Statistic::P50
    } else {
        Statistic::Mean
    };
    let last = |result: &SimResult| {
        result
            .total_series(TotalMetric::ActiveCustomers, statistic)
            .last()
            .copied()
            .unwrap_or_default()
    };
    let notes = vec![
        crate::message!(
            "deck-notes-plan",
            count = moves.len(),
            moves = listed.join("; "),
            with = count_in(input.language, last(input.result)),
            without = count_in(input.language, last(&without))
        )
        .words(input.language),
    ];
    Ok(finish(slide, notes))
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

fn table_slides(input: &DeckInput<'_>, long: LongTable<'_>) -> Vec<SlidePart> {
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

fn months_slides(input: &DeckInput<'_>, table: &MonthTable) -> Vec<SlidePart> {
    let theme = input.theme;
    let language = input.language;
    let heading = [
        "months-month",
        "months-new-customers",
        "months-active-customers",
        "deck-revenue",
        "deck-cost",
        "months-profit",
    ]
    .iter()
    .enumerate()
    .map(|(index, id)| {
        let align = if index == 0 { Align::Start } else { Align::End };
        heading_cell(input.words(id), theme.text, align)
    })
    .collect();
    let number = |value: f64| crate::i18n::format::number_in(language, value, 0);
    let rows = table
        .months
        .iter()
        .zip(month_labels(input, table))
        .map(|(month, label)| {
            vec![
                cell(label, theme.text, Align::Start),
                cell(number(month.new_customers), theme.text, Align::End),
                cell(number(month.active_customers.value), theme.text, Align::End),
                cell(
                    input.money(month.revenue_new_customers + month.revenue_existing_customers),
                    theme.text,
                    Align::End,
                ),
                cell(input.money(month.cost.total()), theme.text, Align::End),
                cell(input.money(month.profit), theme.text, Align::End),
            ]
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

/// One figure of the design: what it is, its value, and where it comes from.
fn figure_rows(input: &DeckInput<'_>) -> Vec<(String, String, Option<String>)> {
    use crate::draw::provenance::{Figure, provenance_text};
    let design = input.design;
    let language = input.language;
    let mut rows = Vec::new();
    for id in crate::design::edit::flow_order(design) {
        let Some(stage) = design.stages.get(&id) else {
            continue;
        };
        let name = stage.name.as_str();
        match &stage.kind {
            StageKind::FunnelStep | StageKind::FlywheelSegment => {
                rows.push((
                    crate::message!("deck-figure-conversion", stage = name).words(language),
                    percent_in(language, stage.conversion * 100.0, 0),
                    stage
                        .measured_conversion()
                        .map(|evidence| provenance_text(evidence, stage.conversion, Figure::Share)),
                ));
                rows.push((
                    crate::message!("deck-figure-days", stage = name).words(language),
                    crate::i18n::format::number_in(language, stage.days_in_stage, 1),
                    stage.measured_days().map(|evidence| {
                        provenance_text(evidence, stage.days_in_stage, Figure::Days)
                    }),
                ));
            }
            StageKind::Customer(customers) => rows.push((
                crate::message!("deck-figure-order-value", stage = name).words(language),
                input.money(customers.order_value),
                stage.measured_order_value().map(|evidence| {
                    provenance_text(
                        evidence,
                        customers.order_value,
                        Figure::Money(&design.presentation.currency),
                    )
                }),
            )),
            _ => {}
        }
    }
    for source in design.sources.values() {
        rows.push((
            crate::message!("deck-figure-leads", source = source.name.as_str()).words(language),
            crate::i18n::format::number_in(language, source.leads_per_week, 1),
            source
                .measured_leads()
                .map(|evidence| provenance_text(evidence, source.leads_per_week, Figure::PerWeek)),
        ));
    }
    rows
}

fn assumptions_slides(input: &DeckInput<'_>) -> Vec<SlidePart> {
    let theme = input.theme;
    let figures = figure_rows(input);
    let measured = figures.iter().filter(|row| row.2.is_some()).count();
    let notes = [crate::message!(
        "deck-notes-assumptions",
        measured = measured,
        total = figures.len()
    )
    .words(input.language)];
    let rows = figures
        .iter()
        .map(|(figure, value, basis)| {
            let (basis, colour) = match basis {
                Some(basis) => (basis.clone(), theme.text),
                None => (input.words("deck-assumed"), theme.text_muted),
            };
            vec![
                cell(figure.clone(), theme.text, Align::Start),
                cell(value.clone(), theme.text, Align::End),
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

fn levers_slide(input: &DeckInput<'_>) -> SlidePart {
    let theme = input.theme;
    let language = input.language;
    let mut slide = headed(input, &input.words("deck-title-levers"));
    let helpful: Vec<&Lever> = input
        .levers
        .iter()
        .filter(|lever| lever.customers > 0.0 || lever.profit > 0.0)
        .take(8)
        .collect();
    let mut rows = vec![vec![
        heading_cell(input.words("deck-column-change"), theme.text, Align::Start),
        heading_cell(input.words("deck-column-customers"), theme.text, Align::End),
        heading_cell(input.words("deck-column-profit"), theme.text, Align::End),
    ]];
    let signed = |value: f64, text: String| {
        if value > 0.0 {
            format!("+{text}")
        } else {
            text
        }
    };
    for lever in &helpful {
        rows.push(vec![
            cell(lever.label(), theme.text, Align::Start),
            cell(
                signed(
                    lever.customers,
                    crate::i18n::format::number_in(language, lever.customers, 1),
                ),
                theme.text,
                Align::End,
            ),
            cell(
                signed(lever.profit, input.money(lever.profit)),
                theme.text,
                Align::End,
            ),
        ]);
    }
    let notes = if let Some(best) = helpful.first() {
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
        vec![
            crate::message!(
                "deck-notes-levers",
                lever = best.label(),
                customers = crate::i18n::format::number_in(language, best.customers, 1)
            )
            .words(language),
        ]
    } else {
        let none = input.words("deck-notes-no-levers");
        text_block(
            &mut slide,
            Bounds {
                min: Point::new(LEFT, 200.0),
                max: Point::new(RIGHT, 300.0),
            },
            std::slice::from_ref(&none),
            BODY_SIZE,
            theme.text_muted,
        );
        vec![none]
    };
    finish(slide, notes)
}

/// The scenarios side by side: customers per month of each as a chart, and the year's
/// figures of each as a table.
fn scenarios_slide(input: &DeckInput<'_>) -> Result<SlidePart, rust_xlsxwriter::XlsxError> {
    let theme = input.theme;
    let language = input.language;
    let mut slide = headed(input, &input.words("deck-title-scenarios"));
    let simulated: Vec<(String, SimResult, MonthTable)> = input
        .design
        .scenario_designs()
        .into_iter()
        .map(|(name, design)| {
            let result = crate::sim::simulate(&design);
            let table = month_table(&design, &result);
            (name, result, table)
        })
        .collect();
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
    for (name, result, _) in simulated.iter().take(MOST_ROWS) {
        rows.push(vec![
            cell(name.clone(), theme.text, Align::Start),
            cell(
                count_in(language, result.summary.customers_at_horizon),
                theme.text,
                Align::End,
            ),
            cell(input.money(result.summary.profit), theme.text, Align::End),
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
    let best = simulated.iter().max_by(|a, b| {
        a.1.summary
            .customers_at_horizon
            .total_cmp(&b.1.summary.customers_at_horizon)
    });
    let notes = best
        .map(|(name, result, _)| {
            crate::message!(
                "deck-notes-scenarios",
                count = simulated.len(),
                best = name.as_str(),
                customers = count_in(language, result.summary.customers_at_horizon)
            )
            .words(language)
        })
        .into_iter()
        .collect();
    Ok(finish(slide, notes))
}

/// Customers per month of each scenario, each in a colour of its own.
fn scenarios_chart(
    input: &DeckInput<'_>,
    simulated: &[(String, SimResult, MonthTable)],
) -> Option<Chart> {
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
        .map(|(index, (name, _, table))| ChartLine {
            name: name.clone(),
            values: table
                .months
                .iter()
                .map(|month| month.active_customers.value)
                .collect(),
            colour: colours[index % colours.len()],
            dashed: index >= colours.len(),
        })
        .collect();
    let (_, _, first_table) = simulated.first()?;
    Some(Chart::of_lines(
        month_labels(input, first_table),
        lines,
        (theme.text_muted, theme.grid),
        input.words("deck-sheet"),
    ))
}
