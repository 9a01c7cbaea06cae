//! Load and save errors, each naming the file and, where it can, the line, column and field.

use crate::i18n::{Language, Message};
use std::fmt;

/// Why a design could not be loaded. The current design is never touched by a failed load.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read.
    Io {
        /// The file.
        file: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    NotText {
        /// The file.
        file: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column of the first invalid byte.
        col: usize,
    },
    /// An image that Leadflow did not export, so it carries no design.
    NoDesignInImage {
        /// The file.
        file: String,
    },
    /// Not a regular file: a directory, a device such as /dev/zero, a pipe.
    NotAFile {
        /// The file.
        file: String,
    },
    /// Larger than any design may be.
    TooLarge {
        /// The file.
        file: String,
        /// Its size (at least this much).
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file holds nothing.
    Empty {
        /// The file.
        file: String,
    },
    /// The text is not a valid design.
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
        message: Message,
    },
    /// The file was written by a newer Leadflow.
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

    /// What went wrong, to be worded where it is shown.
    #[must_use]
    pub fn message(&self) -> Message {
        match self {
            Self::Io { file, source } => {
                crate::message!("load-cannot-read", file = file, error = source.to_string())
            }
            Self::NotText { file, line, col } => {
                crate::message!("load-not-text", place = format!("{file}:{line}:{col}"))
            }
            Self::NoDesignInImage { file } => {
                crate::message!("load-no-design-in-image", file = file)
            }
            Self::NotAFile { file } => crate::message!("load-not-a-file", file = file),
            Self::TooLarge { file, bytes, limit } => crate::message!(
                "load-too-large",
                file = file,
                bytes = bytes.to_string(),
                limit = limit.to_string()
            ),
            Self::Empty { file } => crate::message!("load-empty", file = file),
            Self::Syntax {
                file,
                line,
                col,
                field,
                message,
            } => {
                let place = if field.is_empty() {
                    format!("{file}:{line}:{col}")
                } else {
                    format!("{file}:{line}:{col}: {field}")
                };
                crate::message!("load-syntax", place = place, problem = message)
            }
            Self::NewerVersion {
                file,
                found,
                supported,
            } => crate::message!(
                "load-newer-version",
                file = file,
                found = found.to_string(),
                supported = supported.to_string()
            ),
        }
    }
}

impl crate::i18n::Worded for LoadError {
    fn words(&self, language: Language) -> String {
        self.message().words(language)
    }
}

/// RON's messages, reworded where they would puzzle someone who is not a programmer.
fn friendly_message(code: &ron::Error) -> Message {
    match code {
        ron::Error::Eof => crate::message!("load-ends-early"),
        ron::Error::ExpectedFloat | ron::Error::ExpectedInteger => {
            crate::message!("load-expected-number")
        }
        ron::Error::InvalidValueForType { expected, found } => {
            crate::message!(
                "load-expected-found",
                expected = expected.clone(),
                found = found.clone()
            )
        }
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => crate::message!(
            "load-unknown-field",
            found = found.as_str(),
            expected = Backticked(expected).to_string()
        ),
        ron::Error::MissingStructField { field, .. } => {
            crate::message!("load-missing-field", field = *field)
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => crate::message!(
            "load-unknown-value",
            found = found.as_str(),
            expected = Backticked(expected).to_string()
        ),
        // RON's own words for the rare rest, as the parser has them (in English).
        other => crate::message!("load-parser-says", text = other.to_string()),
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
#[derive(Debug)]
pub enum SaveError {
    /// The design could not be turned into RON.
    Serialize(ron::Error),
    /// The file system refused.
    Io {
        /// The target file.
        file: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The target is read-only: it is not replaced.
    ReadOnly {
        /// The target file.
        file: String,
    },
}

impl SaveError {
    /// What went wrong, to be worded where it is shown.
    #[must_use]
    pub fn message(&self) -> Message {
        match self {
            Self::Serialize(error) => crate::message!("save-serialize", error = error.to_string()),
            Self::Io { file, source } => {
                crate::message!("save-cannot", file = file, error = source.to_string())
            }
            Self::ReadOnly { file } => crate::message!("save-read-only", file = file),
        }
    }
}

impl crate::i18n::Worded for SaveError {
    fn words(&self, language: Language) -> String {
        self.message().words(language)
    }
}
