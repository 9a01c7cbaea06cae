//! Importing CRM exports: what the import measures from deals drawn from a known pipeline,
//! in every format, how often its intervals hold the truth, and how it answers bad exports.

use leadflow::crm::synthetic::{self, Rows, TruePipeline, TrueStage};
use leadflow::crm::{ImportError, ImportOptions, Measurement, measure, read_export};
use leadflow::design::StageId;
use leadflow::i18n::{Language, Worded as _};
use std::path::{Path, PathBuf};

fn write(dir: &tempfile::TempDir, name: &str, text: &str) -> PathBuf {
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write the export");
    path
}

/// Writes `rows` as an XLSX workbook, dates as real date cells where a column holds them,
/// as HubSpot and Pipedrive write theirs.
fn write_xlsx(dir: &tempfile::TempDir, name: &str, rows: &Rows) -> PathBuf {
    let path = dir.path().join(name);
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    let date_format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd hh:mm");
    for (row, cells) in rows.iter().enumerate() {
        for (column, cell) in cells.iter().enumerate() {
            let (row, column) = (row as u32, column as u16);
            let as_date = rust_xlsxwriter::ExcelDateTime::parse_from_str(cell).ok();
            let written = match (as_date, cell.parse::<f64>()) {
                (Some(date), _) if cell.contains('-') && cell.len() >= 16 => {
                    sheet.write_datetime_with_format(row, column, &date, &date_format)
                }
                (_, Ok(number)) => sheet.write_number(row, column, number),
                _ => sheet.write_string(row, column, cell),
            };
            written.expect("write a cell");
        }
    }
    workbook.save(&path).expect("save the workbook");
    path
}

fn measured(path: &Path) -> Measurement {
    let deals = read_export(path, &ImportOptions::default()).expect("the export reads");
    measure(&deals)
}

fn import_error(path: &Path) -> ImportError {
    read_export(path, &ImportOptions::default()).expect_err("the export is refused")
}

fn pipeline(seed: u64, days: u32, per_week: f64, skip_share: f64) -> TruePipeline {
    TruePipeline {
        seed,
        days,
        skip_share,
        sources: vec![
            ("Organic search".to_owned(), per_week * 0.6),
            ("Paid search".to_owned(), per_week * 0.4),
        ],
        ..TruePipeline::sample()
    }
}

fn within(measured: f64, truth: f64, tolerance: f64) -> bool {
    (measured - truth).abs() <= tolerance * truth
}

/// What every format must recover from the same deals: the open deals per stage exactly,
/// weekly arrivals within 10 %, conversions within their intervals, days within 10 % where
/// the export has stage times.
fn check_recovers(measurement: &Measurement, truth: &TruePipeline, open: &[u64], what: &str) {
    let names: Vec<&str> = measurement.stages.iter().map(|s| s.name.as_str()).collect();
    let expected: Vec<&str> = truth.stages.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, expected, "{what}: the stages in pipeline order");
    let counted: Vec<u64> = measurement.stages.iter().map(|s| s.open_today).collect();
    assert_eq!(counted, open, "{what}: open deals per stage");
    for (figures, stage) in measurement.stages.iter().zip(&truth.stages) {
        let conversion = figures.conversion.expect("a conversion");
        assert!(
            conversion.low - 0.03 <= stage.conversion && stage.conversion <= conversion.high + 0.03,
            "{what}: {} conversion {conversion:?} vs {}",
            stage.name,
            stage.conversion
        );
        if measurement.has_history {
            let days = figures.days.expect("days in stage");
            assert!(
                within(days.value, stage.mean_days, 0.10),
                "{what}: {} days {days:?} vs {}",
                stage.name,
                stage.mean_days
            );
        } else {
            assert!(figures.days.is_none(), "{what}: no days without history");
        }
    }
    for (source, (name, per_week)) in measurement.sources.iter().zip(&truth.sources) {
        assert_eq!(&source.name, name);
        assert!(
            within(source.per_week.value, *per_week, 0.10),
            "{what}: {name} {:?} vs {per_week}",
            source.per_week
        );
    }
}

#[test]
fn every_format_recovers_the_pipeline_the_deals_were_drawn_from() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A few thousand deals, some skipping a stage; Pipedrive cannot see skips (no history),
    // so its deals are drawn without.
    let truth = pipeline(7, 392, 80.0, 0.1);
    let (deals, _) = synthetic::draw(&truth);
    assert!(deals.len() > 4000, "{} deals", deals.len());
    let open = synthetic::open_per_stage(&truth, &deals);
    let exports = [
        (
            "event-log.csv",
            synthetic::to_csv(&synthetic::event_log(&truth, &deals)),
        ),
        (
            "hubspot.csv",
            synthetic::to_csv(&synthetic::hubspot(&truth, &deals)),
        ),
        (
            "salesforce.csv",
            synthetic::to_csv(&synthetic::salesforce(&truth, &deals)),
        ),
    ];
    for (name, text) in exports {
        let measurement = measured(&write(&dir, name, &text));
        check_recovers(&measurement, &truth, &open, name);
    }
    let hubspot = write_xlsx(&dir, "hubspot.xlsx", &synthetic::hubspot(&truth, &deals));
    let measurement = measured(&hubspot);
    assert_eq!(measurement.kind, Some(leadflow::crm::ExportKind::HubSpot));
    check_recovers(&measurement, &truth, &open, "hubspot.xlsx");

    let no_skips = pipeline(8, 392, 80.0, 0.0);
    let (deals, _) = synthetic::draw(&no_skips);
    let open = synthetic::open_per_stage(&no_skips, &deals);
    let pipedrive = write_xlsx(
        &dir,
        "pipedrive.xlsx",
        &synthetic::pipedrive(&no_skips, &deals),
    );
    let measurement = measured(&pipedrive);
    assert_eq!(measurement.kind, Some(leadflow::crm::ExportKind::Pipedrive));
    check_recovers(&measurement, &no_skips, &open, "pipedrive.xlsx");
    assert!(
        measurement
            .notes
            .iter()
            .any(|note| note.words(Language::English).contains("no stage history")),
        "the report says Pipedrive has no stage history"
    );
}

