//! From the four questions (docs/domain.md §3), the order value, the buying cycle and the
//! transaction models to a recommended sales model, a sentence on why, and a starting design
//! with the stages, roles and tools that model implies.

use crate::design::{
    AccountContacts, BrandReach, Channel, Customers, Design, LeadOrigin, Point, ProcessShape,
    ProcessStep, RoleId, SalesAnswers, SalesModel, StageId, StageKind, StageKindTag, ToolId,
    TransactionModel, edit, role_ids, tool_ids,
};
use crate::i18n::Value;
use serde::{Deserialize, Serialize};

/// Everything the wizard asks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WizardAnswers {
    /// The company or process name, for the design's title.
    pub name: String,
    /// The four questions.
    pub sales: SalesAnswers,
    /// A typical first order, in `currency`.
    pub order_value: f64,
    /// Weeks from first contact to a signed order.
    pub buying_cycle_weeks: f64,
    /// How customers buy; empty to let the wizard recommend.
    pub transaction_models: Vec<TransactionModel>,
    /// ISO 4217 code.
    pub currency: String,
    /// Active customers today, who buy again, refer and churn from the first week.
    pub customers_today: f64,
}

impl WizardAnswers {
    /// The answers the questions start from, the design's name in `language`.
    #[must_use]
    pub fn new(language: crate::i18n::Language) -> Self {
        Self {
            name: crate::tr_in!(language, "wizard-default-name"),
            ..Self::default()
        }
    }
}

impl Default for WizardAnswers {
    /// No name: [`recommend`] names a nameless design in its language.
    fn default() -> Self {
        Self {
            name: String::new(),
            sales: SalesAnswers::default(),
            order_value: 5000.0,
            buying_cycle_weeks: 6.0,
            transaction_models: Vec::new(),
            currency: "EUR".to_owned(),
            customers_today: 0.0,
        }
    }
}

/// The wizard's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    /// The sales model that fits.
    pub sales_model: SalesModel,
    /// The transaction models to use.
    pub transaction_models: Vec<TransactionModel>,
    /// Why, in a sentence or two a leader reads.
    pub why: String,
    /// A starting design built for them.
    pub design: Design,
}

/// The sales model the four answers point to, and the message saying why. The questions are weighed in the order
/// that most changes the process: many stakeholders, then many people per sale, then revenue
/// from existing customers, then where leads come from.
#[must_use]
pub fn sales_model_for(answers: &SalesAnswers) -> (SalesModel, &'static str) {
    if answers.contacts_per_account == AccountContacts::Many {
        (SalesModel::AccountBased, "wizard-why-account-based")
    } else if answers.people_per_sale >= 3 {
        (SalesModel::TeamSelling, "wizard-why-team-selling")
    } else if answers.revenue_from_existing_customers >= 0.5 {
        (
            SalesModel::RelationshipBased,
            "wizard-why-relationship-based",
        )
    } else if answers.lead_origin == LeadOrigin::Inbound {
        (SalesModel::Inbound, "wizard-why-inbound")
    } else {
        (SalesModel::Outbound, "wizard-why-outbound")
    }
}

/// The transaction models to use: the ones chosen, or by order value (large, considered
/// purchases need a relationship; small ones sell online).
#[must_use]
pub fn transaction_models_for(answers: &WizardAnswers) -> Vec<TransactionModel> {
    if !answers.transaction_models.is_empty() {
        return answers.transaction_models.clone();
    }
    if answers.order_value >= 2000.0 || answers.buying_cycle_weeks >= 4.0 {
        vec![TransactionModel::Relationship]
    } else {
        vec![TransactionModel::ECommerce]
    }
}

/// A working stage the wizard adds: the step it plays (which names it), conversion, days in
/// stage, roles and tools.
struct StagePlan {
    step: ProcessStep,
    conversion: f64,
    days: f64,
    roles: &'static [&'static str],
    tools: &'static [&'static str],
}

