//! File → New from questions…: the four questions, order value, buying cycle and transaction
//! models, with the recommendation updating as they are answered.

use crate::advice::wizard::{self, Recommendation, WizardAnswers};
use crate::design::{AccountContacts, Design, LeadOrigin, TransactionModel};
use crate::i18n::Language;
use crate::ui::fields::InLanguage;
use egui::RichText;

/// The wizard's answers so far.
pub struct QuestionsDialog {
    answers: WizardAnswers,
    /// Whether a field had the keyboard at the end of the last frame: an Escape then leaves
    /// the field (egui lets go of the focus before the frame is drawn, so it is asked here).
    typing: bool,
    /// The recommendation and the answers (and language) it is for: building it simulates the
    /// starting design a few times to staff it, too much to do in every frame.
    recommended: Option<(WizardAnswers, Language, Recommendation)>,
    /// Whether the wizard has been shown: on its first frame the name field takes the
    /// keyboard, so a person using keys starts at the first answer, not in the menu bar.
    shown: bool,
}

/// The recommendation for `answers`, made again only when they (or the language) changed.
fn recommendation<'a>(
    kept: &'a mut Option<(WizardAnswers, Language, Recommendation)>,
    answers: &WizardAnswers,
) -> &'a Recommendation {
    let language = crate::i18n::current();
    let current = kept.as_ref().is_some_and(|(for_answers, for_language, _)| {
        for_answers == answers && *for_language == language
    });
    if !current {
        *kept = None;
    }
    let (_, _, recommendation) = kept.get_or_insert_with(|| {
        (
            answers.clone(),
            language,
            wizard::recommend(answers, language),
        )
    });
    recommendation
}

/// What the person chose.
#[derive(Clone, Debug)]
pub enum QuestionsChoice {
    /// Start editing the recommended design.
    Create(Box<Design>),
    /// Close the wizard.
    Cancel,
}

impl Default for QuestionsDialog {
    /// The questions as they start, the design named in the window's language.
    fn default() -> Self {
        Self {
            answers: WizardAnswers::new(crate::i18n::current()),
            typing: false,
            recommended: None,
            shown: false,
        }
    }
}

impl QuestionsDialog {
    /// Shows the wizard; returns what the person chose, once they have.
    pub fn show(&mut self, ctx: &egui::Context) -> Option<QuestionsChoice> {
        let answers = &mut self.answers;
        let recommended = &mut self.recommended;
        let mut create = false;
        let mut cancel = false;
        // Escape in a field leaves the field, not the wizard with every answer in it.
        let typing = std::mem::replace(&mut self.typing, false);
        let first_frame = !std::mem::replace(&mut self.shown, true);
        let response = super::anchored_dialog("leadflow-wizard").show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(crate::tr!("wizard-dialog-new-design-from-four-questions"));
            ui.add_space(6.0);
            egui::ScrollArea::vertical()
                .max_height(ctx.content_rect().height() - 200.0)
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    // Long answers wrap within the dialog (in Finnish at 800 pixels one ran
                    // past the scroll area's edge and was cut off).
                    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                    questions_ui(ui, answers, first_frame);
                });
            ui.separator();
            let recommendation = recommendation(recommended, answers);
            ui.label(
                RichText::new(crate::tr!(
                    "wizard-recommended",
                    model = recommendation.sales_model.label(crate::i18n::current())
                ))
                .size(18.0)
                .strong(),
            );
            ui.label(&recommendation.why);
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                create |= ui
                    .button(crate::tr!("wizard-dialog-create-design"))
                    .clicked();
                cancel |= ui.button(crate::tr!("wizard-dialog-cancel")).clicked();
            });
        });
        self.typing = ctx.egui_wants_keyboard_input();
        if create {
            Some(QuestionsChoice::Create(Box::new(
                recommendation(recommended, answers).design.clone(),
            )))
        } else if cancel || (response.should_close() && !typing) {
            Some(QuestionsChoice::Cancel)
        } else {
            None
        }
    }
}

/// A question; returns its label's id, which names the answer's field for a screen reader.
fn question(ui: &mut egui::Ui, text: &str) -> egui::Id {
    ui.add_space(8.0);
    ui.label(RichText::new(text).strong()).id
}

