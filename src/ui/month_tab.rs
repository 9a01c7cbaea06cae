//! The plot panel's "Month by month" tab: the year as a table, one row per calendar month,
//! and a copy of it for a spreadsheet.

use crate::design::Design;
use crate::draw::month_table::{Cell, WordedTable};
use crate::sim::SimResult;
use egui::{Align, Layout, RichText};

/// The table of `result`, a simulation of `design`; says whether the person asked to write it
/// to a file.
pub(super) fn months_ui(ui: &mut egui::Ui, design: &Design, result: &SimResult) -> bool {
    let mut export = false;
    let language = crate::i18n::current();
    let months = crate::sim::months::month_table(design, result);
    let table = crate::draw::month_table::worded(&months, language);
    ui.horizontal(|ui| {
        if ui
            .button(crate::tr!("months-copy"))
            .on_hover_text(crate::tr!("months-copy-hint"))
            .clicked()
        {
            ui.ctx().copy_text(table.tab_separated());
        }
        export = ui
            .button(crate::tr!("months-export"))
            .on_hover_text(crate::tr!("months-export-hint"))
            .clicked();
        let note = if result.has_bands() {
            crate::tr!("months-note-bands")
        } else {
            crate::tr!("months-note")
        };
        ui.label(RichText::new(note).small().weak());
    });
    ui.add_space(4.0);
    egui::ScrollArea::both()
        .id_salt("months-table")
        .auto_shrink(false)
        .show(ui, |ui| grid_ui(ui, &table));
    export
}

fn grid_ui(ui: &mut egui::Ui, table: &WordedTable) {
    egui::Grid::new("months-grid")
        .striped(true)
        .spacing([14.0, 3.0])
        .show(ui, |ui| {
            for heading in &table.headings {
                ui.label(RichText::new(heading).strong().small());
            }
            ui.end_row();
            for row in &table.rows {
                for cell in row {
                    let text = cell.shown(table.language);
                    if matches!(cell, Cell::Text(_)) {
                        ui.label(text);
                    } else {
                        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
                            ui.label(text);
                        });
                    }
                }
                ui.end_row();
            }
        });
}
