//! The fonts exported images are drawn with: the ones the editor uses (Ubuntu Light, with Hack
//! for symbols it lacks), bundled, so exports look the same on every machine; and, for the
//! characters neither has (Arabic, Chinese, emoji, …), the fonts the machine has, so a name in
//! another script is drawn, not a row of boxes.

use crate::draw::TextMeasure;
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

/// Family name exported SVG asks for first; PNG and PDF are drawn with the bundled file.
pub const FAMILY: &str = "Ubuntu";
/// What an SVG viewer without Ubuntu falls back to, in order.
pub const FALLBACK_FAMILIES: &str = "'Segoe UI', 'Helvetica Neue', Arial, sans-serif";

/// Leaves out of a font database the system's faces that would spoil an export: those of a
/// bundled family ([`shadows_bundled`]) and those drawn only in bitmaps ([`is_bitmap_only`]).
/// A macro, as PNG and PDF are drawn with two versions of fontdb (usvg's and svg2pdf's).
macro_rules! drop_unusable_system_faces {
    ($database:expr, $bundled:path) => {{
        let unusable: Vec<_> = $database
            .faces()
            .filter(|face| {
                !matches!(face.source, $bundled(_))
                    && ($crate::export::fonts::shadows_bundled(&face.families)
                        || $database
                            .with_face_data(face.id, $crate::export::fonts::is_bitmap_only)
                            .unwrap_or(true))
            })
            .map(|face| face.id)
            .collect();
        for id in unusable {
            $database.remove_face(id);
        }
    }};
}
pub(super) use drop_unusable_system_faces;

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

    /// A font database for rendering SVG with the bundled fonts first, generic families
    /// included (without them resvg silently drops text), and the system's fonts after them:
    /// resvg takes a character the bundled fonts lack from the first font that has it, and
    /// shapes right-to-left scripts right to left.
    #[must_use]
    pub fn database() -> usvg::fontdb::Database {
        let mut database = Self::bundled_database();
        database.load_system_fonts();
        drop_unusable_system_faces!(database, usvg::fontdb::Source::Binary);
        database
    }

    /// The bundled fonts alone: what an export looks like on a machine without other fonts.
    #[must_use]
    pub fn bundled_database() -> usvg::fontdb::Database {
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
                    .unwrap_or_else(|| size * fallback_width(ch))
            })
            .sum()
    }
}

/// A system font the window falls back to: its family, its file's bytes and the face in it.
pub struct SystemFont {
    /// Family name, which names it among the window's fonts.
    pub family: String,
    /// The font file.
    pub data: Vec<u8>,
    /// The face within the file (collections hold several).
    pub index: u32,
}

/// Characters the bundled fonts lack, one per script the window should still draw: Chinese,
/// Japanese kana, Korean, Arabic, Hebrew, Devanagari, Thai, an emoji.
const PROBES: [char; 8] = ['客', 'あ', '한', 'م', 'ש', 'क', 'ก', '🚀'];

/// What [`system_fallbacks`] found, once looked for.
static FALLBACKS: std::sync::OnceLock<Vec<SystemFont>> = std::sync::OnceLock::new();

/// The system's fallback fonts if they have been looked for, without waiting for the look.
#[must_use]
pub fn system_fallbacks_found() -> Option<&'static [SystemFont]> {
    FALLBACKS.get().map(Vec::as_slice)
}

/// The system's outline fonts that draw [`PROBES`], the first found for each, read once per
/// process: the window adds them behind its bundled fonts, so a stage named in Chinese shows
/// its name, not boxes.
pub fn system_fallbacks() -> &'static [SystemFont] {
    FALLBACKS.get_or_init(|| {
        let mut database = usvg::fontdb::Database::new();
        database.load_system_fonts();
        let mut found: Vec<SystemFont> = Vec::new();
        let mut missing: Vec<char> = PROBES.to_vec();
        // One look at each face (the files are mapped, not read), until every probe is drawn.
        for face in database.faces() {
            if missing.is_empty() {
                break;
            }
            if shadows_bundled(&face.families) {
                continue;
            }
            let drawn = database
                .with_face_data(face.id, |data, index| {
                    if is_bitmap_only(data, index) {
                        return Vec::new();
                    }
                    let Ok(font) = FontRef::from_index(data, index) else {
                        return Vec::new();
                    };
                    let charmap = font.charmap();
                    missing
                        .iter()
                        .copied()
                        .filter(|&probe| charmap.map(probe).is_some())
                        .collect()
                })
                .unwrap_or_default();
            if drawn.is_empty() {
                continue;
            }
            missing.retain(|probe| !drawn.contains(probe));
            let family = face
                .families
                .first()
                .map_or_else(|| format!("fallback-{}", face.id), |(name, _)| name.clone());
            if found.iter().any(|known| known.family == family) {
                continue;
            }
            if let Some(font) = database.with_face_data(face.id, |data, index| SystemFont {
                family,
                data: data.to_vec(),
                index,
            }) {
                found.push(font);
            }
        }
        found
    })
}

/// Whether a system face has the family of a bundled font (Ubuntu, as installed on Ubuntu
/// desktops, is its regular weight where Leadflow bundles the light one): left out, so an
/// export is drawn with the fonts it was measured with, on every machine.
#[must_use]
pub fn shadows_bundled(families: &[(String, impl Sized)]) -> bool {
    families
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case(FAMILY) || name.eq_ignore_ascii_case("Hack"))
}

/// Whether the font in `data` (face `index`) draws its glyphs only as bitmaps (Noto Color Emoji's
/// CBDT, Apple's sbix) and has no outlines: resvg cannot draw those and the PDF writer cannot
/// subset them, so they are left out and an outline font with the character (Symbola, Segoe UI
/// Emoji) draws it instead.
#[must_use]
pub fn is_bitmap_only(data: &[u8], index: u32) -> bool {
    let Ok(font) = FontRef::from_index(data, index) else {
        return true;
    };
    let has = |tag: &[u8; 4]| font.table_data(skrifa::Tag::new(tag)).is_some();
    !(has(b"glyf") || has(b"CFF ") || has(b"CFF2"))
}

/// The width, in ems, of a character the bundled fonts lack, drawn by a system font: ideographs,
/// kana, Hangul and emoji take a full em, other scripts about half (Arabic, Hebrew, Thai).
fn fallback_width(ch: char) -> f32 {
    let wide = matches!(u32::from(ch),
        0x1100..=0x115F // Hangul Jamo
        | 0x2E80..=0xA4CF // CJK radicals to Yi
        | 0xAC00..=0xD7A3 // Hangul syllables
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFE30..=0xFE4F // CJK compatibility forms
        | 0xFF00..=0xFF60 // full-width forms
        | 0x1F000..=0x1FAFF // emoji and pictographs
        | 0x20000..=0x3FFFD // CJK extensions
    );
    if wide { 1.0 } else { 0.55 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_falls_back_to_system_fonts_for_chinese_arabic_and_emoji() {
        // CI installs DejaVu, Droid Sans Fallback and Symbola (.ci/run), as the .deb recommends.
        let fallbacks = system_fallbacks();
        for probe in ['客', 'م', '🚀'] {
            assert!(
                fallbacks
                    .iter()
                    .any(|font| FontRef::from_index(&font.data, font.index)
                        .is_ok_and(|face| face.charmap().map(probe).is_some())),
                "no system font draws {probe:?}: {:?}",
                fallbacks
                    .iter()
                    .map(|font| &font.family)
                    .collect::<Vec<_>>()
            );
        }
    }

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
