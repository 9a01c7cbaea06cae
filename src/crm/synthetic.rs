//! Deals drawn from a known pipeline, written as each CRM exports them: what the import's
//! tests measure against, the benchmark's input, and the sample export in `assets/crm`.
//! The deals are invented; no real company's data is in them.

use super::dates::Moment;
use crate::sim::rng::Rng;
use jiff::civil::Date;
use std::fmt::Write as _;

/// A stage of the known pipeline.
#[derive(Clone, Debug)]
pub struct TrueStage {
    /// Its name.
    pub name: String,
    /// Share of deals finishing it that move on.
    pub conversion: f64,
    /// Mean days in it (stays are exponential).
    pub mean_days: f64,
}

/// The pipeline deals are drawn from.
#[derive(Clone, Debug)]
pub struct TruePipeline {
    /// Stages in order; converters of the last are won.
    pub stages: Vec<TrueStage>,
    /// Of the converters of a stage, the share that skips the next stage.
    pub skip_share: f64,
    /// Sources and their new deals per week.
    pub sources: Vec<(String, f64)>,
    /// Mean won amount.
    pub order_value: f64,
    /// The first day deals arrive.
    pub start: Date,
    /// Days of arrivals; the export is taken at the end of the last.
    pub days: u32,
    /// The seed.
    pub seed: u64,
}

impl TruePipeline {
    /// A five-stage B2B pipeline over a year, two sources: the sample export's pipeline.
    #[must_use]
    pub fn sample() -> Self {
        let stage = |name: &str, conversion: f64, mean_days: f64| TrueStage {
            name: name.to_owned(),
            conversion,
            mean_days,
        };
        Self {
            stages: vec![
                stage("Lead", 0.6, 4.0),
                stage("Qualified", 0.5, 8.0),
                stage("Meeting booked", 0.7, 6.0),
                stage("Proposal sent", 0.45, 12.0),
                stage("Negotiation", 0.7, 9.0),
            ],
            skip_share: 0.1,
            sources: vec![
                ("Organic search".to_owned(), 25.0),
                ("Paid search".to_owned(), 15.0),
            ],
            order_value: 12_000.0,
            start: Date::constant(2025, 11, 3),
            days: 392,
            seed: 2026,
        }
    }
}

/// One drawn deal.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnDeal {
    /// Its number (the id written).
    pub id: u64,
    /// Which source.
    pub source: usize,
    /// Stages entered and when.
    pub visits: Vec<(usize, Moment)>,
    /// Won (`Some(true)`), lost (`Some(false)`) or open, with the moment it closed.
    pub closed: Option<(bool, Moment)>,
    /// Its amount.
    pub amount: f64,
}

/// A stage whose conversion changes part way: what the monthly review must find.
#[derive(Clone, Copy, Debug)]
pub struct ConversionChange {
    /// The stage, by its place in the pipeline.
    pub stage: usize,
    /// Days after the first day from which deals leaving the stage convert differently.
    pub from_day: u32,
    /// What the conversion is multiplied by from then.
    pub factor: f64,
}

/// Deals drawn from `pipeline`, and the moment the export is taken.
#[must_use]
pub fn draw(pipeline: &TruePipeline) -> (Vec<DrawnDeal>, Moment) {
    draw_changed(pipeline, None)
}

/// Deals drawn from `pipeline` with one stage's conversion changing part way.
#[must_use]
pub fn draw_changed(
    pipeline: &TruePipeline,
    change: Option<ConversionChange>,
) -> (Vec<DrawnDeal>, Moment) {
    let start = Moment::of(pipeline.start.at(0, 0, 0, 0)).unwrap_or(Moment(0));
    let change = change.map(|change| {
        (
            change,
            start.0 as f64 + f64::from(change.from_day) * 86_400.0,
        )
    });
    let end = Moment(start.0 + i64::from(pipeline.days) * 86_400);
    let mut rng = Rng::for_run(pipeline.seed, 0);
    let mut deals = Vec::new();
    for (source, (_, per_week)) in pipeline.sources.iter().enumerate() {
        let per_second = per_week / (7.0 * 86_400.0);
        let mut at = start.0 as f64;
        loop {
            at += exponential(&mut rng, 1.0 / per_second);
            if at >= end.0 as f64 {
                break;
            }
            let id = deals.len() as u64 + 1;
            let walker = Walker {
                pipeline,
                change,
                end,
            };
            deals.push(walker.walk(&mut rng, id, source, at));
        }
    }
    deals.sort_by_key(|deal| deal.visits.first().map(|visit| visit.1));
    for (index, deal) in deals.iter_mut().enumerate() {
        deal.id = 10_001 + index as u64;
    }
    (deals, end)
}

fn exponential(rng: &mut Rng, mean: f64) -> f64 {
    -mean * (1.0 - rng.uniform()).ln()
}

