//! The PowerPoint deck, read back as a reader of the format would: every part is well-formed
//! XML listed by content type and reached by a relationship; every stage's name is text in a
//! shape of the process slide; the charts carry their data (in the chart and in the embedded
//! workbook); every slide has speaker notes; the design travels inside and opens again.
//! (LibreOffice and python-pptx open the decks too: `scripts/check-deck`, see the README.)

use leadflow::design::{Design, SimulationMode};
use leadflow::draw::ThemeChoice;
use leadflow::export::{self, ExportOptions, Format};
use leadflow::{file, sim, templates};
use std::collections::BTreeMap;
use std::io::Read as _;

/// Every part of a deck by name.
fn parts(bytes: &[u8]) -> BTreeMap<String, Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a ZIP");
    (0..archive.len())
        .map(|index| {
            let mut part = archive.by_index(index).expect("a part");
            let mut content = Vec::new();
            part.read_to_end(&mut content).expect("reads");
            let name = part.name().expect("a part's name").into_owned();
            (name, content)
        })
        .collect()
}

fn text(parts: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    String::from_utf8(parts.get(name).unwrap_or_else(|| panic!("{name}")).clone()).expect("UTF-8")
}

/// Every `<a:t>` text of an XML part, unescaped.
fn texts_of(xml: &str) -> Vec<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut texts = Vec::new();
    let mut current: Option<String> = None;
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(start) if start.name().as_ref() == "a:t" => current = Some(String::new()),
            Event::Text(text) => {
                if let Some(current) = current.as_mut() {
                    current.push_str(&text.into_inner());
                }
            }
            Event::GeneralRef(reference) => {
                if let Some(current) = current.as_mut() {
                    current.push_str(match reference.into_inner().as_ref() {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unexpected entity {other}"),
                    });
                }
            }
            Event::End(end) if end.name().as_ref() == "a:t" => texts.extend(current.take()),
            Event::Eof => break,
            _ => {}
        }
    }
    texts
}

/// Whether a part's name ends in `.extension` (the package's names are lower case).
fn has_extension(name: &str, extension: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .is_some_and(|found| found.eq_ignore_ascii_case(extension))
}

fn deck(design: &Design) -> Vec<u8> {
    let result = sim::simulate(design);
    export::export_deck(
        design,
        &result,
        &[],
        ThemeChoice::Light,
        leadflow::i18n::current(),
    )
    .expect("a deck")
}

/// The slides' part names in order.
fn slide_names(parts: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let mut names: Vec<String> = parts
        .keys()
        .filter(|name| name.starts_with("ppt/slides/slide"))
        .cloned()
        .collect();
    names.sort_by_key(|name| {
        name.trim_start_matches("ppt/slides/slide")
            .trim_end_matches(".xml")
            .parse::<usize>()
            .unwrap_or(0)
    });
    names
}

/// Each slide's first text, its title.
fn slide_titles(bytes: &[u8]) -> Vec<String> {
    let parts = parts(bytes);
    slide_names(&parts)
        .iter()
        .map(|name| {
            texts_of(&text(&parts, name))
                .first()
                .cloned()
                .unwrap_or_default()
        })
        .collect()
}

