//! The roles and tools a design can attach to stages (docs/domain.md §4), with sensible
//! defaults.

use super::ids::{RoleId, ToolId};
use crate::i18n::Language;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The catalogue's words for one role or tool, in the order of [`Language::ALL`]: its name
/// and its short name for chips.
struct Words {
    name: [Option<String>; 4],
    short: [Option<String>; 4],
}

/// The words of every catalogue role (`"role"`) or tool (`"tool"`), by id, looked up once: the
/// palette, the inspector and every stage's chips show names in each frame.
fn catalogue_words(kind: &'static str) -> &'static std::collections::HashMap<String, Words> {
    type Table = std::collections::HashMap<String, Words>;
    static ROLES: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    static TOOLS: std::sync::OnceLock<Table> = std::sync::OnceLock::new();
    let (table, ids): (&std::sync::OnceLock<Table>, fn() -> Vec<String>) = if kind == "role" {
        (&ROLES, || {
            default_roles().keys().map(ToString::to_string).collect()
        })
    } else {
        (&TOOLS, || {
            default_tools().keys().map(ToString::to_string).collect()
        })
    };
    table.get_or_init(|| {
        ids()
            .into_iter()
            .map(|id| {
                let message = format!("catalogue-{kind}-{id}");
                let in_each = |message: &str| {
                    Language::ALL.map(|language| crate::i18n::try_text_in(language, message))
                };
                let words = Words {
                    name: in_each(&message),
                    short: in_each(&format!("{message}-short")),
                };
                (id, words)
            })
            .collect()
    })
}

/// The catalogue's word in `language` when `stored` is one of `words` (in any language): a
/// name Leadflow gave follows the window's language when it changes (a design made in English
/// shows "Marknadskoordinator" in Swedish), and a name the person typed, or a catalogue name
/// they changed, stays as they wrote it.
fn catalogue_word<'a>(
    stored: &'a str,
    words: &'static [Option<String>; 4],
    language: Language,
) -> Cow<'a, str> {
    let given = words.iter().flatten().any(|word| word == stored);
    let index = Language::ALL.iter().position(|known| *known == language);
    match index.and_then(|index| words[index].as_deref()) {
        Some(word) if given => Cow::Borrowed(word),
        _ => Cow::Borrowed(stored),
    }
}

/// A name and, when it has one, a short name for chips, as `language` shows them.
fn shown<'a>(
    name: &'a str,
    short_name: &'a str,
    (kind, id): (&'static str, &str),
    language: Language,
    chip: bool,
) -> Cow<'a, str> {
    let Some(words) = catalogue_words(kind).get(id) else {
        return Cow::Borrowed(if chip && !short_name.is_empty() {
            short_name
        } else {
            name
        });
    };
    if chip && !short_name.is_empty() {
        catalogue_word(short_name, &words.short, language)
    } else {
        catalogue_word(name, &words.name, language)
    }
}

/// Who works a stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Display name (SDR, Account executive, …).
    pub name: String,
    /// A few letters for the chips on a stage ("AE"); empty: the name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    /// Cost of one full-time person per month, in the design's currency.
    pub monthly_cost: f64,
    /// Leads one person handles per week: the stage's capacity per person.
    pub leads_per_person_per_week: f64,
}

impl Role {
    /// What a stage's chip shows: the short name, or the name when it has none.
    #[must_use]
    pub fn chip_label(&self) -> &str {
        if self.short_name.is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }

    /// The name as `language` shows it (a catalogue role `id` in that language's words).
    #[must_use]
    pub fn name_in(&self, id: &RoleId, language: Language) -> Cow<'_, str> {
        shown(&self.name, "", ("role", id.as_str()), language, false)
    }

    /// The chip's words as `language` shows them.
    #[must_use]
    pub fn chip_label_in(&self, id: &RoleId, language: Language) -> Cow<'_, str> {
        shown(
            &self.name,
            &self.short_name,
            ("role", id.as_str()),
            language,
            true,
        )
    }
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
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::Crm => "tool-category-crm",
            Self::MarketingAutomation => "tool-category-marketing-automation",
            Self::Email => "tool-category-email",
            Self::AdsPlatform => "tool-category-ads-platform",
            Self::Webshop => "tool-category-webshop",
            Self::SocialMedia => "tool-category-social-media",
            Self::Video => "tool-category-video",
            Self::MeetingBooking => "tool-category-meeting-booking",
            Self::EProcurement => "tool-category-e-procurement",
            Self::Other => "tool-category-other",
        }
    }
}