const fn step(
    step: ProcessStep,
    conversion: f64,
    days: f64,
    roles: &'static [&'static str],
    tools: &'static [&'static str],
) -> StagePlan {
    StagePlan {
        step,
        conversion,
        days,
        roles,
        tools,
    }
}

/// The working stages of a sales model, in process order, before Present and Close.
fn opening_steps(model: SalesModel, origin: LeadOrigin) -> Vec<StagePlan> {
    let prospecting = [
        step(
            ProcessStep::Prospect,
            0.3,
            3.0,
            &[role_ids::SDR],
            &[tool_ids::CRM],
        ),
        step(
            ProcessStep::MakeContact,
            0.25,
            5.0,
            &[role_ids::SDR],
            &[tool_ids::CRM, tool_ids::EMAIL],
        ),
    ];
    let qualify = step(
        ProcessStep::Qualify,
        0.4,
        5.0,
        &[role_ids::SDR],
        &[tool_ids::CRM, tool_ids::MEETING_BOOKING],
    );
    match model {
        SalesModel::AccountBased => vec![
            step(
                ProcessStep::IdentifyTargetAccount,
                0.6,
                7.0,
                &[role_ids::BUSINESS_ANALYST],
                &[tool_ids::CRM],
            ),
            step(
                ProcessStep::BuildStakeholderList,
                0.8,
                7.0,
                &[role_ids::SDR],
                &[tool_ids::CRM],
            ),
            step(
                ProcessStep::CompileInitialStrategy,
                0.8,
                5.0,
                &[role_ids::ACCOUNT_EXECUTIVE],
                &[tool_ids::CRM],
            ),
            step(
                ProcessStep::MakeContact,
                0.4,
                7.0,
                &[role_ids::ACCOUNT_EXECUTIVE],
                &[tool_ids::CRM, tool_ids::EMAIL],
            ),
        ],
        SalesModel::TeamSelling => {
            let mut steps = Vec::new();
            if origin != LeadOrigin::Inbound {
                steps.extend(prospecting);
            }
            steps.push(qualify);
            steps.push(step(
                ProcessStep::Research,
                0.8,
                5.0,
                &[role_ids::BUSINESS_ANALYST, role_ids::MARKETING_COORDINATOR],
                &[tool_ids::CRM],
            ));
            steps
        }
        SalesModel::Outbound | SalesModel::RelationshipBased if origin != LeadOrigin::Inbound => {
            let mut steps = Vec::from(prospecting);
            steps.push(qualify);
            steps
        }
        _ => vec![qualify],
    }
}

