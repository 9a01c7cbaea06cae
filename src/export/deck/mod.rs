//! The meeting deck: a PowerPoint file (`.pptx`) whose diagram is made of PowerPoint's own
//! shapes, whose charts are native charts with their data, whose tables are tables, with
//! speaker notes on every slide and the design inside, so Leadflow can open the deck again.

mod builder;
mod chart;
mod diagram;
mod package;
mod slides;
mod theme;
mod xml;

use super::pack::PackInput;

/// The deck's bytes.
///
/// # Errors
/// When the design cannot be written as RON, or a part cannot be written.
pub fn deck(input: &PackInput<'_>) -> Result<Vec<u8>, super::ExportError> {
    let encode = |message: String| super::ExportError::Encode {
        format: "PowerPoint",
        message,
    };
    let design_ron = crate::file::design_to_string(input.design)?;
    let slides = slides::slides(input).map_err(|error| encode(error.to_string()))?;
    let title = super::slide::slide_title(input.design);
    package::write(&package::Package {
        title: &title,
        slides,
        design_ron: &design_ron,
        background: super::background(input.theme, false),
        language: input.language,
    })
    .map_err(|error| encode(error.to_string()))
}
