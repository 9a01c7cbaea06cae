//! The plan read day by day: each move switched on, resolved against the design into the
//! amount it changes its figure by and the days it starts and ends, and the design's figures
//! as they stand on any day. The simulation, validation and the month-by-month table all read
//! the figures from here, so they agree on what a day's figure is.

use super::calendar::Date;
use super::plan::{Figure, Move, share_in_effect};
use super::{Design, StageKind};

/// A move switched on, resolved against the design it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct ResolvedMove {
    /// Its position in the design's plan.
    pub index: usize,
    pub figure: Figure,
    /// What its figure changes by when in full effect.
    pub amount: f64,
    /// The day it starts, counted from the start date (negative: before it).
    pub start: i64,
    /// The day it ends and its change is undone (a campaign's end).
    pub end: Option<i64>,
    pub ramp_days: u32,
    pub one_off_cost: f64,
    pub cost_per_month: f64,
}

impl ResolvedMove {
    /// The share of its change in effect on `day`.
    #[must_use]
    pub fn share_on(&self, day: i64) -> f64 {
        if self.has_ended(day) {
            0.0
        } else {
            share_in_effect(day - self.start, self.ramp_days)
        }
    }

    /// Whether it is running on `day`: started, not ended (what its costs and a hire's pay
    /// follow).
    #[must_use]
    pub fn is_running(&self, day: i64) -> bool {
        day >= self.start && !self.has_ended(day)
    }

    fn has_ended(&self, day: i64) -> bool {
        self.end.is_some_and(|end| day >= end)
    }

    /// The days within `within` on which its share changes (from the day before): where the
    /// figures must be read again. Bounded by `within`, not by the ramp-up, so a ramp of four
    /// billion days in a hostile file costs no more than the horizon.
    pub fn days_of_change(&self, within: std::ops::Range<i64>) -> impl Iterator<Item = i64> + '_ {
        let (first, last) = if self.ramp_days == 0 {
            (self.start, self.start)
        } else {
            (self.start + 1, self.start + i64::from(self.ramp_days))
        };
        let before_end = self.end.map_or(i64::MAX, |end| end);
        let rising =
            first.max(within.start)..(last.saturating_add(1)).min(within.end).min(before_end);
        rising.chain(self.end.filter(|end| within.contains(end)))
    }
}

/// The days from `start` to `date` (negative when `date` is earlier).
#[must_use]
pub fn days_from(start: Date, date: Date) -> i64 {
    date.since(start)
        .map_or(0, |span| i64::from(span.get_days()))
}

/// The moves of `design` that are switched on, in date order (moves on one day in plan
/// order), each with the amount it changes its figure by: a change "to a value" or "by a
/// share" reads the figure as the earlier moves on it (those still running) left it.
#[must_use]
pub fn resolve(design: &Design, start: Date) -> Vec<ResolvedMove> {
    let mut order: Vec<(usize, &Move)> = design
        .plan
        .iter()
        .enumerate()
        .filter(|(_, planned)| planned.on)
        .collect();
    order.sort_by_key(|(index, planned)| (planned.from, *index));
    let mut resolved: Vec<ResolvedMove> = Vec::with_capacity(order.len());
    for (index, planned) in order {
        let from = days_from(start, planned.from);
        let before = base_value(design, &planned.figure).map(|base| {
            base + resolved
                .iter()
                .filter(|earlier| earlier.figure == planned.figure && earlier.is_running(from))
                .map(|earlier| earlier.amount)
                .sum::<f64>()
        });
        resolved.push(ResolvedMove {
            index,
            figure: planned.figure.clone(),
            amount: before.map_or(0.0, |before| planned.change.amount(before)),
            start: from,
            end: planned.until.map(|until| days_from(start, until)),
            ramp_days: planned.ramp_days,
            one_off_cost: planned.one_off_cost,
            cost_per_month: planned.cost_per_month,
        });
    }
    resolved
}

/// The figure's value in the design as it stands (before any move); none when the stage,
/// source or staffing it names is missing or has no such figure.
#[must_use]
pub fn base_value(design: &Design, figure: &Figure) -> Option<f64> {
    let stage = figure.stage().and_then(|stage| design.stages.get(stage));
    let source = figure
        .source()
        .and_then(|source| design.sources.get(source));
    let customers = stage.and_then(|stage| match &stage.kind {
        StageKind::Customer(customers) => Some(customers),
        _ => None,
    });
    let working = stage.filter(|stage| stage.kind.is_working_stage());
    match figure {
        Figure::Headcount { role, .. } => stage?
            .roles
            .iter()
            .find(|staffing| &staffing.role == role)
            .map(|staffing| staffing.headcount),
        Figure::Conversion(_) => working.map(|stage| stage.conversion),
        Figure::DaysInStage(_) => working.map(|stage| stage.days_in_stage),
        Figure::LeadsPerWeek(_) => source.map(|source| source.leads_per_week),
        Figure::SpendPerWeek(_) => source.map(|source| source.cost_per_week),
        Figure::OrderValue(_) => customers.map(|customers| customers.order_value),
        Figure::RepeatPurchases(_) => {
            customers.map(|customers| customers.repeat_purchases_per_year)
        }
        Figure::ChurnPerYear(_) => customers.map(|customers| customers.churn_per_year),
    }
}

