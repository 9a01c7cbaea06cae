//! The files that install Leadflow on a desktop agree with the app and with each other: one app
//! id (window, desktop entry, metainfo, icon name), the design's MIME type recognising what
//! Leadflow saves, every icon size packaged, the window icon readable. (`scripts/check-deb`
//! builds, installs and starts the package itself; this runs with the tests, in a second.)

use leadflow::app::APP_ID;
use leadflow::file;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The value of `key=` in a desktop entry.
fn entry<'a>(desktop: &'a str, key: &str) -> &'a str {
    desktop
        .lines()
        .find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("the desktop entry has no {key}"))
}

/// The text between `<tag>` and `</tag>` (the first).
fn element<'a>(xml: &'a str, tag: &str) -> &'a str {
    let open = format!("<{tag}");
    let start = xml.find(&open).expect("the element") + open.len();
    let start = start + xml[start..].find('>').expect("its end") + 1;
    let end = start + xml[start..].find(&format!("</{tag}>")).expect("its close");
    &xml[start..end]
}

#[test]
fn the_window_the_desktop_entry_and_the_metainfo_share_one_app_id() {
    let desktop = read(&format!("assets/packaging/linux/{APP_ID}.desktop"));
    assert_eq!(entry(&desktop, "Icon"), APP_ID);
    assert_eq!(entry(&desktop, "StartupWMClass"), APP_ID);
    assert_eq!(entry(&desktop, "Exec"), "leadflow %f");
    let metainfo = read(&format!("assets/packaging/linux/{APP_ID}.metainfo.xml"));
    assert_eq!(element(&metainfo, "id"), APP_ID);
    assert_eq!(
        element(&metainfo, "launchable"),
        format!("{APP_ID}.desktop")
    );
    assert_eq!(element(&metainfo, "binary"), "leadflow");
    let mime = read("assets/packaging/linux/leadflow-design.xml");
    let mime_type = "application/x-leadflow-design";
    assert!(mime.contains(&format!("type=\"{mime_type}\"")));
    assert!(
        entry(&desktop, "MimeType")
            .split(';')
            .any(|t| t == mime_type)
    );
    assert_eq!(element(&metainfo, "mediatype"), mime_type);
    let plist = read("assets/packaging/macos/Info.plist");
    assert!(plist.contains(&format!("<string>{APP_ID}</string>")));
}

#[test]
fn what_leadflow_saves_matches_the_magic_of_its_mime_type() {
    let mime = read("assets/packaging/linux/leadflow-design.xml");
    // The first rule: the RON header at the start, `format_version:` within the first bytes.
    let values: Vec<&str> = mime
        .split("value=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert_eq!(values.first(), Some(&"#![enable("), "{values:?}");
    assert_eq!(values.get(1), Some(&"format_version:"), "{values:?}");
    for name in ["inbound", "growth-plan", "sales-silo"] {
        let design = leadflow::templates::design_named(name).expect("an example");
        let saved = file::design_to_string(&design).expect("saves");
        assert!(saved.starts_with(values[0]), "{name}");
        let within = saved.get(10..256).expect("long enough");
        assert!(within.contains(values[1]), "{name}: {within}");
    }
}

#[test]
fn the_package_carries_every_icon_size_and_the_window_icon_reads() {
    let manifest = read("Cargo.toml");
    for size in [16, 24, 32, 48, 64, 128, 256, 512] {
        let png = format!("assets/icon/png/leadflow-{size}.png");
        assert!(
            manifest.contains(&format!("\"{png}\"")),
            "{png} is not packaged"
        );
        let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&png)).expect("png");
        let icon = eframe::icon_data::from_png_bytes(&bytes).expect("a PNG");
        assert_eq!((icon.width, icon.height), (size, size), "{png}");
    }
    for asset in [
        format!("assets/packaging/linux/{APP_ID}.desktop"),
        format!("assets/packaging/linux/{APP_ID}.metainfo.xml"),
        "assets/packaging/linux/leadflow-design.xml".to_owned(),
        "assets/icon/leadflow.svg".to_owned(),
        "LICENSE".to_owned(),
    ] {
        assert!(
            manifest.contains(&format!("\"{asset}\"")),
            "{asset} is not packaged"
        );
    }
}

/// The crates Help → About lists (and the packages ship) are the ones compiled in now: the list
/// is written by `scripts/third-party-licences` from `cargo tree`, and a changed Cargo.lock
/// without running it again fails here. Every crate names its licence.
#[test]
fn the_licences_listed_are_those_of_the_crates_compiled_in() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let tree = std::process::Command::new(cargo)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "tree",
            "--locked",
            "--offline",
            "-e",
            "normal",
            "--target",
            "all",
            "--prefix",
            "none",
            "-f",
            "{p}",
        ])
        .output()
        .expect("cargo tree runs");
    assert!(
        tree.status.success(),
        "{}",
        String::from_utf8_lossy(&tree.stderr)
    );
    let mut compiled: Vec<String> = String::from_utf8_lossy(&tree.stdout)
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let name = words.next()?;
            let version = words.next()?.strip_prefix('v')?;
            (name != "leadflow").then(|| format!("{name} {version}"))
        })
        .collect();
    compiled.sort();
    compiled.dedup();
    let listed_file = read("assets/licences/crates.tsv");
    let mut listed = Vec::new();
    for line in listed_file.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [name, version, licence] = fields.as_slice() else {
            panic!("crates.tsv: {line:?} is not three fields");
        };
        assert!(
            !licence.trim().is_empty(),
            "{name} {version} names no licence"
        );
        listed.push(format!("{name} {version}"));
    }
    listed.sort();
    assert_eq!(
        listed, compiled,
        "assets/licences/crates.tsv is out of date: run scripts/third-party-licences"
    );
    for line in read("assets/licences/fonts.tsv").lines().skip(1) {
        let file = line.split('\t').nth(2).expect("a licence file");
        assert!(
            !read(&format!("assets/licences/fonts/{file}")).is_empty(),
            "{file}"
        );
    }
}
