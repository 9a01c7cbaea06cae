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

/// The latest simulation and how long it took.
#[derive(Default)]
pub struct SimulationCache {
    simulated: Option<Design>,
    result: Option<Arc<SimResult>>,
    elapsed: Duration,
    running: Option<Receiver<(SimResult, Duration)>>,
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
        }
        if self.simulated.as_ref() == Some(design) {
            return;
        }
        self.simulated = Some(design.clone());
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
        } else {
            let (sender, receiver) = channel();
            let design = design.clone();
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                let started = Instant::now();
                let result = sim::simulate(&design);
                // The editor may have moved on; a closed channel is fine.
                let _ = sender.send((result, started.elapsed()));
                ctx.request_repaint();
            });
            // A newer request replaces an older one; its result is simply dropped.
            self.running = Some(receiver);
        }
    }

    /// Waits for a simulation running on the worker (for tests and exports).
    pub fn wait(&mut self) {
        if let Some(receiver) = self.running.take()
            && let Ok((result, elapsed)) = receiver.recv()
        {
            self.result = Some(Arc::new(result));
            self.elapsed = elapsed;
        }
    }
}
