//! Keeps the simulation of the current design up to date without blocking a frame: expected
//! values are computed at once, Monte Carlo runs on a worker thread.

use crate::design::{Design, SimulationMode};
use crate::sim::{self, SimResult};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// Designs up to this many stage-weeks (about 40 stages over a year, a quarter of a
/// millisecond) are simulated within the frame; larger ones and Monte Carlo on a worker.
const INLINE_STAGE_WEEKS: usize = 2_000;

/// The latest simulation and how long it took. At most one worker runs: a design changed
/// while it works waits for it (only the newest), so a slider scrubbed in Monte Carlo mode
/// starts one run at a time rather than one per frame.
#[derive(Default)]
pub struct SimulationCache {
    simulated: Option<Design>,
    result: Option<Arc<SimResult>>,
    elapsed: Duration,
    running: Option<Receiver<(SimResult, Duration)>>,
    /// The newest design changed while the worker was busy, to simulate once it is free.
    waiting: Option<Design>,
}

impl SimulationCache {
    /// The latest result, possibly of a slightly older design while a run is under way.
    #[must_use]
    pub fn result(&self) -> Option<&SimResult> {
        self.result.as_deref()
    }

    /// How long the latest simulation took.
    #[must_use]
    pub fn elapsed(&self) -> Duration {
        self.elapsed
    }

    /// Whether a Monte Carlo run is under way.
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Re-simulates when `design` differs from the last one simulated.
    pub fn refresh(&mut self, design: &Design, ctx: &egui::Context) {
        if let Some(receiver) = &self.running
            && let Ok((result, elapsed)) = receiver.try_recv()
        {
            self.result = Some(Arc::new(result));
            self.elapsed = elapsed;
            self.running = None;
            if let Some(waiting) = self.waiting.take() {
                self.start_worker(waiting, ctx);
            }
        }
        // Moving a stage changes nothing the simulation reads.
        if self
            .simulated
            .as_ref()
            .is_some_and(|simulated| sim::same_inputs(simulated, design))
        {
            return;
        }
        self.simulated = Some(design.clone());
        self.waiting = None;
        if !crate::design::limits::simulable(design) {
            // Beyond the limits: no figures, and the status bar's findings say why.
            self.result = None;
            self.running = None;
            return;
        }
        let stage_weeks = design.stages.len() * design.simulation.horizon_weeks as usize;
        let inline =
            design.simulation.mode == SimulationMode::Expected && stage_weeks <= INLINE_STAGE_WEEKS;
        if inline {
            let started = Instant::now();
            self.result = Some(Arc::new(sim::simulate(design)));
            self.elapsed = started.elapsed();
            self.running = None;
        } else if self.running.is_some() {
            self.waiting = Some(design.clone());
        } else {
            self.start_worker(design.clone(), ctx);
        }
    }

    fn start_worker(&mut self, design: Design, ctx: &egui::Context) {
        let (sender, receiver) = channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let result = sim::simulate(&design);
            // The editor may have moved on; a closed channel is fine.
            let _ = sender.send((result, started.elapsed()));
            ctx.request_repaint();
        });
        self.running = Some(receiver);
    }

    /// Waits until the newest design is simulated (for tests and exports).
    pub fn wait(&mut self) {
        if let Some(receiver) = self.running.take()
            && let Ok((result, elapsed)) = receiver.recv()
        {
            self.result = Some(Arc::new(result));
            self.elapsed = elapsed;
        }
        if let Some(waiting) = self.waiting.take() {
            let started = Instant::now();
            self.result = Some(Arc::new(sim::simulate(&waiting)));
            self.elapsed = started.elapsed();
        }
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
        assert_eq!(
            cache
                .waiting
                .as_ref()
                .map(|waiting| waiting.simulation.horizon_weeks),
            Some(29),
            "only the newest waits"
        );
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