/// Builds the recommended design for `answers`, named and explained in `language`.
#[must_use]
pub fn recommend(answers: &WizardAnswers, language: crate::i18n::Language) -> Recommendation {
    let (sales_model, why) = sales_model_for(&answers.sales);
    let transaction_models = transaction_models_for(answers);
    let name = if answers.name.trim().is_empty() {
        crate::tr_in!(language, "wizard-default-name")
    } else {
        answers.name.clone()
    };
    let mut design = Design {
        name,
        sales_model,
        sales_answers: answers.sales.clone(),
        transaction_models: transaction_models.clone(),
        ..Design::default()
    };
    design.presentation.currency.clone_from(&answers.currency);
    crate::templates::in_language(&mut design, None, language);
    let cycle_days = (answers.buying_cycle_weeks * 7.0).clamp(2.0, 365.0);
    let mut steps = opening_steps(sales_model, answers.sales.lead_origin);
    steps.push(step(
        ProcessStep::Present,
        0.5,
        cycle_days / 3.0,
        &[role_ids::ACCOUNT_EXECUTIVE],
        &[tool_ids::CRM],
    ));
    steps.push(step(
        ProcessStep::Close,
        0.4,
        cycle_days / 3.0,
        &[role_ids::ACCOUNT_EXECUTIVE],
        &[tool_ids::CRM],
    ));
    if sales_model == SalesModel::RelationshipBased {
        steps.push(step(
            ProcessStep::FirstCheckIn,
            0.95,
            14.0,
            &[role_ids::CUSTOMER_SUCCESS],
            &[tool_ids::CRM],
        ));
        steps.push(step(
            ProcessStep::Upsell,
            0.9,
            30.0,
            &[role_ids::ACCOUNT_EXECUTIVE],
            &[tool_ids::CRM],
        ));
    }
    let ecommerce = transaction_models.contains(&TransactionModel::ECommerce);
    if ecommerce {
        steps.insert(
            0,
            step(
                ProcessStep::LandingPage,
                0.08,
                1.0,
                &[],
                &[tool_ids::WEBSHOP],
            ),
        );
    }
    let chain = add_chain(&mut design, &steps, language);
    let (Some(first), Some(last)) = (chain.first().cloned(), chain.last().cloned()) else {
        return Recommendation {
            sales_model,
            transaction_models,
            why: crate::i18n::text_in(language, why),
            design,
        };
    };
    add_customers(&mut design, answers, &first, &last, language);
    add_sources(
        &mut design,
        answers.sales.lead_origin,
        sales_model,
        &chain,
        ecommerce,
        language,
    );
    if transaction_models.contains(&TransactionModel::Relationship) {
        add_nurture_pool(&mut design, &chain, ecommerce, language);
    }
    if transaction_models.contains(&TransactionModel::DigitalBranding) {
        add_brand_reach(&mut design, &first, language);
    }
    staff_to_inflow(&mut design);
    edit::arrange_funnel(&mut design);
    let mut why = crate::i18n::text_in(language, why);
    why.push(' ');
    why.push_str(&transaction_sentence(&transaction_models, language));
    if let Some(sentence) = economics_sentence(&design, answers.order_value, language) {
        why.push(' ');
        why.push_str(&sentence);
    }
    Recommendation {
        sales_model,
        transaction_models,
        why,
        design,
    }
}

/// The order value from which `design` pays for itself over its horizon (expected values),
/// when at `order_value` its costs are larger than its revenue. Revenue grows with the order
/// value and costs do not, so that value is the costs over the orders.
fn break_even_order_value(design: &Design, order_value: f64) -> Option<(f64, f64, f64)> {
    if !(order_value.is_finite() && order_value > 0.0) {
        return None;
    }
    let summary = crate::sim::simulate_expected(design).summary;
    let orders = summary.revenue / order_value;
    (summary.cost > summary.revenue && orders > 0.0)
        .then(|| (summary.revenue, summary.cost, summary.cost / orders))
}

/// Says so when the starting design costs more than it earns at the order value answered:
/// staffed to keep up with its own leads, an account-based design at a small order value
/// does, and a leader should hear it before presenting it.
fn economics_sentence(
    design: &Design,
    order_value: f64,
    language: crate::i18n::Language,
) -> Option<String> {
    let (revenue, cost, break_even) = break_even_order_value(design, order_value)?;
    let currency = design.presentation.currency.clone();
    Some(crate::tr_in!(
        language,
        "wizard-does-not-pay",
        order = Value::Money(order_value, currency.clone()),
        revenue = Value::Money(revenue, currency.clone()),
        cost = Value::Money(cost, currency.clone()),
        break_even = Value::Money(break_even, currency)
    ))
}

fn transaction_sentence(models: &[TransactionModel], language: crate::i18n::Language) -> String {
    let labels: Vec<String> = models.iter().map(|model| model.label(language)).collect();
    let mut sentence = crate::tr_in!(language, "wizard-transactions", models = labels.join(", "));
    if models.contains(&TransactionModel::Relationship) {
        sentence.push(' ');
        sentence.push_str(&crate::tr_in!(language, "wizard-why-nurture-pool"));
    }
    if models.contains(&TransactionModel::DigitalBranding) {
        sentence.push(' ');
        sentence.push_str(&crate::tr_in!(language, "wizard-why-brand-reach"));
    }
    sentence
}

