//! What the three readers share: an export's data rows one at a time (the header row
//! skipped, every row counted), a cell by its column, a date read in the format decided for
//! its column, ids already seen, and the deal limit. Each reader keeps only what its format
//! is: which columns it needs and what a row of it means.

use super::ImportError;
use super::columns::{DateFormats, Header};
use super::dates::Moment;
use super::deals::{Deals, MAX_DEALS, MAX_STAGES, SeenIds};
use super::table::read_rows;
use crate::i18n::Message;
use std::collections::HashMap;
use std::path::Path;

/// An export being read: its file, its columns and the date format of each date column.
pub struct Export<'a> {
    /// The file, for messages.
    pub path: &'a Path,
    /// Its header row.
    pub header: &'a Header,
    /// The format decided for each date column.
    pub dates: &'a DateFormats,
}

impl Export<'_> {
    /// The name of `column` as the file writes it.
    #[must_use]
    pub fn name(&self, column: usize) -> &str {
        self.header.names.get(column).map_or("", String::as_str)
    }

    /// Calls `visit` with each data row of the export, counting them in `deals.rows`.
    ///
    /// # Errors
    /// The file cannot be read, or `visit` refuses a row.
    pub fn each_row(
        &self,
        deals: &mut Deals,
        mut visit: impl FnMut(&mut Deals, &DataRow<'_>) -> Result<(), ImportError>,
    ) -> Result<(), ImportError> {
        read_rows(self.path, &mut |number, cells| {
            if number == 1 {
                return Ok(());
            }
            deals.rows += 1;
            visit(
                deals,
                &DataRow {
                    number,
                    cells,
                    export: self,
                },
            )
        })
    }
}

/// A data row of an export.
pub struct DataRow<'a> {
    /// Its number as a spreadsheet shows it (the header is row 1).
    pub number: usize,
    cells: &'a [String],
    export: &'a Export<'a>,
}

impl DataRow<'_> {
    /// The cell of `column`, trimmed (empty where the row is short).
    #[must_use]
    pub fn cell(&self, column: usize) -> &str {
        self.cells.get(column).map_or("", |text| text.trim())
    }

    /// The cell of `column`, when there is such a column and the cell is not empty.
    #[must_use]
    pub fn filled(&self, column: Option<usize>) -> Option<&str> {
        column
            .map(|column| self.cell(column))
            .filter(|text| !text.is_empty())
    }

    /// The name of `column` as the file writes it.
    #[must_use]
    pub fn name(&self, column: usize) -> &str {
        self.export.name(column)
    }

    /// The export's file.
    #[must_use]
    pub fn export_path(&self) -> &Path {
        self.export.path
    }

    /// The row's number as a deal keeps it.
    #[must_use]
    pub fn number_kept(&self) -> u32 {
        u32::try_from(self.number).unwrap_or(u32::MAX)
    }

    /// The date in `column`, read in the column's format; none for an empty cell.
    ///
    /// # Errors
    /// A cell that is not a date, named by row and column.
    pub fn time(&self, column: usize) -> Result<Option<Moment>, ImportError> {
        let text = self.cell(column);
        if text.is_empty() {
            return Ok(None);
        }
        self.export
            .dates
            .parse(column, text)
            .map(Some)
            .ok_or_else(|| self.error_at(column, crate::message!("import-not-a-date", text = text)))
    }

    /// The date in `column`, when the export has that column.
    ///
    /// # Errors
    /// As [`DataRow::time`].
    pub fn time_of(&self, column: Option<usize>) -> Result<Option<Moment>, ImportError> {
        column.map_or(Ok(None), |column| self.time(column))
    }

    /// An error in this row's cell of `column`.
    #[must_use]
    pub fn error_at(&self, column: usize, message: Message) -> ImportError {
        ImportError::at_cell(self.export.path, self.number, self.name(column), message)
    }

    /// Whether the deal of this row, with its id in `id_column`, is read: an empty id or one
    /// seen on an earlier row is skipped (and the reason kept).
    ///
    /// # Errors
    /// The deal would be one more than an import reads ([`MAX_DEALS`], `so_far` read).
    pub fn admit(
        &self,
        deals: &mut Deals,
        seen: &mut SeenIds,
        id_column: usize,
        so_far: usize,
    ) -> Result<bool, ImportError> {
        let id = self.cell(id_column);
        if id.is_empty() {
            deals.skip(
                self.number,
                crate::message!("import-column-empty", column = self.name(id_column)),
            );
            return Ok(false);
        }
        if deals.repeated(seen, self.name(id_column), id, self.number) {
            return Ok(false);
        }
        check_deal_limit(self.export.path, self.number, so_far)?;
        Ok(true)
    }
}

