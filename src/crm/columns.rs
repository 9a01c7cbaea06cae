//! Headers as CRMs name them: matched case-insensitively, extra columns tolerated, and the
//! kind of export told apart by the columns it has.

use super::dates::{ColumnFormat, ColumnProblem, DateFormat, SlashOrder};
use super::table::read_rows;
use super::{ExportKind, ImportError};
use std::path::Path;

/// The first row of an export.
#[derive(Clone, Debug)]
pub struct Header {
    /// As written.
    pub names: Vec<String>,
    lower: Vec<String>,
}

impl Header {
    pub fn new(names: Vec<String>) -> Self {
        let lower = names.iter().map(|name| normalise(name)).collect();
        Self { names, lower }
    }

    /// The first column called any of `aliases` (already lower case).
    pub fn find(&self, aliases: &[&str]) -> Option<usize> {
        aliases
            .iter()
            .find_map(|alias| self.lower.iter().position(|name| name == alias))
    }

    /// Lower-case names, for prefix matching.
    pub fn lower(&self) -> &[String] {
        &self.lower
    }
}

/// Lower case, outer spaces and quotes gone, inner runs of spaces one space.
pub fn normalise(name: &str) -> String {
    name.trim()
        .trim_matches('\u{feff}')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The header of the export in `path`.
///
/// # Errors
/// An unreadable or empty file.
pub fn read_header(path: &Path) -> Result<Header, ImportError> {
    let mut header = None;
    let stop = ImportError::whole(path, crate::message!("import-is-empty"));
    let result = read_rows(path, &mut |_, cells| {
        header = Some(cells.to_vec());
        Err(stop.clone())
    });
    match (header, result) {
        (Some(names), _) => {
            if names.iter().all(|name| name.trim().is_empty()) {
                return Err(ImportError::at_row(
                    path,
                    1,
                    crate::message!("import-has-no-column-names"),
                ));
            }
            Ok(Header::new(names))
        }
        (None, Err(error)) if error != stop => Err(error),
        (None, _) => Err(ImportError::whole(path, crate::message!("import-is-empty"))),
    }
}

/// Column names of an event log's fields, lower case, most specific first.
pub mod aliases {
    pub const CASE: &[&str] = &[
        "case:concept:name",
        "case id",
        "case_id",
        "caseid",
        "deal_id",
        "deal id",
        "lead_id",
        "lead id",
        "opportunity id",
        "opportunity_id",
        "id",
    ];
    pub const STAGE: &[&str] = &[
        "concept:name",
        "to stage",
        "stage",
        "stage name",
        "activity",
        "deal stage",
    ];
    pub const TIME: &[&str] = &[
        "time:timestamp",
        "timestamp",
        "entered_at",
        "entered at",
        "edit date",
        "stage change date",
        "date of change",
        "last modified date",
        "last modified",
        "date",
        "time",
    ];
    pub const SOURCE: &[&str] = &[
        "source",
        "channel",
        "lead source",
        "original source",
        "original traffic source",
    ];
    pub const AMOUNT: &[&str] = &["amount", "value", "deal value", "amount (converted)"];
    pub const OUTCOME: &[&str] = &["outcome", "status", "result"];
    pub const CREATED: &[&str] = &["created date", "create date", "created", "created_at"];
}

/// The words before HubSpot's per-stage columns' quoted `"STAGE (PIPELINE)"`: lower case,
/// with the opening quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StagePrefixes {
    /// Of the date a deal entered the stage (`date entered "`).
    pub entered: String,
    /// Of the date it left (`date exited "`); closing stages have none.
    pub exited: Option<String>,
}

