//! The one cache of what the editor works out from a design (its simulation, findings,
//! advice, levers, scenario comparisons, goal seek): each answer is kept with the key (history
//! revision) it is for, and work too slow for a frame is done on a worker thread while the
//! editor keeps showing the last answer. At most one worker per cache; superseded work is told
//! to stop.

use crate::design::{Design, SimulationMode};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// Work up to this many stage-weeks in expected values (about 15 ms in a debug build) is done
/// within the frame; more, or any Monte Carlo, on a worker.
const INLINE_STAGE_WEEKS: usize = 50_000;

/// Whether simulating `design` over `weeks` weeks `times` times is cheap enough for the frame.
#[must_use]
pub fn fits_in_frame(design: &Design, weeks: u32, times: usize) -> bool {
    design.simulation.mode == SimulationMode::Expected
        && design.stages.len() * weeks as usize * times <= INLINE_STAGE_WEEKS
}

/// Work handed to a worker: told by the flag when its answer is no longer wanted.
type Work<T> = Box<dyn FnOnce(&AtomicBool) -> T + Send>;

/// Work under way: the key it is for, where its answer will come, and the flag that tells it
/// its answer is no longer wanted.
struct Running<T> {
    key: u64,
    answer: Receiver<T>,
    superseded: Arc<AtomicBool>,
    started: Instant,
}

/// Work asked for while other work runs, to start once that ends (see [`Background::queue`]).
struct Waiting<T> {
    key: u64,
    patience: Duration,
    ctx: egui::Context,
    work: Work<T>,
}

/// The latest answer of some work and the work under way, each with the key (history
/// revision) it is for. Work that is replaced is told so and may stop early: levers of a large
/// Monte Carlo design take long, and every edit would otherwise add a worker.
pub struct Background<T> {
    latest: Option<(u64, Arc<T>)>,
    running: Option<Running<T>>,
    waiting: Option<Waiting<T>>,
}

