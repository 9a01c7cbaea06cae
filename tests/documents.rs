//! The project's documents match its tree: the README's table of tests names every test file,
//! and ARCHITECTURE.md's module map names every source file.

use std::path::Path;

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative))
        .unwrap_or_else(|error| panic!("{relative}: {error}"))
}

/// The `.rs` files directly in `folder`, by name.
fn rust_files(folder: &str) -> Vec<String> {
    let mut names: Vec<String> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
            .unwrap_or_else(|error| panic!("{folder}: {error}"))
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .filter(|name| {
                Path::new(name)
                    .extension()
                    .is_some_and(|extension| extension == "rs")
            })
            .collect();
    names.sort();
    names
}

#[test]
fn the_readme_names_every_test_file() {
    let readme = read("README.md");
    let tests = readme
        .split("## Tests")
        .nth(1)
        .expect("the README has a Tests section");
    let mut missing = Vec::new();
    for name in rust_files("tests") {
        if !tests.contains(&format!("`tests/{name}`")) {
            missing.push(format!("tests/{name}"));
        }
    }
    for name in rust_files("tests/editor") {
        if !tests.contains(&format!("`{name}`")) {
            missing.push(format!("tests/editor/{name}"));
        }
    }
    assert!(
        missing.is_empty(),
        "the README's Tests section does not name {missing:?}"
    );
}

#[test]
fn the_architecture_names_every_source_file() {
    let architecture = read("ARCHITECTURE.md");
    let mut missing = Vec::new();
    let mut folders = vec!["src".to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(&folder))
            .expect("a source folder")
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() {
                folders.push(format!("{folder}/{name}"));
                if !architecture.contains(&format!("`{name}/`")) {
                    missing.push(format!("{folder}/{name}/"));
                }
            } else if entry
                .path()
                .extension()
                .is_some_and(|extension| extension == "rs")
                && name != "mod.rs"
            {
                let stem = name.trim_end_matches(".rs");
                if !architecture.contains(&format!("`{name}`"))
                    && !architecture.contains(&format!("`{stem}`"))
                    && !architecture.contains(&format!("`{folder}/{name}`"))
                {
                    missing.push(format!("{folder}/{name}"));
                }
            }
        }
    }
    missing.sort();
    assert!(
        missing.is_empty(),
        "ARCHITECTURE.md's module map does not name {missing:?}"
    );
}
