//! The flow in motion: the presentation's leads travelling through the process over the
//! year, as a looping GIF or animated PNG small enough for an e-mail or a chat. Each frame is
//! a 16:9 picture (the title, the week and month, the process with its dots, how far through
//! the year) rasterised like any export.

use super::{ExportError, Fonts, Picture, render};
use crate::design::{Design, Point};
use crate::draw::motion::{Moment, PILE_ROOM, lead_dots, process_shapes};
use crate::draw::{self, Align, Bounds, Colour, Line, Shape, Style, TextMeasure, Theme};
use crate::i18n::Language;
use crate::i18n::format::month_label_in;
use crate::sim::SimResult;
use std::ops::RangeInclusive;

/// A frame in picture units; rasterised at half scale it is 960 × 540 pixels.
const FRAME_WIDTH: f32 = 1920.0;
const FRAME_HEIGHT: f32 = 1080.0;
pub const PIXELS_PER_UNIT: f32 = 0.5;
const LEFT: f32 = 80.0;
const RIGHT: f32 = 1840.0;

/// How long the animation runs and how smoothly.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Motion {
    /// Seconds the year takes, once round.
    pub seconds: u32,
    /// Frames a second.
    pub fps: u32,
}

impl Motion {
    /// The lengths offered, in seconds.
    pub const SECONDS: RangeInclusive<u32> = 1..=60;
    /// The frame rates offered.
    pub const FPS: RangeInclusive<u32> = 1..=30;

    /// The same motion with both figures brought into their ranges.
    #[must_use]
    pub fn clamped(self) -> Self {
        Self {
            seconds: self
                .seconds
                .clamp(*Self::SECONDS.start(), *Self::SECONDS.end()),
            fps: self.fps.clamp(*Self::FPS.start(), *Self::FPS.end()),
        }
    }

    /// How many frames the animation has.
    #[must_use]
    pub fn frames(self) -> u32 {
        let motion = self.clamped();
        motion.seconds * motion.fps
    }
}

impl Default for Motion {
    fn default() -> Self {
        Self {
            seconds: 10,
            fps: 10,
        }
    }
}

/// What the frames are drawn from.
pub struct MotionInput<'a> {
    pub design: &'a Design,
    pub result: &'a SimResult,
    pub theme: &'a Theme,
    pub background: Colour,
    pub measure: &'a dyn TextMeasure,
    pub language: Language,
    pub motion: Motion,
}

/// Frame `index` of the animation: the week it has reached and the dots where they are then.
#[must_use]
pub fn frame(input: &MotionInput<'_>, index: u32) -> Picture {
    let language = input.language;
    let MotionInput {
        design,
        result,
        theme,
        measure,
        motion,
        ..
    } = *input;
    let motion = motion.clamped();
    let frames = motion.frames().max(1);
    let weeks = result.weeks.max(1);
    let week = (index as usize * weeks / frames as usize).min(weeks - 1);
    let geometry = draw::stage_geometry(design);
    let paths = draw::flow_paths(design, &geometry);
    let moment = Moment {
        design,
        result,
        geometry: &geometry,
        paths: &paths,
        week,
    };
    let style = Style::new(theme, measure, language);
    let mut shapes = header(input, week);
    let process = process_shapes(moment, None, style);
    if let Some(bounds) = draw::bounds_of(&process, measure) {
        let with_piles = Bounds {
            min: Point::new(bounds.min.x, bounds.min.y - PILE_ROOM),
            max: bounds.max,
        };
        let area = Bounds {
            min: Point::new(LEFT, 150.0),
            max: Point::new(RIGHT, 1010.0),
        };
        let (scale, dx, dy) = super::slide::fitting(with_piles, area);
        // Fitted small, the text would be too small to read in a chat: less of it, larger.
        let process = if scale < 1.0 {
            process_shapes(moment, None, style.legible_at(scale))
        } else {
            process
        };
        shapes.extend(
            process
                .into_iter()
                .map(|shape| shape.transformed(scale, dx, dy)),
        );
        // At least three pixels across, however small the diagram is fitted.
        let radius = (3.2 * scale).max(3.0 / PIXELS_PER_UNIT);
        let seconds = f64::from(index) / f64::from(motion.fps);
        shapes.extend(lead_dots(moment, seconds, theme).into_iter().map(|dot| {
            let size = if dot.sitting { radius * 0.8 } else { radius };
            Shape::Ellipse {
                center: Point::new(dot.at.x * scale + dx, dot.at.y * scale + dy),
                radius: (size, size),
                fill: dot.colour,
                line: Line::NONE,
            }
        }));
    }
    progress(&mut shapes, theme, (week + 1) as f32 / weeks as f32);
    Picture {
        width: FRAME_WIDTH,
        height: FRAME_HEIGHT,
        background: input.background,
        title: super::slide::slide_title(design),
        shapes,
    }
}

