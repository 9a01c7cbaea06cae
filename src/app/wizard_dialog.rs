//! File → New from questions…: the four questions, order value, buying cycle and transaction
//! models, with the recommendation updating as they are answered.

use super::{AfterPrompt, LeadflowApp};
use crate::advice::wizard::{self, WizardAnswers};
use crate::design::{AccountContacts, LeadOrigin, TransactionModel};
use egui::RichText;

/// What the user did.
enum Choice {
    Create,
    Cancel,
}

impl LeadflowApp {
    /// Shows the wizard while it is open.
    pub(super) fn wizard_ui(&mut self, ctx: &egui::Context) {
        let Some(mut answers) = self.wizard.take() else {
            return;
        };
        let mut choice = None;
        let response = super::modals::anchored_dialog("leadflow-wizard").show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading("New design from four questions");
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() - 200.0)
                .show(ui, |ui| questions_ui(ui, &mut answers));
            ui.separator();
            let recommendation = wizard::recommend(&answers);
            ui.label(
                RichText::new(format!(
                    "Recommended: {} sales",
                    recommendation.sales_model.label()
                ))
                .size(18.0)
                .strong(),
            );
            ui.label(&recommendation.why);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Create design").clicked() {
                    choice = Some(Choice::Create);
                }
                if ui.button("Cancel").clicked() {
                    choice = Some(Choice::Cancel);
                }
            });
        });
        if response.should_close() && choice.is_none() {
            choice = Some(Choice::Cancel);
        }
        match choice {
            None => self.wizard = Some(answers),
            Some(Choice::Cancel) => {}
            Some(Choice::Create) => {
                let design = wizard::recommend(&answers).design;
                self.guard_unsaved(AfterPrompt::Adopt(Box::new(design)));
            }
        }
    }
}

fn question(ui: &mut egui::Ui, text: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(text).strong());
}

fn questions_ui(ui: &mut egui::Ui, answers: &mut WizardAnswers) {
    ui.horizontal(|ui| {
        ui.label("Name");
        ui.text_edit_singleline(&mut answers.name);
    });
    let sales = &mut answers.sales;
    question(ui, "1. Where do most leads come from?");
    ui.radio_value(
        &mut sales.lead_origin,
        LeadOrigin::Inbound,
        "They come to us: ads, search, content",
    );
    ui.radio_value(
        &mut sales.lead_origin,
        LeadOrigin::Outbound,
        "We reach out: cold lists, calls, e-mail, networking",
    );
    ui.radio_value(
        &mut sales.lead_origin,
        LeadOrigin::Mixed,
        "Both, in similar measure",
    );
    question(
        ui,
        "2. How much of your revenue comes from existing customers?",
    );
    let mut percent = sales.revenue_from_existing_customers * 100.0;
    if ui
        .add(
            egui::Slider::new(&mut percent, 0.0..=100.0)
                .suffix(" %")
                .step_by(5.0),
        )
        .changed()
    {
        sales.revenue_from_existing_customers = percent / 100.0;
    }
    question(ui, "3. How many of your people take part in each sale?");
    ui.add(egui::Slider::new(&mut sales.people_per_sale, 1..=10));
    question(
        ui,
        "4. Do you pitch one person or many at a target account?",
    );
    ui.radio_value(
        &mut sales.contacts_per_account,
        AccountContacts::One,
        "One person decides",
    );
    ui.radio_value(
        &mut sales.contacts_per_account,
        AccountContacts::Many,
        "Many stakeholders influence the decision",
    );
    question(ui, "A typical first order, and how long buying takes");
    ui.horizontal(|ui| {
        ui.add(
            egui::DragValue::new(&mut answers.order_value)
                .range(0.0..=10_000_000.0)
                .speed(50.0),
        );
        ui.add(egui::TextEdit::singleline(&mut answers.currency).desired_width(48.0));
        ui.add_space(12.0);
        ui.add(
            egui::Slider::new(&mut answers.buying_cycle_weeks, 0.5..=52.0)
                .suffix(" weeks")
                .logarithmic(true),
        );
    });
    question(
        ui,
        "How do your customers buy? (none: let Leadflow suggest)",
    );
    ui.horizontal_wrapped(|ui| {
        for model in [
            TransactionModel::DigitalBranding,
            TransactionModel::ECommerce,
            TransactionModel::Relationship,
        ] {
            let mut on = answers.transaction_models.contains(&model);
            if ui.checkbox(&mut on, model.label()).changed() {
                if on {
                    answers.transaction_models.push(model);
                } else {
                    answers.transaction_models.retain(|m| *m != model);
                }
            }
        }
    });
}
