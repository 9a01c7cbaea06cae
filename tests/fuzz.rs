//! A mutation fuzzer on stable Rust: the examples, the broken-file corpus and exported images,
//! mutated at the byte level (flips, insertions, deletions, repeats, truncation) and at the
//! structure level (numbers swapped for extremes, names for long text, blocks repeated), each
//! taken through load → validate → simulate → export. No input may panic, hang or run the
//! memory away.
//!
//! CI runs a short version; the long run is
//! `FUZZ_INPUTS=1000000 cargo test --release --test fuzz -- --nocapture`.

use leadflow::design::validate::{has_errors, validate};
use leadflow::design::{Design, SimulationMode};
use leadflow::draw::ThemeChoice;
use leadflow::export::{self, ExportOptions, Format, Layout};
use leadflow::{file, sim, templates};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A small, fast, seeded generator: every run of the fuzzer with a seed mutates alike.
struct Mutator(u64);

impl Mutator {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Numbers and words that have broken parsers, simulations and charts before.
    const EXTREMES: [&'static str; 14] = [
        "1e308",
        "-1e308",
        "NaN",
        "inf",
        "-inf",
        "0",
        "-0.0",
        "1e-320",
        "18446744073709551615",
        "-1",
        "1e15",
        "0.9999999999",
        "4294967296",
        "\"\"",
    ];

    fn mutate(&mut self, seed: &[u8]) -> Vec<u8> {
        let mut bytes = seed.to_vec();
        // Half the inputs get one structural change, which keeps the file readable and takes
        // the input past the parser into validation, simulation and export.
        let gentle = self.below(2) == 0;
        let changes = if gentle { 1 } else { 1 + self.below(4) };
        for _ in 0..changes {
            let len = bytes.len().max(1);
            let kind = if gentle {
                [5, 6, 7][self.below(3)]
            } else {
                self.below(9)
            };
            match kind {
                0 => {
                    let at = self.below(len);
                    if let Some(byte) = bytes.get_mut(at) {
                        *byte ^= 1 << self.below(8);
                    }
                }
                1 => {
                    let at = self.below(len);
                    let byte = b"(){}[],:\"\\&;<>0123456789e.-"[self.below(26)];
                    bytes.insert(at.min(bytes.len()), byte);
                }
                2 => {
                    let from = self.below(len);
                    let to = (from + self.below(64)).min(bytes.len());
                    bytes.drain(from.min(to)..to);
                }
                3 => {
                    let from = self.below(len);
                    let to = (from + self.below(2_000)).min(bytes.len());
                    let piece = bytes.get(from..to).unwrap_or_default().to_vec();
                    let times = 1 + self.below(4);
                    for _ in 0..times {
                        bytes.splice(to..to, piece.iter().copied());
                    }
                }
                4 => bytes.truncate(self.below(len)),
                5 | 6 => self.swap_number(&mut bytes),
                7 => self.swap_string(&mut bytes),
                _ => {
                    let at = self.below(len).min(bytes.len());
                    let word = Self::EXTREMES[self.below(Self::EXTREMES.len())];
                    bytes.splice(at..at, word.bytes());
                }
            }
        }
        bytes
    }

    /// Replaces a number in the text by an extreme.
    fn swap_number(&mut self, bytes: &mut Vec<u8>) {
        let digits: Vec<usize> = bytes
            .iter()
            .enumerate()
            .filter(|(_, byte)| byte.is_ascii_digit())
            .map(|(at, _)| at)
            .collect();
        if digits.is_empty() {
            return;
        }
        let start = digits[self.below(digits.len())];
        let end = bytes[start..]
            .iter()
            .position(|byte| !(byte.is_ascii_digit() || *byte == b'.' || *byte == b'e'))
            .map_or(bytes.len(), |offset| start + offset);
        let word = Self::EXTREMES[self.below(Self::EXTREMES.len())];
        bytes.splice(start..end, word.bytes());
    }

    /// Replaces the text of a string by a long one.
    fn swap_string(&mut self, bytes: &mut Vec<u8>) {
        let quotes: Vec<usize> = bytes
            .iter()
            .enumerate()
            .filter(|(_, byte)| **byte == b'"')
            .map(|(at, _)| at)
            .collect();
        if quotes.len() < 2 {
            return;
        }
        let first = self.below(quotes.len() - 1);
        let (start, end) = (quotes[first] + 1, quotes[first + 1]);
        let long = "Ä".repeat(1 + self.below(5_000));
        bytes.splice(start..end, long.bytes());
    }
}

