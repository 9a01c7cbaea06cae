//! The command line: work with designs without a window.

mod advice;
mod crm;
mod plan;
mod progress;
mod review;

use crate::design::validate::{Severity, has_errors, validate};
use crate::design::{HORIZON_WEEKS, MONTE_CARLO_RUNS, SimulationMode, SimulationSettings};
use crate::draw::ThemeChoice;
use crate::i18n::{Worded as _, WordedResult as _};
use crate::{export, file, sim, templates};
use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};
use std::fmt::Write as _;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Design how your company sells and watch the lead flow.
#[derive(Debug, Parser)]
#[command(name = "leadflow", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// A design (.ron) to open in the app; without one the default example opens.
    pub file: Option<PathBuf>,
    /// What to do instead of opening the app.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Work without a window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the built-in starting designs.
    Templates,
    /// Write a starting design to a file: a template, or one built from your answers to the
    /// four questions (`--answers`).
    New {
        /// Template name (see `leadflow templates`).
        #[arg(required_unless_present = "answers", conflicts_with = "answers")]
        template: Option<String>,
        /// A RON file of answers to the four questions and more (see the README); missing
        /// fields take defaults.
        #[arg(long)]
        answers: Option<PathBuf>,
        /// Where to write the design.
        #[arg(short, long)]
        output: PathBuf,
        /// Replace the file if it exists.
        #[arg(long)]
        force: bool,
    },
    /// Load and validate designs; exits non-zero when any has errors.
    Check {
        /// Design files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Simulate a design and write weekly figures as CSV or JSON.
    Simulate {
        /// The design.
        file: PathBuf,
        /// Horizon in weeks (default: the design's).
        #[arg(long)]
        weeks: Option<u32>,
        /// The day week 1 starts, YYYY-MM-DD (default: the design's start date).
        #[arg(long, value_parser = parse_start_date)]
        start: Option<crate::design::calendar::Date>,
        /// Expected values or Monte Carlo (default: the design's).
        #[arg(long, value_enum)]
        mode: Option<ModeArg>,
        /// Monte Carlo runs (default: the design's).
        #[arg(long)]
        runs: Option<u32>,
        /// Monte Carlo seed (default: the design's).
        #[arg(long)]
        seed: Option<u64>,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: FormatArg,
        /// Only the weekly totals table (CSV).
        #[arg(long)]
        totals: bool,
        /// Leave the plan's moves out: the design as it stands today.
        #[arg(long)]
        without_moves: bool,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// The year month by month: leads, deals entering each stage, customers, revenue, costs,
    /// profit and headcount per role, following the plan's moves.
    Plan {
        /// The design.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: plan::PlanFormat,
        /// Leave the plan's moves out: the design as it stands today.
        #[arg(long)]
        without_moves: bool,
        #[command(flatten)]
        mode: ModeOverride,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Rank the levers of a design: for every stage, what +10 % conversion, −10 % time in
    /// stage and one more person would change in customers and profit by the horizon.
    Levers {
        /// The design.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "text")]
        format: LeversFormat,
        #[command(flatten)]
        mode: ModeOverride,
        /// Write here instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Goal seek: what it takes to win N customers (or revenue R) by week W, solved for the
    /// leads per week, one stage's conversion or one stage's headcount.
    Goal {
        /// The design.
        file: PathBuf,
        #[command(flatten)]
        target: GoalTarget,
        /// What may change.
        #[arg(long, value_enum, default_value = "leads")]
        solve: SolveFor,
        /// The stage whose conversion or headcount may change (its id).
        #[arg(long, required_if_eq_any = [("solve", "conversion"), ("solve", "headcount")])]
        stage: Option<String>,
        /// Solve so that this percentage of Monte Carlo runs reaches the goal (1–99), rather
        /// than the expected values.
        #[arg(long)]
        confidence: Option<f64>,
        #[command(flatten)]
        mode: ModeOverride,
    },
    /// Build a design from a CRM export (event log CSV, HubSpot, Pipedrive or Salesforce, as
    /// CSV or XLSX): stages, conversions and days in stage measured with 90 % intervals,
    /// sources, open deals; prints a report of what was read.
    Import {
        /// The export.
        export: PathBuf,
        /// Where to write the design.
        #[arg(short, long)]
        output: PathBuf,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        read: crm::ExportArgs,
    },
    /// Calibrate a design from a CRM export: its stages matched to the export's by name
    /// (or --map), conversion, days in stage, open deals, leads per week and order value
    /// set to what was measured, each with its evidence.
    Calibrate {
        /// The design.
        file: PathBuf,
        /// The export.
        export: PathBuf,
        /// Where to write the calibrated design.
        #[arg(short, long)]
        output: PathBuf,
        /// Match an export stage to a stage of the design by id: "Proposal sent=present"
        /// (an empty id leaves the export stage out). Repeat the flag.
        #[arg(long = "map")]
        maps: Vec<String>,
        /// Replace the output if it exists.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        read: crm::ExportArgs,
    },
    /// Set the plan against what happened: simulate the design from the first week of the
    /// actuals it keeps (from `import` or `calibrate`) and compare each stage's weekly entries.
    Backtest {
        /// The design.
        file: PathBuf,
        #[command(flatten)]
        mode: ModeOverride,
    },
    /// The monthly review: a newer CRM export set against the plan (the plan of record, or the
    /// design as it stands), month by month: deals entering each stage, won and their value,
    /// planned against actual with the band chance allows; it ends with the stage where the
    /// difference starts ("Starts to differ at: …", or "nowhere").
    Review(review::ReviewArgs),
    /// Export an image of a design (PNG, SVG or PDF), a PowerPoint deck (.pptx) or the flow in
    /// motion (.gif, .apng), by the output's extension. PNG, SVG, deck and animated PNG carry
    /// the design, so Leadflow can open them again.
    Export {
        /// The design (.ron, or an image or deck exported by Leadflow).
        file: PathBuf,
        /// The file to write: .png, .svg, .pdf, .pptx, .gif or .apng.
        #[arg(short, long)]
        output: PathBuf,
        /// Pixels per point for PNG: 1, 2 or 4.
        #[arg(long, default_value_t = 2, value_parser = parse_scale)]
        scale: u32,
        /// The diagram alone, a 16:9 slide with chart and figures, or a report on A4 pages
        /// (PDF only).
        #[arg(long, value_enum, default_value = "diagram")]
        layout: LayoutArg,
        /// Light or dark drawing.
        #[arg(long, value_enum, default_value = "light")]
        theme: ThemeArg,
        /// No background (PNG and SVG).
        #[arg(long)]
        transparent: bool,
        /// How long the year takes in an animation (.gif, .apng), in seconds: 1 to 60.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=60))]
        seconds: u32,
        /// Frames a second in an animation: 1 to 30.
        #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=30))]
        fps: u32,
        /// The language of the picture's labels, figures and dates (default: the system's).
        #[arg(long, value_parser = parse_language)]
        lang: Option<crate::i18n::Language>,
    },
}

pub(super) fn parse_language(code: &str) -> Result<crate::i18n::Language, String> {
    crate::i18n::Language::ALL
        .into_iter()
        .find(|language| language.code() == code)
        .ok_or_else(|| format!("'{code}' is not one of en, sv, da, fi"))
}

/// What `goal` must reach.
#[derive(Clone, Debug, clap::Args)]
pub struct GoalTarget {
    /// Active customers to have by the week.
    #[arg(long, conflicts_with_all = ["revenue", "won"], required_unless_present_any = ["revenue", "won"])]
    customers: Option<f64>,
    /// Revenue to have earned by the week.
    #[arg(long, conflicts_with = "won")]
    revenue: Option<f64>,
    /// Customers to have won from the start to the week (as targets count them).
    #[arg(long)]
    won: Option<f64>,
    /// The week (default: the design's horizon).
    #[arg(long)]
    by_week: Option<u32>,
}

/// The simulation mode for `levers` and `goal`, in place of the design's.
#[derive(Clone, Debug, clap::Args)]
pub struct ModeOverride {
    /// Expected values or Monte Carlo (default: the design's mode).
    #[arg(long, value_enum)]
    mode: Option<ModeArg>,
    /// Monte Carlo runs (default: the design's).
    #[arg(long)]
    runs: Option<u32>,
}

/// What `goal` may change.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum SolveFor {
    /// Every source's leads per week, together.
    Leads,
    /// One stage's conversion (`--stage`).
    Conversion,
    /// One stage's headcount (`--stage`).
    Headcount,
}

/// Output of `levers`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LeversFormat {
    /// A ranked table to read.
    Text,
    /// `stage,lever,customers,profit`.
    Csv,
}

/// What `export` draws.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LayoutArg {
    /// The diagram alone.
    Diagram,
    /// A 16:9 slide: title, diagram, chart, headline figures, assumptions.
    Slide,
    /// A report on A4 pages (PDF only): process, year, plan, months, assumptions, levers.
    Report,
}

