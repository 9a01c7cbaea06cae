//! Before a calibration is applied: the design as it would be, replayed over the export's own
//! weeks (its backtest, in Monte Carlo) and set against what the export recorded at each
//! matched stage and in deals won: the weekly mean within a fifth, and as many of the weeks
//! inside the replay's 10–90 % band as a right design would put there. A measured figure is only worth its name when the design
//! that carries it reproduces the export; where it does not, the person is told before they
//! apply, not after.

use super::backtest::{StageBacktest, backtest};
use super::calibrate::{apply, keep_actuals, propose};
use super::measure::Measurement;
use crate::design::{Design, NotBorneOut, SimulationMode, StageId, StageKind};

/// How far the planned weekly mean may lie from the export's and still count as reproducing
/// it: a fifth, about what a year of weekly counts of a few deals a week varies by.
pub const TOLERANCE: f64 = 0.2;

/// Runs of the replay: enough for a 10–90 % band of weekly counts whose ends move by less than
/// a deal between seeds, few enough to replay while the person matches stages.
pub const REPLAY_RUNS: u32 = 200;

/// The share of weeks a right design puts inside its 10–90 % band.
const BAND_SHARE: f64 = 0.8;

/// The fewest of `weeks` weeks inside the band that a right design still gives, two standard
/// errors below the 80 % it gives on average (a binomial share over the weeks): 69 % of a
/// year's weeks. Fewer, and what happened week by week is not what the design makes.
#[must_use]
pub fn least_share_inside(weeks: usize) -> f64 {
    let weeks = weeks.max(1) as f64;
    (BAND_SHARE - 2.0 * (BAND_SHARE * (1.0 - BAND_SHARE) / weeks).sqrt()).max(0.0)
}

/// One matched stage (or the deals won) as the calibrated design replays it.
#[derive(Clone, Debug, PartialEq)]
pub struct Replayed {
    /// The design's stage, or `None` for the deals won.
    pub stage: Option<StageId>,
    /// Its name in the design (for the deals won, empty: the caller words it).
    pub name: String,
    /// Deals a week the export recorded entering it (won, for the deals won).
    pub actual: f64,
    /// Deals a week the calibrated design plans (the mean of its runs).
    pub planned: f64,
    /// Weeks compared.
    pub weeks: usize,
    /// Share of those weeks whose recorded count lies inside the replay's 10–90 % band.
    pub inside_band: Option<f64>,
}

impl Replayed {
    /// Planned against actual, as a share of the actual (+0.24: a quarter too many).
    #[must_use]
    pub fn off(&self) -> f64 {
        if self.actual > 0.0 {
            (self.planned - self.actual) / self.actual
        } else if self.planned > 0.0 {
            f64::INFINITY
        } else {
            0.0
        }
    }

    /// Whether the plan lies within [`TOLERANCE`] of what happened, with at least
    /// [`least_share_inside`] of the weeks inside its band.
    #[must_use]
    pub fn holds(&self) -> bool {
        self.off().abs() <= TOLERANCE && self.band_holds()
    }

    /// Whether enough weeks lie inside the band (true when there is no band to look at).
    #[must_use]
    pub fn band_holds(&self) -> bool {
        self.inside_band
            .is_none_or(|share| share >= least_share_inside(self.weeks) - 1e-12)
    }

    fn of(stage: &StageBacktest) -> Self {
        Self {
            stage: stage.stage.clone(),
            name: if stage.stage.is_some() {
                stage.name.clone()
            } else {
                String::new()
            },
            actual: stage.actual_mean,
            planned: stage.simulated_mean,
            weeks: stage.weeks,
            inside_band: stage.inside_band,
        }
    }
}

/// The calibrated design's replay of the export, or `None` when nothing is matched (there is
/// nothing to replay) or the export has no weekly counts.
#[must_use]
pub fn preview(
    design: &Design,
    measurement: &Measurement,
    mapping: &[Option<StageId>],
) -> Option<Vec<Replayed>> {
    if mapping.iter().all(Option::is_none) {
        return None;
    }
    let mut calibrated = design.clone();
    let changes = propose(
        &calibrated,
        measurement,
        mapping,
        crate::i18n::Language::English,
    );
    apply(&mut calibrated, &changes, measurement.to);
    keep_actuals(&mut calibrated, measurement, mapping);
    calibrated.simulation.mode = SimulationMode::MonteCarlo;
    calibrated.simulation.runs = REPLAY_RUNS;
    let replayed = backtest(&calibrated)?;
    // In the order leads meet the stages, the deals won last.
    let order = crate::design::edit::flow_order(&calibrated);
    let place = |row: &Replayed| {
        row.stage.as_ref().map_or(usize::MAX, |stage_id| {
            order
                .iter()
                .position(|id| id == stage_id)
                .unwrap_or(usize::MAX - 1)
        })
    };
    let mut rows: Vec<Replayed> = replayed.stages.iter().map(Replayed::of).collect();
    rows.sort_by_key(place);
    Some(rows)
}

