//! The RON file: broken files give their expected messages, old files migrate, saves are atomic
//! and exact, and no input makes the loader panic.

use leadflow::design::validate::{Severity, validate};
use leadflow::design::{Design, StageKind};
use leadflow::file::{self, LoadError};
use leadflow::i18n::{Language, Worded as _};
use std::path::{Path, PathBuf};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// Files that must not load, and what the message must say (file, line, field, problem).
const UNLOADABLE: &[(&str, &[&str])] = &[
    ("empty.ron", &["empty.ron", "the file is empty"]),
    (
        "truncated.ron",
        &[
            "truncated.ron:98:",
            "sources.website-forms",
            "ends too early",
        ],
    ),
    (
        "wrong-type.ron",
        &[
            "wrong-type.ron:56:",
            "stages.qualify.conversion",
            "expected a number",
        ],
    ),
    (
        "missing-field.ron",
        &[
            "missing-field.ron:",
            "stages.qualify",
            "`days_in_stage` is missing",
        ],
    ),
    (
        "unknown-field.ron",
        &[
            "unknown-field.ron:54:13",
            "stages.qualify.colour",
            "unknown field `colour`",
        ],
    ),
    (
        "unknown-kind.ron",
        &[
            "stages.close.kind",
            "unknown value `Funnelstep`",
            "`FunnelStep`",
        ],
    ),
    (
        "future-version.ron",
        &[
            "future-version.ron",
            "newer Leadflow",
            "format version 7",
            "reads up to 3",
        ],
    ),
    (
        "random-bytes.ron",
        &["random-bytes.ron:1:", "not a text file"],
    ),
    ("not-utf8.ron", &["not-utf8.ron:5:", "not a text file"]),
];

/// Files that load but hold errors, and what the finding must say.
const INVALID: &[(&str, &[&str])] = &[
    (
        "rate-out-of-range.ron",
        &[
            "stage \"Qualify\" (qualify)",
            "conversion 1.35 is outside 0..1",
        ],
    ),
    (
        "not-a-number.ron",
        &["stage \"Close\" (close)", "conversion is NaN"],
    ),
    (
        "infinite-cost.ron",
        &["source \"Search ads\"", "cost_per_week is inf"],
    ),
    (
        "negative-volume.ron",
        &["source \"Search ads\"", "leads_per_week -15 is negative"],
    ),
    (
        "flow-to-nowhere.ron",
        &["flow close → signed", "no stage \"signed\""],
    ),
    (
        "shares-over-100.ron",
        &["stage \"Close\" (close)", "130 %, over 100 %"],
    ),
    (
        "unreachable-customer.ron",
        &[
            "stage \"Customers\" (customers)",
            "no lead can reach this customer stage",
        ],
    ),
];

#[test]
fn unloadable_files_name_file_line_field_and_problem() {
    for (name, expected) in UNLOADABLE {
        let error = file::load(&fixture(&format!("broken/{name}")))
            .expect_err(&format!("{name} should not load"));
        let message = error.words(Language::English);
        for part in *expected {
            assert!(message.contains(part), "{name}: {message:?} lacks {part:?}");
        }
        assert!(!message.contains('\n'), "{name}: one line per problem");
    }
}

#[test]
fn invalid_designs_give_findings_naming_what_is_wrong() {
    for (name, expected) in INVALID {
        let design = file::load(&fixture(&format!("broken/{name}")))
            .unwrap_or_else(|error| panic!("{name} should load: {error:?}"));
        let findings = validate(&design);
        let errors: Vec<String> = findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert!(
            errors
                .iter()
                .any(|error| expected.iter().all(|part| error.contains(part))),
            "{name}: no error with {expected:?} in {errors:?}"
        );
    }
}

