//! The review's part of the CRM dialog: what the plan is, the months planned against actual
//! (a figure outside its band marked), and where it starts to differ.

use crate::crm::reforecast::{Figures, Reforecast};
use crate::crm::review::Review;
use crate::crm::review_words;
use egui::RichText;
use egui_plot::{FilledArea, Line, LineStyle, PlotPoints};

/// Shows `reviewed` with the re-forecast `ahead` (none when the plan's period is over).
pub fn review_ui(
    ui: &mut egui::Ui,
    design: &crate::design::Design,
    reviewed: &Result<Review, String>,
    ahead: Option<&Reforecast>,
    (figures, kept): (&Figures, &mut Vec<crate::crm::calibrate::Target>),
) {
    let language = crate::i18n::current();
    ui.add_space(6.0);
    let review = match reviewed {
        Err(message) => {
            ui.colored_label(ui.visuals().error_fg_color, message.as_str());
            return;
        }
        Ok(review) => review,
    };
    let differs = review_words::differs(review, language);
    let colour = if review.differs.is_some() {
        ui.visuals().warn_fg_color
    } else {
        ui.visuals().text_color()
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(differs).strong().color(colour));
        if ui
            .button(crate::tr!("review-copy-slide"))
            .on_hover_text(crate::tr!("review-copy-slide-hint"))
            .clicked()
        {
            copy_slide(ui.ctx(), design, review, ahead);
        }
    });
    if let Some(ahead) = ahead {
        ui.label(RichText::new(review_words::reforecast_line(ahead, language)).strong());
        ui.label(
            RichText::new(review_words::reforecast_basis(ahead, figures, language))
                .small()
                .weak(),
        );
        if matches!(figures, Figures::Remeasured { .. }) {
            figures_ui(ui, ahead, kept);
        }
        won_chart(ui, review, ahead);
    }
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

/// Deals won since the plan's first day: the plan dashed, what the export recorded so far, and
/// the re-forecast from the counting day with its 10–90 % band.
fn won_chart(ui: &mut egui::Ui, review: &Review, ahead: &Reforecast) {
    let start = ahead.plan_from;
    let weeks_to = |date: crate::design::calendar::Date| f64::from((date - start).get_days()) / 7.0;
    let planned: Vec<[f64; 2]> = std::iter::once([0.0, 0.0])
        .chain(
            ahead
                .planned_by_month
                .iter()
                .map(|(end, won)| [weeks_to(*end), *won]),
        )
        .collect();
    let mut won = 0.0;
    let mut actual = vec![[0.0, 0.0]];
    for (index, month) in review.months.iter().enumerate() {
        won += month.won.actual;
        let end = review
            .months
            .get(index + 1)
            .map_or(review.as_of, |next| next.first_day);
        actual.push([weeks_to(end), won]);
    }
    let so_far = ahead.won_so_far;
    let from = weeks_to(ahead.from);
    let mut xs = vec![from];
    let mut central = vec![so_far];
    let (mut low, mut high) = (vec![so_far], vec![so_far]);
    for (end, running) in &ahead.ahead_by_week {
        let (band_low, band_high) = crate::crm::review::poisson_band(running - so_far);
        xs.push(weeks_to(*end));
        central.push(*running);
        low.push(so_far + band_low);
        high.push(so_far + band_high);
    }
    let forecast: Vec<[f64; 2]> = xs.iter().zip(&central).map(|(x, y)| [*x, *y]).collect();
    let total_weeks = weeks_to(ahead.until).max(1.0) as usize;
    let theme = crate::draw::Theme::new(if ui.visuals().dark_mode {
        crate::draw::ThemeChoice::Dark
    } else {
        crate::draw::ThemeChoice::Light
    });
    let accent = egui::Color32::from(theme.kind(crate::design::StageKindTag::Customer).accent);
    let muted = ui.visuals().weak_text_color();
    let text = ui.visuals().text_color();
    ui.label(RichText::new(crate::tr!("review-chart-title")).small());
    crate::ui::plot_axes::calendar_plot("review-won", start, total_weeks)
        .height(200.0)
        .legend(egui_plot::Legend::default().position(egui_plot::Corner::LeftTop))
        .allow_drag(false)
        .allow_zoom(false)
        .show(ui, |plot| {
            plot.add(
                FilledArea::new(crate::tr!("review-chart-band"), &xs, &low, &high)
                    .fill_color(accent.gamma_multiply(0.2)),
            );
            plot.add(
                Line::new(crate::tr!("review-chart-plan"), PlotPoints::from(planned))
                    .color(muted)
                    .style(LineStyle::dashed_loose()),
            );
            plot.add(
                Line::new(crate::tr!("review-chart-actual"), PlotPoints::from(actual))
                    .color(text)
                    .width(2.4),
            );
            plot.add(
                Line::new(
                    crate::tr!("review-chart-reforecast"),
                    PlotPoints::from(forecast),
                )
                .color(accent)
                .width(2.4),
            );
        });
}

/// The review as a 16:9 slide on the clipboard, drawn as File → Export draws a slide.
fn copy_slide(
    ctx: &egui::Context,
    design: &crate::design::Design,
    review: &Review,
    ahead: Option<&Reforecast>,
) {
    use crate::export::review_slide::{ReviewSlideInput, review_slide};
    let theme = crate::draw::Theme::new(crate::draw::ThemeChoice::Light);
    let fonts = crate::export::Fonts::new();
    let picture = review_slide(&ReviewSlideInput {
        design,
        review,
        ahead,
        theme: &theme,
        background: crate::draw::Colour::WHITE,
        measure: &fonts,
        language: crate::i18n::current(),
    });
    let pixels =
        crate::export::to_svg(design, &picture).and_then(|svg| crate::export::rasterise(&svg, 1.0));
    if let Ok((width, height, rgba)) = pixels {
        ctx.copy_image(egui::ColorImage::from_rgba_unmultiplied(
            [width as usize, height as usize],
            &rgba,
        ));
    }
}

/// The figures the re-forecast measures again, each to untick and keep as the plan has it.
fn figures_ui(
    ui: &mut egui::Ui,
    ahead: &Reforecast,
    kept: &mut Vec<crate::crm::calibrate::Target>,
) {
    egui::CollapsingHeader::new(crate::tr!("review-figures-measured"))
        .id_salt("review-figures")
        .show(ui, |ui| {
            for change in &ahead.measured {
                let mut measured = !kept.contains(&change.target);
                let (planned, measured_text) =
                    crate::crm::calibrate::shown_change(change, crate::i18n::current());
                let shown = format!("{}: {planned} → {measured_text}", change.label);
                if ui.checkbox(&mut measured, shown).changed() {
                    if measured {
                        kept.retain(|target| *target != change.target);
                    } else {
                        kept.push(change.target.clone());
                    }
                }
            }
        });
}