/// The replay in words, in `language`: a line per stage and the deals won (actual and planned
/// a week, and how far off), then whether the calibrated design reproduces the export.
#[must_use]
pub fn preview_lines(replayed: &[Replayed], language: crate::i18n::Language) -> Vec<String> {
    use crate::i18n::format::{number_in, percent_in};
    let tolerance = percent_in(language, TOLERANCE * 100.0, 0);
    let name = |row: &Replayed| {
        if row.stage.is_some() {
            row.name.clone()
        } else {
            crate::tr_in!(language, "calibrate-preview-won")
        }
    };
    let mut lines: Vec<String> = replayed
        .iter()
        .map(|row| {
            let off = row.off();
            let off = if off.is_finite() {
                let sign = if off >= 0.0 { "+" } else { "−" };
                format!("{sign}{}", percent_in(language, off.abs() * 100.0, 0))
            } else {
                "–".to_owned()
            };
            match row.inside_band {
                Some(share) => crate::tr_in!(
                    language,
                    "calibrate-preview-row-band",
                    stage = name(row),
                    actual = number_in(language, row.actual, 1),
                    planned = number_in(language, row.planned, 1),
                    off = off,
                    inside = percent_in(language, share * 100.0, 0)
                ),
                None => crate::tr_in!(
                    language,
                    "calibrate-preview-row",
                    stage = name(row),
                    actual = number_in(language, row.actual, 1),
                    planned = number_in(language, row.planned, 1),
                    off = off
                ),
            }
        })
        .collect();
    let failing: Vec<String> = not_reproduced(replayed).into_iter().map(name).collect();
    let weeks = replayed.iter().map(|row| row.weeks).max().unwrap_or(0);
    let coverage = percent_in(language, least_share_inside(weeks) * 100.0, 0);
    lines.push(if failing.is_empty() {
        crate::tr_in!(
            language,
            "calibrate-preview-holds-band",
            tolerance = tolerance.as_str(),
            coverage = coverage.as_str()
        )
    } else {
        crate::tr_in!(
            language,
            "calibrate-preview-fails-band",
            stages = failing.join(", "),
            tolerance = tolerance.as_str(),
            coverage = coverage.as_str()
        )
    });
    lines
}

/// Marks, in `design` as calibrated, the measured figures its replay does not bear out, so they
/// are taken as assumed (and say why) until calibrated again. A stage whose entries are off
/// marks the conversion of each measured stage flowing into it, or, where none does, the leads
/// per week of the measured sources entering it; deals won off mark the conversion of each
/// measured stage flowing into a customer stage. Days in stage set when deals arrive, not how
/// many, so they stay.
pub fn mark_not_borne_out(design: &mut Design, replayed: &[Replayed]) {
    for row in not_reproduced(replayed) {
        let miss = NotBorneOut {
            at: row.name.clone(),
            planned: row.planned,
            recorded: row.actual,
        };
        let leads_to = |to: &StageId| match &row.stage {
            Some(stage_id) => to == stage_id,
            None => design
                .stages
                .get(to)
                .is_some_and(|stage| matches!(stage.kind, StageKind::Customer(_))),
        };
        let feeders: Vec<StageId> = design
            .flows
            .iter()
            .filter(|flow| leads_to(&flow.to) && flow.from != flow.to)
            .map(|flow| flow.from.clone())
            .filter(|from| {
                design.stages.get(from).is_some_and(|stage| {
                    stage
                        .measured
                        .conversion
                        .as_ref()
                        .is_some_and(|evidence| evidence.holds_for(stage.conversion))
                })
            })
            .collect();
        if !feeders.is_empty() {
            for stage_id in feeders {
                if let Some(evidence) = design
                    .stages
                    .get_mut(&stage_id)
                    .and_then(|stage| stage.measured.conversion.as_mut())
                {
                    evidence.not_borne_out = Some(Box::new(miss.clone()));
                }
            }
        } else if let Some(stage_id) = &row.stage {
            for source in design.sources.values_mut() {
                if &source.entry == stage_id
                    && let Some(evidence) = source.measured.as_mut()
                {
                    evidence.not_borne_out = Some(Box::new(miss.clone()));
                }
            }
        }
    }
}

/// The stages (and the deals won) the calibrated design does not reproduce.
#[must_use]
pub fn not_reproduced(replayed: &[Replayed]) -> Vec<&Replayed> {
    replayed.iter().filter(|row| !row.holds()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(actual: f64, planned: f64) -> Replayed {
        Replayed {
            stage: None,
            name: String::new(),
            actual,
            planned,
            weeks: 52,
            inside_band: None,
        }
    }

    #[test]
    fn a_plan_whose_band_misses_too_many_weeks_does_not_hold() {
        // A right design puts 80 % of 52 weeks inside its band, give or take 5.5 points.
        assert!((least_share_inside(52) - 0.689).abs() < 1e-3);
        let with_band = |share| Replayed {
            inside_band: Some(share),
            ..row(10.0, 10.5)
        };
        assert!(with_band(0.75).holds());
        assert!(
            !with_band(0.6).holds(),
            "right on average, wrong week by week"
        );
        assert!(
            !Replayed {
                inside_band: Some(0.9),
                ..row(10.0, 13.0)
            }
            .holds()
        );
    }

    #[test]
    fn a_plan_within_a_fifth_of_what_happened_holds() {
        assert!(row(10.0, 11.9).holds());
        assert!(row(10.0, 8.1).holds());
        assert!(!row(10.0, 12.5).holds());
        assert!(!row(0.0, 1.0).holds(), "deals planned where none came");
        assert!(row(0.0, 0.0).holds());
        assert!((row(21.1, 26.2).off() - 0.2417).abs() < 1e-3);
    }
}
