//! Designs travelling inside exported files: an iTXt chunk in a PNG, a metadata element in
//! an SVG, a custom XML part in a PowerPoint deck, an attached file in a PDF. Opening such a
//! file opens the design.

/// Keyword of the PNG text chunk holding the design's RON.
pub const PNG_KEYWORD: &str = "leadflow-design";
/// Element inside an SVG's `<metadata>` holding the design's RON, XML-escaped.
pub const SVG_ELEMENT: &str = "leadflow:design";

/// The custom XML part of a deck holding the design (a deck saved again by PowerPoint may
/// number its custom XML parts anew, so every `customXml/item*.xml` is looked in).
pub const DECK_PART: &str = "customXml/item1.xml";
/// Namespace of the deck's design element.
pub const DECK_NAMESPACE: &str = "urn:leadflow:design";
/// The deck's design element, holding the RON XML-escaped.
pub const DECK_ELEMENT: &str = "leadflow:design";

/// The name of the file a PDF attaches the design as.
pub const PDF_ATTACHMENT: &str = "leadflow-design.ron";
/// The attached design's first line: a RON comment a reader finds it by (the attachment is
/// written uncompressed and last, so it is the last one in the file).
pub const PDF_DESIGN_START: &str = "\n// leadflow-design\n";
/// The attached design's last line.
pub const PDF_DESIGN_END: &str = "\n// end of leadflow-design\n";

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const PDF_SIGNATURE: &[u8] = b"%PDF-";
const ZIP_SIGNATURE: &[u8] = b"PK\x03\x04";
/// The most custom XML parts of a deck looked in.
const MOST_DECK_PARTS: usize = 64;

/// The most a design inside an image may inflate to.
const MAX_DESIGN_BYTES: usize = crate::design::limits::MAX_FILE_BYTES as usize;

/// The longest entity the SVG writer writes (`&#x10FFFF;`): a `;` further away ends none.
const LONGEST_ENTITY: usize = 10;

/// What kind of file the bytes are, as far as opening a design goes.
pub enum Container<'a> {
    /// A PNG image; holds the design text if it was exported by Leadflow.
    Png(Option<String>),
    /// An SVG image; holds the design text if it was exported by Leadflow.
    Svg(Option<String>),
    /// A PowerPoint deck (or another ZIP); holds the design text if Leadflow wrote it.
    Deck(Option<String>),
    /// A PDF (a slide or a report); holds the design text if Leadflow wrote it.
    Pdf(Option<String>),
    /// Anything else: read as RON.
    Plain(&'a [u8]),
}

/// Looks inside `bytes` for an embedded design.
#[must_use]
pub fn open(bytes: &[u8]) -> Container<'_> {
    if bytes.starts_with(PNG_SIGNATURE) {
        return Container::Png(png_design(bytes));
    }
    if bytes.starts_with(ZIP_SIGNATURE) {
        return Container::Deck(deck_design(bytes));
    }
    if bytes.starts_with(PDF_SIGNATURE) {
        return Container::Pdf(pdf_design(bytes));
    }
    // An SVG saved by a Windows editor may start with a byte-order mark.
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let head = text.get(..text.len().min(512)).unwrap_or_default();
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start();
    if head.starts_with("<svg") || head.starts_with("<?xml") {
        return Container::Svg(std::str::from_utf8(text).ok().and_then(svg_design));
    }
    Container::Plain(bytes)
}

/// The design a PDF attaches: the text between the last start line and the end line after it.
fn pdf_design(bytes: &[u8]) -> Option<String> {
    let start = PDF_DESIGN_START.as_bytes();
    let end = PDF_DESIGN_END.as_bytes();
    let from = bytes
        .windows(start.len())
        .rposition(|window| window == start)?
        + start.len();
    let length = bytes[from..]
        .windows(end.len())
        .position(|window| window == end)?;
    if length > MAX_DESIGN_BYTES {
        return None;
    }
    String::from_utf8(bytes[from..from + length].to_vec()).ok()
}

