//! Exported images: every example in every format and layout; PNGs decode at the right size
//! with the stage names drawn; SVGs parse and hold every name as text; the design travels
//! inside the image and opens again.

use leadflow::design::Design;
use leadflow::draw::ThemeChoice;
use leadflow::export::{self, ExportOptions, Format, Layout, SLIDE_HEIGHT, SLIDE_WIDTH};
use leadflow::{file, sim, templates};

struct Decoded {
    width: u32,
    height: u32,
    rgba: Vec<u8>,
}

fn decode(bytes: &[u8]) -> Decoded {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .expect("a PNG");
    let mut rgba = vec![0; reader.output_buffer_size().expect("size")];
    let frame = reader.next_frame(&mut rgba).expect("pixels");
    assert_eq!(frame.color_type, png::ColorType::Rgba);
    rgba.truncate(frame.buffer_size());
    Decoded {
        width: frame.width,
        height: frame.height,
        rgba,
    }
}

fn options(format: Format, layout: Layout, scale: u32) -> ExportOptions {
    ExportOptions {
        format,
        layout,
        scale,
        ..ExportOptions::default()
    }
}

fn export(design: &Design, options: &ExportOptions) -> Vec<u8> {
    let result = sim::simulate(design);
    export::export(design, &result, options).expect("exports")
}

fn examples() -> Vec<Design> {
    templates::TEMPLATES
        .iter()
        .map(|template| template.design().expect("example loads"))
        .collect()
}

/// Pixels that differ between two images of the same size.
fn differing_pixels(a: &Decoded, b: &Decoded) -> usize {
    assert_eq!((a.width, a.height), (b.width, b.height));
    a.rgba
        .chunks(4)
        .zip(b.rgba.chunks(4))
        .filter(|(x, y)| x != y)
        .count()
}

#[test]
fn every_example_exports_in_every_format_and_layout() {
    for design in examples() {
        for layout in [Layout::Diagram, Layout::Slide] {
            // The deck, the report and the animations have their own tests (tests/deck.rs,
            // tests/report.rs, tests/motion.rs).
            for format in [Format::Png, Format::Svg, Format::Pdf] {
                let bytes = export(&design, &options(format, layout, 1));
                let signature: &[u8] = match format {
                    Format::Png | Format::Apng => b"\x89PNG",
                    Format::Svg => b"<svg",
                    Format::Pdf => b"%PDF",
                    Format::Pptx => b"PK",
                    Format::Gif => b"GIF89a",
                };
                assert!(
                    bytes.starts_with(signature),
                    "{} {layout:?} {format:?}",
                    design.name
                );
                assert!(bytes.len() > 2000, "{} {layout:?} {format:?}", design.name);
            }
        }
    }
}

#[test]
fn a_slide_png_has_the_slide_size_at_each_scale() {
    let design = examples().remove(0);
    for scale in [1, 2] {
        let image = decode(&export(
            &design,
            &options(Format::Png, Layout::Slide, scale),
        ));
        assert_eq!(image.width, SLIDE_WIDTH as u32 * scale);
        assert_eq!(image.height, SLIDE_HEIGHT as u32 * scale);
    }
}

#[test]
fn a_diagram_png_is_drawn_with_the_stage_names() {
    for design in examples() {
        let image = decode(&export(&design, &options(Format::Png, Layout::Diagram, 1)));
        // Not blank: a good share of the pixels are not the white background, in many colours.
        let inked = image
            .rgba
            .chunks(4)
            .filter(|pixel| pixel[..3] != [255, 255, 255])
            .count();
        let share = inked as f64 / f64::from(image.width * image.height);
        assert!(share > 0.05, "{}: only {share:.3} inked", design.name);
        let colours: std::collections::BTreeSet<&[u8]> = image.rgba.chunks(4).collect();
        assert!(
            colours.len() > 50,
            "{}: {} colours",
            design.name,
            colours.len()
        );

        // The names are drawn: the same design with every name blank differs, by at least
        // a few dozen pixels per name.
        let mut nameless = design.clone();
        for stage in nameless.stages.values_mut() {
            stage.name.clear();
        }
        let without_names = decode(&export(
            &nameless,
            &options(Format::Png, Layout::Diagram, 1),
        ));
        if (without_names.width, without_names.height) == (image.width, image.height) {
            let changed = differing_pixels(&image, &without_names);
            assert!(
                changed > 40 * design.stages.len(),
                "{}: names changed only {changed} pixels",
                design.name
            );
        }
    }
}

#[test]
fn transparent_and_dark_backgrounds() {
    let design = examples().remove(0);
    let transparent = decode(&export(
        &design,
        &ExportOptions {
            transparent: true,
            ..options(Format::Png, Layout::Diagram, 1)
        },
    ));
    assert_eq!(
        &transparent.rgba[..4],
        &[0, 0, 0, 0],
        "corner is transparent"
    );
    let dark = decode(&export(
        &design,
        &ExportOptions {
            theme: ThemeChoice::Dark,
            ..options(Format::Png, Layout::Diagram, 1)
        },
    ));
    let corner = &dark.rgba[..4];
    assert!(corner[0] < 60 && corner[3] == 255, "dark corner {corner:?}");
}

