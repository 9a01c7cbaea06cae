//! The inspector when nothing is selected: the design itself, its models, sources and
//! simulation settings.

use super::change::{Change, Intent, PanelOutput};
use super::fields::{advice_ui, findings_ui, labelled};
use crate::advice::findings::Advice;
use crate::design::validate::{Finding, Subject};
use crate::design::{
    Channel, Design, ProcessShape, SalesModel, SimulationMode, Source, SourceId, StageId,
    TransactionModel,
};
use crate::ui::fields::InLanguage;
use egui::{DragValue, TextEdit};

/// Shows the design's own fields; returns the change made or the fix asked for.
pub fn design_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    findings: &[Finding],
    advice: &[Advice],
) -> PanelOutput {
    let mut label = None;
    let language = crate::i18n::current();
    ui.heading(crate::tr!("design-inspector-design"));
    findings_ui(
        ui,
        findings
            .iter()
            .filter(|finding| !matches!(finding.subject, Subject::Stage(_))),
    );
    let general = advice
        .iter()
        .filter(|item| !matches!(item.subject, Subject::Stage(_)));
    if let Some(fix) = advice_ui(ui, general) {
        return PanelOutput::wants(Intent::ApplyFix(fix));
    }
    super::fields::form_grid(ui, "design-fields").show(ui, |ui| {
        labelled(ui, &crate::tr!("design-inspector-name"), |ui| {
            ui.add(super::fields::text_field(&mut design.name, ui, 170.0))
        });
        ui.end_row();
        labelled(ui, &crate::tr!("design-inspector-sales-model"), |ui| {
            egui::ComboBox::from_id_salt("sales-model")
                .selected_text(design.sales_model.label(language))
                .show_ui(ui, |ui| {
                    for model in SalesModel::ALL {
                        if ui
                            .selectable_value(&mut design.sales_model, model, model.label(language))
                            .changed()
                        {
                            label = Some(Change::ChangeSalesModel);
                        }
                    }
                })
                .response
        });
        ui.end_row();
        drawing_fields(ui, design, language);
        labelled(ui, &crate::tr!("design-inspector-currency"), |ui| {
            ui.add(TextEdit::singleline(&mut design.presentation.currency).desired_width(60.0))
        });
        ui.end_row();
    });
    ui.add_space(6.0);
    transaction_models_ui(ui, design, &mut label);
    ui.add_space(6.0);
    ui.strong(crate::tr!("design-inspector-notes"));
    ui.add(
        TextEdit::multiline(&mut design.notes)
            .hint_text(crate::tr!("design-inspector-when-to-choose-this-design"))
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    );
    ui.add_space(8.0);
    ui.separator();
    let mut plan = None;
    sources_ui(ui, design, &mut label, &mut plan);
    ui.add_space(8.0);
    ui.separator();
    simulation_ui(ui, design);
    ui.add_space(8.0);
    ui.separator();
    if let Some(change) = super::scenarios::scenarios_ui(ui, design) {
        label = Some(change);
    }
    PanelOutput {
        change: label,
        intent: plan,
    }
}

/// How the design is drawn: its shape and its funnel's widths (two rows of the grid).
fn drawing_fields(ui: &mut egui::Ui, design: &mut Design, language: crate::i18n::Language) {
    labelled(ui, &crate::tr!("design-inspector-shape"), |ui| {
        egui::ComboBox::from_id_salt("shape")
            .selected_text(design.shape.label(language))
            .show_ui(ui, |ui| {
                for shape in [
                    ProcessShape::Funnel,
                    ProcessShape::Flywheel,
                    ProcessShape::Silo,
                ] {
                    ui.selectable_value(&mut design.shape, shape, shape.label(language));
                }
            })
            .response
    });
    ui.end_row();
    labelled(ui, &crate::tr!("design-inspector-funnel-widths"), |ui| {
        let widths = &mut design.presentation.funnel_widths;
        egui::ComboBox::from_id_salt("funnel-widths")
            .selected_text(widths.label(language))
            .show_ui(ui, |ui| {
                for choice in crate::design::FunnelWidths::ALL {
                    ui.selectable_value(widths, choice, choice.label(language));
                }
            })
            .response
            .on_hover_text(crate::tr!("design-inspector-funnel-widths-hint"))
    });
    ui.end_row();
}

