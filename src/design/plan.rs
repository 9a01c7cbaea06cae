//! The plan over time: moves, each a change to one figure of the design from a date (a hire,
//! a campaign, a new price). The design itself is the process as it stands today; its plan says
//! what changes and when. The day rule is in docs/simulation.md §15.

use super::calendar::Date;
use super::ids::{RoleId, SourceId, StageId};
use serde::{Deserialize, Serialize};

/// The figure a move changes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Figure {
    /// People of a role working a stage (a hire, or people leaving). Their capacity follows
    /// the ramp-up; they are paid in full from the first day.
    Headcount { stage: StageId, role: RoleId },
    /// A working stage's conversion, 0..1.
    Conversion(StageId),
    /// A working stage's mean days in stage.
    DaysInStage(StageId),
    /// A source's new leads per week.
    LeadsPerWeek(SourceId),
    /// A source's spend per week.
    SpendPerWeek(SourceId),
    /// A customer stage's order value.
    OrderValue(StageId),
    /// A customer stage's repeat purchases per customer per year.
    RepeatPurchases(StageId),
    /// A customer stage's share of customers lost per year, 0..1.
    ChurnPerYear(StageId),
}

/// Which kind of figure, without the stage or source it belongs to: for menus and messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureKind {
    Headcount,
    Conversion,
    DaysInStage,
    LeadsPerWeek,
    SpendPerWeek,
    OrderValue,
    RepeatPurchases,
    ChurnPerYear,
}

impl FigureKind {
    /// The message naming the figure.
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Headcount => "figure-headcount",
            Self::Conversion => "figure-conversion",
            Self::DaysInStage => "figure-days-in-stage",
            Self::LeadsPerWeek => "figure-leads-per-week",
            Self::SpendPerWeek => "figure-spend-per-week",
            Self::OrderValue => "figure-order-value",
            Self::RepeatPurchases => "figure-repeat-purchases",
            Self::ChurnPerYear => "figure-churn-per-year",
        }
    }

    /// Whether the figure is a share (shown and limited as a percentage).
    #[must_use]
    pub fn is_share(self) -> bool {
        matches!(self, Self::Conversion | Self::ChurnPerYear)
    }
}

impl Figure {
    /// Which kind of figure this is.
    #[must_use]
    pub fn kind(&self) -> FigureKind {
        match self {
            Self::Headcount { .. } => FigureKind::Headcount,
            Self::Conversion(_) => FigureKind::Conversion,
            Self::DaysInStage(_) => FigureKind::DaysInStage,
            Self::LeadsPerWeek(_) => FigureKind::LeadsPerWeek,
            Self::SpendPerWeek(_) => FigureKind::SpendPerWeek,
            Self::OrderValue(_) => FigureKind::OrderValue,
            Self::RepeatPurchases(_) => FigureKind::RepeatPurchases,
            Self::ChurnPerYear(_) => FigureKind::ChurnPerYear,
        }
    }

    /// The stage whose figure this is, if it is a stage's.
    #[must_use]
    pub fn stage(&self) -> Option<&StageId> {
        match self {
            Self::Headcount { stage, .. }
            | Self::Conversion(stage)
            | Self::DaysInStage(stage)
            | Self::OrderValue(stage)
            | Self::RepeatPurchases(stage)
            | Self::ChurnPerYear(stage) => Some(stage),
            Self::LeadsPerWeek(_) | Self::SpendPerWeek(_) => None,
        }
    }

    /// The source whose figure this is, if it is a source's.
    #[must_use]
    pub fn source(&self) -> Option<&SourceId> {
        match self {
            Self::LeadsPerWeek(source) | Self::SpendPerWeek(source) => Some(source),
            _ => None,
        }
    }
}

/// How a move changes its figure.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Change {
    /// To this value (the change is the value less the figure before the move).
    To(f64),
    /// By this amount (+2 people, −1 day).
    By(f64),
    /// By this share of the figure before the move (0.05: +5 %).
    ByShare(f64),
}

