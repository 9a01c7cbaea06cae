//! The headline figures of a simulation as captions and values, worded once for the editor's
//! strip, the presentation and exported slides.

use crate::design::Design;
use crate::i18n::format::money;
use crate::sim::SimResult;

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
    let count = crate::i18n::format::count;
    let customers = match summary.customers_at_horizon_band {
        Some((low, high)) => format!(
            "{} ({}–{})",
            count(summary.customers_at_horizon),
            count(low),
            count(high)
        ),
        None => count(summary.customers_at_horizon),
    };
    let figure = |caption: String, value: String| Headline { caption, value };
    let mut figures = vec![
        figure(
            crate::tr!(
                "headline-customers-by",
                date = crate::i18n::format::date_long(result.last_day())
            ),
            customers,
        ),
        figure(
            crate::tr!("headline-revenue"),
            money(summary.revenue, currency),
        ),
    ];
    if summary.revenue_existing_customers > 0.0 {
        figures.push(figure(
            crate::tr!("headline-from-existing"),
            format!(
                "{} ({})",
                money(summary.revenue_existing_customers, currency),
                crate::i18n::format::percent(
                    100.0 * summary.revenue_existing_customers
                        / summary.revenue.max(f64::MIN_POSITIVE),
                    0
                )
            ),
        ));
    }
    figures.extend([
        figure(crate::tr!("headline-cost"), money(summary.cost, currency)),
        figure(
            crate::tr!("headline-acquisition-cost"),
            summary
                .customer_acquisition_cost
                .map_or_else(|| "–".to_owned(), |cac| money(cac, currency)),
        ),
        figure(
            crate::tr!("headline-payback"),
            summary.payback_week.map_or_else(
                || crate::tr!("headline-payback-none"),
                |week| {
                    crate::i18n::format::date_long(crate::design::calendar::last_day(
                        result.start_date,
                        week,
                    ))
                },
            ),
        ),
        figure(
            crate::tr!("headline-bottleneck"),
            summary.bottleneck.as_ref().map_or_else(
                || crate::tr!("headline-bottleneck-none"),
                |stage_id| design.stage_name(stage_id).to_owned(),
            ),
        ),
    ]);
    figures
}

/// The models a design uses, in a leader's words: "Inbound · E-commerce, Relationship model".
#[must_use]
pub fn models_line(design: &Design) -> String {
    let transactions: Vec<String> = design
        .transaction_models
        .iter()
        .map(|model| model.label())
        .collect();
    let mut line = crate::tr!("models-line-sales", model = design.sales_model.label());
    if !transactions.is_empty() {
        line.push_str(" · ");
        line.push_str(&transactions.join(", "));
    }
    line.push_str(" · ");
    line.push_str(&design.shape.label());
    line
}
