//! Keeps the simulation of the current design up to date without blocking a frame: small
//! designs in expected values are computed at once, the rest on a worker (see
//! [`Background`]).

use crate::design::{Design, SimulationMode};
use crate::sim::{self, SimResult};
use crate::ui::background::Background;
use std::time::{Duration, Instant};

/// Designs up to this many stage-weeks (about 40 stages over a year, a quarter of a
/// millisecond) are simulated within the frame; larger ones and Monte Carlo on a worker.
const INLINE_STAGE_WEEKS: usize = 2_000;

/// How long a simulation under way may go on while a newer design waits: long enough for
/// most to finish (so a scrubbed slider shows a result after each), short enough that a
/// simulation of hours, from a file asking for it, is given up soon after the design changes.
const PATIENCE: Duration = Duration::from_secs(1);

/// A simulation and how long it took; none when it was told to stop.
struct Simulated {
    result: Option<SimResult>,
    elapsed: Duration,
}

/// The latest simulation, keyed by the inputs' revision: it counts changes to what the
/// simulation reads, so moving a stage does not simulate again.
#[derive(Default)]
pub struct SimulationCache {
    simulated: Option<Design>,
    inputs_revision: u64,
    results: Background<Simulated>,
}

impl SimulationCache {
    /// The latest result, possibly of a slightly older design while a run is under way.
    #[must_use]
    pub fn result(&self) -> Option<&SimResult> {
        self.results
            .latest()
            .and_then(|simulated| simulated.result.as_ref())
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
        let key = self.inputs_revision;
        if !crate::design::limits::simulable(design) {
            // Beyond the limits: no figures, and the status bar's findings say why.
            self.results.start(key, true, ctx, |_| Simulated {
                result: None,
                elapsed: Duration::ZERO,
            });
            return;
        }
        let stage_weeks = design.stages.len() * design.simulation.horizon_weeks as usize;
        let inline =
            design.simulation.mode == SimulationMode::Expected && stage_weeks <= INLINE_STAGE_WEEKS;
        let design = design.clone();
        let work = move |stop: &std::sync::atomic::AtomicBool| {
            let started = Instant::now();
            let result = sim::simulate_until(&design, &design.simulation, stop);
            Simulated {
                result,
                elapsed: started.elapsed(),
            }
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
}
