//! What the meeting pack says, worded once for the deck and the report: the month labels,
//! the tables' rows, and the sentences a presenter reads out (the deck's speaker notes, the
//! report's text under each heading). Where each is laid out is the deck's or the report's
//! business; what it says is decided here, so the two never disagree.

use crate::advice::levers::Lever;
use crate::design::{Design, StageKind};
use crate::draw::{self, TextMeasure, Theme};
use crate::i18n::format::{
    count_in, date_long_in, money_in, month_label_in, number_in, percent_in,
};
use crate::i18n::{Language, Message};
use crate::sim::months::{MonthTable, month_table};
use crate::sim::{SimResult, Statistic, TotalMetric};

/// What the deck and the report are made from.
pub struct PackInput<'a> {
    pub design: &'a Design,
    pub result: &'a SimResult,
    /// The levers, largest first (worked out by the caller, who may have them already).
    pub levers: &'a [Lever],
    pub theme: &'a Theme,
    pub measure: &'a dyn TextMeasure,
    pub language: Language,
}

impl PackInput<'_> {
    /// A message without arguments, in the pack's language.
    pub fn words(&self, id: &'static str) -> String {
        Message::new(id).words(self.language)
    }

    /// An amount in the design's currency.
    pub fn money(&self, value: f64) -> String {
        money_in(self.language, value, &self.design.presentation.currency)
    }

    /// A count or figure with `decimals`.
    pub fn number(&self, value: f64, decimals: usize) -> String {
        number_in(self.language, value, decimals)
    }

    /// The statistic a single figure shows: the median in Monte Carlo, the mean otherwise.
    pub fn central(&self) -> Statistic {
        if self.result.has_bands() {
            Statistic::P50
        } else {
            Statistic::Mean
        }
    }
}

/// "12 Dec 2026 · from 4 Jan 2027, 52 weeks": when the pack was made and what it covers.
pub fn dated_line(input: &PackInput<'_>) -> String {
    crate::message!(
        "deck-dated",
        date = date_long_in(input.language, crate::design::calendar::today()),
        start = date_long_in(input.language, input.result.start_date),
        weeks = input.design.simulation.horizon_weeks.to_string()
    )
    .words(input.language)
}

/// Which half of the pack a sentence is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PackKind {
    Deck,
    Report,
}

/// What the pack is about, in one sentence.
pub fn title_notes(input: &PackInput<'_>, kind: PackKind) -> String {
    let language = input.language;
    let design = input.design;
    let name = crate::export::slide::slide_title(design);
    let models = draw::models_line(design, language);
    let weeks = design.simulation.horizon_weeks.to_string();
    let date = date_long_in(input.language, input.result.start_date);
    match kind {
        PackKind::Deck => crate::message!(
            "deck-notes-title",
            name = name.as_str(),
            models = models,
            weeks = weeks,
            date = date
        ),
        PackKind::Report => crate::message!(
            "pack-report-notes-title",
            name = name.as_str(),
            models = models,
            weeks = weeks,
            date = date
        ),
    }
    .words(input.language)
}

