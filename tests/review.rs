//! The monthly review measured against exports drawn from a known pipeline: when the pipeline
//! is the planned one, most months lie inside the band and the review says "nowhere"; when one
//! stage's conversion drops by a third from a month on, the review names that stage, from that
//! month or the next.

use leadflow::crm::review::{Figure, Review, review};
use leadflow::crm::synthetic::{self, ConversionChange, TruePipeline};
use leadflow::crm::{ImportOptions, calibrate, measure, read_export};
use leadflow::design::Design;

/// Three stages and two sources over 13 months, no skipped stages: a plan can be exact.
fn pipeline(seed: u64) -> TruePipeline {
    let sample = TruePipeline::sample();
    TruePipeline {
        seed,
        skip_share: 0.0,
        stages: sample.stages[..3].to_vec(),
        ..sample
    }
}

/// The plan that is the pipeline: its conversions, days and arrivals, from its first day.
fn true_design(truth: &TruePipeline, deals: &leadflow::crm::Deals) -> Design {
    let measurement = measure(deals);
    let mut design =
        leadflow::crm::build::design_from(&measurement, "Plan", leadflow::i18n::Language::English);
    design.simulation.start_date = Some(truth.start);
    design.simulation.horizon_weeks = truth.days.div_ceil(7);
    design.actuals = None;
    let ids = leadflow::design::edit::flow_order(&design);
    for (id, stage) in ids.iter().zip(&truth.stages) {
        let planned = design.stages.get_mut(id).expect("a stage");
        planned.conversion = stage.conversion;
        planned.days_in_stage = stage.mean_days;
    }
    for planned in design.stages.values_mut() {
        planned.in_stage_today = 0.0;
        planned.waiting_today = 0.0;
    }
    for source in design.sources.values_mut() {
        let (_, per_week) = truth
            .sources
            .iter()
            .find(|(name, _)| source.name.contains(name.as_str()))
            .expect("a source of the pipeline");
        source.leads_per_week = *per_week;
        source.growth_per_month = 0.0;
        source.season = Vec::new();
    }
    design
}

fn reviewed(truth: &TruePipeline, change: Option<ConversionChange>) -> Review {
    let (drawn, _) = synthetic::draw_changed(truth, change);
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("export.csv");
    std::fs::write(
        &path,
        synthetic::to_csv(&synthetic::event_log(truth, &drawn)),
    )
    .expect("written");
    let deals = read_export(&path, &ImportOptions::default()).expect("the export reads");
    // The plan is the pipeline as it was drawn without the change.
    let (unchanged, _) = synthetic::draw(truth);
    std::fs::write(
        &path,
        synthetic::to_csv(&synthetic::event_log(truth, &unchanged)),
    )
    .expect("written");
    let plan_deals = read_export(&path, &ImportOptions::default()).expect("reads");
    let design = true_design(truth, &plan_deals);
    let mapping = calibrate::match_by_name(&design, &measure(&deals));
    review(&design, &deals, &mapping, None).expect("a review")
}

#[test]
fn when_the_pipeline_is_the_plan_most_months_are_inside_and_nothing_differs() {
    let mut inside = 0_usize;
    let mut cells = 0_usize;
    let mut nowhere = 0;
    for seed in 1..=10 {
        let review = reviewed(&pipeline(seed), None);
        // The first month fills an empty pipeline; from the second on, months are counted.
        for month in &review.months[1..] {
            for compared in month.entering.iter().chain([&month.won]) {
                cells += 1;
                inside += usize::from(compared.inside());
            }
        }
        if review.differs.is_none() {
            nowhere += 1;
        } else {
            eprintln!("seed {seed}: {:?}", review.differs);
        }
    }
    let share = inside as f64 / cells as f64;
    eprintln!("{inside} of {cells} inside ({share:.3}); nowhere in {nowhere} of 10");
    assert!(
        (0.72..=0.95).contains(&share),
        "{inside} of {cells} months inside the band ({share:.2})"
    );
    assert!(nowhere >= 9, "nowhere in only {nowhere} of 10 seeds");
}

#[test]
fn a_stage_whose_conversion_drops_by_a_third_is_named_from_that_month() {
    let mut named = 0;
    for seed in 21..=30 {
        let truth = pipeline(seed);
        let change = ConversionChange {
            stage: 1,
            from_day: 200,
            factor: 2.0 / 3.0,
        };
        let changed_on = truth.start + jiff::Span::new().days(200);
        let review = reviewed(&truth, Some(change));
        let Some(differs) = review.differs else {
            eprintln!("seed {seed}: nowhere");
            continue;
        };
        let months_late = (differs.from.year() - changed_on.year()) * 12
            + i16::from(differs.from.month())
            - i16::from(changed_on.month());
        let right = differs.name == truth.stages[1].name
            && differs.figure == Figure::Conversion
            && (0..=1).contains(&months_late)
            && differs.realised < differs.planned;
        if right {
            named += 1;
        } else {
            eprintln!("seed {seed}: {differs:?}");
        }
    }
    eprintln!("named in {named} of 10");
    assert!(
        named >= 9,
        "named the stage and month in only {named} of 10 seeds"
    );
}

fn leadflow(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_leadflow"))
        .args(args)
        .args(["--lang", "en"])
        .output()
        .expect("runs")
}