/// Adds the working stages in a chain with flows; returns their ids in order.
fn add_chain(
    design: &mut Design,
    steps: &[StagePlan],
    language: crate::i18n::Language,
) -> Vec<StageId> {
    let mut chain: Vec<StageId> = Vec::new();
    for (index, step) in steps.iter().enumerate() {
        let stage_id = edit::add_named_stage(
            design,
            StageKindTag::FunnelStep,
            step.step.message_id(),
            Point::new(0.0, index as f32 * edit::FUNNEL_STEP),
            language,
        );
        if let Some(stage) = design.stages.get_mut(&stage_id) {
            stage.step = Some(step.step);
            stage.conversion = step.conversion;
            stage.days_in_stage = step.days.round().max(1.0);
            stage.roles.clear();
            stage.tools.clear();
        }
        for role in step.roles {
            edit::attach_role(design, &stage_id, &RoleId::from(*role));
        }
        for tool in step.tools {
            edit::attach_tool(design, &stage_id, &ToolId::from(*tool));
        }
        if let Some(previous) = chain.last() {
            edit::connect(design, previous, &stage_id);
        }
        chain.push(stage_id);
    }
    chain
}

/// The customer stage after `last`, referring new leads to `first`. Repeat purchases follow
/// the share of revenue from existing customers: a share s needs s / (1 − s) repeat orders a
/// year per first order.
fn add_customers(
    design: &mut Design,
    answers: &WizardAnswers,
    first: &StageId,
    last: &StageId,
    language: crate::i18n::Language,
) {
    let share = answers
        .sales
        .revenue_from_existing_customers
        .clamp(0.0, 0.9);
    let stage_id = edit::add_named_stage(
        design,
        StageKindTag::Customer,
        "new-stage-customer",
        Point::new(0.0, 0.0),
        language,
    );
    if let Some(stage) = design.stages.get_mut(&stage_id) {
        stage.kind = StageKind::Customer(Customers {
            order_value: answers.order_value.max(0.0),
            repeat_purchases_per_year: share / (1.0 - share),
            referrals_per_customer_per_year: 0.2,
            referrals_to: Some(first.clone()),
            churn_per_year: 0.15,
        });
        stage.in_stage_today = answers.customers_today.max(0.0);
        stage.roles.clear();
        stage.tools.clear();
    }
    edit::attach_role(design, &stage_id, &RoleId::from(role_ids::CUSTOMER_SUCCESS));
    edit::connect(design, last, &stage_id);
}

/// Headroom a starting design's people have over the leads they take in.
const STAFFING_HEADROOM: f64 = 1.1;

