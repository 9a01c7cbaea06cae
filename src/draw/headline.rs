//! The headline figures of a simulation as captions and values, worded once for the editor's
//! strip, the presentation and exported slides.

use crate::design::Design;
use crate::i18n::format::money_in;
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
pub fn headline_figures(
    design: &Design,
    result: &SimResult,
    language: crate::i18n::Language,
) -> Vec<Headline> {
    let summary = &result.summary;
    let currency = &design.presentation.currency;
    let count = |value: f64| crate::i18n::format::count_in(language, value);
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
            crate::tr_in!(
                language,
                "headline-customers-by",
                date = crate::i18n::format::date_long_in(language, result.last_day())
            ),
            customers,
        ),
        figure(
            crate::tr_in!(language, "headline-revenue"),
            money_in(language, summary.revenue, currency),
        ),
    ];
    if summary.revenue_existing_customers > 0.0 {
        figures.push(figure(
            crate::tr_in!(language, "headline-from-existing"),
            format!(
                "{} ({})",
                money_in(language, summary.revenue_existing_customers, currency),
                crate::i18n::format::percent_in(
                    language,
                    100.0 * summary.revenue_existing_customers
                        / summary.revenue.max(f64::MIN_POSITIVE),
                    0
                )
            ),
        ));
    }
    // A design that costs nothing has no costs entered (one built from a CRM export, say):
    // a cost of 0, an acquisition cost of 0 and payback in the first week would read as a
    // perfect result that rests on nothing.
    let costs_entered = summary.cost > 0.0;
    let unknown = || crate::tr_in!(language, "headline-no-costs");
    figures.extend([
        figure(
            crate::tr_in!(language, "headline-cost"),
            if costs_entered {
                money_in(language, summary.cost, currency)
            } else {
                unknown()
            },
        ),
        figure(
            crate::tr_in!(language, "headline-acquisition-cost"),
            match summary.customer_acquisition_cost {
                _ if !costs_entered => unknown(),
                Some(cac) => money_in(language, cac, currency),
                None => "–".to_owned(),
            },
        ),
        figure(
            crate::tr_in!(language, "headline-payback"),
            match summary.payback_week {
                _ if !costs_entered => unknown(),
                Some(week) => crate::i18n::format::date_long_in(
                    language,
                    crate::design::calendar::last_day(result.start_date, week),
                ),
                None => crate::tr_in!(language, "headline-payback-none"),
            },
        ),
        figure(
            crate::tr_in!(language, "headline-bottleneck"),
            summary.bottleneck.as_ref().map_or_else(
                || crate::tr_in!(language, "headline-bottleneck-none"),
                |stage_id| design.stage_name(stage_id).to_owned(),
            ),
        ),
    ]);
    if !design.targets.is_empty() {
        let months = crate::sim::months::month_totals(result);
        let (short, with_target) = crate::sim::months::short_of_target(&months, &design.targets);
        figures.push(figure(
            crate::tr_in!(language, "headline-short-of-target"),
            crate::tr_in!(
                language,
                "headline-months-of",
                short = short,
                months = with_target
            ),
        ));
    }
    figures
}

/// The models a design uses, in a leader's words: "Inbound · E-commerce, Relationship model".
#[must_use]
pub fn models_line(design: &Design, language: crate::i18n::Language) -> String {
    let transactions: Vec<String> = design
        .transaction_models
        .iter()
        .map(|model| model.label(language))
        .collect();
    let mut line = crate::tr_in!(
        language,
        "models-line-sales",
        model = design.sales_model.label(language)
    );
    if !transactions.is_empty() {
        line.push_str(" · ");
        line.push_str(&transactions.join(", "));
    }
    line.push_str(" · ");
    line.push_str(&design.shape.label(language));
    line
}

#[cfg(test)]
mod tests {
    use super::headline_figures;

    #[test]
    fn a_design_without_costs_says_so_instead_of_a_perfect_result() {
        let mut design = crate::templates::example("inbound");
        let with_costs = headline_figures(
            &design,
            &crate::sim::simulate(&design),
            crate::i18n::current(),
        );
        assert!(
            with_costs
                .iter()
                .all(|figure| figure.value != "no costs entered")
        );
        for source in design.sources.values_mut() {
            source.cost_per_week = 0.0;
        }
        for role in design.roles.values_mut() {
            role.monthly_cost = 0.0;
        }
        for tool in design.tools.values_mut() {
            tool.monthly_cost = 0.0;
        }
        let figures = headline_figures(
            &design,
            &crate::sim::simulate(&design),
            crate::i18n::current(),
        );
        let value = |caption: &str| {
            figures
                .iter()
                .find(|figure| figure.caption == caption)
                .map(|figure| figure.value.clone())
        };
        for caption in ["Cost", "Customer acquisition cost", "Payback"] {
            assert_eq!(
                value(caption).as_deref(),
                Some("no costs entered"),
                "{caption}"
            );
        }
    }
}