#[test]
fn a_stage_no_lead_reaches_is_a_warning_naming_it() {
    let design = file::load(&fixture("broken/unreachable-stage.ron")).expect("loads");
    let findings = validate(&design);
    assert!(findings.iter().any(|finding| {
        finding.severity == Severity::Warning
            && finding
                .words(leadflow::i18n::Language::English)
                .contains("stage \"Present\" (present): no lead can reach")
    }));
}

#[test]
fn a_version_0_file_migrates_to_the_current_format() {
    let design = file::load(&fixture("v0/prototype-funnel.ron")).expect("v0 loads");
    assert_eq!(design.format_version, leadflow::design::FORMAT_VERSION);
    assert_eq!(design.name, "Prototype funnel");
    assert_eq!(design.presentation.currency, "SEK");
    assert_eq!(design.stages.len(), 3);
    let awareness = &design.stages[&"awareness".into()];
    assert!((awareness.conversion - 0.1).abs() < 1e-12);
    assert!((awareness.days_in_stage - 14.0).abs() < 1e-12);
    let StageKind::Customer(customers) = &design.stages[&"customers".into()].kind else {
        panic!("the is_customer stage becomes a customer stage");
    };
    assert!((customers.order_value - 1500.0).abs() < 1e-12);
    let flows: Vec<(&str, &str)> = design
        .flows
        .iter()
        .map(|flow| (flow.from.as_str(), flow.to.as_str()))
        .collect();
    assert_eq!(
        flows,
        [
            ("awareness", "consideration"),
            ("consideration", "customers")
        ]
    );
    assert_eq!(design.sources.len(), 1);
    assert!(validate(&design).is_empty(), "{:?}", validate(&design));
    // Saved again, it is a current file that loads to the same design.
    let text = file::design_to_string(&design).expect("serializes");
    assert!(text.contains("format_version: 3"));
    assert_eq!(
        file::design_from_bytes(text.as_bytes(), "again").expect("reloads"),
        design
    );
}

#[test]
fn save_replaces_the_file_atomically_and_leaves_no_temporary_files() {
    let directory = tempfile::tempdir().expect("temp dir");
    let path = directory.path().join("design.ron");
    std::fs::write(&path, "old contents").expect("write");
    let design = leadflow::templates::find("inbound")
        .expect("template")
        .design()
        .expect("loads");
    file::save(&design, &path).expect("saves");
    assert_eq!(file::load(&path).expect("loads back"), design);
    let names: Vec<_> = std::fs::read_dir(directory.path())
        .expect("lists")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(names, ["design.ron"]);
}

#[test]
fn a_failed_save_reports_the_file_and_leaves_the_old_one() {
    let directory = tempfile::tempdir().expect("temp dir");
    let missing_directory = directory.path().join("no-such-dir").join("design.ron");
    let error = file::save(&Design::default(), &missing_directory).expect_err("cannot save");
    assert!(
        error.words(Language::English).contains("no-such-dir"),
        "{error:?}"
    );
    // A target that is a directory cannot be replaced by a file: the rename fails.
    let occupied = directory.path().join("occupied.ron");
    std::fs::create_dir(&occupied).expect("mkdir");
    std::fs::write(occupied.join("keep.txt"), "keep").expect("write");
    assert!(file::save(&Design::default(), &occupied).is_err());
    assert_eq!(
        std::fs::read_to_string(occupied.join("keep.txt")).expect("kept"),
        "keep"
    );
    let leftovers: Vec<_> = std::fs::read_dir(directory.path())
        .expect("lists")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers, ["occupied.ron"], "no temporary file left behind");
}

