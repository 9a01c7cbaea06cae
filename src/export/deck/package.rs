//! The deck as an Office Open XML package (ECMA-376 part 2): a ZIP of XML parts tied together
//! by relationship parts and listed by content type. One slide master with one blank layout,
//! a theme, a notes master, the slides with their notes, the charts with their workbooks,
//! and the design as a custom XML part.

use super::chart::ChartPart;
use super::xml::{self, SLIDE_CX, SLIDE_CY};
use crate::draw::Colour;
use crate::i18n::Language;
use std::fmt::Write as _;
use std::io::Write as _;

const NS: &str = r#"xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main""#;
const HEADER: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
"#;
const RELATIONSHIP: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CONTENT: &str = "application/vnd.openxmlformats-officedocument";
use crate::file::embedded::{DECK_ELEMENT, DECK_NAMESPACE, DECK_PART};
/// The empty shape tree every slide, layout and master starts with.
const TREE_START: &str = r#"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;
const COLOUR_MAP: &str = r#"<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>"#;

/// One finished slide.
#[derive(Debug)]
pub struct SlidePart {
    /// The shape tree's children.
    pub body: String,
    pub charts: Vec<ChartPart>,
    /// The speaker notes, a paragraph each.
    pub notes: Vec<String>,
}

/// What the package holds besides its slides.
pub struct Package<'a> {
    pub title: &'a str,
    pub slides: Vec<SlidePart>,
    /// The design as RON, carried so that opening the deck opens the design.
    pub design_ron: &'a str,
    pub background: Colour,
    pub language: Language,
}

