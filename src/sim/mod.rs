//! The lead-flow simulation (docs/simulation.md): pure, seeded and fast, with no UI.
//! [`simulate`] turns a design into weekly series and headline figures.

mod compile;
mod counting;
mod daily_figures;
pub mod draws;
mod engine;
mod layout;
mod monte_carlo;
pub mod months;
pub mod output;
mod percentiles;
mod progress;
mod result;
pub mod rng;
mod schedule;
mod summary;
pub mod uncertainty;

pub use daily_figures::fixed_cost_per_month;
pub use layout::{StageMetric, TotalMetric};
pub use progress::Progress;
pub use result::{RunOutcome, SimResult, Statistic, Summary, percentile_band};

use crate::design::{
    Design, HORIZON_WEEKS, MONTE_CARLO_RUNS, SimulationMode, SimulationSettings, limits,
};
use compile::Compiled;
use engine::{Engine, Expected, RunFacts};
use layout::Layout;
use std::sync::atomic::AtomicBool;

/// Simulates `design` with its own settings.
#[must_use]
pub fn simulate(design: &Design) -> SimResult {
    simulate_with(design, &design.simulation)
}

/// Simulates `design` in expected values whatever its own mode: for comparing variants (what
/// if, levers, goal seek), where an answer must come at once and not vary from run to run.
#[must_use]
pub fn simulate_expected(design: &Design) -> SimResult {
    simulate_with(
        design,
        &SimulationSettings {
            mode: SimulationMode::Expected,
            ..design.simulation.clone()
        },
    )
}

/// Simulates `design` with `settings` in place of its own (for the command line's overrides
/// and for what-if comparisons). Any design simulates: references to missing stages send leads
/// to lost and out-of-range numbers are clamped; validation tells the user about them.
#[must_use]
pub fn simulate_with(design: &Design, settings: &SimulationSettings) -> SimResult {
    let never = AtomicBool::new(false);
    match simulate_until(design, settings, &never) {
        Some(result) => result,
        None => unreachable!("nothing asks this simulation to stop"),
    }
}

/// As [`simulate_with`], but a Monte Carlo simulation gives up, answering none, soon after
/// `stop` is set (the editor's worker, once its design is replaced).
#[must_use]
pub fn simulate_until(
    design: &Design,
    settings: &SimulationSettings,
    stop: &AtomicBool,
) -> Option<SimResult> {
    simulate_watched(design, settings, stop, &Progress::new())
}

/// As [`simulate_until`], telling `progress` how far a Monte Carlo simulation has come (for a
/// progress bar while it works on another thread).
#[must_use]
pub fn simulate_watched(
    design: &Design,
    settings: &SimulationSettings,
    stop: &AtomicBool,
    progress: &Progress,
) -> Option<SimResult> {
    simulate_kept(design, settings, limits::MAX_KEPT_FIGURES, (stop, progress))
}

/// As [`simulate_until`], keeping at most `kept_figures` weekly figures of Monte Carlo runs at
/// once (more are simulated in passes): for tests of that budget.
#[doc(hidden)]
#[must_use]
pub fn simulate_within(
    design: &Design,
    settings: &SimulationSettings,
    kept_figures: u64,
    stop: &AtomicBool,
) -> Option<SimResult> {
    simulate_kept(design, settings, kept_figures, (stop, &Progress::new()))
}

fn simulate_kept(
    design: &Design,
    settings: &SimulationSettings,
    kept_figures: u64,
    (stop, progress): (&AtomicBool, &Progress),
) -> Option<SimResult> {
    let weeks = settings
        .horizon_weeks
        .clamp(*HORIZON_WEEKS.start(), *HORIZON_WEEKS.end());
    let start_date = settings.start_date();
    let prepared_for = match settings.mode {
        SimulationMode::Expected => daily_figures::Draws::ValuesOnly,
        SimulationMode::MonteCarlo => daily_figures::Draws::Counted,
    };
    let mut model = Compiled::new(design, weeks, start_date, prepared_for);
    if settings.mode == SimulationMode::MonteCarlo {
        model = model.with_whole_starting_counts();
    }
    let layout = Layout::new(model.stages.len());
    let (mean, bands, facts, runs, run_outcomes) = match settings.mode {
        SimulationMode::Expected => {
            let mut record = vec![0.0; layout.record_len(weeks as usize)];
            let mut facts = [RunFacts::default()];
            let mut engine = Engine::<1>::new(&model);
            let mut streams = vec![[Expected]; engine.stream_count()];
            engine.run(&mut streams, &mut record, &mut facts);
            (
                record,
                None,
                monte_carlo::Facts::of_runs(&facts),
                1,
                Vec::new(),
            )
        }
        SimulationMode::MonteCarlo => {
            let runs = settings
                .runs
                .clamp(*MONTE_CARLO_RUNS.start(), *MONTE_CARLO_RUNS.end());
            let seed = settings.seed;
            let draw_model = |run: usize| {
                let mut rng = rng::Rng::for_stream(seed, run as u64, uncertainty::PARAMETER_STREAM);
                let drawn = uncertainty::drawn(design, &mut rng);
                Compiled::new(&drawn, weeks, start_date, daily_figures::Draws::Counted)
                    .with_whole_starting_counts()
            };
            let variants: Option<&monte_carlo::Variants<'_>> =
                uncertainty::has_measured(design).then_some(&draw_model);
            let plan = monte_carlo::Plan {
                runs,
                seed,
                kept_figures,
                stop,
                progress,
            };
            let outcome = monte_carlo::run(&model, variants, layout, &plan)?;
            (
                outcome.mean,
                Some(outcome.bands),
                outcome.facts,
                runs,
                outcome.run_outcomes,
            )
        }
    };
    let simulated_weeks = facts.stopped_after_weeks.unwrap_or(weeks as usize);
    let mut result = SimResult {
        mode: settings.mode,
        runs,
        weeks: simulated_weeks,
        start_date,
        stage_ids: model.stage_ids.clone(),
        stage_names: design
            .stages
            .values()
            .map(|stage| stage.name.clone())
            .collect(),
        summary: summary::empty(),
        layout,
        mean,
        bands,
        run_outcomes,
    };
    result.summary = summary::summarise(&result, design, &facts);
    Some(result)
}

