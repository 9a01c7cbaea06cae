//! The command line as a user runs it.

use std::path::Path;
use std::process::{Command, Output};

fn leadflow(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_leadflow"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn templates_lists_every_starting_design_with_when_to_choose_it() {
    let output = leadflow(&["templates"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert_eq!(text.lines().count(), leadflow::templates::TEMPLATES.len());
    assert!(text.contains("sales-silo"));
    assert!(text.contains("Choose the sales silo when"));
}

#[test]
fn new_writes_the_template_and_refuses_to_overwrite() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("silo.ron");
    let target = path.to_str().expect("utf-8 path");
    let output = leadflow(&["new", "sales-silo", "-o", target]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(&path).expect("written");
    let example = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/sales-silo.ron"),
    )
    .expect("example");
    assert_eq!(written, example);

    let again = leadflow(&["new", "flywheel", "-o", target]);
    assert!(!again.status.success());
    assert!(stderr(&again).contains("already exists; pass --force"));
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), example);
    assert!(
        leadflow(&["new", "flywheel", "-o", target, "--force"])
            .status
            .success()
    );
}

#[test]
fn new_with_an_unknown_template_names_the_choices() {
    let output = leadflow(&["new", "funnel", "-o", "/tmp/never-written.ron"]);
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(
        message.contains("there is no template \"funnel\""),
        "{message}"
    );
    assert!(message.contains("classic-funnel"), "{message}");
}

#[test]
fn check_passes_the_examples_and_fails_broken_files_one_line_each() {
    let examples: Vec<String> = leadflow::templates::TEMPLATES
        .iter()
        .map(|template| format!("assets/examples/{}.ron", template.name))
        .collect();
    let arguments: Vec<&str> = std::iter::once("check")
        .chain(examples.iter().map(String::as_str))
        .collect();
    let output = leadflow(&arguments);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).matches(": ok").count(), examples.len());

    let output = leadflow(&[
        "check",
        "tests/fixtures/broken/wrong-type.ron",
        "tests/fixtures/broken/shares-over-100.ron",
    ]);
    assert!(!output.status.success());
    let message = stderr(&output);
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(lines.len(), 2, "{message}");
    assert!(lines[0].starts_with("tests/fixtures/broken/wrong-type.ron:56:"));
    assert!(lines[1].contains("shares-over-100.ron: error: stage \"Close\""));
}

