//! A design built from what an export measured: the pipeline's stages in order with their
//! measured conversion, days and open deals, flows as deals moved (skips included), a
//! customer stage with the order value, and a source per lead source with its arrivals,
//! growth and season. Each measured figure carries its evidence; what the export cannot say
//! (costs, staffing, repeat purchases, churn) is left at plain defaults and said so in the
//! notes.

use super::measure::{Measurement, Onward};
use super::stats::Estimate;
use crate::design::{
    Channel, Customers, Design, DropOuts, Evidence, Flow, ProcessShape, Source, SourceId, Stage,
    StageId, StageKind, TransactionModel, edit, unique_slug,
};
use std::fmt::Write as _;

/// The evidence of `estimate` over the measurement's period.
#[must_use]
pub fn evidence(estimate: &Estimate, measurement: &Measurement) -> Evidence {
    Evidence {
        measured: estimate.value,
        low: estimate.low,
        high: estimate.high,
        deals: estimate.count,
        from: measurement.from,
        to: measurement.to,
        not_borne_out: None,
    }
}

/// A name as the export writes it, cut to what a design's names may hold.
fn design_name(name: &str) -> String {
    name.chars()
        .take(crate::design::limits::MAX_NAME_CHARS)
        .collect()
}

/// The channel a CRM's source name most likely is.
#[must_use]
pub fn channel_of(source: &str) -> Channel {
    let name = source.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|word| name.contains(word));
    if has(&["paid", "ads", "ppc", "cpc", "adwords", "annons"]) {
        Channel::Ads
    } else if has(&["organic", "seo", "content", "search", "blog"]) {
        Channel::SeoContent
    } else if has(&["social", "linkedin", "facebook", "instagram"]) {
        Channel::Social
    } else if has(&[
        "event", "webinar", "fair", "seminar", "offline", "mässa", "messe",
    ]) {
        Channel::Events
    } else if has(&["list", "cold", "outbound", "prospect"]) {
        Channel::ColdList
    } else if has(&["partner", "reseller"]) {
        Channel::Partner
    } else if has(&["referral", "recommend", "word of mouth"]) {
        Channel::Referral
    } else {
        Channel::Other
    }
}

/// The design `measurement` describes, named `name`.
#[must_use]
pub fn design_from(
    measurement: &Measurement,
    name: &str,
    language: crate::i18n::Language,
) -> Design {
    let mut design = Design {
        name: name.to_owned(),
        transaction_models: vec![TransactionModel::Relationship],
        shape: ProcessShape::Funnel,
        ..Design::default()
    };
    design.simulation.start_date = Some(measurement.to);
    let mut ids: Vec<StageId> = Vec::new();
    for figures in &measurement.stages {
        let name = design_name(&figures.name);
        let id = StageId(unique_slug(&name, |slug| {
            ids.iter().any(|known| known.as_str() == slug) || slug == "customers"
        }));
        let mut stage = Stage::new(name, StageKind::FunnelStep, crate::design::Point::default());
        if let Some(conversion) = &figures.conversion {
            stage.conversion = conversion.value;
            stage.measured.conversion = Some(evidence(conversion, measurement));
        }
        if let Some(days) = &figures.days {
            stage.days_in_stage = days.value;
            stage.measured.days_in_stage = Some(evidence(days, measurement));
        }
        stage.drop_outs = DropOuts::Lost;
        stage.in_stage_today = figures.open_today as f64;
        design.stages.insert(id.clone(), stage);
        ids.push(id);
    }
    let customers_id = StageId::new("customers");
    let order_value = measurement.order_value.as_ref().map(|(mean, _)| mean);
    let mut customers = Stage::new(
        crate::tr_in!(language, "new-stage-customer"),
        StageKind::Customer(Customers::buying_once(
            order_value.map_or(0.0, |mean| mean.value),
        )),
        crate::design::Point::default(),
    );
    if let Some(mean) = order_value {
        customers.measured.order_value = Some(evidence(mean, measurement));
    }
    design.stages.insert(customers_id.clone(), customers);
    add_flows(&mut design, measurement, &ids, &customers_id);
    add_sources(&mut design, measurement, &ids);
    let mapping: Vec<Option<StageId>> = ids.iter().cloned().map(Some).collect();
    design.actuals = actuals(measurement, &mapping);
    edit::arrange_funnel(&mut design);
    design.notes = notes(measurement, language);
    design
}

