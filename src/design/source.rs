//! Where leads come from.

use super::evidence::Evidence;
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
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    pub(crate) fn message_id(self) -> &'static str {
        match self {
            Self::Ads => "channel-ads",
            Self::SeoContent => "channel-seo-content",
            Self::Social => "channel-social",
            Self::Events => "channel-events",
            Self::ColdList => "channel-cold-list",
            Self::Partner => "channel-partner",
            Self::Referral => "channel-referral",
            Self::Other => "channel-other",
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
    /// The season: twelve factors, January to December, on the weekly volume of leads in each
    /// month (1.0: a normal month, 0.2: July's fifth), each in 0..=10; empty: flat all year.
    /// Growth compounds on top; the spend is not seasonal.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub season: Vec<f64>,
    /// Stage the leads enter.
    pub entry: StageId,
    /// The evidence of `leads_per_week` when it was measured from a CRM export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measured: Option<Evidence>,
}

/// The months of a season, January first, as shown beside its bars.
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

impl Source {
    /// The factor on this source's volume in `month` (0 = January); 1.0 when flat.
    #[must_use]
    pub fn season_factor(&self, month: usize) -> f64 {
        self.season.get(month).copied().unwrap_or(1.0)
    }

    /// The evidence of the leads per week, while they stand as measured (see
    /// [`Evidence::stands_for`]).
    #[must_use]
    pub fn measured_leads(&self) -> Option<&Evidence> {
        self.measured
            .as_ref()
            .filter(|evidence| evidence.stands_for(self.leads_per_week))
    }

    /// Whether the source has a season that is not flat.
    #[must_use]
    pub fn is_seasonal(&self) -> bool {
        self.season
            .iter()
            .any(|&factor| (factor - 1.0).abs() > 1e-9)
    }
}
