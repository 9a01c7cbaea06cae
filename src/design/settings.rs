//! Simulation and presentation settings saved with a design.

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
    /// Weeks to simulate, 1..=520 (default 52).
    pub horizon_weeks: u32,
    /// Expected values or Monte Carlo.
    pub mode: SimulationMode,
    /// Monte Carlo runs, 1..=100 000 (default 200).
    pub runs: u32,
    /// Seed of the Monte Carlo random numbers: the same seed gives the same figures anywhere.
    pub seed: u64,
}

impl Default for SimulationSettings {
    fn default() -> Self {
        Self {
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
}

impl Default for Presentation {
    fn default() -> Self {
        Self {
            title: String::new(),
            subtitle: String::new(),
            currency: "EUR".to_owned(),
        }
    }
}
