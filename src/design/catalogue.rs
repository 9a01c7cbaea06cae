//! The roles and tools a design can attach to stages (DOMAIN.md §4), with sensible defaults.

use super::ids::{RoleId, ToolId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Who works a stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Display name (SDR, Account executive, …).
    pub name: String,
    /// Cost of one full-time person per month, in the design's currency.
    pub monthly_cost: f64,
    /// Leads one person handles per week: the stage's capacity per person.
    pub leads_per_person_per_week: f64,
}

/// What kind of tool it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ToolCategory {
    /// Customer relationship management: shared account history.
    Crm,
    /// Automated e-mail sequences, lead scoring.
    MarketingAutomation,
    /// Plain e-mail and newsletters.
    Email,
    /// Search and social advertising.
    AdsPlatform,
    /// Online shop or booking page.
    Webshop,
    /// Social media management.
    SocialMedia,
    /// Video production and hosting.
    Video,
    /// Online meeting booking.
    MeetingBooking,
    /// Procurement portals.
    EProcurement,
    /// Anything else.
    Other,
}

impl ToolCategory {
    /// The name shown to users.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Crm => "CRM",
            Self::MarketingAutomation => "Marketing automation",
            Self::Email => "E-mail",
            Self::AdsPlatform => "Ads platform",
            Self::Webshop => "Webshop",
            Self::SocialMedia => "Social media",
            Self::Video => "Video",
            Self::MeetingBooking => "Meeting booking",
            Self::EProcurement => "E-procurement",
            Self::Other => "Other",
        }
    }
}

/// What a stage uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    /// Display name.
    pub name: String,
    /// What kind of tool.
    pub category: ToolCategory,
    /// Licence cost per month, in the design's currency, paid once however many stages use it.
    pub monthly_cost: f64,
}

/// The default role catalogue: the roles of DOMAIN.md §4 with plausible Nordic costs in EUR.
#[must_use]
pub fn default_roles() -> BTreeMap<RoleId, Role> {
    let role = |name: &str, monthly_cost: f64, leads_per_person_per_week: f64| Role {
        name: name.to_owned(),
        monthly_cost,
        leads_per_person_per_week,
    };
    BTreeMap::from([
        (RoleId::from("sdr"), role("SDR", 5_500.0, 60.0)),
        (
            RoleId::from("account-executive"),
            role("Account executive", 8_000.0, 12.0),
        ),
        (
            RoleId::from("marketing-coordinator"),
            role("Marketing coordinator", 5_000.0, 400.0),
        ),
        (
            RoleId::from("business-analyst"),
            role("Business analyst", 6_500.0, 8.0),
        ),
        (
            RoleId::from("content-creator"),
            role("Content creator", 4_800.0, 2_000.0),
        ),
        (
            RoleId::from("seo-sem-specialist"),
            role("SEO/SEM specialist", 5_500.0, 10_000.0),
        ),
        (
            RoleId::from("customer-success"),
            role("Customer success", 5_500.0, 25.0),
        ),
        (RoleId::from("support"), role("Support", 4_200.0, 40.0)),
    ])
}

/// The default tool catalogue (DOMAIN.md §4) with typical small-company licence costs in EUR.
#[must_use]
pub fn default_tools() -> BTreeMap<ToolId, Tool> {
    let tool = |name: &str, category: ToolCategory, monthly_cost: f64| Tool {
        name: name.to_owned(),
        category,
        monthly_cost,
    };
    BTreeMap::from([
        (ToolId::from("crm"), tool("CRM", ToolCategory::Crm, 300.0)),
        (
            ToolId::from("marketing-automation"),
            tool(
                "Marketing automation",
                ToolCategory::MarketingAutomation,
                800.0,
            ),
        ),
        (
            ToolId::from("email"),
            tool("E-mail", ToolCategory::Email, 100.0),
        ),
        (
            ToolId::from("ads-platform"),
            tool("Ads platform", ToolCategory::AdsPlatform, 0.0),
        ),
        (
            ToolId::from("webshop"),
            tool("Webshop", ToolCategory::Webshop, 250.0),
        ),
        (
            ToolId::from("social-media"),
            tool("Social media", ToolCategory::SocialMedia, 120.0),
        ),
        (
            ToolId::from("video"),
            tool("Video", ToolCategory::Video, 150.0),
        ),
        (
            ToolId::from("meeting-booking"),
            tool("Meeting booking", ToolCategory::MeetingBooking, 40.0),
        ),
        (
            ToolId::from("e-procurement"),
            tool("E-procurement", ToolCategory::EProcurement, 200.0),
        ),
    ])
}
