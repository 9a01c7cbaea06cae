//! The small pieces of DrawingML every slide part is made of: lengths in EMU, colours, text
//! runs and paragraphs, written as XML text.
//!
//! A slide is laid out in the same 1920 × 1080 units as the image slide, so the deck and the
//! picture share their proportions; one unit is 6350 EMU (half a point) on a 13.33 × 7.5 inch
//! (16:9) PowerPoint slide.

use crate::draw::{Align, Colour};
use crate::i18n::Language;
use std::borrow::Cow;
use std::fmt::Write as _;

/// The deck's font: every PowerPoint has it (LibreOffice shows it as Carlito, of the same
/// widths). Named in each run, as LibreOffice does not look text's font up in the theme.
pub const FONT: &str = "Calibri";
/// EMU (English Metric Units, 914 400 to the inch) in one slide unit.
pub const EMU_PER_UNIT: f32 = 6350.0;
/// The slide's width in EMU: 16:9, the width PowerPoint gives a new widescreen deck.
pub const SLIDE_CX: i64 = 12_192_000;
/// The slide's height in EMU.
pub const SLIDE_CY: i64 = 6_858_000;

/// `units` of the 1920 × 1080 layout in EMU.
#[must_use]
pub fn emu(units: f32) -> i64 {
    (units * EMU_PER_UNIT).round() as i64
}

/// A font size of `units` in hundredths of a point, as DrawingML writes sizes (one unit is half
/// a point), between the 1 and 4000 points the format allows.
#[must_use]
pub fn font_size(units: f32) -> i64 {
    ((units * 50.0).round() as i64).clamp(100, 400_000)
}

/// Text for XML: escaped, and without the characters XML 1.0 cannot hold (a name pasted from
/// elsewhere may carry a control character or a noncharacter): tabs and line breaks become
/// spaces, the rest the replacement character.
#[must_use]
pub fn text(raw: &str) -> Cow<'_, str> {
    if raw.chars().all(|c| !c.is_control() && is_xml_char(c)) {
        return quick_xml::escape::escape(raw);
    }
    let clean: String = raw
        .chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => ' ',
            c if c.is_control() || !is_xml_char(c) => '\u{FFFD}',
            c => c,
        })
        .collect();
    Cow::Owned(quick_xml::escape::escape(clean.as_str()).into_owned())
}

/// Whether XML 1.0 allows `c` in a document (its `Char` production).
#[must_use]
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `<a:srgbClr>` for `colour`, with its opacity when it has one.
#[must_use]
pub fn colour(colour: Colour) -> String {
    let hex = format!("{:02X}{:02X}{:02X}", colour.r, colour.g, colour.b);
    if colour.a == u8::MAX {
        format!(r#"<a:srgbClr val="{hex}"/>"#)
    } else {
        let alpha = i64::from(colour.a) * 100_000 / 255;
        format!(r#"<a:srgbClr val="{hex}"><a:alpha val="{alpha}"/></a:srgbClr>"#)
    }
}

/// `<a:solidFill>` of `colour`, or `<a:noFill/>` for a transparent one.
#[must_use]
pub fn fill(colour: Colour) -> String {
    if colour.a == 0 {
        "<a:noFill/>".to_owned()
    } else {
        format!("<a:solidFill>{}</a:solidFill>", self::colour(colour))
    }
}

/// One run of text in one look.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub text: String,
    /// Size in slide units.
    pub size: f32,
    pub colour: Colour,
    pub bold: bool,
}

impl Run {
    /// A run of `text`.
    #[must_use]
    pub fn new(text: impl Into<String>, size: f32, colour: Colour) -> Self {
        Self {
            text: text.into(),
            size,
            colour,
            bold: false,
        }
    }

    /// The same run in bold.
    #[must_use]
    pub fn bold(self) -> Self {
        Self { bold: true, ..self }
    }
}

/// A paragraph: runs on one line (wrapped by the shape), aligned, with an exact line pitch
/// when the layout placed its lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub runs: Vec<Run>,
    pub align: Align,
    /// Distance to the next line, in slide units; the font's own spacing when none.
    pub pitch: Option<f32>,
}

