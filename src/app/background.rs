//! Work too slow for a frame (levers, scenario comparisons, goal seek) done on a worker thread
//! for one revision of the design, while the editor keeps showing the last answer.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Work under way: the key it is for, where its answer will come, and the flag that tells it
/// its answer is no longer wanted.
struct Running<T> {
    key: u64,
    answer: Receiver<T>,
    superseded: Arc<AtomicBool>,
}

/// The latest answer of some work and the work under way, each with the key (history
/// revision) it is for. Work that is replaced is told so and may stop early: levers of a large
/// Monte Carlo design take long, and every edit would otherwise add a worker.
pub struct Background<T> {
    latest: Option<(u64, Arc<T>)>,
    running: Option<Running<T>>,
}

impl<T> Default for Background<T> {
    fn default() -> Self {
        Self {
            latest: None,
            running: None,
        }
    }
}

impl<T> Drop for Background<T> {
    /// A closed dialog or a replaced document no longer wants the answer.
    fn drop(&mut self) {
        if let Some(running) = &self.running {
            running.superseded.store(true, Ordering::Relaxed);
        }
    }
}

impl<T: Send + Sync + 'static> Background<T> {
    /// The answer for `key`, or, while it is computed, the previous one (none at first).
    /// `work` runs at once when `inline` (cheap work: no thread, no flicker), otherwise on a
    /// worker that repaints `ctx` when done. Work for an older key is dropped when it ends.
    pub fn get(
        &mut self,
        key: u64,
        inline: bool,
        ctx: &egui::Context,
        work: impl FnOnce(&AtomicBool) -> T + Send + 'static,
    ) -> Option<Arc<T>> {
        self.collect();
        let computed = matches!(&self.latest, Some((for_key, _)) if *for_key == key);
        let under_way = matches!(&self.running, Some(running) if running.key == key);
        if !computed && !under_way {
            self.start(key, inline, ctx, work);
        }
        self.last()
    }

    /// Starts `work` for `key` (at once when `inline`), replacing any work under way. `work`
    /// is handed a flag that turns true once its answer is no longer wanted.
    pub fn start(
        &mut self,
        key: u64,
        inline: bool,
        ctx: &egui::Context,
        work: impl FnOnce(&AtomicBool) -> T + Send + 'static,
    ) {
        self.supersede();
        let superseded = Arc::new(AtomicBool::new(false));
        if inline {
            self.latest = Some((key, Arc::new(work(&superseded))));
        } else {
            let (sender, receiver) = channel();
            let ctx = ctx.clone();
            let flag = Arc::clone(&superseded);
            std::thread::spawn(move || {
                // The editor may have moved on; a closed channel is fine.
                let _ = sender.send(work(&flag));
                ctx.request_repaint();
            });
            self.running = Some(Running {
                key,
                answer: receiver,
                superseded,
            });
        }
    }

    /// Tells the work under way that its answer is no longer wanted, and forgets it.
    fn supersede(&mut self) {
        if let Some(running) = self.running.take() {
            running.superseded.store(true, Ordering::Relaxed);
        }
    }

    /// The last answer, taking in the worker's if it has come.
    pub fn poll(&mut self) -> Option<Arc<T>> {
        self.collect();
        self.last()
    }

    /// The last answer, whatever key it is for.
    pub fn last(&self) -> Option<Arc<T>> {
        self.latest.as_ref().map(|(_, answer)| Arc::clone(answer))
    }

    /// Whether the last answer is for `key`.
    pub fn is_current(&self, key: u64) -> bool {
        matches!(&self.latest, Some((for_key, _)) if *for_key == key)
    }

    /// Whether work is under way.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Forgets the answer and any work under way (the next `get` starts afresh).
    pub fn clear(&mut self) {
        self.latest = None;
        self.supersede();
    }

    /// Takes in the worker's answer if it has come.
    fn collect(&mut self) {
        let Some(running) = &self.running else {
            return;
        };
        match running.answer.try_recv() {
            Ok(answer) => {
                self.latest = Some((running.key, Arc::new(answer)));
                self.running = None;
            }
            // The worker died without an answer: nothing is under way any more, and the next
            // request starts afresh rather than waiting forever.
            Err(TryRecvError::Disconnected) => self.running = None,
            Err(TryRecvError::Empty) => {}
        }
    }

    /// Waits for the work under way.
    #[cfg(test)]
    pub fn wait(&mut self) {
        if let Some(running) = self.running.take()
            && let Ok(answer) = running.answer.recv()
        {
            self.latest = Some((running.key, Arc::new(answer)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_runs_once_per_key_and_the_last_answer_shows_meanwhile() {
        let ctx = egui::Context::default();
        let mut background = Background::default();
        assert_eq!(background.get(1, true, &ctx, |_| 10).as_deref(), Some(&10));
        // Same key: not computed again.
        assert_eq!(background.get(1, true, &ctx, |_| 99).as_deref(), Some(&10));
        let (release, gate) = channel::<()>();
        let shown = background.get(2, false, &ctx, move |_| {
            let _ = gate.recv();
            20
        });
        assert_eq!(shown.as_deref(), Some(&10), "the old answer while working");
        assert!(background.is_running() && !background.is_current(2));
        release.send(()).expect("worker waits");
        background.wait();
        assert!(background.is_current(2));
        assert_eq!(background.get(2, false, &ctx, |_| 0).as_deref(), Some(&20));
    }

    #[test]
    fn work_replaced_by_newer_work_is_told_to_stop_and_its_answer_is_dropped() {
        let ctx = egui::Context::default();
        let mut background = Background::default();
        let (told, heard) = channel::<bool>();
        background.start(1, false, &ctx, move |superseded| {
            while !superseded.load(Ordering::Relaxed) {
                std::thread::yield_now();
            }
            let _ = told.send(true);
            "stopped early"
        });
        background.start(2, true, &ctx, |_| "newer");
        assert_eq!(heard.recv(), Ok(true), "the first worker was told");
        assert!(!background.is_running());
        assert_eq!(background.poll().as_deref(), Some(&"newer"));
    }

    #[test]
    fn a_worker_that_dies_leaves_nothing_under_way() {
        let ctx = egui::Context::default();
        let mut background = Background::<u32>::default();
        background.start(1, false, &ctx, |_| panic!("the worker fails"));
        for _ in 0..2_000 {
            background.poll();
            if !background.is_running() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        assert!(!background.is_running(), "no spinner forever");
        assert_eq!(background.get(1, true, &ctx, |_| 5).as_deref(), Some(&5));
    }

    #[test]
    fn work_whose_owner_is_gone_is_told_to_stop() {
        let ctx = egui::Context::default();
        let mut background = Background::<()>::default();
        let (told, heard) = channel::<()>();
        background.start(1, false, &ctx, move |superseded| {
            while !superseded.load(Ordering::Relaxed) {
                std::thread::yield_now();
            }
            let _ = told.send(());
        });
        drop(background);
        assert_eq!(heard.recv(), Ok(()));
    }
}
