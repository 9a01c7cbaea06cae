//! The report of an import, as the command line prints it and the dialogs show it: what was
//! read and skipped (with rows), the period, every stage's figures with their intervals and
//! the deals behind them, thin evidence flagged, moves back counted, notes.

use super::measure::{Measurement, Onward, THIN_EVIDENCE};
use super::stats::Estimate;
use std::fmt::Write as _;

/// A whole number with thousands separated as the language does: 12,345 or 12 345.
#[must_use]
pub fn grouped(number: u64, language: crate::i18n::Language) -> String {
    crate::i18n::format::number_in(language, number as f64, 0)
}

/// "61 % (59–63 %)".
#[must_use]
pub fn percent(estimate: &Estimate, language: crate::i18n::Language) -> String {
    use crate::i18n::format::{number_in, percent_in};
    format!(
        "{} ({}–{})",
        percent_in(language, estimate.value * 100.0, 0),
        number_in(language, estimate.low * 100.0, 0),
        percent_in(language, estimate.high * 100.0, 0)
    )
}

/// "12,004 (11,668–12,340)": a whole amount and its interval.
#[must_use]
pub fn whole(estimate: &Estimate, language: crate::i18n::Language) -> String {
    let round = |value: f64| grouped(value.max(0.0).round() as u64, language);
    format!(
        "{} ({}–{})",
        round(estimate.value),
        round(estimate.low),
        round(estimate.high)
    )
}

/// "4.0 (3.8–4.1)".
#[must_use]
pub fn plain(estimate: &Estimate, decimals: usize, language: crate::i18n::Language) -> String {
    let number = |value: f64| crate::i18n::format::number_in(language, value, decimals);
    format!(
        "{} ({}–{})",
        number(estimate.value),
        number(estimate.low),
        number(estimate.high)
    )
}

/// The report of `measurement` read from `source`.
#[must_use]
pub fn report(measurement: &Measurement, source: &str, language: crate::i18n::Language) -> String {
    let mut text = String::new();
    let kind = measurement.kind.map_or_else(
        || crate::tr_in!(language, "report-export"),
        |kind| kind.label(language),
    );
    let pipeline = measurement
        .pipeline
        .as_ref()
        .map_or_else(String::new, |name| {
            crate::tr_in!(language, "report-pipeline", name = name.as_str())
        });
    let _ = writeln!(
        text,
        "{}",
        crate::tr_in!(
            language,
            "report-read",
            source = source,
            kind = kind,
            pipeline = pipeline
        )
    );
    let _ = writeln!(
        text,
        "{}",
        crate::tr_in!(
            language,
            "report-deals",
            deals = grouped(measurement.deals, language),
            won = grouped(measurement.won, language),
            lost = grouped(measurement.lost, language),
            open = grouped(measurement.open, language),
            rows = grouped(measurement.rows as u64, language),
            period = measurement.period_text(language),
            date = crate::i18n::format::date_long_in(language, measurement.to)
        )
    );
    let _ = writeln!(
        text,
        "{}",
        crate::tr_in!(
            language,
            "report-stage-order",
            order = measurement
                .order_from
                .as_ref()
                .map(|order| order.words(language))
                .unwrap_or_default()
        )
    );
    write_stages(&mut text, measurement, language);
    write_paths(&mut text, measurement, language);
    write_sources(&mut text, measurement, language);
    write_order_value_and_skipped(&mut text, measurement, language);
    text
}

