//! Rows of a CSV file or of an XLSX workbook's first sheet, streamed one at a time so an
//! export of a million rows is read in bounded memory. Every cell arrives as text; XLSX dates
//! arrive written as ISO 8601 so one date reader serves both.

use super::ImportError;
use super::dates::from_excel_serial;
use calamine::{DataRef, Reader as _};
use std::io::{BufReader, Read as _};
use std::path::Path;

/// The largest export read, in bytes: a million deals of a wide HubSpot export fit.
pub const MAX_EXPORT_BYTES: u64 = 1 << 30;

/// The most a workbook's shared strings (the text of its cells, which the XLSX reader holds in
/// memory whole) may inflate to, in bytes. A wide export of a million deals stays well under;
/// a file made to inflate without end is refused before it is read.
pub const MAX_SHARED_STRINGS_BYTES: u64 = 512 << 20;

/// The most columns a row may have (as many as a spreadsheet).
pub const MAX_COLUMNS: usize = 16_384;

/// Cells of one row, with its row number as a spreadsheet shows it (the header is row 1).
pub type RowVisitor<'a> = dyn FnMut(usize, &[String]) -> Result<(), ImportError> + 'a;

/// Calls `visit` with every row of the table in `path`, the header first.
///
/// # Errors
/// A file that cannot be read, is too big, is neither CSV nor XLSX, or that `visit` refuses.
pub fn read_rows(path: &Path, visit: &mut RowVisitor<'_>) -> Result<(), ImportError> {
    let metadata = std::fs::metadata(path).map_err(|error| ImportError::file(path, &error))?;
    if !metadata.is_file() {
        return Err(ImportError::whole(
            path,
            crate::message!("import-is-not-a-regular-file"),
        ));
    }
    if metadata.len() > MAX_EXPORT_BYTES {
        return Err(ImportError::whole(
            path,
            crate::message!(
                "import-too-large",
                size = (metadata.len() >> 20).to_string(),
                max = (MAX_EXPORT_BYTES >> 20).to_string()
            ),
        ));
    }
    if metadata.len() == 0 {
        return Err(ImportError::whole(path, crate::message!("import-is-empty")));
    }
    let mut head = [0_u8; 4];
    let mut file = std::fs::File::open(path).map_err(|error| ImportError::file(path, &error))?;
    let read = file
        .read(&mut head)
        .map_err(|error| ImportError::file(path, &error))?;
    if head[..read].starts_with(b"PK\x03\x04") {
        read_workbook(path, visit)
    } else {
        read_csv(path, visit)
    }
}

fn read_csv(path: &Path, visit: &mut RowVisitor<'_>) -> Result<(), ImportError> {
    let (bytes_head, binary) = first_line(path)?;
    if binary {
        return Err(ImportError::whole(
            path,
            crate::message!("import-is-not-a-table-neither"),
        ));
    }
    let delimiter = delimiter_of(&bytes_head);
    let file = std::fs::File::open(path).map_err(|error| ImportError::file(path, &error))?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(BufReader::new(file));
    let mut record = csv::ByteRecord::new();
    let mut cells: Vec<String> = Vec::new();
    let mut row = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(error) => {
                return Err(ImportError::at_row(
                    path,
                    row + 1,
                    crate::message!("import-not-csv", error = error.to_string()),
                ));
            }
        }
        row += 1;
        if record.len() > MAX_COLUMNS {
            return Err(ImportError::at_row(
                path,
                row,
                crate::message!(
                    "import-too-many-cells",
                    cells = record.len().to_string(),
                    max = MAX_COLUMNS.to_string()
                ),
            ));
        }
        cells.resize(record.len(), String::new());
        for (cell, field) in cells.iter_mut().zip(record.iter()) {
            cell.clear();
            decode_into(field, cell);
        }
        if row == 1
            && let Some(first) = cells.first_mut()
        {
            *first = first.trim_start_matches('\u{feff}').to_owned();
        }
        visit(row, &cells)?;
    }
}

/// UTF-8 as it should be; Windows-1252 where Excel saved "CSV" in the old way.
fn decode_into(field: &[u8], cell: &mut String) {
    if let Ok(text) = std::str::from_utf8(field) {
        cell.push_str(text);
    } else {
        let (text, _, _) = encoding_rs::WINDOWS_1252.decode(field);
        cell.push_str(&text);
    }
}

/// The first line, and whether the file's start holds NUL bytes (an image, not text).
fn first_line(path: &Path) -> Result<(Vec<u8>, bool), ImportError> {
    let file = std::fs::File::open(path).map_err(|error| ImportError::file(path, &error))?;
    let mut head = Vec::new();
    file.take(64 * 1024)
        .read_to_end(&mut head)
        .map_err(|error| ImportError::file(path, &error))?;
    let end = head
        .iter()
        .position(|&byte| byte == b'\n')
        .unwrap_or(head.len());
    let binary = head.contains(&0);
    head.truncate(end);
    Ok((head, binary))
}

