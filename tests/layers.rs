//! The layers of ARCHITECTURE.md hold: no module of `src/` imports from a module its row in
//! the "layers" code block does not list. The table is read from ARCHITECTURE.md, so the document
//! and the rule cannot drift apart.
//!
//! An import is any `crate::<module>` path outside comments (and `crate::tr!`, which is
//! i18n's), up to the file's `#[cfg(test)]` module: tests may build their fixtures from any
//! layer.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each module and the modules it may import.
type Layers = BTreeMap<String, BTreeSet<String>>;

/// The "layers" code block of ARCHITECTURE.md: `module: allowed allowed …` per line.
fn layers_of(architecture: &str) -> Layers {
    let block = architecture
        .split("```layers")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("ARCHITECTURE.md has a ```layers block");
    block
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let (module, allowed) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("a layers line is `module: allowed …`: {line}"));
            (
                module.trim().to_owned(),
                allowed.split_whitespace().map(str::to_owned).collect(),
            )
        })
        .collect()
}

/// The top-level modules `source` (a file of module `module`) imports, with line numbers.
fn imports(module: &str, source: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (index, line) in source.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("#[cfg(test)]") {
            break;
        }
        if code.starts_with("//") {
            continue;
        }
        for (at, _) in code.match_indices("crate::") {
            let after = &code[at + "crate::".len()..];
            // `use crate::{export, file::load};` names several modules at once.
            let names: Vec<&str> = if let Some(group) = after.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or_default();
                group.split(',').map(str::trim).collect()
            } else {
                vec![after]
            };
            for name in names {
                let name: String = name
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                // The crate's macros are i18n's.
                let name = if name == "tr" || name == "tr_in" || name == "message" {
                    "i18n".to_owned()
                } else {
                    name
                };
                if !name.is_empty() && name != module && name != "self" {
                    found.push((index + 1, name));
                }
            }
        }
    }
    found
}

fn rust_files(folder: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder)
        .expect("src is readable")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            into.push(path);
        }
    }
}

/// Every import against the layers, as `file:line: from → to`.
fn violations(layers: &Layers, files: &[(String, String)]) -> Vec<String> {
    let mut found = Vec::new();
    for (relative, source) in files {
        let module = relative
            .split('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".rs");
        // The crate root and the binary name every module; they are no layer.
        if module == "lib" || module == "main" {
            continue;
        }
        let Some(allowed) = layers.get(module) else {
            found.push(format!(
                "{relative}: module `{module}` has no row in the layers"
            ));
            continue;
        };
        for (line, imported) in imports(module, source) {
            if !allowed.contains(&imported) {
                found.push(format!("src/{relative}:{line}: {module} → {imported}"));
            }
        }
    }
    found
}

fn architecture() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
        .expect("ARCHITECTURE.md is readable")
}

fn sources() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    rust_files(&src, &mut paths);
    paths
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(&src)
                .expect("under src")
                .to_string_lossy()
                .replace('\\', "/");
            let source = std::fs::read_to_string(&path).expect("a source file is readable");
            (relative, source)
        })
        .collect()
}

