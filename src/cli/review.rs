//! `leadflow review`: a newer CRM export set against the plan, month by month, ending with
//! the line that says where it starts to differ.

use super::crm::{ExportReading, KindArg, apply_maps};
use crate::crm::reforecast::{Figures, reforecast};
use crate::crm::review::review;
use crate::crm::review_words::{self, ReviewRow};
use crate::crm::{calibrate, measure, read_export};
use crate::i18n::WordedResult as _;
use clap::ValueEnum;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// What `review` reads and how it writes.
#[derive(Clone, Debug, clap::Args)]
pub struct ReviewArgs {
    /// The design whose plan is reviewed (its plan of record, or the design as it stands).
    pub file: PathBuf,
    /// The newer CRM export.
    pub export: PathBuf,
    /// The kind of export (default: told from its columns).
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    #[command(flatten)]
    reading: ExportReading,
    /// An export stage's stage in the design, EXPORT STAGE=STAGE-ID (repeat the flag); by
    /// default stages are matched by name, as in `calibrate`.
    #[arg(long = "map")]
    maps: Vec<String>,
    /// Re-forecast with the plan's own figures; only the open pipeline comes from the export
    /// (default: every matched figure measured again up to the counting day).
    #[arg(long, conflicts_with = "keep")]
    keep_figures: bool,
    /// Re-forecast keeping this one figure as the plan has it, e.g. "Proposal sent ·
    /// conversion" (repeat the flag); the rest measured again.
    #[arg(long)]
    keep: Vec<String>,
    /// Also write the review as a 16:9 slide: .png, .svg or .pdf.
    #[arg(long)]
    slide: Option<PathBuf>,
    /// A table to read, or CSV for a spreadsheet.
    #[arg(long, value_enum, default_value = "text")]
    format: ReviewFormat,
    /// The language of the table's words, figures and dates (default: the system's); the
    /// last line stays in English for scripts.
    #[arg(long, value_parser = super::parse_language)]
    lang: Option<crate::i18n::Language>,
}

/// Output of `review`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ReviewFormat {
    /// A table to read, ending with "Starts to differ at: …".
    Text,
    /// `month,figure,planned,actual,difference,band_low,band_high,inside`.
    Csv,
}

/// `leadflow review`.
///
/// # Errors
/// An unreadable design or export, or an export that does not overlap the plan.
pub fn run(args: &ReviewArgs) -> anyhow::Result<ExitCode> {
    let language = args.lang.unwrap_or_else(crate::i18n::Language::of_system);
    crate::i18n::set_current(language);
    let design = super::load_valid(&args.file)?;
    let deals = read_export(&args.export, &args.reading.options(args.kind))
        .worded(crate::i18n::current())?;
    let measurement = measure(&deals);
    let mut mapping = calibrate::match_by_name(&design, &measurement);
    apply_maps(&design, &args.file, &measurement, &args.maps, &mut mapping)?;
    let reviewed = review(&design, &deals, &mapping, args.reading.as_of()).map_err(|error| {
        anyhow::anyhow!(
            "cannot review {} against {}: {}",
            args.file.display(),
            args.export.display(),
            error.words(language)
        )
    })?;
    let rows = review_words::rows(&reviewed, language);
    let figures = if args.keep_figures {
        Figures::Kept
    } else {
        Figures::Remeasured {
            kept: kept_figures(&design, &deals, &mapping, reviewed.as_of, &args.keep)?,
        }
    };
    // The year over, there is nothing ahead to forecast.
    let ahead = reforecast(
        &design,
        &deals,
        &mapping,
        reviewed.as_of,
        &figures,
        crate::i18n::current(),
    )
    .ok();
    let text = match args.format {
        ReviewFormat::Text => {
            let ahead = ahead.as_ref().map(|ahead| (ahead, &figures));
            text(&reviewed, &rows, ahead, language)
        }
        ReviewFormat::Csv => csv(&rows)?,
    };
    if let Some(path) = &args.slide {
        super::refuse_overwriting_input(&args.file, path)?;
        super::refuse_overwriting_input(&args.export, path)?;
        write_slide(path, &design, &reviewed, ahead.as_ref(), language)?;
    }
    super::write_output(None, &text)?;
    Ok(ExitCode::SUCCESS)
}

