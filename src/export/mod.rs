//! Exported images: the diagram alone or a 16:9 slide, as SVG (true vectors, text as text),
//! PNG (rasterised from that SVG with resvg, no window or GPU) or PDF. Every image carries
//! the design, so Leadflow can open it again.

mod choices;
pub mod deck;
mod fonts;
pub mod motion;
mod pack;
mod picture;
mod render;
mod report;
pub mod review_slide;
mod slide;
mod svg;
pub mod workbook;

pub use choices::ExportSettings;
pub use fonts::{Fonts, SystemFont, system_fallbacks, system_fallbacks_found};
pub use picture::{Picture, diagram, diagram_shapes, diagram_shapes_in};
pub use slide::{SLIDE_HEIGHT, SLIDE_WIDTH, slide};

use crate::design::{Design, StageId};
use crate::draw::{Colour, Theme, ThemeChoice};
use crate::sim::SimResult;
use std::collections::BTreeSet;

/// The file format of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// A raster image, at a chosen scale.
    Png,
    /// Vectors with text as text.
    Svg,
    /// Vectors in a PDF page.
    Pdf,
    /// A PowerPoint deck: shapes, charts and tables to edit, speaker notes.
    Pptx,
    /// The flow in motion, looping: a GIF for any e-mail or chat.
    Gif,
    /// The flow in motion as an animated PNG (full colour), carrying the design.
    Apng,
}

impl Format {
    /// All formats, in menu order.
    pub const ALL: [Self; 6] = [
        Self::Png,
        Self::Svg,
        Self::Pdf,
        Self::Pptx,
        Self::Gif,
        Self::Apng,
    ];

    /// The format a file name's extension asks for.
    #[must_use]
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(Self::Png),
            "svg" => Some(Self::Svg),
            "pdf" => Some(Self::Pdf),
            "pptx" => Some(Self::Pptx),
            "gif" => Some(Self::Gif),
            "apng" => Some(Self::Apng),
            _ => None,
        }
    }

    /// The file extension, without the dot.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
            Self::Pdf => "pdf",
            Self::Pptx => "pptx",
            Self::Gif => "gif",
            Self::Apng => "apng",
        }
    }

    /// The name shown in menus.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    fn message_id(self) -> &'static str {
        match self {
            Self::Png => "export-format-png",
            Self::Svg => "export-format-svg",
            Self::Pdf => "export-format-pdf",
            Self::Pptx => "export-format-pptx",
            Self::Gif => "export-format-gif",
            Self::Apng => "export-format-apng",
        }
    }

    /// Whether the format is the flow in motion.
    #[must_use]
    pub fn is_animation(self) -> bool {
        matches!(self, Self::Gif | Self::Apng)
    }
}

/// What an export shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Layout {
    /// The diagram alone (the selection only, if something is selected).
    Diagram,
    /// A 16:9 slide: title, diagram, chart, headline figures and assumptions.
    Slide,
    /// A report on A4 pages (PDF only): what the deck holds, to send ahead of a meeting.
    Report,
}

impl Layout {
    /// The name shown in menus.
    #[must_use]
    pub fn label(self, language: crate::i18n::Language) -> String {
        crate::i18n::text_in(language, self.message_id())
    }

    /// The message of its label.
    fn message_id(self) -> &'static str {
        match self {
            Self::Diagram => "export-layout-diagram",
            Self::Slide => "export-layout-slide",
            Self::Report => "export-layout-report",
        }
    }
}

/// How to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// File format.
    pub format: Format,
    /// Diagram or slide.
    pub layout: Layout,
    /// Pixels per point for PNG: 1, 2 or 4 (ignored by vector formats).
    pub scale: u32,
    /// Light or dark drawing.
    pub theme: ThemeChoice,
    /// No background at all (PNG and SVG); otherwise white, or the dark canvas.
    pub transparent: bool,
    /// Only these stages (and the flows between them), for the diagram layout.
    pub only: Option<BTreeSet<StageId>>,
    /// How long and how smooth an animation is.
    pub motion: motion::Motion,
    /// The language its words are in.
    pub language: crate::i18n::Language,
}

impl ExportOptions {
    /// Whether the export is the meeting pack (the deck, or the report), which needs the
    /// levers for its "where to improve" part.
    #[must_use]
    pub fn is_pack(&self) -> bool {
        self.format == Format::Pptx || (self.format == Format::Pdf && self.layout == Layout::Report)
    }
}

