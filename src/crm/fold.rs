//! Export stages no design stage is matched to are not dropped: what happens in them still
//! happens to the deals. A matched stage's conversion becomes the share of its deals that reach
//! the next *matched* stage (or are won), through any unmatched stages between, and its days
//! the time until then; a source whose deals enter an unmatched stage feeds the first matched
//! stage they reach, with only the share that gets there.
//!
//! The path through unmatched stages follows where each stage's deals went on to (its
//! `onward` counts), so a stage skipped by some deals counts only for those who passed
//! through it. Each interval is the product of the stages' own 90 % intervals (their lows
//! together, their highs together): wider than a 90 % interval of the product, so it holds
//! the truth at least as often as it says.

use super::measure::{Measurement, Onward, StageFigures};
use super::stats::Estimate;
use crate::design::StageId;

/// A figure with its low and high ends, carried through the fold.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Span {
    value: f64,
    low: f64,
    high: f64,
}

impl Span {
    const ONE: Self = Self {
        value: 1.0,
        low: 1.0,
        high: 1.0,
    };
    const ZERO: Self = Self {
        value: 0.0,
        low: 0.0,
        high: 0.0,
    };

    fn of(estimate: &Estimate) -> Self {
        Self {
            value: estimate.value,
            low: estimate.low,
            high: estimate.high,
        }
    }

    fn times(self, other: Self) -> Self {
        Self {
            value: self.value * other.value,
            low: self.low * other.low,
            high: self.high * other.high,
        }
    }

    fn plus(self, other: Self) -> Self {
        Self {
            value: self.value + other.value,
            low: self.low + other.low,
            high: self.high + other.high,
        }
    }

    fn scaled(self, factor: f64) -> Self {
        Self {
            value: self.value * factor,
            low: self.low * factor,
            high: self.high * factor,
        }
    }

    fn estimate(self, count: u64) -> Estimate {
        Estimate {
            value: self.value,
            low: self.low.min(self.value),
            high: self.high.max(self.value),
            count,
        }
    }
}

/// The mapping as calibration uses it: a design stage takes the first export stage matched to
/// it; a later one matched to the same stage counts as unmatched (and is folded).
#[must_use]
pub fn effective_mapping(mapping: &[Option<StageId>]) -> Vec<Option<StageId>> {
    let mut used: Vec<&StageId> = Vec::new();
    mapping
        .iter()
        .map(|stage_id| {
            let stage_id = stage_id.as_ref().filter(|id| !used.contains(id))?;
            used.push(stage_id);
            Some(stage_id.clone())
        })
        .collect()
}

/// Where a stay in an export stage goes on to: each onward target with its share of those who
/// moved on.
fn onward_shares(figures: &StageFigures) -> Vec<(Onward, f64)> {
    let total: u64 = figures.onward.iter().map(|(_, count)| count).sum();
    if total == 0 {
        return Vec::new();
    }
    figures
        .onward
        .iter()
        .map(|(onward, count)| (*onward, *count as f64 / total as f64))
        .collect()
}

/// For every export stage, from the moment a deal enters it while it is unmatched: the chance
/// it reaches a matched stage or is won, and the mean days until then (over those who get
/// there); zero for matched stages. Worked out once, from the last stage back (a deal moves on
/// only to later stages), so a long export with many skips costs one pass, not every path.
fn through_unmatched(measurement: &Measurement, mapping: &[Option<StageId>]) -> Vec<(Span, Span)> {
    let mut table = vec![(Span::ZERO, Span::ZERO); measurement.stages.len()];
    for (index, figures) in measurement.stages.iter().enumerate().rev() {
        if mapping.get(index).is_some_and(Option::is_some) {
            continue;
        }
        let (Some(conversion), Some(days)) = (&figures.conversion, &figures.days) else {
            continue;
        };
        let (reach, later_days) = onward_paths(mapping, figures, &table);
        table[index] = (
            Span::of(conversion).times(reach),
            Span::of(days).plus(later_days),
        );
    }
    table
}