/// Staffs each working stage for the most leads it takes in during a week of the horizon
/// (sources, converters, warmed-up and referred leads alike), a tenth to spare, in half
/// people: a starting design whose people cannot keep up with its own inflow opens on a queue
/// (and a bottleneck) nobody asked for. Staffing one stage lets more through to the next, so
/// the design is simulated again until every stage keeps up (a few rounds).
fn staff_to_inflow(design: &mut Design) {
    use crate::sim::{StageMetric, Statistic};
    for _ in 0..STAFFING_ROUNDS {
        let result = crate::sim::simulate_expected(design);
        let roles = &design.roles;
        let mut changed = false;
        for (stage_id, stage) in &mut design.stages {
            if !matches!(
                stage.kind,
                StageKind::FunnelStep | StageKind::FlywheelSegment
            ) {
                continue;
            }
            let Some(index) = result.stage_index(stage_id) else {
                continue;
            };
            let most = result
                .stage_series(index, StageMetric::Entered, Statistic::Mean)
                .into_iter()
                .fold(0.0_f64, f64::max);
            // Each role on the stage gets the same headcount; together they take in the leads.
            let per_person: f64 = stage
                .roles
                .iter()
                .filter_map(|staffing| roles.get(&staffing.role))
                .map(|role| role.leads_per_person_per_week)
                .sum();
            if per_person <= 0.0 {
                continue;
            }
            let people = (most * STAFFING_HEADROOM / per_person * 2.0)
                .ceil()
                .max(1.0)
                / 2.0;
            for staffing in &mut stage.roles {
                if (staffing.headcount - people).abs() > f64::EPSILON {
                    staffing.headcount = people;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
}

/// Rounds of staffing and simulating: enough for the longest starting chain to settle.
const STAFFING_ROUNDS: usize = 6;

fn add_sources(
    design: &mut Design,
    origin: LeadOrigin,
    model: SalesModel,
    chain: &[StageId],
    ecommerce: bool,
    language: crate::i18n::Language,
) {
    let stage_playing = |design: &Design, step: ProcessStep| {
        chain
            .iter()
            .find(|stage_id| {
                design
                    .stages
                    .get(*stage_id)
                    .is_some_and(|stage| stage.step == Some(step))
            })
            .cloned()
    };
    let Some(first) = chain.first() else {
        return;
    };
    let inbound_entry = if ecommerce {
        first.clone()
    } else {
        stage_playing(design, ProcessStep::Qualify).unwrap_or_else(|| first.clone())
    };
    let outbound_entry = stage_playing(design, ProcessStep::Prospect)
        .or_else(|| stage_playing(design, ProcessStep::IdentifyTargetAccount))
        .unwrap_or_else(|| first.clone());
    if model == SalesModel::AccountBased {
        let source = edit::add_source(design, Channel::ColdList, &outbound_entry, language);
        if let Some(source) = design.sources.get_mut(&source) {
            source.name = crate::tr_in!(language, "wizard-target-account-list");
            source.leads_per_week = 10.0;
        }
        return;
    }
    if origin != LeadOrigin::Outbound {
        edit::add_source(design, Channel::SeoContent, &inbound_entry, language);
        edit::add_source(design, Channel::Ads, &inbound_entry, language);
    }
    if origin != LeadOrigin::Inbound {
        edit::add_source(design, Channel::ColdList, &outbound_entry, language);
    }
}

/// A nurture pool taking every working stage's drop-outs (not the landing page's: those
/// visitors never left a name) and warming them back to the first qualifying stage.
fn add_nurture_pool(
    design: &mut Design,
    chain: &[StageId],
    ecommerce: bool,
    language: crate::i18n::Language,
) {
    let working = if ecommerce {
        chain.get(1..)
    } else {
        Some(chain)
    };
    let Some(working) = working.filter(|stages| !stages.is_empty()) else {
        return;
    };
    let warm_to = working
        .iter()
        .find(|stage_id| {
            design
                .stages
                .get(*stage_id)
                .is_some_and(|stage| stage.step == Some(ProcessStep::Qualify))
        })
        .unwrap_or(&working[0])
        .clone();
    edit::add_nurture_pool(design, working, warm_to, Point::new(380.0, 0.0), language);
    design.shape = ProcessShape::Silo;
}

fn add_brand_reach(design: &mut Design, first: &StageId, language: crate::i18n::Language) {
    let reach = edit::add_named_stage(
        design,
        StageKindTag::BrandReach,
        "new-stage-brand-reach",
        Point::new(0.0, -170.0),
        language,
    );
    if let Some(stage) = design.stages.get_mut(&reach) {
        stage.kind = StageKind::BrandReach(BrandReach {
            organic_share: 0.02,
            delay_days: 30.0,
            organic_to: first.clone(),
        });
    }
    edit::add_source(design, Channel::Social, &reach, language);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::validate::{has_errors, validate};

    fn answers(sales: SalesAnswers) -> WizardAnswers {
        WizardAnswers {
            sales,
            ..WizardAnswers::default()
        }
    }

    fn names(design: &Design) -> Vec<String> {
        edit::flow_order(design)
            .iter()
            .map(|stage_id| design.stage_name(stage_id).to_owned())
            .collect()
    }

    #[test]
    fn the_stages_made_get_readable_ids_from_their_names() {
        let design = recommend(
            &answers(SalesAnswers {
                lead_origin: LeadOrigin::Outbound,
                ..SalesAnswers::default()
            }),
            crate::i18n::current(),
        )
        .design;
        let ids: Vec<&str> = design.stages.keys().map(StageId::as_str).collect();
        for expected in [
            "prospect",
            "make-contact",
            "qualify",
            "present",
            "close",
            "customers",
        ] {
            assert!(ids.contains(&expected), "{ids:?}");
        }
        assert!(ids.iter().all(|id| !id.starts_with("new-")), "{ids:?}");
    }

    #[test]
    fn each_answer_leads_to_its_model_and_its_stages() {
        let cases = [
            (
                SalesAnswers::default(),
                SalesModel::Inbound,
                vec!["Qualify"],
            ),
            (
                SalesAnswers {
                    lead_origin: LeadOrigin::Outbound,
                    ..SalesAnswers::default()
                },
                SalesModel::Outbound,
                vec!["Prospect", "Make contact", "Qualify"],
            ),
            (
                SalesAnswers {
                    revenue_from_existing_customers: 0.8,
                    ..SalesAnswers::default()
                },
                SalesModel::RelationshipBased,
                vec!["First check-in", "Upsell"],
            ),
            (
                SalesAnswers {
                    people_per_sale: 4,
                    ..SalesAnswers::default()
                },
                SalesModel::TeamSelling,
                vec!["Qualify", "Research"],
            ),
            (
                SalesAnswers {
                    contacts_per_account: AccountContacts::Many,
                    ..SalesAnswers::default()
                },
                SalesModel::AccountBased,
                vec![
                    "Identify target account",
                    "Build stakeholder list",
                    "Compile initial strategy",
                ],
            ),
        ];
        for (sales, model, expected) in cases {
            let recommendation = recommend(&answers(sales), crate::i18n::current());
            assert_eq!(recommendation.sales_model, model);
            let order = names(&recommendation.design);
            for name in expected {
                assert!(order.iter().any(|n| n == name), "{model:?}: {order:?}");
            }
            let design = &recommendation.design;
            assert!(
                !has_errors(&validate(design)),
                "{model:?}: {:?}",
                validate(design)
            );
            // It works: leads flow through to customers.
            let result = crate::sim::simulate(design);
            assert!(result.summary.customers_at_horizon > 1.0, "{model:?}");
        }
    }

    #[test]
    fn the_customers_a_company_has_today_are_in_its_starting_design() {
        let recommendation = recommend(
            &WizardAnswers {
                customers_today: 120.0,
                ..answers(SalesAnswers {
                    revenue_from_existing_customers: 0.55,
                    ..SalesAnswers::default()
                })
            },
            crate::i18n::current(),
        );
        let customers = recommendation
            .design
            .stages
            .values()
            .find(|stage| matches!(stage.kind, StageKind::Customer(_)))
            .expect("a customer stage");
        assert!((customers.in_stage_today - 120.0).abs() < 1e-9);
        let result = crate::sim::simulate(&recommendation.design);
        assert!(
            result.summary.revenue_existing_customers > 0.0,
            "they buy again from the first week"
        );
    }

    #[test]
    fn a_starting_design_that_costs_more_than_it_earns_says_from_what_order_value_it_pays() {
        let account_based = |order_value: f64| WizardAnswers {
            order_value,
            ..answers(SalesAnswers {
                contacts_per_account: AccountContacts::Many,
                ..SalesAnswers::default()
            })
        };
        let small = recommend(&account_based(5_000.0), crate::i18n::Language::English);
        assert_eq!(small.sales_model, SalesModel::AccountBased);
        let (revenue, cost, break_even) =
            break_even_order_value(&small.design, 5_000.0).expect("at 5,000 EUR it does not pay");
        assert!(cost > revenue);
        assert!(
            small.why.contains("it pays for itself from about"),
            "the recommendation says so: {}",
            small.why
        );
        // At the order value it names, revenue meets the costs.
        let at_break_even = recommend(&account_based(break_even), crate::i18n::Language::English);
        let summary = crate::sim::simulate(&at_break_even.design).summary;
        assert!(
            (summary.revenue - summary.cost).abs() < 0.01 * summary.cost,
            "at {break_even:.0} per order: revenue {:.0}, cost {:.0}",
            summary.revenue,
            summary.cost
        );
        let above = recommend(
            &account_based(break_even * 1.02),
            crate::i18n::Language::English,
        );
        assert!(!above.why.contains("it pays for itself from about"));
        // A design that pays says nothing of it.
        let inbound = recommend(
            &answers(SalesAnswers::default()),
            crate::i18n::Language::English,
        );
        assert!(!inbound.why.contains("it pays for itself from about"));
    }

    #[test]
    fn every_starting_design_keeps_up_with_its_own_inflow() {
        use crate::sim::{StageMetric, Statistic};
        for sales in [
            SalesAnswers::default(),
            SalesAnswers {
                lead_origin: LeadOrigin::Outbound,
                ..SalesAnswers::default()
            },
            SalesAnswers {
                contacts_per_account: AccountContacts::Many,
                ..SalesAnswers::default()
            },
            SalesAnswers {
                people_per_sale: 4,
                ..SalesAnswers::default()
            },
            SalesAnswers {
                revenue_from_existing_customers: 0.8,
                ..SalesAnswers::default()
            },
        ] {
            let recommendation = recommend(&answers(sales), crate::i18n::current());
            let design = &recommendation.design;
            let result = crate::sim::simulate(design);
            let last = result.weeks - 1;
            for stage_id in design.stages.keys() {
                let Some(index) = result.stage_index(stage_id) else {
                    continue;
                };
                let waiting =
                    result.stage_value(last, index, StageMetric::Backlog, Statistic::Mean);
                assert!(
                    waiting < 1.0,
                    "{:?}: {} leads wait at {stage_id:?}",
                    recommendation.sales_model,
                    waiting
                );
            }
        }
    }

    #[test]
    fn inbound_starts_at_qualify_and_team_selling_hands_over_to_an_account_executive() {
        let inbound = recommend(&answers(SalesAnswers::default()), crate::i18n::current()).design;
        assert_eq!(names(&inbound).first().map(String::as_str), Some("Qualify"));
        let team = recommend(
            &answers(SalesAnswers {
                people_per_sale: 3,
                ..SalesAnswers::default()
            }),
            crate::i18n::current(),
        )
        .design;
        let role_at = |name: &str| {
            team.stages
                .values()
                .find(|stage| stage.name == name)
                .and_then(|stage| stage.roles.first())
                .map(|staffing| staffing.role.to_string())
        };
        assert_eq!(role_at("Qualify").as_deref(), Some(role_ids::SDR));
        assert_eq!(
            role_at("Present").as_deref(),
            Some(role_ids::ACCOUNT_EXECUTIVE)
        );
    }

    #[test]
    fn a_relationship_model_gets_a_nurture_pool_and_large_orders_recommend_it() {
        let recommendation = recommend(
            &WizardAnswers {
                order_value: 20_000.0,
                ..WizardAnswers::default()
            },
            crate::i18n::current(),
        );
        assert_eq!(
            recommendation.transaction_models,
            [TransactionModel::Relationship]
        );
        assert!(
            recommendation
                .design
                .stages
                .values()
                .any(|stage| matches!(stage.kind, StageKind::NurturePool(_)))
        );
        assert!(recommendation.why.contains("nurture pool"));
        let small = recommend(
            &WizardAnswers {
                order_value: 60.0,
                buying_cycle_weeks: 0.5,
                ..WizardAnswers::default()
            },
            crate::i18n::current(),
        );
        assert_eq!(small.transaction_models, [TransactionModel::ECommerce]);
        assert_eq!(
            names(&small.design).first().map(String::as_str),
            Some("Landing page")
        );
    }
}