#[test]
fn intervals_hold_the_truth_about_nine_times_in_ten_over_seeds() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut conversions, mut days, mut total) = (0, 0, 0);
    for seed in 0..150 {
        let truth = TruePipeline {
            stages: vec![
                TrueStage {
                    name: "Qualify".to_owned(),
                    conversion: 0.4,
                    mean_days: 5.0,
                },
                TrueStage {
                    name: "Present".to_owned(),
                    conversion: 0.6,
                    mean_days: 10.0,
                },
                TrueStage {
                    name: "Close".to_owned(),
                    conversion: 0.3,
                    mean_days: 8.0,
                },
            ],
            ..pipeline(1000 + seed, 150, 20.0, 0.0)
        };
        let (deals, _) = synthetic::draw(&truth);
        let path = write(
            &dir,
            "log.csv",
            &synthetic::to_csv(&synthetic::event_log(&truth, &deals)),
        );
        let measurement = measured(&path);
        for (figures, stage) in measurement.stages.iter().zip(&truth.stages) {
            total += 1;
            let conversion = figures.conversion.expect("a conversion");
            if (conversion.low..=conversion.high).contains(&stage.conversion) {
                conversions += 1;
            }
            let stay = figures.days.expect("days");
            if (stay.low..=stay.high).contains(&stage.mean_days) {
                days += 1;
            }
        }
    }
    let share = |hits: i32| f64::from(hits) / f64::from(total);
    // 450 intervals: a 90 % interval holds the truth 86–94 % of the time (±3 standard errors).
    assert!(
        (0.86..=0.94).contains(&share(conversions)),
        "conversion coverage {}",
        share(conversions)
    );
    assert!(
        (0.86..=0.94).contains(&share(days)),
        "days coverage {}",
        share(days)
    );
}

fn log_with(dir: &tempfile::TempDir, body: &str) -> PathBuf {
    write(
        dir,
        "log.csv",
        &format!("deal_id,stage,entered_at,amount\n{body}"),
    )
}

#[test]
fn bad_exports_are_answered_with_the_row_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let message = |path: &Path| import_error(path).words(Language::English);

    let empty = write(&dir, "empty.csv", "");
    assert!(
        message(&empty).ends_with("empty.csv: is empty"),
        "{}",
        message(&empty)
    );

    let header_only = write(&dir, "header.csv", "deal_id,stage,entered_at\n");
    assert!(message(&header_only).contains("has column names but no deals"));

    let no_time = write(&dir, "no-time.csv", "deal_id,stage,owner\n1,Qualify,Anna\n");
    assert!(
        message(&no_time)
            .contains("is not a CRM export Leadflow knows (columns: deal_id, stage, owner)"),
        "{}",
        message(&no_time)
    );

    let bad_date = log_with(&dir, "1,Qualify,2026-01-05\n2,Qualify,yesterday\n");
    assert_eq!(
        message(&bad_date),
        format!(
            "{}: row 3, column \"entered_at\": \"yesterday\" is not a date in the format of the \
             rest of the column (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or MM/DD/YYYY, with an \
             optional time)",
            bad_date.display()
        )
    );

    let ambiguous = log_with(&dir, "1,Qualify,03/04/2026\n2,Qualify,05/06/2026\n");
    assert!(
        message(&ambiguous).contains(
            "column \"entered_at\": every date reads both as DD/MM/YYYY and as MM/DD/YYYY"
        ),
        "{}",
        message(&ambiguous)
    );
    let day_first = ImportOptions {
        slash_order: leadflow::crm::SlashOrder::DayFirst,
        ..ImportOptions::default()
    };
    assert!(
        read_export(&ambiguous, &day_first).is_ok(),
        "--dates day-first settles it"
    );

    let png = dir.path().join("slide.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    assert!(
        message(&png).contains("is not a table"),
        "{}",
        message(&png)
    );

    let no_id = write(
        &dir,
        "hubspot.csv",
        "Deal Name,Deal Stage,Date entered \"Qualify (Sales)\"\nAcme,Qualify,2026-01-02\n",
    );
    let forced = ImportOptions {
        kind: Some(leadflow::crm::ExportKind::HubSpot),
        ..ImportOptions::default()
    };
    assert_eq!(
        read_export(&no_id, &forced)
            .expect_err("refused")
            .words(Language::English),
        format!(
            "{}: has no \"Record ID\" column, which a HubSpot deals export needs",
            no_id.display()
        )
    );

    let design = Path::new("assets/examples/sales-silo.ron");
    assert!(
        message(design).contains("is not a CRM export Leadflow knows"),
        "{}",
        message(design)
    );
}

