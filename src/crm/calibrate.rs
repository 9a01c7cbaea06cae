//! Laying what an export measured over an existing design: the export's stages matched to
//! the design's by name (the user may change the match), each figure shown as today →
//! measured with its interval, and applied together as one edit. Export stages left unmatched
//! are folded into the matched stage before them, and sources entering one feed the first
//! matched stage their deals reach (`fold`).

use super::build::evidence;
use super::measure::Measurement;
use super::stats::Estimate;
use crate::design::{Design, Evidence, SourceId, StageId, StageKind};

/// What a proposed change sets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A stage's conversion.
    Conversion(StageId),
    /// A stage's days in stage.
    Days(StageId),
    /// What a stage holds today.
    InStageToday(StageId),
    /// A source's leads per week.
    LeadsPerWeek(SourceId),
    /// A customer stage's order value.
    OrderValue(StageId),
}

/// One figure of the design and what the export measured for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Proposed {
    /// What it sets.
    pub target: Target,
    /// "Qualify · conversion".
    pub label: String,
    /// The design's figure today.
    pub today: f64,
    /// What was measured; count only for open deals (no interval: they are counted).
    pub measured: Estimate,
    /// The evidence kept with it, when it is an estimate.
    pub evidence: Option<Evidence>,
}

/// A proposed change's figure today and as measured, each in its unit.
#[must_use]
pub fn shown_change(change: &Proposed, language: crate::i18n::Language) -> (String, String) {
    use super::report::{grouped, percent, plain, whole};
    match change.target {
        Target::Conversion(_) => (
            crate::i18n::format::percent_in(language, change.today * 100.0, 0),
            percent(&change.measured, language),
        ),
        Target::InStageToday(_) => (
            crate::i18n::format::count_in(language, change.today),
            crate::tr_in!(
                language,
                "crm-dialog-open-deals",
                deals = crate::i18n::format::count_in(language, change.measured.value)
            ),
        ),
        Target::Days(_) | Target::LeadsPerWeek(_) => (
            crate::i18n::format::number_short_in(language, change.today, 1),
            plain(&change.measured, 1, language),
        ),
        Target::OrderValue(_) => (
            grouped(change.today.max(0.0).round() as u64, language),
            whole(&change.measured, language),
        ),
    }
}

/// The design's stage each export stage is matched to by name (case and spaces ignored, or
/// the stage's id), `None` where nothing matches.
#[must_use]
pub fn match_by_name(design: &Design, measurement: &Measurement) -> Vec<Option<StageId>> {
    let plain = |text: &str| text.trim().to_lowercase();
    let mut taken: Vec<StageId> = Vec::new();
    measurement
        .stages
        .iter()
        .map(|figures| {
            let wanted = plain(&figures.name);
            let slug = crate::design::slugify(&figures.name);
            let found = design
                .stages
                .iter()
                .filter(|(id, stage)| stage.kind.is_working_stage() && !taken.contains(id))
                .find(|(id, stage)| plain(&stage.name) == wanted || id.as_str() == slug)
                .map(|(id, _)| id.clone());
            taken.extend(found.clone());
            found
        })
        .collect()
}

/// The changes calibrating `design` with `measurement` under `mapping` would make.
#[must_use]
pub fn propose(
    design: &Design,
    measurement: &Measurement,
    mapping: &[Option<StageId>],
    language: crate::i18n::Language,
) -> Vec<Proposed> {
    let mut proposed = Vec::new();
    // A design stage takes the figures of the first export stage matched to it only.
    let mapping = &super::fold::effective_mapping(mapping);
    for (index, (figures, stage_id)) in measurement.stages.iter().zip(mapping).enumerate() {
        let Some(stage_id) = stage_id else {
            continue;
        };
        let Some(stage) = design.stages.get(stage_id) else {
            continue;
        };
        // With the unmatched stages after it folded in, where there are any.
        let (conversion, days) = super::fold::folded_figures(measurement, mapping, index)
            .map_or((figures.conversion, figures.days), |(conversion, days)| {
                (Some(conversion), Some(days))
            });
        let label =
            |what: &str| format!("{} · {}", stage.name, crate::i18n::text_in(language, what));
        if let Some(conversion) = &conversion {
            proposed.push(Proposed {
                target: Target::Conversion(stage_id.clone()),
                label: label("calibrate-conversion"),
                today: stage.conversion,
                measured: *conversion,
                evidence: Some(evidence(conversion, measurement)),
            });
        }
        if let Some(days) = &days {
            proposed.push(Proposed {
                target: Target::Days(stage_id.clone()),
                label: label("calibrate-days-in-stage"),
                today: stage.days_in_stage,
                measured: *days,
                evidence: Some(evidence(days, measurement)),
            });
        }
        let open = figures.open_today as f64;
        proposed.push(Proposed {
            target: Target::InStageToday(stage_id.clone()),
            label: label("calibrate-in-stage-today"),
            today: stage.in_stage_today,
            measured: Estimate {
                value: open,
                low: open,
                high: open,
                count: figures.open_today,
            },
            evidence: None,
        });
    }
    propose_sources(design, measurement, mapping, &mut proposed, language);
    if let Some((mean, _)) = &measurement.order_value
        && let Some((id, customers)) = customer_stage(design)
    {
        proposed.push(Proposed {
            target: Target::OrderValue(id.clone()),
            label: format!(
                "{} · {}",
                design.stage_name(id),
                crate::tr_in!(language, "calibrate-order-value")
            ),
            today: customers.order_value,
            measured: *mean,
            evidence: Some(evidence(mean, measurement)),
        });
    }
    proposed
}