/// A relationship: id, type (after `…/relationships/`), target.
type Relationship = (String, &'static str, String);

fn relationships(list: &[Relationship]) -> String {
    let mut out = format!(
        r#"{HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    );
    for (id, kind, target) in list {
        let kind = if kind.starts_with("http") {
            (*kind).to_owned()
        } else {
            format!("{RELATIONSHIP}/{kind}")
        };
        let _ = write!(
            out,
            r#"<Relationship Id="{id}" Type="{kind}" Target="{target}"/>"#
        );
    }
    out.push_str("</Relationships>");
    out
}

/// The parts by name, in the order they are written.
struct Parts {
    files: Vec<(String, Vec<u8>)>,
    overrides: Vec<(String, String)>,
}

impl Parts {
    fn add(&mut self, name: &str, content_type: Option<&str>, bytes: impl Into<Vec<u8>>) {
        if let Some(content_type) = content_type {
            self.overrides
                .push((format!("/{name}"), content_type.to_owned()));
        }
        self.files.push((name.to_owned(), bytes.into()));
    }
}

/// The deck's bytes.
///
/// # Errors
/// When the ZIP cannot be written (it is written to memory, so only on a writer failure).
pub fn write(package: &Package<'_>) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut parts = Parts {
        files: Vec::new(),
        overrides: Vec::new(),
    };
    let slide_count = package.slides.len();
    parts.add(
        "_rels/.rels",
        None,
        relationships(&[
            (
                "rId1".into(),
                "officeDocument",
                "ppt/presentation.xml".into(),
            ),
            (
                "rId2".into(),
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml".into(),
            ),
            (
                "rId3".into(),
                "extended-properties",
                "docProps/app.xml".into(),
            ),
        ]),
    );
    parts.add(
        "docProps/core.xml",
        Some("application/vnd.openxmlformats-package.core-properties+xml"),
        core_properties(package.title),
    );
    parts.add(
        "docProps/app.xml",
        Some(&format!("{CONTENT}.extended-properties+xml")),
        format!(
            r#"{HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Leadflow</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>{slide_count}</Slides><Notes>{slide_count}</Notes></Properties>"#
        ),
    );
    presentation(&mut parts, package);
    masters(&mut parts, package);
    let mut charts = 0;
    for (index, slide) in package.slides.iter().enumerate() {
        slide_parts(&mut parts, index + 1, slide, &mut charts, package.language);
    }
    design_part(&mut parts, package.design_ron);
    zip_parts(&parts)
}

/// A slide, its notes, its charts and their workbooks; `charts` counts the charts written
/// before it.
fn slide_parts(
    parts: &mut Parts,
    number: usize,
    slide: &SlidePart,
    charts: &mut usize,
    language: Language,
) {
    let mut slide_relationships: Vec<Relationship> = vec![
        (
            "rId1".into(),
            "slideLayout",
            "../slideLayouts/slideLayout1.xml".into(),
        ),
        (
            "rId2".into(),
            "notesSlide",
            format!("../notesSlides/notesSlide{number}.xml"),
        ),
    ];
    for (chart_index, chart) in slide.charts.iter().enumerate() {
        *charts += 1;
        let chart_number = *charts;
        slide_relationships.push((
            format!("rIdChart{}", chart_index + 1),
            "chart",
            format!("../charts/chart{chart_number}.xml"),
        ));
        parts.add(
            &format!("ppt/charts/chart{chart_number}.xml"),
            Some(&format!("{CONTENT}.drawingml.chart+xml")),
            chart.xml.clone(),
        );
        parts.add(
            &format!("ppt/charts/_rels/chart{chart_number}.xml.rels"),
            None,
            relationships(&[(
                "rId1".into(),
                "package",
                format!("../embeddings/Microsoft_Excel_Worksheet{chart_number}.xlsx"),
            )]),
        );
        parts.add(
            &format!("ppt/embeddings/Microsoft_Excel_Worksheet{chart_number}.xlsx"),
            None,
            chart.workbook.clone(),
        );
    }
    parts.add(
        &format!("ppt/slides/slide{number}.xml"),
        Some(&format!("{CONTENT}.presentationml.slide+xml")),
        format!(
            r"{HEADER}<p:sld {NS}><p:cSld><p:spTree>{TREE_START}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>",
            slide.body
        ),
    );
    parts.add(
        &format!("ppt/slides/_rels/slide{number}.xml.rels"),
        None,
        relationships(&slide_relationships),
    );
    parts.add(
        &format!("ppt/notesSlides/notesSlide{number}.xml"),
        Some(&format!("{CONTENT}.presentationml.notesSlide+xml")),
        notes_slide(&slide.notes, language),
    );
    parts.add(
        &format!("ppt/notesSlides/_rels/notesSlide{number}.xml.rels"),
        None,
        relationships(&[
            (
                "rId1".into(),
                "notesMaster",
                "../notesMasters/notesMaster1.xml".into(),
            ),
            (
                "rId2".into(),
                "slide",
                format!("../slides/slide{number}.xml"),
            ),
        ]),
    );
}

fn zip_parts(parts: &Parts) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    // Dated now, as an unzipped deck's parts would otherwise say 1980.
    let now = jiff::ZonedDateTime::now();
    if let Ok(year) = u16::try_from(now.year())
        && let Ok(stamp) = zip::DateTime::from_date_and_time(
            year,
            now.month().unsigned_abs(),
            now.day().unsigned_abs(),
            now.hour().unsigned_abs(),
            now.minute().unsigned_abs(),
            now.second().unsigned_abs(),
        )
    {
        options = options.last_modified_time(stamp);
    }
    // The content types come first, as Office writes them.
    writer.start_file("[Content_Types].xml", options)?;
    writer.write_all(content_types(&parts.overrides).as_bytes())?;
    for (name, bytes) in &parts.files {
        writer.start_file(name.as_str(), options)?;
        writer.write_all(bytes)?;
    }
    Ok(writer.finish()?.into_inner())
}

fn content_types(overrides: &[(String, String)]) -> String {
    let mut out = format!(
        r#"{HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="xlsx" ContentType="{CONTENT}.spreadsheetml.sheet"/>"#
    );
    for (name, content_type) in overrides {
        let _ = write!(
            out,
            r#"<Override PartName="{name}" ContentType="{content_type}"/>"#
        );
    }
    out.push_str("</Types>");
    out
}

