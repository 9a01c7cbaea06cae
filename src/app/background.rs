//! Work too slow for a frame (levers, scenario comparisons, goal seek) done on a worker thread
//! for one revision of the design, while the editor keeps showing the last answer.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};

/// The latest answer of some work and the work under way, each with the key (history
/// revision) it is for.
pub struct Background<T> {
    latest: Option<(u64, Arc<T>)>,
    running: Option<(u64, Receiver<T>)>,
}

impl<T> Default for Background<T> {
    fn default() -> Self {
        Self {
            latest: None,
            running: None,
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
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Option<Arc<T>> {
        self.collect();
        let computed = matches!(&self.latest, Some((for_key, _)) if *for_key == key);
        let under_way = matches!(&self.running, Some((for_key, _)) if *for_key == key);
        if !computed && !under_way {
            self.start(key, inline, ctx, work);
        }
        self.last()
    }

    /// Starts `work` for `key` (at once when `inline`), replacing any work under way.
    pub fn start(
        &mut self,
        key: u64,
        inline: bool,
        ctx: &egui::Context,
        work: impl FnOnce() -> T + Send + 'static,
    ) {
        if inline {
            self.latest = Some((key, Arc::new(work())));
            self.running = None;
        } else {
            let (sender, receiver) = channel();
            let ctx = ctx.clone();
            std::thread::spawn(move || {
                // The editor may have moved on; a closed channel is fine.
                let _ = sender.send(work());
                ctx.request_repaint();
            });
            self.running = Some((key, receiver));
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
        self.running = None;
    }

    /// Takes in the worker's answer if it has come.
    fn collect(&mut self) {
        if let Some((key, receiver)) = &self.running
            && let Ok(answer) = receiver.try_recv()
        {
            self.latest = Some((*key, Arc::new(answer)));
            self.running = None;
        }
    }

    /// Waits for the work under way.
    #[cfg(test)]
    pub fn wait(&mut self) {
        if let Some((key, receiver)) = self.running.take()
            && let Ok(answer) = receiver.recv()
        {
            self.latest = Some((key, Arc::new(answer)));
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
        assert_eq!(background.get(1, true, &ctx, || 10).as_deref(), Some(&10));
        // Same key: not computed again.
        assert_eq!(background.get(1, true, &ctx, || 99).as_deref(), Some(&10));
        let (release, gate) = channel::<()>();
        let shown = background.get(2, false, &ctx, move || {
            let _ = gate.recv();
            20
        });
        assert_eq!(shown.as_deref(), Some(&10), "the old answer while working");
        assert!(background.is_running() && !background.is_current(2));
        release.send(()).expect("worker waits");
        background.wait();
        assert!(background.is_current(2));
        assert_eq!(background.get(2, false, &ctx, || 0).as_deref(), Some(&20));
    }
}