/// The export's stages by name, in the order the rows name them first.
#[derive(Default)]
pub struct StageNames(HashMap<String, usize>);

impl StageNames {
    /// The index of the stage named in `column` of `row`, added to `deals.stages` when new.
    ///
    /// # Errors
    /// More different stages than an import reads ([`MAX_STAGES`]): the column is likely not
    /// the stage column.
    pub fn index(
        &mut self,
        deals: &mut Deals,
        row: &DataRow<'_>,
        column: usize,
    ) -> Result<usize, ImportError> {
        let name = row.cell(column);
        let next = self.0.len();
        let index = *self.0.entry(name.to_owned()).or_insert_with(|| {
            deals.stages.push(name.to_owned());
            next
        });
        if deals.stages.len() > MAX_STAGES {
            return Err(row.error_at(
                column,
                crate::message!(
                    "import-too-many-stages-column",
                    max = MAX_STAGES.to_string()
                ),
            ));
        }
        Ok(index)
    }
}

/// Refuses a deal beyond the [`MAX_DEALS`] an import reads (`so_far` read before row `row`).
///
/// # Errors
/// When the limit is reached, naming the row.
pub fn check_deal_limit(path: &Path, row: usize, so_far: usize) -> Result<(), ImportError> {
    if so_far >= MAX_DEALS {
        return Err(ImportError::at_row(
            path,
            row,
            crate::message!("import-too-many-deals", max = MAX_DEALS.to_string()),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Export, check_deal_limit};
    use crate::crm::SlashOrder;
    use crate::crm::columns::{decide_dates, read_header};
    use crate::crm::deals::{Deals, MAX_DEALS, SeenIds};
    use crate::i18n::{Language, set_current};

    #[test]
    fn rows_are_counted_ids_seen_twice_left_out_and_dates_read_in_their_format() {
        let directory = tempfile::tempdir().expect("temp dir");
        let path = directory.path().join("deals.csv");
        std::fs::write(
            &path,
            "Id,Created\n7,03/02/2026\n,04/02/2026\n7,05/02/2026\n8,\n",
        )
        .expect("written");
        let header = read_header(&path).expect("header");
        let dates = decide_dates(&path, &header, &[1], SlashOrder::DayFirst).expect("dates");
        let export = Export {
            path: &path,
            header: &header,
            dates: &dates,
        };
        set_current(Language::Swedish);
        let mut deals = Deals::default();
        let mut seen = SeenIds::default();
        let mut admitted = Vec::new();
        let mut created = Vec::new();
        export
            .each_row(&mut deals, |deals, row| {
                if row.admit(deals, &mut seen, 0, admitted.len())? {
                    admitted.push(row.number);
                    created.push(row.time(1)?);
                }
                Ok(())
            })
            .expect("read");
        set_current(Language::English);
        assert_eq!(deals.rows, 4, "every data row counted, the header not");
        assert_eq!(
            admitted,
            [2, 5],
            "the empty id and the repeated one are left out"
        );
        let day_first = crate::crm::dates::parse("2026-02-03", crate::crm::dates::DateFormat::Iso);
        assert_eq!(
            created,
            [day_first, None],
            "3 Feb, day first; an empty cell is no date"
        );
        let reasons: Vec<String> = deals
            .skipped
            .iter()
            .map(|skipped| skipped.reason.words(Language::Swedish))
            .collect();
        assert_eq!(
            reasons,
            [
                "kolumnen ”Id” är tom",
                "Id 7 upprepar rad 2; den här raden tas inte med"
            ],
            "in the reader's language"
        );
        assert!(check_deal_limit(&path, 9, MAX_DEALS - 1).is_ok());
        let refused = check_deal_limit(&path, 9, MAX_DEALS).expect_err("one too many");
        let refused = crate::i18n::Worded::words(&refused, Language::English);
        assert!(refused.contains('9'), "{refused}");
    }
}
