//! One slide's shape tree, built shape by shape: preset and freeform shapes with text,
//! connectors with arrowheads, groups, and frames holding a chart or a table.

use super::xml::{self, Anchor, Paragraph, emu};
use crate::design::Point;
use crate::draw::{Bounds, Colour};
use crate::i18n::Language;
use std::fmt::Write as _;

/// An outline's look.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    /// Width in slide units.
    pub width: f32,
    pub colour: Colour,
    /// Dashed, as the canvas draws secondary flows and brand reach.
    pub dashed: bool,
    /// Two thin lines, as the canvas draws a customer stage.
    pub double: bool,
    /// An arrowhead at the end.
    pub arrow: bool,
}

impl Stroke {
    /// A plain solid line.
    #[must_use]
    pub fn solid(width: f32, colour: Colour) -> Self {
        Self {
            width,
            colour,
            dashed: false,
            double: false,
            arrow: false,
        }
    }

    fn xml(&self) -> String {
        let compound = if self.double { r#" cmpd="dbl""# } else { "" };
        let mut out = format!(
            r#"<a:ln w="{}"{compound}>{}"#,
            emu(self.width),
            xml::fill(self.colour)
        );
        if self.dashed {
            out.push_str(r#"<a:prstDash val="dash"/>"#);
        }
        if self.arrow {
            out.push_str(r#"<a:tailEnd type="triangle" w="med" len="med"/>"#);
        }
        out.push_str("</a:ln>");
        out
    }
}

/// The outline of a shape: one of PowerPoint's own (so its handles work), or a freeform path.
#[derive(Clone, Debug, PartialEq)]
pub enum Geometry {
    /// A preset by its DrawingML name, with its adjust values.
    Preset {
        name: &'static str,
        adjust: Vec<(&'static str, i64)>,
    },
    /// A freeform through `points` (in slide units), closed or open, with its text in
    /// `text_box` (slide units) rather than the whole bounding box, and connection `sites`
    /// that connectors glue to (numbered in order).
    Freeform {
        points: Vec<Point>,
        closed: bool,
        text_box: Option<Bounds>,
        sites: Vec<Point>,
    },
}

impl Geometry {
    /// A preset without adjustments.
    #[must_use]
    pub fn preset(name: &'static str) -> Self {
        Self::Preset {
            name,
            adjust: Vec::new(),
        }
    }
}

/// A shape to place.
#[derive(Clone, Debug, PartialEq)]
pub struct ShapeSpec {
    /// The name PowerPoint's selection pane lists.
    pub name: String,
    pub bounds: Bounds,
    pub geometry: Geometry,
    pub fill: Colour,
    pub stroke: Option<Stroke>,
    pub text: Vec<Paragraph>,
    pub anchor: Anchor,
    /// Inner margin of the text, in slide units.
    pub inset: f32,
    /// Lines break at the shape's width; without, each paragraph is one line, centred on the
    /// shape (a stage's name stays on one line as on the canvas).
    pub wrap: bool,
    /// Upside down: a funnel step is PowerPoint's trapezoid turned over.
    pub flip_vertical: bool,
}

impl ShapeSpec {
    /// A text box: no fill, no outline.
    #[must_use]
    pub fn text_box(name: impl Into<String>, bounds: Bounds, text: Vec<Paragraph>) -> Self {
        Self {
            name: name.into(),
            bounds,
            geometry: Geometry::preset("rect"),
            fill: Colour::TRANSPARENT,
            stroke: None,
            text,
            anchor: Anchor::Top,
            inset: 0.0,
            wrap: true,
            flip_vertical: false,
        }
    }
}

/// Where a connector is glued: a shape's id and its connection site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Glue {
    pub shape: u32,
    pub site: u32,
}

/// A built slide: its shape tree and the charts its frames refer to.
#[derive(Debug, Default)]
pub struct SlideBuilder {
    body: String,
    extent: Option<Bounds>,
    next_id: u32,
    /// The charts, in the order of their relationship ids (`rIdChart1`, …).
    pub charts: Vec<super::chart::ChartPart>,
    language: Language,
}

impl SlideBuilder {
    /// An empty slide whose text is in `language`.
    #[must_use]
    pub fn new(language: Language) -> Self {
        Self {
            // Id 1 is the shape tree itself.
            next_id: 2,
            language,
            ..Self::default()
        }
    }

    /// The shape tree's children, as XML.
    #[must_use]
    pub fn into_parts(self) -> (String, Vec<super::chart::ChartPart>) {
        (self.body, self.charts)
    }

    /// The language the slide's text is in.
    #[must_use]
    pub fn language(&self) -> Language {
        self.language
    }

    fn id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    fn grow(&mut self, bounds: Bounds) {
        self.extent = Some(match self.extent {
            None => bounds,
            Some(extent) => Bounds {
                min: Point::new(
                    extent.min.x.min(bounds.min.x),
                    extent.min.y.min(bounds.min.y),
                ),
                max: Point::new(
                    extent.max.x.max(bounds.max.x),
                    extent.max.y.max(bounds.max.y),
                ),
            },
        });
    }

    /// Places `spec`; returns its id, for connectors to glue to.
    pub fn shape(&mut self, spec: &ShapeSpec) -> u32 {
        let id = self.id();
        self.grow(spec.bounds);
        let (x, y) = (emu(spec.bounds.min.x), emu(spec.bounds.min.y));
        let cx = emu(spec.bounds.max.x - spec.bounds.min.x).max(1);
        let cy = emu(spec.bounds.max.y - spec.bounds.min.y).max(1);
        let is_text_box = spec.stroke.is_none() && spec.fill.a == 0;
        let flip = if spec.flip_vertical {
            r#" flipV="1""#
        } else {
            ""
        };
        let _ = write!(
            self.body,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{}"/><p:cNvSpPr{}/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm{flip}><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>{}{}{}</p:spPr>"#,
            xml::text(&spec.name),
            if is_text_box { r#" txBox="1""# } else { "" },
            geometry_xml(&spec.geometry, spec.bounds, cx, cy),
            xml::fill(spec.fill),
            spec.stroke
                .map_or_else(|| "<a:ln><a:noFill/></a:ln>".to_owned(), |s| s.xml()),
        );
        self.body.push_str(&xml::text_body(
            &spec.text,
            spec.anchor,
            spec.inset,
            spec.wrap,
            self.language,
        ));
        self.body.push_str("</p:sp>");
        id
    }

    /// A straight connector from `start` to `end` with `stroke`, glued where given (moving a
    /// glued shape in PowerPoint drags the connector along).
    pub fn connector(
        &mut self,
        name: &str,
        (start, end): (Point, Point),
        stroke: Stroke,
        (from, to): (Option<Glue>, Option<Glue>),
    ) {
        let id = self.id();
        let bounds = Bounds {
            min: Point::new(start.x.min(end.x), start.y.min(end.y)),
            max: Point::new(start.x.max(end.x), start.y.max(end.y)),
        };
        self.grow(bounds);
        let mut flip = String::new();
        if end.x < start.x {
            flip.push_str(r#" flipH="1""#);
        }
        if end.y < start.y {
            flip.push_str(r#" flipV="1""#);
        }
        let glue = |tag: &str, glue: Option<Glue>| {
            glue.map(|glue| format!(r#"<a:{tag} id="{}" idx="{}"/>"#, glue.shape, glue.site))
                .unwrap_or_default()
        };
        let _ = write!(
            self.body,
            r#"<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="{id}" name="{}"/><p:cNvCxnSpPr>{}{}</p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr><p:spPr><a:xfrm{flip}><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm><a:prstGeom prst="straightConnector1"><a:avLst/></a:prstGeom><a:noFill/>{}</p:spPr></p:cxnSp>"#,
            xml::text(name),
            glue("stCxn", from),
            glue("endCxn", to),
            emu(bounds.min.x),
            emu(bounds.min.y),
            emu(bounds.max.x - bounds.min.x),
            emu(bounds.max.y - bounds.min.y),
            stroke.xml()
        );
    }

    /// The shapes `build` places, as one group named `name`: moved, copied and deleted
    /// together in PowerPoint.
    pub fn group(&mut self, name: &str, build: impl FnOnce(&mut Self)) {
        let id = self.id();
        let outer_body = std::mem::take(&mut self.body);
        let outer_extent = self.extent.take();
        build(self);
        let inner = std::mem::replace(&mut self.body, outer_body);
        let inner_extent = self.extent.take();
        self.extent = outer_extent;
        let Some(extent) = inner_extent else {
            return;
        };
        self.grow(extent);
        let (x, y) = (emu(extent.min.x), emu(extent.min.y));
        let (cx, cy) = (
            emu(extent.max.x - extent.min.x).max(1),
            emu(extent.max.y - extent.min.y).max(1),
        );
        let _ = write!(
            self.body,
            r#"<p:grpSp><p:nvGrpSpPr><p:cNvPr id="{id}" name="{}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/><a:chOff x="{x}" y="{y}"/><a:chExt cx="{cx}" cy="{cy}"/></a:xfrm></p:grpSpPr>{inner}</p:grpSp>"#,
            xml::text(name)
        );
    }

    /// A frame showing `chart`.
    pub fn chart(&mut self, name: &str, bounds: Bounds, chart: super::chart::ChartPart) {
        self.charts.push(chart);
        let relationship = format!("rIdChart{}", self.charts.len());
        let graphic = format!(
            r#"<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="{relationship}"/></a:graphicData>"#
        );
        self.frame(name, bounds, &graphic, false);
    }

    /// A native table of `rows` (the first is the heading row), with `widths` in slide units
    /// and rows `row_height` tall.
    pub fn table(&mut self, name: &str, origin: Point, table: &Table) {
        let width: f32 = table.widths.iter().sum();
        let height = table.row_height * table.rows.len() as f32;
        let bounds = Bounds {
            min: origin,
            max: Point::new(origin.x + width, origin.y + height),
        };
        let mut graphic = String::from(
            r#"<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr firstRow="1" bandRow="0"/><a:tblGrid>"#,
        );
        for column_width in &table.widths {
            let _ = write!(graphic, r#"<a:gridCol w="{}"/>"#, emu(*column_width));
        }
        graphic.push_str("</a:tblGrid>");
        for (index, row) in table.rows.iter().enumerate() {
            let _ = write!(graphic, r#"<a:tr h="{}">"#, emu(table.row_height));
            for cell in row {
                let look = if index == 0 {
                    table.heading
                } else {
                    table.body
                };
                graphic.push_str(&cell_xml(cell, look, self.language));
            }
            graphic.push_str("</a:tr>");
        }
        graphic.push_str("</a:tbl></a:graphicData>");
        self.frame(name, bounds, &graphic, true);
    }

    fn frame(&mut self, name: &str, bounds: Bounds, graphic: &str, is_table: bool) {
        let id = self.id();
        self.grow(bounds);
        let locks = if is_table {
            r#"<a:graphicFrameLocks noGrp="1"/>"#
        } else {
            ""
        };
        let _ = write!(
            self.body,
            r#"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="{}"/><p:cNvGraphicFramePr>{locks}</p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr><p:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></p:xfrm><a:graphic>{graphic}</a:graphic></p:graphicFrame>"#,
            xml::text(name),
            emu(bounds.min.x),
            emu(bounds.min.y),
            emu(bounds.max.x - bounds.min.x),
            emu(bounds.max.y - bounds.min.y),
        );
    }
}

/// A table's cells and look.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Rows of cells; the first is the heading.
    pub rows: Vec<Vec<Paragraph>>,
    /// Column widths in slide units.
    pub widths: Vec<f32>,
    pub row_height: f32,
    pub heading: CellLook,
    pub body: CellLook,
}

/// How a row's cells are filled and ruled.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CellLook {
    pub fill: Colour,
    /// The line under each cell.
    pub rule: Colour,
}

fn cell_xml(cell: &Paragraph, look: CellLook, language: Language) -> String {
    let margin = emu(6.0);
    let no_line = "<a:noFill/>";
    format!(
        r#"<a:tc><a:txBody><a:bodyPr/><a:lstStyle/>{}</a:txBody><a:tcPr marL="{margin}" marR="{margin}" marT="{}" marB="{}" anchor="ctr"><a:lnL w="0">{no_line}</a:lnL><a:lnR w="0">{no_line}</a:lnR><a:lnT w="0">{no_line}</a:lnT><a:lnB w="{}">{}</a:lnB>{}</a:tcPr></a:tc>"#,
        cell.xml(language),
        emu(2.0),
        emu(2.0),
        emu(1.0),
        xml::fill(look.rule),
        xml::fill(look.fill),
    )
}

/// `<a:prstGeom>` or `<a:custGeom>` for a shape at `bounds`, `cx` × `cy` EMU.
fn geometry_xml(geometry: &Geometry, bounds: Bounds, cx: i64, cy: i64) -> String {
    match geometry {
        Geometry::Preset { name, adjust } => {
            let mut out = format!(r#"<a:prstGeom prst="{name}"><a:avLst>"#);
            for (guide, value) in adjust {
                let _ = write!(out, r#"<a:gd name="{guide}" fmla="val {value}"/>"#);
            }
            out.push_str("</a:avLst></a:prstGeom>");
            out
        }
        Geometry::Freeform {
            points,
            closed,
            text_box,
            sites,
        } => {
            let local = |point: &Point| {
                (
                    emu(point.x - bounds.min.x).clamp(0, cx),
                    emu(point.y - bounds.min.y).clamp(0, cy),
                )
            };
            // The text's rectangle as shares of the shape's size, in guides: it then follows
            // the shape when it is resized (LibreOffice also ignores a rectangle in plain
            // numbers).
            let (guides, text_rect) = text_box.map_or_else(
                || (String::new(), r#"<a:rect l="l" t="t" r="r" b="b"/>"#.to_owned()),
                |text_box| {
                    let (l, t) = local(&text_box.min);
                    let (r, b) = local(&text_box.max);
                    let share = |value: i64, whole: i64| value * 100_000 / whole.max(1);
                    let guides = format!(
                        r#"<a:gd name="textLeft" fmla="*/ w {} 100000"/><a:gd name="textTop" fmla="*/ h {} 100000"/><a:gd name="textRight" fmla="*/ w {} 100000"/><a:gd name="textBottom" fmla="*/ h {} 100000"/>"#,
                        share(l, cx),
                        share(t, cy),
                        share(r, cx),
                        share(b, cy)
                    );
                    (
                        guides,
                        r#"<a:rect l="textLeft" t="textTop" r="textRight" b="textBottom"/>"#
                            .to_owned(),
                    )
                },
            );
            let fill = if *closed { "" } else { r#" fill="none""# };
            let mut connections = String::new();
            for site in sites {
                let (x, y) = local(site);
                let _ = write!(
                    connections,
                    r#"<a:cxn ang="0"><a:pos x="{x}" y="{y}"/></a:cxn>"#
                );
            }
            let mut out = format!(
                r#"<a:custGeom><a:avLst/><a:gdLst>{guides}</a:gdLst><a:ahLst/><a:cxnLst>{connections}</a:cxnLst>{text_rect}<a:pathLst><a:path w="{cx}" h="{cy}"{fill}>"#
            );
            for (index, point) in points.iter().enumerate() {
                let (x, y) = local(point);
                let verb = if index == 0 { "moveTo" } else { "lnTo" };
                let _ = write!(out, r#"<a:{verb}><a:pt x="{x}" y="{y}"/></a:{verb}>"#);
            }
            if *closed {
                out.push_str("<a:close/>");
            }
            out.push_str("</a:path></a:pathLst></a:custGeom>");
            out
        }
    }
}
