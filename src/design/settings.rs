//! Simulation and presentation settings saved with a design.

use super::calendar::{self, Date};
use serde::{Deserialize, Serialize};

/// How the simulation treats chance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SimulationMode {
    /// Deterministic averages with fractional leads; instant.
    Expected,
    /// Whole leads and random draws over many runs, giving median and 10–90 % bands.
    MonteCarlo,
}

/// What and how to simulate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SimulationSettings {
    /// The day the simulation starts from, with what is in each stage today; week 1 is its
    /// first seven days. None (starting designs, files of version 1): the Monday of the
    /// current week, whenever it is opened; the editor fixes it when it opens the design, so
    /// it is saved with the next save. See [`Self::start_date`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<Date>,
    /// Weeks to simulate, within [`HORIZON_WEEKS`](super::limits::HORIZON_WEEKS) (default 52).
    pub horizon_weeks: u32,
    /// Expected values or Monte Carlo.
    pub mode: SimulationMode,
    /// Monte Carlo runs, within [`MONTE_CARLO_RUNS`](super::limits::MONTE_CARLO_RUNS) (default 200).
    pub runs: u32,
    /// Seed of the Monte Carlo random numbers: the same seed gives the same figures anywhere.
    pub seed: u64,
}

impl SimulationSettings {
    /// The day week 1 starts: the design's start date, or this week's Monday when it has none.
    #[must_use]
    pub fn start_date(&self) -> Date {
        self.start_date.unwrap_or_else(calendar::this_monday)
    }
}

impl Default for SimulationSettings {
    fn default() -> Self {
        Self {
            start_date: Some(calendar::this_monday()),
            horizon_weeks: 52,
            mode: SimulationMode::Expected,
            runs: 200,
            seed: 1,
        }
    }
}

/// How the design is titled when shown or exported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Presentation {
    /// Slide title.
    pub title: String,
    /// Slide subtitle.
    pub subtitle: String,
    /// ISO 4217 code (EUR, SEK, DKK, USD) of every monetary value in the design.
    pub currency: String,
    /// How wide funnel steps are drawn.
    #[serde(default, skip_serializing_if = "FunnelWidths::is_default")]
    pub funnel_widths: FunnelWidths,
}

/// How wide funnel steps are drawn.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum FunnelWidths {
    /// Narrowing with the leads each step carries: the inverted triangle a leader knows.
    #[default]
    FollowLeads,
    /// All the same width.
    Equal,
}

impl FunnelWidths {
    /// Both, in the order offered.
    pub const ALL: [Self; 2] = [Self::FollowLeads, Self::Equal];

    #[expect(
        clippy::trivially_copy_pass_by_ref,
        reason = "serde's skip_serializing_if passes a reference"
    )]
    fn is_default(&self) -> bool {
        *self == Self::default()
    }

    /// What the user reads.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(
            language,
            match self {
                Self::FollowLeads => "funnel-widths-follow-leads",
                Self::Equal => "funnel-widths-equal",
            },
        )
    }
}

impl Default for Presentation {
    fn default() -> Self {
        Self {
            title: String::new(),
            subtitle: String::new(),
            currency: "EUR".to_owned(),
            funnel_widths: FunnelWidths::default(),
        }
    }
}