#[test]
fn deals_that_contradict_themselves_are_left_out_and_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let log = log_with(
        &dir,
        "1,Qualify,2026-01-05\n\
         1,Qualify,2026-01-05\n\
         1,Closed won,2026-01-09,5000\n\
         2,Qualify,2026-01-06\n\
         2,Closed lost,2026-01-07\n\
         2,Present,2026-01-08\n\
         3,Qualify,2026-01-07\n\
         3,Present,2026-01-10\n\
         3,Qualify,2026-01-12\n",
    );
    let deals = read_export(&log, &ImportOptions::default()).expect("reads");
    let reasons: Vec<String> = deals
        .skipped
        .iter()
        .map(|skip| format!("row {}: {}", skip.row, skip.reason.words(Language::English)))
        .collect();
    assert!(
        reasons.contains(&"row 3: repeats row 2 (same deal, stage and time)".to_owned()),
        "{reasons:?}"
    );
    assert!(
        reasons
            .iter()
            .any(|reason| reason.starts_with("row 7: the deal of this row was closed on row 6")),
        "{reasons:?}"
    );
    let measurement = measure(&deals);
    assert_eq!(measurement.deals, 2, "deal 2 is left out");
    let qualify = &measurement.stages[0];
    assert_eq!(qualify.moved_back, 0);
    assert_eq!(
        measurement.stages[1].moved_back, 1,
        "deal 3 went back from Present"
    );

    let hubspot = write(
        &dir,
        "hubspot.csv",
        "Record ID,Deal Stage,Create Date,Date entered \"Qualify (Sales)\",Date exited \"Qualify (Sales)\"\n\
         11,Qualify,2026-01-01,2026-01-02,2026-01-05\n\
         11,Qualify,2026-01-01,2026-01-02,2026-01-05\n\
         12,Qualify,2026-01-01,2026-01-09,2026-01-03\n",
    );
    let deals = read_export(&hubspot, &ImportOptions::default()).expect("reads");
    let reasons: Vec<String> = deals
        .skipped
        .iter()
        .map(|skip| format!("row {}: {}", skip.row, skip.reason.words(Language::English)))
        .collect();
    assert_eq!(
        reasons,
        [
            "row 3: Record ID 11 repeats row 2; this row is left out",
            "row 4: column \"Date exited \"Qualify (Sales)\"\": the deal leaves the stage before \
             it enters it; the deal is left out",
        ]
    );
}

#[test]
fn several_pipelines_need_a_choice() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        &dir,
        "hubspot.csv",
        "Record ID,Pipeline,Deal Stage,Date entered \"Qualify (Sales)\",Date entered \"Onboard (Renewals)\"\n\
         1,Sales,Qualify,2026-01-02,\n\
         2,Renewals,Onboard,,2026-01-03\n",
    );
    assert!(
        import_error(&path)
            .words(Language::English)
            .contains("holds 2 pipelines (Sales, Renewals); choose one with --pipeline")
    );
    let chosen = ImportOptions {
        pipeline: Some("renewals".to_owned()),
        ..ImportOptions::default()
    };
    let deals = read_export(&path, &chosen).expect("reads");
    assert_eq!(deals.stages, ["Onboard"]);
    assert_eq!(deals.deals.len(), 1);
}

#[test]
fn nothing_personal_reaches_the_design() {
    let truth = pipeline(3, 120, 30.0, 0.0);
    let (deals, _) = synthetic::draw(&truth);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        &dir,
        "hubspot.csv",
        &synthetic::to_csv(&synthetic::hubspot(&truth, &deals)),
    );
    let design = leadflow::crm::build::design_from(
        &measured(&path),
        "Sales Pipeline",
        leadflow::i18n::current(),
    );
    let text = leadflow::file::design_to_string(&design).expect("serialises");
    let first = &deals[0];
    assert!(
        !text.contains(&format!("Deal {}", first.id)),
        "no deal name in the design"
    );
    assert!(
        !text.contains(&first.id.to_string()),
        "no deal id in the design"
    );
}

/// The sample export in assets/crm is what the generator writes (regenerate with
/// `LEADFLOW_WRITE_SAMPLE=1 cargo test --test crm the_sample`).
#[test]
fn the_sample_export_is_what_the_generator_writes() {
    let truth = TruePipeline::sample();
    let (deals, _) = synthetic::draw(&truth);
    let text = synthetic::to_csv(&synthetic::hubspot(&truth, &deals));
    let path = Path::new("assets/crm/sample-hubspot-deals.csv");
    if std::env::var_os("LEADFLOW_WRITE_SAMPLE").is_some() {
        std::fs::create_dir_all("assets/crm").expect("assets/crm");
        std::fs::write(path, &text).expect("write the sample");
    }
    let shipped = std::fs::read_to_string(path).expect("the sample ships");
    assert!(
        shipped == text,
        "assets/crm/sample-hubspot-deals.csv is stale"
    );
}

fn imported_design(truth: &TruePipeline, dir: &tempfile::TempDir) -> leadflow::design::Design {
    let (deals, _) = synthetic::draw(truth);
    let path = write(
        dir,
        "log.csv",
        &synthetic::to_csv(&synthetic::event_log(truth, &deals)),
    );
    leadflow::crm::build::design_from(&measured(&path), "Imported", leadflow::i18n::current())
}