/// Everything a user can open: the examples as RON, PNG, SVG and a PowerPoint deck, and the
/// broken-file corpus.
fn seeds() -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = templates::TEMPLATES
        .iter()
        .map(|template| template.ron.as_bytes().to_vec())
        .collect();
    if let Some(design) = templates::design_named("sales-silo") {
        let result = sim::simulate(&design);
        for format in [Format::Png, Format::Svg] {
            let options = ExportOptions {
                format,
                scale: 1,
                ..ExportOptions::default()
            };
            if let Ok(bytes) = export::export(&design, &result, &options) {
                seeds.push(bytes);
            }
        }
        if let Ok(bytes) = export::export_deck(
            &design,
            &result,
            &[],
            ThemeChoice::Light,
            leadflow::i18n::current(),
        ) {
            seeds.push(bytes);
        }
    }
    let broken = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    if let Ok(entries) = std::fs::read_dir(broken) {
        for entry in entries.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                seeds.push(bytes);
            }
        }
    }
    seeds
}

/// Takes one input as far as it goes: load, validate, and for a valid design simulate in both
/// modes and export.
/// How far inputs got: loaded, and valid enough to simulate and export.
static LOADED: AtomicU64 = AtomicU64::new(0);
static SIMULATED: AtomicU64 = AtomicU64::new(0);

fn exercise(bytes: &[u8], round: u64) {
    let Ok(mut design) = file::design_from_bytes(bytes, "fuzz") else {
        return;
    };
    LOADED.fetch_add(1, Ordering::Relaxed);
    if has_errors(&validate(&design)) {
        return;
    }
    SIMULATED.fetch_add(1, Ordering::Relaxed);
    let result = sim::simulate(&design);
    if round.is_multiple_of(16) {
        design.simulation.mode = SimulationMode::MonteCarlo;
        design.simulation.runs = 8;
        let _ = sim::simulate(&design);
    }
    let layout = if round.is_multiple_of(2) {
        Layout::Slide
    } else {
        Layout::Diagram
    };
    let format = if round.is_multiple_of(64) {
        Format::Png
    } else {
        Format::Svg
    };
    let options = ExportOptions {
        format,
        layout,
        scale: 1,
        ..ExportOptions::default()
    };
    let _ = export::export(&design, &result, &options);
    // The deck too, now and then: every name and figure a mutated file holds goes into its XML.
    if round.is_multiple_of(32) {
        let _ = export::export_deck(
            &design,
            &result,
            &[],
            ThemeChoice::Light,
            leadflow::i18n::current(),
        );
    }
    let _: &Design = &design;
}

#[test]
fn no_mutated_input_panics_hangs_or_runs_away() {
    let inputs: u64 = std::env::var("FUZZ_INPUTS")
        .ok()
        .and_then(|inputs| inputs.parse().ok())
        .unwrap_or(1_500);
    let seeds = seeds();
    assert!(seeds.len() > 20, "{} seeds", seeds.len());
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get) as u64;
    let done = AtomicU64::new(0);
    let slowest = std::sync::Mutex::new(Duration::ZERO);
    let started = Instant::now();
    std::thread::scope(|scope| {
        for thread in 0..threads {
            let (seeds, done, slowest) = (&seeds, &done, &slowest);
            scope.spawn(move || {
                let mut mutator = Mutator(0x5EED ^ thread);
                let mut round = thread;
                while round < inputs {
                    let seed = &seeds[mutator.below(seeds.len())];
                    let input = mutator.mutate(seed);
                    let begun = Instant::now();
                    let outcome = std::panic::catch_unwind(|| exercise(&input, round));
                    let took = begun.elapsed();
                    if outcome.is_err() {
                        let path = std::env::temp_dir().join(format!("leadflow-fuzz-{round}.bin"));
                        let _ = std::fs::write(&path, &input);
                        panic!("input {round} panicked; saved as {}", path.display());
                    }
                    if let Ok(mut slowest) = slowest.lock() {
                        *slowest = (*slowest).max(took);
                    }
                    let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                    if finished.is_multiple_of(100_000) {
                        eprintln!("{finished} inputs in {:?}", started.elapsed());
                    }
                    round += threads;
                }
            });
        }
    });
    let slowest = slowest.lock().map_or(Duration::ZERO, |slowest| *slowest);
    let (loaded, simulated) = (
        LOADED.load(Ordering::Relaxed),
        SIMULATED.load(Ordering::Relaxed),
    );
    eprintln!(
        "{} inputs in {:?} ({loaded} loaded, {simulated} simulated and exported), slowest {slowest:?}",
        done.load(Ordering::Relaxed),
        started.elapsed()
    );
    // The mutations must reach the simulation and the exporter, not only the parser.
    assert!(
        simulated * 20 > inputs,
        "only {simulated} of {inputs} reached the simulation"
    );
}
