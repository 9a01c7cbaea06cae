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

impl Flow {
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
