//! What happened, week by week, as the CRM recorded it: the deals that entered each stage and
//! the deals won, from an import. Kept in the design so the plan can be set against it (the
//! plot's "Plan against actual" and `leadflow backtest`). Counts only, nothing personal.

use super::calendar::Date;
use super::ids::StageId;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most weeks of actuals a design keeps (twenty years).
pub const MAX_ACTUAL_WEEKS: usize = 1_040;

/// Weekly counts from a CRM export.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actuals {
    /// The first day of the first week (a Monday).
    pub start: Date,
    /// Per stage, the deals that entered it each week, the first week first.
    pub entered: BTreeMap<StageId, Vec<u32>>,
    /// The deals won each week.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub won: Vec<u32>,
}

impl Actuals {
    /// The number of weeks recorded.
    #[must_use]
    pub fn weeks(&self) -> usize {
        self.entered
            .values()
            .map(Vec::len)
            .chain(std::iter::once(self.won.len()))
            .max()
            .unwrap_or(0)
    }

    /// What is wrong with the actuals as a file holds them, if anything.
    #[must_use]
    pub fn problem(&self) -> Option<crate::i18n::Message> {
        let weeks = self.weeks();
        (weeks > MAX_ACTUAL_WEEKS).then(|| {
            crate::message!(
                "actuals-too-many-weeks",
                weeks = weeks.to_string(),
                max = MAX_ACTUAL_WEEKS.to_string()
            )
        })
    }
}
