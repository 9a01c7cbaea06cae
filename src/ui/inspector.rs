//! The inspector: edits what is selected, or the design itself when nothing is.

use super::fields::{advice_ui, findings_ui, labelled, percent_slider};
use super::view::Selection;
use crate::advice::findings::Advice;
use crate::design::validate::{Finding, Subject};
use crate::design::{Design, DropOuts, StageId, StageKind};
use crate::sim::SimResult;
use egui::{DragValue, RichText, TextEdit};

/// Shows the inspector for the selection; returns the label of a change made.
pub fn inspector_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    selection: &mut Selection,
    result: Option<&SimResult>,
    findings: &[Finding],
    advice: &[Advice],
) -> Option<&'static str> {
    let before = Touchable::of(design, selection);
    let label = if let Some(key) = selection.flow.clone() {
        flow_ui(ui, design, &key, selection)
    } else if selection.stages.len() == 1 {
        let stage_id = selection.stages.iter().next().cloned();
        stage_id.and_then(|stage_id| stage_ui(ui, design, &stage_id, result, findings, advice))
    } else if selection.stages.len() > 1 {
        ui.heading(format!("{} stages selected", selection.stages.len()));
        ui.label("Drag to move them together; Delete removes them; Ctrl+D duplicates.");
        None
    } else {
        super::design_inspector::design_ui(ui, design, result, findings, advice)
    };
    if before == Touchable::of(design, selection) {
        None
    } else {
        Some(label.unwrap_or("Edit"))
    }
}

/// The part of the design the inspector can change for a selection: compared before and
/// after to catch every edit without cloning the whole design each frame.
#[derive(PartialEq)]
enum Touchable {
    Flows(Vec<crate::design::Flow>),
    Stage(Option<crate::design::Stage>),
    Design {
        name: String,
        notes: String,
        models: Vec<crate::design::TransactionModel>,
        sales_model: crate::design::SalesModel,
        shape: crate::design::ProcessShape,
        sources: std::collections::BTreeMap<crate::design::SourceId, crate::design::Source>,
        simulation: crate::design::SimulationSettings,
        presentation: crate::design::Presentation,
    },
    Nothing,
}

impl Touchable {
    fn of(design: &Design, selection: &Selection) -> Self {
        if selection.flow.is_some() {
            Self::Flows(design.flows.clone())
        } else if selection.stages.len() == 1 {
            Self::Stage(
                selection
                    .stages
                    .iter()
                    .next()
                    .and_then(|stage_id| design.stages.get(stage_id))
                    .cloned(),
            )
        } else if selection.stages.is_empty() {
            Self::Design {
                name: design.name.clone(),
                notes: design.notes.clone(),
                models: design.transaction_models.clone(),
                sales_model: design.sales_model,
                shape: design.shape,
                sources: design.sources.clone(),
                simulation: design.simulation.clone(),
                presentation: design.presentation.clone(),
            }
        } else {
            Self::Nothing
        }
    }
}

fn flow_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    key: &crate::design::FlowKey,
    selection: &mut Selection,
) -> Option<&'static str> {
    let Some(index) = design.flow_index(key) else {
        selection.flow = None;
        return None;
    };
    let names = design.flows.get(index).map(|flow| {
        (
            design.stage_name(&flow.from).to_owned(),
            design.stage_name(&flow.to).to_owned(),
        )
    });
    let Some((from, to)) = names else {
        selection.flow = None;
        return None;
    };
    ui.heading("Flow");
    ui.label(format!("{from} → {to}"));
    ui.add_space(6.0);
    let mut remove = false;
    if let Some(flow) = design.flows.get_mut(index) {
        labelled(ui, "Share of converters", |ui| {
            percent_slider(ui, &mut flow.share, "Share of converters")
        });
        ui.add_space(6.0);
        remove = ui.button("Delete flow").clicked();
    }
    if remove && crate::design::edit::delete_flow(design, key) {
        selection.flow = None;
        return Some("Delete flow");
    }
    Some("Change flow share")
}

