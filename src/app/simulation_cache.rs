//! Keeps the simulation of the current design up to date without blocking a frame: small
//! designs in expected values are computed at once, the rest on a worker (see
//! [`Background`]). While Monte Carlo works, the design's expected values are shown, and the
//! worker says how far it has come; the person may stop it.

use crate::design::feedback::FeedbackLoop;
use crate::design::{Design, SimulationMode};
use crate::sim::{self, Progress, SimResult};
use crate::ui::background::Background;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Designs up to this many stage-weeks (about 40 stages over a year, a quarter of a
/// millisecond) are simulated within the frame; larger ones and Monte Carlo on a worker.
const INLINE_STAGE_WEEKS: usize = 2_000;

/// How long a simulation under way may go on while a newer design waits: long enough for
/// most to finish (so a scrubbed slider shows a result after each), short enough that a
/// simulation of hours, from a file asking for it, is given up soon after the design changes.
const PATIENCE: Duration = Duration::from_secs(1);

/// A simulation and how long it took; none when it was told to stop. When leads grow without
/// bound, the loop that feeds them, found here once for the simulation shown rather than for
/// every variant the levers and goal seek simulate.
struct Simulated {
    result: Option<SimResult>,
    elapsed: Duration,
    runaway_loop: Option<FeedbackLoop>,
}

impl Simulated {
    /// `result` of `design`, begun at `started`.
    fn of(design: &Design, result: Option<SimResult>, started: Instant) -> Self {
        let runaway_loop = result
            .as_ref()
            .filter(|result| result.summary.runaway_growth)
            .and_then(|_| crate::design::feedback::strongest_loop(design));
        Self {
            result,
            elapsed: started.elapsed(),
            runaway_loop,
        }
    }
}

/// The latest simulation, keyed by the inputs' revision: it counts changes to what the
/// simulation reads, so moving a stage does not simulate again.
#[derive(Default)]
pub struct SimulationCache {
    simulated: Option<Design>,
    inputs_revision: u64,
    results: Background<Simulated>,
    /// How far the Monte Carlo run under way has come.
    progress: Option<Arc<Progress>>,
    /// The expected values of the design Monte Carlo works on, shown meanwhile (when they fit
    /// in a frame), with the revision they are for.
    provisional: Option<(u64, Simulated)>,
    /// Whether the person stopped the Monte Carlo run of the current design.
    stopped: bool,
}

/// Expected values up to this many stage-weeks are worked out within the frame to show while
/// Monte Carlo runs (a couple of milliseconds; the 50-stage design over two years).
const PROVISIONAL_STAGE_WEEKS: usize = 5_000;

impl SimulationCache {
    /// The latest result, possibly of a slightly older design while a run is under way.
    #[must_use]
    pub fn result(&self) -> Option<&SimResult> {
        self.shown().and_then(|simulated| simulated.result.as_ref())
    }

    /// When leads grow without bound in the result shown, the loop that feeds them.
    #[must_use]
    pub fn runaway_loop(&self) -> Option<&FeedbackLoop> {
        self.shown()
            .and_then(|simulated| simulated.runaway_loop.as_ref())
    }

    /// The simulation shown: the design's expected values while its Monte Carlo runs, or the
    /// latest that came in.
    fn shown(&self) -> Option<&Simulated> {
        if !self.results.is_current(self.inputs_revision)
            && let Some((revision, expected)) = &self.provisional
            && *revision == self.inputs_revision
        {
            return Some(expected);
        }
        self.results.latest()
    }

    /// How far the Monte Carlo run under way has come; none when none runs.
    #[must_use]
    pub fn progress(&self) -> Option<&Progress> {
        self.results
            .is_running()
            .then_some(self.progress.as_deref())
            .flatten()
    }

    /// Stops the Monte Carlo run under way; the design's expected values are shown instead
    /// (worked out now on a worker where they were too large to work out beforehand, so the
    /// figures shown are never an older design's under the current one's name).
    pub fn stop(&mut self, ctx: &egui::Context) {
        if self.progress().is_none() {
            return;
        }
        self.results.stop();
        self.stopped = true;
        self.progress = None;
        let key = self.inputs_revision;
        let expected_in_hand = matches!(&self.provisional, Some((revision, _)) if *revision == key);
        if !expected_in_hand && let Some(design) = self.simulated.clone() {
            self.results.start(key, false, ctx, move |_| {
                let started = Instant::now();
                Simulated::of(&design, Some(sim::simulate_expected(&design)), started)
            });
        }
    }

    /// Whether the person stopped the Monte Carlo run of the design as it is.
    #[must_use]
    pub fn stopped(&self) -> bool {
        self.stopped
    }

    /// How long the latest simulation took.
    #[must_use]
    pub fn elapsed(&self) -> Duration {
        self.results
            .latest()
            .map_or(Duration::ZERO, |simulated| simulated.elapsed)
    }

    /// Whether a simulation is under way on a worker.
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.results.is_running()
    }

    /// Re-simulates when `design` differs from the last one simulated in what the simulation
    /// reads.
    pub fn refresh(&mut self, design: &Design, ctx: &egui::Context) {
        self.results.poll();
        let same = self
            .simulated
            .as_ref()
            .is_some_and(|simulated| sim::same_inputs(simulated, design));
        if same {
            return;
        }
        self.simulated = Some(design.clone());
        self.inputs_revision += 1;
        self.stopped = false;
        self.progress = None;
        let key = self.inputs_revision;
        if !crate::design::limits::simulable(design) {
            // Beyond the limits: no figures, and the status bar's findings say why.
            self.results.start(key, true, ctx, |_| Simulated {
                result: None,
                elapsed: Duration::ZERO,
                runaway_loop: None,
            });
            return;
        }
        let stage_weeks = design.stages.len() * design.simulation.horizon_weeks as usize;
        let inline =
            design.simulation.mode == SimulationMode::Expected && stage_weeks <= INLINE_STAGE_WEEKS;
        let monte_carlo = design.simulation.mode == SimulationMode::MonteCarlo;
        self.provisional = (monte_carlo && stage_weeks <= PROVISIONAL_STAGE_WEEKS).then(|| {
            let started = Instant::now();
            let expected = sim::simulate_expected(design);
            (key, Simulated::of(design, Some(expected), started))
        });
        let progress = Arc::new(Progress::new());
        self.progress = monte_carlo.then(|| Arc::clone(&progress));
        let design = design.clone();
        let work = move |stop: &std::sync::atomic::AtomicBool| {
            let started = Instant::now();
            let result = sim::simulate_watched(&design, &design.simulation, stop, &progress);
            Simulated::of(&design, result, started)
        };
        if inline {
            self.results.start(key, true, ctx, work);
        } else {
            self.results.queue(key, PATIENCE, ctx, work);
        }
    }

    /// Waits until the newest design is simulated (for tests and exports).
    pub fn wait(&mut self) {
        self.results.wait();
    }

    /// Forgets every result and stops work under way (the document was replaced).
    pub fn clear(&mut self) {
        self.simulated = None;
        self.results.clear();
        self.provisional = None;
        self.progress = None;
        self.stopped = false;
    }
}