/// Sets the figure in `design` to `value`; false when the design has no such figure.
pub fn set_value(design: &mut Design, figure: &Figure, value: f64) -> bool {
    let slot: Option<&mut f64> = match figure {
        Figure::Headcount { stage, role } => design.stages.get_mut(stage).and_then(|stage| {
            stage
                .roles
                .iter_mut()
                .find(|staffing| &staffing.role == role)
                .map(|staffing| &mut staffing.headcount)
        }),
        Figure::Conversion(stage) => design
            .stages
            .get_mut(stage)
            .filter(|stage| stage.kind.is_working_stage())
            .map(|stage| &mut stage.conversion),
        Figure::DaysInStage(stage) => design
            .stages
            .get_mut(stage)
            .filter(|stage| stage.kind.is_working_stage())
            .map(|stage| &mut stage.days_in_stage),
        Figure::LeadsPerWeek(source) => design
            .sources
            .get_mut(source)
            .map(|source| &mut source.leads_per_week),
        Figure::SpendPerWeek(source) => design
            .sources
            .get_mut(source)
            .map(|source| &mut source.cost_per_week),
        Figure::OrderValue(stage)
        | Figure::RepeatPurchases(stage)
        | Figure::ChurnPerYear(stage) => {
            match design.stages.get_mut(stage).map(|stage| &mut stage.kind) {
                Some(StageKind::Customer(customers)) => Some(match figure {
                    Figure::OrderValue(_) => &mut customers.order_value,
                    Figure::RepeatPurchases(_) => &mut customers.repeat_purchases_per_year,
                    _ => &mut customers.churn_per_year,
                }),
                _ => None,
            }
        }
    };
    slot.map(|slot| *slot = value).is_some()
}

/// The figure's value on `day`: its value in the design plus each running move's share of
/// its change.
#[must_use]
pub fn value_on(design: &Design, moves: &[ResolvedMove], figure: &Figure, day: i64) -> Option<f64> {
    base_value(design, figure).map(|base| {
        base + moves
            .iter()
            .filter(|planned| &planned.figure == figure)
            .map(|planned| planned.share_on(day) * planned.amount)
            .sum::<f64>()
    })
}

/// The headcount a hire or a departure is paid for on `day`: in full from the move's first
/// day, whatever its ramp-up.
#[must_use]
pub fn paid_value_on(
    design: &Design,
    moves: &[ResolvedMove],
    figure: &Figure,
    day: i64,
) -> Option<f64> {
    base_value(design, figure).map(|base| {
        base + moves
            .iter()
            .filter(|planned| &planned.figure == figure && planned.is_running(day))
            .map(|planned| planned.amount)
            .sum::<f64>()
    })
}

/// `design` with every figure the moves change as it stands on `day` (headcounts as they
/// work, not as they are paid).
#[must_use]
pub fn design_on(design: &Design, moves: &[ResolvedMove], day: i64) -> Design {
    let mut on_day = design.clone();
    for planned in moves {
        if let Some(value) = value_on(design, moves, &planned.figure, day) {
            set_value(&mut on_day, &planned.figure, value);
        }
    }
    on_day
}

impl Design {
    /// The design as it stands today: its plan left out.
    #[must_use]
    pub fn without_plan(&self) -> Self {
        Self {
            plan: Vec::new(),
            ..self.clone()
        }
    }

    /// Changes every move that takes `figure` to a value by `change`, as a change to the
    /// figure itself would have been: a lever applied on top of the plan (+10 % conversion
    /// stays +10 % after a move that sets the conversion).
    pub fn carry_into_plan(&mut self, figure: &Figure, change: impl Fn(f64) -> f64) {
        for planned in &mut self.plan {
            if &planned.figure == figure
                && let super::plan::Change::To(value) = &mut planned.change
            {
                *value = change(*value);
            }
        }
    }

    /// Whether any move of the plan is switched on.
    #[must_use]
    pub fn has_moves(&self) -> bool {
        self.plan.iter().any(|planned| planned.on)
    }
}

#[cfg(test)]
#[expect(
    clippy::float_cmp,
    reason = "the figures are sums of exact binary fractions"
)]
mod tests {
    use super::{days_from, resolve, value_on};
    use crate::design::calendar::Date;
    use crate::design::plan::{Change, Figure, Move};
    use crate::design::{Design, StageId};

    fn design_with_qualify() -> Design {
        let mut design = crate::templates::example("inbound");
        design.plan.clear();
        design
    }

    #[test]
    fn moves_on_one_figure_add_up_in_date_order_and_a_campaign_undoes_its_change() {
        let mut design = design_with_qualify();
        let start = Date::constant(2027, 1, 4);
        let stage = design
            .stages
            .keys()
            .next()
            .cloned()
            .unwrap_or(StageId::new("x"));
        let figure = Figure::DaysInStage(stage.clone());
        let base = super::base_value(&design, &figure).unwrap_or_default();
        // Listed out of date order: the later one, "to 20", reads the earlier one's +3.
        design.plan.push(Move::new(
            "later",
            figure.clone(),
            Change::To(20.0),
            Date::constant(2027, 3, 1),
        ));
        let mut campaign = Move::new(
            "earlier",
            figure.clone(),
            Change::By(3.0),
            Date::constant(2027, 2, 1),
        );
        campaign.until = Some(Date::constant(2027, 4, 1));
        design.plan.push(campaign);
        let moves = resolve(&design, start);
        assert_eq!(moves[0].index, 1);
        assert_eq!(moves[1].amount, 20.0 - (base + 3.0));
        let day = |date| days_from(start, date);
        let value = |date| value_on(&design, &moves, &figure, day(date)).unwrap_or(f64::NAN);
        assert_eq!(value(Date::constant(2027, 1, 31)), base);
        assert_eq!(value(Date::constant(2027, 2, 1)), base + 3.0);
        assert_eq!(value(Date::constant(2027, 3, 1)), 20.0);
        // The campaign's three days are undone at its end; the later move stays.
        assert_eq!(value(Date::constant(2027, 4, 1)), 20.0 - 3.0);
    }
}
