//! Inspector rows for the parameters only some stage kinds have.

use super::fields::{labelled, percent_slider};
use crate::design::{StageId, StageKind};
use crate::ui::fields::InLanguage;
use egui::DragValue;

fn stage_picker(
    ui: &mut egui::Ui,
    salt: &str,
    value: &mut StageId,
    targets: &[(StageId, String)],
) -> egui::Response {
    let current = targets.iter().find(|(id, _)| id == value).map_or_else(
        || crate::tr!("design-inspector-missing-stage", stage = value.as_str()),
        |(_, name)| name.clone(),
    );
    egui::ComboBox::from_id_salt(salt)
        .selected_text(current)
        .show_ui(ui, |ui| {
            for (stage_id, name) in targets {
                ui.selectable_value(value, stage_id.clone(), name);
            }
        })
        .response
}

/// Rows of a two-column grid for the kind's own parameters.
pub fn kind_fields_ui(
    ui: &mut egui::Ui,
    kind: &mut StageKind,
    targets: &[(StageId, String)],
    currency: &str,
) {
    match kind {
        StageKind::NurturePool(pool) => {
            labelled(ui, &crate::tr!("kind-fields-warm-up-per-week"), |ui| {
                percent_slider(ui, &mut pool.warm_up_per_week)
            });
            ui.end_row();
            labelled(ui, &crate::tr!("kind-fields-warmed-leads-go-to"), |ui| {
                stage_picker(ui, "warm-up-to", &mut pool.warm_up_to, targets)
            });
            ui.end_row();
            labelled(ui, &crate::tr!("kind-fields-unsubscribe-per-week"), |ui| {
                percent_slider(ui, &mut pool.unsubscribe_per_week)
            });
            ui.end_row();
        }
        StageKind::Customer(customers) => customer_fields_ui(ui, customers, targets, currency),
        StageKind::BrandReach(reach) => {
            labelled(
                ui,
                &crate::tr!("kind-fields-share-becoming-organic-leads"),
                |ui| percent_slider(ui, &mut reach.organic_share),
            );
            ui.end_row();
            labelled(ui, &crate::tr!("kind-fields-delay"), |ui| {
                ui.add(
                    DragValue::new(&mut reach.delay_days)
                        .in_language(1)
                        .range(0.0..=3650.0)
                        .speed(1.0)
                        .suffix(crate::tr!("suffix-days")),
                )
            });
            ui.end_row();
            labelled(ui, &crate::tr!("kind-fields-organic-leads-go-to"), |ui| {
                stage_picker(ui, "organic-to", &mut reach.organic_to, targets)
            });
            ui.end_row();
        }
        StageKind::FunnelStep | StageKind::FlywheelSegment | StageKind::Lost => {}
    }
}

/// A customer stage's fields: order value, repeat orders, referrals and churn.
fn customer_fields_ui(
    ui: &mut egui::Ui,
    customers: &mut crate::design::Customers,
    targets: &[(StageId, String)],
    currency: &str,
) {
    labelled(ui, &crate::tr!("kind-fields-order-value"), |ui| {
        ui.add(super::fields::money_field(
            &mut customers.order_value,
            currency,
            50.0,
        ))
    });
    ui.end_row();
    labelled(
        ui,
        &crate::tr!("kind-fields-repeat-purchases-per-year"),
        |ui| {
            ui.add(
                DragValue::new(&mut customers.repeat_purchases_per_year)
                    .in_language(2)
                    .range(0.0..=365.0)
                    .speed(0.05),
            )
        },
    );
    ui.end_row();
    labelled(
        ui,
        &crate::tr!("kind-fields-referrals-per-customer-per-year"),
        |ui| {
            ui.add(
                DragValue::new(&mut customers.referrals_per_customer_per_year)
                    .in_language(2)
                    .range(0.0..=365.0)
                    .speed(0.05),
            )
        },
    );
    ui.end_row();
    labelled(ui, &crate::tr!("kind-fields-referred-leads-go-to"), |ui| {
        let current = customers
            .referrals_to
            .as_ref()
            .and_then(|target| targets.iter().find(|(id, _)| id == target))
            .map_or_else(
                || crate::tr!("kind-fields-not-modelled"),
                |(_, name)| name.clone(),
            );
        egui::ComboBox::from_id_salt("referrals-to")
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut customers.referrals_to,
                    None,
                    crate::tr!("kind-fields-not-modelled"),
                );
                for (stage_id, name) in targets {
                    ui.selectable_value(&mut customers.referrals_to, Some(stage_id.clone()), name);
                }
            })
            .response
    });
    ui.end_row();
    labelled(ui, &crate::tr!("kind-fields-churn-per-year"), |ui| {
        percent_slider(ui, &mut customers.churn_per_year)
    });
    ui.end_row();
}