/// HubSpot's per-stage column prefixes in `header`: English `Date entered "` and `Date exited
/// "`, or, in an account set to another language, whatever words it writes before the quoted
/// `"STAGE (PIPELINE)"`. Those are read from the columns' shape, not from a list of
/// translations: every stage has an entry date, closing stages no exit, so the entry dates are
/// the words before the most stages (the first such words when several have as many), the exit
/// dates the next words whose stages are all among them. Columns with more after the quote
/// (HubSpot's cumulative time in a stage, "(HH:mm:ss)") are left alone.
pub fn hubspot_stage_prefixes(header: &Header) -> Option<StagePrefixes> {
    let english = StagePrefixes {
        entered: "date entered \"".to_owned(),
        exited: Some("date exited \"".to_owned()),
    };
    if header
        .lower()
        .iter()
        .any(|column| column.starts_with(&english.entered))
    {
        return Some(english);
    }
    // Looked up by words and by stage, so a hostile header of many thousand quoted columns
    // costs a pass over them, not one per pair.
    let mut prefixes: Vec<(&str, Vec<&str>)> = Vec::new();
    let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for column in header.lower() {
        let Some((prefix, stage)) = quoted_stage(column) else {
            continue;
        };
        let at = *index.entry(prefix).or_insert_with(|| {
            prefixes.push((prefix, Vec::new()));
            prefixes.len() - 1
        });
        prefixes[at].1.push(stage);
    }
    let most = prefixes.iter().map(|(_, stages)| stages.len()).max()?;
    let at = prefixes
        .iter()
        .position(|(_, stages)| stages.len() == most)?;
    let (entered, stages) = &prefixes[at];
    if stages.len() < 2 {
        return None;
    }
    let entered_stages: std::collections::HashSet<&str> = stages.iter().copied().collect();
    let exited = prefixes
        .iter()
        .enumerate()
        .find(|&(other, (_, exits))| {
            other != at && exits.iter().all(|exit| entered_stages.contains(exit))
        })
        .map(|(_, (prefix, _))| (*prefix).to_owned());
    Some(StagePrefixes {
        entered: (*entered).to_owned(),
        exited,
    })
}

/// `words "` and `STAGE (PIPELINE)` of a column named `words "STAGE (PIPELINE)"` (lower case).
pub fn quoted_stage(column: &str) -> Option<(&str, &str)> {
    let open = column.find('"')?;
    let stage = column.get(open + 1..)?.strip_suffix('"')?;
    let named = open > 0 && stage.ends_with(')') && stage.contains(" (") && !stage.contains('"');
    named.then(|| (&column[..=open], stage))
}

/// The column of `field`: the one the person named for it (an error naming the file's columns
/// when there is none by that name), or else the first called any of `aliases`.
///
/// # Errors
/// A column named by hand that the header lacks.
pub fn column(
    path: &Path,
    header: &Header,
    options: &super::ImportOptions,
    field: super::Field,
    aliases: &[&str],
) -> Result<Option<usize>, ImportError> {
    match options.columns.iter().find(|(given, _)| *given == field) {
        Some((_, name)) => {
            let wanted = normalise(name);
            header
                .lower()
                .iter()
                .position(|column| *column == wanted)
                .map(Some)
                .ok_or_else(|| {
                    ImportError::whole(
                        path,
                        crate::message!(
                            "import-no-such-column",
                            column = name.as_str(),
                            field = field.key(),
                            columns = header.names.join(", ")
                        ),
                    )
                })
        }
        None => Ok(header.find(aliases)),
    }
}

/// The kind of export `header` belongs to, if Leadflow knows it.
pub fn detect(header: &Header) -> Option<ExportKind> {
    let has = |name: &str| header.lower().iter().any(|column| column == name);
    let starts = |prefix: &str| {
        header
            .lower()
            .iter()
            .any(|column| column.starts_with(prefix))
    };
    if has("record id") && starts("date entered \"") {
        return Some(ExportKind::HubSpot);
    }
    if has("deal - id") && has("deal - stage") {
        return Some(ExportKind::Pipedrive);
    }
    if (has("opportunity id") || has("opportunity name")) && (has("to stage") || has("stage")) {
        return Some(ExportKind::Salesforce);
    }
    // An account in another language: its ID column is translated too, but no other export
    // has columns of a stage and pipeline in quotes.
    if hubspot_stage_prefixes(header).is_some() {
        return Some(ExportKind::HubSpot);
    }
    let event_log = header.find(aliases::CASE).is_some()
        && header.find(aliases::STAGE).is_some()
        && header.find(aliases::TIME).is_some();
    event_log.then_some(ExportKind::EventLog)
}

/// The message for a file whose columns match no kind of export.
pub fn unknown_kind(path: &Path, header: &Header) -> ImportError {
    let mut shown: Vec<&str> = header.names.iter().take(8).map(String::as_str).collect();
    if header.names.len() > 8 {
        shown.push("…");
    }
    ImportError::whole(
        path,
        crate::message!("import-unknown-export", columns = shown.join(", ")),
    )
}

