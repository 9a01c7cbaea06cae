//! Memory a Monte Carlo simulation takes, counted by the allocator: a run beyond the budget of
//! figures kept at once is simulated in passes and takes a fraction of the memory, with the
//! same result. One test in this binary, so nothing else allocates while it counts.

#![expect(
    unsafe_code,
    reason = "a counting allocator wraps the system one; nothing else here is unsafe"
)]

use leadflow::design::SimulationMode;
use leadflow::sim::{self, SimResult, StageMetric, Statistic, TotalMetric};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        // SAFETY: the caller's contract for `alloc` is passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's contract for `dealloc` is passed on as it is.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The simulation and the most memory in use at once while it ran, beyond what was in use
/// before.
fn measured(kept_figures: u64) -> (SimResult, usize) {
    let mut design = leadflow::templates::find("sales-silo")
        .expect("template")
        .design()
        .expect("loads");
    design.simulation.mode = SimulationMode::MonteCarlo;
    design.simulation.runs = 400;
    design.simulation.horizon_weeks = 52;
    let before = IN_USE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let never = AtomicBool::new(false);
    let result = sim::simulate_within(&design, &design.simulation, kept_figures, &never)
        .expect("nothing stops it");
    (result, PEAK.load(Ordering::Relaxed) - before)
}

fn every_figure(result: &SimResult) -> Vec<u64> {
    let statistics = [
        Statistic::Mean,
        Statistic::P10,
        Statistic::P50,
        Statistic::P90,
    ];
    let mut figures = Vec::new();
    for statistic in statistics {
        for metric in TotalMetric::ALL {
            figures.extend(result.total_series(metric, statistic));
        }
        for stage in 0..result.stage_ids.len() {
            for metric in StageMetric::ALL {
                figures.extend(result.stage_series(stage, metric, statistic));
            }
        }
    }
    figures.extend(
        result
            .run_outcomes()
            .iter()
            .flat_map(|run| [run.customers, run.revenue, run.profit]),
    );
    figures.into_iter().map(f64::to_bits).collect()
}

#[test]
fn a_run_beyond_the_budget_is_simulated_in_passes_in_a_fraction_of_the_memory_with_the_same_result()
{
    let (whole, whole_peak) = measured(u64::MAX);
    let (passes, passes_peak) = measured(100_000);
    let figures = every_figure(&whole);
    assert!(figures.len() > 8_000, "{} figures", figures.len());
    assert_eq!(
        every_figure(&passes),
        figures,
        "the same figures, bit for bit"
    );
    assert_eq!(passes.summary, whole.summary);
    // 400 runs × 52 weeks × 41 figures kept as f32 take 3.4 MB at once; in passes of 100,000
    // figures (400 kB) the engine's own records and the result remain.
    eprintln!("peak memory: {whole_peak} bytes at once, {passes_peak} bytes in passes");
    assert!(whole_peak > 3_400_000, "whole: {whole_peak} bytes");
    assert!(
        passes_peak * 3 < whole_peak,
        "in passes: {passes_peak} bytes, whole: {whole_peak} bytes"
    );
}
