//! The year month by month as an Excel workbook (`.xlsx`): headings in the language chosen,
//! numbers as numbers (so a spreadsheet sums them), months as text, the first row and column
//! frozen. Written with `rust_xlsxwriter`, which follows the Office Open XML format that
//! Excel, `LibreOffice` and Numbers read.

use crate::draw::month_table::{Cell, WordedTable};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The workbook's bytes, one sheet holding `table`.
///
/// # Errors
/// When the writer fails (it writes to memory, so only on a table beyond the format's limits).
pub fn month_workbook(table: &WordedTable) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let heading = Format::new().set_bold().set_text_wrap();
    let whole = Format::new().set_num_format("#,##0");
    let tenths = Format::new().set_num_format("#,##0.0");
    for (column, text) in (0_u16..).zip(&table.headings) {
        sheet.write_string_with_format(0, column, text, &heading)?;
        let width = if column == 0 { 12.0 } else { 14.0 };
        sheet.set_column_width(column, width)?;
    }
    sheet.set_row_height(0, 45)?;
    for (row, cells) in (1_u32..).zip(&table.rows) {
        for (column, cell) in (0_u16..).zip(cells) {
            match cell {
                Cell::Text(text) => {
                    sheet.write_string(row, column, text)?;
                }
                Cell::Number(value, decimals) | Cell::Banded(value, _, decimals) => {
                    let format = if *decimals == 0 { &whole } else { &tenths };
                    sheet.write_number_with_format(row, column, *value, format)?;
                }
            }
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    workbook.save_to_buffer()
}