impl<T> Default for Background<T> {
    fn default() -> Self {
        Self {
            latest: None,
            running: None,
            waiting: None,
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
    /// `prepare` is asked for the work (and whether it is cheap enough to run at once: no
    /// thread, no flicker) only when nothing for `key` is computed or under way, so a frame
    /// that finds the answer in hand copies nothing; otherwise the work runs on a worker that
    /// repaints `ctx` when done. Work for an older key is dropped when it ends.
    pub fn get<W>(
        &mut self,
        key: u64,
        ctx: &egui::Context,
        prepare: impl FnOnce() -> (bool, W),
    ) -> Option<Arc<T>>
    where
        W: FnOnce(&AtomicBool) -> T + Send + 'static,
    {
        self.collect();
        let computed = matches!(&self.latest, Some((for_key, _)) if *for_key == key);
        let under_way = matches!(&self.running, Some(running) if running.key == key);
        if !computed && !under_way {
            let (inline, work) = prepare();
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
        self.waiting = None;
        let superseded = Arc::new(AtomicBool::new(false));
        if inline {
            self.latest = Some((key, Arc::new(work(&superseded))));
        } else {
            let (sender, receiver) = channel();
            let ctx = ctx.clone();
            let flag = Arc::clone(&superseded);
            // A worker makes no words (findings, advice and goal seek's answers are typed and
            // worded where shown), so it needs no language.
            std::thread::spawn(move || {
                // The editor may have moved on; a closed channel is fine.
                let _ = sender.send(work(&flag));
                ctx.request_repaint();
            });
            self.running = Some(Running {
                key,
                answer: receiver,
                superseded,
                started: Instant::now(),
            });
        }
    }

    /// Asks for the answer for `key` on a worker without cutting short work under way that has
    /// run less than `patience`: the newest request waits for it (replacing any older one
    /// waiting), so while a slider is scrubbed answers keep coming, each for a recent key,
    /// instead of every frame's work stopping the last. Work that runs longer than `patience`
    /// while something waits is told to stop.
    pub fn queue(
        &mut self,
        key: u64,
        patience: Duration,
        ctx: &egui::Context,
        work: impl FnOnce(&AtomicBool) -> T + Send + 'static,
    ) {
        self.collect();
        let computed = matches!(&self.latest, Some((for_key, _)) if *for_key == key);
        let under_way = matches!(&self.running, Some(running) if running.key == key);
        if computed || under_way {
            self.waiting = None;
            return;
        }
        self.waiting = Some(Waiting {
            key,
            patience,
            ctx: ctx.clone(),
            work: Box::new(work),
        });
        self.start_waiting();
    }

    /// Starts the waiting work once nothing runs, or once what runs has outlasted its patience.
    fn start_waiting(&mut self) {
        let Some(waiting) = &self.waiting else {
            return;
        };
        if let Some(running) = &self.running
            && running.started.elapsed() < waiting.patience
        {
            // Look again when the patience runs out, even if no event comes.
            waiting
                .ctx
                .request_repaint_after(waiting.patience.saturating_sub(running.started.elapsed()));
            return;
        }
        if let Some(waiting) = self.waiting.take() {
            let ctx = waiting.ctx.clone();
            self.start(waiting.key, false, &ctx, waiting.work);
        }
    }

    /// The last answer, without taking in a worker's.
    #[must_use]
    pub fn latest(&self) -> Option<&T> {
        self.latest.as_ref().map(|(_, answer)| answer.as_ref())
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
    #[must_use]
    pub fn last(&self) -> Option<Arc<T>> {
        self.latest.as_ref().map(|(_, answer)| Arc::clone(answer))
    }

    /// Whether the last answer is for `key`.
    #[must_use]
    pub fn is_current(&self, key: u64) -> bool {
        matches!(&self.latest, Some((for_key, _)) if *for_key == key)
    }

    /// Whether work is under way.
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Stops the work under way and any waiting, keeping the last answer: the person asked
    /// for it to stop.
    pub fn stop(&mut self) {
        self.waiting = None;
        self.supersede();
    }

    /// Forgets the answer and any work under way or waiting (the next `get` starts afresh).
    pub fn clear(&mut self) {
        self.latest = None;
        self.waiting = None;
        self.supersede();
    }

    /// Takes in the worker's answer if it has come, and starts what waits for it.
    fn collect(&mut self) {
        if let Some(running) = &self.running {
            match running.answer.try_recv() {
                Ok(answer) => {
                    self.latest = Some((running.key, Arc::new(answer)));
                    self.running = None;
                }
                // The worker died without an answer: nothing is under way any more, and the
                // next request starts afresh rather than waiting forever.
                Err(TryRecvError::Disconnected) => self.running = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        self.start_waiting();
    }

    /// Waits for the work under way and for what waits for it.
    pub fn wait(&mut self) {
        while let Some(running) = self.running.take() {
            if let Ok(answer) = running.answer.recv() {
                self.latest = Some((running.key, Arc::new(answer)));
            }
            if let Some(waiting) = self.waiting.take() {
                let ctx = waiting.ctx.clone();
                self.start(waiting.key, false, &ctx, waiting.work);
            }
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
        assert_eq!(
            background
                .get(1, &ctx, || (true, |_: &AtomicBool| 10))
                .as_deref(),
            Some(&10)
        );
        // Same key: not computed again.
        let mut asked = false;
        let again = background.get(1, &ctx, || {
            asked = true;
            (true, |_: &AtomicBool| 99)
        });
        assert_eq!(again.as_deref(), Some(&10));
        assert!(
            !asked,
            "nothing is prepared (no design copied) for an answer in hand"
        );
        let (release, gate) = channel::<()>();
        let shown = background.get(2, &ctx, || {
            (false, move |_: &AtomicBool| {
                let _ = gate.recv();
                20
            })
        });
        assert_eq!(shown.as_deref(), Some(&10), "the old answer while working");
        assert!(background.is_running() && !background.is_current(2));
        release.send(()).expect("worker waits");
        background.wait();
        assert!(background.is_current(2));
        assert_eq!(
            background
                .get(2, &ctx, || (false, |_: &AtomicBool| 0))
                .as_deref(),
            Some(&20)
        );
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
    fn queued_work_waits_for_the_work_under_way_and_only_the_newest_waits() {
        let ctx = egui::Context::default();
        let mut background = Background::default();
        let (release, gate) = channel::<()>();
        let (told, heard) = channel::<bool>();
        background.queue(1, Duration::from_mins(1), &ctx, move |superseded| {
            let _ = gate.recv();
            let _ = told.send(superseded.load(Ordering::Relaxed));
            1
        });
        // A scrubbed slider: a new key every frame while the first works.
        for key in 2..10 {
            background.queue(key, Duration::from_mins(1), &ctx, move |_| key);
        }
        assert!(background.is_running() && background.latest().is_none());
        release.send(()).expect("worker waits");
        assert_eq!(
            heard.recv(),
            Ok(false),
            "not told to stop within its patience"
        );
        background.wait();
        assert!(background.is_current(9), "the newest, after the first");
        assert_eq!(background.latest(), Some(&9));
    }

    #[test]
    fn work_outlasting_its_patience_is_told_to_stop_once_newer_work_waits() {
        let ctx = egui::Context::default();
        let mut background = Background::default();
        let (told, heard) = channel::<()>();
        background.queue(1, Duration::ZERO, &ctx, move |superseded| {
            while !superseded.load(Ordering::Relaxed) {
                std::thread::yield_now();
            }
            let _ = told.send(());
            0
        });
        background.queue(2, Duration::ZERO, &ctx, |_| 2);
        assert_eq!(heard.recv(), Ok(()), "the long work was told");
        background.wait();
        assert_eq!(background.latest(), Some(&2));
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
        assert_eq!(
            background
                .get(1, &ctx, || (true, |_: &AtomicBool| 5))
                .as_deref(),
            Some(&5)
        );
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