/// What a deal's walk through the pipeline depends on.
struct Walker<'a> {
    pipeline: &'a TruePipeline,
    /// The change, and the second it starts.
    change: Option<(ConversionChange, f64)>,
    end: Moment,
}

impl Walker<'_> {
    /// Stage `stage`'s conversion for a deal leaving it at second `at`.
    fn conversion(&self, stage: usize, at: f64) -> f64 {
        let conversion = self.pipeline.stages[stage].conversion;
        match self.change {
            Some((change, from)) if change.stage == stage && at >= from => {
                (conversion * change.factor).clamp(0.0, 1.0)
            }
            _ => conversion,
        }
    }

    fn walk(&self, rng: &mut Rng, id: u64, source: usize, arrived: f64) -> DrawnDeal {
        let (pipeline, end) = (self.pipeline, self.end);
        let amount = (pipeline.order_value * (0.25 * rng.normal() - 0.031_25).exp()).round();
        let mut deal = DrawnDeal {
            id,
            source,
            visits: Vec::new(),
            closed: None,
            amount,
        };
        let mut stage = 0;
        let mut at = arrived;
        loop {
            let minute = |seconds: f64| Moment((seconds / 60.0).floor() as i64 * 60);
            deal.visits.push((stage, minute(at)));
            let true_stage = &pipeline.stages[stage];
            at += exponential(rng, true_stage.mean_days * 86_400.0);
            if at >= end.0 as f64 {
                return deal;
            }
            if rng.uniform() >= self.conversion(stage, at) {
                deal.closed = Some((false, minute(at)));
                return deal;
            }
            let skip = stage + 2 < pipeline.stages.len() && rng.uniform() < pipeline.skip_share;
            stage += if skip { 2 } else { 1 };
            if stage >= pipeline.stages.len() {
                deal.closed = Some((true, minute(at)));
                return deal;
            }
        }
    }
}

/// Open deals per stage at the end, as the generator knows them.
#[must_use]
pub fn open_per_stage(pipeline: &TruePipeline, deals: &[DrawnDeal]) -> Vec<u64> {
    let mut open = vec![0; pipeline.stages.len()];
    for deal in deals.iter().filter(|deal| deal.closed.is_none()) {
        if let Some((stage, _)) = deal.visits.last() {
            open[*stage] += 1;
        }
    }
    open
}

fn iso(moment: Moment) -> String {
    let seconds = moment.0.rem_euclid(86_400);
    format!(
        "{}T{:02}:{:02}:00Z",
        moment.date(),
        seconds / 3600,
        seconds % 3600 / 60
    )
}

fn spaced(moment: Moment) -> String {
    iso(moment).replace('T', " ").replace(":00Z", "")
}

fn us(moment: Moment) -> String {
    let date = moment.date();
    let seconds = moment.0.rem_euclid(86_400);
    let hour = seconds / 3600;
    let twelve = if hour % 12 == 0 { 12 } else { hour % 12 };
    format!(
        "{:02}/{:02}/{} {twelve}:{:02} {}",
        date.month(),
        date.day(),
        date.year(),
        seconds % 3600 / 60,
        if hour < 12 { "AM" } else { "PM" }
    )
}

/// Rows of a table, header first.
pub type Rows = Vec<Vec<String>>;

/// The deals as an event log: one row per stage entered, a closing row per closed deal.
#[must_use]
pub fn event_log(pipeline: &TruePipeline, deals: &[DrawnDeal]) -> Rows {
    let mut rows = vec![header(&[
        "case:concept:name",
        "concept:name",
        "time:timestamp",
        "source",
        "amount",
    ])];
    for deal in deals {
        let source = &pipeline.sources[deal.source].0;
        for (stage, at) in &deal.visits {
            rows.push(vec![
                format!("D-{}", deal.id),
                pipeline.stages[*stage].name.clone(),
                iso(*at),
                source.clone(),
                String::new(),
            ]);
        }
        if let Some((won, at)) = deal.closed {
            rows.push(vec![
                format!("D-{}", deal.id),
                if won { "Closed won" } else { "Closed lost" }.to_owned(),
                iso(at),
                source.clone(),
                if won {
                    format!("{}", deal.amount)
                } else {
                    String::new()
                },
            ]);
        }
    }
    rows
}

