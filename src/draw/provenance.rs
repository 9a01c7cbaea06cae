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

fn value_text(value: f64, figure: Figure<'_>) -> String {
    use crate::i18n::format::{number, percent};
    match figure {
        Figure::Share => percent(value * 100.0, 0),
        Figure::Days => crate::tr!("provenance-days", days = number(value, 1)),
        Figure::PerWeek => crate::tr!("provenance-per-week", leads = number(value, 1)),
        Figure::Money(currency) => crate::i18n::format::money(value, currency),
    }
}

fn interval_text(evidence: &Evidence, figure: Figure<'_>) -> String {
    use crate::i18n::format::{number, percent};
    match figure {
        Figure::Share => format!(
            "{}–{}",
            number(evidence.low * 100.0, 0),
            percent(evidence.high * 100.0, 0)
        ),
        Figure::Days => crate::tr!(
            "provenance-days",
            days = format!("{}–{}", number(evidence.low, 1), number(evidence.high, 1))
        ),
        Figure::PerWeek => format!("{}–{}", number(evidence.low, 1), number(evidence.high, 1)),
        Figure::Money(currency) => format!(
            "{}–{}",
            crate::i18n::format::money(evidence.low, currency),
            crate::i18n::format::money(evidence.high, currency)
        ),
    }
}

/// "Measured from 530 deals, Sep 2025–Oct 2026 · 90 %: 36–44 %" while `value` is what was
/// measured; "Assumed: typed over the measured 40 % (36–44 %)" once it was edited.
#[must_use]
pub fn provenance_text(evidence: &Evidence, value: f64, figure: Figure<'_>) -> String {
    if evidence.holds_for(value) {
        let what = match figure {
            Figure::PerWeek => "new-deals",
            Figure::Days => "stays",
            Figure::Share | Figure::Money(_) => "deals",
        };
        crate::tr!(
            "provenance-measured",
            count = evidence.deals as f64,
            shown = super::format_count(evidence.deals as f64),
            what = what,
            period = evidence.period(),
            interval = interval_text(evidence, figure),
            thin = if evidence.is_thin() { "yes" } else { "no" }
        )
    } else {
        crate::tr!(
            "provenance-assumed",
            measured = value_text(evidence.measured, figure),
            interval = interval_text(evidence, figure)
        )
    }
}

/// What of the design was measured, for a slide's assumptions: "Measured from CRM data
/// (2,211 deals, Nov 2025–Nov 2026): conversion of 5 stages, days in stage of 5, leads per
/// week of 2 sources, order value; the rest is assumed." `None` when nothing is measured.
#[must_use]
pub fn measured_note(design: &Design) -> Option<String> {
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
    .period();
    let mut parts = Vec::new();
    if conversions > 0 {
        parts.push(crate::tr!(
            "provenance-part-conversions",
            count = conversions,
            shown = conversions.to_string()
        ));
    }
    if days > 0 {
        parts.push(crate::tr!(
            "provenance-part-days",
            count = days,
            shown = days.to_string()
        ));
    }
    if sources > 0 {
        parts.push(crate::tr!(
            "provenance-part-sources",
            count = sources,
            shown = sources.to_string()
        ));
    }
    if order_values > 0 {
        parts.push(crate::tr!("provenance-part-order-value"));
    }
    Some(crate::tr!(
        "provenance-note",
        deals = super::format_count(deals as f64),
        period = period,
        parts = parts.join(", ")
    ))
}
