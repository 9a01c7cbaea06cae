//! The monthly review worded once, in a language: the rows the review dialog shows and
//! `leadflow review` prints (text or CSV), the lines above them, and where it starts to differ.

use super::review::{Compared, Difference, Figure, Review};
use crate::i18n::format::{date_long_in, month_label_in, number_in, percent_in};
use crate::i18n::{Language, Message};

/// One row: a figure of a month, planned against actual.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewRow {
    /// The month ("Aug 2026"), on the first row of a month only.
    pub month: String,
    /// "Qualified entering", "Won", "Won value".
    pub figure: String,
    pub compared: Compared,
    /// Whether the figure is money (shown without decimals, in the currency).
    pub money: bool,
}

fn words(language: Language, id: &'static str) -> String {
    Message::new(id).words(language)
}

/// The column headings, in row order.
#[must_use]
pub fn headings(language: Language) -> [String; 7] {
    [
        "review-column-month",
        "review-column-figure",
        "review-column-planned",
        "review-column-actual",
        "review-column-difference",
        "review-column-band",
        "review-column-inside",
    ]
    .map(|id| words(language, id))
}

/// Every figure of every month, months in order.
#[must_use]
pub fn rows(review: &Review, language: Language) -> Vec<ReviewRow> {
    let mut rows = Vec::new();
    for (index, month) in review.months.iter().enumerate() {
        let label = month_label_in(
            language,
            month.first_day,
            index == 0 || month.first_day.month() == 1,
        );
        let mut figures: Vec<(String, Compared, bool)> = review
            .stages
            .iter()
            .zip(&month.entering)
            .map(|(stage, compared)| {
                (
                    crate::message!("review-figure-entering", stage = stage.name.as_str())
                        .words(language),
                    *compared,
                    false,
                )
            })
            .collect();
        figures.push((words(language, "review-figure-won"), month.won, false));
        if let Some(target) = month.won_target {
            figures.push((words(language, "review-figure-won-target"), target, false));
        }
        figures.push((
            words(language, "review-figure-won-value"),
            month.won_value,
            true,
        ));
        for (place, (figure, compared, money)) in figures.into_iter().enumerate() {
            rows.push(ReviewRow {
                month: if place == 0 {
                    label.clone()
                } else {
                    String::new()
                },
                figure,
                compared,
                money,
            });
        }
    }
    rows
}

/// A row's figures as text: planned, actual, difference (signed), band, inside.
#[must_use]
pub fn cells(row: &ReviewRow, language: Language) -> [String; 5] {
    let decimals = usize::from(!row.money);
    let shown = |value: f64| number_in(language, value, if row.money { 0 } else { decimals });
    let difference = row.compared.difference();
    let sign = if difference > 0.0 { "+" } else { "" };
    [
        shown(row.compared.planned),
        number_in(language, row.compared.actual, 0),
        format!("{sign}{}", shown(difference)),
        format!(
            "{}–{}",
            number_in(language, row.compared.band.0, 0),
            number_in(language, row.compared.band.1, 0)
        ),
        words(
            language,
            if row.compared.inside() {
                "review-inside"
            } else {
                "review-outside"
            },
        ),
    ]
}

/// What the review is set against, over which days.
#[must_use]
pub fn against(review: &Review, language: Language) -> String {
    let from = date_long_in(language, review.from);
    let to = date_long_in(language, review.as_of);
    match review.frozen_on {
        Some(frozen) => crate::message!(
            "review-against-record",
            frozen = date_long_in(language, frozen),
            from = from,
            to = to
        ),
        None => crate::message!("review-against-design", from = from, to = to),
    }
    .words(language)
}

/// How many month figures lie inside their band, and what the band is.
#[must_use]
pub fn band_note(review: &Review, language: Language) -> String {
    let compared: Vec<&Compared> = review
        .months
        .iter()
        .flat_map(|month| month.entering.iter().chain([&month.won]))
        .collect();
    crate::message!(
        "review-band-note",
        inside = compared.iter().filter(|compared| compared.inside()).count(),
        total = compared.len()
    )
    .words(language)
}

