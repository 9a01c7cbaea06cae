//! Native charts: a DrawingML chart part whose data also travels as an embedded workbook, so
//! PowerPoint's "Edit Data" opens the figures and a person can change them.

use super::xml::{self, font_size};
use crate::draw::Colour;
use rust_xlsxwriter::{Formula, Workbook, XlsxError};
use std::fmt::Write as _;

/// A chart part and the workbook holding its data.
#[derive(Debug)]
pub struct ChartPart {
    pub xml: String,
    pub workbook: Vec<u8>,
}

/// A line over the categories.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartLine {
    pub name: String,
    pub values: Vec<f64>,
    pub colour: Colour,
    pub dashed: bool,
}

/// A shaded range (the Monte Carlo runs' 10–90 %) behind the lines.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartBand {
    /// The range's name in the legend.
    pub name: String,
    /// Names of the low and high columns in the data.
    pub low_name: String,
    pub high_name: String,
    pub low: Vec<f64>,
    pub high: Vec<f64>,
    pub colour: Colour,
}

/// A line chart over months.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// The category axis' labels (months).
    pub categories: Vec<String>,
    pub lines: Vec<ChartLine>,
    pub band: Option<ChartBand>,
    /// Excel's number format of the values ("#,##0").
    pub number_format: &'static str,
    /// Text and grid colours.
    pub text: Colour,
    pub grid: Colour,
    /// The name of the workbook's sheet holding the data, as a spreadsheet in the deck's
    /// language names its first sheet ("Sheet1", "Blad1").
    pub sheet: String,
}

impl Chart {
    /// Lines over months, whole numbers, without a band.
    #[must_use]
    pub fn of_lines(
        categories: Vec<String>,
        lines: Vec<ChartLine>,
        (text, grid): (Colour, Colour),
        sheet: String,
    ) -> Self {
        Self {
            categories,
            lines,
            band: None,
            number_format: "#,##0",
            text,
            grid,
            sheet,
        }
    }
}