/// The theme of an export.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ThemeArg {
    /// Dark text on white.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// Simulation mode on the command line.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ModeArg {
    /// Deterministic expected values.
    Expected,
    /// Whole leads, many seeded runs, percentiles.
    MonteCarlo,
}

impl From<ModeArg> for SimulationMode {
    fn from(mode: ModeArg) -> Self {
        match mode {
            ModeArg::Expected => Self::Expected,
            ModeArg::MonteCarlo => Self::MonteCarlo,
        }
    }
}

/// Refuses a command-line number outside the range the design accepts, naming the flag.
fn check_range(
    flag: &str,
    value: u32,
    range: &std::ops::RangeInclusive<u32>,
) -> anyhow::Result<()> {
    if range.contains(&value) {
        Ok(())
    } else {
        bail!(
            "{flag} {value} is outside {}",
            crate::design::validate::range_text(range)
        )
    }
}

/// Output format of `simulate`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatArg {
    /// Long-form CSV tables.
    Csv,
    /// One JSON document.
    Json,
}

/// Runs a subcommand, printing to stdout and problems to stderr.
///
/// # Errors
/// A readable message for `main` to print when the command cannot be carried out.
pub fn run(command: Command) -> anyhow::Result<ExitCode> {
    // New designs are named, and pictures labelled, in the system's language unless asked.
    crate::i18n::set_current(crate::i18n::Language::of_system());
    match command {
        Command::Templates => list_templates(),
        Command::New {
            template,
            answers,
            output,
            force,
        } => match (template, answers) {
            (_, Some(answers)) => new_from_answers(&answers, &output, force),
            (Some(template), None) => new_design(&template, &output, force),
            (None, None) => bail!("name a template or pass --answers FILE"),
        },
        Command::Check { files } => Ok(check(&files)),
        Command::Plan {
            file,
            format,
            without_moves,
            mode,
            output,
        } => plan::plan(&file, format, without_moves, &mode, output.as_deref()),
        Command::Levers {
            file,
            format,
            mode,
            output,
        } => advice::levers(&file, format, &mode, output.as_deref()),
        Command::Goal {
            file,
            target,
            solve,
            stage,
            confidence,
            mode,
        } => advice::goal(&file, &target, solve, stage.as_deref(), confidence, &mode),
        Command::Import {
            export,
            output,
            force,
            read,
        } => crm::import(&export, &output, force, &read),
        Command::Calibrate {
            file,
            export,
            output,
            maps,
            force,
            read,
        } => crm::calibrate(&file, &export, &output, &maps, force, &read),
        Command::Backtest { file, mode } => crm::backtest(&file, &mode),
        Command::Review(args) => review::run(&args),
        Command::Export {
            file,
            output,
            scale,
            layout,
            theme,
            transparent,
            lang,
            seconds,
            fps,
        } => {
            crate::i18n::set_current(lang.unwrap_or_else(crate::i18n::Language::of_system));
            let motion = export::motion::Motion { seconds, fps };
            export_image(&file, &output, scale, layout, theme, transparent, motion)
        }
        command @ Command::Simulate { .. } => simulate(command),
    }
}

