//! How far a Monte Carlo simulation has come, shared with whoever shows it (the command line's
//! progress bar, the editor's status bar) while it works on other threads.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Runs simulated so far against runs to simulate, counting every pass over the runs.
#[derive(Debug)]
pub struct Progress {
    done: AtomicU64,
    total: AtomicU64,
    started: Instant,
}

impl Default for Progress {
    fn default() -> Self {
        Self::new()
    }
}

impl Progress {
    /// Nothing done, nothing known to do yet; the clock starts now.
    #[must_use]
    pub fn new() -> Self {
        Self {
            done: AtomicU64::new(0),
            total: AtomicU64::new(0),
            started: Instant::now(),
        }
    }

    /// The runs the simulation will simulate, counting passes.
    pub(super) fn expect(&self, total: u64) {
        self.total.store(total, Ordering::Relaxed);
    }

    /// `runs` more to simulate than expected (a pass the simulation found it needs).
    pub(super) fn expect_more(&self, runs: u64) {
        self.total.fetch_add(runs, Ordering::Relaxed);
    }

    /// `runs` more simulated.
    pub(super) fn advance(&self, runs: u64) {
        self.done.fetch_add(runs, Ordering::Relaxed);
    }

    /// Runs simulated and runs to simulate; (0, 0) before a Monte Carlo simulation starts.
    #[must_use]
    pub fn runs(&self) -> (u64, u64) {
        let total = self.total.load(Ordering::Relaxed);
        (self.done.load(Ordering::Relaxed).min(total), total)
    }

    /// The share done, 0 to 1, once the work is known.
    #[must_use]
    pub fn share(&self) -> Option<f64> {
        let (done, total) = self.runs();
        (total > 0).then(|| done as f64 / total as f64)
    }

    /// The time left at the pace so far, once a run in a hundred is done (before that the
    /// pace says little: threads are starting and the first runs warm the caches).
    #[must_use]
    pub fn time_left(&self) -> Option<Duration> {
        let (done, total) = self.runs();
        if total == 0 || done * 100 < total {
            return None;
        }
        let elapsed = self.started.elapsed().as_secs_f64();
        Some(Duration::from_secs_f64(
            elapsed * (total - done) as f64 / done as f64,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::Progress;

    #[test]
    fn the_share_and_the_time_left_follow_the_runs_done() {
        let progress = Progress::new();
        assert_eq!(progress.share(), None);
        assert_eq!(progress.time_left(), None);
        progress.expect(1_000);
        progress.advance(5);
        assert_eq!(progress.share(), Some(0.005));
        assert_eq!(progress.time_left(), None, "too early to say");
        progress.advance(495);
        assert_eq!(progress.share(), Some(0.5));
        let left = progress.time_left().expect("half done");
        assert!(left <= progress.started.elapsed() + std::time::Duration::from_millis(1));
        progress.advance(10_000);
        assert_eq!(progress.runs(), (1_000, 1_000), "never past the end");
    }
}
