//! What the CRM knows: deals read from an export (an event log, or HubSpot, Pipedrive or
//! Salesforce as they export), measured per stage with the evidence behind every figure, and
//! turned into a design or laid over one. Free of UI; depends on `design` only.
//!
//! Nothing personal is kept: deal names, contacts and owners are never read into memory, and
//! a design built or calibrated from an export holds aggregates only.

pub mod backtest;
pub mod build;
pub mod calibrate;
mod columns;
pub mod dates;
mod deals;
mod event_log;
mod fold;
mod hubspot;
pub mod measure;
mod pipedrive;
pub mod preview;
pub mod reforecast;
pub mod report;
pub mod review;
pub mod review_words;
mod rows;
pub mod stats;
pub mod synthetic;
pub mod table;
pub mod trend;
pub mod weekly;

pub use dates::{Moment, SlashOrder};
pub use deals::{Deal, Deals, Outcome, Skipped, Visit};
pub use measure::{Measurement, measure};

use crate::i18n::{Language, Message};
use std::path::{Path, PathBuf};

/// Which kind of export a file is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ExportKind {
    /// One row per deal per stage entered (the process-mining convention).
    EventLog,
    /// HubSpot's deals export: one row per deal, a "Date entered" column per stage.
    HubSpot,
    /// Pipedrive's deals export: one row per deal, its current stage and status.
    Pipedrive,
    /// Salesforce's opportunity history report: one row per stage change.
    Salesforce,
}

impl ExportKind {
    /// The name shown to people.
    #[must_use]
    pub fn label(self, language: Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    fn message_id(self) -> &'static str {
        match self {
            Self::EventLog => "export-kind-event-log",
            Self::HubSpot => "export-kind-hub-spot",
            Self::Pipedrive => "export-kind-pipedrive",
            Self::Salesforce => "export-kind-salesforce",
        }
    }
}

/// A column an export needs or may have, for naming columns by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Field {
    /// Which deal (or lead) a row is about.
    Case,
    /// The stage entered.
    Stage,
    /// When.
    Time,
    /// The source or channel the deal came from.
    Source,
    /// The deal's value.
    Amount,
    /// Won, lost or open.
    Outcome,
    /// When the deal was created.
    Created,
    /// The pipeline a deal is in (HubSpot, Pipedrive).
    Pipeline,
    /// When a deal closed (HubSpot's close date).
    Closed,
    /// When a deal was won (Pipedrive).
    WonTime,
    /// When a deal was lost (Pipedrive).
    LostTime,
}

impl Field {
    /// Every field, in the order they are listed.
    pub const ALL: [Self; 11] = [
        Self::Case,
        Self::Stage,
        Self::Time,
        Self::Source,
        Self::Amount,
        Self::Outcome,
        Self::Created,
        Self::Pipeline,
        Self::Closed,
        Self::WonTime,
        Self::LostTime,
    ];

    /// The name used on the command line (`--column case=Deal`).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Case => "case",
            Self::Stage => "stage",
            Self::Time => "time",
            Self::Source => "source",
            Self::Amount => "amount",
            Self::Outcome => "outcome",
            Self::Created => "created",
            Self::Pipeline => "pipeline",
            Self::Closed => "closed",
            Self::WonTime => "won",
            Self::LostTime => "lost",
        }
    }
}

/// How to read an export; everything defaults to "decide from the file".
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// The kind, when detection should not decide.
    pub kind: Option<ExportKind>,
    /// Which pipeline, when the export holds several.
    pub pipeline: Option<String>,
    /// Columns named by hand, for event logs with headers Leadflow does not know.
    pub columns: Vec<(Field, String)>,
    /// The order of slashed dates when a column reads both ways.
    pub slash_order: SlashOrder,
    /// The pipeline's stages in order, when the export cannot say (Pipedrive, event logs).
    pub stage_order: Vec<String>,
    /// The day the starting state is counted on (default: the export's latest date).
    pub as_of: Option<jiff::civil::Date>,
    /// The language what Leadflow names from the export ("Other sources") is named in.
    pub language: Language,
}

/// Why an export cannot be read: the file, and where in it.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportError {
    /// The export.
    pub path: PathBuf,
    /// The row, as a spreadsheet numbers it (the header is row 1).
    pub row: Option<usize>,
    /// The column's header.
    pub column: Option<String>,
    /// What is wrong.
    pub message: Message,
}

impl ImportError {
    pub(crate) fn whole(path: &Path, message: Message) -> Self {
        Self {
            path: path.to_owned(),
            row: None,
            column: None,
            message,
        }
    }

    pub(crate) fn file(path: &Path, error: &std::io::Error) -> Self {
        Self::whole(
            path,
            crate::message!("import-cannot-read", error = error.to_string()),
        )
    }

    pub(crate) fn at_row(path: &Path, row: usize, message: Message) -> Self {
        Self {
            row: Some(row),
            ..Self::whole(path, message)
        }
    }

    pub(crate) fn at_cell(path: &Path, row: usize, column: &str, message: Message) -> Self {
        Self {
            row: Some(row),
            column: Some(column.to_owned()),
            ..Self::whole(path, message)
        }
    }

    pub(crate) fn in_column(path: &Path, column: &str, message: Message) -> Self {
        Self {
            column: Some(column.to_owned()),
            ..Self::whole(path, message)
        }
    }
}

impl crate::i18n::Worded for ImportError {
    fn words(&self, language: Language) -> String {
        let mut words = self.path.display().to_string();
        if let Some(row) = self.row {
            let row = row.to_string();
            words.push_str(": ");
            words.push_str(&crate::tr_in!(language, "import-error-row", row = row));
        }
        if let Some(column) = &self.column {
            words.push_str(if self.row.is_some() { ", " } else { ": " });
            words.push_str(&crate::tr_in!(
                language,
                "import-error-column",
                column = column.as_str()
            ));
        }
        words.push_str(": ");
        words.push_str(&self.message.words(language));
        words
    }
}

/// A header as Leadflow compares headers: lower case, spaces and quotes at the ends gone,
/// inner runs of spaces one space.
#[must_use]
pub fn normalise_header(name: &str) -> String {
    columns::normalise(name)
}

/// The column names of the export in `path`, for mapping an event log's columns by hand.
///
/// # Errors
/// An unreadable or empty file.
pub fn header_names(path: &Path) -> Result<Vec<String>, ImportError> {
    columns::read_header(path).map(|header| header.names)
}

/// Reads the deals of the export in `path`.
///
/// # Errors
/// An [`ImportError`] naming the row and column of the first problem that stops the import;
/// problems confined to one deal skip that deal and are listed in [`Deals::skipped`].
pub fn read_export(path: &Path, options: &ImportOptions) -> Result<Deals, ImportError> {
    let header = columns::read_header(path)?;
    let kind = match (options.kind, columns::detect(&header)) {
        (Some(kind), _) | (None, Some(kind)) => kind,
        // Columns named by hand, and no HubSpot stage columns (those are found in any
        // language): an event log's.
        (None, None) if !options.columns.is_empty() => ExportKind::EventLog,
        (None, None) => return Err(columns::unknown_kind(path, &header)),
    };
    let mut deals = match kind {
        ExportKind::EventLog | ExportKind::Salesforce => {
            event_log::read(path, &header, kind, options)?
        }
        ExportKind::HubSpot => hubspot::read(path, &header, options)?,
        ExportKind::Pipedrive => pipedrive::read(path, &header, options)?,
    };
    deals.finish(path, options)?;
    Ok(deals)
}