#[cfg(test)]
mod tests {
    use super::SimulationCache;
    use crate::design::SimulationMode;

    #[test]
    fn one_worker_at_a_time_and_the_newest_design_is_simulated_last() {
        let ctx = egui::Context::default();
        let mut design = crate::templates::example("sales-silo");
        design.simulation.mode = SimulationMode::MonteCarlo;
        design.simulation.runs = 50;
        let mut cache = SimulationCache::default();
        cache.refresh(&design, &ctx);
        assert!(cache.is_running());
        // A scrubbed horizon: every frame a new design while the first run works.
        for weeks in 20..30 {
            design.simulation.horizon_weeks = weeks;
            cache.refresh(&design, &ctx);
        }
        cache.wait();
        assert_eq!(cache.result().map(|result| result.weeks), Some(29));

        // Moving a stage simulates nothing.
        let before = cache.result().map(std::ptr::from_ref);
        if let Some(stage) = design.stages.values_mut().next() {
            stage.position = stage.position.moved(100.0, 0.0);
        }
        cache.refresh(&design, &ctx);
        assert!(!cache.is_running());
        assert_eq!(cache.result().map(std::ptr::from_ref), before);
    }

    #[test]
    fn a_stopped_monte_carlo_run_too_large_to_show_beforehand_is_followed_by_its_expected_values() {
        let ctx = egui::Context::default();
        let mut design = crate::templates::example("sales-silo");
        // Beyond the stage-weeks worked out in the frame: no expected values beforehand.
        let (id, stage) = design
            .stages
            .iter()
            .next()
            .map(|(id, stage)| (id.clone(), stage.clone()))
            .expect("a stage");
        for copy in 0..6 {
            design.stages.insert(
                crate::design::StageId::new(format!("{id}-{copy}")),
                stage.clone(),
            );
        }
        design.simulation.mode = SimulationMode::MonteCarlo;
        design.simulation.runs = 50_000;
        design.simulation.horizon_weeks = 520;
        let mut cache = SimulationCache::default();
        cache.refresh(&design, &ctx);
        assert!(cache.progress().is_some(), "Monte Carlo under way");
        assert!(cache.result().is_none(), "nothing older to show");
        cache.stop(&ctx);
        assert!(cache.stopped());
        assert!(cache.progress().is_none());
        cache.wait();
        let shown = cache.result().expect("the expected values");
        assert_eq!(shown.mode, SimulationMode::Expected);
        assert_eq!(shown.weeks, 520);
    }
}