/// The pipeline to read of those `found` in the export: the one `wanted` (any case), the only
/// one, or none when there are none.
///
/// # Errors
/// A wanted pipeline the export lacks, or several and none wanted.
pub fn pick_pipeline(
    path: &Path,
    found: &[String],
    wanted: Option<&str>,
) -> Result<Option<String>, ImportError> {
    match (wanted, found) {
        (Some(wanted), _) => found
            .iter()
            .find(|known| known.eq_ignore_ascii_case(wanted.trim()))
            .cloned()
            .map(Some)
            .ok_or_else(|| {
                ImportError::whole(
                    path,
                    crate::message!(
                        "import-no-such-pipeline",
                        pipeline = wanted,
                        pipelines = found.join(", ")
                    ),
                )
            }),
        (None, [] | [_]) => Ok(found.first().cloned()),
        (None, several) => Err(ImportError::whole(
            path,
            crate::message!(
                "import-several-pipelines",
                count = several.len().to_string(),
                pipelines = several.join(", ")
            ),
        )),
    }
}

/// A column `name` the export must have but lacks.
pub fn missing(path: &Path, kind: ExportKind, name: impl Into<crate::i18n::Value>) -> ImportError {
    ImportError::whole(
        path,
        crate::message!(
            "import-missing-column",
            column = name.into(),
            kind = crate::i18n::Message::new(kind.message_id())
        ),
    )
}

/// Won or lost, read from a stage or status name in English, Swedish, Danish or Finnish.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Closing {
    /// The deal was won.
    Won,
    /// The deal was lost.
    Lost,
}

/// Whether `name` ("Closed won", "lost", "Vunnen") ends a deal.
pub fn closing(name: &str) -> Option<Closing> {
    const WON: &[&str] = &["won", "closedwon", "vunnen", "vunnet", "vundet", "voitettu"];
    const LOST: &[&str] = &[
        "lost",
        "closedlost",
        "förlorad",
        "förlorat",
        "tabt",
        "menetetty",
        "hävitty",
    ];
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|word| !word.is_empty())
        .collect();
    if words.iter().any(|word| WON.contains(word)) {
        Some(Closing::Won)
    } else if words.iter().any(|word| LOST.contains(word)) {
        Some(Closing::Lost)
    } else {
        None
    }
}

/// An amount as CRMs write it: `12500`, `12,500.00`, `12 500,50`, `€1,200`, `1200 SEK`.
pub fn parse_amount(text: &str) -> Option<f64> {
    let in_range =
        |value: f64| value.is_finite() && value.abs() <= crate::design::limits::MAX_MONEY;
    // A plain number (also 1.5e6) as it stands; only then the lenient reading of separators.
    if let Ok(value) = text.trim().parse::<f64>() {
        return in_range(value).then_some(value);
    }
    let kept: String = text
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))
        .collect();
    if !kept.bytes().any(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let last_dot = kept.rfind('.');
    let last_comma = kept.rfind(',');
    let normalised = match (last_dot, last_comma) {
        (Some(dot), Some(comma)) if dot > comma => kept.replace(',', ""),
        (Some(_), Some(_)) => kept.replace('.', "").replace(',', "."),
        (None, Some(comma)) => {
            let decimals = kept.len() - comma - 1;
            if decimals == 3 {
                kept.replace(',', "")
            } else {
                kept.replace(',', ".")
            }
        }
        _ => kept,
    };
    let value: f64 = normalised.parse().ok()?;
    // An amount beyond any design's money (1e308 in a hostile export) is no amount at all.
    in_range(value).then_some(value)
}

/// The date format decided for each date column of an export.
pub struct DateFormats {
    columns: Vec<usize>,
    formats: Vec<Option<DateFormat>>,
}

impl DateFormats {
    /// The format of `column` (ISO for a column without dates or not a date column).
    pub fn of(&self, column: usize) -> DateFormat {
        self.columns
            .iter()
            .position(|&known| known == column)
            .and_then(|at| self.formats[at])
            .unwrap_or(DateFormat::Iso)
    }

    /// Reads `text` of `column` in the column's format.
    pub fn parse(&self, column: usize, text: &str) -> Option<super::dates::Moment> {
        super::dates::parse(text, self.of(column))
    }
}

