//! Where a figure comes from: assumed (typed by someone) or measured from a CRM export. A
//! measured figure keeps what it rests on (deals, period, 90 % interval) and stays measured
//! only while it still equals what was measured: typing another value makes it assumed, and
//! undo brings the measurement back with the value.

use super::calendar::Date;
use serde::{Deserialize, Serialize};

/// The most deals a measurement can rest on (an import reads at most two million).
pub const MAX_EVIDENCE_DEALS: u64 = 1_000_000_000;

/// Fewer observations than this behind a figure and it is called thin evidence.
pub const THIN_EVIDENCE: u64 = 20;

/// A figure measured from data.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The value as measured.
    pub measured: f64,
    /// Lower end of its 90 % interval.
    pub low: f64,
    /// Upper end of its 90 % interval.
    pub high: f64,
    /// How many deals (or stays, or arrivals) it rests on.
    pub deals: u64,
    /// The first day of the data.
    pub from: Date,
    /// The last day of the data.
    pub to: Date,
    /// Set when the design as calibrated, replayed over the export's weeks, did not reproduce
    /// what the export recorded where this figure leads: measured, but not borne out, so taken
    /// as assumed until calibrated again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_borne_out: Option<Box<NotBorneOut>>,
}

/// Where a replay of the export did not bear a measured figure out: deals a week the design
/// as calibrated planned at the stage the figure leads to (or in deals won), and what the
/// export recorded there.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotBorneOut {
    /// The stage whose entries were off, by its name then; empty for the deals won.
    #[serde(default)]
    pub at: String,
    /// Planned a week.
    pub planned: f64,
    /// Recorded a week.
    pub recorded: f64,
}

impl Evidence {
    /// Whether `value` is still the measured figure (to the digits a file keeps).
    #[must_use]
    pub fn holds_for(&self, value: f64) -> bool {
        (value - self.measured).abs() <= 1e-9 * self.measured.abs().max(1.0)
    }

    /// Whether `value` stands as measured: still the measured figure, and borne out by the
    /// replay of the export it came from.
    #[must_use]
    pub fn stands_for(&self, value: f64) -> bool {
        self.holds_for(value) && self.not_borne_out.is_none()
    }

    /// What is wrong with the evidence as a file holds it, if anything: numbers that are not
    /// finite or not in order, a count beyond any export, dates out of order.
    #[must_use]
    pub fn problem(&self) -> Option<crate::i18n::Message> {
        let numbers = [self.measured, self.low, self.high];
        if numbers.iter().any(|number| !number.is_finite()) {
            return Some(crate::message!("evidence-not-finite"));
        }
        if let Some(replay) = &self.not_borne_out {
            if [replay.planned, replay.recorded]
                .iter()
                .any(|number| !number.is_finite() || *number < 0.0)
            {
                return Some(crate::message!("evidence-replay-not-a-count"));
            }
            if replay.at.chars().count() > super::limits::MAX_NAME_CHARS {
                return Some(crate::message!(
                    "evidence-name-too-long",
                    max = super::limits::MAX_NAME_CHARS.to_string()
                ));
            }
        }
        if !(self.low <= self.measured && self.measured <= self.high) {
            return Some(crate::message!(
                "evidence-outside-interval",
                low = self.low.to_string(),
                high = self.high.to_string(),
                measured = self.measured.to_string()
            ));
        }
        if self.deals > MAX_EVIDENCE_DEALS {
            return Some(crate::message!(
                "evidence-too-many-deals",
                deals = self.deals.to_string(),
                max = MAX_EVIDENCE_DEALS.to_string()
            ));
        }
        if self.from > self.to {
            return Some(crate::message!(
                "evidence-period-reversed",
                from = self.from.to_string(),
                to = self.to.to_string()
            ));
        }
        None
    }

    /// Whether it rests on too few observations to lean on.
    #[must_use]
    pub fn is_thin(&self) -> bool {
        self.deals < THIN_EVIDENCE
    }

    /// The period as "Sep 2025–Oct 2026".
    #[must_use]
    pub fn period(&self, language: crate::i18n::Language) -> String {
        period_text(self.from, self.to, language)
    }
}

/// A period of data as months: "Sep 2025–Oct 2026", or "Oct 2026" within one month.
#[must_use]
pub fn period_text(from: Date, to: Date, language: crate::i18n::Language) -> String {
    let month = |date: Date| crate::i18n::format::month_label_in(language, date, true);
    if month(from) == month(to) {
        month(to)
    } else {
        format!("{}–{}", month(from), month(to))
    }
}

/// The measured figures of a stage; each absent when assumed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageEvidence {
    /// Of `conversion`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversion: Option<Evidence>,
    /// Of `days_in_stage`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_in_stage: Option<Evidence>,
    /// Of a customer stage's order value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_value: Option<Evidence>,
}

impl StageEvidence {
    /// Whether nothing is measured.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.conversion.is_none() && self.days_in_stage.is_none() && self.order_value.is_none()
    }

    /// Every measurement with the name of its field, for validation.
    pub fn all(&self) -> impl Iterator<Item = (&'static str, &Evidence)> {
        [
            ("conversion", self.conversion.as_ref()),
            ("days_in_stage", self.days_in_stage.as_ref()),
            ("order_value", self.order_value.as_ref()),
        ]
        .into_iter()
        .filter_map(|(name, evidence)| evidence.map(|evidence| (name, evidence)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evidence(not_borne_out: Option<NotBorneOut>) -> Evidence {
        Evidence {
            measured: 0.4,
            low: 0.35,
            high: 0.45,
            deals: 500,
            from: Date::constant(2025, 11, 3),
            to: Date::constant(2026, 11, 29),
            not_borne_out: not_borne_out.map(Box::new),
        }
    }

    fn miss(at: &str, planned: f64, recorded: f64) -> NotBorneOut {
        NotBorneOut {
            at: at.to_owned(),
            planned,
            recorded,
        }
    }

    /// A file's replay figures are untrusted like the rest: only counts, and a bounded name.
    #[test]
    fn a_replay_miss_in_a_file_holds_counts_and_a_name_of_bounded_length() {
        assert_eq!(evidence(Some(miss("Qualify", 26.2, 21.1))).problem(), None);
        for (planned, recorded) in [(-1.0, 2.0), (f64::NAN, 2.0), (1.0, f64::INFINITY)] {
            let problem = evidence(Some(miss("Qualify", planned, recorded)))
                .problem()
                .expect("refused");
            assert_eq!(problem.id, "evidence-replay-not-a-count");
        }
        let long = "x".repeat(crate::design::limits::MAX_NAME_CHARS + 1);
        let problem = evidence(Some(miss(&long, 1.0, 1.0)))
            .problem()
            .expect("refused");
        assert_eq!(problem.id, "evidence-name-too-long");
        assert!(!evidence(Some(miss("Qualify", 26.2, 21.1))).stands_for(0.4));
        assert!(evidence(None).stands_for(0.4));
    }
}