#[test]
fn a_design_saved_by_windows_notepad_opens_and_its_errors_keep_their_place() {
    let directory = tempfile::tempdir().expect("temp dir");
    let design = leadflow::templates::design_named("inbound").expect("example");
    let text = leadflow::file::design_to_string(&design).expect("writes");
    // Notepad's UTF-8: a byte-order mark first, CRLF line ends.
    let notepad = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    let path = directory.path().join("notepad.ron");
    std::fs::write(&path, &notepad).expect("written");
    let loaded = leadflow::file::load(&path).expect("a Notepad file opens");
    assert_eq!(loaded, design);

    // An exported SVG a Windows editor saved again, byte-order mark first, still opens.
    let result = leadflow::sim::simulate(&design);
    let svg = leadflow::export::export(
        &design,
        &result,
        &leadflow::export::ExportOptions {
            format: leadflow::export::Format::Svg,
            ..leadflow::export::ExportOptions::default()
        },
    )
    .expect("exports");
    let svg_path = directory.path().join("notepad.svg");
    let mut with_mark = "\u{feff}".as_bytes().to_vec();
    with_mark.extend(svg);
    std::fs::write(&svg_path, with_mark).expect("written");
    assert_eq!(leadflow::file::load(&svg_path).expect("opens"), design);

    // A mistake on line 1, column 2 is reported there, not one column on.
    let broken = format!("\u{feff}(x{}", &text[1..].replace('\n', "\r\n"));
    std::fs::write(&path, broken).expect("written");
    let message = leadflow::file::load(&path)
        .expect_err("broken")
        .words(Language::English);
    assert!(message.contains("1:2"), "{message}");
}

#[test]
fn a_missing_file_is_an_io_error_naming_it() {
    let error = file::load(Path::new("/no/such/design.ron")).expect_err("missing");
    assert!(matches!(error, LoadError::Io { .. }));
    assert!(
        error
            .words(Language::English)
            .starts_with("/no/such/design.ron: cannot read")
    );
}

#[test]
fn a_version_1_file_starts_empty_this_week_and_saves_as_the_current_version() {
    let path = fixture("v1/relationship-based.ron");
    let before = std::fs::read_to_string(&path).expect("fixture");
    assert!(before.contains("format_version: 1"));
    let design = file::load(&path).expect("a version 1 file loads");
    assert_eq!(design.format_version, leadflow::design::FORMAT_VERSION);
    assert!(
        design
            .stages
            .values()
            .all(|stage| stage.in_stage_today == 0.0 && stage.waiting_today == 0.0),
        "version 1 had no starting state: every stage starts empty"
    );
    assert!(design.sources.values().all(|source| !source.is_seasonal()));
    assert_eq!(design.simulation.start_date, None);
    assert_eq!(
        design.simulation.start_date(),
        leadflow::design::calendar::this_monday()
    );
    let text = file::design_to_string(&design).expect("serializes");
    assert!(text.contains("format_version: 3"));
    // Nothing new is written while it is at its default: the file stays as small as it was.
    for absent in ["in_stage_today", "waiting_today", "season", "start_date"] {
        assert!(!text.contains(absent), "{absent}");
    }
    // What can be known is filled in: the step each stage plays, from its English name, and
    // the short names of the default catalogue.
    assert!(text.contains(
        "name: \"Prospect\",\n            kind: FunnelStep,\n            step: Some(Prospect),"
    ));
    assert!(text.contains("step: Some(FirstCheckIn)"));
    assert!(text.contains("short_name: \"AE\""));
    let prospect = &design.stages[&leadflow::design::StageId::new("prospect")];
    assert_eq!(prospect.step, Some(leadflow::design::ProcessStep::Prospect));
    // Opened in the editor, it is pinned to this week and saved with that date.
    let document = leadflow::app::document::OpenDocument::new(design, None);
    let saved = file::design_to_string(&document.design).expect("serializes");
    let monday = leadflow::design::calendar::this_monday();
    assert!(
        saved.contains(&format!("start_date: Some(\"{monday}\")")),
        "{saved}"
    );
    assert_eq!(
        file::design_from_bytes(saved.as_bytes(), "again").expect("reloads"),
        document.design
    );
}

