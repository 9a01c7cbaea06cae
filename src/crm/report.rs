//! The report of an import, as the command line prints it and the dialogs show it: what was
//! read and skipped (with rows), the period, every stage's figures with their intervals and
//! the deals behind them, thin evidence flagged, moves back counted, notes.

use super::measure::{Measurement, Onward, THIN_EVIDENCE};
use super::stats::Estimate;
use std::fmt::Write as _;

/// A whole number with thousands separated: 12,345.
#[must_use]
pub fn grouped(number: u64) -> String {
    let digits = number.to_string();
    let mut text = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

/// "61 % (59–63 %)".
#[must_use]
pub fn percent(estimate: &Estimate) -> String {
    format!(
        "{:.0} % ({:.0}–{:.0} %)",
        estimate.value * 100.0,
        estimate.low * 100.0,
        estimate.high * 100.0
    )
}

/// "12,004 (11,668–12,340)": a whole amount and its interval.
#[must_use]
pub fn whole(estimate: &Estimate) -> String {
    let round = |value: f64| grouped(value.max(0.0).round() as u64);
    format!(
        "{} ({}–{})",
        round(estimate.value),
        round(estimate.low),
        round(estimate.high)
    )
}

/// "4.0 (3.8–4.1)".
#[must_use]
pub fn plain(estimate: &Estimate, decimals: usize) -> String {
    format!(
        "{:.decimals$} ({:.decimals$}–{:.decimals$})",
        estimate.value, estimate.low, estimate.high
    )
}

/// The report of `measurement` read from `source`.
#[must_use]
pub fn report(measurement: &Measurement, source: &str) -> String {
    let mut text = String::new();
    let kind = measurement.kind.map_or("export", super::ExportKind::label);
    let pipeline = measurement
        .pipeline
        .as_ref()
        .map_or_else(String::new, |name| format!(", pipeline \"{name}\""));
    let _ = writeln!(text, "Read {source}: {kind}{pipeline}");
    let _ = writeln!(
        text,
        "{} deals ({} won, {} lost, {} open) from {} rows, {}; open deals counted on {}.",
        grouped(measurement.deals),
        grouped(measurement.won),
        grouped(measurement.lost),
        grouped(measurement.open),
        grouped(measurement.rows as u64),
        measurement.period_text(),
        measurement.to.strftime("%-d %b %Y")
    );
    let _ = writeln!(text, "Stage order: {}.", measurement.order_from);
    let _ = writeln!(
        text,
        "\n{:<24} {:>7}  {:<22} {:<22} {:>6}",
        "Stage", "Deals", "Conversion (90 %)", "Days in stage (90 %)", "Open"
    );
    for stage in &measurement.stages {
        let conversion = stage
            .conversion
            .as_ref()
            .map_or_else(|| "none left it".to_owned(), percent);
        let days = stage.days.as_ref().map_or_else(
            || {
                if measurement.has_history {
                    "none left it".to_owned()
                } else {
                    "not in the export".to_owned()
                }
            },
            |days| plain(days, 1),
        );
        let decided = stage.moved_on + stage.dropped;
        let thin = if decided < THIN_EVIDENCE {
            format!("  thin evidence: {decided} deals decided")
        } else {
            String::new()
        };
        let _ = writeln!(
            text,
            "{:<24} {:>7}  {:<22} {:<22} {:>6}{thin}",
            clipped(&stage.name, 24),
            grouped(stage.entered),
            conversion,
            days,
            grouped(stage.open_today)
        );
    }
    write_paths(&mut text, measurement);
    write_sources(&mut text, measurement);
    if let Some((mean, median)) = &measurement.order_value {
        let _ = writeln!(
            text,
            "Order value: mean {} from {} won deals; median {}.",
            whole(mean),
            grouped(mean.count),
            grouped(median.max(0.0).round() as u64)
        );
    } else {
        let _ = writeln!(text, "Order value: no won deal has an amount.");
    }
    if measurement.skipped_count > 0 {
        let _ = writeln!(
            text,
            "\nSkipped {} rows or deals:",
            grouped(measurement.skipped_count as u64)
        );
        for skipped in &measurement.skipped {
            let _ = writeln!(text, "  row {}: {}", skipped.row, skipped.reason);
        }
        if measurement.skipped_count > measurement.skipped.len() {
            let _ = writeln!(
                text,
                "  … and {} more",
                measurement.skipped_count - measurement.skipped.len()
            );
        }
    }
    for note in &measurement.notes {
        let _ = writeln!(text, "Note: {note}.");
    }
    text
}

fn clipped(name: &str, width: usize) -> String {
    if name.chars().count() <= width {
        name.to_owned()
    } else {
        let kept: String = name.chars().take(width - 1).collect();
        format!("{kept}…")
    }
}

fn write_paths(text: &mut String, measurement: &Measurement) {
    let back: u64 = measurement
        .stages
        .iter()
        .map(|stage| stage.moved_back)
        .sum();
    let _ = writeln!(
        text,
        "\nMoves back to an earlier stage: {}",
        if back == 0 {
            "none".to_owned()
        } else {
            measurement
                .stages
                .iter()
                .filter(|stage| stage.moved_back > 0)
                .map(|stage| format!("{} from {}", stage.moved_back, stage.name))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    for (index, stage) in measurement.stages.iter().enumerate() {
        for (onward, count) in &stage.onward {
            if let Onward::Stage(to) = onward
                && *to > index + 1
                && let Some(target) = measurement.stages.get(*to)
            {
                let _ = writeln!(
                    text,
                    "Skips: {} → {}: {} of {} moving on ({:.0} %)",
                    stage.name,
                    target.name,
                    grouped(*count),
                    grouped(stage.moved_on),
                    *count as f64 * 100.0 / stage.moved_on.max(1) as f64
                );
            }
        }
    }
}

fn write_sources(text: &mut String, measurement: &Measurement) {
    let _ = writeln!(text, "\nNew deals per week (90 %):");
    for source in &measurement.sources {
        let entry = measurement
            .stages
            .get(source.entry)
            .map_or("", |stage| stage.name.as_str());
        let growth = match &source.trend.growth_per_month {
            Some(growth) if source.trend.growth_shown => format!(
                "growth {:+.1} % a month ({:+.1} to {:+.1} %)",
                growth.value * 100.0,
                growth.low * 100.0,
                growth.high * 100.0
            ),
            Some(growth) => format!(
                "no growth shown (90 %: {:+.1} to {:+.1} % a month)",
                growth.low * 100.0,
                growth.high * 100.0
            ),
            None => "too short a period to fit growth".to_owned(),
        };
        let season = if source.trend.season.is_empty() {
            "no season"
        } else {
            "seasonal"
        };
        let _ = writeln!(
            text,
            "  {} → {entry}: {} from {} deals; {growth}; {season}",
            source.name,
            plain(&source.per_week, 1),
            grouped(source.per_week.count)
        );
    }
}
