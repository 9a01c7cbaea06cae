//! Simulation results as CSV (long form, one row per week and stage, then the weekly totals)
//! and JSON (series and summary), for spreadsheets and scripts.

use super::layout::{StageMetric, TotalMetric};
use super::result::{SimResult, Statistic, Summary};
use serde_json::{Map, Value, json};
use std::fmt::Write;

const BAND_STATISTICS: [(Statistic, &str); 3] = [
    (Statistic::P10, "_p10"),
    (Statistic::P50, "_p50"),
    (Statistic::P90, "_p90"),
];

/// `text` as one CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break,
/// its quotes doubled. Ids and names come from files anyone can write.
#[must_use]
pub fn csv_field(text: &str) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    if writer.write_record([text]).is_err() {
        return String::new();
    }
    let bytes = writer.into_inner().unwrap_or_default();
    let mut field = String::from_utf8(bytes).unwrap_or_default();
    // The record's own line end; one inside the field is quoted and stays.
    field.pop();
    field
}

/// A number as plain text: whole numbers without decimals, others to four decimals.
fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

fn header<'a>(first: &str, columns: impl Iterator<Item = &'a str>, bands: bool) -> String {
    let mut line = first.to_owned();
    for column in columns {
        line.push(',');
        line.push_str(column);
        if bands {
            for (_, suffix) in BAND_STATISTICS {
                let _ = write!(line, ",{column}{suffix}");
            }
        }
    }
    line.push('\n');
    line
}

fn push_cells(line: &mut String, result: &SimResult, value: impl Fn(Statistic) -> f64) {
    line.push(',');
    line.push_str(&number(value(Statistic::Mean)));
    if result.has_bands() {
        for (statistic, _) in BAND_STATISTICS {
            line.push(',');
            line.push_str(&number(value(statistic)));
        }
    }
}

/// The per-stage table: `week,date,stage,in_stage,entered,moved_on,dropped,backlog` (Monte
/// Carlo adds `_p10`, `_p50`, `_p90` after each; the plain column is the mean). Weeks count
/// from 1; `date` is the week's first day (ISO 8601), a Monday for designs that start on one.
#[must_use]
pub fn stages_csv(result: &SimResult) -> String {
    let mut csv = header(
        "week,date,stage",
        StageMetric::ALL.iter().map(|metric| metric.column()),
        result.has_bands(),
    );
    for week in 0..result.weeks {
        for (stage, stage_id) in result.stage_ids.iter().enumerate() {
            let mut line = format!(
                "{},{},{}",
                week + 1,
                result.week_start(week),
                csv_field(stage_id.as_str())
            );
            for metric in StageMetric::ALL {
                push_cells(&mut line, result, |statistic| {
                    result.stage_value(week, stage, metric, statistic)
                });
            }
            line.push('\n');
            csv.push_str(&line);
        }
    }
    csv
}

/// The weekly totals table: `week,date,new_customers,active_customers,revenue,…`.
#[must_use]
pub fn totals_csv(result: &SimResult) -> String {
    let mut csv = header(
        "week,date",
        TotalMetric::ALL.iter().map(|metric| metric.column()),
        result.has_bands(),
    );
    for week in 0..result.weeks {
        let mut line = format!("{},{}", week + 1, result.week_start(week));
        for metric in TotalMetric::ALL {
            push_cells(&mut line, result, |statistic| {
                result.total_value(week, metric, statistic)
            });
        }
        line.push('\n');
        csv.push_str(&line);
    }
    csv
}

/// Both tables, the per-stage one first, separated by an empty line.
#[must_use]
pub fn csv(result: &SimResult) -> String {
    format!("{}\n{}", stages_csv(result), totals_csv(result))
}

fn series(result: &SimResult, value: impl Fn(usize, Statistic) -> f64) -> Map<String, Value> {
    let mut map = Map::new();
    let collect = |statistic| -> Value {
        (0..result.weeks)
            .map(|week| json!(value(week, statistic)))
            .collect()
    };
    map.insert("mean".to_owned(), collect(Statistic::Mean));
    if result.has_bands() {
        for (statistic, suffix) in BAND_STATISTICS {
            map.insert(
                suffix.trim_start_matches('_').to_owned(),
                collect(statistic),
            );
        }
    }
    map
}

fn summary_json(result: &SimResult, summary: &Summary) -> Value {
    let utilisation: Map<String, Value> = result
        .stage_ids
        .iter()
        .zip(&summary.utilisation)
        .filter_map(|(stage_id, used)| used.map(|u| (stage_id.to_string(), json!(u))))
        .collect();
    json!({
        "customers_at_horizon": summary.customers_at_horizon,
        "customers_at_horizon_p10_p90": summary.customers_at_horizon_band.map(|(low, high)| [low, high]),
        "new_customers": summary.new_customers,
        "leads_entered": summary.leads_entered,
        "revenue": summary.revenue,
        "revenue_new_customers": summary.revenue - summary.revenue_existing_customers,
        "revenue_existing_customers": summary.revenue_existing_customers,
        "cost": summary.cost,
        "profit": summary.profit,
        "customer_acquisition_cost": summary.customer_acquisition_cost,
        "payback_week": summary.payback_week,
        "first_customer_day": summary.first_customer_day,
        "overall_conversion": summary.overall_conversion,
        "utilisation": utilisation,
        "bottleneck": summary.bottleneck.as_ref().map(ToString::to_string),
        "runaway_growth": summary.runaway_growth,
        "stopped_after_weeks": summary.stopped_after_weeks,
    })
}