fn band_width_at_horizon(design: &leadflow::design::Design) -> f64 {
    use leadflow::sim::{Statistic, TotalMetric};
    let result = leadflow::sim::simulate(design);
    let last = result.weeks - 1;
    result.total_value(last, TotalMetric::ActiveCustomers, Statistic::P90)
        - result.total_value(last, TotalMetric::ActiveCustomers, Statistic::P10)
}

#[test]
fn thin_evidence_widens_the_monte_carlo_bands_and_leaves_expected_values_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut measured_design = imported_design(&pipeline(5, 200, 40.0, 0.0), &dir);
    measured_design.simulation.mode = leadflow::design::SimulationMode::MonteCarlo;
    measured_design.simulation.runs = 400;
    let mut thin = measured_design.clone();
    for stage in thin.stages.values_mut() {
        for evidence in [
            &mut stage.measured.conversion,
            &mut stage.measured.days_in_stage,
        ]
        .into_iter()
        .flatten()
        {
            evidence.deals = (evidence.deals / 40).max(2);
        }
    }
    let mut assumed = measured_design.clone();
    for stage in assumed.stages.values_mut() {
        stage.measured = leadflow::design::StageEvidence::default();
    }
    for source in assumed.sources.values_mut() {
        source.measured = None;
    }
    let (chance, measured, thin_width) = (
        band_width_at_horizon(&assumed),
        band_width_at_horizon(&measured_design),
        band_width_at_horizon(&thin),
    );
    eprintln!("band widths: chance {chance:.1}, measured {measured:.1}, thin {thin_width:.1}");
    assert!(
        measured > chance,
        "evidence adds its uncertainty: {measured} vs {chance}"
    );
    assert!(
        thin_width > 1.5 * measured,
        "thin evidence widens the band: {thin_width} vs {measured}"
    );
    let expected = |design: &leadflow::design::Design| {
        leadflow::sim::simulate_expected(design)
            .summary
            .customers_at_horizon
    };
    assert!(
        (expected(&thin) - expected(&assumed)).abs() < 1e-9,
        "expected values use the estimates"
    );
}

#[test]
fn the_backtest_of_a_right_model_holds_about_four_weeks_in_five_in_its_band() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut design = imported_design(&pipeline(11, 392, 60.0, 0.0), &dir);
    design.simulation.mode = leadflow::design::SimulationMode::MonteCarlo;
    design.simulation.runs = 300;
    let backtest = leadflow::crm::backtest::backtest(&design).expect("actuals kept");
    assert_eq!(backtest.result.weeks, 55, "every whole week of the export");
    let shares: Vec<f64> = backtest
        .stages
        .iter()
        .filter_map(|stage| stage.inside_band)
        .collect();
    assert_eq!(shares.len(), 6, "five stages and the customers won");
    let mean = shares.iter().sum::<f64>() / shares.len() as f64;
    eprintln!("inside the band: {shares:?}");
    assert!(
        (0.65..=0.95).contains(&mean),
        "share inside the band {mean} ({shares:?})"
    );
    // A wrong conversion at Lead sends too few to Qualified: most weeks fall outside.
    let lead = StageId::new("lead");
    design.stages.get_mut(&lead).expect("lead").conversion *= 0.5;
    let wrong = leadflow::crm::backtest::backtest(&design).expect("actuals kept");
    let qualified = wrong
        .stages
        .iter()
        .find(|stage| stage.name == "Qualified")
        .and_then(|stage| stage.inside_band)
        .expect("Qualified compared");
    eprintln!("wrong model, Qualified inside the band: {qualified}");
    assert!(qualified < 0.3, "a wrong model shows: {qualified}");
}

#[test]
fn columns_named_by_hand_read_an_event_log_of_any_headers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(
        &dir,
        "log.csv",
        "Ref;Phase;Moved at\nA-1;Qualify;05.01.2026 10:00\nA-1;Won;09.01.2026 12:30\n",
    );
    let named = ImportOptions {
        columns: vec![
            (leadflow::crm::Field::Case, "ref".to_owned()),
            (leadflow::crm::Field::Stage, "Phase".to_owned()),
            (leadflow::crm::Field::Time, "Moved at".to_owned()),
        ],
        ..ImportOptions::default()
    };
    let deals = read_export(&path, &named).expect("reads with the named columns");
    assert_eq!(deals.stages, ["Qualify"]);
    let measurement = measure(&deals);
    assert_eq!(measurement.won, 1);
    let days = measurement.stages[0].days.expect("days");
    assert!((days.value - 4.104_166).abs() < 1e-3, "{days:?}");
    let wrong = ImportOptions {
        columns: vec![(leadflow::crm::Field::Case, "Deal".to_owned())],
        ..ImportOptions::default()
    };
    assert!(
        read_export(&path, &wrong)
            .expect_err("refused")
            .message
            .words(Language::English)
            .starts_with(
                "has no column \"Deal\" (given for case); its columns are: Ref, Phase, Moved at"
            )
    );
}

#[test]
fn each_run_draws_its_own_measured_figures_whatever_the_number_of_runs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut design = imported_design(&pipeline(6, 120, 30.0, 0.0), &dir);
    design.simulation.mode = leadflow::design::SimulationMode::MonteCarlo;
    design.simulation.runs = 5;
    let few = leadflow::sim::simulate(&design).run_outcomes().to_vec();
    design.simulation.runs = 21;
    let many = leadflow::sim::simulate(&design).run_outcomes().to_vec();
    assert_eq!(
        few[..],
        many[..5],
        "run r is the same run in 5 runs and in 21"
    );
    let customers: Vec<f64> = many.iter().map(|run| run.customers).collect();
    assert!(
        customers
            .windows(2)
            .any(|pair| (pair[0] - pair[1]).abs() > 1e-9),
        "runs differ"
    );
}