fn add_flows(
    design: &mut Design,
    measurement: &Measurement,
    ids: &[StageId],
    customers_id: &StageId,
) {
    for (index, figures) in measurement.stages.iter().enumerate() {
        let target = |onward: Onward| match onward {
            Onward::Stage(to) => ids.get(to).cloned().unwrap_or_else(|| customers_id.clone()),
            Onward::Won => customers_id.clone(),
        };
        if figures.moved_on == 0 {
            let next = ids.get(index + 1).unwrap_or(customers_id);
            design
                .flows
                .push(Flow::new(ids[index].clone(), next.clone()));
            continue;
        }
        for (onward, count) in &figures.onward {
            design.flows.push(Flow {
                share: *count as f64 / figures.moved_on as f64,
                ..Flow::new(ids[index].clone(), target(*onward))
            });
        }
    }
}

fn add_sources(design: &mut Design, measurement: &Measurement, ids: &[StageId]) {
    for figures in &measurement.sources {
        let Some(entry) = ids.get(figures.entry) else {
            continue;
        };
        let id = SourceId::new(unique_slug(&design_name(&figures.name), |slug| {
            design.sources.contains_key(&SourceId::from(slug))
        }));
        let growth = figures
            .trend
            .growth_per_month
            .filter(|_| figures.trend.growth_shown)
            .map_or(0.0, |growth| growth.value);
        design.sources.insert(
            id,
            Source {
                name: design_name(&figures.name),
                channel: channel_of(&figures.name),
                leads_per_week: figures.per_week.value,
                cost_per_week: 0.0,
                growth_per_month: growth,
                season: figures.trend.season.clone(),
                entry: entry.clone(),
                measured: Some(evidence(&figures.per_week, measurement)),
            },
        );
    }
}

/// The measurement's weekly counts for the design's stages `mapping` names.
#[must_use]
pub fn actuals(
    measurement: &Measurement,
    mapping: &[Option<StageId>],
) -> Option<crate::design::actuals::Actuals> {
    let weekly = measurement.weekly.as_ref()?;
    let entered = weekly
        .entered
        .iter()
        .zip(mapping)
        .filter_map(|(series, stage)| {
            let stage = stage.as_ref()?;
            (!series.is_empty()).then(|| (stage.clone(), series.clone()))
        })
        .collect();
    Some(crate::design::actuals::Actuals {
        start: weekly.start,
        entered,
        won: weekly.won.clone(),
    })
}

fn notes(measurement: &Measurement, language: crate::i18n::Language) -> String {
    let kind = measurement.kind.map_or_else(
        || crate::tr_in!(language, "report-export"),
        |kind| kind.label(language),
    );
    let mut notes = crate::tr_in!(
        language,
        "import-notes-built",
        kind = kind,
        deals = super::report::grouped(measurement.deals, language),
        period = measurement.period_text(language),
        date = crate::i18n::format::date_long_in(language, measurement.to)
    );
    notes.push('\n');
    let _ = writeln!(
        notes,
        "{}",
        crate::tr_in!(
            language,
            "import-notes-measured",
            history = if measurement.has_history { "yes" } else { "no" },
            stages = measurement.stages.len().to_string(),
            sources = measurement.sources.len().to_string(),
            order_value = if measurement.order_value.is_some() {
                "yes"
            } else {
                "no"
            }
        )
    );
    notes.push_str(&crate::tr_in!(language, "import-notes-assumed"));
    notes
}
