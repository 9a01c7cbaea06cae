//! Load and save errors, each naming the file and, where it can, the line, column and field.

use std::fmt;

/// Why a design could not be loaded. The current design is never touched by a failed load.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("{}", crate::tr!("load-cannot-read", file = file.as_str(), error = source.to_string()))]
    Io {
        /// The file.
        file: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{}", crate::tr!(
        "load-not-text",
        place = format!("{file}:{line}:{col}")
    ))]
    NotText {
        /// The file.
        file: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based column of the first invalid byte.
        col: usize,
    },
    /// An image that Leadflow did not export, so it carries no design.
    #[error("{}", crate::tr!("load-no-design-in-image", file = file.as_str()))]
    NoDesignInImage {
        /// The file.
        file: String,
    },
    /// Not a regular file: a directory, a device such as /dev/zero, a pipe.
    #[error("{}", crate::tr!("load-not-a-file", file = file.as_str()))]
    NotAFile {
        /// The file.
        file: String,
    },
    /// Larger than any design may be.
    #[error("{}", crate::tr!(
        "load-too-large",
        file = file.as_str(),
        bytes = bytes.to_string(),
        limit = limit.to_string()
    ))]
    TooLarge {
        /// The file.
        file: String,
        /// Its size (at least this much).
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file holds nothing.
    #[error("{}", crate::tr!("load-empty", file = file.as_str()))]
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
    #[error("{}", crate::tr!(
        "load-newer-version",
        file = file.as_str(),
        found = found.to_string(),
        supported = supported.to_string()
    ))]
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
        ron::Error::Eof => crate::tr!("load-ends-early"),
        ron::Error::ExpectedFloat | ron::Error::ExpectedInteger => {
            crate::tr!("load-expected-number")
        }
        ron::Error::InvalidValueForType { expected, found } => {
            crate::tr!(
                "load-expected-found",
                expected = expected.clone(),
                found = found.clone()
            )
        }
        ron::Error::NoSuchStructField {
            expected, found, ..
        } => crate::tr!(
            "load-unknown-field",
            found = found.as_str(),
            expected = Backticked(expected).to_string()
        ),
        ron::Error::MissingStructField { field, .. } => {
            crate::tr!("load-missing-field", field = *field)
        }
        ron::Error::NoSuchEnumVariant {
            expected, found, ..
        } => crate::tr!(
            "load-unknown-value",
            found = found.as_str(),
            expected = Backticked(expected).to_string()
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
    #[error("{}", crate::tr!("save-serialize", error = .0.to_string()))]
    Serialize(ron::Error),
    /// The file system refused.
    #[error("{}", crate::tr!("save-cannot", file = file.as_str(), error = source.to_string()))]
    Io {
        /// The target file.
        file: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The target is read-only: it is not replaced.
    #[error("{}", crate::tr!("save-read-only", file = file.as_str()))]
    ReadOnly {
        /// The target file.
        file: String,
    },
}