#[test]
fn what_has_not_happened_is_not_measured() {
    let dir = tempfile::tempdir().expect("temp dir");
    // An open deal's Close Date is HubSpot's forecast: it does not move "today" to June.
    let hubspot = write(
        &dir,
        "hubspot.csv",
        "Record ID,Deal Stage,Create Date,Close Date,Date entered \"Qualify (Sales)\",Date entered \"Closed won (Sales)\"\n\
         1,Qualify,2026-01-02,2027-06-01,2026-01-02,\n\
         2,Closed won,2026-01-03,2026-01-20,2026-01-03,2026-01-20\n\
         3,Qualify,2026-01-04,,2026-01-04,2026-01-10\n",
    );
    let measurement = measured(&hubspot);
    assert_eq!(
        measurement.to,
        leadflow::design::calendar::Date::constant(2026, 1, 20)
    );
    assert_eq!(
        (measurement.won, measurement.open),
        (1, 2),
        "deal 3 was reopened: its stage says Qualify"
    );

    // Date-only rows, newest first: a close on the day of the stage entry comes after it.
    let log = log_with(
        &dir,
        "1,Closed lost,2026-01-05\n1,Qualify,2026-01-05\n2,Qualify,2026-01-06\n",
    );
    let deals = read_export(&log, &ImportOptions::default()).expect("reads");
    assert!(deals.skipped.is_empty(), "{:?}", deals.skipped);
    assert_eq!(measure(&deals).lost, 1);

    let dateless = write(
        &dir,
        "pipedrive.csv",
        "Deal - ID,Deal - Stage,Deal - Status\n1,Qualify,open\n2,Qualify,pending\n",
    );
    let error = import_error(&dateless).words(Language::English);
    assert!(
        error.ends_with(
            "has no dates: Leadflow needs when deals were created or entered their stages"
        ),
        "{error}"
    );
    let deals = read_export(
        &write(
            &dir,
            "pipedrive-dated.csv",
            "Deal - ID,Deal - Stage,Deal - Status,Deal - Deal created\n1,Qualify,open,2026-01-02\n2,Qualify,pending,2026-01-03\n",
        ),
        &ImportOptions::default(),
    )
    .expect("reads");
    assert_eq!(
        deals.skipped[0].reason.words(Language::English),
        "column \"Deal - Status\": \"pending\" is not a status (open, won or lost); the deal is left out"
    );

    let wide = write(
        &dir,
        "wide.csv",
        &format!("deal_id,stage,entered_at{}\n", ",x".repeat(20_000)),
    );
    assert!(
        import_error(&wide)
            .words(Language::English)
            .contains("row 1: has 20003 cells; an export has at most 16384 columns")
    );
}

#[test]
fn absurd_names_and_amounts_give_a_design_that_validates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let long = "Q".repeat(5_000);
    let path = log_with(
        &dir,
        &format!("1,{long},2026-01-05,\n1,Closed won,2026-01-09,1e308\n2,{long},2026-01-06,\n"),
    );
    let measurement = measured(&path);
    assert!(measurement.order_value.is_none(), "1e308 is no amount");
    let design =
        leadflow::crm::build::design_from(&measurement, "Absurd", leadflow::i18n::current());
    let findings = leadflow::design::validate::validate(&design);
    assert!(
        !leadflow::design::validate::has_errors(&findings),
        "{findings:?}"
    );
    assert!(
        design
            .stages
            .values()
            .all(|stage| stage.name.chars().count() <= 200)
    );
}

/// Arrivals of a source drawn day by day for two years from 4 January 2027: Poisson with a
/// mean of `per_day` × the month's factor of `season`.
fn drawn_arrivals(
    seed: u64,
    per_day: f64,
    season: impl Fn(usize) -> f64,
) -> (
    Vec<leadflow::crm::dates::Moment>,
    leadflow::crm::dates::Moment,
    leadflow::crm::dates::Moment,
) {
    use leadflow::crm::dates::Moment;
    let start = jiff::civil::date(2027, 1, 4);
    let mut rng = leadflow::sim::rng::Rng::for_stream(seed, 0, 0);
    let mut arrivals = Vec::new();
    let days = 730;
    for day in 0..days {
        let date = start
            .checked_add(jiff::Span::new().days(day))
            .expect("in range");
        let month = usize::try_from(date.month() - 1).unwrap_or(0);
        let count = rng.poisson(per_day * season(month)) as i64;
        let noon = Moment::of(date.at(12, 0, 0, 0)).expect("a moment");
        arrivals.extend((0..count).map(|_| noon));
    }
    let first = Moment::of(start.at(0, 0, 0, 0)).expect("a moment");
    let last = Moment(first.0 + (days - 1) * 86_400);
    (arrivals, first, last)
}