fn customer_stage(design: &Design) -> Option<(&StageId, &crate::design::Customers)> {
    design
        .stages
        .iter()
        .find_map(|(id, stage)| match &stage.kind {
            StageKind::Customer(customers) => Some((id, customers)),
            _ => None,
        })
}

/// Arrivals per design source: the measured sources entering a mapped stage, matched to the
/// design's sources entering it by name, or shared out over them in proportion to their
/// leads per week today when the names differ.
fn propose_sources(
    design: &Design,
    measurement: &Measurement,
    mapping: &[Option<StageId>],
    proposed: &mut Vec<Proposed>,
    language: crate::i18n::Language,
) {
    let mut unmatched: std::collections::BTreeMap<StageId, Estimate> =
        std::collections::BTreeMap::default();
    for figures in &measurement.sources {
        let (entry, per_week) = match mapping.get(figures.entry) {
            Some(Some(entry)) => (entry, figures.per_week),
            // Deals entering an unmatched stage: the share that reaches a matched one.
            _ => match super::fold::entry_through_unmatched(measurement, mapping, figures.entry) {
                Some((first, share)) => match mapping.get(first) {
                    Some(Some(entry)) => (entry, reached(&figures.per_week, &share)),
                    _ => continue,
                },
                None => continue,
            },
        };
        let same_name = design.sources.iter().find(|(_, source)| {
            &source.entry == entry && source.name.trim().eq_ignore_ascii_case(figures.name.trim())
        });
        if let Some((id, source)) = same_name {
            proposed.push(Proposed {
                target: Target::LeadsPerWeek(id.clone()),
                label: format!(
                    "{} · {}",
                    source.name,
                    crate::tr_in!(language, "calibrate-leads-per-week")
                ),
                today: source.leads_per_week,
                measured: per_week,
                evidence: Some(evidence(&per_week, measurement)),
            });
        } else {
            let total = unmatched.entry(entry.clone()).or_insert(Estimate {
                value: 0.0,
                low: 0.0,
                high: 0.0,
                count: 0,
            });
            total.value += per_week.value;
            total.low += per_week.low;
            total.high += per_week.high;
            total.count += per_week.count;
        }
    }
    for (entry, total) in unmatched {
        let taken: Vec<&SourceId> = proposed
            .iter()
            .filter_map(|change| match &change.target {
                Target::LeadsPerWeek(id) => Some(id),
                _ => None,
            })
            .collect();
        let sharing: Vec<(&SourceId, &crate::design::Source)> = design
            .sources
            .iter()
            .filter(|(id, source)| source.entry == entry && !taken.contains(id))
            .collect();
        let today: f64 = sharing
            .iter()
            .map(|(_, source)| source.leads_per_week)
            .sum();
        for (id, source) in &sharing {
            let part = if today > 0.0 {
                source.leads_per_week / today
            } else {
                1.0 / sharing.len() as f64
            };
            let measured = Estimate {
                value: total.value * part,
                low: total.low * part,
                high: total.high * part,
                count: total.count,
            };
            proposed.push(Proposed {
                target: Target::LeadsPerWeek((*id).clone()),
                label: format!(
                    "{} · {}",
                    source.name,
                    crate::tr_in!(language, "calibrate-leads-per-week")
                ),
                today: source.leads_per_week,
                measured,
                evidence: Some(evidence(&measured, measurement)),
            });
        }
    }
}