/// The title on the left; the week and its month on the right.
fn header(input: &MotionInput<'_>, week: usize) -> Vec<Shape> {
    let theme = input.theme;
    let date = crate::design::calendar::day_after(input.result.start_date, week * 7);
    let when = crate::message!(
        "motion-week",
        week = week + 1,
        month = month_label_in(input.language, date, true)
    )
    .words(input.language);
    let title = super::slide::slide_title(input.design);
    let when_width = input.measure.width(&when, 40.0);
    let title = super::slide::fit_line(
        &title,
        46.0,
        RIGHT - LEFT - when_width - 60.0,
        input.measure,
    );
    vec![
        Shape::text(LEFT, 50.0, Align::Start, 46.0, theme.text, title),
        Shape::text(RIGHT, 54.0, Align::End, 40.0, theme.text_muted, when),
        Shape::Path {
            points: vec![Point::new(LEFT, 124.0), Point::new(RIGHT, 124.0)],
            line: Line::solid(1.5, theme.grid),
        },
    ]
}

/// How far through the period the animation is, as a bar along the bottom.
fn progress(shapes: &mut Vec<Shape>, theme: &Theme, done: f32) {
    let y = 1040.0;
    shapes.push(Shape::Rect {
        min: Point::new(LEFT, y),
        max: Point::new(RIGHT, y + 8.0),
        corner: 4.0,
        fill: theme.grid,
        line: Line::NONE,
    });
    shapes.push(Shape::Rect {
        min: Point::new(LEFT, y),
        max: Point::new(LEFT + (RIGHT - LEFT) * done.clamp(0.0, 1.0), y + 8.0),
        corner: 4.0,
        fill: theme.selection,
        line: Line::NONE,
    });
}

/// Frame `index` as straight-alpha RGBA pixels.
fn pixels(input: &MotionInput<'_>, index: u32) -> Result<(u32, u32, Vec<u8>), ExportError> {
    let picture = frame(input, index);
    // A frame carries no design: the animation as a whole does, where the format allows.
    let svg = super::svg::to_svg(&picture, "", Fonts::new().ascent());
    render::rasterise(&svg, PIXELS_PER_UNIT)
}

/// Which file the animation is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Animation {
    Gif,
    Apng,
}

/// The animation's bytes; an animated PNG carries the design like any PNG export.
///
/// # Errors
/// When a frame cannot be drawn or the file cannot be encoded.
pub fn animate(
    input: &MotionInput<'_>,
    animation: Animation,
    design_ron: &str,
) -> Result<Vec<u8>, ExportError> {
    match animation {
        Animation::Gif => gif_bytes(input),
        Animation::Apng => apng_bytes(input, design_ron),
    }
}

fn encode_error(format: &'static str) -> impl Fn(String) -> ExportError {
    move |message| ExportError::Encode { format, message }
}

/// The colour that stands for "as in the frame before", so an unchanged pixel costs almost
/// nothing: the palette's last entry, never given to a drawn colour.
const UNCHANGED: u8 = 255;