#[test]
fn flat_sources_rarely_get_a_season_or_growth_and_a_real_season_is_still_found() {
    use leadflow::crm::trend::fit_trend;
    let seeds = 200;
    let mut claimed = 0;
    for seed in 0..seeds {
        let (arrivals, first, last) = drawn_arrivals(seed, 3.0, |_| 1.0);
        let trend = fit_trend(&arrivals, first, last);
        if !trend.season.is_empty() || trend.growth_shown {
            claimed += 1;
        }
    }
    let false_positives = f64::from(claimed) / seeds as f64;
    eprintln!("flat sources given a season or growth: {claimed} of {seeds}");
    assert!(false_positives < 0.02, "{claimed} of {seeds} flat sources");
    // ±30 % over the year, peaking in spring and autumn's low: found in most seeds.
    let mut found = 0;
    for seed in 0..50 {
        let (arrivals, first, last) = drawn_arrivals(1000 + seed, 3.0, |month| {
            1.0 + 0.3 * (std::f64::consts::TAU * month as f64 / 12.0).sin()
        });
        if !fit_trend(&arrivals, first, last).season.is_empty() {
            found += 1;
        }
    }
    eprintln!("a ±30 % season found in {found} of 50 seeds");
    assert!(
        found >= 45,
        "a real season found in only {found} of 50 seeds"
    );
}

#[test]
fn a_source_that_began_during_the_export_is_measured_from_its_first_deal() {
    use leadflow::crm::trend::source_start;
    // Deals only from the second year of two: its leads per week are those of the year it
    // existed, not half of them spread over both.
    for seed in 0..20 {
        let (arrivals, first, last) = drawn_arrivals(2000 + seed, 3.0, |_| 1.0);
        let late: Vec<_> = arrivals
            .iter()
            .copied()
            .filter(|moment| moment.days_since(first) >= 365.0)
            .collect();
        let start = source_start(&late, first, last);
        assert!(
            (start.days_since(first) - 365.0).abs() < 3.0,
            "seed {seed}: starts {} days in",
            start.days_since(first)
        );
        // A source there from the start keeps the export's first day.
        assert_eq!(source_start(&arrivals, first, last), first, "seed {seed}");
    }
}

/// The case: the inbound example calibrated from the bundled sample with Qualified →
/// Qualify, Proposal sent → Present, Negotiation → Close. The export's Meeting booked (between
/// Qualified and Proposal sent) and Lead (where its deals enter) are matched to nothing; their
/// losses are folded into Qualify and the sources' leads are those that reach Qualified, so
/// the design plans the deals won within a fifth of what the export won (it planned more than
/// twice as many when they were dropped).
#[test]
fn a_partly_matched_calibration_folds_the_unmatched_stages_and_plans_what_the_export_won() {
    use leadflow::crm::{ImportOptions, calibrate, measure, read_export};
    let mut design = leadflow::file::load(std::path::Path::new("assets/examples/inbound.ron"))
        .expect("the example loads");
    let deals = read_export(
        std::path::Path::new("assets/crm/sample-hubspot-deals.csv"),
        &ImportOptions::default(),
    )
    .expect("the sample reads");
    let measurement = measure(&deals);
    let mapping: Vec<Option<StageId>> = measurement
        .stages
        .iter()
        .map(|stage| match stage.name.as_str() {
            "Qualified" => Some(StageId::new("qualify")),
            "Proposal sent" => Some(StageId::new("present")),
            "Negotiation" => Some(StageId::new("close")),
            _ => None,
        })
        .collect();
    let notes = calibrate::fold_notes(
        &design,
        &measurement,
        &mapping,
        leadflow::i18n::Language::English,
    );
    assert!(
        notes
            .iter()
            .any(|note| note
                .starts_with("Not matched: Meeting booked. Its deals count with Qualify")),
        "{notes:?}"
    );
    assert!(
        notes
            .iter()
            .any(|note| note.contains("enter Lead, which is not matched")),
        "{notes:?}"
    );
    // Before it is applied, the replay says where the calibrated design does not reproduce
    // the export: Qualify, whose count includes the deals that skip it in the export.
    let replayed =
        leadflow::crm::preview::preview(&design, &measurement, &mapping).expect("a replay");
    let failing: Vec<&str> = leadflow::crm::preview::not_reproduced(&replayed)
        .iter()
        .map(|row| row.name.as_str())
        .collect();
    eprintln!("replayed: {replayed:?}");
    assert_eq!(failing, vec!["Qualify"], "{replayed:?}");
    let changes = calibrate::propose(
        &design,
        &measurement,
        &mapping,
        leadflow::i18n::Language::English,
    );
    calibrate::apply(&mut design, &changes, measurement.to);
    calibrate::keep_actuals(&mut design, &measurement, &mapping);
    // What leads to Qualify (its sources: no measured stage flows into it) is measured but not
    // borne out: taken as assumed, saying why; Qualify's own conversion still stands.
    leadflow::crm::preview::mark_not_borne_out(&mut design, &replayed);
    for source in design.sources.values() {
        assert!(source.measured_leads().is_none(), "{}", source.name);
        let evidence = source.measured.as_ref().expect("the evidence is kept");
        let said = leadflow::draw::provenance::provenance_text(
            evidence,
            source.leads_per_week,
            leadflow::draw::provenance::Figure::PerWeek,
            Language::English,
        );
        assert!(
            said.starts_with("Assumed: measured ")
                && said.contains("where the export recorded 21.1"),
            "{said}"
        );
    }
    let qualify = &design.stages[&StageId::new("qualify")];
    assert!(qualify.measured_conversion().is_some());
    let backtest = leadflow::crm::backtest::backtest(&design).expect("actuals kept");
    let won = backtest
        .stages
        .iter()
        .find(|stage| stage.stage.is_none())
        .expect("the deals won compared");
    eprintln!(
        "won per week: planned {:.2}, actual {:.2}",
        won.simulated_mean, won.actual_mean
    );
    assert!(
        (won.simulated_mean - won.actual_mean).abs() <= 0.2 * won.actual_mean,
        "planned {} won a week against {} in the export",
        won.simulated_mean,
        won.actual_mean
    );
}