fn questions_ui(ui: &mut egui::Ui, answers: &mut WizardAnswers, first_frame: bool) {
    ui.horizontal(|ui| {
        let label = ui.label(crate::tr!("wizard-dialog-name"));
        let name = ui
            .text_edit_singleline(&mut answers.name)
            .labelled_by(label.id);
        if first_frame {
            name.request_focus();
        }
    });
    let sales = &mut answers.sales;
    question(ui, &crate::tr!("wizard-1-where-do-most-leads"));
    ui.radio_value(
        &mut sales.lead_origin,
        LeadOrigin::Inbound,
        crate::tr!("wizard-they-come-to-us-ads"),
    );
    ui.radio_value(
        &mut sales.lead_origin,
        LeadOrigin::Outbound,
        crate::tr!("wizard-we-reach-out-cold-lists"),
    );
    ui.radio_value(
        &mut sales.lead_origin,
        LeadOrigin::Mixed,
        crate::tr!("wizard-both-in-similar-measure"),
    );
    let existing_share = question(ui, &crate::tr!("wizard-2-how-much-of-your"));
    // No step: a typed 35 stays 35 (a step snapped each keystroke).
    let mut percent = sales.revenue_from_existing_customers * 100.0;
    if ui
        .add(crate::ui::fields::InLanguage::in_language(
            egui::Slider::new(&mut percent, 0.0..=100.0)
                .suffix(" %")
                .fixed_decimals(0),
            0,
        ))
        .labelled_by(existing_share)
        .changed()
    {
        sales.revenue_from_existing_customers = percent / 100.0;
    }
    if sales.revenue_from_existing_customers > 0.0 {
        ui.horizontal(|ui| {
            let label = ui.label(crate::tr!("wizard-customers-today"));
            ui.add(
                egui::DragValue::new(&mut answers.customers_today)
                    .in_language(0)
                    .range(0.0..=1_000_000.0)
                    .speed(1.0),
            )
            .labelled_by(label.id);
        });
    }
    let people = question(ui, &crate::tr!("wizard-3-how-many-of-your"));
    ui.add(egui::Slider::new(&mut sales.people_per_sale, 1..=10))
        .labelled_by(people);
    question(ui, &crate::tr!("wizard-4-do-you-pitch-one"));
    ui.radio_value(
        &mut sales.contacts_per_account,
        AccountContacts::One,
        crate::tr!("wizard-one-person-decides"),
    );
    ui.radio_value(
        &mut sales.contacts_per_account,
        AccountContacts::Many,
        crate::tr!("wizard-many-stakeholders-influence-the-decision"),
    );
    first_order_ui(ui, answers);
    question(ui, &crate::tr!("wizard-how-do-your-customers-buy"));
    ui.horizontal_wrapped(|ui| {
        for model in [
            TransactionModel::DigitalBranding,
            TransactionModel::ECommerce,
            TransactionModel::Relationship,
        ] {
            let mut on = answers.transaction_models.contains(&model);
            if ui
                .checkbox(&mut on, model.label(crate::i18n::current()))
                .changed()
            {
                if on {
                    answers.transaction_models.push(model);
                } else {
                    answers.transaction_models.retain(|m| *m != model);
                }
            }
        }
    });
}

/// A typical first order (value and currency) and how long buying takes.
fn first_order_ui(ui: &mut egui::Ui, answers: &mut WizardAnswers) {
    let first_order = question(ui, &crate::tr!("wizard-a-typical-first-order-and"));
    ui.horizontal(|ui| {
        ui.add(
            egui::DragValue::new(&mut answers.order_value)
                .in_language(0)
                .range(0.0..=10_000_000.0)
                .speed(50.0),
        )
        .labelled_by(first_order);
        // The hint names the field for a screen reader too.
        ui.add(
            egui::TextEdit::singleline(&mut answers.currency)
                .desired_width(48.0)
                .hint_text(crate::tr!("design-inspector-currency")),
        );
        ui.add_space(12.0);
        let cycle = ui.add(crate::ui::fields::InLanguage::in_language(
            egui::Slider::new(&mut answers.buying_cycle_weeks, 0.5..=52.0)
                .suffix(crate::tr!("design-inspector-weeks-suffix"))
                .logarithmic(true),
            1,
        ));
        cycle.widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::Slider, true, crate::tr!("wizard-buying-cycle"))
        });
    });
}
