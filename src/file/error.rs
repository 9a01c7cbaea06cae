//! Load and save errors, each naming the file and, where it can, the line, column and field.

use std::fmt;

/// Why a design could not be loaded. The current design is never touched by a failed load.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{file}: cannot read the file: {source}")]
    Io {
        /// The file.
        file: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error(
        "{file}:{line}:{col}: this is not a text file (invalid UTF-8); is it a Leadflow design?"
    )]
    NotText {
        /// The file.
        file: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column of the first invalid byte.
        col: usize,
    },
    /// An image that Leadflow did not export, so it carries no design.
    #[error(
        "{file}: this image holds no Leadflow design; only images exported by Leadflow can be opened as designs"
    )]
    NoDesignInImage {
        /// The file.
        file: String,
    },
    /// Not a regular file: a directory, a device such as /dev/zero, a pipe.
    #[error("{file}: not a regular file; a design is a .ron file or an image exported by Leadflow")]
    NotAFile {
        /// The file.
        file: String,
    },
    /// Larger than any design may be.
    #[error("{file}: {bytes} bytes, more than the {limit} bytes a design may have")]
    TooLarge {
        /// The file.
        file: String,
        /// Its size (at least this much).
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file holds nothing.
    #[error("{file}: the file is empty; it holds no design")]
    Empty {
        /// The file.
        file: String,
    },
    /// The text is not a valid design.
    #[error("{}", self.describe_syntax())]
    Syntax {
        /// The file.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        col: usize,
        /// Path of the field being read, such as `stages.qualify.conversion`; may be empty.
        field: String,
        /// What was wrong.
        message: String,
    },
    /// The file was written by a newer Leadflow.
    #[error(
        "{file}: written by a newer Leadflow (format version {found}); this version reads up to {supported}. Update Leadflow to open it."
    )]
    NewerVersion {
        /// The file.
        file: String,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads.
        supported: u32,
    },
}

impl LoadError {
    pub(crate) fn from_ron(file: &str, error: &ron::error::SpannedError, field: &str) -> Self {
        Self::Syntax {
            file: file.to_owned(),
            line: error.span.start.line,
            col: error.span.start.col,
            // serde_path_to_error writes `?` for a step it could not name (inside a half-read
            // value): the named part of the path is what helps.
            field: field
                .split('.')
                .take_while(|step| *step != "?")
                .collect::<Vec<_>>()
                .join("."),
            message: friendly_message(&error.code),
        }
    }

    fn describe_syntax(&self) -> String {
        let Self::Syntax {
            file,
            line,
            col,
            field,
            message,
        } = self
        else {
            return String::new();
        };
        if field.is_empty() {
            format!("{file}:{line}:{col}: {message}")
        } else {
            format!("{file}:{line}:{col}: {field}: {message}")
        }
    }
}

/// RON's messages, reworded where they would puzzle someone who is not a programmer.
fn friendly_message(code: &ron::Error) -> String {
    match code {
        ron::Error::Eof => "the file ends too early; is it complete?".to_owned(),
        ron::Error::ExpectedFloat | ron::Error::ExpectedInteger => {
            "expected a number here".to_owned()
        }
        ron::Error::InvalidValueForType { expected, found } => {
            format!("expected {expected}, found {found}")
        }
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => format!(
            "unknown field `{found}` (written by a newer Leadflow, or a typo?); expected one of {}",
            Backticked(expected)
        ),
        ron::Error::MissingStructField { field, .. } => {
            format!("the field `{field}` is missing")
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => format!(
            "unknown value `{found}`; expected one of {}",
            Backticked(expected)
        ),
        other => other.to_string(),
    }
}

struct Backticked<'a>(&'a [&'a str]);

impl fmt::Display for Backticked<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, item) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{item}`")?;
        }
        Ok(())
    }
}

/// Why a design could not be saved. The previous file is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// The design could not be turned into RON.
    #[error("cannot write the design as RON: {0}")]
    Serialize(ron::Error),
    /// The file system refused.
    #[error("{file}: cannot save: {source}")]
    Io {
        /// The target file.
        file: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The target is read-only: it is not replaced.
    #[error("{file}: the file is read-only; it was not replaced. Save under another name")]
    ReadOnly {
        /// The target file.
        file: String,
    },
}