#[test]
fn pipes_devices_directories_and_huge_files_are_refused_before_reading() {
    let directory = tempfile::tempdir().expect("temp dir");
    let not_a_file = |path: &Path| {
        let error = file::load(path).expect_err("refused");
        assert!(
            matches!(error, LoadError::NotAFile { .. }),
            "{}: {error:?}",
            path.display()
        );
        assert!(
            error
                .words(Language::English)
                .contains("not a regular file"),
            "{error:?}"
        );
    };
    not_a_file(directory.path());
    not_a_file(Path::new("/dev/zero"));
    let fifo = directory.path().join("design.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|status| status.success());
    if made {
        // Opening a pipe nobody writes to would block forever.
        not_a_file(&fifo);
    }
    let huge = directory.path().join("huge.ron");
    let handle = std::fs::File::create(&huge).expect("create");
    handle
        .set_len(leadflow::design::limits::MAX_FILE_BYTES + 1)
        .expect("sparse file");
    let error = file::load(&huge).expect_err("too large");
    assert!(matches!(error, LoadError::TooLarge { .. }), "{error:?}");
    assert!(
        error.words(Language::English).contains("more than the"),
        "{error:?}"
    );
}

#[test]
fn a_png_whose_design_would_inflate_past_the_limit_is_refused_not_inflated() {
    // A few hundred kilobytes that inflate to 64 MB of spaces: read as "no design", in bounded memory.
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, 1, 1);
        encoder.set_color(png::ColorType::Rgba);
        let mut writer = encoder.write_header().expect("header");
        let mut chunk = png::text_metadata::ITXtChunk::new(
            leadflow::file::embedded::PNG_KEYWORD,
            " ".repeat(64 << 20),
        );
        chunk.compressed = true;
        chunk.compress_text().expect("compresses");
        writer.write_text_chunk(&chunk).expect("text chunk");
        writer.write_image_data(&[0, 0, 0, 0]).expect("pixels");
    }
    assert!(bytes.len() < 1 << 20, "{} bytes", bytes.len());
    let error = file::design_from_bytes(&bytes, "bomb.png").expect_err("refused");
    assert!(
        matches!(error, LoadError::NoDesignInImage { .. }),
        "{error:?}"
    );
}