#[test]
fn every_examples_deck_is_a_well_formed_package() {
    for template in templates::TEMPLATES {
        let design = template.design().expect("example");
        let parts = parts(&deck(&design));
        let types = text(&parts, "[Content_Types].xml");
        for (name, content) in &parts {
            if has_extension(name, "xml") || has_extension(name, "rels") {
                let xml = std::str::from_utf8(content).expect("UTF-8");
                let mut reader = quick_xml::Reader::from_str(xml);
                loop {
                    match reader.read_event() {
                        Ok(quick_xml::events::Event::Eof) => break,
                        Ok(_) => {}
                        Err(error) => panic!("{}: {name}: {error}", design.name),
                    }
                }
            }
            // Every XML part but the custom XML item has its content type.
            if has_extension(name, "xml")
                && !name.starts_with("customXml/item1")
                && name != "[Content_Types].xml"
            {
                assert!(
                    types.contains(&format!("PartName=\"/{name}\"")),
                    "{}: {name} has no content type",
                    design.name
                );
            }
            // Every relationship's target exists.
            if let Some(owner) = name.strip_suffix(".rels") {
                let folder = owner
                    .trim_end_matches(|c| c != '/')
                    .trim_end_matches("_rels/")
                    .to_owned();
                for target in text(&parts, name)
                    .split("Target=\"")
                    .skip(1)
                    .filter_map(|rest| rest.split('"').next())
                {
                    let mut path: Vec<&str> = folder.split('/').filter(|s| !s.is_empty()).collect();
                    for piece in target.split('/') {
                        match piece {
                            ".." => {
                                path.pop();
                            }
                            piece => path.push(piece),
                        }
                    }
                    let resolved = path.join("/");
                    assert!(
                        parts.contains_key(&resolved),
                        "{}: {name} points at {resolved}, which is missing",
                        design.name
                    );
                }
            }
        }
    }
}

#[test]
fn every_stage_name_is_text_in_a_shape_of_the_process_slide() {
    for template in templates::TEMPLATES {
        let design = template.design().expect("example");
        let parts = parts(&deck(&design));
        let process = texts_of(&text(&parts, "ppt/slides/slide2.xml"));
        for stage in design.stages.values() {
            assert!(
                process.iter().any(|text| text == &stage.name),
                "{}: {} is not a shape's text on the process slide",
                design.name,
                stage.name
            );
        }
        // Stages are shapes of their kind: funnel steps freeform trapezoids, pools cylinders.
        let xml = text(&parts, "ppt/slides/slide2.xml");
        assert!(xml.contains("<p:grpSp>"), "{}", design.name);
        // Flows: straight connectors, or freeform lines where the canvas bends them.
        assert!(
            xml.contains("<p:cxnSp>") || xml.contains(r#"fill="none""#),
            "{}",
            design.name
        );
    }
}

#[test]
fn the_years_chart_carries_the_months_in_its_data_and_its_workbook() {
    let design = templates::design_named("inbound").expect("example");
    let result = sim::simulate(&design);
    let table = sim::months::month_table(&design, &result);
    let parts = parts(
        &export::export_deck(
            &design,
            &result,
            &[],
            ThemeChoice::Light,
            leadflow::i18n::current(),
        )
        .expect("deck"),
    );
    let chart = text(&parts, "ppt/charts/chart1.xml");
    let cached: Vec<f64> = chart
        .split("<c:numCache>")
        .nth(1)
        .expect("a number cache")
        .split("<c:v>")
        .skip(1)
        .filter_map(|rest| rest.split('<').next()?.parse().ok())
        .collect();
    let expected: Vec<f64> = table
        .months
        .iter()
        .map(|month| month.active_customers.value)
        .collect();
    assert_eq!(cached, expected);
    // The workbook "Edit Data" opens holds the same figures.
    let workbook = parts
        .get("ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx")
        .expect("an embedded workbook");
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(workbook.clone())).expect("opens");
    let range = calamine::Reader::worksheet_range(&mut workbook, "Sheet1").expect("a sheet");
    let column: Vec<f64> = range
        .rows()
        .skip(1)
        .filter_map(|row| match row.get(1) {
            Some(calamine::Data::Float(value)) => Some(*value),
            _ => None,
        })
        .collect();
    assert_eq!(column, expected);
    let last_row = expected.len() + 1;
    assert!(
        chart.contains(&format!("&apos;Sheet1&apos;!$B$2:$B${last_row}")),
        "the series points at its cells"
    );
}