impl Paragraph {
    /// A paragraph of one run.
    #[must_use]
    pub fn of(run: Run, align: Align) -> Self {
        Self {
            runs: vec![run],
            align,
            pitch: None,
        }
    }

    /// The paragraph as `<a:p>`, its text marked as in `language` (so PowerPoint checks
    /// spelling in the deck's language).
    #[must_use]
    pub fn xml(&self, language: Language) -> String {
        let mut out = String::from("<a:p>");
        let align = match self.align {
            Align::Start => "l",
            Align::Middle => "ctr",
            Align::End => "r",
        };
        let _ = write!(out, r#"<a:pPr algn="{align}">"#);
        if let Some(pitch) = self.pitch {
            let _ = write!(
                out,
                r#"<a:lnSpc><a:spcPts val="{}"/></a:lnSpc>"#,
                font_size(pitch)
            );
        }
        out.push_str("</a:pPr>");
        for run in &self.runs {
            let _ = write!(
                out,
                r#"<a:r><a:rPr lang="{}" sz="{}" b="{}" dirty="0">{}<a:latin typeface="{FONT}"/><a:cs typeface="{FONT}"/></a:rPr><a:t>{}</a:t></a:r>"#,
                language_tag(language),
                font_size(run.size),
                u8::from(run.bold),
                fill(run.colour),
                text(&run.text)
            );
        }
        // The end mark keeps the size, so an empty paragraph is as tall as its text would be.
        if let Some(run) = self.runs.last() {
            let _ = write!(out, r#"<a:endParaRPr sz="{}"/>"#, font_size(run.size));
        }
        out.push_str("</a:p>");
        out
    }
}

/// The language tag text is marked with.
pub fn language_tag(language: Language) -> &'static str {
    match language {
        Language::English => "en-GB",
        Language::Swedish => "sv-SE",
        Language::Danish => "da-DK",
        Language::Finnish => "fi-FI",
    }
}

/// Where text sits in its shape, top to bottom.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Top,
    Middle,
}

/// `<p:txBody>` with `paragraphs`: no insets beyond `inset` units, wrapped at the shape's
/// width or not.
#[must_use]
pub fn text_body(
    paragraphs: &[Paragraph],
    anchor: Anchor,
    inset: f32,
    wrap: bool,
    language: Language,
) -> String {
    let wrap = if wrap { "square" } else { "none" };
    let anchor = match anchor {
        Anchor::Top => "t",
        Anchor::Middle => "ctr",
    };
    let inset = emu(inset);
    let mut out = format!(
        r#"<p:txBody><a:bodyPr wrap="{wrap}" lIns="{inset}" tIns="{inset}" rIns="{inset}" bIns="{inset}" anchor="{anchor}" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>"#
    );
    if paragraphs.is_empty() {
        out.push_str("<a:p><a:endParaRPr/></a:p>");
    }
    for paragraph in paragraphs {
        out.push_str(&paragraph.xml(language));
    }
    out.push_str("</p:txBody>");
    out
}

#[cfg(test)]
mod tests {
    use super::{emu, font_size, text};

    #[test]
    fn a_slide_unit_is_half_a_point() {
        assert_eq!(emu(1920.0), super::SLIDE_CX);
        assert_eq!(emu(1080.0), super::SLIDE_CY);
        assert_eq!(font_size(46.0), 2300);
    }

    #[test]
    fn text_is_escaped_and_loses_control_characters() {
        assert_eq!(text("A & B <c>"), "A &amp; B &lt;c&gt;");
        assert_eq!(text("a\u{1}b\tc"), "a\u{FFFD}b c");
        assert_eq!(text("x\u{FFFF}"), "x\u{FFFD}");
    }
}