/// The deals as HubSpot's deals export writes them.
#[must_use]
pub fn hubspot(pipeline: &TruePipeline, deals: &[DrawnDeal]) -> Rows {
    let name = "Sales Pipeline";
    let mut columns: Vec<String> = [
        "Record ID",
        "Deal Name",
        "Pipeline",
        "Deal Stage",
        "Amount",
        "Create Date",
        "Close Date",
        "Original Traffic Source",
    ]
    .iter()
    .map(|text| (*text).to_owned())
    .collect();
    for stage in &pipeline.stages {
        columns.push(format!("Date entered \"{} ({name})\"", stage.name));
        columns.push(format!("Date exited \"{} ({name})\"", stage.name));
    }
    columns.push(format!("Date entered \"Closed won ({name})\""));
    columns.push(format!("Date entered \"Closed lost ({name})\""));
    let mut rows = vec![columns];
    for deal in deals {
        let current = match deal.closed {
            Some((true, _)) => "Closed won".to_owned(),
            Some((false, _)) => "Closed lost".to_owned(),
            None => deal
                .visits
                .last()
                .map(|(stage, _)| pipeline.stages[*stage].name.clone())
                .unwrap_or_default(),
        };
        let created = deal.visits.first().map_or(Moment(0), |visit| visit.1);
        let mut row = vec![
            deal.id.to_string(),
            format!("Deal {}", deal.id),
            name.to_owned(),
            current,
            format!("{}", deal.amount),
            spaced(created),
            deal.closed.map(|(_, at)| spaced(at)).unwrap_or_default(),
            pipeline.sources[deal.source].0.clone(),
        ];
        for stage in 0..pipeline.stages.len() {
            let visit = deal.visits.iter().position(|visit| visit.0 == stage);
            let entered = visit.map(|at| deal.visits[at].1);
            let exited = visit.and_then(|at| {
                deal.visits
                    .get(at + 1)
                    .map(|next| next.1)
                    .or(deal.closed.map(|(_, at)| at))
            });
            row.push(entered.map(spaced).unwrap_or_default());
            row.push(exited.map(spaced).unwrap_or_default());
        }
        let closed_at = |won: bool| match deal.closed {
            Some((outcome, at)) if outcome == won => spaced(at),
            _ => String::new(),
        };
        row.push(closed_at(true));
        row.push(closed_at(false));
        rows.push(row);
    }
    rows
}

/// The deals as Pipedrive's deals export writes them: current stage and status only.
#[must_use]
pub fn pipedrive(pipeline: &TruePipeline, deals: &[DrawnDeal]) -> Rows {
    let mut rows = vec![header(&[
        "Deal - ID",
        "Deal - Title",
        "Deal - Stage",
        "Deal - Status",
        "Deal - Deal created",
        "Deal - Won time",
        "Deal - Lost time",
        "Deal - Value",
        "Deal - Pipeline",
        "Deal - Source channel",
    ])];
    for deal in deals {
        let stage = deal.visits.last().map_or(0, |visit| visit.0);
        let created = deal.visits.first().map_or(Moment(0), |visit| visit.1);
        let (status, won, lost) = match deal.closed {
            Some((true, at)) => ("won", format!("{}:00", spaced(at)), String::new()),
            Some((false, at)) => ("lost", String::new(), format!("{}:00", spaced(at))),
            None => ("open", String::new(), String::new()),
        };
        rows.push(vec![
            deal.id.to_string(),
            format!("Deal {}", deal.id),
            pipeline.stages[stage].name.clone(),
            status.to_owned(),
            format!("{}:00", spaced(created)),
            won,
            lost,
            format!("{}", deal.amount),
            "Pipeline".to_owned(),
            pipeline.sources[deal.source].0.clone(),
        ]);
    }
    rows
}

/// The deals as Salesforce's opportunity history report writes them, US dates.
#[must_use]
pub fn salesforce(pipeline: &TruePipeline, deals: &[DrawnDeal]) -> Rows {
    let mut rows = vec![header(&[
        "Opportunity ID",
        "Opportunity Name",
        "From Stage",
        "To Stage",
        "Amount",
        "Edit Date",
        "Created Date",
        "Lead Source",
    ])];
    for deal in deals {
        let created = deal.visits.first().map_or(Moment(0), |visit| visit.1);
        let mut from = String::new();
        let mut changes: Vec<(String, Moment)> = deal
            .visits
            .iter()
            .map(|(stage, at)| (pipeline.stages[*stage].name.clone(), *at))
            .collect();
        if let Some((won, at)) = deal.closed {
            changes.push((
                if won { "Closed Won" } else { "Closed Lost" }.to_owned(),
                at,
            ));
        }
        for (to, at) in changes {
            rows.push(vec![
                format!("006{:012}", deal.id),
                format!("Opportunity {}", deal.id),
                from.clone(),
                to.clone(),
                format!("{}", deal.amount),
                us(at),
                us(created),
                pipeline.sources[deal.source].0.clone(),
            ]);
            from = to;
        }
    }
    rows
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

/// Rows as CSV text, quoting where a cell needs it.
#[must_use]
pub fn to_csv(rows: &Rows) -> String {
    let mut text = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|cell| {
                if cell.contains([',', '"', '\n']) {
                    format!("\"{}\"", cell.replace('"', "\"\""))
                } else {
                    cell.clone()
                }
            })
            .collect();
        let _ = writeln!(text, "{}", cells.join(","));
    }
    text
}
