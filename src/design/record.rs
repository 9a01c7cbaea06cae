//! The plan of record: the year month by month as it was agreed (frozen on a date), kept in
//! the design file so later months can be set against it.

use super::calendar::Date;
use serde::{Deserialize, Serialize};

/// A month of the plan as agreed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedMonth {
    /// Its first day.
    pub first_day: Date,
    /// Customers won in it.
    pub new_customers: f64,
    /// Customers at its end, and in Monte Carlo their 10–90 % band.
    pub active_customers: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_customers_band: Option<(f64, f64)>,
    /// Revenue in it.
    pub revenue: f64,
    /// Profit since the start at its end, and in Monte Carlo its 10–90 % band.
    pub cumulative_profit: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cumulative_profit_band: Option<(f64, f64)>,
}

/// The plan as agreed on `frozen_on`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanOfRecord {
    /// The day it was frozen.
    pub frozen_on: Date,
    /// The simulation's start date then: month ends are counted from it.
    pub start_date: Date,
    /// Its months, in order.
    pub months: Vec<RecordedMonth>,
}

/// An earlier plan of record, kept under a name when a newer one replaced it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptPlan {
    /// "Plan of 8 Jan 2027".
    pub name: String,
    pub record: PlanOfRecord,
}

/// Earlier plans a design keeps at most.
pub const MAX_KEPT_PLANS: usize = 24;

/// Months a plan of record may hold: ten years.
pub const MAX_RECORDED_MONTHS: usize = 121;

impl PlanOfRecord {
    /// What is wrong with it, if anything: too many months, a figure that is not a number or
    /// a count below zero.
    #[must_use]
    pub fn problem(&self) -> Option<&'static str> {
        if self.months.len() > MAX_RECORDED_MONTHS {
            return Some("validate-record-too-long");
        }
        let counts_fine = self.months.iter().all(|month| {
            [month.new_customers, month.active_customers, month.revenue]
                .iter()
                .all(|count| count.is_finite() && *count >= 0.0)
                && month.cumulative_profit.is_finite()
                && [month.active_customers_band, month.cumulative_profit_band]
                    .iter()
                    .flatten()
                    .all(|(low, high)| low.is_finite() && high.is_finite() && low <= high)
        });
        (!counts_fine).then_some("validate-record-not-numbers")
    }
}