#[expect(clippy::too_many_lines, reason = "the stage form reads top to bottom")]
fn stage_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    stage_id: &StageId,
    result: Option<&SimResult>,
    findings: &[Finding],
    advice: &[Advice],
) -> Option<&'static str> {
    let pools: Vec<(StageId, String)> = design
        .stages
        .iter()
        .filter(|(_, stage)| matches!(stage.kind, StageKind::NurturePool(_)))
        .map(|(id, stage)| (id.clone(), stage.name.clone()))
        .collect();
    let targets: Vec<(StageId, String)> = design
        .stages
        .iter()
        .map(|(id, stage)| (id.clone(), stage.name.clone()))
        .collect();
    let roles: Vec<(crate::design::RoleId, String)> = design
        .roles
        .iter()
        .map(|(id, role)| (id.clone(), role.name.clone()))
        .collect();
    let tools: Vec<(crate::design::ToolId, String)> = design
        .tools
        .iter()
        .map(|(id, tool)| (id.clone(), tool.name.clone()))
        .collect();
    let currency = design.presentation.currency.clone();
    let utilisation = result.and_then(|result| {
        let index = result.stage_index(stage_id)?;
        result.summary.utilisation.get(index).copied().flatten()
    });
    let stage = design.stages.get_mut(stage_id)?;
    let mut label = None;
    ui.horizontal(|ui| {
        ui.heading(stage.kind.tag().label());
        ui.label(RichText::new(stage_id.as_str()).weak().small());
    });
    let subject = Subject::Stage(stage_id.clone());
    findings_ui(
        ui,
        findings.iter().filter(|finding| finding.subject == subject),
    );
    if let Some(fix) = advice_ui(ui, advice.iter().filter(|item| item.subject == subject)) {
        return Some(crate::advice::findings::apply(design, &fix));
    }
    ui.add_space(4.0);
    egui::Grid::new("stage-fields")
        .num_columns(2)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            labelled(ui, "Name", |ui| {
                ui.add(TextEdit::singleline(&mut stage.name).desired_width(170.0))
            });
            ui.end_row();
            if stage.kind.is_working_stage() {
                if labelled(ui, "Conversion", |ui| {
                    percent_slider(ui, &mut stage.conversion, "Conversion")
                })
                .changed()
                {
                    label = Some("Change conversion");
                }
                ui.end_row();
            }
            if !matches!(
                stage.kind,
                StageKind::Customer(_) | StageKind::Lost | StageKind::NurturePool(_)
            ) {
                if labelled(ui, "Days in stage", |ui| {
                    ui.add(
                        DragValue::new(&mut stage.days_in_stage)
                            .range(0.1..=3650.0)
                            .speed(0.2)
                            .suffix(" d"),
                    )
                })
                .changed()
                {
                    label = Some("Change days in stage");
                }
                ui.end_row();
            }
            if today_ui(ui, stage) {
                label = Some("Change what is in the stage today");
            }
            if stage.kind.is_working_stage() {
                labelled(ui, "Drop-outs go to", |ui| {
                    let current = match &stage.drop_outs {
                        DropOuts::Lost => "Lost".to_owned(),
                        DropOuts::NurturePool(pool) => pools
                            .iter()
                            .find(|(id, _)| id == pool)
                            .map_or_else(|| pool.to_string(), |(_, name)| name.clone()),
                    };
                    egui::ComboBox::from_id_salt("drop-outs")
                        .selected_text(current)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut stage.drop_outs, DropOuts::Lost, "Lost");
                            for (pool_id, name) in &pools {
                                ui.selectable_value(
                                    &mut stage.drop_outs,
                                    DropOuts::NurturePool(pool_id.clone()),
                                    name,
                                );
                            }
                        })
                        .response
                });
                ui.end_row();
            }
            super::kind_fields::kind_fields_ui(ui, &mut stage.kind, &targets, &currency);
        });
    ui.add_space(8.0);
    ui.separator();
    ui.horizontal(|ui| {
        ui.strong("Roles");
        if let Some(used) = utilisation {
            ui.label(RichText::new(format!("{:.0} % busy", used * 100.0)).weak());
        }
    });
    let mut remove_role = None;
    for (index, staffing) in stage.roles.iter_mut().enumerate() {
        let name = roles
            .iter()
            .find(|(id, _)| *id == staffing.role)
            .map_or_else(|| staffing.role.to_string(), |(_, name)| name.clone());
        ui.horizontal(|ui| {
            let text = ui.label(&name);
            ui.add(
                DragValue::new(&mut staffing.headcount)
                    .range(0.0..=100.0)
                    .speed(0.05)
                    .suffix(" people"),
            )
            .labelled_by(text.id);
            if ui
                .small_button("×")
                .on_hover_text(format!("Remove {name}"))
                .clicked()
            {
                remove_role = Some(index);
            }
        });
    }
    if let Some(index) = remove_role {
        stage.roles.remove(index);
        label = Some("Remove role");
    }
    egui::ComboBox::from_id_salt("add-role")
        .selected_text("Add role…")
        .show_ui(ui, |ui| {
            for (role_id, name) in &roles {
                if ui.selectable_label(false, name).clicked()
                    && !stage.roles.iter().any(|s| &s.role == role_id)
                {
                    stage.roles.push(crate::design::Staffing {
                        role: role_id.clone(),
                        headcount: 1.0,
                    });
                    label = Some("Add role");
                }
            }
        });
    ui.add_space(6.0);
    ui.strong("Tools");
    ui.horizontal_wrapped(|ui| {
        for (tool_id, name) in &tools {
            let mut used = stage.tools.contains(tool_id);
            if ui.checkbox(&mut used, name).changed() {
                if used {
                    stage.tools.push(tool_id.clone());
                } else {
                    stage.tools.retain(|tool| tool != tool_id);
                }
                label = Some("Change tools");
            }
        }
    });
    ui.add_space(6.0);
    ui.strong("Notes");
    ui.add(
        TextEdit::multiline(&mut stage.notes)
            .hint_text("Notes for the meeting")
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    );
    label
}

