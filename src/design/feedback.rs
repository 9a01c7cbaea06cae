//! The loops through which a design feeds itself, and how much each gives back.
//!
//! Every step of a process passes on at most one lead per lead (a conversion, a share of a
//! flow, the drop-outs a nurture pool keeps, the people a brand reaches who come back), so
//! only customers who refer others can make a loop give back more than goes into it. A loop
//! is named from its customer stage round to it again (the likeliest way round), and its gain
//! is the leads that come back per lead that starts round: what one customer refers over its
//! stay times the chance, by every way there is, that a referred lead becomes a customer of
//! that stage again.

use super::{Design, DropOuts, StageId, StageKind};

/// Days in the year the engine's yearly rates are spread over.
const DAYS_PER_YEAR: f64 = 365.0;

/// A loop from a customer stage through its referrals back to it.
#[derive(Clone, Debug, PartialEq)]
pub struct FeedbackLoop {
    /// The stages in the order a lead goes round, the customer stage first (and not again).
    pub stages: Vec<StageId>,
    /// Leads that come back per lead that goes round; none when customers never leave, so
    /// each keeps referring for as long as the design runs.
    pub gain: Option<f64>,
}

impl FeedbackLoop {
    /// "Customers → Qualify → Present → Close → Customers", in the design's stage names.
    #[must_use]
    pub fn named(&self, design: &Design) -> String {
        let name = |id: &StageId| {
            design
                .stages
                .get(id)
                .map_or_else(|| id.to_string(), |stage| stage.name.clone())
        };
        self.stages
            .iter()
            .chain(self.stages.first())
            .map(name)
            .collect::<Vec<_>>()
            .join(" → ")
    }
}

/// What to say when leads grow without bound: the loop that feeds them and what it gives
/// back, when one is `found`.
#[must_use]
pub fn runaway_message(found: Option<&FeedbackLoop>, design: &Design) -> crate::i18n::Message {
    match found {
        Some(FeedbackLoop {
            gain: Some(gain), ..
        }) => crate::message!(
            "runaway-loop",
            round = found.map(|found| found.named(design)).unwrap_or_default(),
            gain = crate::i18n::Value::Number(*gain, 1)
        ),
        Some(found) => crate::message!("runaway-loop-customers-stay", round = found.named(design)),
        None => crate::message!("plot-leads-grow-without-bound-the"),
    }
}

/// The loop that gives back the most, if any loop gives back more than it takes (or its
/// customers never leave). Linear in stages × flows per pass, at most one pass per stage.
#[must_use]
pub fn strongest_loop(design: &Design) -> Option<FeedbackLoop> {
    let edges = onward_edges(design);
    design
        .stages
        .iter()
        .filter_map(|(id, stage)| match &stage.kind {
            StageKind::Customer(customers) => {
                let to = customers.referrals_to.as_ref()?;
                let referrals = finite_at_least_zero(customers.referrals_per_customer_per_year);
                if referrals <= 0.0 {
                    return None;
                }
                let churn = customers.churn_per_year;
                let daily_churn = if churn.is_finite() && churn > 0.0 {
                    1.0 - (1.0 - churn.min(1.0)).powf(1.0 / DAYS_PER_YEAR)
                } else {
                    0.0
                };
                let referred_over_stay =
                    (daily_churn > 0.0).then(|| referrals / DAYS_PER_YEAR / daily_churn);
                let (_, path) = likeliest_path(&edges, to, id, design.stages.len())?;
                let share = chance_of_reaching(&edges, id)
                    .get(to)
                    .copied()
                    .unwrap_or(0.0);
                let mut stages = vec![id.clone()];
                stages.extend(path);
                Some(FeedbackLoop {
                    stages,
                    gain: referred_over_stay.map(|leads| leads * share),
                })
            }
            _ => None,
        })
        .filter(|found| found.gain.is_none_or(|gain| gain > 1.0))
        .max_by(|a, b| {
            let key = |found: &FeedbackLoop| found.gain.unwrap_or(f64::INFINITY);
            key(a).total_cmp(&key(b))
        })
}

/// Each stage's onward steps with the share of its leads that take them. Customer stages
/// have none: their referrals are what closes a loop.
fn onward_edges(design: &Design) -> Vec<(StageId, StageId, f64)> {
    let mut edges = Vec::new();
    for (id, stage) in &design.stages {
        match &stage.kind {
            StageKind::FunnelStep | StageKind::FlywheelSegment => {
                let conversion = share(stage.conversion);
                for flow in design.flows.iter().filter(|flow| &flow.from == id) {
                    edges.push((id.clone(), flow.to.clone(), conversion * share(flow.share)));
                }
                if let DropOuts::NurturePool(pool) = &stage.drop_outs {
                    edges.push((id.clone(), pool.clone(), 1.0 - conversion));
                }
            }
            StageKind::NurturePool(pool) => {
                let (warm, gone) = (
                    share(pool.warm_up_per_week),
                    share(pool.unsubscribe_per_week),
                );
                if warm > 0.0 {
                    edges.push((id.clone(), pool.warm_up_to.clone(), warm / (warm + gone)));
                }
            }
            StageKind::BrandReach(reach) => {
                edges.push((
                    id.clone(),
                    reach.organic_to.clone(),
                    share(reach.organic_share),
                ));
            }
            StageKind::Customer(_) | StageKind::Lost => {}
        }
    }
    edges
}