/// What a stage uses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tool {
    /// Display name.
    pub name: String,
    /// A word for the chips on a stage ("Booking"); empty: the name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    /// What kind of tool.
    pub category: ToolCategory,
    /// Licence cost per month, in the design's currency, paid once however many stages use it.
    pub monthly_cost: f64,
}

impl Tool {
    /// What a stage's chip shows: the short name, or the name when it has none.
    #[must_use]
    pub fn chip_label(&self) -> &str {
        if self.short_name.is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }

    /// The name as `language` shows it (a catalogue tool `id` in that language's words).
    #[must_use]
    pub fn name_in(&self, id: &ToolId, language: Language) -> Cow<'_, str> {
        shown(&self.name, "", ("tool", id.as_str()), language, false)
    }

    /// The chip's words as `language` shows them.
    #[must_use]
    pub fn chip_label_in(&self, id: &ToolId, language: Language) -> Cow<'_, str> {
        shown(
            &self.name,
            &self.short_name,
            ("tool", id.as_str()),
            language,
            true,
        )
    }
}

/// Ids of the default catalogue's roles, for the rules and templates that name one.
pub mod role_ids {
    /// Sales development representative.
    pub const SDR: &str = "sdr";
    /// Account executive.
    pub const ACCOUNT_EXECUTIVE: &str = "account-executive";
    /// Marketing coordinator.
    pub const MARKETING_COORDINATOR: &str = "marketing-coordinator";
    /// Business analyst.
    pub const BUSINESS_ANALYST: &str = "business-analyst";
    /// Content creator.
    pub const CONTENT_CREATOR: &str = "content-creator";
    /// SEO/SEM specialist.
    pub const SEO_SEM_SPECIALIST: &str = "seo-sem-specialist";
    /// Customer success.
    pub const CUSTOMER_SUCCESS: &str = "customer-success";
    /// Support.
    pub const SUPPORT: &str = "support";
}

/// Ids of the default catalogue's tools, for the rules and templates that name one.
pub mod tool_ids {
    /// Customer relationship management.
    pub const CRM: &str = "crm";
    /// Marketing automation.
    pub const MARKETING_AUTOMATION: &str = "marketing-automation";
    /// E-mail.
    pub const EMAIL: &str = "email";
    /// Ads platform.
    pub const ADS_PLATFORM: &str = "ads-platform";
    /// Webshop.
    pub const WEBSHOP: &str = "webshop";
    /// Social media.
    pub const SOCIAL_MEDIA: &str = "social-media";
    /// Video.
    pub const VIDEO: &str = "video";
    /// Meeting booking.
    pub const MEETING_BOOKING: &str = "meeting-booking";
    /// E-procurement.
    pub const E_PROCUREMENT: &str = "e-procurement";
}