/// Header renames: as the CRM writes it, as the test writes it, and the field it holds.
type Renames = Vec<(&'static str, &'static str, leadflow::crm::Field)>;

/// Renames the header cells of `rows` (an export as its CRM writes it) as `renames` say.
fn with_headers(mut rows: Rows, renames: &[(&str, &str)]) -> Rows {
    for cell in &mut rows[0] {
        if let Some((_, to)) = renames.iter().find(|(from, _)| cell == from) {
            *cell = (*to).to_owned();
        }
    }
    rows
}

/// An account set to another language exports translated headers. The headers here are made
/// up for the test (no CRM's real Swedish headers were found to check against); what is
/// checked is that HubSpot's and Pipedrive's readers take columns named by hand, as an event
/// log's do, and read the same deals as from the English headers.
#[test]
fn hubspot_and_pipedrive_exports_with_headers_of_another_language_read_once_named() {
    use leadflow::crm::Field;
    let dir = tempfile::tempdir().expect("temp dir");
    let truth = pipeline(3, 200, 20.0, 0.0);
    let (deals, _) = synthetic::draw(&truth);
    let cases: [(&str, Rows, Renames); 2] = [
        (
            "hubspot.csv",
            synthetic::hubspot(&truth, &deals),
            vec![
                ("Record ID", "Post-ID", Field::Case),
                ("Deal Stage", "Affärsfas", Field::Stage),
                ("Amount", "Belopp", Field::Amount),
                ("Create Date", "Skapad", Field::Created),
                ("Close Date", "Stängd", Field::Closed),
                (
                    "Original Traffic Source",
                    "Ursprunglig källa",
                    Field::Source,
                ),
                ("Pipeline", "Säljflöde", Field::Pipeline),
            ],
        ),
        (
            "pipedrive.csv",
            synthetic::pipedrive(&truth, &deals),
            vec![
                ("Deal - ID", "Affär - ID", Field::Case),
                ("Deal - Stage", "Affär - Steg", Field::Stage),
                ("Deal - Status", "Affär - Status", Field::Outcome),
                ("Deal - Deal created", "Affär - Skapad", Field::Created),
                ("Deal - Won time", "Affär - Vunnen", Field::WonTime),
                ("Deal - Lost time", "Affär - Förlorad", Field::LostTime),
                ("Deal - Value", "Affär - Värde", Field::Amount),
            ],
        ),
    ];
    for (name, english, renames) in cases {
        let pairs: Vec<(&str, &str)> = renames.iter().map(|(from, to, _)| (*from, *to)).collect();
        let translated = with_headers(english.clone(), &pairs);
        assert_ne!(translated[0], english[0], "{name}: headers renamed");
        let english_path = write(&dir, &format!("en-{name}"), &synthetic::to_csv(&english));
        let path = write(&dir, name, &synthetic::to_csv(&translated));
        let stage_order: Vec<String> = truth
            .stages
            .iter()
            .map(|stage| stage.name.clone())
            .collect();
        let options = |columns: Vec<(Field, String)>, kind| ImportOptions {
            kind,
            columns,
            stage_order: stage_order.clone(),
            ..ImportOptions::default()
        };
        let kind = if name.starts_with("hubspot") {
            leadflow::crm::ExportKind::HubSpot
        } else {
            leadflow::crm::ExportKind::Pipedrive
        };
        // The stage columns' words are English here: an ID column under another name is not
        // taken from the first column.
        assert!(
            read_export(&path, &options(Vec::new(), Some(kind))).is_err(),
            "{name}: not read without the columns named"
        );
        let named: Vec<(Field, String)> = renames
            .iter()
            .map(|(_, to, field)| (*field, (*to).to_owned()))
            .collect();
        let read = read_export(&path, &options(named, Some(kind))).expect(name);
        let reference =
            read_export(&english_path, &options(Vec::new(), Some(kind))).expect("English reads");
        let (a, b) = (measure(&read), measure(&reference));
        assert_eq!(
            (a.deals, a.won, a.lost, a.open),
            (b.deals, b.won, b.lost, b.open),
            "{name}"
        );
        assert_eq!(a.stages, b.stages, "{name}: the same figures per stage");
    }
    // HubSpot's stage columns are found by their shape, so the kind is found without --format.
    let hubspot = dir.path().join("hubspot.csv");
    let named_case = ImportOptions {
        columns: vec![
            (Field::Case, "Post-ID".to_owned()),
            (Field::Stage, "Affärsfas".to_owned()),
        ],
        ..ImportOptions::default()
    };
    assert_eq!(
        read_export(&hubspot, &named_case)
            .expect("found as HubSpot")
            .kind,
        Some(leadflow::crm::ExportKind::HubSpot)
    );
}

