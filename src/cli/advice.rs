//! The advisor on the command line: `levers` and `goal`.

use super::{GoalTarget, LeversFormat, ModeOverride, SolveFor, write_output};
use crate::advice::goal::{self, Goal, Target, Unknown};
use crate::advice::levers::{self, Lever};
use crate::design::{Design, SimulationMode};
use crate::file;
use crate::i18n::WordedResult as _;
use anyhow::bail;
use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

/// `leadflow levers`: the ranked levers as a table or CSV.
pub(super) fn levers(
    path: &Path,
    format: LeversFormat,
    mode: &ModeOverride,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let design = with_mode(file::load(path).worded(crate::i18n::current())?, mode)?;
    super::ensure_valid(path, &design)?;
    if let Some(output) = output {
        super::refuse_overwriting_input(path, output)?;
    }
    let levers = levers::levers(&design);
    let text = match format {
        LeversFormat::Csv => levers::csv(&levers),
        LeversFormat::Text => levers_table(&design, &levers),
    };
    write_output(output, &text)?;
    Ok(ExitCode::SUCCESS)
}

/// The design with the mode and runs asked for on the command line.
pub(super) fn with_mode(mut design: Design, mode: &ModeOverride) -> anyhow::Result<Design> {
    if let Some(chosen) = mode.mode {
        design.simulation.mode = SimulationMode::from(chosen);
    }
    if let Some(runs) = mode.runs {
        super::check_range("--runs", runs, &crate::design::MONTE_CARLO_RUNS)?;
        design.simulation.runs = runs;
    }
    Ok(design)
}

fn levers_table(design: &Design, levers: &[Lever]) -> String {
    let width = levers
        .iter()
        .map(|lever| lever.label(crate::i18n::current()).chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    let weeks = design.simulation.horizon_weeks;
    let with_bands = levers.iter().any(|lever| lever.customers_band.is_some());
    let mut text = format!(
        "{:width$}  {:>12}  {:>14}",
        "Lever",
        format!("customers@{weeks}"),
        format!("profit ({})", design.presentation.currency)
    );
    if with_bands {
        let _ = write!(
            text,
            "  {:>17}  {:>23}",
            "customers p10–p90", "profit p10–p90"
        );
    }
    text.push('\n');
    for lever in levers {
        let _ = write!(
            text,
            "{:width$}  {:>+12.1}  {:>+14.0}",
            lever.label(crate::i18n::current()),
            lever.customers,
            lever.profit
        );
        if let (Some((customers_low, customers_high)), Some((profit_low, profit_high))) =
            (lever.customers_band, lever.profit_band)
        {
            let _ = write!(
                text,
                "  {:>17}  {:>23}",
                format!("{customers_low:+.0} … {customers_high:+.0}"),
                format!("{profit_low:+.0} … {profit_high:+.0}")
            );
        }
        text.push('\n');
    }
    if with_bands {
        let _ = writeln!(
            text,
            "\nMonte Carlo, {} runs: 8 in 10 runs gain between p10 and p90.",
            design.simulation.runs
        );
    }
    text
}

/// `leadflow goal`: what it takes to reach a target by a week.
pub(super) fn goal(
    path: &Path,
    target: &GoalTarget,
    solve: SolveFor,
    stage: Option<&str>,
    confidence: Option<f64>,
    mode: &ModeOverride,
) -> anyhow::Result<ExitCode> {
    let design = with_mode(file::load(path).worded(crate::i18n::current())?, mode)?;
    super::ensure_valid(path, &design)?;
    let by_week = target.by_week.unwrap_or(design.simulation.horizon_weeks);
    super::check_range("--by-week", by_week, &crate::design::HORIZON_WEEKS)?;
    if let Some(percent) = confidence
        && !(1.0..=99.0).contains(&percent)
    {
        bail!("--confidence {percent} is outside 1..99 (a percentage of Monte Carlo runs)");
    }
    let goal_target = match (target.customers, target.revenue, target.won) {
        (Some(customers), _, _) => Target::Customers(customers),
        (None, Some(revenue), _) => Target::Revenue(revenue),
        (None, None, Some(won)) => Target::Won(won),
        (None, None, None) => bail!("say what to reach: --customers N, --revenue R or --won N"),
    };
    let stage_id = || crate::design::StageId::new(stage.unwrap_or_default());
    let unknown = match solve {
        SolveFor::Leads => Unknown::LeadsPerWeek,
        SolveFor::Conversion => Unknown::Conversion(stage_id()),
        SolveFor::Headcount => Unknown::Headcount(stage_id()),
    };
    let goal = Goal {
        target: goal_target,
        by_week,
        unknown,
        confidence: confidence.map(|percent| percent / 100.0),
    };
    let answer = goal::solve(&design, &goal).map_err(|error| {
        anyhow::anyhow!(
            "{}: {}",
            path.display(),
            error.words(crate::i18n::current())
        )
    })?;
    let mut text = goal::describe(&design, &goal, &answer, crate::i18n::current());
    text.push('\n');
    write_output(None, &text)?;
    Ok(ExitCode::SUCCESS)
}