/// The default role catalogue: the roles of docs/domain.md §4 with plausible Nordic costs in
/// EUR.
#[must_use]
pub fn default_roles() -> BTreeMap<RoleId, Role> {
    let role = |(name, short_name): (&str, &str), monthly_cost, leads_per_person_per_week| Role {
        name: name.to_owned(),
        short_name: short_name.to_owned(),
        monthly_cost,
        leads_per_person_per_week,
    };
    BTreeMap::from([
        (
            RoleId::from(role_ids::SDR),
            role(("SDR", ""), 5_500.0, 60.0),
        ),
        (
            RoleId::from(role_ids::ACCOUNT_EXECUTIVE),
            role(("Account executive", "AE"), 8_000.0, 12.0),
        ),
        (
            RoleId::from(role_ids::MARKETING_COORDINATOR),
            role(("Marketing coordinator", "Mkt coord."), 5_000.0, 400.0),
        ),
        (
            RoleId::from(role_ids::BUSINESS_ANALYST),
            role(("Business analyst", "Analyst"), 6_500.0, 8.0),
        ),
        (
            RoleId::from(role_ids::CONTENT_CREATOR),
            role(("Content creator", "Content"), 4_800.0, 2_000.0),
        ),
        (
            RoleId::from(role_ids::SEO_SEM_SPECIALIST),
            role(("SEO/SEM specialist", "SEO/SEM"), 5_500.0, 10_000.0),
        ),
        (
            RoleId::from(role_ids::CUSTOMER_SUCCESS),
            role(("Customer success", "Success"), 5_500.0, 25.0),
        ),
        (
            RoleId::from(role_ids::SUPPORT),
            role(("Support", ""), 4_200.0, 40.0),
        ),
    ])
}

/// The default tool catalogue (docs/domain.md §4) with typical small-company licence costs in
/// EUR.
#[must_use]
pub fn default_tools() -> BTreeMap<ToolId, Tool> {
    let tool = |(name, short_name): (&str, &str), category, monthly_cost| Tool {
        name: name.to_owned(),
        short_name: short_name.to_owned(),
        category,
        monthly_cost,
    };
    BTreeMap::from([
        (
            ToolId::from(tool_ids::CRM),
            tool(("CRM", ""), ToolCategory::Crm, 300.0),
        ),
        (
            ToolId::from(tool_ids::MARKETING_AUTOMATION),
            tool(
                ("Marketing automation", "Automation"),
                ToolCategory::MarketingAutomation,
                800.0,
            ),
        ),
        (
            ToolId::from(tool_ids::EMAIL),
            tool(("E-mail", ""), ToolCategory::Email, 100.0),
        ),
        (
            ToolId::from(tool_ids::ADS_PLATFORM),
            tool(("Ads platform", ""), ToolCategory::AdsPlatform, 0.0),
        ),
        (
            ToolId::from(tool_ids::WEBSHOP),
            tool(("Webshop", ""), ToolCategory::Webshop, 250.0),
        ),
        (
            ToolId::from(tool_ids::SOCIAL_MEDIA),
            tool(("Social media", ""), ToolCategory::SocialMedia, 120.0),
        ),
        (
            ToolId::from(tool_ids::VIDEO),
            tool(("Video", ""), ToolCategory::Video, 150.0),
        ),
        (
            ToolId::from(tool_ids::MEETING_BOOKING),
            tool(
                ("Meeting booking", "Booking"),
                ToolCategory::MeetingBooking,
                40.0,
            ),
        ),
        (
            ToolId::from(tool_ids::E_PROCUREMENT),
            tool(("E-procurement", ""), ToolCategory::EProcurement, 200.0),
        ),
    ])
}

#[cfg(test)]
mod shown_tests {
    use super::*;

    #[test]
    fn a_catalogue_name_follows_the_language_and_a_typed_one_stays() {
        let roles = default_roles();
        let (id, role) = roles
            .iter()
            .find(|(id, _)| id.as_str() == role_ids::MARKETING_COORDINATOR)
            .expect("the catalogue has a marketing coordinator");
        assert_eq!(role.name_in(id, Language::Swedish), "Marknadskoordinator");
        assert_eq!(role.name_in(id, Language::English), role.name);
        // Made in Swedish, shown in English.
        let swedish = Role {
            name: "Marknadskoordinator".to_owned(),
            ..role.clone()
        };
        assert_eq!(swedish.name_in(id, Language::English), role.name);
        // Renamed by the person: stays as typed in every language.
        let typed = Role {
            name: "Growth lead".to_owned(),
            ..role.clone()
        };
        assert_eq!(typed.name_in(id, Language::Finnish), "Growth lead");
    }
}