/// Month labels: the year with January and the first month, and the days counted where the
/// period starts or ends inside a month.
pub fn month_labels(input: &PackInput<'_>, table: &MonthTable) -> Vec<String> {
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

/// How many stages, where leads enter, and where they wait most.
pub fn process_notes(input: &PackInput<'_>) -> Vec<String> {
    let design = input.design;
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
    notes
}

/// Whether the figures are a band's middle or expected values, said once.
pub fn band_note(input: &PackInput<'_>) -> String {
    if input.result.has_bands() {
        crate::message!(
            "deck-notes-band",
            runs = count_in(input.language, f64::from(input.result.runs))
        )
        .words(input.language)
    } else {
        input.words("deck-notes-expected")
    }
}

/// Revenue, cost and profit per month.
pub struct MoneyByMonth {
    pub revenue: Vec<f64>,
    pub cost: Vec<f64>,
    pub profit: Vec<f64>,
}

impl MoneyByMonth {
    pub fn of(table: &MonthTable) -> Self {
        Self {
            revenue: table
                .months
                .iter()
                .map(|month| month.revenue_new_customers + month.revenue_existing_customers)
                .collect(),
            cost: table
                .months
                .iter()
                .map(|month| month.cost.total())
                .collect(),
            profit: table.months.iter().map(|month| month.profit).collect(),
        }
    }

    /// The year's revenue, cost and profit in a sentence.
    pub fn notes(&self, input: &PackInput<'_>) -> String {
        crate::message!(
            "deck-notes-money",
            revenue = input.money(self.revenue.iter().sum()),
            cost = input.money(self.cost.iter().sum()),
            profit = input.money(self.profit.iter().sum())
        )
        .words(input.language)
    }
}

/// The design without its plan, simulated: what the plan is set against.
pub struct WithoutPlan {
    pub result: SimResult,
    pub table: MonthTable,
}

impl WithoutPlan {
    pub fn of(design: &Design) -> Self {
        let without_plan = design.without_plan();
        let result = crate::sim::simulate(&without_plan);
        let table = month_table(&without_plan, &result);
        Self { result, table }
    }
}

/// The moves by date, and the customers at the horizon with and without them.
pub fn plan_notes(input: &PackInput<'_>, without: &WithoutPlan) -> String {
    let moves = crate::export::slide::moves_by_date(input.design);
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
    let statistic = input.central();
    let last = |result: &SimResult| {
        result
            .total_series(TotalMetric::ActiveCustomers, statistic)
            .last()
            .copied()
            .unwrap_or_default()
    };
    crate::message!(
        "deck-notes-plan",
        count = moves.len(),
        moves = listed.join("; "),
        with = count_in(input.language, last(input.result)),
        without = count_in(input.language, last(&without.result))
    )
    .words(input.language)
}

/// The month table's columns in the pack: message ids, the first a label, the rest figures.
pub const MONTH_COLUMNS: [&str; 6] = [
    "months-month",
    "months-new-customers",
    "months-active-customers",
    "deck-revenue",
    "deck-cost",
    "months-profit",
];

/// One row per month, in the columns of [`MONTH_COLUMNS`].
pub fn month_rows(input: &PackInput<'_>, table: &MonthTable) -> Vec<[String; 6]> {
    table
        .months
        .iter()
        .zip(month_labels(input, table))
        .map(|(month, label)| {
            [
                label,
                input.number(month.new_customers, 0),
                input.number(month.active_customers.value, 0),
                input.money(month.revenue_new_customers + month.revenue_existing_customers),
                input.money(month.cost.total()),
                input.money(month.profit),
            ]
        })
        .collect()
}

/// One figure of the design: what it is, its value, and where it comes from (none: assumed).
pub struct FigureRow {
    pub figure: String,
    pub value: String,
    pub basis: Option<String>,
}

/// Every figure the simulation rests on, stages in flow order, then the sources.
pub fn figure_rows(input: &PackInput<'_>) -> Vec<FigureRow> {
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
                rows.push(FigureRow {
                    figure: crate::message!("deck-figure-conversion", stage = name).words(language),
                    value: percent_in(language, stage.conversion * 100.0, 0),
                    basis: stage.measured_conversion().map(|evidence| {
                        provenance_text(evidence, stage.conversion, Figure::Share, language)
                    }),
                });
                rows.push(FigureRow {
                    figure: crate::message!("deck-figure-days", stage = name).words(language),
                    value: input.number(stage.days_in_stage, 1),
                    basis: stage.measured_days().map(|evidence| {
                        provenance_text(evidence, stage.days_in_stage, Figure::Days, language)
                    }),
                });
            }
            StageKind::Customer(customers) => rows.push(FigureRow {
                figure: crate::message!("deck-figure-order-value", stage = name).words(language),
                value: input.money(customers.order_value),
                basis: stage.measured_order_value().map(|evidence| {
                    provenance_text(
                        evidence,
                        customers.order_value,
                        Figure::Money(&design.presentation.currency),
                        language,
                    )
                }),
            }),
            _ => {}
        }
    }
    for source in design.sources.values() {
        rows.push(FigureRow {
            figure: crate::message!("deck-figure-leads", source = source.name.as_str())
                .words(language),
            value: input.number(source.leads_per_week, 1),
            basis: source.measured_leads().map(|evidence| {
                provenance_text(evidence, source.leads_per_week, Figure::PerWeek, language)
            }),
        });
    }
    rows
}

