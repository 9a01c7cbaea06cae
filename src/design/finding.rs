//! A finding on a design: how serious, what it concerns, and the problem as a typed message,
//! worded where it is shown. Validation (`validate.rs`, `plan_check.rs`) makes them.

use super::StageId;
use crate::i18n::{Language, Message};
use std::fmt;

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The design can be simulated but probably not as meant.
    Warning,
    /// The design cannot be simulated as it stands.
    Error,
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The design as a whole.
    Design,
    /// A stage.
    Stage(StageId),
    /// The flow between two stages.
    Flow {
        /// Where it leaves.
        from: StageId,
        /// Where it enters.
        to: StageId,
    },
    /// A lead source, by id.
    Source(String),
    /// A role or tool in the catalogue, by id.
    Catalogue(String),
    /// A move of the plan, by its position in it.
    Move(usize),
}

/// One problem found in a design.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// What it concerns.
    pub subject: Subject,
    /// The problem, worded where it is shown: its message id names the rule, its values the
    /// names and figures involved, starting with what it concerns.
    pub problem: Message,
}

impl Finding {
    /// The rule the design broke (the id of its message).
    #[must_use]
    pub fn rule(&self) -> &'static str {
        self.problem.id
    }

    /// The finding as a sentence in `language`.
    #[must_use]
    pub fn words(&self, language: Language) -> String {
        self.problem.words(language)
    }
}

impl fmt::Display for Finding {
    /// In English: for logs and test failures, not for people (they read [`Finding::words`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level}: {}", self.words(Language::English))
    }
}