/// Over the places a stage's deals moved on to: the chance of reaching a matched stage (or
/// being won) from there, and the mean days spent in unmatched stages on the way, weighted by
/// how many went each way; `through` holds what each unmatched stage leads to.
fn onward_paths(
    mapping: &[Option<StageId>],
    figures: &StageFigures,
    through: &[(Span, Span)],
) -> (Span, Span) {
    let mut reach = Span::ZERO;
    let mut days = Span::ZERO;
    for (onward, share) in onward_shares(figures) {
        match onward {
            Onward::Won => reach = reach.plus(Span::ONE.scaled(share)),
            Onward::Stage(next) if mapping.get(next).is_some_and(Option::is_some) => {
                reach = reach.plus(Span::ONE.scaled(share));
            }
            Onward::Stage(next) => {
                let (next_reach, next_days) = through
                    .get(next)
                    .copied()
                    .unwrap_or((Span::ZERO, Span::ZERO));
                reach = reach.plus(next_reach.scaled(share));
                days = days.plus(next_days.scaled(share));
            }
        }
    }
    (reach, days)
}

/// A matched export stage's conversion and days with the unmatched stages after it folded in;
/// `None` when nothing after it is unmatched (its own figures stand) or it has no figures.
#[must_use]
pub fn folded_figures(
    measurement: &Measurement,
    mapping: &[Option<StageId>],
    index: usize,
) -> Option<(Estimate, Estimate)> {
    let figures = measurement.stages.get(index)?;
    let folds = unmatched_after(measurement, mapping, index);
    if folds.is_empty() {
        return None;
    }
    let conversion = figures.conversion.as_ref()?;
    let days = figures.days.as_ref()?;
    let through = through_unmatched(measurement, mapping);
    let (reach, later_days) = onward_paths(mapping, figures, &through);
    Some((
        Span::of(conversion).times(reach).estimate(conversion.count),
        Span::of(days).plus(later_days).estimate(days.count),
    ))
}

/// The unmatched export stages the deals of matched stage `index` pass through before the
/// next matched stage, in export order.
#[must_use]
pub fn unmatched_after(
    measurement: &Measurement,
    mapping: &[Option<StageId>],
    index: usize,
) -> Vec<usize> {
    let mut found = Vec::new();
    let mut waiting: Vec<usize> = measurement
        .stages
        .get(index)
        .map(|figures| {
            figures
                .onward
                .iter()
                .filter_map(|(onward, _)| match onward {
                    Onward::Stage(next) => Some(*next),
                    Onward::Won => None,
                })
                .collect()
        })
        .unwrap_or_default();
    while let Some(next) = waiting.pop() {
        if mapping.get(next).is_some_and(Option::is_some) || found.contains(&next) {
            continue;
        }
        found.push(next);
        if let Some(figures) = measurement.stages.get(next) {
            waiting.extend(
                figures
                    .onward
                    .iter()
                    .filter_map(|(onward, _)| match onward {
                        Onward::Stage(later) => Some(*later),
                        Onward::Won => None,
                    }),
            );
        }
    }
    found.sort_unstable();
    found
}