impl Default for ExportOptions {
    fn default() -> Self {
        Self {
            format: Format::Png,
            layout: Layout::Diagram,
            scale: 2,
            theme: ThemeChoice::Light,
            transparent: false,
            only: None,
            motion: motion::Motion::default(),
            language: crate::i18n::Language::English,
        }
    }
}

impl From<crate::file::SaveError> for ExportError {
    fn from(error: crate::file::SaveError) -> Self {
        Self::Embed(error)
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The design could not be written as RON to embed it.
    #[error("cannot embed the design: {}", crate::i18n::Worded::words(.0, crate::i18n::Language::English))]
    Embed(crate::file::SaveError),
    /// The SVG could not be rasterised.
    #[error("cannot draw the image: {0}")]
    Render(String),
    /// The image is too large to rasterise.
    #[error("the image would be {width} × {height} pixels, too large; choose a smaller scale")]
    TooLarge {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// The PNG or PDF could not be encoded.
    #[error("cannot encode the {format}: {message}")]
    Encode {
        /// Which format.
        format: &'static str,
        /// What went wrong.
        message: String,
    },
}

/// What is drawn behind an export: nothing, white, or the dark canvas.
fn background(theme: &Theme, transparent: bool) -> Colour {
    if transparent {
        return Colour::TRANSPARENT;
    }
    match theme.choice {
        ThemeChoice::Light => Colour::WHITE,
        ThemeChoice::Dark => theme.canvas,
    }
}

/// The picture an export draws: the diagram or the slide, in the chosen theme.
#[must_use]
pub fn picture(design: &Design, result: &SimResult, options: &ExportOptions) -> Picture {
    let language = options.language;
    let theme = Theme::new(options.theme);
    let background = background(&theme, options.transparent);
    let fonts = Fonts::new();
    if options.format.is_animation() {
        // The middle of the year: its leads on their way, its piles grown.
        let input = motion::MotionInput {
            design,
            result,
            theme: &theme,
            background,
            measure: &fonts,
            language: options.language,
            motion: options.motion,
        };
        return motion::frame(&input, options.motion.frames() / 2);
    }
    match options.layout {
        Layout::Diagram => diagram(
            design,
            Some(result),
            &theme,
            options.only.as_ref(),
            background,
            &fonts,
            language,
        ),
        Layout::Slide => slide(design, result, &theme, background, &fonts, language),
        // One picture of a report is its first page (the export dialog's preview).
        Layout::Report => report_pages(design, result, &[], &theme, &fonts, language)
            .into_iter()
            .next()
            .unwrap_or_else(|| slide(design, result, &theme, background, &fonts, language)),
    }
}

/// The SVG text of `picture`, carrying `design`.
///
/// # Errors
/// When the design cannot be written as RON.
pub fn to_svg(design: &Design, picture: &Picture) -> Result<String, ExportError> {
    let ron = crate::file::design_to_string(design)?;
    Ok(svg::to_svg(picture, &ron, Fonts::new().ascent()))
}

/// Straight-alpha RGBA pixels of the export at `scale` pixels per point (for previews and
/// the clipboard): width, height, rows.
///
/// # Errors
/// When the image cannot be drawn.
pub fn pixels(
    design: &Design,
    result: &SimResult,
    options: &ExportOptions,
    scale: f32,
) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let picture = picture(design, result, options);
    let svg = to_svg(design, &picture)?;
    render::rasterise(&svg, scale)
}

/// The exported file's bytes. A deck's "where to improve" slide needs the levers, worked out
/// here (each is a simulation); [`export_deck`] takes them from a caller who has them.
///
/// # Errors
/// When the design cannot be embedded or the image cannot be drawn or encoded.
pub fn export(
    design: &Design,
    result: &SimResult,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let language = options.language;
    if options.is_pack() {
        return export_pack(design, result, &deck_levers(design), options);
    }
    if options.format.is_animation() {
        return export_motion(design, result, options);
    }
    let image = || to_svg(design, &picture(design, result, options));
    match options.format {
        Format::Svg => Ok(image()?.into_bytes()),
        Format::Png => {
            let ron = crate::file::design_to_string(design)?;
            render::to_png(&image()?, options.scale.clamp(1, 8), &ron)
        }
        Format::Pdf => {
            let ron = crate::file::design_to_string(design)?;
            render::to_pdf_pages(&[image()?], &slide::slide_title(design), &ron)
        }
        Format::Pptx => export_deck(
            design,
            result,
            &deck_levers(design),
            options.theme,
            language,
        ),
        Format::Gif | Format::Apng => export_motion(design, result, options),
    }
}

/// The flow in motion, as the options' format asks.
fn export_motion(
    design: &Design,
    result: &SimResult,
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let theme = Theme::new(options.theme);
    let fonts = Fonts::new();
    let input = motion::MotionInput {
        design,
        result,
        theme: &theme,
        background: background(&theme, false),
        measure: &fonts,
        language: options.language,
        motion: options.motion,
    };
    let animation = if options.format == Format::Gif {
        motion::Animation::Gif
    } else {
        motion::Animation::Apng
    };
    let ron = crate::file::design_to_string(design)?;
    motion::animate(&input, animation, &ron)
}

/// The meeting pack (the deck, or the report) with `levers` (largest first) in its "where
/// to improve" part; any other export as [`export`] writes it.
///
/// # Errors
/// When the design cannot be embedded or a part or page cannot be written.
pub fn export_pack(
    design: &Design,
    result: &SimResult,
    levers: &[crate::advice::levers::Lever],
    options: &ExportOptions,
) -> Result<Vec<u8>, ExportError> {
    let language = options.language;
    match options.format {
        Format::Pptx => export_deck(design, result, levers, options.theme, language),
        Format::Pdf if options.layout == Layout::Report => {
            let theme = Theme::new(options.theme);
            let pages = report_pages(design, result, levers, &theme, &Fonts::new(), language);
            let ron = crate::file::design_to_string(design)?;
            let svgs: Vec<String> = pages
                .iter()
                .map(|page| svg::to_svg(page, &ron, Fonts::new().ascent()))
                .collect();
            render::to_pdf_pages(&svgs, &slide::slide_title(design), &ron)
        }
        _ => export(design, result, options),
    }
}

/// The report's A4 pages, in the current language, on the theme's background, with `levers`
/// (largest first) under "where to improve".
#[must_use]
pub fn report_pages(
    design: &Design,
    result: &SimResult,
    levers: &[crate::advice::levers::Lever],
    theme: &Theme,
    fonts: &Fonts,
    language: crate::i18n::Language,
) -> Vec<Picture> {
    report::report(
        &pack::PackInput {
            design,
            result,
            levers,
            theme,
            measure: fonts,
            language,
        },
        background(theme, false),
    )
}

/// `svg` as straight-alpha RGBA pixels at `scale` pixels per point: width, height, rows.
///
/// # Errors
/// When the SVG cannot be drawn or the image would be too large.
pub fn rasterise(svg: &str, scale: f32) -> Result<(u32, u32, Vec<u8>), ExportError> {
    render::rasterise(svg, scale)
}

/// `picture` as a file of `format` (PNG at `scale`, SVG or PDF), carrying `design`; the
/// review slide is written this way.
///
/// # Errors
/// When the format is not a picture's, or the picture cannot be drawn or encoded.
pub fn picture_bytes(
    design: &Design,
    picture: &Picture,
    format: Format,
    scale: u32,
) -> Result<Vec<u8>, ExportError> {
    let svg = to_svg(design, picture)?;
    match format {
        Format::Svg => Ok(svg.into_bytes()),
        Format::Png => {
            let ron = crate::file::design_to_string(design)?;
            render::to_png(&svg, scale.clamp(1, 8), &ron)
        }
        Format::Pdf => {
            let ron = crate::file::design_to_string(design)?;
            render::to_pdf_pages(&[svg], &picture.title, &ron)
        }
        Format::Pptx | Format::Gif | Format::Apng => Err(ExportError::Encode {
            format: "slide",
            message: format!(
                "a slide is written as PNG, SVG or PDF, not {}",
                format.extension()
            ),
        }),
    }
}

/// The levers for a deck's "where to improve" slide when none are worked out yet: in expected
/// values, as each lever is a simulation and in Monte Carlo a thousand-run design's levers
/// would take minutes (the slide shows no bands).
#[must_use]
pub fn deck_levers(design: &Design) -> Vec<crate::advice::levers::Lever> {
    let mut expected = design.clone();
    expected.simulation.mode = crate::design::SimulationMode::Expected;
    crate::advice::levers::levers(&expected)
}

/// The PowerPoint deck of `design` in the current language, with `levers` (largest first) on
/// its "where to improve" slide.
///
/// # Errors
/// When the design cannot be embedded or a part cannot be written.
pub fn export_deck(
    design: &Design,
    result: &SimResult,
    levers: &[crate::advice::levers::Lever],
    theme: ThemeChoice,
    language: crate::i18n::Language,
) -> Result<Vec<u8>, ExportError> {
    let theme = Theme::new(theme);
    let fonts = Fonts::new();
    deck::deck(&pack::PackInput {
        design,
        result,
        levers,
        theme: &theme,
        measure: &fonts,
        language,
    })
}
