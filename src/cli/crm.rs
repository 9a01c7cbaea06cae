//! `leadflow import` and `leadflow calibrate`: designs from CRM exports.

use crate::crm::calibrate::{self, Proposed};
use crate::crm::report::report;
use crate::crm::{ExportKind, Field, ImportOptions, Measurement, SlashOrder, measure, read_export};
use crate::file;
use crate::i18n::WordedResult as _;
use anyhow::bail;
use clap::ValueEnum;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// How to read an export, shared by `import` and `calibrate`.
#[derive(Clone, Debug, clap::Args)]
pub struct ExportArgs {
    /// The kind of export (default: told from its columns).
    #[arg(long, value_enum)]
    format: Option<KindArg>,
    #[command(flatten)]
    reading: ExportReading,
}

/// How to read an export, besides its kind.
#[derive(Clone, Debug, clap::Args)]
pub struct ExportReading {
    /// The pipeline to read, when the export holds several.
    #[arg(long)]
    pipeline: Option<String>,
    /// A column by hand, for headers Leadflow does not know (an event log's, or a HubSpot or
    /// Pipedrive account's in another language): case=…, stage=…, time=…, source=…, amount=…,
    /// outcome=…, created=…, pipeline=…, closed=…, won=…, lost=… (repeat the flag).
    #[arg(long = "column", value_parser = parse_column)]
    columns: Vec<(Field, String)>,
    /// The order of slashed dates when a column reads both ways.
    #[arg(long, value_enum)]
    dates: Option<DatesArg>,
    /// The pipeline's stages in order, comma separated (Pipedrive and event logs cannot say).
    #[arg(long, value_delimiter = ',')]
    stage_order: Vec<String>,
    /// The day open deals are counted on, YYYY-MM-DD (default: the export's latest date).
    #[arg(long)]
    as_of: Option<jiff::civil::Date>,
}

/// `--format`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    /// One row per deal per stage entered.
    EventLog,
    /// HubSpot's deals export.
    Hubspot,
    /// Pipedrive's deals export.
    Pipedrive,
    /// Salesforce's opportunity history report.
    Salesforce,
}

/// `--dates`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum DatesArg {
    /// 04/03/2026 is 4 March.
    DayFirst,
    /// 04/03/2026 is 3 April.
    MonthFirst,
}

fn parse_column(text: &str) -> Result<(Field, String), String> {
    let Some((key, name)) = text.split_once('=') else {
        return Err(format!("{text}: write FIELD=COLUMN, e.g. case=Deal"));
    };
    let field = Field::ALL
        .into_iter()
        .find(|field| field.key() == key.trim())
        .ok_or_else(|| {
            let keys: Vec<&str> = Field::ALL.iter().map(|field| field.key()).collect();
            format!("{key} is not a field; use one of {}", keys.join(", "))
        })?;
    Ok((field, name.trim().to_owned()))
}

impl ExportArgs {
    fn options(&self) -> ImportOptions {
        self.reading.options(self.format)
    }
}

impl ExportReading {
    /// The counting day given with `--as-of`.
    pub(super) fn as_of(&self) -> Option<jiff::civil::Date> {
        self.as_of
    }

    /// The import options with the export's `kind`, when given.
    pub(super) fn options(&self, kind: Option<KindArg>) -> ImportOptions {
        ImportOptions {
            kind: kind.map(|kind| match kind {
                KindArg::EventLog => ExportKind::EventLog,
                KindArg::Hubspot => ExportKind::HubSpot,
                KindArg::Pipedrive => ExportKind::Pipedrive,
                KindArg::Salesforce => ExportKind::Salesforce,
            }),
            pipeline: self.pipeline.clone(),
            columns: self.columns.clone(),
            slash_order: match self.dates {
                None => SlashOrder::Decide,
                Some(DatesArg::DayFirst) => SlashOrder::DayFirst,
                Some(DatesArg::MonthFirst) => SlashOrder::MonthFirst,
            },
            stage_order: self.stage_order.clone(),
            as_of: self.as_of,
            language: crate::i18n::current(),
        }
    }
}