#[test]
fn every_import_points_down_a_layer() {
    let layers = layers_of(&architecture());
    let found = violations(&layers, &sources());
    assert!(
        found.is_empty(),
        "imports against ARCHITECTURE.md's layers:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_layers_have_no_circle() {
    let layers = layers_of(&architecture());
    // Peel off modules whose allowed imports are all peeled: what is left is a circle.
    let mut left = layers.clone();
    loop {
        let peelable: Vec<String> = left
            .iter()
            .filter(|(_, allowed)| allowed.iter().all(|module| !left.contains_key(module)))
            .map(|(module, _)| module.clone())
            .collect();
        if peelable.is_empty() {
            break;
        }
        for module in peelable {
            left.remove(&module);
        }
    }
    assert!(left.is_empty(), "modules in a circle: {:?}", left.keys());
}

#[test]
fn every_module_of_the_crate_has_a_row() {
    let layers = layers_of(&architecture());
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("lib.rs is readable");
    for line in lib.lines() {
        if let Some(module) = line.strip_prefix("pub mod ") {
            let module = module.trim_end_matches(';');
            assert!(
                layers.contains_key(module),
                "`{module}` has no row in the layers"
            );
        }
    }
}

#[test]
fn a_planted_upward_import_is_found() {
    let layers = layers_of(&architecture());
    let mut files = sources();
    let (_, validate) = files
        .iter_mut()
        .find(|(path, _)| path == "design/validate.rs")
        .expect("design/validate.rs exists");
    *validate = format!("use crate::app::LeadflowApp;\n{validate}");
    let found = violations(&layers, &files);
    assert_eq!(found, ["src/design/validate.rs:1: design → app"]);

    // In a comment, or in the tests at the end of a file, it is no import.
    let planted = "// crate::app::LeadflowApp\nfn f() {}\n#[cfg(test)]\nuse crate::app::X;\n";
    assert!(imports("design", planted).is_empty());
    assert_eq!(
        imports("design", "let x = crate::tr!(\"id\");"),
        [(1, "i18n".to_owned())]
    );
}

/// A source file's module path: `ui/dialogs/mod.rs` is `["ui", "dialogs"]`.
fn module_path(relative: &str) -> Vec<String> {
    let mut parts: Vec<String> = relative
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts
}

/// The files each file imports from (by `crate::…` and `super::…` paths), by module path.
fn file_imports(files: &[(String, String)]) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let modules: BTreeSet<Vec<String>> = files.iter().map(|(path, _)| module_path(path)).collect();
    // The longest prefix of `path` that is a file of the crate.
    let file_of = |path: &[String]| {
        (1..=path.len())
            .rev()
            .map(|length| path[..length].to_vec())
            .find(|prefix| modules.contains(prefix))
    };
    let mut graph = BTreeMap::new();
    for (relative, source) in files {
        let own = module_path(relative);
        let parent = own[..own.len().saturating_sub(1)].to_vec();
        let mut imported = BTreeSet::new();
        for line in source.lines() {
            let code = line.trim_start();
            if code.starts_with("#[cfg(test)]") {
                break;
            }
            if code.starts_with("//") {
                continue;
            }
            for (root, base) in [("crate::", Vec::new()), ("super::", parent.clone())] {
                for (at, _) in code.match_indices(root) {
                    let after = &code[at + root.len()..];
                    let items: Vec<&str> = match after.strip_prefix('{') {
                        Some(group) => group
                            .split('}')
                            .next()
                            .unwrap_or_default()
                            .split(',')
                            .collect(),
                        None => vec![after],
                    };
                    for item in items {
                        let mut path = base.clone();
                        path.extend(
                            item.trim()
                                .split("::")
                                .map(|part| {
                                    part.chars()
                                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                                        .collect::<String>()
                                })
                                .take_while(|part| !part.is_empty()),
                        );
                        if let Some(file) = file_of(&path)
                            && file != own
                        {
                            imported.insert(file);
                        }
                    }
                }
            }
        }
        graph.insert(own, imported);
    }
    graph
}

/// The files that import each other in a circle, if any.
fn circles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    // Peel off files that import nothing left; what remains lies on or behind a circle, and
    // a file on a circle reaches itself.
    let mut left = graph.clone();
    loop {
        let leaves: Vec<Vec<String>> = left
            .iter()
            .filter(|(_, imports)| imports.iter().all(|file| !left.contains_key(file)))
            .map(|(file, _)| file.clone())
            .collect();
        if leaves.is_empty() {
            break;
        }
        for leaf in leaves {
            left.remove(&leaf);
        }
    }
    left.keys().cloned().collect()
}

#[test]
fn no_two_files_import_each_other_in_a_circle() {
    let graph = file_imports(&sources());
    let found = circles(&graph);
    assert!(found.is_empty(), "files in or behind a circle: {found:?}");

    // A planted circle is found: the plot importing the plan against actual, and back.
    let mut files = sources();
    for (path, source) in &mut files {
        if path == "ui/plan_actual.rs" {
            *source = format!("use super::plot::AdviceTabs;\n{source}");
        }
    }
    let planted = circles(&file_imports(&files));
    assert!(
        planted.contains(&vec!["ui".to_owned(), "plot".to_owned()]),
        "{planted:?}"
    );
}

