//! A flow carries converting leads from one stage to the next.

use super::ids::StageId;
use serde::{Deserialize, Serialize};

/// Converters of `from` that move on to `to`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// The stage leads leave.
    pub from: StageId,
    /// The stage leads enter.
    pub to: StageId,
    /// Share of `from`'s converters taking this flow, 0..1; a stage's shares sum to at most 1.
    pub share: f64,
}

/// Which flow: a design has at most one flow from a stage to another, so the two stages name
/// it, and keep naming it across undo, unlike its position in the list.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FlowKey {
    /// The stage leads leave.
    pub from: StageId,
    /// The stage leads enter.
    pub to: StageId,
}

impl Flow {
    /// The flow's key.
    #[must_use]
    pub fn key(&self) -> FlowKey {
        FlowKey {
            from: self.from.clone(),
            to: self.to.clone(),
        }
    }

    /// A flow carrying all converters.
    #[must_use]
    pub fn new(from: impl Into<StageId>, to: impl Into<StageId>) -> Self {
        Self {
            from: from.into(),
            to: to.into(),
            share: 1.0,
        }
    }
}
