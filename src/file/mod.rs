//! Reading and writing designs as RON: format version and migration, atomic saves, and errors
//! that name the file, line, column and field.

pub mod embedded;
mod error;
pub mod recovery;
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

/// What a file on disk was when it was read or written, to tell whether someone changed it
/// since: its size, its modification time and a hash of its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    bytes: u64,
    modified: Option<std::time::SystemTime>,
    hash: u64,
}

/// The fingerprint of the file at `path`; none when it cannot be read (it was removed, say).
#[must_use]
pub fn fingerprint(path: &Path) -> Option<Fingerprint> {
    let bytes = read_bounded(path).ok()?;
    Some(Fingerprint::of(&bytes, path))
}

impl Fingerprint {
    /// The fingerprint of `bytes` just read from or written to `path` (only its time is asked
    /// of the disk, so a file is not read twice).
    #[must_use]
    pub fn of(bytes: &[u8], path: &Path) -> Self {
        // FNV-1a: a change of any byte changes it; not meant to resist a forger.
        let hash = bytes.iter().fold(0xCBF2_9CE4_8422_2325_u64, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01B3)
        });
        Self {
            bytes: bytes.len() as u64,
            modified: fs::metadata(path).and_then(|meta| meta.modified()).ok(),
            hash,
        }
    }
}

/// Reads a design and the fingerprint of the file it came from, reading the file once.
///
/// # Errors
/// As [`load`].
pub fn load_fingerprinted(path: &Path) -> Result<(Design, Fingerprint), LoadError> {
    let bytes = read_bounded(path)?;
    let design = design_from_bytes(&bytes, &path.display().to_string())?;
    Ok((design, Fingerprint::of(&bytes, path)))
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
        embedded::Container::Png(text)
        | embedded::Container::Svg(text)
        | embedded::Container::Deck(text)
        | embedded::Container::Pdf(text) => text,
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
    // Windows Notepad starts a UTF-8 file with a byte-order mark: it is no part of the design
    // (and would put every column of the first line one off).
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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
        // The current version, version 2 (version 3 without a plan, which parses as it is),
        // or text too broken to tell: the full parse reports what is wrong.
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

/// Writes bytes to `path` through a temporary file and a rename, so the target is always
/// the old file or the new one, whole.
///
/// - A symbolic link is followed: its target is replaced, the link stays.
/// - A read-only target is refused, not replaced.
/// - The target's permissions are kept (a 0600 file stays 0600).
/// - The temporary file is created exclusively, beside the target, with an unpredictable
///   name; one left by a crash (older than [`STALE_AFTER`]) is removed by the next save.
/// - The file and then the directory are synced, so the rename survives a power cut.
///
/// # Errors
/// When the target is read-only, or writing, syncing or renaming fails; the temporary file is
/// removed then and the target is untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let io_error = |source| SaveError::Io {
        file: path.display().to_string(),
        source,
    };
    let target = match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => {
            fs::canonicalize(path).map_err(io_error)?
        }
        _ => path.to_path_buf(),
    };
    let existing = fs::metadata(&target).ok();
    if existing
        .as_ref()
        .is_some_and(|metadata| metadata.permissions().readonly())
    {
        return Err(SaveError::ReadOnly {
            file: path.display().to_string(),
        });
    }
    let directory = match target.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => std::env::current_dir().map_err(io_error)?,
    };
    let file_name = target
        .file_name()
        .map_or_else(|| "design".into(), |name| name.to_string_lossy());
    let prefix = format!(".{file_name}.");
    remove_stale_temporaries(&directory, &prefix);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMPORARY_SUFFIX);
    // A new file gets what any program's new file gets (0666 less the umask), not the
    // temporary file's private 0600: a colleague on a shared folder can read the export.
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temporary = builder.tempfile_in(&directory).map_err(io_error)?;
    temporary.write_all(bytes).map_err(io_error)?;
    if let Some(metadata) = &existing {
        temporary
            .as_file()
            .set_permissions(metadata.permissions())
            .map_err(io_error)?;
    }
    temporary.as_file().sync_all().map_err(io_error)?;
    // On failure the temporary file is dropped, which removes it.
    temporary
        .persist(&target)
        .map_err(|error| io_error(error.error))?;
    // Persist the rename itself; not every platform can open a directory, so best effort.
    if let Ok(dir) = fs::File::open(&directory) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// How the temporary files of a save end.
const TEMPORARY_SUFFIX: &str = ".tmp";

/// A temporary file this old was left by a save that never finished (a crash, a kill): no
/// save takes this long.
pub const STALE_AFTER: std::time::Duration = std::time::Duration::from_mins(10);

/// Removes temporary files of earlier saves of the same file left by a crash.
fn remove_stale_temporaries(directory: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(directory) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(prefix) && name.ends_with(TEMPORARY_SUFFIX)) {
            continue;
        }
        let stale = entry
            .metadata()
            .ok()
            .filter(std::fs::Metadata::is_file)
            .and_then(|metadata| metadata.modified().ok())
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > STALE_AFTER);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}