/// Of `per_week` deals entering an unmatched stage, those that reach a matched one.
fn reached(per_week: &Estimate, share: &Estimate) -> Estimate {
    Estimate {
        value: per_week.value * share.value,
        low: per_week.low * share.low,
        high: per_week.high * share.high,
        count: per_week.count,
    }
}

/// What calibrating with `mapping` does with the export stages nothing is matched to, said in
/// `language`: each matched stage that takes in the unmatched ones after it (with its
/// conversion as measured alone and with them), and each source whose deals enter an
/// unmatched stage (with the share that reaches a matched one).
#[must_use]
pub fn fold_notes(
    design: &Design,
    measurement: &Measurement,
    mapping: &[Option<StageId>],
    language: crate::i18n::Language,
) -> Vec<String> {
    use crate::i18n::format::percent_in;
    let mapping = &super::fold::effective_mapping(mapping);
    let names = |indices: &[usize]| {
        indices
            .iter()
            .filter_map(|index| measurement.stages.get(*index))
            .map(|figures| figures.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut notes = Vec::new();
    for (index, stage_id) in mapping.iter().enumerate() {
        let Some(stage_id) = stage_id else {
            continue;
        };
        let folded = super::fold::unmatched_after(measurement, mapping, index);
        let own = measurement.stages[index].conversion.as_ref();
        if let (false, Some(own), Some((conversion, _))) = (
            folded.is_empty(),
            own,
            super::fold::folded_figures(measurement, mapping, index),
        ) {
            notes.push(crate::tr_in!(
                language,
                "calibrate-folded",
                stages = names(&folded),
                stage = design.stage_name(stage_id),
                own = percent_in(language, own.value * 100.0, 0),
                folded = percent_in(language, conversion.value * 100.0, 0)
            ));
        }
    }
    for source in &measurement.sources {
        if let Some((first, share)) =
            super::fold::entry_through_unmatched(measurement, mapping, source.entry)
            && let Some(Some(stage_id)) = mapping.get(first)
        {
            notes.push(crate::tr_in!(
                language,
                "calibrate-entry-folded",
                source = source.name.as_str(),
                entry = names(&[source.entry]),
                share = percent_in(language, share.value * 100.0, 0),
                stage = design.stage_name(stage_id)
            ));
        }
    }
    notes
}

/// Keeps the export's weekly counts of the matched stages in `design`, for setting the plan
/// against what happened.
pub fn keep_actuals(design: &mut Design, measurement: &Measurement, mapping: &[Option<StageId>]) {
    if let Some(actuals) = super::build::actuals(measurement, mapping) {
        design.actuals = Some(actuals);
    }
}

/// Applies `changes` to `design`: each figure becomes its measured value with its evidence.
/// Open deals are counted on `counted_on`, so a design given them starts on that day.
pub fn apply(design: &mut Design, changes: &[Proposed], counted_on: crate::design::calendar::Date) {
    if changes
        .iter()
        .any(|change| matches!(change.target, Target::InStageToday(_)))
    {
        design.simulation.start_date = Some(counted_on);
    }
    for change in changes {
        let value = change.measured.value;
        match &change.target {
            Target::Conversion(id) => {
                if let Some(stage) = design.stages.get_mut(id) {
                    stage.conversion = value;
                    stage.measured.conversion.clone_from(&change.evidence);
                }
            }
            Target::Days(id) => {
                if let Some(stage) = design.stages.get_mut(id) {
                    stage.days_in_stage = value;
                    stage.measured.days_in_stage.clone_from(&change.evidence);
                }
            }
            Target::InStageToday(id) => {
                if let Some(stage) = design.stages.get_mut(id) {
                    stage.in_stage_today = value;
                    stage.waiting_today = stage.waiting_today.min(value);
                }
            }
            Target::LeadsPerWeek(id) => {
                if let Some(source) = design.sources.get_mut(id) {
                    source.leads_per_week = value;
                    source.measured.clone_from(&change.evidence);
                }
            }
            Target::OrderValue(id) => {
                if let Some(stage) = design.stages.get_mut(id)
                    && let StageKind::Customer(customers) = &mut stage.kind
                {
                    customers.order_value = value;
                    stage.measured.order_value.clone_from(&change.evidence);
                }
            }
        }
    }
}
