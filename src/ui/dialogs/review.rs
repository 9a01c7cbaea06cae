//! The review's part of the CRM dialog: what the plan is, the months planned against actual
//! (a figure outside its band marked), and where it starts to differ.

use crate::crm::review::Review;
use crate::crm::review_words;
use egui::RichText;

/// Shows `reviewed` (none while no export is read).
pub fn review_ui(ui: &mut egui::Ui, reviewed: Option<&Result<Review, String>>) {
    let language = crate::i18n::current();
    ui.add_space(6.0);
    let review = match reviewed {
        None => return,
        Some(Err(message)) => {
            ui.colored_label(ui.visuals().error_fg_color, message.as_str());
            return;
        }
        Some(Ok(review)) => review,
    };
    let differs = review_words::differs(review, language);
    let colour = if review.differs.is_some() {
        ui.visuals().warn_fg_color
    } else {
        ui.visuals().text_color()
    };
    ui.label(RichText::new(differs).strong().color(colour));
    ui.label(review_words::against(review, language));
    if let Some(missing) = review_words::not_in_export(review, language) {
        ui.label(missing);
    }
    ui.label(
        RichText::new(review_words::band_note(review, language))
            .small()
            .weak(),
    );
    ui.add_space(4.0);
    let outside = ui.visuals().warn_fg_color;
    egui::Grid::new("crm-review-months")
        .num_columns(7)
        .striped(true)
        .spacing([14.0, 4.0])
        .show(ui, |ui| {
            for heading in review_words::headings(language) {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for row in review_words::rows(review, language) {
                ui.label(&row.month);
                ui.label(&row.figure);
                let inside = row.compared.inside();
                for (column, cell) in review_words::cells(&row, language).into_iter().enumerate() {
                    let text = RichText::new(cell);
                    // The actual and whether it is inside: marked when it is not.
                    let text = if !inside && (column == 1 || column == 4) {
                        text.color(outside)
                    } else {
                        text
                    };
                    // Figures to the right; "inside" or "outside" as words, to the left.
                    if column < 4 {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.label(text);
                        });
                    } else {
                        ui.label(text);
                    }
                }
                ui.end_row();
            }
        });
}
