//! Where leads come from.

use super::ids::StageId;
use serde::{Deserialize, Serialize};

/// The channel a source reaches people through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// Paid search and social ads.
    Ads,
    /// Search engine optimisation and content marketing.
    SeoContent,
    /// Organic social media.
    Social,
    /// Fairs, seminars, webinars.
    Events,
    /// Bought or built lists of people who fit the buyer profile.
    ColdList,
    /// Partners and resellers.
    Partner,
    /// Recommendations from outside the modelled customer base.
    Referral,
    /// Anything else.
    Other,
}

impl Channel {
    /// Every channel, in menu order.
    pub const ALL: [Self; 8] = [
        Self::Ads,
        Self::SeoContent,
        Self::Social,
        Self::Events,
        Self::ColdList,
        Self::Partner,
        Self::Referral,
        Self::Other,
    ];

    /// The name shown to users.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Ads => "Ads",
            Self::SeoContent => "SEO/content",
            Self::Social => "Social",
            Self::Events => "Events",
            Self::ColdList => "Cold list",
            Self::Partner => "Partner",
            Self::Referral => "Referral",
            Self::Other => "Other",
        }
    }
}

/// A stream of new leads into an entry stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Display name.
    pub name: String,
    /// How the leads are reached.
    pub channel: Channel,
    /// New leads per week at week 0, ≥ 0.
    pub leads_per_week: f64,
    /// Spend per week at week 0, in the design's currency, ≥ 0.
    pub cost_per_week: f64,
    /// Monthly growth of volume and spend (0.05 = +5 % a month; negative shrinks), > −1.
    pub growth_per_month: f64,
    /// Stage the leads enter.
    pub entry: StageId,
}
