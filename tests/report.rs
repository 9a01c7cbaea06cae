//! The report: A4 pages with the deck's content, numbered, each section where it belongs, a
//! long table going on over pages with its heading again, and a PDF with one page each.

use leadflow::design::actuals::Actuals;
use leadflow::design::{Design, StageId};
use leadflow::draw::{Shape, Theme, ThemeChoice};
use leadflow::export::{self, ExportOptions, Format, Layout, Picture};
use leadflow::{sim, templates};
use std::collections::BTreeMap;

fn example(name: &str) -> Design {
    templates::design_named(name).expect("an example")
}

fn pages(design: &Design) -> Vec<Picture> {
    let result = sim::simulate(design);
    let levers = export::deck_levers(design);
    export::report_pages(
        design,
        &result,
        &levers,
        &Theme::new(ThemeChoice::Light),
        &export::Fonts::new(),
        leadflow::i18n::current(),
    )
}

/// Every line of text on a page, top to bottom.
fn texts(page: &Picture) -> Vec<String> {
    page.shapes
        .iter()
        .filter_map(|shape| match shape {
            Shape::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

/// The page (1-based) each of `headings` is first found on.
fn page_of(pages: &[Picture], heading: &str) -> Option<usize> {
    pages
        .iter()
        .position(|page| texts(page).iter().any(|text| text == heading))
        .map(|index| index + 1)
}

#[test]
fn the_report_has_the_decks_sections_in_order_on_numbered_a4_pages() {
    let design = example("growth-plan");
    let pages = pages(&design);
    assert!(pages.len() >= 3, "{} pages", pages.len());
    for (index, page) in pages.iter().enumerate() {
        assert_eq!((page.width, page.height), (595.0, 842.0), "A4 portrait");
        let number = format!("Page {} of {}", index + 1, pages.len());
        assert!(
            texts(page).contains(&number),
            "page {} says {number}",
            index + 1
        );
        // Nothing runs off the page.
        for shape in &page.shapes {
            if let Shape::Text { top, .. } = shape {
                assert!((0.0..842.0).contains(top), "text at {top}");
            }
        }
    }
    let order: Vec<usize> = [
        "How we sell",
        "The year",
        "Revenue and cost",
        "The plan",
        "Month by month",
        "What the figures rest on",
        "Where to improve",
    ]
    .iter()
    .map(|heading| page_of(&pages, heading).unwrap_or_else(|| panic!("{heading}")))
    .collect();
    assert!(order.windows(2).all(|pair| pair[0] <= pair[1]), "{order:?}");
    let all: Vec<String> = pages.iter().flat_map(texts).collect();
    for stage in design.stages.values() {
        assert!(
            all.iter().any(|text| text.contains(stage.name.as_str())),
            "{} is in the report",
            stage.name
        );
    }
    assert!(page_of(&pages, "Scenarios compared").is_none());
    assert!(page_of(&pages, "Plan against actual").is_none());
}

#[test]
fn a_long_month_table_goes_on_over_pages_with_its_heading_again() {
    let mut design = example("inbound");
    design.simulation.horizon_weeks = 156;
    let pages = pages(&design);
    let with_heading = pages
        .iter()
        .filter(|page| texts(page).iter().any(|text| text == "New customers"))
        .count();
    assert!(with_heading >= 2, "the heading row on {with_heading} pages");
    let table = leadflow::sim::months::month_table(&design, &sim::simulate(&design));
    let rows = pages
        .iter()
        .flat_map(texts)
        .filter(|text| text.starts_with("Jan 20") || text.starts_with("Jun"))
        .count();
    let expected = table
        .months
        .iter()
        .filter(|month| matches!(month.first_day.month(), 1 | 6))
        .count();
    assert!(
        rows >= expected,
        "{rows} of {expected} January and June rows"
    );
}

#[test]
fn scenarios_and_actuals_get_their_sections_when_the_design_has_them() {
    let mut design = example("sales-silo");
    leadflow::design::scenario::add_scenario(&mut design, "Faster close");
    let start = design
        .simulation
        .start_date
        .unwrap_or_else(leadflow::design::calendar::today);
    let entered: BTreeMap<StageId, Vec<u32>> = design
        .stages
        .keys()
        .take(2)
        .map(|id| (id.clone(), vec![5, 7, 6, 8, 4, 6, 7, 5]))
        .collect();
    design.actuals = Some(Actuals {
        start,
        entered,
        won: vec![1, 2, 1, 0, 2, 1, 1, 2],
    });
    let pages = pages(&design);
    assert!(page_of(&pages, "Scenarios compared").is_some());
    assert!(
        page_of(&pages, "Faster close").is_some(),
        "each scenario a row"
    );
    let actual = page_of(&pages, "Plan against actual").expect("the plan against actual");
    assert!(
        texts(&pages[actual - 1])
            .iter()
            .any(|text| text == "Recorded a week"),
        "the table's heading"
    );
}

#[test]
fn the_pdf_has_one_a4_page_per_page_and_the_design_as_its_title() {
    let design = example("growth-plan");
    let result = sim::simulate(&design);
    let options = ExportOptions {
        format: Format::Pdf,
        layout: Layout::Report,
        ..ExportOptions::default()
    };
    let bytes = export::export(&design, &result, &options).expect("a report");
    assert!(bytes.starts_with(b"%PDF-"));
    let text = String::from_utf8_lossy(&bytes);
    let count = pages(&design).len();
    assert_eq!(text.matches("/MediaBox [0 0 595 842]").count(), count);
    assert!(text.contains(&format!("/Count {count}")), "the page tree");
    assert!(
        text.contains(&format!("/Title ({})", design.name)),
        "titled"
    );
}

#[test]
fn the_command_line_writes_a_report_only_as_a_pdf() {
    let directory = tempfile::tempdir().expect("temp dir");
    let run = |output: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_leadflow"))
            .args(["export", "assets/examples/inbound.ron", "-o"])
            .arg(output)
            .args(["--layout", "report"])
            .output()
            .expect("runs")
    };
    let pdf = directory.path().join("report.pdf");
    assert!(run(&pdf).status.success());
    assert!(std::fs::read(&pdf).expect("written").starts_with(b"%PDF-"));
    let png = directory.path().join("report.png");
    let refused = run(&png);
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("a report is a PDF"));
    assert!(!png.exists(), "nothing written");
}

#[test]
fn a_pdf_slide_or_report_opens_again_as_the_design_even_with_the_markers_in_a_name() {
    let mut design = example("growth-plan");
    // A name holding the reader's own marker lines is still read back whole.
    design.name = "Q1 plan\n// leadflow-design\n// end of leadflow-design\n".to_owned();
    let result = sim::simulate(&design);
    for layout in [Layout::Slide, Layout::Report] {
        let options = ExportOptions {
            format: Format::Pdf,
            layout,
            ..ExportOptions::default()
        };
        let bytes = export::export(&design, &result, &options).expect("a PDF");
        let opened = leadflow::file::design_from_bytes(&bytes, "the PDF").expect("opens");
        assert_eq!(opened, design, "{layout:?}");
    }
}