fn png_design(bytes: &[u8]) -> Option<String> {
    let reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .ok()?;
    let info = reader.info();
    info.utf8_text
        .iter()
        .find(|chunk| chunk.keyword == PNG_KEYWORD)
        .and_then(|chunk| {
            // Inflated at most to the size a design may have: a small chunk that inflates to
            // gigabytes is refused, not inflated whole.
            let mut chunk = chunk.clone();
            chunk.decompress_text_with_limit(MAX_DESIGN_BYTES).ok()?;
            chunk.get_text().ok()
        })
        .or_else(|| {
            info.uncompressed_latin1_text
                .iter()
                .find(|chunk| chunk.keyword == PNG_KEYWORD)
                .map(|chunk| chunk.text.clone())
        })
}

fn deck_design(bytes: &[u8]) -> Option<String> {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).ok()?;
    let mut names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .filter(|name| name.starts_with("customXml/item") && !name.contains("Props"))
        .take(MOST_DECK_PARTS)
        .map(std::borrow::Cow::into_owned)
        .collect();
    // Where Leadflow writes it first.
    names.sort_by_key(|name| name != DECK_PART);
    names.into_iter().find_map(|name| {
        let part = archive.by_name(&name).ok()?;
        // Inflated at most to the size a design may have, with room for its escaping.
        let mut text = String::new();
        part.take(4 * MAX_DESIGN_BYTES as u64)
            .read_to_string(&mut text)
            .ok()?;
        let start = text.find(&format!("<{DECK_ELEMENT}"))?;
        let start = start + text.get(start..)?.find('>')? + 1;
        let end = start + text.get(start..)?.find(&format!("</{DECK_ELEMENT}>"))?;
        Some(unescape(text.get(start..end)?))
    })
}

fn svg_design(text: &str) -> Option<String> {
    let open = format!("<{SVG_ELEMENT}>");
    let close = format!("</{SVG_ELEMENT}>");
    let start = text.find(&open)? + open.len();
    let end = start + text.get(start..)?.find(&close)?;
    Some(unescape(text.get(start..end)?))
}

/// Undoes XML escaping of text content (the five named entities and numeric references).
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        // Looked for only as far as an entity can reach, so a text of ampersands without
        // semicolons is read once, not once per ampersand.
        let semi = rest
            .bytes()
            .take(LONGEST_ENTITY)
            .position(|byte| byte == b';');
        let Some(semi) = semi else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..semi];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        if let Some(ch) = decoded {
            out.push(ch);
            rest = &rest[semi + 1..];
        } else {
            out.push('&');
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_what_the_svg_writer_escapes() {
        assert_eq!(
            unescape("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233;&#xe9;"),
            "a <b> & \"c\" 'd' éé"
        );
        assert_eq!(unescape("lone & ampersand"), "lone & ampersand");
        assert_eq!(unescape("&#x10FFFF;&amp"), "\u{10FFFF}&amp");
    }

    #[test]
    fn a_megabyte_of_ampersands_is_read_once() {
        // Each ampersand used to search the rest of the text for a semicolon: minutes for a
        // megabyte. Now each looks at most ten bytes ahead.
        // (No timing is asserted: the quadratic version took minutes, so this test would
        // hold up the run rather than fail on a slow machine.)
        let text = "&".repeat(1 << 20);
        assert_eq!(unescape(&text).len(), 1 << 20);
    }

    #[test]
    fn finds_the_design_in_svg_metadata() {
        let svg = format!(
            "<svg><metadata><{SVG_ELEMENT}>(name: &quot;x&quot;)</{SVG_ELEMENT}></metadata></svg>"
        );
        let Container::Svg(Some(text)) = open(svg.as_bytes()) else {
            panic!("not found");
        };
        assert_eq!(text, "(name: \"x\")");
        assert!(matches!(open(b"<svg></svg>"), Container::Svg(None)));
        assert!(matches!(open(b"(name: \"x\")"), Container::Plain(_)));
    }
}