fn text(
    reviewed: &crate::crm::review::Review,
    rows: &[ReviewRow],
    ahead: Option<(&crate::crm::reforecast::Reforecast, &Figures)>,
    language: crate::i18n::Language,
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", review_words::against(reviewed, language));
    if let Some(missing) = review_words::not_in_export(reviewed, language) {
        let _ = writeln!(out, "{missing}");
    }
    let _ = writeln!(out, "{}\n", review_words::band_note(reviewed, language));
    let mut table: Vec<Vec<String>> = vec![review_words::headings(language).to_vec()];
    for row in rows {
        let mut line = vec![row.month.clone(), row.figure.clone()];
        line.extend(review_words::cells(row, language));
        table.push(line);
    }
    let widths: Vec<usize> = (0..7)
        .map(|column| {
            table
                .iter()
                .map(|line| line[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    for line in &table {
        let mut shown = String::new();
        for (column, (cell, width)) in line.iter().zip(&widths).enumerate() {
            let pad = width.saturating_sub(cell.chars().count());
            // Words to the left, figures to the right.
            if column < 2 || column == 6 {
                let _ = write!(shown, "{cell}{}  ", " ".repeat(pad));
            } else {
                let _ = write!(shown, "{}{cell}  ", " ".repeat(pad));
            }
        }
        let _ = writeln!(out, "{}", shown.trim_end());
    }
    let _ = writeln!(out, "\n{}", review_words::differs(reviewed, language));
    if let Some((ahead, figures)) = ahead {
        let _ = writeln!(
            out,
            "{}",
            review_words::reforecast_basis(ahead, figures, language)
        );
        let _ = writeln!(out, "{}", review_words::reforecast_line(ahead, language));
    }
    let _ = writeln!(out, "{}", review_words::script_line(reviewed));
    out
}

fn csv(rows: &[ReviewRow]) -> anyhow::Result<String> {
    let mut writer = ::csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "month",
        "figure",
        "planned",
        "actual",
        "difference",
        "band_low",
        "band_high",
        "inside",
    ])?;
    let mut month = String::new();
    for row in rows {
        if !row.month.is_empty() {
            month.clone_from(&row.month);
        }
        let compared = row.compared;
        writer.write_record([
            month.clone(),
            row.figure.clone(),
            format!("{:.2}", compared.planned),
            format!("{:.0}", compared.actual),
            format!("{:.2}", compared.difference()),
            format!("{:.0}", compared.band.0),
            format!("{:.0}", compared.band.1),
            compared.inside().to_string(),
        ])?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|error| anyhow::anyhow!("{error}"))?;
    Ok(String::from_utf8(bytes)?)
}

/// The review as a slide in the format `path` asks for.
fn write_slide(
    path: &std::path::Path,
    design: &crate::design::Design,
    reviewed: &crate::crm::review::Review,
    ahead: Option<&crate::crm::reforecast::Reforecast>,
    language: crate::i18n::Language,
) -> anyhow::Result<()> {
    use crate::export::{self, Format};
    let format = Format::from_path(path)
        .filter(|format| matches!(format, Format::Png | Format::Svg | Format::Pdf));
    let Some(format) = format else {
        anyhow::bail!(
            "{}: write the slide to a file ending in .png, .svg or .pdf",
            path.display()
        );
    };
    let theme = crate::draw::Theme::new(crate::draw::ThemeChoice::Light);
    let fonts = export::Fonts::new();
    let picture = export::review_slide::review_slide(&export::review_slide::ReviewSlideInput {
        design,
        review: reviewed,
        ahead,
        theme: &theme,
        background: crate::draw::Colour::WHITE,
        measure: &fonts,
        language,
    });
    let bytes = export::picture_bytes(design, &picture, format, 2)?;
    crate::file::write_atomically(path, &bytes).worded(crate::i18n::current())?;
    super::wrote_file(path, bytes.len());
    Ok(())
}

/// The figures `--keep` names, by their labels ("Proposal sent · conversion", case and spaces
/// aside); a name that is no figure the export measures is refused with the ones it does.
fn kept_figures(
    design: &crate::design::Design,
    deals: &crate::crm::Deals,
    mapping: &[Option<crate::design::StageId>],
    as_of: crate::design::calendar::Date,
    names: &[String],
) -> anyhow::Result<Vec<crate::crm::calibrate::Target>> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let measured = reforecast(
        design,
        deals,
        mapping,
        as_of,
        &Figures::all_remeasured(),
        crate::i18n::current(),
    )
    .map(|ahead| ahead.measured)
    .unwrap_or_default();
    let plain = |text: &str| {
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    names
        .iter()
        .map(|name| {
            measured
                .iter()
                .find(|change| plain(&change.label) == plain(name))
                .map(|change| change.target.clone())
                .ok_or_else(|| {
                    let known: Vec<&str> = measured
                        .iter()
                        .map(|change| change.label.as_str())
                        .collect();
                    anyhow::anyhow!(
                        "--keep {name}: the export measures no such figure; it measures: {}",
                        known.join("; ")
                    )
                })
        })
        .collect()
}