#[test]
fn simulate_writes_csv_json_and_monte_carlo_bands() {
    let csv = leadflow(&["simulate", "assets/examples/inbound.ron", "--weeks", "8"]);
    assert!(csv.status.success(), "{}", stderr(&csv));
    let text = stdout(&csv);
    assert!(text.starts_with("week,date,stage,in_stage,entered,moved_on,dropped,backlog\n"));
    assert!(text.contains("\nweek,date,new_customers,active_customers,revenue,"));
    assert!(text.lines().any(|line| {
        let cells: Vec<&str> = line.split(',').collect();
        cells.first() == Some(&"8") && cells.get(2) == Some(&"qualify")
    }));

    let totals = stdout(&leadflow(&[
        "simulate",
        "assets/examples/inbound.ron",
        "--totals",
    ]));
    assert!(totals.starts_with("week,date,new_customers,"));
    assert_eq!(totals.lines().count(), 53);

    let json = leadflow(&[
        "simulate",
        "assets/examples/flywheel.ron",
        "--format",
        "json",
        "--mode",
        "monte-carlo",
        "--runs",
        "30",
        "--seed",
        "4",
    ]);
    assert!(json.status.success(), "{}", stderr(&json));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("valid JSON");
    assert_eq!(value["runs"], 30);
    assert_eq!(
        value["stages"][0]["series"]["in_stage"]["p90"]
            .as_array()
            .map(Vec::len),
        Some(52)
    );
    assert!(
        value["summary"]["customers_at_horizon"]
            .as_f64()
            .expect("number")
            > 0.0
    );

    let directory = tempfile::tempdir().expect("temp dir");
    let out = directory.path().join("out.csv");
    let output = leadflow(&[
        "simulate",
        "assets/examples/flywheel.ron",
        "--mode",
        "monte-carlo",
        "--runs",
        "20",
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert!(output.status.success());
    let written = std::fs::read_to_string(&out).expect("written");
    assert!(
        written.starts_with("week,date,stage,in_stage,in_stage_p10,in_stage_p50,in_stage_p90,")
    );
}

#[test]
fn simulate_reports_bad_arguments_and_files_in_one_line() {
    let output = leadflow(&["simulate", "assets/examples/inbound.ron", "--weeks", "0"]);
    assert!(!output.status.success());
    assert_eq!(
        stderr(&output).trim(),
        "leadflow: --weeks 0 is outside 1..520"
    );
    let output = leadflow(&["simulate", "tests/fixtures/broken/truncated.ron"]);
    assert!(!output.status.success());
    assert!(stderr(&output).starts_with("leadflow: tests/fixtures/broken/truncated.ron:98:"));
}

#[test]
fn export_writes_an_image_that_opens_as_the_design() {
    let directory = tempfile::tempdir().expect("temp dir");
    let image = directory.path().join("silo.png");
    let target = image.to_str().expect("utf-8 path");
    let output = leadflow(&[
        "export",
        "assets/examples/sales-silo.ron",
        "-o",
        target,
        "--layout",
        "slide",
        "--scale",
        "1",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let check = leadflow(&["check", target]);
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(
        stdout(&check).contains("ok (6 stages"),
        "{}",
        stdout(&check)
    );

    // A deck by its extension, carrying the design.
    let deck = directory.path().join("deck.pptx");
    let deck = deck.to_str().expect("UTF-8 path");
    let output = leadflow(&["export", "assets/examples/sales-silo.ron", "-o", deck]);
    assert!(output.status.success(), "{}", stderr(&output));
    let check = leadflow(&["check", deck]);
    assert!(
        stdout(&check).contains("ok (6 stages"),
        "{}",
        stdout(&check)
    );

    let wrong = leadflow(&["export", "assets/examples/sales-silo.ron", "-o", "out.bmp"]);
    assert!(!wrong.status.success());
    assert!(
        stderr(&wrong)
            .contains("choose an output ending in .png, .svg, .pdf, .pptx, .gif or .apng")
    );
    let scale = leadflow(&[
        "export",
        "assets/examples/sales-silo.ron",
        "-o",
        target,
        "--scale",
        "3",
    ]);
    assert!(!scale.status.success());
    assert!(
        stderr(&scale).contains("use 1, 2 or 4"),
        "{}",
        stderr(&scale)
    );
}

#[test]
fn levers_ranks_the_changes_that_help_most() {
    let output = leadflow(&["levers", "assets/examples/sales-silo.ron"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let first = text.lines().nth(1).expect("a lever");
    assert!(first.starts_with("Close: +10 % conversion"), "{text}");
    let csv = leadflow(&[
        "levers",
        "assets/examples/sales-silo.ron",
        "--format",
        "csv",
    ]);
    let csv = stdout(&csv);
    assert!(
        csv.starts_with("stage,lever,customers,profit\nclose,conversion,"),
        "{csv}"
    );
}

#[test]
fn levers_in_monte_carlo_carry_the_spread_of_each_gain() {
    let output = leadflow(&[
        "levers",
        "assets/examples/sales-silo.ron",
        "--mode",
        "monte-carlo",
        "--runs",
        "50",
        "--format",
        "csv",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let csv = stdout(&output);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("stage,lever,customers,profit,customers_p10,customers_p90,profit_p10,profit_p90")
    );
    let best: Vec<f64> = lines
        .next()
        .expect("a lever")
        .split(',')
        .skip(2)
        .map(|cell| cell.parse().expect("a number"))
        .collect();
    let (customers, low, high) = (best[0], best[2], best[3]);
    assert!(low < customers && customers < high, "{csv}");
    let table = leadflow(&[
        "levers",
        "assets/examples/sales-silo.ron",
        "--mode",
        "monte-carlo",
        "--runs",
        "50",
    ]);
    assert!(
        stdout(&table).contains("Monte Carlo, 50 runs"),
        "{}",
        stdout(&table)
    );
}

#[test]
fn goal_with_a_confidence_tells_the_share_of_runs_that_reach_it() {
    let output = leadflow(&[
        "goal",
        "assets/examples/sales-silo.ron",
        "--customers",
        "230",
        "--confidence",
        "90",
        "--runs",
        "100",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let share: f64 = text
        .split(" % of 100 Monte Carlo runs")
        .next()
        .and_then(|before| before.rsplit(' ').next())
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("a share in {text}"));
    assert!(share >= 90.0, "{text}");
    let wrong = leadflow(&[
        "goal",
        "assets/examples/sales-silo.ron",
        "--customers",
        "230",
        "--confidence",
        "100",
    ]);
    assert!(!wrong.status.success());
    assert!(stderr(&wrong).contains("--confidence 100 is outside 1..99"));
}

#[test]
fn goal_says_what_it_takes_or_that_it_is_out_of_reach() {
    let output = leadflow(&[
        "goal",
        "assets/examples/sales-silo.ron",
        "--customers",
        "230",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("To have 230 customers by week 52 ("),
        "{}",
        stdout(&output)
    );
    let far = leadflow(&[
        "goal",
        "assets/examples/sales-silo.ron",
        "--customers",
        "5000",
        "--solve",
        "headcount",
        "--stage",
        "present",
    ]);
    assert!(!far.status.success());
    assert!(stderr(&far).contains("out of reach"), "{}", stderr(&far));
}

#[test]
fn new_from_answers_builds_the_recommended_design() {
    let directory = tempfile::tempdir().expect("temp dir");
    let answers = directory.path().join("answers.ron");
    std::fs::write(
        &answers,
        "(name: \"Acme\", sales: (lead_origin: Outbound, revenue_from_existing_customers: 0.1, people_per_sale: 1, contacts_per_account: One))",
    )
    .expect("written");
    let design = directory.path().join("acme.ron");
    let output = leadflow(&[
        "new",
        "--answers",
        answers.to_str().expect("utf-8"),
        "-o",
        design.to_str().expect("utf-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("(sales model: Outbound)"),
        "{}",
        stderr(&output)
    );
    let loaded = leadflow::file::load(&design).expect("a design");
    assert_eq!(loaded.name, "Acme");
    assert!(loaded.stages.values().any(|stage| stage.name == "Prospect"));

    std::fs::write(&answers, "(sales: (people_per_sale: \"many\"))").expect("written");
    let bad = leadflow(&[
        "new",
        "--answers",
        answers.to_str().expect("utf-8"),
        "-o",
        design.to_str().expect("utf-8"),
        "--force",
    ]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("answers.ron:1:"), "{}", stderr(&bad));
}

#[test]
fn simulate_starts_on_the_given_date_from_what_the_company_has_today() {
    let output = leadflow(&[
        "simulate",
        "assets/examples/relationship-based.ron",
        "--totals",
        "--start",
        "2027-03-01",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let header: Vec<&str> = text.lines().next().expect("header").split(',').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|cell| *cell == name)
            .unwrap_or_else(|| panic!("column {name}"))
    };
    let week_one: Vec<f64> = text
        .lines()
        .nth(1)
        .expect("week 1")
        .split(',')
        .skip(2)
        .map(|cell| cell.parse().expect("a number"))
        .collect();
    let cell = |name: &str| week_one[column(name) - 2];
    assert!(
        text.lines()
            .nth(1)
            .expect("week 1")
            .starts_with("1,2027-03-01,")
    );
    assert!(
        text.lines()
            .nth(2)
            .expect("week 2")
            .starts_with("2,2027-03-08,")
    );
    // The 320 customers of today, plus that week's new ones, less that week's churn.
    let starting = leadflow::templates::design_named("relationship-based")
        .expect("example")
        .stages
        .values()
        .filter(|stage| matches!(stage.kind, leadflow::design::StageKind::Customer(_)))
        .map(|stage| stage.in_stage_today)
        .sum::<f64>();
    assert!((starting - 320.0).abs() < 1e-9);
    let active = cell("active_customers");
    assert!(
        (active - (starting + cell("new_customers") - cell("churned"))).abs() < 1e-3,
        "{active}"
    );
    assert!(
        cell("revenue_existing_customers") > 0.0,
        "existing customers buy in week 1"
    );
    assert!(
        (cell("revenue_existing_customers") + cell("revenue_new_customers") - cell("revenue"))
            .abs()
            < 1e-2
    );

    let bad = leadflow(&[
        "simulate",
        "assets/examples/relationship-based.ron",
        "--start",
        "1.3.2027",
    ]);
    assert!(!bad.status.success());
    assert!(
        stderr(&bad).contains("1.3.2027 is not a date like 2027-01-04"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn every_command_refuses_a_design_beyond_the_limits_and_never_writes_over_its_input() {
    let directory = tempfile::tempdir().expect("temp dir");
    let huge = directory.path().join("huge.ron");
    let text = std::fs::read_to_string("assets/examples/inbound.ron")
        .expect("example")
        .replace("leads_per_week: 15.0", "leads_per_week: 1e308");
    std::fs::write(&huge, text).expect("write");
    let huge = huge.to_str().expect("utf-8 path");
    let image = directory.path().join("huge.png");
    for args in [
        vec!["simulate", huge],
        vec!["export", huge, "-o", image.to_str().expect("utf-8")],
        vec!["levers", huge],
        vec!["goal", huge, "--customers", "10"],
    ] {
        let output = leadflow(&args);
        assert!(!output.status.success(), "{args:?}");
        assert!(
            stderr(&output).contains("leads_per_week 1e308 is above the limit of 10000000"),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert!(!image.exists());

    let design = directory.path().join("a.ron");
    std::fs::copy("assets/examples/inbound.ron", &design).expect("copy");
    let before = std::fs::read(&design).expect("read");
    let target = design.to_str().expect("utf-8 path");
    let output = leadflow(&["simulate", target, "-o", target]);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("the output is the design being read"));
    assert_eq!(
        std::fs::read(&design).expect("read"),
        before,
        "the design is kept"
    );
}

#[test]
fn import_builds_a_design_that_checks_and_backtests_and_calibrate_measures_an_example() {
    let directory = tempfile::tempdir().expect("temp dir");
    let design = directory.path().join("pipeline.ron");
    let design_path = design.to_str().expect("utf-8 path");
    let output = leadflow(&[
        "import",
        "assets/crm/sample-hubspot-deals.csv",
        "-o",
        design_path,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report = stdout(&output);
    assert!(report.contains("2,211 deals (187 won"), "{report}");
    assert!(report.contains("Qualified"), "{report}");
    assert!(leadflow(&["check", design_path]).status.success());

    let output = leadflow(&[
        "backtest",
        design_path,
        "--mode",
        "monte-carlo",
        "--runs",
        "100",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let table = stdout(&output);
    assert!(table.contains("Inside 10–90 %"), "{table}");
    assert!(
        table.lines().any(|line| line.starts_with("Won ")),
        "{table}"
    );

    let example = leadflow(&["backtest", "assets/examples/inbound.ron"]);
    assert!(!example.status.success());
    assert!(stderr(&example).contains("keeps no actuals"));

    let calibrated = directory.path().join("measured.ron");
    let output = leadflow(&[
        "calibrate",
        "assets/examples/classic-funnel.ron",
        "assets/crm/sample-hubspot-deals.csv",
        "-o",
        calibrated.to_str().expect("utf-8 path"),
        "--map",
        "Lead=awareness",
        "--map",
        "Qualified=consideration",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Awareness · conversion: "),
        "{}",
        stdout(&output)
    );
    let loaded = leadflow::file::load(&calibrated).expect("the calibrated design loads");
    let awareness = &loaded.stages[&leadflow::design::StageId::new("awareness")];
    assert!(awareness.measured_conversion().is_some());
    assert!(loaded.actuals.is_some());

    let refused = leadflow(&[
        "calibrate",
        "assets/examples/classic-funnel.ron",
        "assets/crm/sample-hubspot-deals.csv",
        "-o",
        calibrated.to_str().expect("utf-8 path"),
        "--map",
        "Lead=nowhere",
        "--force",
    ]);
    assert!(!refused.status.success());
    assert!(stderr(&refused).contains("has no stage with id \"nowhere\""));
}

#[test]
fn export_speaks_the_language_asked_for() {
    let directory = tempfile::tempdir().expect("temp dir");
    let slide = |lang: &str| {
        let path = directory.path().join(format!("slide-{lang}.svg"));
        let path_text = path.to_str().expect("utf-8 path");
        let output = leadflow(&[
            "export",
            "assets/examples/sales-silo.ron",
            "-o",
            path_text,
            "--layout",
            "slide",
            "--lang",
            lang,
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        // What the command says it wrote is in the language too, its size grouped.
        let wrote = match lang {
            "sv" => "skrev",
            "fi" => "kirjoitettiin",
            _ => "wrote",
        };
        let said = stderr(&output);
        assert!(
            said.contains(&format!("{wrote} {path_text} (")) && said.trim_end().ends_with(')'),
            "{said}"
        );
        std::fs::read_to_string(&path).expect("svg")
    };
    let swedish = slide("sv");
    for word in ["Intäkter", "Flaskhals", "Kundanskaffningskostnad", "mn €"] {
        assert!(swedish.contains(word), "{word} in the Swedish slide");
    }
    assert!(!swedish.contains(">Revenue<"));
    let finnish = slide("fi");
    assert!(finnish.contains("Liikevaihto") && finnish.contains("milj. €"));
    assert!(slide("en").contains(">Revenue<"));
    let refused = leadflow(&[
        "export",
        "assets/examples/sales-silo.ron",
        "-o",
        "x.svg",
        "--lang",
        "xx",
    ]);
    assert!(stderr(&refused).contains("'xx' is not one of en, sv, da, fi"));
}

#[test]
fn plan_writes_the_year_month_by_month_with_the_hires_and_without_the_moves() {
    let design = "assets/examples/growth-plan.ron";
    let output = leadflow(&["plan", design, "--format", "csv"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().expect("header").split(',').collect();
    let rows: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
    assert_eq!(rows.len(), 12, "52 weeks from 1 January: twelve months");
    assert_eq!(rows[0][0], "2027-01-01");
    let column = |name: &str| {
        header
            .iter()
            .position(|heading| *heading == name)
            .unwrap_or_else(|| panic!("no column {name} in {header:?}"))
    };
    let executives: Vec<f64> = rows
        .iter()
        .map(|row| {
            row[column("headcount_account-executive")]
                .parse()
                .expect("a number")
        })
        .collect();
    // Three on the payroll in January, a fourth from February, a fifth from May.
    assert_eq!(executives[..5], [3.0, 4.0, 4.0, 4.0, 5.0]);
    let profit = |text: &str| -> f64 {
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
        let at = header
            .iter()
            .position(|h| *h == "cumulative_profit")
            .expect("column");
        lines
            .last()
            .and_then(|line| line.split(',').nth(at))
            .and_then(|cell| cell.parse().ok())
            .expect("a figure")
    };
    let without = leadflow(&["plan", design, "--format", "csv", "--without-moves"]);
    assert!(without.status.success(), "{}", stderr(&without));
    assert!(
        profit(&text) > profit(&stdout(&without)),
        "the plan pays by December"
    );
    let table = leadflow(&["plan", design]);
    assert!(stdout(&table).contains("Account executive (people)"));
    let refused = leadflow(&["plan", design, "--format", "xlsx"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("-o FILE.xlsx"),
        "{}",
        stderr(&refused)
    );
    let directory = tempfile::tempdir().expect("temp dir");
    let workbook = directory.path().join("year.xlsx");
    let wrote = leadflow(&[
        "plan",
        design,
        "--format",
        "xlsx",
        "-o",
        workbook.to_str().expect("utf-8 path"),
    ]);
    assert!(wrote.status.success(), "{}", stderr(&wrote));
    assert!(
        std::fs::read(&workbook)
            .expect("written")
            .starts_with(b"PK")
    );
    let weekly = |extra: &[&str]| {
        let mut args = vec!["simulate", design, "--totals"];
        args.extend(extra);
        stdout(&leadflow(&args))
    };
    assert_ne!(weekly(&[]), weekly(&["--without-moves"]));
}

#[test]
fn ctrl_c_stops_a_long_monte_carlo_run_cleanly_and_piped_it_draws_no_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = dir.path().join("weeks.csv");
    // Minutes of work in a debug build: stopped after a moment.
    let child = Command::new(env!("CARGO_BIN_EXE_leadflow"))
        .args([
            "simulate",
            "assets/examples/sales-silo.ron",
            "--mode",
            "monte-carlo",
            "--runs",
            "20000",
            "--weeks",
            "260",
            "-o",
        ])
        .arg(&output)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("leadflow starts");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(interrupted.success());
    let finished = child.wait_with_output().expect("leadflow ends");
    let said = String::from_utf8_lossy(&finished.stderr);
    assert!(!finished.status.success());
    assert!(
        said.contains("Stopped with Ctrl+C: nothing was written"),
        "{said}"
    );
    assert!(!output.exists(), "nothing was written");
    // A second and a half of runs, its stderr a pipe: no progress bar was drawn into it.
    assert!(
        !said.contains("Monte Carlo:"),
        "no progress when piped: {said}"
    );
}