#[test]
fn leadflow_review_prints_the_months_of_the_bundled_sample_and_where_it_differs() {
    let sample = [
        "review",
        "assets/crm/sample-plan.ron",
        "assets/crm/sample-hubspot-deals.csv",
    ];
    let output = leadflow(&sample);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(
        text.contains("Against the plan of record frozen on 5 Jan 2026"),
        "{text}"
    );
    for row in [
        "Jan 2026  Lead entering",
        "Won value",
        "Won against the target",
        "Oct  ",
    ] {
        assert!(text.contains(row), "{row} in\n{text}");
    }
    assert!(
        text.contains("If nothing changes, the year ends with"),
        "{text}"
    );
    let last = text.lines().last().expect("a last line");
    assert_eq!(
        last,
        "Starts to differ at: Proposal sent (conversion 43 % against 55 %, from Jan 2026)"
    );

    let csv = leadflow(&[sample[0], sample[1], sample[2], "--format", "csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("month,figure,planned,actual,difference,band_low,band_high,inside")
    );
    assert!(lines.all(|line| line.split(',').count() == 8), "{csv}");

    // One figure kept as the plan has it; a figure the export does not measure refused.
    let keep = |figure: &str| leadflow(&[sample[0], sample[1], sample[2], "--keep", figure]);
    let kept = keep("Proposal sent · conversion");
    assert!(String::from_utf8_lossy(&kept.stdout).contains("but for one kept as the plan has it"));
    let unknown_figure = keep("Proposal sent · charm");
    assert!(!unknown_figure.status.success());
    assert!(
        String::from_utf8_lossy(&unknown_figure.stderr).contains("it measures: Lead · conversion")
    );

    // The review as a slide for the meeting, carrying the design; a slide is no GIF.
    let directory = tempfile::tempdir().expect("temp dir");
    let slide = directory.path().join("review.png");
    let slide_text = slide.to_str().expect("UTF-8 path");
    let written = leadflow(&[sample[0], sample[1], sample[2], "--slide", slide_text]);
    assert!(
        written.status.success(),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    let opened = leadflow::file::load(&slide).expect("the slide opens as the design");
    assert_eq!(opened.name, "Sample plan for 2026");
    let gif = directory.path().join("review.gif");
    let refused = leadflow(&[
        sample[0],
        sample[1],
        sample[2],
        "--slide",
        gif.to_str().expect("UTF-8 path"),
    ]);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains(".png, .svg or .pdf"));
    assert!(!gif.exists());

    // A plan that starts after the export ends: said plainly, nothing printed.
    let later = leadflow(&["review", "assets/examples/inbound.ron", sample[2]]);
    assert!(!later.status.success());
    let message = String::from_utf8_lossy(&later.stderr);
    assert!(message.contains("before the plan starts"), "{message}");
    assert!(later.stdout.is_empty());

    let unknown = leadflow(&[sample[0], sample[1], sample[2], "--map", "Lead=nowhere"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("has no stage with id \"nowhere\""));
}

/// Deals won in [from, until) days after the pipeline's first day.
fn won_between(truth: &TruePipeline, drawn: &[synthetic::DrawnDeal], from: u32, until: u32) -> f64 {
    let start = leadflow::crm::Moment::of(truth.start.at(0, 0, 0, 0)).expect("a moment");
    let day = |days: u32| leadflow::crm::Moment(start.0 + i64::from(days) * 86_400);
    drawn
        .iter()
        .filter_map(|deal| deal.closed)
        .filter(|(won, at)| *won && *at >= day(from) && *at < day(until))
        .count() as f64
}

#[test]
fn the_reforecast_of_the_next_quarter_beats_the_last_quarters_run_rate() {
    use leadflow::crm::reforecast::{Figures, reforecast};
    let (cut, quarter) = (273_u32, 91_u32);
    let (mut reforecast_error, mut run_rate_error, mut won) = (0.0, 0.0, 0.0);
    let seeds = 50;
    for seed in 101..101 + seeds {
        let truth = pipeline(seed);
        let (drawn, _) = synthetic::draw(&truth);
        let directory = tempfile::tempdir().expect("temp dir");
        let path = directory.path().join("export.csv");
        std::fs::write(
            &path,
            synthetic::to_csv(&synthetic::event_log(&truth, &drawn)),
        )
        .expect("written");
        let deals = read_export(&path, &ImportOptions::default()).expect("reads");
        let design = true_design(&truth, &deals);
        let mapping = calibrate::match_by_name(&design, &measure(&deals));
        let as_of = truth.start + jiff::Span::new().days(i64::from(cut));
        let ahead = reforecast(
            &design,
            &deals,
            &mapping,
            as_of,
            &Figures::all_remeasured(),
            leadflow::i18n::Language::English,
        )
        .expect("a re-forecast");
        let weeks = (quarter / 7) as usize;
        let forecast: f64 = ahead.result.total_series(
            leadflow::sim::TotalMetric::NewCustomers,
            leadflow::sim::Statistic::Mean,
        )[..weeks]
            .iter()
            .sum();
        let actual = won_between(&truth, &drawn, cut, cut + weeks as u32 * 7);
        let run_rate = won_between(&truth, &drawn, cut - weeks as u32 * 7, cut);
        reforecast_error += (forecast - actual).abs();
        run_rate_error += (run_rate - actual).abs();
        won += actual;
    }
    let count = f64::from(u32::try_from(seeds).expect("few seeds"));
    let (reforecast_error, run_rate_error, won) = (
        reforecast_error / count,
        run_rate_error / count,
        won / count,
    );
    eprintln!(
        "next quarter: {won:.1} won on average; mean absolute error {reforecast_error:.2} \
         (re-forecast) against {run_rate_error:.2} (run-rate of the last quarter)"
    );
    assert!(
        reforecast_error < run_rate_error,
        "re-forecast {reforecast_error:.2} against run-rate {run_rate_error:.2}"
    );
}