/// The likeliest way from `from` to `to` (the product of the shares along it, and the
/// stages on it from `from` up to but not including `to`). Shares are at most one, so the
/// likeliest way visits no stage twice and settles within one pass per stage (of `stages`).
fn likeliest_path(
    edges: &[(StageId, StageId, f64)],
    from: &StageId,
    to: &StageId,
    stages: usize,
) -> Option<(f64, Vec<StageId>)> {
    let mut best: std::collections::BTreeMap<&StageId, (f64, Option<&StageId>)> =
        std::collections::BTreeMap::new();
    best.insert(from, (1.0, None));
    let stages = stages + 1;
    for _ in 0..stages {
        let mut changed = false;
        for (start, end, share) in edges {
            let Some(&(reached, _)) = best.get(start) else {
                continue;
            };
            let through = reached * share;
            if through > 0.0 && best.get(end).is_none_or(|(known, _)| through > *known) {
                best.insert(end, (through, Some(start)));
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let (share, _) = *best.get(to)?;
    let mut path = Vec::new();
    let mut at = best.get(to)?.1;
    while let Some(stage) = at {
        path.push(stage.clone());
        if path.len() > stages {
            return None;
        }
        at = best.get(stage).and_then(|(_, before)| *before);
    }
    path.reverse();
    Some((share, path))
}

/// For each stage, the chance that a lead there becomes a customer of `customers`, by every
/// way there is (branches that meet again, nurture pools that send leads back): the sum over
/// its onward steps of their share times the chance from where they lead. Shares leak (no
/// stage passes on more than it holds), so repeating the sums settles; they are repeated until
/// nothing moves by a billionth, at most a few thousand times.
fn chance_of_reaching<'a>(
    edges: &'a [(StageId, StageId, f64)],
    customers: &'a StageId,
) -> std::collections::BTreeMap<&'a StageId, f64> {
    let mut chance: std::collections::BTreeMap<&StageId, f64> = std::collections::BTreeMap::new();
    chance.insert(customers, 1.0);
    let rounds = (edges.len() * 2).clamp(200, 5_000);
    for _ in 0..rounds {
        let mut next: std::collections::BTreeMap<&StageId, f64> = std::collections::BTreeMap::new();
        next.insert(customers, 1.0);
        for (from, to, share) in edges {
            if from == customers {
                continue;
            }
            let onward = chance.get(to).copied().unwrap_or(0.0);
            *next.entry(from).or_insert(0.0) += share * onward;
        }
        let moved = next
            .iter()
            .map(|(stage, value)| (value - chance.get(stage).copied().unwrap_or(0.0)).abs())
            .fold(0.0, f64::max);
        chance = next;
        if moved < 1e-9 {
            break;
        }
    }
    chance
}

fn share(value: f64) -> f64 {
    if value.is_finite() {
        value.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

fn finite_at_least_zero(value: f64) -> f64 {
    if value.is_finite() {
        value.max(0.0)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The inbound example with customers referring `referrals` a year into Qualify and
    /// leaving at `churn` a year.
    fn referring(referrals: f64, churn: f64) -> Design {
        let mut design = crate::templates::example("inbound");
        for stage in design.stages.values_mut() {
            if let StageKind::Customer(customers) = &mut stage.kind {
                customers.referrals_per_customer_per_year = referrals;
                customers.churn_per_year = churn;
                customers.referrals_to = Some(StageId::from("qualify"));
            }
        }
        design
    }

    #[test]
    fn a_loop_is_named_round_from_its_customers_with_the_leads_it_gives_back() {
        // Qualify 35 %, Present 45 %, Close 45 % on: 7.09 % of referred leads buy. With 10 %
        // churn a customer stays 1 / (1 − 0.9^(1/365)) days and refers 30 a year over it.
        let design = referring(30.0, 0.10);
        let found = strongest_loop(&design).expect("30 referrals a year feed more than they lose");
        assert_eq!(
            found.named(&design),
            "Customers → Qualify → Present → Close → Customers"
        );
        let daily = 1.0 - 0.9_f64.powf(1.0 / 365.0);
        let expected = 30.0 / 365.0 / daily * 0.35 * 0.45 * 0.45;
        let gain = found.gain.expect("customers leave");
        assert!((gain - expected).abs() < 1e-9, "{gain} against {expected}");
        assert!(gain > 1.0);
    }

    #[test]
    fn every_way_round_counts_toward_the_gain_not_only_the_likeliest() {
        // Half of Qualify's leads go on to Present, half straight to Close: both ways lead to
        // the customers, so the chance from Qualify is 0.35 × (0.5 × 0.45 + 0.5) × 0.45.
        let mut design = referring(30.0, 0.10);
        for flow in &mut design.flows {
            if flow.from.as_str() == "qualify" {
                flow.share = 0.5;
            }
        }
        design.flows.push(super::super::Flow {
            share: 0.5,
            ..super::super::Flow::new("qualify", "close")
        });
        let found = strongest_loop(&design).expect("a loop");
        let daily = 1.0 - 0.9_f64.powf(1.0 / 365.0);
        let expected = 30.0 / 365.0 / daily * 0.35 * (0.5 * 0.45 + 0.5) * 0.45;
        let gain = found.gain.expect("customers leave");
        assert!((gain - expected).abs() < 1e-6, "{gain} against {expected}");
    }

    #[test]
    fn a_loop_that_loses_more_than_it_feeds_is_none_and_customers_who_never_leave_always_are() {
        assert_eq!(strongest_loop(&referring(0.2, 0.15)), None);
        let forever = strongest_loop(&referring(0.2, 0.0)).expect("customers never leave");
        assert_eq!(forever.gain, None);
        assert_eq!(strongest_loop(&referring(0.0, 0.0)), None);
    }
}