fn sources_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    label: &mut Option<Change>,
    plan: &mut Option<Intent>,
) {
    use crate::design::plan::Figure;
    ui.strong(crate::tr!("design-inspector-lead-sources"));
    let targets: Vec<(StageId, String)> = design
        .stages
        .iter()
        .map(|(id, stage)| (id.clone(), stage.name.clone()))
        .collect();
    let currency = design.presentation.currency.clone();
    let mut remove = None;
    for (source_id, source) in &mut design.sources {
        let heading = crate::tr!(
            "design-inspector-source-heading",
            name = source.name.as_str(),
            leads = crate::i18n::format::count(source.leads_per_week),
            seasonal = if source.is_seasonal() { "yes" } else { "no" }
        );
        egui::CollapsingHeader::new(heading)
            .id_salt(("source", source_id.as_str()))
            .show(ui, |ui| {
                source_fields_ui(ui, source_id, source, &targets, &currency);
                ui.horizontal(|ui| {
                    ui.menu_button(crate::tr!("stage-inspector-change-from-a-date"), |ui| {
                        for (figure, message) in [
                            (
                                Figure::LeadsPerWeek(source_id.clone()),
                                "figure-leads-per-week",
                            ),
                            (
                                Figure::SpendPerWeek(source_id.clone()),
                                "figure-spend-per-week",
                            ),
                        ] {
                            let text =
                                super::move_inspector::capitalised(&crate::i18n::text(message));
                            if ui.button(text).clicked() {
                                *plan = Some(Intent::AddMove(figure));
                            }
                        }
                    })
                    .response
                    .on_hover_text(crate::tr!(
                        "design-inspector-source-change-from-a-date-hint"
                    ));
                    if ui
                        .button(crate::tr!("design-inspector-remove-source"))
                        .clicked()
                    {
                        remove = Some(source_id.clone());
                    }
                });
            });
    }
    if let Some(source_id) = remove {
        design.sources.remove(&source_id);
        *label = Some(Change::RemoveSource);
    }
    if ui
        .button(crate::tr!("design-inspector-add-source"))
        .clicked()
    {
        let entry = targets
            .first()
            .map_or_else(|| StageId::new("stage"), |(id, _)| id.clone());
        let source_id = SourceId::new(crate::design::unique_slug("source", |slug| {
            design.sources.contains_key(&SourceId::from(slug))
        }));
        design.sources.insert(
            source_id,
            Source {
                name: crate::tr!("design-inspector-new-source"),
                channel: Channel::Ads,
                leads_per_week: 20.0,
                cost_per_week: 200.0,
                growth_per_month: 0.0,
                season: Vec::new(),
                entry,
                measured: None,
            },
        );
        *label = Some(Change::AddSource);
    }
}

fn transaction_models_ui(ui: &mut egui::Ui, design: &mut Design, label: &mut Option<Change>) {
    ui.strong(crate::tr!("design-inspector-transaction-models"));
    ui.horizontal_wrapped(|ui| {
        for model in TransactionModel::ALL {
            let mut used = design.transaction_models.contains(&model);
            if ui
                .checkbox(&mut used, model.label(crate::i18n::current()))
                .changed()
            {
                if used {
                    design.transaction_models.push(model);
                } else {
                    design.transaction_models.retain(|m| *m != model);
                }
                *label = Some(Change::ChangeTransactionModels);
            }
        }
    });
}

fn simulation_ui(ui: &mut egui::Ui, design: &mut Design) {
    ui.strong(crate::tr!("design-inspector-simulation"));
    super::fields::form_grid(ui, "simulation-fields").show(ui, |ui| {
        start_date_ui(ui, &mut design.simulation.start_date);
        ui.end_row();
        labelled(ui, &crate::tr!("design-inspector-horizon"), |ui| {
            ui.add(
                DragValue::new(&mut design.simulation.horizon_weeks)
                    .range(crate::design::HORIZON_WEEKS)
                    .suffix(crate::tr!("design-inspector-weeks-suffix")),
            )
        });
        ui.end_row();
        labelled(ui, &crate::tr!("design-inspector-mode"), |ui| {
            egui::ComboBox::from_id_salt("mode")
                .selected_text(match design.simulation.mode {
                    SimulationMode::Expected => crate::tr!("design-inspector-expected-values"),
                    SimulationMode::MonteCarlo => crate::tr!("design-inspector-monte-carlo"),
                })
                .show_ui(ui, |ui| {
                    ui.selectable_value(
                        &mut design.simulation.mode,
                        SimulationMode::Expected,
                        crate::tr!("design-inspector-expected-values"),
                    );
                    ui.selectable_value(
                        &mut design.simulation.mode,
                        SimulationMode::MonteCarlo,
                        crate::tr!("design-inspector-monte-carlo"),
                    );
                })
                .response
        });
        ui.end_row();
        if design.simulation.mode == SimulationMode::MonteCarlo {
            labelled(ui, &crate::tr!("design-inspector-runs"), |ui| {
                ui.add(
                    DragValue::new(&mut design.simulation.runs)
                        .range(crate::design::MONTE_CARLO_RUNS),
                )
            });
            ui.end_row();
            labelled(ui, &crate::tr!("design-inspector-seed"), |ui| {
                ui.add(DragValue::new(&mut design.simulation.seed))
            });
            ui.end_row();
        }
    });
}