#[test]
fn a_monte_carlo_deck_shades_the_band_and_every_slide_has_notes() {
    let mut design = templates::design_named("inbound").expect("example");
    design.simulation.mode = SimulationMode::MonteCarlo;
    design.simulation.runs = 40;
    let deck_parts = parts(&deck(&design));
    let chart = text(&deck_parts, "ppt/charts/chart1.xml");
    assert!(chart.contains("<c:areaChart>"), "the 10–90 % band");
    for (index, _) in slide_names(&deck_parts).iter().enumerate() {
        let notes = texts_of(&text(
            &deck_parts,
            &format!("ppt/notesSlides/notesSlide{}.xml", index + 1),
        ));
        let words: usize = notes
            .iter()
            .map(|note| note.split_whitespace().count())
            .sum();
        assert!(
            words >= 8,
            "slide {} has too few notes: {notes:?}",
            index + 1
        );
    }
    let year_notes = texts_of(&text(&deck_parts, "ppt/notesSlides/notesSlide3.xml")).join(" ");
    assert!(year_notes.contains("40 simulated runs"), "{year_notes}");

    // Exported by its extension, a Monte Carlo design's deck still ranks its levers (worked
    // out in expected values).
    let result = sim::simulate(&design);
    let options = ExportOptions {
        format: Format::Pptx,
        ..ExportOptions::default()
    };
    let bytes = export::export(&design, &result, &options).expect("exports");
    let titles = slide_titles(&bytes);
    let levers = titles
        .iter()
        .position(|title| title == "Where to improve")
        .expect("a levers slide");
    let exported = parts(&bytes);
    let slide = text(&exported, &format!("ppt/slides/slide{}.xml", levers + 1));
    assert!(slide.matches("<a:tr ").count() >= 4, "a heading and levers");
}

#[test]
fn the_plan_has_a_slide_only_when_the_design_has_moves() {
    let with_plan = templates::design_named("growth-plan").expect("example");
    let without = with_plan.without_plan();
    let titles = |design: &Design| slide_titles(&deck(design));
    let planned = titles(&with_plan);
    assert!(planned.contains(&"The plan".to_owned()), "{planned:?}");
    assert!(!titles(&without).contains(&"The plan".to_owned()));
    // Every move is named on the plan's slide.
    let parts = parts(&deck(&with_plan));
    let plan_slide = slide_names(&parts)
        .into_iter()
        .find(|name| texts_of(&text(&parts, name)).first().map(String::as_str) == Some("The plan"))
        .expect("a plan slide");
    let shown = texts_of(&text(&parts, &plan_slide)).join("\n");
    for planned in &with_plan.plan {
        assert!(shown.contains(&planned.name), "{} missing", planned.name);
    }
}

#[test]
fn the_design_travels_inside_the_deck_and_opens_again() {
    for name in ["inbound", "flywheel", "growth-plan"] {
        let design = templates::design_named(name).expect("example");
        let bytes = deck(&design);
        let opened = file::design_from_bytes(&bytes, "deck.pptx").expect("opens");
        assert_eq!(opened, design, "{name}");
    }
    // Through `export` too, by the file's extension.
    let design = templates::design_named("inbound").expect("example");
    let result = sim::simulate(&design);
    let options = ExportOptions {
        format: Format::Pptx,
        ..ExportOptions::default()
    };
    let bytes = export::export(&design, &result, &options).expect("exports");
    assert_eq!(
        file::design_from_bytes(&bytes, "deck.pptx").expect("opens"),
        design
    );
}