/// Decides the date format of each of `date_columns` from all their values (the first pass
/// over the file).
///
/// # Errors
/// A value no format reads, or a column that reads day first and month first alike.
pub fn decide_dates(
    path: &Path,
    header: &Header,
    date_columns: &[usize],
    order: SlashOrder,
) -> Result<DateFormats, ImportError> {
    let mut formats = vec![ColumnFormat::default(); date_columns.len()];
    read_rows(path, &mut |row, cells| {
        if row > 1 {
            for (format, &column) in formats.iter_mut().zip(date_columns) {
                if let Some(text) = cells.get(column) {
                    format.observe(row, text);
                }
            }
        }
        Ok(())
    })?;
    formats
        .iter()
        .zip(date_columns)
        .map(|(format, &column)| {
            let name = header.names.get(column).map_or("", String::as_str);
            format.decide(order).map_err(|problem| match problem {
                ColumnProblem::Unreadable { row, text } => ImportError::at_cell(
                    path,
                    row,
                    name,
                    crate::message!("import-date-unlike-column", text = text),
                ),
                ColumnProblem::Ambiguous => {
                    ImportError::in_column(path, name, crate::message!("import-dates-ambiguous"))
                }
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(|formats| DateFormats {
            columns: date_columns.to_vec(),
            formats,
        })
}

#[cfg(test)]
mod tests {
    use super::{
        Closing, Header, StagePrefixes, closing, detect, hubspot_stage_prefixes, parse_amount,
    };
    use crate::crm::ExportKind;

    fn header(names: &[&str]) -> Header {
        Header::new(names.iter().map(|&name| name.to_owned()).collect())
    }

    #[test]
    fn hubspot_stage_columns_are_found_by_their_shape_in_any_order_and_words() {
        // Exits written before entries, and a cumulative time with more after the quote.
        let translated = header(&[
            "Post-ID",
            "Lämnade \"Möte (Sälj)\"",
            "Gick in i \"Möte (Sälj)\"",
            "Gick in i \"Offert (Sälj)\"",
            "Gick in i \"Stängd vunnen (Sälj)\"",
            "Lämnade \"Offert (Sälj)\"",
            "Tid i \"Möte (Sälj)\" (HH:mm:ss)",
        ]);
        assert_eq!(
            hubspot_stage_prefixes(&translated),
            Some(StagePrefixes {
                entered: "gick in i \"".to_owned(),
                exited: Some("lämnade \"".to_owned()),
            })
        );
        assert_eq!(detect(&translated), Some(ExportKind::HubSpot));
        // One quoted column is no pipeline; Pipedrive's columns are Pipedrive's.
        let one = header(&["Id", "Note \"first (draft)\"", "Stage", "Date"]);
        assert_eq!(hubspot_stage_prefixes(&one), None);
        let pipedrive = header(&["Deal - ID", "Deal - Stage", "Deal - Status"]);
        assert_eq!(detect(&pipedrive), Some(ExportKind::Pipedrive));
    }

    #[test]
    fn closing_stages_are_recognised_in_four_languages_and_any_case() {
        assert_eq!(closing("Closed Won"), Some(Closing::Won));
        assert_eq!(closing("closedlost"), Some(Closing::Lost));
        assert_eq!(closing("Closed lost"), Some(Closing::Lost));
        assert_eq!(closing("Affär vunnen"), Some(Closing::Won));
        assert_eq!(closing("Tabt"), Some(Closing::Lost));
        assert_eq!(closing("Download guide"), None);
        assert_eq!(closing("Won't proceed"), None);
        assert_eq!(closing("Win-back"), None);
    }

    #[test]
    fn amounts_read_with_either_decimal_mark() {
        assert_eq!(parse_amount("12,500.00"), Some(12_500.0));
        assert_eq!(parse_amount("12 500,50"), Some(12_500.5));
        assert_eq!(parse_amount("€1,200"), Some(1_200.0));
        assert_eq!(parse_amount("1200 SEK"), Some(1_200.0));
        assert_eq!(parse_amount("1.234.567,8"), Some(1_234_567.8));
        assert_eq!(parse_amount("n/a"), None);
        assert_eq!(parse_amount("1e308"), None);
        assert_eq!(parse_amount(&"9".repeat(400)), None);
    }
}