fn read(export: &Path, args: &ExportArgs) -> anyhow::Result<Measurement> {
    let deals = read_export(export, &args.options()).worded(crate::i18n::current())?;
    Ok(measure(&deals))
}

fn refuse_existing(output: &Path, force: bool) -> anyhow::Result<()> {
    if output.exists() && !force {
        bail!(
            "{} already exists; pass --force to replace it",
            output.display()
        );
    }
    Ok(())
}

/// `leadflow import`.
///
/// # Errors
/// An unreadable export, or a design that cannot be written.
pub fn import(
    export: &Path,
    output: &Path,
    force: bool,
    args: &ExportArgs,
) -> anyhow::Result<ExitCode> {
    super::refuse_overwriting_input(export, output)?;
    refuse_existing(output, force)?;
    let measurement = read(export, args)?;
    let name = measurement.pipeline.clone().unwrap_or_else(|| {
        export
            .file_stem()
            .map_or("Imported pipeline".to_owned(), |stem| {
                stem.to_string_lossy().into_owned()
            })
    });
    let design = crate::crm::build::design_from(&measurement, &name, crate::i18n::current());
    super::ensure_valid(output, &design)?;
    file::save(&design, output).worded(crate::i18n::current())?;
    print_report(&measurement, export);
    eprintln!(
        "{}",
        crate::tr!(
            "cli-wrote-design",
            path = output.display().to_string(),
            stages = design.stages.len().to_string(),
            sources = design.sources.len().to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// `leadflow calibrate`.
///
/// # Errors
/// An unreadable design or export, a mapping naming no stage, or an unwritable output.
pub fn calibrate(
    design_path: &Path,
    export: &Path,
    output: &Path,
    maps: &[String],
    force: bool,
    args: &ExportArgs,
) -> anyhow::Result<ExitCode> {
    super::refuse_overwriting_input(design_path, output)?;
    super::refuse_overwriting_input(export, output)?;
    refuse_existing(output, force)?;
    let mut design = super::load_valid(design_path)?;
    let measurement = read(export, args)?;
    let mut mapping = calibrate::match_by_name(&design, &measurement);
    apply_maps(&design, design_path, &measurement, maps, &mut mapping)?;
    let changes = calibrate::propose(&design, &measurement, &mapping, crate::i18n::current());
    print_report(&measurement, export);
    print!(
        "{}",
        changes_table(&design, &measurement, &mapping, &changes)
    );
    for note in calibrate::fold_notes(&design, &measurement, &mapping, crate::i18n::current()) {
        println!("  {note}");
    }
    let replayed = crate::crm::preview::preview(&design, &measurement, &mapping);
    if let Some(replayed) = &replayed {
        println!("\n{}", crate::tr!("calibrate-preview-heading"));
        for line in crate::crm::preview::preview_lines(replayed, crate::i18n::current()) {
            println!("  {line}");
        }
    }
    calibrate::apply(&mut design, &changes, measurement.to);
    calibrate::keep_actuals(&mut design, &measurement, &mapping);
    if let Some(replayed) = &replayed {
        crate::crm::preview::mark_not_borne_out(&mut design, replayed);
    }
    super::ensure_valid(output, &design)?;
    file::save(&design, output).worded(crate::i18n::current())?;
    let not_borne_out = design
        .stages
        .values()
        .flat_map(|stage| stage.measured.all().map(|(_, evidence)| evidence))
        .chain(
            design
                .sources
                .values()
                .filter_map(|source| source.measured.as_ref()),
        )
        .filter(|evidence| evidence.not_borne_out.is_some())
        .count();
    eprintln!(
        "{}",
        crate::tr!(
            "calibrate-wrote",
            path = output.display().to_string(),
            figures = changes.len().to_string(),
            not_borne_out = not_borne_out.to_string()
        )
    );
    Ok(ExitCode::SUCCESS)
}

/// Applies `--map EXPORT STAGE=STAGE-ID` (or `=` to leave one out) to `mapping`.
///
/// # Errors
/// A map that is not `A=B`, names no stage of the export, or no stage of the design.
pub(super) fn apply_maps(
    design: &crate::design::Design,
    design_path: &Path,
    measurement: &Measurement,
    maps: &[String],
    mapping: &mut [Option<crate::design::StageId>],
) -> anyhow::Result<()> {
    for map in maps {
        let Some((from, to)) = map.split_once('=') else {
            bail!("--map {map}: write EXPORT STAGE=STAGE-ID");
        };
        let Some(index) = measurement
            .stages
            .iter()
            .position(|stage| stage.name.trim().eq_ignore_ascii_case(from.trim()))
        else {
            bail!("--map {map}: the export has no stage \"{}\"", from.trim());
        };
        let to = to.trim();
        mapping[index] = if to.is_empty() {
            None
        } else {
            let id = crate::design::StageId::new(to);
            if !design.stages.contains_key(&id) {
                bail!(
                    "--map {map}: {} has no stage with id \"{to}\"",
                    design_path.display()
                );
            }
            Some(id)
        };
    }
    Ok(())
}

fn changes_table(
    design: &crate::design::Design,
    measurement: &Measurement,
    mapping: &[Option<crate::design::StageId>],
    changes: &[Proposed],
) -> String {
    let mut text = String::from("\nStages matched:\n");
    for (stage, mapped) in measurement.stages.iter().zip(mapping) {
        let target = mapped.as_ref().map_or_else(
            || "(not matched: pass --map \"STAGE=stage-id\")".to_owned(),
            |id| format!("{} ({id})", design.stage_name(id)),
        );
        let _ = writeln!(text, "  {} → {target}", stage.name);
    }
    let _ = writeln!(text, "\nChanges (today → measured, 90 %):");
    for change in changes {
        // The same figures in the same style as the dialog shows them.
        let (today, measured) = crate::crm::calibrate::shown_change(change, crate::i18n::current());
        let _ = writeln!(text, "  {}: {today} → {measured}", change.label);
    }
    text
}

/// `leadflow backtest`.
///
/// # Errors
/// An unreadable design, or one without actuals.
pub fn backtest(path: &Path, mode: &super::ModeOverride) -> anyhow::Result<ExitCode> {
    let mut design = super::load_valid(path)?;
    if let Some(chosen) = mode.mode {
        design.simulation.mode = chosen.into();
    }
    if let Some(runs) = mode.runs {
        super::check_range("--runs", runs, &crate::design::MONTE_CARLO_RUNS)?;
        design.simulation.runs = runs;
    }
    let Some(backtest) = crate::crm::backtest::backtest(&design) else {
        bail!(
            "{}: the design keeps no actuals; import or calibrate it from a CRM export first",
            path.display()
        );
    };
    let mut text = format!(
        "Backtest from {} over {} weeks ({}):\n\n{:<24} {:>12} {:>12} {:>10} {:>14}\n",
        backtest.result.start_date,
        backtest.result.weeks,
        if backtest.result.has_bands() {
            format!("Monte Carlo, {} runs", backtest.result.runs)
        } else {
            "expected values".to_owned()
        },
        "Stage",
        "Actual/wk",
        "Plan/wk",
        "MAE/wk",
        "Inside 10–90 %"
    );
    for stage in &backtest.stages {
        let inside = stage
            .inside_band
            .map_or_else(|| "–".to_owned(), |share| format!("{:.0} %", share * 100.0));
        let _ = writeln!(
            text,
            "{:<24} {:>12.1} {:>12.1} {:>10.1} {:>14}",
            stage.name, stage.actual_mean, stage.simulated_mean, stage.mean_absolute_error, inside
        );
    }
    if backtest.result.has_bands() {
        text.push_str(
            "\nWhen the model is right about 80 % of actual weeks lie inside the 10–90 % band.\n",
        );
    }
    super::write_output(None, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the report of `measurement` read from `export`, in the command's language.
fn print_report(measurement: &Measurement, export: &Path) {
    print!(
        "{}",
        report(
            measurement,
            &export.display().to_string(),
            crate::i18n::current()
        )
    );
}