fn source_fields_ui(
    ui: &mut egui::Ui,
    source_id: &SourceId,
    source: &mut Source,
    targets: &[(StageId, String)],
    currency: &str,
) {
    super::fields::form_grid(ui, ("source-grid", source_id.as_str())).show(ui, |ui| {
        labelled(ui, &crate::tr!("design-inspector-name"), |ui| {
            ui.add(super::fields::text_field(&mut source.name, ui, 170.0))
        });
        ui.end_row();
        labelled(ui, &crate::tr!("design-inspector-channel"), |ui| {
            egui::ComboBox::from_id_salt(("channel", source_id.as_str()))
                .selected_text(source.channel.label(crate::i18n::current()))
                .show_ui(ui, |ui| {
                    for channel in Channel::ALL {
                        ui.selectable_value(
                            &mut source.channel,
                            channel,
                            channel.label(crate::i18n::current()),
                        );
                    }
                })
                .response
        });
        ui.end_row();
        labelled(ui, &crate::tr!("design-inspector-leads-per-week"), |ui| {
            ui.add(
                DragValue::new(&mut source.leads_per_week)
                    .in_language(1)
                    .range(0.0..=f64::MAX)
                    .speed(1.0),
            )
        });
        ui.end_row();
        super::evidence_row::evidence_row(
            ui,
            source.measured.as_ref(),
            source.leads_per_week,
            crate::draw::provenance::Figure::PerWeek,
            "",
        );
        labelled(ui, &crate::tr!("design-inspector-cost-per-week"), |ui| {
            ui.add(super::fields::money_field(
                &mut source.cost_per_week,
                currency,
                10.0,
            ))
        });
        ui.end_row();
        let mut growth = source.growth_per_month * 100.0;
        if labelled(ui, &crate::tr!("design-inspector-growth-per-month"), |ui| {
            ui.add(
                DragValue::new(&mut growth)
                    .in_language(1)
                    .range(-99.0..=1000.0)
                    .speed(0.1)
                    .suffix(" %"),
            )
        })
        .changed()
        {
            source.growth_per_month = growth / 100.0;
        }
        ui.end_row();
        labelled(ui, &crate::tr!("design-inspector-enters-at"), |ui| {
            let current = targets
                .iter()
                .find(|(id, _)| *id == source.entry)
                .map_or_else(
                    || {
                        crate::tr!(
                            "design-inspector-missing-stage",
                            stage = source.entry.as_str()
                        )
                    },
                    |(_, name)| name.clone(),
                );
            egui::ComboBox::from_id_salt(("entry", source_id.as_str()))
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for (stage_id, name) in targets {
                        ui.selectable_value(&mut source.entry, stage_id.clone(), name);
                    }
                })
                .response
        });
        ui.end_row();
    });
    ui.label(crate::tr!("design-inspector-season"));
    let accent = ui.visuals().selection.bg_fill;
    super::season::season_ui(ui, &mut source.season, accent);
}

/// The start date as YYYY-MM-DD text, taken when it is a date validation accepts, with a
/// button back to this week's Monday.
fn start_date_ui(ui: &mut egui::Ui, start_date: &mut Option<crate::design::calendar::Date>) {
    use crate::design::calendar::{self, EARLIEST_START, LATEST_START};
    let label = ui.label(crate::tr!("design-inspector-starts-on"));
    ui.horizontal(|ui| {
        let mut date = start_date.unwrap_or_else(calendar::this_monday);
        if super::fields::date_edit(
            ui,
            "start-date-text",
            &mut date,
            EARLIEST_START..=LATEST_START,
            label.id,
        ) {
            *start_date = Some(date);
        }
        if ui
            .small_button(crate::tr!("design-inspector-this-week"))
            .on_hover_text(crate::tr!("design-inspector-start-on-the-monday-of"))
            .clicked()
        {
            *start_date = Some(calendar::this_monday());
        }
    });
}