#[test]
fn the_svg_parses_and_holds_every_stage_name_as_text() {
    for design in examples() {
        let svg = String::from_utf8(export(&design, &options(Format::Svg, Layout::Slide, 1)))
            .expect("UTF-8");
        let document = usvg::roxmltree::Document::parse(&svg).expect("well-formed XML");
        let texts: Vec<String> = document
            .descendants()
            .filter(|node| node.has_tag_name("text"))
            .filter_map(|node| node.text().map(str::to_owned))
            .collect();
        for stage in design.stages.values() {
            assert!(
                texts.iter().any(|text| text == &stage.name),
                "{}: no text {:?}",
                design.name,
                stage.name
            );
        }
    }
}

#[test]
fn the_design_travels_inside_png_and_svg() {
    for design in examples() {
        for format in [Format::Png, Format::Svg] {
            let bytes = export(&design, &options(format, Layout::Diagram, 1));
            let opened = file::design_from_bytes(&bytes, "exported").expect("opens");
            assert_eq!(opened, design, "{} {format:?}", design.name);
        }
    }
}

#[test]
fn an_image_without_a_design_is_refused_with_a_clear_message() {
    let mut plain = Vec::new();
    let mut encoder = png::Encoder::new(&mut plain, 2, 2);
    encoder.set_color(png::ColorType::Rgba);
    let mut writer = encoder.write_header().expect("header");
    writer.write_image_data(&[200; 16]).expect("pixels");
    writer.finish().expect("finished");
    let error = file::design_from_bytes(&plain, "photo.png").expect_err("no design");
    let message = leadflow::i18n::Worded::words(&error, leadflow::i18n::Language::English);
    assert!(
        message.starts_with("photo.png: this file holds no Leadflow design"),
        "{message}"
    );
    let error = file::design_from_bytes(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "logo.svg")
        .expect_err("no design");
    assert!(
        leadflow::i18n::Worded::words(&error, leadflow::i18n::Language::English)
            .contains("holds no Leadflow design")
    );
}

#[test]
fn only_the_selection_is_exported_when_asked() {
    let design = examples().remove(0);
    let first = design.stages.keys().next().cloned().expect("a stage");
    let whole = decode(&export(&design, &options(Format::Png, Layout::Diagram, 1)));
    let one = decode(&export(
        &design,
        &ExportOptions {
            only: Some([first].into()),
            ..options(Format::Png, Layout::Diagram, 1)
        },
    ));
    assert!(one.width * one.height < whole.width * whole.height / 2);
}

#[test]
fn a_slide_reads_in_dates_and_says_what_the_plan_starts_from() {
    let mut design = templates::design_named("relationship-based").expect("example");
    design.simulation.start_date = Some(leadflow::design::calendar::Date::constant(2027, 1, 4));
    if let Some(source) = design.sources.values_mut().next() {
        source.season = vec![1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.2, 1.0, 1.0, 1.0, 1.4, 1.0];
    }
    let svg = String::from_utf8(export(&design, &options(Format::Svg, Layout::Slide, 1)))
        .expect("SVG is text");
    // The texts as read, lines joined: a sentence may wrap anywhere.
    let read: String = usvg::roxmltree::Document::parse(&svg)
        .expect("well-formed XML")
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "320 today",
        "Customers by 2 Jan 2028",
        "From existing customers",
        "Starts with 320 customers",
        "From 4 Jan 2027, 52 weeks",
        "(season: Jul ×0.2 to Nov ×1.4)",
        "· seasonal",
        ">Mar 2027<",
        ">Jan 2028<",
        ">Jul<",
    ] {
        // A label (">Mar 2027<") as drawn, a sentence as read.
        assert!(
            svg.contains(expected) || read.contains(expected),
            "the slide lacks {expected:?}: {read}"
        );
    }
    assert!(!svg.contains("wk 52"), "weeks are dates now");
}

#[test]
fn the_slide_lists_the_plans_moves_among_its_assumptions() {
    let design = templates::design_named("growth-plan").expect("growth plan");
    let svg =
        String::from_utf8(export(&design, &options(Format::Svg, Layout::Slide, 1))).expect("UTF-8");
    let document = usvg::roxmltree::Document::parse(&svg).expect("well-formed XML");
    let text: String = document
        .descendants()
        .filter(|node| node.has_tag_name("text"))
        .filter_map(|node| node.text())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("The plan:"), "{text}");
    for planned in &design.plan {
        // Wrapped over lines, a name's words are all there.
        for word in planned.name.split(' ') {
            assert!(text.contains(word), "{word} of {}", planned.name);
        }
    }
}
