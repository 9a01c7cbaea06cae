//! Long simulations on the command line: a progress bar with the time left while Monte Carlo
//! works, drawn on a terminal only (nothing when the output is piped or redirected), and
//! Ctrl+C tells the work to stop, so the command ends saying nothing was written rather than
//! being killed halfway.

use crate::design::{Design, SimulationMode};
use crate::sim::{self, Progress, SimResult};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Whether a watched simulation is under way: Ctrl+C then asks it to stop; at any other time
/// (an export working out its deck's levers) it ends the process as it would without a
/// handler, exit status 130, before anything is written.
static WATCHING: AtomicBool = AtomicBool::new(false);

/// The flag Ctrl+C sets: one handler for the process, the flag cleared by each simulation.
fn interrupted() -> &'static Arc<AtomicBool> {
    static FLAG: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    FLAG.get_or_init(|| {
        let flag = Arc::new(AtomicBool::new(false));
        let set = Arc::clone(&flag);
        // Without a handler (another was installed first) Ctrl+C ends the process as usual,
        // which loses nothing either: output is written only once the simulation is done.
        let _ = ctrlc::set_handler(move || {
            if WATCHING.load(Ordering::Relaxed) {
                set.store(true, Ordering::Relaxed);
            } else {
                std::process::exit(130);
            }
        });
        flag
    })
}

/// Simulates `design` with its settings, showing how far Monte Carlo has come.
///
/// # Errors
/// When Ctrl+C stopped the simulation.
pub fn simulate(design: &Design) -> anyhow::Result<SimResult> {
    if design.simulation.mode == SimulationMode::Expected {
        return Ok(sim::simulate(design));
    }
    let stop = Arc::clone(interrupted());
    stop.store(false, Ordering::Relaxed);
    WATCHING.store(true, Ordering::Relaxed);
    let progress = Arc::new(Progress::new());
    let worker = {
        let (design, stop, progress) = (design.clone(), Arc::clone(&stop), Arc::clone(&progress));
        std::thread::spawn(move || {
            sim::simulate_watched(&design, &design.simulation, &stop, &progress)
        })
    };
    let bar = indicatif::ProgressBar::with_draw_target(
        None,
        indicatif::ProgressDrawTarget::stderr_with_hz(4),
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {percent:>3} %  {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    while !worker.is_finished() {
        let (done, total) = progress.runs();
        if total > 0 {
            bar.set_length(total);
            bar.set_position(done);
            bar.set_message(words(done, total, progress.time_left()));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    bar.finish_and_clear();
    WATCHING.store(false, Ordering::Relaxed);
    let result = worker
        .join()
        .map_err(|_| anyhow::anyhow!(crate::tr!("cli-simulation-failed")))?;
    result.ok_or_else(|| anyhow::anyhow!(crate::tr!("cli-stopped")))
}

/// "Monte Carlo: 43,000 of 100,000 runs, about 2 min left".
fn words(done: u64, total: u64, left: Option<Duration>) -> String {
    let count = |runs: u64| crate::i18n::format::count(runs as f64);
    match left {
        Some(left) => crate::tr!(
            "cli-progress-left",
            done = count(done),
            total = count(total),
            left = crate::i18n::format::time_span(left)
        ),
        None => crate::tr!("cli-progress", done = count(done), total = count(total)),
    }
}
