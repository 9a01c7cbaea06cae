//! Where a figure comes from, in words: "Measured from 530 deals, Sep 2025–Oct 2026 · 90 %:
//! 36–44 %" beside a measured figure, and one line for a slide saying what was measured.

use crate::design::{Design, Evidence};

/// The kind of figure, for writing its interval.
#[derive(Clone, Copy, Debug)]
pub enum Figure<'a> {
    /// A share, written in per cent.
    Share,
    /// Days.
    Days,
    /// New leads per week.
    PerWeek,
    /// Money in a currency.
    Money(&'a str),
}

fn value_text(value: f64, figure: Figure<'_>, language: crate::i18n::Language) -> String {
    use crate::i18n::format::{number_in, percent_in};
    match figure {
        Figure::Share => percent_in(language, value * 100.0, 0),
        Figure::Days => crate::tr_in!(
            language,
            "provenance-days",
            days = number_in(language, value, 1)
        ),
        Figure::PerWeek => crate::tr_in!(
            language,
            "provenance-per-week",
            leads = number_in(language, value, 1)
        ),
        Figure::Money(currency) => crate::i18n::format::money_in(language, value, currency),
    }
}

fn interval_text(
    evidence: &Evidence,
    figure: Figure<'_>,
    language: crate::i18n::Language,
) -> String {
    use crate::i18n::format::{number_in, percent_in};
    match figure {
        Figure::Share => format!(
            "{}–{}",
            number_in(language, evidence.low * 100.0, 0),
            percent_in(language, evidence.high * 100.0, 0)
        ),
        Figure::Days => crate::tr_in!(
            language,
            "provenance-days",
            days = format!(
                "{}–{}",
                number_in(language, evidence.low, 1),
                number_in(language, evidence.high, 1)
            )
        ),
        Figure::PerWeek => format!(
            "{}–{}",
            number_in(language, evidence.low, 1),
            number_in(language, evidence.high, 1)
        ),
        Figure::Money(currency) => format!(
            "{}–{}",
            crate::i18n::format::money_in(language, evidence.low, currency),
            crate::i18n::format::money_in(language, evidence.high, currency)
        ),
    }
}

/// "Measured from 530 deals, Sep 2025–Oct 2026 · 90 %: 36–44 %" while `value` is what was
/// measured; "Assumed: typed over the measured 40 % (36–44 %)" once it was edited.
#[must_use]
pub fn provenance_text(
    evidence: &Evidence,
    value: f64,
    figure: Figure<'_>,
    language: crate::i18n::Language,
) -> String {
    if evidence.holds_for(value)
        && let Some(replay) = &evidence.not_borne_out
    {
        use crate::i18n::format::number_in;
        let planned = number_in(language, replay.planned, 1);
        let recorded = number_in(language, replay.recorded, 1);
        let measured = value_text(evidence.measured, figure, language);
        let interval = interval_text(evidence, figure, language);
        if replay.at.is_empty() {
            crate::tr_in!(
                language,
                "provenance-not-borne-out-won",
                measured = measured,
                interval = interval,
                planned = planned,
                recorded = recorded
            )
        } else {
            crate::tr_in!(
                language,
                "provenance-not-borne-out",
                measured = measured,
                interval = interval,
                planned = planned,
                recorded = recorded,
                stage = replay.at.as_str()
            )
        }
    } else if evidence.holds_for(value) {
        let what = match figure {
            Figure::PerWeek => "new-deals",
            Figure::Days => "stays",
            Figure::Share | Figure::Money(_) => "deals",
        };
        crate::tr_in!(
            language,
            "provenance-measured",
            count = evidence.deals as f64,
            shown = super::format_count(evidence.deals as f64, language),
            what = what,
            period = evidence.period(language),
            interval = interval_text(evidence, figure, language),
            thin = if evidence.is_thin() { "yes" } else { "no" }
        )
    } else {
        crate::tr_in!(
            language,
            "provenance-assumed",
            measured = value_text(evidence.measured, figure, language),
            interval = interval_text(evidence, figure, language)
        )
    }
}

/// What of the design was measured, for a slide's assumptions: "Measured from CRM data
/// (2,211 deals, Nov 2025–Nov 2026): conversion of 5 stages, days in stage of 5, leads per
/// week of 2 sources, order value; the rest is assumed." `None` when nothing is measured.
#[must_use]
pub fn measured_note(design: &Design, language: crate::i18n::Language) -> Option<String> {
    let stages = design.stages.values();
    let conversions = stages
        .clone()
        .filter_map(|s| s.measured_conversion())
        .count();
    let days = stages.clone().filter_map(|s| s.measured_days()).count();
    let order_values = stages
        .clone()
        .filter_map(|s| s.measured_order_value())
        .count();
    let sources = design
        .sources
        .values()
        .filter_map(|source| source.measured_leads())
        .count();
    let all: Vec<&Evidence> = stages
        .flat_map(|stage| {
            [
                stage.measured_conversion(),
                stage.measured_days(),
                stage.measured_order_value(),
            ]
        })
        .chain(
            design
                .sources
                .values()
                .map(|source| source.measured_leads()),
        )
        .flatten()
        .collect();
    let first = all.iter().map(|evidence| evidence.from).min()?;
    let last = all.iter().map(|evidence| evidence.to).max()?;
    let deals = all.iter().map(|evidence| evidence.deals).max().unwrap_or(0);
    let period = Evidence {
        from: first,
        to: last,
        ..(*all[0]).clone()
    }
    .period(language);
    let mut parts = Vec::new();
    if conversions > 0 {
        parts.push(crate::tr_in!(
            language,
            "provenance-part-conversions",
            count = conversions,
            shown = conversions.to_string()
        ));
    }
    if days > 0 {
        parts.push(crate::tr_in!(
            language,
            "provenance-part-days",
            count = days,
            shown = days.to_string()
        ));
    }
    if sources > 0 {
        parts.push(crate::tr_in!(
            language,
            "provenance-part-sources",
            count = sources,
            shown = sources.to_string()
        ));
    }
    if order_values > 0 {
        parts.push(crate::tr_in!(language, "provenance-part-order-value"));
    }
    Some(crate::tr_in!(
        language,
        "provenance-note",
        deals = super::format_count(deals as f64, language),
        period = period,
        parts = parts.join(", ")
    ))
}
