//! SVG to pixels (resvg, tiny-skia) and to PDF, with the bundled fonts.

use super::ExportError;
use super::fonts::Fonts;
use crate::file::embedded::PNG_KEYWORD;
use std::sync::{Arc, OnceLock};

/// Larger images than this many pixels a side are refused rather than exhausting memory.
const MAX_SIDE: u32 = 16_384;

/// Parsing options with the bundled fonts (and the system's behind them), built once: loading
/// fonts is the slow part.
fn options() -> &'static usvg::Options<'static> {
    static OPTIONS: OnceLock<usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| usvg::Options {
        fontdb: Arc::new(Fonts::database()),
        font_family: super::fonts::FAMILY.to_owned(),
        ..usvg::Options::default()
    })
}

/// Parses SVG text for rendering.
///
/// # Errors
/// When the SVG is not valid (which would be a bug in the writer).
pub fn parse(svg: &str) -> Result<usvg::Tree, ExportError> {
    usvg::Tree::from_str(svg, options()).map_err(|error| ExportError::Render(error.to_string()))
}

/// Rasterises `svg` at `scale` pixels per point into straight-alpha RGBA rows.
///
/// # Errors
/// When the SVG cannot be parsed or the image would be too large.
pub fn rasterise(svg: &str, scale: f32) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let tree = parse(svg)?;
    let size = tree.size();
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(ExportError::TooLarge { width, height });
    }
    let mut pixmap = tiny_skia::Pixmap::new(width.max(1), height.max(1))
        .ok_or(ExportError::TooLarge { width, height })?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for pixel in pixmap.pixels() {
        let colour = pixel.demultiply();
        rgba.extend([colour.red(), colour.green(), colour.blue(), colour.alpha()]);
    }
    Ok((pixmap.width(), pixmap.height(), rgba))
}

/// A PNG of `svg` at `scale`, with `design_ron` in an iTXt chunk.
///
/// # Errors
/// When the image cannot be drawn or encoded.
pub fn to_png(svg: &str, scale: u32, design_ron: &str) -> Result<Vec<u8>, ExportError> {
    let (width, height, rgba) = rasterise(svg, scale as f32)?;
    encode_png(width, height, &rgba, Some(design_ron))
}

/// Encodes straight-alpha RGBA rows as PNG, with the design text if given.
///
/// # Errors
/// When encoding fails.
pub fn encode_png(
    width: u32,
    height: u32,
    rgba: &[u8],
    design_ron: Option<&str>,
) -> Result<Vec<u8>, ExportError> {
    let encode_error = |error: png::EncodingError| ExportError::Encode {
        format: "PNG",
        message: error.to_string(),
    };
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    // 72 points per inch at scale 1, so slides paste at their intended size.
    encoder.set_pixel_dims(Some(png::PixelDimensions {
        xppu: 2835,
        yppu: 2835,
        unit: png::Unit::Meter,
    }));
    if let Some(ron) = design_ron {
        encoder
            .add_itxt_chunk(PNG_KEYWORD.to_owned(), ron.to_owned())
            .map_err(encode_error)?;
    }
    let mut writer = encoder.write_header().map_err(encode_error)?;
    writer.write_image_data(rgba).map_err(encode_error)?;
    writer.finish().map_err(encode_error)?;
    Ok(bytes)
}

/// svg2pdf reads SVG with its own (older) usvg, so it gets its own font database.
fn pdf_options() -> &'static svg2pdf::usvg::Options<'static> {
    use svg2pdf::usvg as pdf_usvg;
    static OPTIONS: OnceLock<pdf_usvg::Options<'static>> = OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut database = pdf_usvg::fontdb::Database::new();
        database.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
        database.load_font_data(epaint_default_fonts::HACK_REGULAR.to_vec());
        database.set_sans_serif_family(super::fonts::FAMILY);
        database.set_serif_family(super::fonts::FAMILY);
        database.set_monospace_family("Hack");
        // As for PNG: characters the bundled fonts lack come from the system's fonts with
        // outlines.
        database.load_system_fonts();
        super::fonts::drop_unusable_system_faces!(database, pdf_usvg::fontdb::Source::Binary);
        pdf_usvg::Options {
            fontdb: Arc::new(database),
            font_family: super::fonts::FAMILY.to_owned(),
            ..pdf_usvg::Options::default()
        }
    })
}

fn pdf_error(message: String) -> ExportError {
    ExportError::Encode {
        format: "PDF",
        message,
    }
}

fn pdf_tree(svg: &str) -> Result<svg2pdf::usvg::Tree, ExportError> {
    svg2pdf::usvg::Tree::from_str(svg, pdf_options()).map_err(|error| pdf_error(error.to_string()))
}