/// Column letter of a 0-based column (the charts have a handful of columns).
fn column(index: usize) -> String {
    let mut index = index;
    let mut letters = Vec::new();
    loop {
        letters.push(char::from(b'A' + (index % 26) as u8));
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.iter().rev().collect()
}

/// The chart part with its workbook.
///
/// # Errors
/// When the workbook cannot be written.
pub fn chart_part(chart: &Chart) -> Result<ChartPart, XlsxError> {
    Ok(ChartPart {
        xml: chart_xml(chart),
        workbook: workbook(chart)?,
    })
}

/// Where each column of data sits: the lines from column B, then the band's low, high and
/// its width (high less low, a formula), which the shaded area stacks on the low.
struct Columns {
    lines: usize,
}

impl Columns {
    fn line(&self, index: usize) -> usize {
        1 + index.min(self.lines)
    }
    fn low(&self) -> usize {
        1 + self.lines
    }
    fn high(&self) -> usize {
        2 + self.lines
    }
    fn width(&self) -> usize {
        3 + self.lines
    }
}

fn workbook(chart: &Chart) -> Result<Vec<u8>, XlsxError> {
    let columns = Columns {
        lines: chart.lines.len(),
    };
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(&chart.sheet)?;
    for (row, category) in (1_u32..).zip(&chart.categories) {
        sheet.write_string(row, 0, category)?;
    }
    for (index, line) in chart.lines.iter().enumerate() {
        let at = columns.line(index) as u16;
        sheet.write_string(0, at, &line.name)?;
        for (row, value) in (1_u32..).zip(&line.values) {
            sheet.write_number(row, at, *value)?;
        }
    }
    if let Some(band) = &chart.band {
        let (low, high, width) = (
            columns.low() as u16,
            columns.high() as u16,
            columns.width() as u16,
        );
        sheet.write_string(0, low, &band.low_name)?;
        sheet.write_string(0, high, &band.high_name)?;
        sheet.write_string(0, width, &band.name)?;
        for (row, (low_value, high_value)) in (1_u32..).zip(band.low.iter().zip(&band.high)) {
            sheet.write_number(row, low, *low_value)?;
            sheet.write_number(row, high, *high_value)?;
            let excel_row = row + 1;
            let formula = format!(
                "={}{excel_row}-{}{excel_row}",
                column(usize::from(high)),
                column(usize::from(low))
            );
            sheet.write_formula(
                row,
                width,
                Formula::new(formula).set_result((high_value - low_value).to_string()),
            )?;
        }
    }
    sheet.set_column_width(0, 12)?;
    workbook.save_to_buffer()
}

fn string_cache(values: &[String]) -> String {
    let mut out = format!(r#"<c:strCache><c:ptCount val="{}"/>"#, values.len());
    for (index, value) in values.iter().enumerate() {
        let _ = write!(
            out,
            r#"<c:pt idx="{index}"><c:v>{}</c:v></c:pt>"#,
            xml::text(value)
        );
    }
    out.push_str("</c:strCache>");
    out
}

fn number_cache(values: &[f64], format: &str) -> String {
    let mut out = format!(
        r#"<c:numCache><c:formatCode>{format}</c:formatCode><c:ptCount val="{}"/>"#,
        values.len()
    );
    for (index, value) in values.iter().enumerate() {
        if value.is_finite() {
            let _ = write!(out, r#"<c:pt idx="{index}"><c:v>{value}</c:v></c:pt>"#);
        }
    }
    out.push_str("</c:numCache>");
    out
}

/// One series' name, categories and values, pointing at their cells.
fn series_data(chart: &Chart, name: &str, at: usize, values: &[f64]) -> (String, String) {
    let rows = chart.categories.len() + 1;
    let letter = column(at);
    // Quoted, as a sheet name with a space or an apostrophe must be.
    let sheet = format!("'{}'", chart.sheet.replace('\'', "''"));
    let sheet = xml::text(&sheet);
    let tx = format!(
        r"<c:tx><c:strRef><c:f>{sheet}!${letter}$1</c:f>{}</c:strRef></c:tx>",
        string_cache(&[name.to_owned()])
    );
    let data = format!(
        r"<c:cat><c:strRef><c:f>{sheet}!$A$2:$A${rows}</c:f>{}</c:strRef></c:cat><c:val><c:numRef><c:f>{sheet}!${letter}$2:${letter}${rows}</c:f>{}</c:numRef></c:val>",
        string_cache(&chart.categories),
        number_cache(values, chart.number_format)
    );
    (tx, data)
}

fn line_properties(width: f32, colour: Colour, dashed: bool) -> String {
    let dash = if dashed {
        r#"<a:prstDash val="dash"/>"#
    } else {
        ""
    };
    format!(
        r#"<a:ln w="{}" cap="rnd">{}{dash}<a:round/></a:ln>"#,
        xml::emu(width),
        xml::fill(colour)
    )
}

fn chart_xml(chart: &Chart) -> String {
    let columns = Columns {
        lines: chart.lines.len(),
    };
    let mut plot = String::new();
    let mut index = 0;
    if let Some(band) = &chart.band {
        let width: Vec<f64> = band
            .low
            .iter()
            .zip(&band.high)
            .map(|(low, high)| high - low)
            .collect();
        plot.push_str(r#"<c:areaChart><c:grouping val="stacked"/><c:varyColors val="0"/>"#);
        for (name, at, values, fill) in [
            (
                &band.low_name,
                columns.low(),
                &band.low,
                Colour::TRANSPARENT,
            ),
            (&band.name, columns.width(), &width, band.colour.faded(0.25)),
        ] {
            let (tx, data) = series_data(chart, name, at, values);
            let _ = write!(
                plot,
                r#"<c:ser><c:idx val="{index}"/><c:order val="{index}"/>{tx}<c:spPr>{}<a:ln><a:noFill/></a:ln></c:spPr>{data}</c:ser>"#,
                xml::fill(fill)
            );
            index += 1;
        }
        plot.push_str(r#"<c:axId val="1001"/><c:axId val="1002"/></c:areaChart>"#);
    }
    plot.push_str(r#"<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>"#);
    for (line_index, line) in chart.lines.iter().enumerate() {
        let (tx, data) = series_data(chart, &line.name, columns.line(line_index), &line.values);
        let _ = write!(
            plot,
            r#"<c:ser><c:idx val="{index}"/><c:order val="{index}"/>{tx}<c:spPr>{}</c:spPr><c:marker><c:symbol val="none"/></c:marker>{data}<c:smooth val="0"/></c:ser>"#,
            line_properties(
                if line.dashed { 2.5 } else { 4.0 },
                line.colour,
                line.dashed
            )
        );
        index += 1;
    }
    plot.push_str(r#"<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>"#);
    let axis_line = line_properties(1.0, chart.grid, false);
    let legend_hidden = if chart.band.is_some() {
        // The band's low edge is only the shaded area's base.
        r#"<c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>"#
    } else {
        ""
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:date1904 val="0"/><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>{plot}<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:spPr>{axis_line}</c:spPr><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr>{axis_line}</c:spPr></c:majorGridlines><c:numFmt formatCode="{format}" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea><c:legend><c:legendPos val="b"/>{legend_hidden}<c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="{size}">{text}<a:latin typeface="{font}"/></a:defRPr></a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr><c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>"#,
        format = chart.number_format,
        size = font_size(26.0),
        font = xml::FONT,
        text = xml::fill(chart.text),
    )
}

#[cfg(test)]
mod tests {
    use super::column;

    #[test]
    fn columns_are_lettered_as_a_spreadsheet_does() {
        assert_eq!(column(0), "A");
        assert_eq!(column(25), "Z");
        assert_eq!(column(26), "AA");
        assert_eq!(column(27), "AB");
    }
}