#[test]
fn a_hostile_name_stays_text_and_a_zip_without_a_design_is_refused() {
    let mut design = templates::design_named("inbound").expect("example");
    let hostile = "Q&A <b> \"x\" ]]>";
    let first = design.stages.keys().next().cloned().expect("a stage");
    if let Some(stage) = design.stages.get_mut(&first) {
        stage.name = hostile.to_owned();
    }
    let bytes = deck(&design);
    let parts = parts(&bytes);
    let process = texts_of(&text(&parts, "ppt/slides/slide2.xml"));
    assert!(process.iter().any(|text| text == hostile), "{process:?}");
    assert_eq!(
        file::design_from_bytes(&bytes, "deck.pptx").expect("opens"),
        design
    );

    // A ZIP Leadflow did not write (an ordinary deck or workbook) says what is wrong.
    let mut other = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    other
        .start_file(
            "ppt/presentation.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("starts");
    std::io::Write::write_all(&mut other, b"<p:presentation/>").expect("writes");
    let other = other.finish().expect("finishes").into_inner();
    let error = file::design_from_bytes(&other, "slides.pptx").expect_err("refused");
    assert!(
        leadflow::i18n::Worded::words(&error, leadflow::i18n::Language::English)
            .contains("holds no Leadflow design"),
        "{error:?}"
    );
}

#[test]
fn a_swedish_deck_is_worded_in_swedish_and_long_tables_go_on_over_slides() {
    leadflow::i18n::set_current(leadflow::i18n::Language::Swedish);
    let mut design = templates::design_named("inbound").expect("example");
    // Two years: 25 months, more than one slide of months holds.
    design.simulation.horizon_weeks = 104;
    let bytes = deck(&design);
    leadflow::i18n::set_current(leadflow::i18n::Language::English);
    let parts = parts(&bytes);
    let titles = slide_titles(&bytes);
    assert!(titles.contains(&"Så säljer vi".to_owned()), "{titles:?}");
    let month_slides: Vec<&String> = titles
        .iter()
        .filter(|title| title.starts_with("Månad för månad"))
        .collect();
    assert_eq!(month_slides.len(), 2, "{titles:?}");
    assert_eq!(month_slides[0], "Månad för månad (1/2)");
    // Every month is in a table row, none left out.
    let result = sim::simulate(&design);
    let months = sim::months::month_table(&design, &result).months.len();
    let rows: usize = slide_names(&parts)
        .iter()
        .filter(|name| {
            texts_of(&text(&parts, name))
                .first()
                .is_some_and(|title| title.starts_with("Månad för månad"))
        })
        .map(|name| text(&parts, name).matches("<a:tr ").count() - 1)
        .sum();
    assert_eq!(rows, months);
    // The chart's workbook sheet is named as a Swedish spreadsheet names it.
    assert!(text(&parts, "ppt/charts/chart1.xml").contains("&apos;Blad1&apos;!$A$2"));
    // The notes are Swedish too.
    let notes = texts_of(&text(&parts, "ppt/notesSlides/notesSlide2.xml")).join(" ");
    assert!(notes.contains("Leads kommer in vid"), "{notes}");
}

#[test]
fn scenarios_are_compared_on_a_slide_of_their_own() {
    let mut design = templates::design_named("inbound").expect("example");
    assert!(
        !slide_titles(&deck(&design)).contains(&"Scenarios compared".to_owned()),
        "no scenarios, no slide"
    );
    leadflow::design::scenario::add_scenario(&mut design, "Faster close");
    let close = design
        .stages
        .values_mut()
        .find(|stage| stage.name == "Close")
        .expect("a close stage");
    close.conversion = 0.9;
    let bytes = deck(&design);
    let parts = parts(&bytes);
    let titles = slide_titles(&bytes);
    let index = titles
        .iter()
        .position(|title| title == "Scenarios compared")
        .expect("a scenarios slide");
    let slide = texts_of(&text(&parts, &format!("ppt/slides/slide{}.xml", index + 1)));
    for (name, _) in design.scenario_designs() {
        assert!(slide.contains(&name), "{name} not in {slide:?}");
    }
    // A series per scenario in the slide's chart.
    let rels = text(
        &parts,
        &format!("ppt/slides/_rels/slide{}.xml.rels", index + 1),
    );
    let chart = rels
        .split("Target=\"../charts/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a chart");
    let chart = text(&parts, &format!("ppt/charts/{chart}"));
    assert_eq!(chart.matches("<c:ser>").count(), 2);
    let notes = texts_of(&text(
        &parts,
        &format!("ppt/notesSlides/notesSlide{}.xml", index + 1),
    ))
    .join(" ");
    assert!(
        notes.contains("Faster close ends with the most customers"),
        "{notes}"
    );
}
