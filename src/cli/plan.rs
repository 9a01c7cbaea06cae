//! `leadflow plan`: the year month by month, with the plan's moves or without them.

use super::{ModeOverride, write_output};
use crate::draw::month_table;
use crate::file;
use crate::i18n::WordedResult as _;
use crate::sim;
use anyhow::bail;
use std::path::Path;
use std::process::ExitCode;

/// How `leadflow plan` writes the months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum PlanFormat {
    /// A table to read, in the system's language: one month a column.
    Text,
    /// One row per month, columns named for scripts.
    Csv,
    /// An Excel workbook with the table's headings in the system's language (needs `-o`).
    Xlsx,
}

/// `leadflow plan`: the month-by-month table of a design, following its plan unless
/// `without_moves`.
pub(super) fn plan(
    path: &Path,
    format: PlanFormat,
    without_moves: bool,
    mode: &ModeOverride,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let mut design =
        super::advice::with_mode(file::load(path).worded(crate::i18n::current())?, mode)?;
    if without_moves {
        design = design.without_plan();
    }
    super::ensure_valid(path, &design)?;
    if let Some(output) = output {
        super::refuse_overwriting_input(path, output)?;
    }
    let result = super::progress::simulate(&design)?;
    let table = sim::months::month_table(&design, &result);
    let text = match format {
        PlanFormat::Csv => sim::output::months_csv(&table),
        PlanFormat::Text => month_table::worded(&table, crate::i18n::current()).aligned(),
        PlanFormat::Xlsx => {
            let Some(output) = output else {
                bail!("--format xlsx writes a workbook: name the file with -o FILE.xlsx");
            };
            let worded = month_table::worded(&table, crate::i18n::current());
            let bytes = crate::export::workbook::month_workbook(&worded)?;
            file::write_atomically(output, &bytes).worded(crate::i18n::current())?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    write_output(output, &text)?;
    Ok(ExitCode::SUCCESS)
}