/// `leadflow simulate`: the weekly figures as CSV or JSON.
fn simulate(command: Command) -> anyhow::Result<ExitCode> {
    let Command::Simulate {
        file,
        weeks,
        start,
        mode,
        runs,
        seed,
        format,
        totals,
        without_moves,
        output,
    } = command
    else {
        bail!("not a simulate command");
    };
    if let Some(output) = &output {
        refuse_overwriting_input(&file, output)?;
    }
    let mut design = file::load(&file).worded(crate::i18n::current())?;
    if without_moves {
        design = design.without_plan();
    }
    let settings = SimulationSettings {
        start_date: start.or(design.simulation.start_date),
        horizon_weeks: weeks.unwrap_or(design.simulation.horizon_weeks),
        mode: mode.map_or(design.simulation.mode, SimulationMode::from),
        runs: runs.unwrap_or(design.simulation.runs),
        seed: seed.unwrap_or(design.simulation.seed),
    };
    check_range("--weeks", settings.horizon_weeks, &HORIZON_WEEKS)?;
    check_range("--runs", settings.runs, &MONTE_CARLO_RUNS)?;
    design.simulation = settings;
    ensure_valid(&file, &design)?;
    let result = progress::simulate(&design)?;
    let text = match (format, totals) {
        (FormatArg::Csv, false) => sim::output::csv(&result),
        (FormatArg::Csv, true) => sim::output::totals_csv(&result),
        (FormatArg::Json, _) => {
            let mut text = serde_json::to_string_pretty(&sim::output::json(&result))?;
            text.push('\n');
            text
        }
    };
    write_output(output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}

fn parse_scale(text: &str) -> Result<u32, String> {
    match text.trim() {
        "1" => Ok(1),
        "2" => Ok(2),
        "4" => Ok(4),
        other => Err(format!(
            "{other} is not a scale Leadflow exports at; use 1, 2 or 4"
        )),
    }
}

fn export_image(
    input: &Path,
    output: &Path,
    scale: u32,
    layout: LayoutArg,
    theme: ThemeArg,
    transparent: bool,
    motion: export::motion::Motion,
) -> anyhow::Result<ExitCode> {
    let Some(format) = export::Format::from_path(output) else {
        bail!(
            "{}: choose an output ending in .png, .svg, .pdf, .pptx, .gif or .apng",
            output.display()
        );
    };
    if matches!(layout, LayoutArg::Report) && format != export::Format::Pdf {
        bail!(
            "{}: a report is a PDF of A4 pages; write it to a file ending in .pdf",
            output.display()
        );
    }
    refuse_overwriting_input(input, output)?;
    let design = load_valid(input)?;
    let result = progress::simulate(&design)?;
    let options = export::ExportOptions {
        format,
        layout: match layout {
            LayoutArg::Diagram => export::Layout::Diagram,
            LayoutArg::Slide => export::Layout::Slide,
            LayoutArg::Report => export::Layout::Report,
        },
        scale,
        theme: match theme {
            ThemeArg::Light => ThemeChoice::Light,
            ThemeArg::Dark => ThemeChoice::Dark,
        },
        transparent,
        only: None,
        motion,
        language: crate::i18n::current(),
    };
    let bytes = export::export(&design, &result, &options)
        .with_context(|| format!("cannot export {}", output.display()))?;
    file::write_atomically(output, &bytes).worded(crate::i18n::current())?;
    wrote_file(output, bytes.len());
    Ok(ExitCode::SUCCESS)
}

/// Loads a design and refuses it when validation finds errors: every command that simulates
/// or draws goes through here, so none works on a design beyond the limits.
fn load_valid(path: &Path) -> anyhow::Result<crate::design::Design> {
    let design = file::load(path).worded(crate::i18n::current())?;
    ensure_valid(path, &design)?;
    Ok(design)
}

/// Refuses `design` (read from `path`, with any command-line settings applied) when
/// validation finds errors, listing them.
fn ensure_valid(path: &Path, design: &crate::design::Design) -> anyhow::Result<()> {
    let findings = validate(design);
    if has_errors(&findings) {
        let errors: Vec<String> = findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .map(|finding| {
                format!(
                    "{}: error: {}",
                    path.display(),
                    finding.words(crate::i18n::current())
                )
            })
            .collect();
        bail!("{}", errors.join("\n"));
    }
    Ok(())
}

/// Refuses to write `output` over `input`: a command's output never replaces what it read.
fn refuse_overwriting_input(input: &Path, output: &Path) -> anyhow::Result<()> {
    let same = match (std::fs::canonicalize(input), std::fs::canonicalize(output)) {
        (Ok(input), Ok(output)) => input == output,
        _ => false,
    };
    if same {
        bail!(
            "{}: the output is the design being read; choose another file",
            output.display()
        );
    }
    Ok(())
}

fn write_output(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    if let Some(path) = path {
        return file::write_atomically(path, text.as_bytes()).worded(crate::i18n::current());
    }
    let mut stdout = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth reporting.
    match stdout.write_all(text.as_bytes()) {
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}

fn list_templates() -> anyhow::Result<ExitCode> {
    let width = templates::catalogue(crate::i18n::current())
        .iter()
        .map(|template| template.template.name.len())
        .max()
        .unwrap_or(0);
    let mut text = String::new();
    for template in templates::catalogue(crate::i18n::current()) {
        let _ = writeln!(
            text,
            "{:width$}  {}",
            template.template.name, template.summary
        );
    }
    write_output(None, &text)?;
    Ok(ExitCode::SUCCESS)
}

fn new_design(name: &str, output: &Path, force: bool) -> anyhow::Result<ExitCode> {
    let Some(template) = templates::find(name) else {
        bail!(
            "there is no template \"{name}\"; choose one of: {}",
            templates::names()
        );
    };
    if output.exists() && !force {
        bail!(
            "{} already exists; pass --force to replace it",
            output.display()
        );
    }
    let design = template
        .localized_design(crate::i18n::current())
        .worded(crate::i18n::current())?;
    file::save(&design, output).worded(crate::i18n::current())?;
    eprintln!(
        "{}",
        crate::tr!(
            "cli-wrote-named",
            path = output.display().to_string(),
            name = design.name.as_str()
        )
    );
    Ok(ExitCode::SUCCESS)
}

fn new_from_answers(answers: &Path, output: &Path, force: bool) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(answers)
        .with_context(|| format!("{}: cannot read the answers", answers.display()))?;
    // A file saved by Windows Notepad starts with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let answers: crate::advice::wizard::WizardAnswers = ron::from_str(text).map_err(|error| {
        anyhow::anyhow!(
            "{}:{}:{}: {}",
            answers.display(),
            error.span.start.line,
            error.span.start.col,
            error.code
        )
    })?;
    if output.exists() && !force {
        bail!(
            "{} already exists; pass --force to replace it",
            output.display()
        );
    }
    let recommendation = crate::advice::wizard::recommend(&answers, crate::i18n::current());
    file::save(&recommendation.design, output).worded(crate::i18n::current())?;
    eprintln!(
        "{}\n{}",
        crate::tr!(
            "cli-wrote-recommended",
            path = output.display().to_string(),
            model = recommendation.sales_model.label(crate::i18n::current())
        ),
        recommendation.why
    );
    Ok(ExitCode::SUCCESS)
}

