//! A4 pages filled from the top: headings, paragraphs, tables and drawn blocks go on where the
//! last ended, and a block that does not fit starts a new page; a table split over pages
//! repeats its heading row. Every page ends with the design's name, the date and "Page 2 of 5".

use crate::design::Point;
use crate::draw::{Align, Bounds, Colour, Line, Shape, TextMeasure, Theme, line_height};
use crate::export::Picture;

/// A4 portrait, in points.
pub const PAGE_WIDTH: f32 = 595.0;
/// A4 portrait, in points.
pub const PAGE_HEIGHT: f32 = 842.0;
pub const LEFT: f32 = 50.0;
pub const RIGHT: f32 = PAGE_WIDTH - 50.0;
const TOP: f32 = 54.0;
/// Where the page's content must end: the footer lies below.
const BOTTOM: f32 = PAGE_HEIGHT - 62.0;
pub const BODY_SIZE: f32 = 10.0;
const HEADING_SIZE: f32 = 16.0;
const TABLE_SIZE: f32 = 8.5;
pub const FOOTER_SIZE: f32 = 8.0;
/// A heading keeps at least this much of what follows it on its page.
const KEEP_WITH_HEADING: f32 = 90.0;

/// How a table column is laid out: its share of the width and its alignment.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub width: f32,
    pub align: Align,
}

impl Column {
    pub fn start(width: f32) -> Self {
        Self {
            width,
            align: Align::Start,
        }
    }

    pub fn end(width: f32) -> Self {
        Self {
            width,
            align: Align::End,
        }
    }
}

/// A cell's text and whether it is a figure to play down (an assumption, a muted note).
pub struct Cell {
    pub text: String,
    pub muted: bool,
}

impl Cell {
    pub fn of(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            muted: false,
        }
    }

    pub fn muted(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            muted: true,
        }
    }
}

/// The pages being filled.
pub struct Pages<'a> {
    done: Vec<Vec<Shape>>,
    current: Vec<Shape>,
    y: f32,
    pub theme: &'a Theme,
    pub measure: &'a dyn TextMeasure,
}

impl<'a> Pages<'a> {
    pub fn new(theme: &'a Theme, measure: &'a dyn TextMeasure) -> Self {
        Self {
            done: Vec::new(),
            current: Vec::new(),
            y: TOP,
            theme,
            measure,
        }
    }

    /// The width between the margins.
    pub fn width() -> f32 {
        RIGHT - LEFT
    }

    fn new_page(&mut self) {
        self.done.push(std::mem::take(&mut self.current));
        self.y = TOP;
    }

    /// Starts a new page unless `height` still fits on this one. A block taller than a page
    /// goes on an empty page rather than pushing page after page.
    fn make_room(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    /// Empty space.
    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// A section heading with a rule under it, kept with the first `keep` points of what
    /// follows (at least a few lines).
    pub fn heading(&mut self, text: &str, keep: f32) {
        self.make_room(line_height(HEADING_SIZE) + 26.0 + keep.max(KEEP_WITH_HEADING));
        if self.y > TOP {
            self.y += 14.0;
        }
        self.current.push(Shape::text(
            LEFT,
            self.y,
            Align::Start,
            HEADING_SIZE,
            self.theme.text,
            text,
        ));
        self.y += line_height(HEADING_SIZE) + 4.0;
        self.rule(self.theme.grid, 1.0);
        self.y += 8.0;
    }

    fn rule(&mut self, colour: Colour, width: f32) {
        self.current.push(Shape::Path {
            points: vec![Point::new(LEFT, self.y), Point::new(RIGHT, self.y)],
            line: Line::solid(width, colour),
        });
    }

    /// Running text, wrapped to the page's width; it may go on over a page break.
    pub fn paragraph(&mut self, text: &str, size: f32, colour: Colour) {
        let height = line_height(size) + 1.5;
        for line in crate::export::slide::wrap(text, size, Self::width(), self.measure) {
            self.make_room(height);
            self.current
                .push(Shape::text(LEFT, self.y, Align::Start, size, colour, line));
            self.y += height;
        }
        self.y += size * 0.6;
    }

    /// A block `height` tall drawn by `draw` into the full width: a chart or the diagram.
    pub fn block(&mut self, height: f32, draw: impl FnOnce(&mut Vec<Shape>, Bounds)) {
        self.make_room(height);
        let area = Bounds {
            min: Point::new(LEFT, self.y),
            max: Point::new(RIGHT, self.y + height),
        };
        draw(&mut self.current, area);
        self.y += height + 8.0;
    }

    /// A table: `heading` then `rows`, each cell wrapped to its column; on a new page the
    /// heading row comes again.
    pub fn table(&mut self, columns: &[Column], heading: &[String], rows: &[Vec<Cell>]) {
        let total: f32 = columns
            .iter()
            .map(|column| column.width)
            .sum::<f32>()
            .max(1.0);
        let widths: Vec<f32> = columns
            .iter()
            .map(|column| column.width / total * Self::width())
            .collect();
        let heading_cells: Vec<Cell> = heading.iter().map(Cell::of).collect();
        let heading_height = self.row_height(&heading_cells, &widths);
        let first_row = rows
            .first()
            .map_or(0.0, |row| self.row_height(row, &widths));
        self.make_room(heading_height + first_row);
        self.table_row(columns, &widths, &heading_cells, true);
        for row in rows {
            let height = self.row_height(row, &widths);
            if self.y + height > BOTTOM {
                self.new_page();
                self.table_row(columns, &widths, &heading_cells, true);
            }
            self.table_row(columns, &widths, row, false);
        }
        self.y += 10.0;
    }

    fn cell_lines(&self, cell: &Cell, width: f32) -> Vec<String> {
        crate::export::slide::wrap(&cell.text, TABLE_SIZE, width - 8.0, self.measure)
    }

    fn row_height(&self, cells: &[Cell], widths: &[f32]) -> f32 {
        let lines = cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| self.cell_lines(cell, *width).len().max(1))
            .max()
            .unwrap_or(1);
        lines as f32 * line_height(TABLE_SIZE) + 7.0
    }

