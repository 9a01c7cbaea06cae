//! Every bundled example loads, validates without errors, and round-trips byte for byte.
//! `UPDATE_EXAMPLES=1 cargo test --test examples` rewrites the files in the canonical form.

use leadflow::design::validate::{Severity, validate};
use leadflow::file;
use leadflow::templates::{self, TEMPLATES};
use std::path::PathBuf;

fn example_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples")
        .join(format!("{name}.ron"))
}

#[test]
fn every_example_round_trips_byte_identically() {
    let update = std::env::var_os("UPDATE_EXAMPLES").is_some();
    for template in TEMPLATES {
        let path = example_path(template.name);
        let original = std::fs::read_to_string(&path).expect("example file is readable");
        let design = file::load(&path).unwrap_or_else(|error| panic!("{error:?}"));
        let saved = file::design_to_string(&design).expect("serializes");
        if update {
            std::fs::write(&path, &saved).expect("writable");
            continue;
        }
        assert_eq!(
            saved, original,
            "{} is not in canonical form; run UPDATE_EXAMPLES=1 cargo test --test examples",
            template.name
        );
        let reloaded = file::design_from_bytes(saved.as_bytes(), template.name).expect("reloads");
        assert_eq!(reloaded, design);
    }
}

#[test]
fn every_example_passes_validation() {
    for template in TEMPLATES {
        let design = template
            .design()
            .unwrap_or_else(|error| panic!("{error:?}"));
        let findings = validate(&design);
        let errors: Vec<String> = findings
            .iter()
            .filter(|finding| finding.severity == Severity::Error)
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", template.name);
        assert!(
            findings.is_empty(),
            "{} has warnings: {findings:?}",
            template.name
        );
        assert!(
            design.notes.len() > 80,
            "{} needs a note for the meeting",
            template.name
        );
    }
}

#[test]
fn templates_are_found_by_name_and_the_default_exists() {
    assert!(templates::find(templates::DEFAULT_TEMPLATE).is_some());
    assert!(templates::find("no-such-template").is_none());
    assert_eq!(TEMPLATES.len(), 12);
}

#[test]
fn funnels_read_top_to_bottom_and_the_flywheel_is_a_circle() {
    for template in TEMPLATES {
        let design = template.design().expect("loads");
        match design.shape {
            leadflow::design::ProcessShape::Funnel | leadflow::design::ProcessShape::Silo => {
                for flow in &design.flows {
                    let from = &design.stages[&flow.from].position;
                    let to = &design.stages[&flow.to].position;
                    assert!(
                        to.y > from.y,
                        "{}: flow {} → {} goes upward",
                        template.name,
                        flow.from,
                        flow.to
                    );
                }
            }
            leadflow::design::ProcessShape::Flywheel => {
                let radii: Vec<f32> = design
                    .stages
                    .values()
                    .map(|stage| stage.position.x.hypot(stage.position.y))
                    .collect();
                let first = radii[0];
                assert!(radii.iter().all(|r| (r - first).abs() < 1.0), "{radii:?}");
            }
        }
    }
}
