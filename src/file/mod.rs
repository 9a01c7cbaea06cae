//! Reading and writing designs as RON: format version and migration, atomic saves, and errors
//! that name the file, line, column and field.

pub mod embedded;
mod error;
mod v0;
mod v1;

pub use error::{LoadError, SaveError};

use crate::design::limits::MAX_FILE_BYTES;
use crate::design::{Design, FORMAT_VERSION};
use ron::extensions::Extensions;
use ron::ser::PrettyConfig;
use serde::Deserialize;
use std::fs;
use std::io::{Read, Write};
use std::path::Path;

/// Reads a design from a file. Never panics; a failed load has no effect.
///
/// # Errors
/// When the file cannot be read or is not a valid design (see [`design_from_bytes`]).
pub fn load(path: &Path) -> Result<Design, LoadError> {
    let bytes = read_bounded(path)?;
    design_from_bytes(&bytes, &path.display().to_string())
}

/// The bytes of a regular file of at most [`MAX_FILE_BYTES`], read in bounded time and
/// memory: a pipe, a device or a directory is refused before it is read (it could block or
/// never end), and no more than the limit is read whatever the file claims its size is.
///
/// # Errors
/// When the file cannot be opened or read, is not a regular file, or is too large.
pub fn read_bounded(path: &Path) -> Result<Vec<u8>, LoadError> {
    let file = path.display().to_string();
    let io = |source| LoadError::Io {
        file: file.clone(),
        source,
    };
    // Asked of the path first, so that opening a pipe cannot block.
    let metadata = fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(LoadError::NotAFile { file });
    }
    let too_large = |bytes| LoadError::TooLarge {
        file: file.clone(),
        bytes,
        limit: MAX_FILE_BYTES,
    };
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large(metadata.len()));
    }
    let opened = fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    std::io::Read::take(opened, MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Parses a design from the bytes of a RON file, or of a PNG or SVG image exported by
/// Leadflow (which carries its design); `origin` names the file in errors.
///
/// Files without a `format_version` are the prototype's format (version 0) and are migrated.
///
/// # Errors
/// When the bytes are not UTF-8, not RON, not a design, or from a newer Leadflow; or an image
/// without a design inside.
pub fn design_from_bytes(bytes: &[u8], origin: &str) -> Result<Design, LoadError> {
    let embedded = match embedded::open(bytes) {
        embedded::Container::Plain(bytes) => return design_from_ron(bytes, origin),
        embedded::Container::Png(text) | embedded::Container::Svg(text) => text,
    };
    let Some(text) = embedded else {
        return Err(LoadError::NoDesignInImage {
            file: origin.to_owned(),
        });
    };
    design_from_ron(
        text.as_bytes(),
        &format!("{origin} (design inside the image)"),
    )
}

fn design_from_ron(bytes: &[u8], origin: &str) -> Result<Design, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        let line = 1 + valid.matches('\n').count();
        let col = 1 + valid
            .rsplit('\n')
            .next()
            .map_or(0, |last| last.chars().count());
        LoadError::NotText {
            file: origin.to_owned(),
            line,
            col,
        }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            file: origin.to_owned(),
        });
    }
    match probe_version(text) {
        Some(0) => v0::parse(text, origin).map(v0::migrate).map(v1::migrate),
        Some(1) => {
            let design: Design = parse_with_path(text, origin)?;
            Ok(v1::migrate(design))
        }

        Some(version) if version > FORMAT_VERSION => Err(LoadError::NewerVersion {
            file: origin.to_owned(),
            found: version,
            supported: FORMAT_VERSION,
        }),
        // The current version, or text too broken to tell: the full parse reports what is
        // wrong.
        Some(_) | None => {
            let mut design: Design = parse_with_path(text, origin)?;
            design.format_version = FORMAT_VERSION;
            Ok(design)
        }
    }
}

/// The format version a file declares: `Some(0)` when it declares none, `None` when the text is
/// not a RON struct at all.
fn probe_version(text: &str) -> Option<u32> {
    #[derive(Deserialize)]
    struct VersionProbe {
        #[serde(default)]
        format_version: u32,
    }
    ron::Options::default()
        .from_str::<VersionProbe>(text)
        .ok()
        .map(|probe| probe.format_version)
}

/// Deserializes `text`, reporting the position and the field path of the first problem.
pub(crate) fn parse_with_path<T: serde::de::DeserializeOwned>(
    text: &str,
    origin: &str,
) -> Result<T, LoadError> {
    let mut deserializer = ron::Deserializer::from_str(text)
        .map_err(|error| LoadError::from_ron(origin, &error, ""))?;
    let result = serde_path_to_error::deserialize(&mut deserializer);
    match result {
        Ok(value) => {
            deserializer
                .end()
                .map_err(|code| LoadError::from_ron(origin, &deserializer.span_error(code), ""))?;
            Ok(value)
        }
        Err(error) => {
            let field_path = error.path().to_string();
            let spanned = deserializer.span_error(error.into_inner());
            Err(LoadError::from_ron(origin, &spanned, &field_path))
        }
    }
}

/// The RON text of a design, exactly as [`save`] writes it.
///
/// # Errors
/// Only when serialization itself fails, which a well-formed design never does.
pub fn design_to_string(design: &Design) -> Result<String, SaveError> {
    let config = PrettyConfig::new()
        .indentor("    ")
        .new_line("\n")
        .depth_limit(3)
        .extensions(Extensions::UNWRAP_VARIANT_NEWTYPES);
    let mut text = ron::ser::to_string_pretty(design, config).map_err(SaveError::Serialize)?;
    text.push('\n');
    Ok(text)
}

/// Writes a design atomically: a temporary file beside the target is written, flushed to disk
/// and renamed over the target, so a crash never leaves a half-written design.
///
/// # Errors
/// When the directory is not writable or the disk is full; the target is then untouched.
pub fn save(design: &Design, path: &Path) -> Result<(), SaveError> {
    let text = design_to_string(design)?;
    write_atomically(path, text.as_bytes())
}

/// Writes bytes to `path` through a temporary file and a rename.
///
/// # Errors
/// When writing, syncing or renaming fails; the temporary file is removed then.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let io_error = |source| SaveError::Io {
        file: path.display().to_string(),
        source,
    };
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => std::env::current_dir().map_err(io_error)?,
    };
    let file_name = path
        .file_name()
        .map_or_else(|| "design".into(), |name| name.to_string_lossy());
    let temporary = directory.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)?;
        // Persist the rename itself; not every platform can open a directory, so best effort.
        if let Ok(dir) = fs::File::open(&directory) {
            let _ = dir.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result.map_err(io_error)
}
