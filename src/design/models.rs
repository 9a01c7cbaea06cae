//! Transaction models, sales models, the four questions behind a sales model, and the shape of
//! the process (docs/domain.md §1–§3).

use serde::{Deserialize, Serialize};

/// How a customer buys (docs/domain.md §1). A design may combine several.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TransactionModel {
    /// Reach without capture: content, ads, campaigns with no way to continue the dialogue.
    DigitalBranding,
    /// A landing page where a purchase, order or contact request happens.
    ECommerce,
    /// Capture low-intent leads and nurture them over time until they are ready.
    Relationship,
    /// Buyer-centric (procurement systems) or market-centric (marketplaces): recorded only.
    Other,
}

impl TransactionModel {
    /// Every model, in menu order.
    pub const ALL: [Self; 4] = [
        Self::DigitalBranding,
        Self::ECommerce,
        Self::Relationship,
        Self::Other,
    ];

    /// The name a leader knows it by.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::DigitalBranding => "transaction-model-digital-branding",
            Self::ECommerce => "transaction-model-e-commerce",
            Self::Relationship => "transaction-model-relationship",
            Self::Other => "transaction-model-other",
        }
    }
}

/// The sales model (docs/domain.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum SalesModel {
    /// Leads come to us (ads, SEO, content); the first stage is Qualify.
    Inbound,
    /// Reps make the first touch from lists; the first stages are Prospect and Make contact.
    Outbound,
    /// Chosen target accounts, every stakeholder reached, personalised.
    AccountBased,
    /// Most revenue from existing customers; the process continues after Close.
    RelationshipBased,
    /// Several people per sale: SDR hands over to an account executive.
    TeamSelling,
    /// B2C retail: many small sales with little personal contact.
    HighVolumeLowTouch,
    /// Partners sell; no own sales team.
    Channel,
}

impl SalesModel {
    /// Every model, in menu order.
    pub const ALL: [Self; 7] = [
        Self::Inbound,
        Self::Outbound,
        Self::AccountBased,
        Self::RelationshipBased,
        Self::TeamSelling,
        Self::HighVolumeLowTouch,
        Self::Channel,
    ];

    /// The name a leader knows it by.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::Inbound => "sales-model-inbound",
            Self::Outbound => "sales-model-outbound",
            Self::AccountBased => "sales-model-account-based",
            Self::RelationshipBased => "sales-model-relationship-based",
            Self::TeamSelling => "sales-model-team-selling",
            Self::HighVolumeLowTouch => "sales-model-high-volume-low-touch",
            Self::Channel => "sales-model-channel",
        }
    }
}

/// Question 1: where most leads come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LeadOrigin {
    /// Ads, SEO, content: visitors fill in forms.
    Inbound,
    /// Cold calls, cold e-mail, social selling, networking.
    Outbound,
    /// Both in similar measure.
    Mixed,
}

/// Question 4: one contact or many at a target account.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountContacts {
    /// One person decides.
    One,
    /// Several stakeholders influence the decision.
    Many,
}

/// The answers to the four questions that define a sales model (docs/domain.md §3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SalesAnswers {
    /// Where most leads come from.
    pub lead_origin: LeadOrigin,
    /// Share of revenue from existing customers, 0..1.
    pub revenue_from_existing_customers: f64,
    /// People on our side taking part in each sale (1 = a single rep).
    pub people_per_sale: u32,
    /// One contact or many at a target account.
    pub contacts_per_account: AccountContacts,
}

impl Default for SalesAnswers {
    fn default() -> Self {
        Self {
            lead_origin: LeadOrigin::Inbound,
            revenue_from_existing_customers: 0.2,
            people_per_sale: 1,
            contacts_per_account: AccountContacts::One,
        }
    }
}

/// The overall shape of the process (docs/domain.md §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProcessShape {
    /// Linear, each step narrowing the audience.
    Funnel,
    /// Circular: delighted customers feed new leads back in.
    Flywheel,
    /// A funnel whose drop-outs are kept warm in a nurture pool.
    Silo,
}

impl ProcessShape {
    /// The name a leader knows it by.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::Funnel => "shape-funnel",
            Self::Flywheel => "shape-flywheel",
            Self::Silo => "shape-silo",
        }
    }
}