/// The table of stages: deals, conversion and days in stage with intervals, open deals.
fn write_stages(text: &mut String, measurement: &Measurement, language: crate::i18n::Language) {
    let _ = writeln!(
        text,
        "\n{:<24} {:>7}  {:<22} {:<22} {:>6}",
        crate::tr_in!(language, "report-column-stage"),
        crate::tr_in!(language, "report-column-deals"),
        crate::tr_in!(language, "report-column-conversion"),
        crate::tr_in!(language, "report-column-days"),
        crate::tr_in!(language, "report-column-open")
    );
    for stage in &measurement.stages {
        let conversion = stage.conversion.as_ref().map_or_else(
            || crate::tr_in!(language, "report-none-left"),
            |conversion| percent(conversion, language),
        );
        let days = stage.days.as_ref().map_or_else(
            || {
                if measurement.has_history {
                    crate::tr_in!(language, "report-none-left")
                } else {
                    crate::tr_in!(language, "report-not-in-export")
                }
            },
            |days| plain(days, 1, language),
        );
        let decided = stage.moved_on + stage.dropped;
        let thin = if decided < THIN_EVIDENCE {
            crate::tr_in!(
                language,
                "report-thin",
                decided = grouped(decided, language)
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            text,
            "{:<24} {:>7}  {:<22} {:<22} {:>6}{thin}",
            clipped(&stage.name, 24),
            grouped(stage.entered, language),
            conversion,
            days,
            grouped(stage.open_today, language)
        );
    }
}

/// The order value, the rows skipped and why, and the notes.
fn write_order_value_and_skipped(
    text: &mut String,
    measurement: &Measurement,
    language: crate::i18n::Language,
) {
    if let Some((mean, median)) = &measurement.order_value {
        let _ = writeln!(
            text,
            "{}",
            crate::tr_in!(
                language,
                "report-order-value",
                mean = whole(mean, language),
                won = grouped(mean.count, language),
                median = grouped(median.max(0.0).round() as u64, language)
            )
        );
    } else {
        let _ = writeln!(text, "{}", crate::tr_in!(language, "report-no-order-value"));
    }
    if measurement.skipped_count > 0 {
        let _ = writeln!(
            text,
            "\n{}",
            crate::tr_in!(
                language,
                "report-skipped",
                count = grouped(measurement.skipped_count as u64, language)
            )
        );
        for skipped in &measurement.skipped {
            let _ = writeln!(
                text,
                "{}",
                crate::tr_in!(
                    language,
                    "report-skipped-row",
                    row = skipped.row.to_string(),
                    reason = skipped.reason.words(language)
                )
            );
        }
        if measurement.skipped_count > measurement.skipped.len() {
            let more = measurement.skipped_count - measurement.skipped.len();
            let _ = writeln!(
                text,
                "{}",
                crate::tr_in!(
                    language,
                    "report-skipped-more",
                    count = grouped(more as u64, language)
                )
            );
        }
    }
    for note in &measurement.notes {
        let _ = writeln!(
            text,
            "{}",
            crate::tr_in!(language, "report-note", note = note.words(language))
        );
    }
}

fn clipped(name: &str, width: usize) -> String {
    if name.chars().count() <= width {
        name.to_owned()
    } else {
        let kept: String = name.chars().take(width - 1).collect();
        format!("{kept}…")
    }
}

fn write_paths(text: &mut String, measurement: &Measurement, language: crate::i18n::Language) {
    let back: u64 = measurement
        .stages
        .iter()
        .map(|stage| stage.moved_back)
        .sum();
    let moves = if back == 0 {
        crate::tr_in!(language, "report-none")
    } else {
        measurement
            .stages
            .iter()
            .filter(|stage| stage.moved_back > 0)
            .map(|stage| {
                crate::tr_in!(
                    language,
                    "report-moved-back-from",
                    count = grouped(stage.moved_back, language),
                    stage = stage.name.as_str()
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        text,
        "\n{}",
        crate::tr_in!(language, "report-moves-back", moves = moves)
    );
    for (index, stage) in measurement.stages.iter().enumerate() {
        for (onward, count) in &stage.onward {
            if let Onward::Stage(to) = onward
                && *to > index + 1
                && let Some(target) = measurement.stages.get(*to)
            {
                let _ = writeln!(
                    text,
                    "{}",
                    crate::tr_in!(
                        language,
                        "report-skips",
                        from = stage.name.as_str(),
                        to = target.name.as_str(),
                        count = grouped(*count, language),
                        moved_on = grouped(stage.moved_on, language),
                        percent = crate::i18n::format::percent_in(
                            language,
                            *count as f64 * 100.0 / stage.moved_on.max(1) as f64,
                            0
                        )
                    )
                );
            }
        }
    }
}

/// A change with its sign and one decimal: "+1.5", "−0.3".
fn signed(value: f64, language: crate::i18n::Language) -> String {
    let text = crate::i18n::format::number_in(language, value, 1);
    if value >= 0.05 {
        format!("+{text}")
    } else {
        text
    }
}

fn write_sources(text: &mut String, measurement: &Measurement, language: crate::i18n::Language) {
    let _ = writeln!(text, "\n{}", crate::tr_in!(language, "report-new-deals"));
    for source in &measurement.sources {
        let entry = measurement
            .stages
            .get(source.entry)
            .map_or("", |stage| stage.name.as_str());
        let growth = match &source.trend.growth_per_month {
            Some(growth) if source.trend.growth_shown => crate::tr_in!(
                language,
                "report-growth",
                growth = signed(growth.value * 100.0, language),
                low = signed(growth.low * 100.0, language),
                high = signed(growth.high * 100.0, language)
            ),
            Some(growth) if source.trend.growth_beside_season => crate::tr_in!(
                language,
                "report-growth-beside-season",
                growth = signed(growth.value * 100.0, language),
                low = signed(growth.low * 100.0, language),
                high = signed(growth.high * 100.0, language)
            ),
            Some(growth) => crate::tr_in!(
                language,
                "report-no-growth",
                low = signed(growth.low * 100.0, language),
                high = signed(growth.high * 100.0, language)
            ),
            None => crate::tr_in!(language, "report-too-short-for-growth"),
        };
        let season = if source.trend.season.is_empty() {
            crate::tr_in!(language, "report-no-season")
        } else {
            crate::tr_in!(language, "report-seasonal")
        };
        let _ = writeln!(
            text,
            "{}",
            crate::tr_in!(
                language,
                "report-source",
                source = source.name.as_str(),
                entry = entry,
                per_week = plain(&source.per_week, 1, language),
                deals = grouped(source.per_week.count, language),
                growth = growth,
                season = season
            )
        );
    }
}