/// The plan's stages the export does not have, when there are any.
#[must_use]
pub fn not_in_export(review: &Review, language: Language) -> Option<String> {
    (!review.not_in_export.is_empty()).then(|| {
        crate::message!(
            "review-not-in-export",
            stages = review.not_in_export.join(", ")
        )
        .words(language)
    })
}

/// Where it starts to differ, in a sentence.
#[must_use]
pub fn differs(review: &Review, language: Language) -> String {
    let Some(difference) = &review.differs else {
        return words(language, "review-differs-nowhere");
    };
    let month = month_label_in(language, difference.from, true);
    match difference.figure {
        Figure::Conversion => crate::message!(
            "review-differs-conversion",
            stage = difference.name.as_str(),
            realised = percent_in(language, difference.realised * 100.0, 0),
            planned = percent_in(language, difference.planned * 100.0, 0),
            month = month,
            deals = difference.deals
        ),
        Figure::DaysInStage => crate::message!(
            "review-differs-days",
            stage = difference.name.as_str(),
            realised = number_in(language, difference.realised, 1),
            planned = number_in(language, difference.planned, 1),
            month = month,
            deals = difference.deals
        ),
    }
    .words(language)
}

/// The one line a script reads, the same in every language:
/// `Starts to differ at: Qualified (conversion 34 % against 50 %, from Aug 2026)`.
#[must_use]
pub fn script_line(review: &Review) -> String {
    match &review.differs {
        None => "Starts to differ at: nowhere".to_owned(),
        Some(difference) => format!(
            "Starts to differ at: {} ({}, from {})",
            difference.name,
            figure_in_english(difference),
            month_label_in(Language::English, difference.from, true)
        ),
    }
}

fn figure_in_english(difference: &Difference) -> String {
    match difference.figure {
        Figure::Conversion => format!(
            "conversion {:.0} % against {:.0} %",
            difference.realised * 100.0,
            difference.planned * 100.0
        ),
        Figure::DaysInStage => format!(
            "days in stage {:.1} against {:.1}",
            difference.realised, difference.planned
        ),
    }
}

/// The re-forecast in a sentence: the year's deals won if nothing changes, against the plan.
#[must_use]
pub fn reforecast_line(reforecast: &super::reforecast::Reforecast, language: Language) -> String {
    let count = |value: f64| number_in(language, value, 0);
    let gap = reforecast.gap().map_or_else(String::new, |gap| {
        let sign = if gap > 0.0 { "+" } else { "" };
        format!("{sign}{}", percent_in(language, gap * 100.0, 0))
    });
    let target = reforecast.target_won.map_or_else(String::new, |target| {
        let share = reforecast.year() / target.max(f64::MIN_POSITIVE) - 1.0;
        let sign = if share > 0.0 { "+" } else { "" };
        crate::message!(
            "review-reforecast-target",
            target = count(target),
            gap = format!("{sign}{}", percent_in(language, share * 100.0, 0))
        )
        .words(language)
    });
    crate::message!(
        "review-reforecast",
        target = target,
        year = count(reforecast.year()),
        until = date_long_in(language, reforecast.until),
        so_far = count(reforecast.won_so_far),
        ahead = count(reforecast.won_ahead),
        low = count(reforecast.won_so_far + reforecast.won_ahead_band.0),
        high = count(reforecast.won_so_far + reforecast.won_ahead_band.1),
        planned = count(reforecast.planned_won),
        gap = gap
    )
    .words(language)
}

/// What the re-forecast's figures are.
#[must_use]
pub fn reforecast_basis(
    reforecast: &super::reforecast::Reforecast,
    figures: &super::reforecast::Figures,
    language: Language,
) -> String {
    let date = date_long_in(language, reforecast.from);
    match figures {
        super::reforecast::Figures::Remeasured { kept } if kept.is_empty() => {
            crate::message!("review-reforecast-remeasured", date = date)
        }
        super::reforecast::Figures::Remeasured { kept } => crate::message!(
            "review-reforecast-remeasured-but",
            date = date,
            kept = kept.len()
        ),
        super::reforecast::Figures::Kept => {
            crate::message!("review-reforecast-kept", date = date)
        }
    }
    .words(language)
}