/// Whether simulating `a` and `b` gives the same result: they differ at most in what the
/// simulation never reads (where stages are drawn, notes, titles, models, other scenarios),
/// so moving a stage need not simulate again.
#[must_use]
pub fn same_inputs(a: &Design, b: &Design) -> bool {
    let same = |x: f64, y: f64| x.to_bits() == y.to_bits();
    a.flows == b.flows
        && a.plan == b.plan
        && a.sources == b.sources
        && a.roles == b.roles
        && a.tools == b.tools
        && a.simulation == b.simulation
        && a.stages.len() == b.stages.len()
        && a.stages
            .iter()
            .zip(&b.stages)
            .all(|((id_a, x), (id_b, y))| {
                id_a == id_b
                    && x.name == y.name
                    && x.kind == y.kind
                    && same(x.conversion, y.conversion)
                    && same(x.days_in_stage, y.days_in_stage)
                    && x.drop_outs == y.drop_outs
                    && same(x.in_stage_today, y.in_stage_today)
                    && same(x.waiting_today, y.waiting_today)
                    && x.roles == y.roles
                    && x.tools == y.tools
                    // Monte Carlo draws each run's figures from what they were measured on.
                    && x.measured == y.measured
            })
}

#[cfg(test)]
mod tests {
    use super::{same_inputs, simulate_until};
    use crate::design::SimulationMode;
    use std::sync::atomic::{AtomicBool, Ordering};

    #[test]
    fn a_monte_carlo_simulation_told_to_stop_gives_up() {
        let mut design = crate::templates::example("sales-silo");
        design.simulation.mode = SimulationMode::MonteCarlo;
        design.simulation.runs = 100_000;
        design.simulation.horizon_weeks = 520;
        let stop = AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                std::thread::sleep(std::time::Duration::from_millis(50));
                stop.store(true, Ordering::Relaxed);
            });
            // Minutes of work if it did not listen.
            assert!(simulate_until(&design, &design.simulation, &stop).is_none());
        });
        design.simulation.runs = 20;
        let go_on = AtomicBool::new(false);
        assert!(simulate_until(&design, &design.simulation, &go_on).is_some());
    }

    #[test]
    fn moving_a_stage_or_writing_notes_simulates_the_same_and_a_rate_does_not() {
        let design = crate::templates::example("sales-silo");
        let mut moved = design.clone();
        for stage in moved.stages.values_mut() {
            stage.position = stage.position.moved(40.0, -20.0);
            stage.notes.push_str(" more");
        }
        moved.notes.push_str(" more");
        assert!(same_inputs(&design, &moved));
        let mut changed = moved.clone();
        if let Some(stage) = changed.stages.values_mut().next() {
            stage.conversion *= 0.9;
        }
        assert!(!same_inputs(&design, &changed));
        let mut later = design.clone();
        later.simulation.horizon_weeks += 1;
        assert!(!same_inputs(&design, &later));
        let mut measured = design.clone();
        if let Some(stage) = measured.stages.values_mut().next() {
            stage.measured.conversion = Some(crate::design::Evidence {
                measured: stage.conversion,
                low: stage.conversion * 0.8,
                high: (stage.conversion * 1.2).min(1.0),
                deals: 40,
                from: crate::design::calendar::Date::constant(2026, 1, 5),
                to: crate::design::calendar::Date::constant(2026, 6, 29),
                not_borne_out: None,
            });
        }
        assert!(
            !same_inputs(&design, &measured),
            "Monte Carlo draws from the evidence"
        );
    }
}
