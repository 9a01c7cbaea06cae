//! Targets: what the management team asks of each calendar month (new customers, revenue),
//! typed month by month or spread from a yearly figure, so the plan can be set against them.

use super::calendar::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The most months a design keeps targets for (ten years and a month).
pub const MAX_TARGET_MONTHS: usize = 121;
/// No month's target beyond this (a figure past it is a typing slip).
pub const MAX_TARGET: f64 = 1e12;

/// What a target counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetFigure {
    /// Customers won in the month.
    NewCustomers,
    /// Revenue in the month.
    Revenue,
}

/// The targets per calendar month, keyed by the month's first day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Targets {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub new_customers: BTreeMap<Date, f64>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub revenue: BTreeMap<Date, f64>,
}

impl Targets {
    /// Whether no month has a target.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.new_customers.is_empty() && self.revenue.is_empty()
    }

    /// The targets of one figure.
    #[must_use]
    pub fn of(&self, figure: TargetFigure) -> &BTreeMap<Date, f64> {
        match figure {
            TargetFigure::NewCustomers => &self.new_customers,
            TargetFigure::Revenue => &self.revenue,
        }
    }

    /// The targets of one figure, to change.
    pub fn of_mut(&mut self, figure: TargetFigure) -> &mut BTreeMap<Date, f64> {
        match figure {
            TargetFigure::NewCustomers => &mut self.new_customers,
            TargetFigure::Revenue => &mut self.revenue,
        }
    }

    /// The target of the month `first_day` begins (any day of it will do).
    #[must_use]
    pub fn month(&self, figure: TargetFigure, day: Date) -> Option<f64> {
        self.of(figure).get(&day.first_of_month()).copied()
    }

    /// Sets the target of the month `day` falls in; `None` clears it.
    pub fn set(&mut self, figure: TargetFigure, day: Date, value: Option<f64>) {
        let month = day.first_of_month();
        match value {
            Some(value) => {
                self.of_mut(figure).insert(month, value);
            }
            None => {
                self.of_mut(figure).remove(&month);
            }
        }
    }

    /// Spreads `total` over `months` in proportion to their weights (the plan's own figures,
    /// to follow its shape; the days counted, for evenly), or evenly when the weights are all
    /// zero. Each month is given as (its first day, its weight, the share of it the period
    /// covers); a month only partly covered gets the target of its whole, so that held to it
    /// in proportion to its days, the months add up to `total`. Replaces their targets.
    pub fn spread(&mut self, figure: TargetFigure, total: f64, months: &[(Date, f64, f64)]) {
        let weight_sum: f64 = months.iter().map(|(_, weight, _)| weight.max(0.0)).sum();
        let count = months.len().max(1) as f64;
        for (day, weight, covered) in months {
            let part = if weight_sum > 0.0 {
                weight.max(0.0) / weight_sum
            } else {
                1.0 / count
            };
            let whole = total * part / covered.clamp(1.0 / 31.0, 1.0);
            self.set(figure, *day, Some(whole.min(MAX_TARGET)));
        }
    }

    /// Whether `planned` falls short of the target of the month beginning `first_day`, of
    /// which `days` are counted (a partly covered month is held to its target in proportion);
    /// none when the month has no target.
    #[must_use]
    pub fn falls_short(
        &self,
        figure: TargetFigure,
        first_day: Date,
        days: usize,
        planned: f64,
    ) -> Option<bool> {
        let share = (days as f64 / f64::from(first_day.days_in_month())).min(1.0);
        self.month(figure, first_day)
            .map(|target| planned + 1e-9 < target * share)
    }

    /// What the targets of `figure` ask of the first `weeks` weeks from `start`, each day its
    /// month's target shared over the month's days; none where a day falls in a month
    /// without a target. Goal seek aims at it.
    #[must_use]
    pub fn through_week(&self, figure: TargetFigure, start: Date, weeks: u32) -> Option<f64> {
        let days = usize::try_from(weeks).ok()? * 7;
        (0..days)
            .map(|day| {
                let date = super::calendar::day_after(start, day);
                self.month(figure, date)
                    .map(|target| target / f64::from(date.days_in_month()))
            })
            .sum()
    }

    /// What is wrong with the targets as a file holds them: too many months, a target that
    /// is not a number, below zero or absurdly large, a key that is not a month's first day.
    #[must_use]
    pub fn problem(&self) -> Option<&'static str> {
        if self.new_customers.len() > MAX_TARGET_MONTHS || self.revenue.len() > MAX_TARGET_MONTHS {
            return Some("validate-targets-too-many");
        }
        let fine = [&self.new_customers, &self.revenue].iter().all(|targets| {
            targets.iter().all(|(day, value)| {
                day.day() == 1 && value.is_finite() && (0.0..=MAX_TARGET).contains(value)
            })
        });
        (!fine).then_some("validate-targets-not-numbers")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_yearly_figure_spreads_evenly_or_with_the_plan() {
        let months: Vec<(Date, f64, f64)> = (1..=4)
            .map(|month| (Date::constant(2027, month, 1), f64::from(month), 1.0))
            .collect();
        let mut targets = Targets::default();
        targets.spread(TargetFigure::NewCustomers, 100.0, &months);
        assert!(
            (targets
                .month(TargetFigure::NewCustomers, Date::constant(2027, 4, 20))
                .unwrap_or(0.0)
                - 40.0)
                .abs()
                < 1e-9
        );
        let flat: Vec<(Date, f64, f64)> =
            months.iter().map(|(day, _, _)| (*day, 0.0, 1.0)).collect();
        targets.spread(TargetFigure::Revenue, 100.0, &flat);
        assert_eq!(
            targets.month(TargetFigure::Revenue, Date::constant(2027, 1, 1)),
            Some(25.0)
        );
        assert_eq!(targets.problem(), None);
        // Two weeks of January 2027 at 25 a month: 14 of its 31 days.
        let two_weeks = targets.through_week(TargetFigure::Revenue, Date::constant(2027, 1, 1), 2);
        assert!((two_weeks.unwrap_or(0.0) - 25.0 * 14.0 / 31.0).abs() < 1e-9);
        assert_eq!(
            targets.through_week(TargetFigure::Revenue, Date::constant(2026, 12, 25), 2),
            None
        );
        targets.set(
            TargetFigure::Revenue,
            Date::constant(2027, 2, 9),
            Some(f64::NAN),
        );
        assert_eq!(targets.problem(), Some("validate-targets-not-numbers"));
    }
}