#[test]
fn saving_keeps_what_the_user_owns() {
    use std::os::unix::fs::PermissionsExt;
    let directory = tempfile::tempdir().expect("temp dir");
    let design = leadflow::templates::design_named("inbound").expect("example");

    // A read-only file is refused, not replaced.
    let locked = directory.path().join("locked.ron");
    std::fs::write(&locked, "mine").expect("write");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let error = file::save(&design, &locked).expect_err("read-only");
    assert!(
        error.words(Language::English).contains("read-only"),
        "{error:?}"
    );
    assert_eq!(std::fs::read_to_string(&locked).expect("read"), "mine");

    // Permissions are kept.
    let private = directory.path().join("private.ron");
    std::fs::write(&private, "old").expect("write");
    std::fs::set_permissions(&private, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    file::save(&design, &private).expect("saves");
    let mode = std::fs::metadata(&private)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);

    // A new file is as readable as any program's new file (the umask's), not private to the
    // temporary file's 0600: a file next to it made the ordinary way is the measure.
    let ordinary = directory.path().join("ordinary.txt");
    std::fs::write(&ordinary, "x").expect("write");
    let fresh = directory.path().join("fresh.ron");
    file::save(&design, &fresh).expect("saves");
    let mode_of = |path: &std::path::Path| {
        std::fs::metadata(path)
            .expect("metadata")
            .permissions()
            .mode()
            & 0o777
    };
    assert_eq!(mode_of(&fresh), mode_of(&ordinary));

    // Through a symbolic link the target is written and the link stays a link.
    let real = directory.path().join("real.ron");
    std::fs::write(&real, "old").expect("write");
    let link = directory.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    file::save(&design, &link).expect("saves");
    assert!(
        std::fs::symlink_metadata(&link)
            .expect("metadata")
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        file::load(&real).expect("the target got the design"),
        design
    );

    // A temporary file left by a crash long ago is cleaned up; one at the old predictable
    // name that someone else made is neither used nor touched.
    let target = directory.path().join("design.ron");
    let stale = directory.path().join(".design.ron.crashed.tmp");
    std::fs::write(&stale, "half a design").expect("write");
    let long_ago = std::time::SystemTime::now() - file::STALE_AFTER * 2;
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .and_then(|handle| handle.set_modified(long_ago))
        .expect("backdate");
    let planted = directory
        .path()
        .join(format!(".other.ron.{}.tmp", std::process::id()));
    std::fs::write(&planted, "planted").expect("write");
    file::save(&design, &target).expect("saves");
    assert!(!stale.exists(), "the crash's leftover is removed");
    assert_eq!(std::fs::read_to_string(&planted).expect("read"), "planted");
    let leftovers: Vec<String> = std::fs::read_dir(directory.path())
        .expect("lists")
        .map(|entry| {
            entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.starts_with(".design.ron."))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Two designs a killed save may leave: the old one or the new one, whole.
fn kill_test_designs() -> (String, String) {
    let first = leadflow::design::synthetic_design(400);
    let mut second = first.clone();
    "The other one".clone_into(&mut second.name);
    (
        file::design_to_string(&first).expect("writes"),
        file::design_to_string(&second).expect("writes"),
    )
}

/// Run as a child process by the kill test: saves the two designs in turn, forever, until it
/// is killed. Does nothing when run as a test of its own.
#[test]
fn save_loop_child() {
    let Ok(target) = std::env::var("LEADFLOW_SAVE_LOOP") else {
        return;
    };
    let (first, second) = kill_test_designs();
    loop {
        for text in [&first, &second] {
            file::write_atomically(Path::new(&target), text.as_bytes()).expect("saves");
        }
    }
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_file_or_the_new_one_whole() {
    // KILL_ROUNDS=500 cargo test --test files killed for the full count; CI runs 40.
    let rounds: u64 = std::env::var("KILL_ROUNDS")
        .ok()
        .and_then(|rounds| rounds.parse().ok())
        .unwrap_or(40);
    let (first, second) = kill_test_designs();
    let directory = tempfile::tempdir().expect("temp dir");
    let target = directory.path().join("design.ron");
    std::fs::write(&target, &first).expect("write");
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let mut ended_on_the_other = 0;
    for round in 0..rounds {
        let mut child = std::process::Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "--exact",
                "save_loop_child",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("LEADFLOW_SAVE_LOOP", &target)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("child starts");
        // A pseudo-random moment in the first 60 ms of saving (each save takes a few ms).
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let wait = 20 + (state >> 33) % 60;
        std::thread::sleep(std::time::Duration::from_millis(wait));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        let left = std::fs::read_to_string(&target).expect("the target exists");
        assert!(
            left == first || left == second,
            "round {round}: the target is neither design whole ({} bytes)",
            left.len()
        );
        ended_on_the_other += usize::from(left == second);
    }
    // The child really was saving when it was killed: some rounds end on either design.
    assert!(
        ended_on_the_other > 0,
        "no save finished in {rounds} rounds"
    );
}

#[test]
fn a_version_2_file_loads_without_a_plan_and_saves_as_the_current_version() {
    let path = fixture("v2/inbound.ron");
    assert!(
        std::fs::read_to_string(&path)
            .expect("fixture")
            .contains("format_version: 2")
    );
    let design = file::load(&path).expect("a version 2 file loads");
    assert_eq!(design.format_version, leadflow::design::FORMAT_VERSION);
    assert!(design.plan.is_empty());
    let text = file::design_to_string(&design).expect("serializes");
    assert!(text.contains("format_version: 3") && !text.contains("plan:"));
    let current = leadflow::templates::design_named("inbound").expect("inbound");
    assert_eq!(
        design, current,
        "version 3 adds the plan and changes nothing else"
    );
}