    fn table_row(&mut self, columns: &[Column], widths: &[f32], cells: &[Cell], heading: bool) {
        let height = self.row_height(cells, widths);
        if heading {
            self.current.push(Shape::Rect {
                min: Point::new(LEFT, self.y),
                max: Point::new(RIGHT, self.y + height),
                corner: 0.0,
                fill: self.theme.grid.faded(0.45),
                line: Line::NONE,
            });
        }
        let mut x = LEFT;
        for ((cell, column), width) in cells.iter().zip(columns).zip(widths) {
            let colour = if cell.muted {
                self.theme.text_muted
            } else {
                self.theme.text
            };
            let anchor = match column.align {
                Align::Start => x + 4.0,
                Align::Middle => x + width / 2.0,
                Align::End => x + width - 4.0,
            };
            let mut top = self.y + 3.5;
            for line in self.cell_lines(cell, *width) {
                self.current.push(Shape::text(
                    anchor,
                    top,
                    column.align,
                    TABLE_SIZE,
                    colour,
                    line,
                ));
                top += line_height(TABLE_SIZE);
            }
            x += width;
        }
        self.y += height;
        self.rule(self.theme.grid, if heading { 0.8 } else { 0.5 });
    }

    /// The pages, each with its footer: `left` (the design and the date) and the page's
    /// number of all, worded by `page_of(page, pages)`.
    pub fn finish(
        mut self,
        title: &str,
        left: &str,
        background: Colour,
        page_of: impl Fn(usize, usize) -> String,
    ) -> Vec<Picture> {
        if !self.current.is_empty() {
            self.done.push(std::mem::take(&mut self.current));
        }
        let pages = self.done.len();
        let footer_top = PAGE_HEIGHT - 40.0;
        self.done
            .into_iter()
            .enumerate()
            .map(|(index, mut shapes)| {
                shapes.push(Shape::Path {
                    points: vec![
                        Point::new(LEFT, footer_top - 6.0),
                        Point::new(RIGHT, footer_top - 6.0),
                    ],
                    line: Line::solid(0.5, self.theme.grid),
                });
                shapes.push(Shape::text(
                    LEFT,
                    footer_top,
                    Align::Start,
                    FOOTER_SIZE,
                    self.theme.text_muted,
                    left,
                ));
                shapes.push(Shape::text(
                    RIGHT,
                    footer_top,
                    Align::End,
                    FOOTER_SIZE,
                    self.theme.text_muted,
                    page_of(index + 1, pages),
                ));
                Picture {
                    width: PAGE_WIDTH,
                    height: PAGE_HEIGHT,
                    background,
                    title: title.to_owned(),
                    shapes,
                }
            })
            .collect()
    }
}
