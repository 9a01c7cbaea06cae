//! The fonts exported images are drawn with: the ones the editor uses (Ubuntu Light, with Hack
//! for symbols it lacks), bundled, so exports look the same on every machine.

use crate::draw::TextMeasure;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// Family name exported SVG asks for first; PNG and PDF are drawn with the bundled file.
pub const FAMILY: &str = "Ubuntu";
/// What an SVG viewer without Ubuntu falls back to, in order.
pub const FALLBACK_FAMILIES: &str = "'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/// The bundled fonts, parsed for measuring.
pub struct Fonts {
    text: Option<FontRef<'static>>,
    symbols: Option<FontRef<'static>>,
}

impl Fonts {
    /// Parses the bundled fonts.
    #[must_use]
    pub fn new() -> Self {
        Self {
            text: FontRef::new(epaint_default_fonts::UBUNTU_LIGHT).ok(),
            symbols: FontRef::new(epaint_default_fonts::HACK_REGULAR).ok(),
        }
    }

    /// Distance from the top of a line of text to its baseline, as a share of the font size:
    /// shapes place text by the top of its line, SVG by its baseline.
    #[must_use]
    pub fn ascent(&self) -> f32 {
        self.text.as_ref().map_or(0.93, |font| {
            font.metrics(Size::new(1.0), LocationRef::default()).ascent
        })
    }

    /// A font database for rendering SVG with the bundled fonts, generic families included
    /// (without them resvg silently drops text).
    #[must_use]
    pub fn database() -> usvg::fontdb::Database {
        let mut database = usvg::fontdb::Database::new();
        database.load_font_data(epaint_default_fonts::UBUNTU_LIGHT.to_vec());
        database.load_font_data(epaint_default_fonts::HACK_REGULAR.to_vec());
        database.set_sans_serif_family(FAMILY);
        database.set_serif_family(FAMILY);
        database.set_monospace_family("Hack");
        database
    }
}

impl Default for Fonts {
    fn default() -> Self {
        Self::new()
    }
}

impl TextMeasure for Fonts {
    fn width(&self, text: &str, size: f32) -> f32 {
        let advance = |font: &FontRef<'static>, ch: char| {
            let glyph = font.charmap().map(ch)?;
            font.glyph_metrics(Size::new(size), LocationRef::default())
                .advance_width(glyph)
        };
        text.chars()
            .map(|ch| {
                self.text
                    .as_ref()
                    .and_then(|font| advance(font, ch))
                    .or_else(|| self.symbols.as_ref().and_then(|font| advance(font, ch)))
                    .unwrap_or(size * 0.5)
            })
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_with_the_bundled_font() {
        let fonts = Fonts::new();
        let short = fonts.width("Qualify", 17.0);
        assert!(short > 40.0 && short < 80.0, "{short}");
        assert!(fonts.width("Qualify leads", 17.0) > short);
        assert!((fonts.width("Qualify", 34.0) / short - 2.0).abs() < 0.01);
        assert!((0.8..1.0).contains(&fonts.ascent()), "{}", fonts.ascent());
    }
}