impl Change {
    /// The amount the figure changes by, from `before`.
    #[must_use]
    pub fn amount(self, before: f64) -> f64 {
        match self {
            Self::To(value) => value - before,
            Self::By(amount) => amount,
            Self::ByShare(share) => before * share,
        }
    }
}

/// One dated change to the design: a hire, a campaign, a price rise.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Move {
    /// What it is called on the timeline ("Two account executives start").
    pub name: String,
    /// Why, and what it rests on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// The figure it changes.
    pub figure: Figure,
    /// How.
    pub change: Change,
    /// The day it starts.
    pub from: Date,
    /// Days over which it takes full effect, linearly (a new account executive: about 90);
    /// 0: in full from its first day.
    #[serde(default, skip_serializing_if = "is_zero_days")]
    pub ramp_days: u32,
    /// The day it ends and the figure is back to what it was (a campaign); none: it stays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// What it costs once, on its first day, besides the figure's own cost.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub one_off_cost: f64,
    /// What it costs each month from its first day (to its end), besides the figure's own
    /// cost.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub cost_per_month: f64,
    /// Switched off, it stays in the plan but changes nothing.
    #[serde(default = "switched_on", skip_serializing_if = "is_on")]
    pub on: bool,
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde passes a reference"
)]
fn is_zero_days(days: &u32) -> bool {
    *days == 0
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde passes a reference"
)]
fn is_zero(value: &f64) -> bool {
    *value == 0.0
}

fn switched_on() -> bool {
    true
}

#[expect(
    clippy::trivially_copy_pass_by_ref,
    reason = "serde passes a reference"
)]
fn is_on(on: &bool) -> bool {
    *on
}

impl Move {
    /// A move of `figure` by `change` from `from`, in full at once, costing nothing besides.
    #[must_use]
    pub fn new(name: impl Into<String>, figure: Figure, change: Change, from: Date) -> Self {
        Self {
            name: name.into(),
            notes: String::new(),
            figure,
            change,
            from,
            ramp_days: 0,
            until: None,
            one_off_cost: 0.0,
            cost_per_month: 0.0,
            on: true,
        }
    }
}

/// The share of a move's change in effect `days_since_start` days after it starts (negative:
/// before): 0 before, rising linearly over `ramp_days` to 1 (Vensim's STEP for a ramp of 0,
/// RAMP otherwise).
#[must_use]
pub fn share_in_effect(days_since_start: i64, ramp_days: u32) -> f64 {
    if days_since_start < 0 {
        0.0
    } else if ramp_days == 0 {
        1.0
    } else {
        (days_since_start as f64 / f64::from(ramp_days)).min(1.0)
    }
}

#[cfg(test)]
#[expect(clippy::float_cmp, reason = "shares of whole days are exact")]
mod tests {
    use super::{Change, share_in_effect};

    #[test]
    fn a_ramp_rises_linearly_from_its_first_day_and_a_step_is_whole_at_once() {
        assert_eq!(share_in_effect(-1, 90), 0.0);
        assert_eq!(share_in_effect(0, 90), 0.0);
        assert_eq!(share_in_effect(45, 90), 0.5);
        assert_eq!(share_in_effect(90, 90), 1.0);
        assert_eq!(share_in_effect(400, 90), 1.0);
        assert_eq!(share_in_effect(-1, 0), 0.0);
        assert_eq!(share_in_effect(0, 0), 1.0);
    }

    #[test]
    fn a_change_to_a_value_is_the_difference_and_a_share_is_of_the_figure_before() {
        assert_eq!(Change::To(0.5).amount(0.4), 0.5 - 0.4);
        assert_eq!(Change::By(2.0).amount(3.0), 2.0);
        assert_eq!(Change::ByShare(0.05).amount(200.0), 10.0);
    }
}