fn check(files: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for path in files {
        match file::load(path) {
            Err(error) => {
                eprintln!("{}", error.words(crate::i18n::current()));
                failed = true;
            }
            Ok(design) => {
                let findings = validate(&design);
                for finding in &findings {
                    let level = match finding.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                    };
                    eprintln!(
                        "{}: {level}: {}",
                        path.display(),
                        finding.words(crate::i18n::current())
                    );
                }
                if has_errors(&findings) {
                    failed = true;
                } else {
                    let warnings = findings.len();
                    println!(
                        "{}: ok ({} stages{})",
                        path.display(),
                        design.stages.len(),
                        if warnings > 0 {
                            format!(
                                ", {warnings} warning{}",
                                if warnings == 1 { "" } else { "s" }
                            )
                        } else {
                            String::new()
                        }
                    );
                }
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A start date on the command line: an ISO 8601 date within the years validation accepts.
fn parse_start_date(text: &str) -> Result<crate::design::calendar::Date, String> {
    use crate::design::calendar::{EARLIEST_START, LATEST_START};
    let date: crate::design::calendar::Date = text
        .parse()
        .map_err(|_| format!("{text} is not a date like 2027-01-04 (YYYY-MM-DD)"))?;
    if (EARLIEST_START..=LATEST_START).contains(&date) {
        Ok(date)
    } else {
        Err(format!(
            "{date} is outside {EARLIEST_START}..{LATEST_START}"
        ))
    }
}

/// Says on standard error that `bytes` bytes were written to `path`.
fn wrote_file(path: &Path, bytes: usize) {
    eprintln!(
        "{}",
        crate::tr!(
            "cli-wrote-file",
            path = path.display().to_string(),
            bytes = crate::i18n::format::number(bytes as f64, 0)
        )
    );
}
