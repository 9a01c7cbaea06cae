//! The year month by month, worded once: the column headings and cells the editor's monthly
//! tab shows, the command line prints and a copy pastes into a spreadsheet.

use crate::i18n::{Language, Message, format};
use crate::sim::months::{Banded, MonthTable};

/// One cell: text, or a number shown with so many decimals.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64, usize),
    /// A number with its 10–90 % band (Monte Carlo).
    Banded(f64, (f64, f64), usize),
}

/// The table with its headings, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct WordedTable {
    pub headings: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub language: Language,
}

fn heading(language: Language, id: &'static str) -> String {
    Message::new(id).words(language)
}

/// `table` with its headings and cells in `language`.
#[must_use]
pub fn worded(table: &MonthTable, language: Language) -> WordedTable {
    let mut headings = vec![
        heading(language, "months-month"),
        heading(language, "months-days"),
        heading(language, "months-leads-in"),
    ];
    headings.extend(table.stages.iter().map(|(_, name)| {
        crate::message!("months-entering", stage = name.as_str()).words(language)
    }));
    for id in [
        "months-new-customers",
        "months-active-customers",
        "months-revenue-new",
        "months-revenue-existing",
        "months-cost-people",
        "months-cost-tools",
        "months-cost-sources",
        "months-cost-moves",
        "months-profit",
        "months-cumulative-profit",
    ] {
        headings.push(heading(language, id));
    }
    headings.extend(table.roles.iter().map(|(id, role)| {
        crate::message!(
            "months-headcount",
            role = role.name_in(id, language).as_ref()
        )
        .words(language)
    }));
    let banded = |figure: Banded, decimals| match figure.band {
        Some(band) => Cell::Banded(figure.value, band, decimals),
        None => Cell::Number(figure.value, decimals),
    };
    let first_year = table.months.first().map(|month| month.first_day.year());
    let rows = table
        .months
        .iter()
        .map(|month| {
            let with_year =
                month.first_day.month() == 1 || Some(month.first_day.year()) != first_year;
            let mut row = vec![
                Cell::Text(format::month_label_in(language, month.first_day, with_year)),
                Cell::Number(month.days as f64, 0),
                Cell::Number(month.leads_in, 0),
            ];
            row.extend(month.entering.iter().map(|&deals| Cell::Number(deals, 1)));
            row.extend([
                Cell::Number(month.new_customers, 1),
                banded(month.active_customers, 0),
                Cell::Number(month.revenue_new_customers, 0),
                Cell::Number(month.revenue_existing_customers, 0),
                Cell::Number(month.cost.people, 0),
                Cell::Number(month.cost.tools, 0),
                Cell::Number(month.cost.sources, 0),
                Cell::Number(month.cost.moves, 0),
                Cell::Number(month.profit, 0),
                banded(month.cumulative_profit, 0),
            ]);
            row.extend(
                month
                    .headcount
                    .iter()
                    .map(|&people| Cell::Number(people, 1)),
            );
            row
        })
        .collect();
    WordedTable {
        headings,
        rows,
        language,
    }
}

impl Cell {
    /// As shown: numbers grouped in the language's style, a band after its figure.
    #[must_use]
    pub fn shown(&self, language: Language) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Number(value, decimals) => format::number_in(language, *value, *decimals),
            Self::Banded(value, (low, high), decimals) => format!(
                "{} ({}–{})",
                format::number_in(language, *value, *decimals),
                format::number_in(language, *low, *decimals),
                format::number_in(language, *high, *decimals)
            ),
        }
    }

    /// As a spreadsheet reads it pasted: a plain number, the band left out.
    #[must_use]
    pub fn for_spreadsheet(&self, language: Language) -> String {
        match self {
            Self::Text(text) => text.replace(['\t', '\n', '\r'], " "),
            Self::Number(value, decimals) | Self::Banded(value, _, decimals) => {
                format::number_for_spreadsheet_in(language, *value, *decimals)
            }
        }
    }
}

impl WordedTable {
    /// Tab-separated rows with a heading row: what a spreadsheet takes from the clipboard.
    #[must_use]
    pub fn tab_separated(&self) -> String {
        let clean = |text: &str| text.replace(['\t', '\n', '\r'], " ");
        let mut text = self
            .headings
            .iter()
            .map(|heading| clean(heading))
            .collect::<Vec<_>>()
            .join("\t");
        text.push('\n');
        for row in &self.rows {
            let cells: Vec<String> = row
                .iter()
                .map(|cell| cell.for_spreadsheet(self.language))
                .collect();
            text.push_str(&cells.join("\t"));
            text.push('\n');
        }
        text
    }

    /// Columns padded to line up in a terminal: one column a line would be unreadable, so
    /// the table is printed turned, one month a column, one figure a row.
    #[must_use]
    pub fn aligned(&self) -> String {
        let shown: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|row| row.iter().map(|cell| cell.shown(self.language)).collect())
            .collect();
        let width = |text: &str| text.chars().count();
        let label_width = self.headings.iter().map(|h| width(h)).max().unwrap_or(0);
        let column_widths: Vec<usize> = shown
            .iter()
            .map(|cells| cells.iter().map(|cell| width(cell)).max().unwrap_or(0))
            .collect();
        let mut text = String::new();
        for (line, heading) in self.headings.iter().enumerate() {
            text.push_str(heading);
            text.push_str(&" ".repeat(label_width - width(heading)));
            for (cells, column_width) in shown.iter().zip(&column_widths) {
                let cell = cells.get(line).map_or("", String::as_str);
                text.push_str("  ");
                text.push_str(&" ".repeat(column_width - width(cell)));
                text.push_str(cell);
            }
            text.push('\n');
        }
        text
    }
}