fn core_properties(title: &str) -> String {
    let now = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ");
    format!(
        r#"{HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{}</dc:title><dc:creator>Leadflow</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{now}</dcterms:modified></cp:coreProperties>"#,
        xml::text(title)
    )
}

fn presentation(parts: &mut Parts, package: &Package<'_>) {
    let mut relationships_list: Vec<Relationship> = vec![
        (
            "rId1".into(),
            "slideMaster",
            "slideMasters/slideMaster1.xml".into(),
        ),
        (
            "rId2".into(),
            "notesMaster",
            "notesMasters/notesMaster1.xml".into(),
        ),
        ("rId3".into(), "theme", "theme/theme1.xml".into()),
        ("rId4".into(), "presProps", "presProps.xml".into()),
        ("rId5".into(), "viewProps", "viewProps.xml".into()),
        ("rId6".into(), "tableStyles", "tableStyles.xml".into()),
        ("rId7".into(), "customXml", format!("../{DECK_PART}")),
    ];
    let mut slide_ids = String::new();
    for number in 1..=package.slides.len() {
        let _ = write!(
            slide_ids,
            r#"<p:sldId id="{}" r:id="rIdSlide{number}"/>"#,
            255 + number
        );
        relationships_list.push((
            format!("rIdSlide{number}"),
            "slide",
            format!("slides/slide{number}.xml"),
        ));
    }
    parts.add(
        "ppt/presentation.xml",
        Some(&format!("{CONTENT}.presentationml.presentation.main+xml")),
        format!(
            r#"{HEADER}<p:presentation {NS} saveSubsetFonts="1"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst><p:sldIdLst>{slide_ids}</p:sldIdLst><p:sldSz cx="{SLIDE_CX}" cy="{SLIDE_CY}"/><p:notesSz cx="6858000" cy="9144000"/></p:presentation>"#
        ),
    );
    parts.add(
        "ppt/_rels/presentation.xml.rels",
        None,
        relationships(&relationships_list),
    );
    parts.add(
        "ppt/presProps.xml",
        Some(&format!("{CONTENT}.presentationml.presProps+xml")),
        format!(r"{HEADER}<p:presentationPr {NS}/>"),
    );
    parts.add(
        "ppt/viewProps.xml",
        Some(&format!("{CONTENT}.presentationml.viewProps+xml")),
        format!(
            r#"{HEADER}<p:viewPr {NS}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="80000"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>"#
        ),
    );
    parts.add(
        "ppt/tableStyles.xml",
        Some(&format!("{CONTENT}.presentationml.tableStyles+xml")),
        format!(
            r#"{HEADER}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>"#
        ),
    );
}

fn masters(parts: &mut Parts, package: &Package<'_>) {
    let background = xml::fill(package.background);
    parts.add(
        "ppt/slideMasters/slideMaster1.xml",
        Some(&format!("{CONTENT}.presentationml.slideMaster+xml")),
        format!(
            r#"{HEADER}<p:sldMaster {NS}><p:cSld><p:bg><p:bgPr>{background}<a:effectLst/></p:bgPr></p:bg><p:spTree>{TREE_START}</p:spTree></p:cSld>{COLOUR_MAP}<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst><p:txStyles><p:titleStyle><a:lvl1pPr><a:defRPr sz="4400"><a:latin typeface="+mj-lt"/></a:defRPr></a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr><a:defRPr sz="2000"><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr><a:defRPr sz="1800"><a:latin typeface="+mn-lt"/></a:defRPr></a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>"#
        ),
    );
    parts.add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels",
        None,
        relationships(&[
            (
                "rId1".into(),
                "slideLayout",
                "../slideLayouts/slideLayout1.xml".into(),
            ),
            ("rId2".into(), "theme", "../theme/theme1.xml".into()),
        ]),
    );
    parts.add(
        "ppt/slideLayouts/slideLayout1.xml",
        Some(&format!("{CONTENT}.presentationml.slideLayout+xml")),
        format!(
            r#"{HEADER}<p:sldLayout {NS} type="blank" preserve="1"><p:cSld name="Blank"><p:spTree>{TREE_START}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"#
        ),
    );
    parts.add(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels",
        None,
        relationships(&[(
            "rId1".into(),
            "slideMaster",
            "../slideMasters/slideMaster1.xml".into(),
        )]),
    );
    for number in [1, 2] {
        parts.add(
            &format!("ppt/theme/theme{number}.xml"),
            Some(&format!("{CONTENT}.theme+xml")),
            super::theme::theme_xml(),
        );
    }
    parts.add(
        "ppt/notesMasters/notesMaster1.xml",
        Some(&format!("{CONTENT}.presentationml.notesMaster+xml")),
        format!(
            r#"{HEADER}<p:notesMaster {NS}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>{TREE_START}{}</p:spTree></p:cSld>{COLOUR_MAP}</p:notesMaster>"#,
            notes_placeholders(None, package.language)
        ),
    );
    parts.add(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels",
        None,
        relationships(&[("rId1".into(), "theme", "../theme/theme2.xml".into())]),
    );
}