/// "In this stage today" (and, where people work, how many of those wait for one): the
/// starting state the simulation begins from. Returns whether it changed.
fn today_ui(ui: &mut egui::Ui, stage: &mut crate::design::Stage) -> bool {
    let unit = match stage.kind {
        StageKind::Lost => return false,
        StageKind::Customer(_) => " customers",
        StageKind::NurturePool(_) => " addresses",
        StageKind::BrandReach(_) => " people",
        StageKind::FunnelStep | StageKind::FlywheelSegment => " leads",
    };
    let mut changed = labelled(ui, "In this stage today", |ui| {
        ui.add(
            DragValue::new(&mut stage.in_stage_today)
                .range(0.0..=crate::design::MAX_IN_STAGE_TODAY)
                .speed(1.0)
                .max_decimals(1)
                .suffix(unit),
        )
    })
    .on_hover_text("What the stage holds on the design's start date; the simulation starts here")
    .changed();
    ui.end_row();
    if stage.kind.is_working_stage() && !stage.roles.is_empty() {
        changed |= labelled(ui, "Of them waiting", |ui| {
            ui.add(
                DragValue::new(&mut stage.waiting_today)
                    .range(0.0..=stage.in_stage_today)
                    .speed(1.0)
                    .max_decimals(1)
                    .suffix(unit),
            )
        })
        .on_hover_text("Done with the stage but waiting for a free person (the backlog)")
        .changed();
        ui.end_row();
    }
    if changed {
        stage.waiting_today = stage.waiting_today.min(stage.in_stage_today);
    }
    changed
}