/// A PDF with one page per SVG (each page the SVG's size, in points; vectors and text kept,
/// fonts embedded as subsets), titled `title`, with the design attached.
///
/// # Errors
/// When a page cannot be converted.
pub fn to_pdf_pages(
    svgs: &[String],
    title: &str,
    design_ron: &str,
) -> Result<Vec<u8>, ExportError> {
    use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
    let mut next = Ref::new(1);
    let catalog = next.bump();
    let tree_id = next.bump();
    let info = next.bump();
    let mut pdf = Pdf::new();
    let mut page_ids = Vec::with_capacity(svgs.len());
    let mut chunks = Vec::with_capacity(svgs.len());
    let mut pages = Vec::with_capacity(svgs.len());
    for svg in svgs {
        let tree = pdf_tree(svg)?;
        let (width, height) = (tree.size().width(), tree.size().height());
        let (chunk, picture) = svg2pdf::to_chunk(&tree, svg2pdf::ConversionOptions::default())
            .map_err(|error| pdf_error(error.to_string()))?;
        // Each page's objects numbered after everything before them.
        let mut renumbered = std::collections::HashMap::new();
        let chunk = chunk.renumber(|old| *renumbered.entry(old).or_insert_with(|| next.bump()));
        let picture = *renumbered
            .get(&picture)
            .ok_or_else(|| pdf_error("a page lost its drawing".to_owned()))?;
        let page = next.bump();
        let content = next.bump();
        page_ids.push(page);
        chunks.push(chunk);
        pages.push((page, content, picture, width, height));
    }
    pdf.pages(tree_id)
        .kids(page_ids.iter().copied())
        .count(i32::try_from(page_ids.len()).unwrap_or(i32::MAX));
    let name = Name(b"P");
    for (page, content, picture, width, height) in pages {
        let mut writer = pdf.page(page);
        writer.media_box(Rect::new(0.0, 0.0, width, height));
        writer.parent(tree_id);
        writer.contents(content);
        writer.resources().x_objects().pair(name, picture);
        writer.finish();
        let mut drawing = Content::new();
        drawing
            .transform([width, 0.0, 0.0, height, 0.0, 0.0])
            .x_object(name);
        pdf.stream(content, &drawing.finish());
    }
    pdf.document_info(info)
        .title(TextStr(title))
        .creator(TextStr("Leadflow"));
    for chunk in &chunks {
        pdf.extend(chunk);
    }
    attach_design(&mut pdf, catalog, tree_id, &mut next, design_ron);
    Ok(pdf.finish())
}

/// Attaches the design as a file, uncompressed and written last, between the lines the reader
/// looks for (RON comments, so the attachment saved by a PDF reader is a design file itself).
fn attach_design(
    pdf: &mut pdf_writer::Pdf,
    catalog: pdf_writer::Ref,
    tree_id: pdf_writer::Ref,
    next: &mut pdf_writer::Ref,
    design_ron: &str,
) {
    use crate::file::embedded::{PDF_ATTACHMENT, PDF_DESIGN_END, PDF_DESIGN_START};
    use pdf_writer::{Finish, Name, Str};
    let spec = next.bump();
    let file = next.bump();
    let mut catalog_writer = pdf.catalog(catalog);
    catalog_writer.pages(tree_id);
    catalog_writer
        .names()
        .embedded_files()
        .names()
        .insert(Str(PDF_ATTACHMENT.as_bytes()), spec);
    catalog_writer.finish();
    pdf.file_spec(spec)
        .path(Str(PDF_ATTACHMENT.as_bytes()))
        .embedded_file(file);
    let content = format!("{PDF_DESIGN_START}{design_ron}{PDF_DESIGN_END}");
    pdf.embedded_file(file, content.as_bytes())
        .subtype(Name(b"text/plain"));
}

#[cfg(test)]
mod tests {
    /// The ink of `text` drawn alone at 40 points: how many pixels it darkens, and the pixels.
    fn drawn(text: &str) -> (usize, Vec<u8>) {
        let svg = format!(
            "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='60'>\
             <text x='10' y='45' font-size='40' font-family='Ubuntu'>{text}</text></svg>"
        );
        let (_, _, rgba) = super::rasterise(&svg, 1.0).expect("drawn");
        let ink = rgba.chunks(4).filter(|pixel| pixel[3] > 64).count();
        (ink, rgba)
    }

    #[test]
    fn names_in_other_scripts_and_emoji_are_drawn_with_the_systems_fonts_not_as_boxes() {
        // A private-use character no font has: what a missing glyph looks like here.
        let (_, missing) = drawn("\u{E000}");
        for (what, text) in [("Arabic", "مرحبا"), ("Chinese", "客户"), ("an emoji", "🚀")]
        {
            let (ink, _) = drawn(text);
            assert!(ink > 40, "{what} draws nothing ({ink} pixels)");
            for ch in text.chars() {
                let (_, pixels) = drawn(&ch.to_string());
                assert!(
                    pixels != missing,
                    "{what}: {ch:?} is drawn as a missing glyph"
                );
            }
        }
        // The PDF writer subsets the same fonts without failing.
        let svg = "<svg xmlns='http://www.w3.org/2000/svg' width='400' height='60'>\
                   <text x='10' y='45' font-size='40'>مرحبا 客户 🚀</text></svg>";
        assert!(super::to_pdf_pages(&[svg.to_owned()], "Names", "").is_ok());
    }
}
