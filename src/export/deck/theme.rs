//! The deck's PowerPoint theme: Leadflow's colours as the theme's accents (so a shape
//! recoloured from PowerPoint's palette stays in the family) and Calibri, a font every
//! PowerPoint has, for headings and text.

use std::fmt::Write as _;

/// The theme part.
#[must_use]
pub fn theme_xml() -> String {
    // Text, background, then the stage kinds' accents in the order the palette shows them:
    // funnel step, flywheel segment, nurture pool, customer, brand reach, lost.
    let scheme = [
        ("dk1", "1F2937"),
        ("lt1", "FFFFFF"),
        ("dk2", "475569"),
        ("lt2", "F8F9FB"),
        ("accent1", "2563EB"),
        ("accent2", "7C3AED"),
        ("accent3", "D97706"),
        ("accent4", "16A34A"),
        ("accent5", "DB2777"),
        ("accent6", "6B7280"),
        ("hlink", "2563EB"),
        ("folHlink", "7C3AED"),
    ];
    let colours = scheme.iter().fold(String::new(), |mut out, (name, hex)| {
        let _ = write!(out, r#"<a:{name}><a:srgbClr val="{hex}"/></a:{name}>"#);
        out
    });
    let fill = r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#;
    let line = |width: u32| {
        format!(
            r#"<a:ln w="{width}" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>"#
        )
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Leadflow"><a:themeElements><a:clrScheme name="Leadflow">{colours}</a:clrScheme><a:fontScheme name="Leadflow"><a:majorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Leadflow"><a:fillStyleLst>{fill}{fill}{fill}</a:fillStyleLst><a:lnStyleLst>{}{}{}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>{fill}{fill}{fill}</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"#,
        line(6350),
        line(12700),
        line(19050)
    )
}
