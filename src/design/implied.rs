//! The stages a transaction model or sales model implies (docs/domain.md §1, §3), so the
//! editor can offer to add the ones a design lacks. Offered, never forced.

use super::edit::FUNNEL_STEP;
use super::{
    Design, Flow, Point, ProcessStep, SalesModel, StageId, StageKindTag, TransactionModel, edit,
};

/// A stage a model implies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImpliedStage {
    /// The message naming it, as practitioners call it.
    pub message: &'static str,
    /// Its kind.
    pub kind: StageKindTag,
    /// The step it plays, for a funnel step; a design has it when a stage plays that step.
    pub step: Option<ProcessStep>,
}

impl ImpliedStage {
    /// Its name in `language`.
    #[must_use]
    pub fn shown_name(&self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message)
    }
}

fn step(step: ProcessStep) -> ImpliedStage {
    ImpliedStage {
        message: step.message_id(),
        kind: StageKindTag::FunnelStep,
        step: Some(step),
    }
}

/// What choosing a model brings, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Offer {
    /// One sentence a leader reads: what the model needs.
    pub reason: crate::i18n::Message,
    /// The implied stages the design does not have yet, in process order.
    pub missing: Vec<ImpliedStage>,
}

fn sales_model_stages(model: SalesModel) -> (&'static str, Vec<ImpliedStage>) {
    match model {
        SalesModel::Inbound => ("offer-inbound", vec![step(ProcessStep::Qualify)]),
        SalesModel::Outbound => (
            "offer-outbound",
            vec![step(ProcessStep::Prospect), step(ProcessStep::MakeContact)],
        ),
        SalesModel::RelationshipBased => (
            "offer-relationship-based",
            vec![step(ProcessStep::FirstCheckIn), step(ProcessStep::Upsell)],
        ),
        SalesModel::TeamSelling => ("offer-team-selling", vec![step(ProcessStep::Research)]),
        SalesModel::AccountBased => (
            "offer-account-based",
            vec![
                step(ProcessStep::IdentifyTargetAccount),
                step(ProcessStep::BuildStakeholderList),
                step(ProcessStep::CompileInitialStrategy),
            ],
        ),
        SalesModel::HighVolumeLowTouch | SalesModel::Channel => ("", Vec::new()),
    }
}

fn transaction_model_stages(model: TransactionModel) -> (&'static str, Vec<ImpliedStage>) {
    match model {
        TransactionModel::Relationship => (
            "offer-relationship-model",
            vec![ImpliedStage {
                message: "new-stage-nurture-pool",
                kind: StageKindTag::NurturePool,
                step: None,
            }],
        ),
        TransactionModel::DigitalBranding => (
            "offer-digital-branding",
            vec![ImpliedStage {
                message: "new-stage-brand-reach",
                kind: StageKindTag::BrandReach,
                step: None,
            }],
        ),
        TransactionModel::ECommerce => ("offer-e-commerce", vec![step(ProcessStep::LandingPage)]),
        TransactionModel::Other => ("", Vec::new()),
    }
}

/// Whether a stage plays the implied step, or, for a pool or brand reach, is of its kind.
fn has_stage(design: &Design, implied: &ImpliedStage) -> bool {
    design.stages.values().any(|stage| match implied.step {
        Some(step) => stage.step == Some(step),
        None => stage.kind.tag() == implied.kind,
    })
}

fn offer(design: &Design, (reason, stages): (&'static str, Vec<ImpliedStage>)) -> Option<Offer> {
    let missing: Vec<ImpliedStage> = stages
        .into_iter()
        .filter(|implied| !has_stage(design, implied))
        .collect();
    (!missing.is_empty()).then(|| Offer {
        reason: crate::i18n::Message::new(reason),
        missing,
    })
}

/// The stages `model` implies that `design` lacks, if any.
#[must_use]
pub fn offer_for_sales_model(design: &Design, model: SalesModel) -> Option<Offer> {
    offer(design, sales_model_stages(model))
}

/// The stages `model` implies that `design` lacks, if any.
#[must_use]
pub fn offer_for_transaction_model(design: &Design, model: TransactionModel) -> Option<Offer> {
    offer(design, transaction_model_stages(model))
}

/// Adds the offered stages in a column to the right of the design, chaining the funnel steps
/// among them with flows; returns their ids. Wiring them into the existing process is left to
/// the user, who knows where they belong. The stages are named in `language`.
pub fn accept(design: &mut Design, offer: &Offer, language: crate::i18n::Language) -> Vec<StageId> {
    let right = design
        .stages
        .values()
        .map(|stage| stage.position.x)
        .fold(f32::NEG_INFINITY, f32::max);
    let top = design
        .stages
        .values()
        .map(|stage| stage.position.y)
        .fold(f32::INFINITY, f32::min);
    let x = if right.is_finite() {
        right + 300.0
    } else {
        0.0
    };
    let y = if top.is_finite() { top } else { 0.0 };
    let mut added: Vec<StageId> = Vec::new();
    for (index, implied) in offer.missing.iter().enumerate() {
        let stage_id = edit::add_named_stage(
            design,
            implied.kind,
            implied.message,
            Point::new(x, y + index as f32 * FUNNEL_STEP),
            language,
        );
        if let Some(stage) = design.stages.get_mut(&stage_id) {
            stage.step = implied.step;
        }
        if let Some(previous) = added.last()
            && implied.kind == StageKindTag::FunnelStep
            && design
                .stages
                .get(previous)
                .is_some_and(|s| s.kind.tag() == StageKindTag::FunnelStep)
        {
            design
                .flows
                .push(Flow::new(previous.clone(), stage_id.clone()));
        }
        added.push(stage_id);
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::templates::example;

    #[test]
    fn outbound_offers_prospect_and_make_contact_to_an_inbound_design() {
        let mut design = example("inbound");
        let offer = offer_for_sales_model(&design, SalesModel::Outbound).expect("an offer");
        let names: Vec<String> = offer
            .missing
            .iter()
            .map(|stage| stage.shown_name(crate::i18n::current()))
            .collect();
        assert_eq!(names, ["Prospect", "Make contact"]);
        let added = accept(&mut design, &offer, crate::i18n::current());
        assert_eq!(added.len(), 2);
        assert!(
            design
                .flows
                .iter()
                .any(|flow| flow.from == added[0] && flow.to == added[1])
        );
        assert!(offer_for_sales_model(&design, SalesModel::Outbound).is_none());
    }

    #[test]
    fn the_relationship_model_offers_a_nurture_pool_only_when_there_is_none() {
        let design = example("inbound");
        let offer = offer_for_transaction_model(&design, TransactionModel::Relationship);
        assert_eq!(
            offer.map(|o| o.missing[0].kind),
            Some(StageKindTag::NurturePool)
        );
        let silo = example("sales-silo");
        assert!(offer_for_transaction_model(&silo, TransactionModel::Relationship).is_none());
    }

    #[test]
    fn relationship_based_selling_offers_post_sale_stages() {
        let design = example("outbound");
        let offer = offer_for_sales_model(&design, SalesModel::RelationshipBased).expect("offer");
        let names: Vec<String> = offer
            .missing
            .iter()
            .map(|stage| stage.shown_name(crate::i18n::current()))
            .collect();
        assert_eq!(names, ["First check-in", "Upsell"]);
        assert!(
            offer_for_sales_model(
                &example("relationship-based"),
                SalesModel::RelationshipBased
            )
            .is_none()
        );
    }
}