fn gif_bytes(input: &MotionInput<'_>) -> Result<Vec<u8>, ExportError> {
    let error = encode_error("GIF");
    let frames = input.motion.frames();
    // One palette for the whole animation, learnt from its first, middle and last frames, so
    // a colour stays the same colour from frame to frame.
    let mut sample = Vec::new();
    let mut size = (0, 0);
    for index in [0, frames / 2, frames.saturating_sub(1)] {
        let (width, height, rgba) = pixels(input, index)?;
        size = (width, height);
        sample.extend(rgba);
    }
    let (width, height) = size;
    let too_large = || ExportError::TooLarge { width, height };
    let (gif_width, gif_height) = (
        u16::try_from(width).map_err(|_| too_large())?,
        u16::try_from(height).map_err(|_| too_large())?,
    );
    let quantizer = color_quant::NeuQuant::new(10, usize::from(UNCHANGED), &sample);
    drop(sample);
    let mut palette = quantizer.color_map_rgb();
    palette.resize(256 * 3, 0);
    let mut bytes = Vec::new();
    {
        let mut encoder = gif::Encoder::new(&mut bytes, gif_width, gif_height, &palette)
            .map_err(|failure| error(failure.to_string()))?;
        encoder
            .set_repeat(gif::Repeat::Infinite)
            .map_err(|failure| error(failure.to_string()))?;
        let delay = (100.0 / f64::from(input.motion.clamped().fps)).round() as u16;
        let mut previous: Option<Vec<u8>> = None;
        for index in 0..frames {
            let (_, _, rgba) = pixels(input, index)?;
            let indices: Vec<u8> = rgba
                .chunks_exact(4)
                .map(|pixel| quantizer.index_of(pixel) as u8)
                .collect();
            let mut shown = indices.clone();
            if let Some(previous) = &previous {
                for (pixel, before) in shown.iter_mut().zip(previous) {
                    if pixel == before {
                        *pixel = UNCHANGED;
                    }
                }
            }
            let frame = gif::Frame {
                width: gif_width,
                height: gif_height,
                delay,
                dispose: gif::DisposalMethod::Keep,
                transparent: previous.is_some().then_some(UNCHANGED),
                buffer: std::borrow::Cow::Owned(shown),
                ..gif::Frame::default()
            };
            encoder
                .write_frame(&frame)
                .map_err(|failure| error(failure.to_string()))?;
            previous = Some(indices);
        }
    }
    Ok(bytes)
}

fn apng_bytes(input: &MotionInput<'_>, design_ron: &str) -> Result<Vec<u8>, ExportError> {
    let error = encode_error("PNG");
    let frames = input.motion.frames();
    let (width, height, first) = pixels(input, 0)?;
    let mut bytes = Vec::new();
    let mut encoder = png::Encoder::new(&mut bytes, width, height);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Balanced);
    encoder
        .add_itxt_chunk(
            crate::file::embedded::PNG_KEYWORD.to_owned(),
            design_ron.to_owned(),
        )
        .map_err(|failure| error(failure.to_string()))?;
    encoder
        .set_animated(frames, 0)
        .map_err(|failure| error(failure.to_string()))?;
    let fps = u16::try_from(input.motion.clamped().fps).unwrap_or(10);
    encoder
        .set_frame_delay(1, fps)
        .map_err(|failure| error(failure.to_string()))?;
    let mut writer = encoder
        .write_header()
        .map_err(|failure| error(failure.to_string()))?;
    writer
        .write_image_data(&first)
        .map_err(|failure| error(failure.to_string()))?;
    for index in 1..frames {
        let (_, _, rgba) = pixels(input, index)?;
        writer
            .write_image_data(&rgba)
            .map_err(|failure| error(failure.to_string()))?;
    }
    writer
        .finish()
        .map_err(|failure| error(failure.to_string()))?;
    Ok(bytes)
}