/// The i18n functions that word in the thread's current language (the window's, or a
/// command's `--lang`): only the window and the command line may call them.
const WORDED_IN_THE_THREADS_LANGUAGE: &[&str] = &[
    "i18n::text(",
    "i18n::current(",
    "i18n::try_text(",
    "i18n::text_with(",
    "format::number(",
    "format::count(",
    "format::percent(",
    "format::money(",
    "format::date_long(",
    "format::month_label(",
    "format::month_name(",
    "format::timeline_month(",
    "format::week_caption(",
    "format::week_of_plan(",
    "format::axis_label(",
];

/// Whether `code` words a text in the thread's language: `tr!` (not `tr_in!` or
/// `include_str!`) or one of [`WORDED_IN_THE_THREADS_LANGUAGE`] on a line that is not a
/// comment, or such a function imported by name from `i18n::format`.
fn words_in_the_threads_language(code: &str) -> bool {
    let code: Vec<&str> = code
        .lines()
        .map(str::trim_start)
        .filter(|line| !line.starts_with("//"))
        .collect();
    let calls = code.iter().any(|line| {
        let tr = line.match_indices("tr!(").any(|(at, _)| {
            !line[..at]
                .chars()
                .next_back()
                .is_some_and(|before| before.is_alphanumeric() || before == '_')
        });
        tr || WORDED_IN_THE_THREADS_LANGUAGE
            .iter()
            .any(|call| line.contains(call))
    });
    let names: Vec<&str> = WORDED_IN_THE_THREADS_LANGUAGE
        .iter()
        .filter_map(|call| call.strip_prefix("format::"))
        .map(|call| call.trim_end_matches('('))
        .collect();
    let joined = code.join(" ");
    let imports = joined
        .split(';')
        .map(str::trim)
        .filter(|statement| statement.starts_with("use ") && statement.contains("i18n::format"))
        .any(|statement| {
            statement
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|word| names.contains(&word))
        });
    calls || imports
}

#[test]
fn the_check_for_the_threads_language_finds_each_way_of_reading_it() {
    for reads in [
        "let name = crate::tr!(\"menu-file\");",
        "    tr!(\"x\", a = b)",
        "let language = crate::i18n::current();",
        "crate::i18n::format::money(1.0, \"EUR\")",
        "use crate::i18n::format::{count_in, percent};",
        "use crate::i18n::format::{\n    count_in,\n    money,\n};",
    ] {
        assert!(words_in_the_threads_language(reads), "{reads}");
    }
    for does_not in [
        "crate::tr_in!(language, \"menu-file\")",
        "include_str!(\"x.ron\")",
        "// tr!(\"in a comment\")",
        "crate::i18n::format::money_in(language, 1.0, \"EUR\")",
        "use crate::i18n::format::{count_in, percent_in};",
        "let count = |value| crate::i18n::format::count_in(language, value);",
    ] {
        assert!(!words_in_the_threads_language(does_not), "{does_not}");
    }
}

#[test]
fn no_file_below_the_ui_words_in_the_threads_language() {
    let below_ui = [
        "design",
        "sim",
        "file",
        "templates",
        "crm",
        "draw",
        "advice",
        "export",
    ];
    let mut found = Vec::new();
    for (relative, source) in sources() {
        let module = relative
            .split('/')
            .next()
            .unwrap_or_default()
            .trim_end_matches(".rs");
        if !below_ui.contains(&module) {
            continue;
        }
        let code = source.split("#[cfg(test)]").next().unwrap_or_default();
        let reads = words_in_the_threads_language(code);
        if reads {
            found.push(relative);
        }
    }
    assert!(
        found.is_empty(),
        "these word texts in the thread's language; make them take the language or a \
         typed i18n::Message: {found:?}"
    );
}