#[test]
fn the_replay_before_apply_holds_for_a_right_design_in_most_seeds() {
    // A design built from an export is the right design for it: every stage matched, its
    // replay should reproduce the export but for the two-standard-error slips the band rule
    // allows (about one stage in forty, so most seeds pass at all six rows).
    let dir = tempfile::tempdir().expect("temp dir");
    let seeds = 12;
    let mut held = 0;
    let mut slips = Vec::new();
    for seed in 1..=seeds {
        let truth = pipeline(seed, 392, 40.0, 0.0);
        let (deals, _) = synthetic::draw(&truth);
        let path = write(
            &dir,
            &format!("log-{seed}.csv"),
            &synthetic::to_csv(&synthetic::event_log(&truth, &deals)),
        );
        let measurement = measured(&path);
        let design = leadflow::crm::build::design_from(
            &measurement,
            "Imported",
            leadflow::i18n::Language::English,
        );
        let mapping = leadflow::crm::calibrate::match_by_name(&design, &measurement);
        assert!(mapping.iter().all(Option::is_some), "every stage matches");
        let replayed =
            leadflow::crm::preview::preview(&design, &measurement, &mapping).expect("a replay");
        assert_eq!(replayed.len(), 6, "five stages and the deals won");
        let failing = leadflow::crm::preview::not_reproduced(&replayed);
        if failing.is_empty() {
            held += 1;
        } else {
            slips.extend(failing.iter().map(|row| {
                format!(
                    "seed {seed}: {} {:.1} vs {:.1}, {:?} inside",
                    row.name, row.planned, row.actual, row.inside_band
                )
            }));
        }
    }
    eprintln!("right designs reproduced in {held} of {seeds} seeds; slips: {slips:?}");
    assert!(held >= seeds - 3, "{held} of {seeds}: {slips:?}");
}

#[test]
fn a_hubspot_export_with_headers_in_swedish_reads_as_the_english_one() {
    use leadflow::crm::{ExportKind, Field, Outcome};
    let english_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/crm/sample-hubspot-deals.csv");
    let english_text = std::fs::read_to_string(&english_path).expect("the sample");
    // The per-stage columns' words are made up on purpose: they are read from the columns'
    // shape (words, then a quoted "STAGE (PIPELINE)"), whatever a language calls them. The
    // close date and source are HubSpot's Swedish help pages' words; the ID column, under any
    // name, is HubSpot's first.
    let mut swedish_text = english_text
        .replacen("Record ID,", "Post-ID,", 1)
        .replacen("Deal Name,", "Affärsnamn,", 1)
        .replacen("Deal Stage,", "Affärsfas,", 1)
        .replacen("Amount,", "Belopp,", 1)
        .replacen("Create Date,", "Skapandedatum,", 1)
        .replacen("Close Date,", "Stängningsdatum,", 1)
        .replacen("Original Traffic Source,", "Ursprunglig trafikkälla,", 1)
        .replace("Date entered \"\"", "Datum för inträde i \"\"")
        .replace("Date exited \"\"", "Datum för utträde ur \"\"");
    for (english, swedish) in [
        ("Sales Pipeline", "Säljpipeline"),
        ("Qualified", "Kvalificerad"),
        ("Meeting booked", "Möte bokat"),
        ("Proposal sent", "Offert skickad"),
        ("Negotiation", "Förhandling"),
        ("Closed won", "Stängd vunnen"),
        ("Closed lost", "Stängd förlorad"),
    ] {
        swedish_text = swedish_text.replace(english, swedish);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let swedish_path = write(&dir, "affärer.csv", &swedish_text);
    let english = read_export(&english_path, &ImportOptions::default()).expect("reads");
    let swedish = read_export(&swedish_path, &ImportOptions::default()).expect("reads");
    assert_eq!(swedish.kind, Some(ExportKind::HubSpot));
    assert_eq!(swedish.pipeline.as_deref(), Some("Säljpipeline"));
    assert_eq!(
        swedish.stages,
        [
            "Lead",
            "Kvalificerad",
            "Möte bokat",
            "Offert skickad",
            "Förhandling"
        ]
    );
    assert_eq!(swedish.deals.len(), english.deals.len());
    assert!(english.deals.len() > 100, "{} deals", english.deals.len());
    let summary = |deals: &leadflow::crm::Deals| {
        deals
            .deals
            .iter()
            .map(|deal| {
                (
                    deal.outcome == Outcome::Won,
                    deal.outcome == Outcome::Lost,
                    deal.closed,
                    deal.visits.len(),
                    deal.source
                        .map(|source| deals.sources[usize::from(source)].clone()),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        summary(&swedish),
        summary(&english),
        "outcomes, dates, stays, sources"
    );
    let notes: Vec<String> = swedish
        .notes
        .iter()
        .map(|note| note.words(Language::English))
        .collect();
    assert!(
        notes
            .iter()
            .any(|note| note.starts_with("deals are told apart by the first column, “Post-ID”")),
        "{notes:?}"
    );
    // Amount and create date, which no Swedish help page names, read once named.
    assert!(swedish.deals.iter().all(|deal| deal.amount.is_none()));
    let named = ImportOptions {
        columns: vec![
            (Field::Amount, "Belopp".to_owned()),
            (Field::Created, "Skapandedatum".to_owned()),
        ],
        ..ImportOptions::default()
    };
    let swedish = read_export(&swedish_path, &named).expect("reads with named columns");
    let amounts = |deals: &leadflow::crm::Deals| {
        deals
            .deals
            .iter()
            .map(|deal| (deal.amount.map(f64::to_bits), deal.created))
            .collect::<Vec<_>>()
    };
    assert_eq!(amounts(&swedish), amounts(&english));
}