/// The slide's picture and the notes' text box of a notes page (6858000 × 9144000 EMU).
fn notes_placeholders(notes: Option<&[String]>, language: Language) -> String {
    let mut body = String::from("<p:txBody><a:bodyPr/><a:lstStyle/>");
    match notes {
        Some(notes) if !notes.is_empty() => {
            for paragraph in notes {
                let _ = write!(
                    body,
                    r#"<a:p><a:r><a:rPr lang="{}" sz="1400" dirty="0"><a:latin typeface="{}"/></a:rPr><a:t>{}</a:t></a:r></a:p>"#,
                    xml::language_tag(language),
                    xml::FONT,
                    xml::text(paragraph)
                );
            }
        }
        _ => body.push_str("<a:p><a:endParaRPr/></a:p>"),
    }
    body.push_str("</p:txBody>");
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="381000" y="685800"/><a:ext cx="6096000" cy="3429000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:sp><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="4343400"/><a:ext cx="5486400" cy="4114800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>{body}</p:sp>"#
    )
}

fn notes_slide(notes: &[String], language: Language) -> String {
    format!(
        r"{HEADER}<p:notes {NS}><p:cSld><p:spTree>{TREE_START}{}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>",
        notes_placeholders(Some(notes), language)
    )
}

/// The design's RON with the characters XML cannot hold written as RON escapes: they can only
/// stand in its strings (a name), where RON reads `\u{…}` back as the character.
fn xml_safe_ron(ron: &str) -> std::borrow::Cow<'_, str> {
    if ron.chars().all(xml::is_xml_char) {
        return std::borrow::Cow::Borrowed(ron);
    }
    std::borrow::Cow::Owned(
        ron.chars()
            .map(|c| {
                if xml::is_xml_char(c) {
                    c.to_string()
                } else {
                    format!("\\u{{{:x}}}", u32::from(c))
                }
            })
            .collect(),
    )
}

/// The design as a custom XML part: PowerPoint keeps such parts when it saves the deck again.
fn design_part(parts: &mut Parts, design_ron: &str) {
    parts.add(
        DECK_PART,
        None,
        format!(
            r#"{HEADER}<{DECK_ELEMENT} xmlns:leadflow="{DECK_NAMESPACE}">{}</{DECK_ELEMENT}>"#,
            quick_xml::escape::escape(xml_safe_ron(design_ron).as_ref())
        ),
    );
    parts.add(
        "customXml/itemProps1.xml",
        Some(&format!("{CONTENT}.customXmlProperties+xml")),
        format!(
            r#"{HEADER}<ds:datastoreItem ds:itemID="{{6B1C5D1E-3F0A-4C7B-9E52-1EADF10E0001}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="{DECK_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>"#
        ),
    );
    parts.add(
        "customXml/_rels/item1.xml.rels",
        None,
        relationships(&[("rId1".into(), "customXmlProps", "itemProps1.xml".into())]),
    );
}