/// The delimiter of the header line: Nordic Excel writes `;`, some exports tabs.
fn delimiter_of(header: &[u8]) -> u8 {
    let mut quoted = false;
    let mut counts = [0_usize; 3];
    for &byte in header {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let delimiters = [b',', b';', b'\t'];
    let best = (0..3)
        .max_by_key(|&index| (counts[index], 3 - index))
        .unwrap_or(0);
    delimiters[best]
}

fn read_workbook(path: &Path, visit: &mut RowVisitor<'_>) -> Result<(), ImportError> {
    let broken = |error: &dyn std::fmt::Display| {
        ImportError::whole(
            path,
            crate::message!("import-not-xlsx", error = error.to_string()),
        )
    };
    shared_strings_within(path, MAX_SHARED_STRINGS_BYTES)?;
    let file = std::fs::File::open(path).map_err(|error| ImportError::file(path, &error))?;
    let mut workbook = calamine::Xlsx::new(BufReader::new(file)).map_err(|error| broken(&error))?;
    let is_1904 = workbook.has_1904_epoch();
    let Some(sheet) = workbook.sheet_names().first().cloned() else {
        return Err(ImportError::whole(
            path,
            crate::message!("import-has-no-sheets"),
        ));
    };
    let mut reader = workbook
        .worksheet_cells_reader(&sheet)
        .map_err(|error| broken(&error))?;
    let mut cells: Vec<String> = Vec::new();
    let mut current: Option<u32> = None;
    while let Some(cell) = reader.next_cell().map_err(|error| broken(&error))? {
        let (row, column) = cell.get_position();
        if current != Some(row) {
            if let Some(previous) = current {
                visit(previous as usize + 1, &cells)?;
            }
            current = Some(row);
            cells.clear();
        }
        let column = column as usize;
        if column >= MAX_COLUMNS {
            continue;
        }
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = cell_text(cell.get_value(), is_1904);
    }
    if let Some(last) = current {
        visit(last as usize + 1, &cells)?;
    }
    Ok(())
}

/// Refuses a workbook whose shared strings inflate past `limit` bytes, before the XLSX reader
/// inflates them into memory: by the size the archive declares, then, as a declared size can
/// lie, by inflating them into nothing and counting, never past the limit.
fn shared_strings_within(path: &Path, limit: u64) -> Result<(), ImportError> {
    let too_large = || {
        ImportError::whole(
            path,
            crate::message!(
                "import-shared-strings-too-large",
                max = (limit >> 20).to_string()
            ),
        )
    };
    let file = std::fs::File::open(path).map_err(|error| ImportError::file(path, &error))?;
    // What is not a readable archive is left for the XLSX reader to name.
    let Ok(mut archive) = zip::ZipArchive::new(BufReader::new(file)) else {
        return Ok(());
    };
    let Some(name) = archive
        .file_names()
        .filter_map(Result::ok)
        .find(|name| name.eq_ignore_ascii_case("xl/sharedStrings.xml"))
        .map(std::borrow::Cow::into_owned)
    else {
        return Ok(());
    };
    let Ok(strings) = archive.by_name(&name) else {
        return Ok(());
    };
    if strings.size() > limit {
        return Err(too_large());
    }
    let inflated = std::io::copy(&mut strings.take(limit + 1), &mut std::io::sink()).unwrap_or(0);
    if inflated > limit {
        return Err(too_large());
    }
    Ok(())
}

fn cell_text(value: &DataRef<'_>, is_1904: bool) -> String {
    match value {
        DataRef::Int(number) => number.to_string(),
        DataRef::Float(number) => number.to_string(),
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => {
            text.clone()
        }
        DataRef::SharedString(text) => (*text).to_owned(),
        DataRef::Bool(value) => value.to_string(),
        DataRef::DateTime(time) => from_excel_serial(time.as_f64(), is_1904)
            .map(iso_text)
            .unwrap_or_default(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

fn iso_text(moment: super::dates::Moment) -> String {
    let date = moment.date();
    let seconds = moment.0.rem_euclid(86_400);
    format!(
        "{date} {:02}:{:02}:{:02}",
        seconds / 3600,
        seconds % 3600 / 60,
        seconds % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_header_decides_the_delimiter() {
        assert_eq!(super::delimiter_of(b"a,b,c"), b',');
        assert_eq!(super::delimiter_of(b"a;b;\"c,d\""), b';');
        assert_eq!(super::delimiter_of(b"a\tb"), b'\t');
    }

    /// A workbook-shaped archive whose shared strings are `strings` bytes of text.
    fn archive_with_shared_strings(strings: usize) -> tempfile::NamedTempFile {
        use std::io::Write as _;
        let file = tempfile::NamedTempFile::new().expect("temp file");
        let mut zip = zip::ZipWriter::new(file.reopen().expect("reopen"));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/workbook.xml", options).expect("part");
        zip.write_all(b"<workbook/>").expect("write");
        zip.start_file("xl/sharedStrings.xml", options)
            .expect("part");
        let item = b"<si><t>Negotiation</t></si>";
        for _ in 0..strings / item.len() {
            zip.write_all(item).expect("write");
        }
        zip.finish().expect("finish");
        file
    }

    #[test]
    fn shared_strings_that_inflate_past_the_limit_are_refused_before_they_are_read() {
        // 3 MB of text deflates to a few kilobytes: a small file that inflates large.
        let big = archive_with_shared_strings(3 << 20);
        let on_disk = std::fs::metadata(big.path()).expect("metadata").len();
        assert!(on_disk < 100 << 10, "{on_disk} bytes on disk");
        let refused = super::shared_strings_within(big.path(), 1 << 20).expect_err("refused");
        let words = crate::i18n::Worded::words(&refused, crate::i18n::Language::English);
        assert!(
            words.contains("shared strings") && words.contains("1 MB"),
            "{words}"
        );
        assert!(super::shared_strings_within(big.path(), 8 << 20).is_ok());
    }
}
