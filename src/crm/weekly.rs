//! What happened each week: deals that entered each stage, and deals won, over the whole
//! weeks of an export (from the Monday of the first arrival to the last whole week before the
//! day open deals are counted on).

use super::dates::Moment;
use super::deals::{Deals, Outcome};
use crate::design::actuals::MAX_ACTUAL_WEEKS;
use crate::design::calendar::{Date, monday_of};

/// Weekly counts of an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Weekly {
    /// The Monday of the first week.
    pub start: Date,
    /// Per stage (pipeline order), deals that entered it each week; empty for a stage the
    /// export has no times for.
    pub entered: Vec<Vec<u32>>,
    /// Deals won each week.
    pub won: Vec<u32>,
}

/// The weekly counts of `deals`, or `None` when not one whole week is covered.
#[must_use]
pub fn weekly(deals: &Deals) -> Option<Weekly> {
    let as_of = deals.as_of?;
    let first = deals.deals.iter().filter_map(super::Deal::arrived).min()?;
    let start = monday_of(first.date());
    let start_moment = Moment::of(start.at(0, 0, 0, 0))?;
    let weeks = usize::try_from((as_of.0 - start_moment.0) / (7 * 86_400))
        .ok()
        .map(|weeks| weeks.min(MAX_ACTUAL_WEEKS))
        .filter(|weeks| *weeks > 0)?;
    let week_of = |moment: Moment| -> Option<usize> {
        let offset = moment.0 - start_moment.0;
        if offset < 0 {
            return None;
        }
        usize::try_from(offset / (7 * 86_400))
            .ok()
            .filter(|week| *week < weeks)
    };
    let mut entered = vec![vec![0_u32; weeks]; deals.stages.len()];
    let mut timed = vec![false; deals.stages.len()];
    let mut won = vec![0_u32; weeks];
    for deal in &deals.deals {
        for (index, visit) in deal.visits.iter().enumerate() {
            // Without stage times (Pipedrive) the first stage is entered when the deal is made.
            let at = visit
                .entered
                .or_else(|| (index == 0).then_some(deal.created).flatten());
            let stage = usize::from(visit.stage);
            if let (Some(at), Some(slot)) = (at, entered.get_mut(stage)) {
                timed[stage] = true;
                if let Some(week) = week_of(at) {
                    slot[week] = slot[week].saturating_add(1);
                }
            }
        }
        if deal.outcome == Outcome::Won
            && let Some(week) = deal.closed.and_then(week_of)
        {
            won[week] = won[week].saturating_add(1);
        }
    }
    for (series, timed) in entered.iter_mut().zip(timed) {
        if !timed {
            series.clear();
        }
    }
    Some(Weekly {
        start,
        entered,
        won,
    })
}