/// Everything as one JSON document: mode, summary, per-stage and total series.
#[must_use]
pub fn json(result: &SimResult) -> Value {
    let stages: Vec<Value> = result
        .stage_ids
        .iter()
        .zip(&result.stage_names)
        .enumerate()
        .map(|(stage, (stage_id, name))| {
            let metrics: Map<String, Value> = StageMetric::ALL
                .iter()
                .map(|&metric| {
                    let values = series(result, |week, statistic| {
                        result.stage_value(week, stage, metric, statistic)
                    });
                    (metric.column().to_owned(), Value::Object(values))
                })
                .collect();
            json!({ "id": stage_id.to_string(), "name": name, "series": metrics })
        })
        .collect();
    let totals: Map<String, Value> = TotalMetric::ALL
        .iter()
        .map(|&metric| {
            let values = series(result, |week, statistic| {
                result.total_value(week, metric, statistic)
            });
            (metric.column().to_owned(), Value::Object(values))
        })
        .collect();
    json!({
        "mode": format!("{:?}", result.mode),
        "runs": result.runs,
        "weeks": result.weeks,
        "start_date": result.start_date.to_string(),
        "dates": (0..result.weeks)
            .map(|week| result.week_start(week).to_string())
            .collect::<Vec<_>>(),
        "summary": summary_json(result, &result.summary),
        "stages": stages,
        "totals": totals,
    })
}

/// The year month by month as CSV: one row per calendar month, columns named for scripts
/// (`entering_<stage id>`, `headcount_<role id>`; in Monte Carlo, `_p10` and `_p90` beside the
/// customers and the cumulative profit at each month's end).
#[must_use]
pub fn months_csv(table: &super::months::MonthTable) -> String {
    let banded = table
        .months
        .iter()
        .any(|month| month.active_customers.band.is_some());
    let with_band = |name: &str| {
        if banded {
            vec![
                name.to_owned(),
                format!("{name}_p10"),
                format!("{name}_p90"),
            ]
        } else {
            vec![name.to_owned()]
        }
    };
    let mut header: Vec<String> = vec!["month".into(), "days".into(), "leads_in".into()];
    header.extend(
        table
            .stages
            .iter()
            .map(|(id, _)| csv_field(&format!("entering_{id}"))),
    );
    header.push("new_customers".into());
    header.extend(with_band("active_customers"));
    header.extend(
        [
            "revenue_new_customers",
            "revenue_existing_customers",
            "cost_people",
            "cost_tools",
            "cost_sources",
            "cost_moves",
            "profit",
        ]
        .map(str::to_owned),
    );
    header.extend(with_band("cumulative_profit"));
    header.extend(
        table
            .roles
            .iter()
            .map(|(id, _)| csv_field(&format!("headcount_{id}"))),
    );
    let mut text = header.join(",");
    text.push('\n');
    let figures = |figure: super::months::Banded| {
        let mut cells = vec![number(figure.value)];
        if banded {
            let (low, high) = figure.band.unwrap_or((figure.value, figure.value));
            cells.extend([number(low), number(high)]);
        }
        cells
    };
    for month in &table.months {
        let mut row = vec![
            month.first_day.to_string(),
            month.days.to_string(),
            number(month.leads_in),
        ];
        row.extend(month.entering.iter().map(|&deals| number(deals)));
        row.push(number(month.new_customers));
        row.extend(figures(month.active_customers));
        row.extend(
            [
                month.revenue_new_customers,
                month.revenue_existing_customers,
                month.cost.people,
                month.cost.tools,
                month.cost.sources,
                month.cost.moves,
                month.profit,
            ]
            .map(number),
        );
        row.extend(figures(month.cumulative_profit));
        row.extend(month.headcount.iter().map(|&people| number(people)));
        text.push_str(&row.join(","));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::{csv_field, stages_csv};
    use crate::design::StageId;

    #[test]
    fn a_hostile_id_stays_one_field() {
        assert_eq!(csv_field("qualify"), "qualify");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");

        // A stage whose id a file gave a comma, a quote and a line break: the table still reads
        // as the same columns on every row.
        let mut design = crate::templates::example("inbound");
        let hostile = StageId::new("qualify, \"first\"\nround");
        let Some(stage) = design.stages.remove(&StageId::new("qualify")) else {
            panic!("inbound has Qualify");
        };
        design.stages.insert(hostile.clone(), stage);
        for flow in &mut design.flows {
            for end in [&mut flow.from, &mut flow.to] {
                if end.as_str() == "qualify" {
                    *end = hostile.clone();
                }
            }
        }
        for source in design.sources.values_mut() {
            if source.entry.as_str() == "qualify" {
                source.entry = hostile.clone();
            }
        }
        let table = stages_csv(&crate::sim::simulate(&design));
        let mut reader = csv::Reader::from_reader(table.as_bytes());
        let columns = reader.headers().expect("a header").len();
        let mut seen = false;
        for record in reader.records() {
            let record = record.expect("a well-formed row");
            assert_eq!(record.len(), columns);
            seen |= record.get(2) == Some(hostile.as_str());
        }
        assert!(seen, "the id reads back whole");
    }
}
