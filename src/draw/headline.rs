//! The headline figures of a simulation as captions and values, worded once for the editor's
//! strip, the presentation and exported slides.

use crate::design::Design;
use crate::sim::SimResult;

/// A money amount, short: 1.2 M EUR, 45 k EUR, 980 EUR (in the current language).
#[must_use]
pub fn money(value: f64, currency: &str) -> String {
    crate::i18n::format::money(value, currency)
}

/// One headline figure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Headline {
    /// What it is, e.g. "Revenue".
    pub caption: String,
    /// Its value, formatted with unit.
    pub value: String,
}

/// Customers, revenue, cost, customer acquisition cost, payback and bottleneck.
#[must_use]
pub fn headline_figures(design: &Design, result: &SimResult) -> Vec<Headline> {
    let summary = &result.summary;
    let currency = &design.presentation.currency;
    let customers = match summary.customers_at_horizon_band {
        Some((low, high)) => format!("{:.0} ({low:.0}–{high:.0})", summary.customers_at_horizon),
        None => format!("{:.0}", summary.customers_at_horizon),
    };
    let figure = |caption: &str, value: String| Headline {
        caption: caption.to_owned(),
        value,
    };
    let mut figures = vec![
        figure(
            &format!(
                "Customers by {}",
                super::dates::date_long(result.last_day())
            ),
            customers,
        ),
        figure("Revenue", money(summary.revenue, currency)),
    ];
    if summary.revenue_existing_customers > 0.0 {
        figures.push(figure(
            "From existing customers",
            format!(
                "{} ({:.0} %)",
                money(summary.revenue_existing_customers, currency),
                100.0 * summary.revenue_existing_customers / summary.revenue.max(f64::MIN_POSITIVE)
            ),
        ));
    }
    figures.extend([
        figure("Cost", money(summary.cost, currency)),
        figure(
            "Customer acquisition cost",
            summary
                .customer_acquisition_cost
                .map_or_else(|| "–".to_owned(), |cac| money(cac, currency)),
        ),
        figure(
            "Payback",
            summary.payback_week.map_or_else(
                || "not in horizon".to_owned(),
                |week| {
                    super::dates::date_long(crate::design::calendar::last_day(
                        result.start_date,
                        week,
                    ))
                },
            ),
        ),
        figure(
            "Bottleneck",
            summary.bottleneck.as_ref().map_or_else(
                || "none".to_owned(),
                |stage_id| design.stage_name(stage_id).to_owned(),
            ),
        ),
    ]);
    figures
}

/// The models a design uses, in a leader's words: "Inbound · E-commerce, Relationship model".
#[must_use]
pub fn models_line(design: &Design) -> String {
    let transactions: Vec<&str> = design
        .transaction_models
        .iter()
        .map(|model| model.label())
        .collect();
    let mut line = format!("{} sales", design.sales_model.label());
    if !transactions.is_empty() {
        line.push_str(" · ");
        line.push_str(&transactions.join(", "));
    }
    line.push_str(" · ");
    line.push_str(design.shape.label());
    line
}