/// How many of the figures are measured.
pub fn assumptions_notes(input: &PackInput<'_>, figures: &[FigureRow]) -> String {
    crate::message!(
        "deck-notes-assumptions",
        measured = figures.iter().filter(|row| row.basis.is_some()).count(),
        total = figures.len()
    )
    .words(input.language)
}

/// The levers that help, largest first, at most eight.
pub fn helpful_levers<'a>(input: &PackInput<'a>) -> Vec<&'a Lever> {
    input
        .levers
        .iter()
        .filter(|lever| lever.customers > 0.0 || lever.profit > 0.0)
        .take(8)
        .collect()
}

/// A lever's row: the change, the customers and the profit it adds (signed), its money in
/// the unit of `largest_profit`, the largest change in profit the table shows.
pub fn lever_row(input: &PackInput<'_>, lever: &Lever, largest_profit: f64) -> [String; 3] {
    let language = input.language;
    let signed = |value: f64, text: String| {
        if value > 0.0 {
            format!("+{text}")
        } else {
            text
        }
    };
    [
        lever.label(language),
        signed(lever.customers, input.number(lever.customers, 1)),
        signed(
            lever.profit,
            crate::i18n::format::money_as_largest_in(
                language,
                lever.profit,
                &input.design.presentation.currency,
                largest_profit,
            ),
        ),
    ]
}

/// The largest change in profit among `levers`: the unit a table of them shows money in.
#[must_use]
pub fn largest_profit(levers: &[&Lever]) -> f64 {
    levers
        .iter()
        .map(|lever| lever.profit.abs())
        .fold(0.0, f64::max)
}

/// The best lever in a sentence, or that none helps.
pub fn levers_notes(input: &PackInput<'_>, helpful: &[&Lever]) -> String {
    let language = input.language;
    match helpful.first() {
        Some(best) => crate::message!(
            "deck-notes-levers",
            lever = best.label(language),
            customers = input.number(best.customers, 1)
        )
        .words(input.language),
        None => input.words("deck-notes-no-levers"),
    }
}

/// One scenario simulated: its name, result and months.
pub struct ScenarioRun {
    pub name: String,
    pub result: SimResult,
    pub table: MonthTable,
}

/// Every scenario of the design (the design itself first), simulated.
pub fn scenario_runs(design: &Design) -> Vec<ScenarioRun> {
    design
        .scenario_designs()
        .into_iter()
        .map(|(name, design)| {
            let result = crate::sim::simulate(&design);
            let table = month_table(&design, &result);
            ScenarioRun {
                name,
                result,
                table,
            }
        })
        .collect()
}

/// How many scenarios, and which ends the year with most customers.
pub fn scenarios_notes(input: &PackInput<'_>, runs: &[ScenarioRun]) -> Option<String> {
    let best = runs.iter().max_by(|a, b| {
        a.result
            .summary
            .customers_at_horizon
            .total_cmp(&b.result.summary.customers_at_horizon)
    })?;
    Some(
        crate::message!(
            "deck-notes-scenarios",
            count = runs.len(),
            best = best.name.as_str(),
            customers = count_in(input.language, best.result.summary.customers_at_horizon)
        )
        .words(input.language),
    )
}