/// Where the deals of a source entering unmatched export stage `entry` are first counted: the
/// first matched stage after it in export order, and the share of the source's deals that
/// reach any matched stage. A design's source enters one stage, so deals that skip the first
/// matched stage are counted as entering it: on the bundled sample that plans the first stage
/// a quarter high but the deals won within a fifth, where counting only those who pass through
/// it plans the first stage closer and the deals won further off. `None` when the entry is
/// matched or no matched stage follows.
#[must_use]
pub fn entry_through_unmatched(
    measurement: &Measurement,
    mapping: &[Option<StageId>],
    entry: usize,
) -> Option<(usize, Estimate)> {
    if mapping.get(entry).is_some_and(Option::is_some) {
        return None;
    }
    let first_matched = (entry + 1..mapping.len()).find(|index| mapping[*index].is_some())?;
    let (reach, _) = through_unmatched(measurement, mapping)
        .get(entry)
        .copied()?;
    let count = measurement
        .stages
        .get(entry)
        .and_then(|figures| figures.conversion.as_ref())
        .map_or(0, |conversion| conversion.count);
    Some((first_matched, reach.estimate(count)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(name: &str, conversion: f64, days: f64, onward: Vec<(Onward, u64)>) -> StageFigures {
        let estimate = |value: f64| Estimate {
            value,
            low: value * 0.9,
            high: value * 1.1,
            count: 100,
        };
        StageFigures {
            name: name.to_owned(),
            entered: 100,
            moved_on: 50,
            dropped: 50,
            moved_back: 0,
            open_today: 0,
            conversion: Some(estimate(conversion)),
            days: Some(estimate(days)),
            onward,
        }
    }

    /// Lead → Qualified → Meeting booked → Proposal → won, some deals skipping the meeting.
    fn pipeline() -> Measurement {
        Measurement {
            kind: None,
            pipeline: None,
            from: jiff::civil::date(2025, 1, 1),
            to: jiff::civil::date(2026, 1, 1),
            deals: 100,
            won: 20,
            lost: 70,
            open: 10,
            has_history: true,
            rows: 400,
            skipped: Vec::new(),
            skipped_count: 0,
            order_from: None,
            notes: Vec::new(),
            weekly: None,
            stages: vec![
                stage("Lead", 0.5, 2.0, vec![(Onward::Stage(1), 10)]),
                stage(
                    "Qualified",
                    0.6,
                    5.0,
                    vec![(Onward::Stage(2), 3), (Onward::Stage(3), 1)],
                ),
                stage("Meeting booked", 0.8, 4.0, vec![(Onward::Stage(3), 10)]),
                stage("Proposal", 0.4, 10.0, vec![(Onward::Won, 10)]),
            ],
            sources: Vec::new(),
            order_value: None,
        }
    }

    /// Qualified and Proposal matched; Lead and Meeting booked not.
    fn qualify_and_present_matched() -> Vec<Option<StageId>> {
        vec![
            None,
            Some(StageId::new("qualify")),
            None,
            Some(StageId::new("present")),
        ]
    }

    #[test]
    fn an_unmatched_stage_between_two_matched_ones_is_folded_into_the_one_before() {
        let measurement = pipeline();
        let mapping = qualify_and_present_matched();
        assert_eq!(unmatched_after(&measurement, &mapping, 1), vec![2]);
        let (conversion, days) =
            folded_figures(&measurement, &mapping, 1).expect("Qualified takes in the meeting");
        // 60 % move on; of those, three in four go through the meeting (80 % onward), one in
        // four skip straight to the proposal: 0.6 × (0.75 × 0.8 + 0.25) = 0.51.
        assert!((conversion.value - 0.51).abs() < 1e-12, "{conversion:?}");
        assert!(conversion.low < conversion.value && conversion.value < conversion.high);
        // 5 days, then 4 more for the three in four who have the meeting.
        assert!((days.value - 8.0).abs() < 1e-12, "{days:?}");
        assert_eq!(
            folded_figures(&measurement, &mapping, 3),
            None,
            "nothing after it"
        );
    }

    #[test]
    fn deals_entering_an_unmatched_stage_are_counted_where_they_first_reach_a_matched_one() {
        let measurement = pipeline();
        let mapping = qualify_and_present_matched();
        let (first, share) =
            entry_through_unmatched(&measurement, &mapping, 0).expect("Lead feeds Qualified");
        assert_eq!(first, 1);
        assert!((share.value - 0.5).abs() < 1e-12, "{share:?}");
        assert_eq!(entry_through_unmatched(&measurement, &mapping, 1), None);
    }

    #[test]
    fn a_second_export_stage_matched_to_the_same_design_stage_counts_as_unmatched() {
        let stage_id = Some(StageId::new("qualify"));
        let mapping = effective_mapping(&[stage_id.clone(), stage_id.clone(), None]);
        assert_eq!(mapping, vec![stage_id, None, None]);
    }

    /// A hostile export: hundreds of unmatched stages, every one's deals skipping to every
    /// later one. Following each path would take 2^400 steps; the fold takes one pass.
    #[test]
    fn many_unmatched_stages_with_every_skip_fold_in_one_pass() {
        let count = 400;
        let mut measurement = pipeline();
        measurement.stages = (0..count)
            .map(|index| {
                let onward = (index + 1..count)
                    .map(|later| (Onward::Stage(later), 1))
                    .chain([(Onward::Won, 1)])
                    .collect();
                stage(&format!("S{index}"), 0.9, 1.0, onward)
            })
            .collect();
        let mut mapping = vec![None; count];
        mapping[0] = Some(StageId::new("first"));
        let (conversion, days) = folded_figures(&measurement, &mapping, 0).expect("folded");
        assert!(
            conversion.value > 0.0 && conversion.value <= 0.9,
            "{conversion:?}"
        );
        assert!(days.value.is_finite(), "{days:?}");
    }
}
