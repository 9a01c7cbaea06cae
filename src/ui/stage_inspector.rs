//! The inspector for one stage: its fields by kind, what it holds today, its people and
//! tools, its notes, and the findings and advice about it.

use super::change::{Change, Intent, PanelOutput};
use super::evidence_row::evidence_row;
use super::fields::{advice_ui, findings_ui, labelled, percent_slider, text_field};
use crate::advice::findings::Advice;
use crate::design::validate::{Finding, Subject};
use crate::design::{Design, DropOuts, RoleId, Stage, StageId, StageKind, ToolId};
use crate::draw::provenance::Figure;
use crate::sim::SimResult;
use crate::ui::fields::InLanguage;
use egui::{DragValue, RichText, TextEdit};

/// What the form's menus offer, by id and display name, taken from the design before the
/// stage is borrowed for editing.
struct Choices {
    pools: Vec<(StageId, String)>,
    targets: Vec<(StageId, String)>,
    roles: Vec<(RoleId, String)>,
    tools: Vec<(ToolId, String)>,
    currency: String,
}

impl Choices {
    fn of(design: &Design) -> Self {
        let language = crate::i18n::current();
        let named = |(id, stage): (&StageId, &Stage)| (id.clone(), stage.name.clone());
        Self {
            pools: design
                .stages
                .iter()
                .filter(|(_, stage)| matches!(stage.kind, StageKind::NurturePool(_)))
                .map(named)
                .collect(),
            targets: design.stages.iter().map(named).collect(),
            roles: design
                .roles
                .iter()
                .map(|(id, role)| (id.clone(), role.name_in(id, language).into_owned()))
                .collect(),
            tools: design
                .tools
                .iter()
                .map(|(id, tool)| (id.clone(), tool.name_in(id, language).into_owned()))
                .collect(),
            currency: design.presentation.currency.clone(),
        }
    }
}

/// The stage form; returns the change made or the fix asked for.
pub(super) fn stage_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    stage_id: &StageId,
    result: Option<&SimResult>,
    findings: &[Finding],
    advice: &[Advice],
) -> PanelOutput {
    let choices = Choices::of(design);
    let plannable = plannable_figures(design, stage_id);
    let utilisation = result.and_then(|result| {
        let index = result.stage_index(stage_id)?;
        result.summary.utilisation.get(index).copied().flatten()
    });
    let Some(stage) = design.stages.get_mut(stage_id) else {
        return PanelOutput::default();
    };
    ui.horizontal(|ui| {
        ui.heading(stage.kind.tag().label(crate::i18n::current()));
        ui.label(RichText::new(stage_id.as_str()).weak().small());
    });
    let subject = Subject::Stage(stage_id.clone());
    findings_ui(
        ui,
        findings.iter().filter(|finding| finding.subject == subject),
    );
    if let Some(fix) = advice_ui(ui, advice.iter().filter(|item| item.subject == subject)) {
        return PanelOutput::wants(Intent::ApplyFix(fix));
    }
    ui.add_space(4.0);
    let fields = fields_ui(ui, stage, &choices);
    let mut plan = None;
    if !plannable.is_empty() {
        ui.menu_button(crate::tr!("stage-inspector-change-from-a-date"), |ui| {
            for (figure, label) in plannable {
                if ui.button(label).clicked() {
                    plan = Some(Intent::AddMove(figure));
                }
            }
        })
        .response
        .on_hover_text(crate::tr!("stage-inspector-change-from-a-date-hint"));
    }
    ui.add_space(8.0);
    ui.separator();
    let people = roles_ui(ui, stage, &choices, utilisation);
    ui.add_space(6.0);
    let kit = tools_ui(ui, stage, &choices);
    ui.add_space(6.0);
    ui.strong(crate::tr!("stage-inspector-notes"));
    ui.add(
        TextEdit::multiline(&mut stage.notes)
            .hint_text(crate::tr!("stage-inspector-notes-for-the-meeting"))
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    );
    PanelOutput {
        change: fields.or(people).or(kit),
        intent: plan,
    }
}

/// The figures of a stage a move can change, each named.
pub(super) fn plannable_figures(
    design: &Design,
    stage_id: &StageId,
) -> Vec<(crate::design::plan::Figure, String)> {
    use crate::design::plan::Figure as Planned;
    let Some(stage) = design.stages.get(stage_id) else {
        return Vec::new();
    };
    let mut figures = Vec::new();
    if stage.kind.is_working_stage() {
        figures.push(Planned::Conversion(stage_id.clone()));
        figures.push(Planned::DaysInStage(stage_id.clone()));
        figures.extend(stage.roles.iter().map(|staffing| Planned::Headcount {
            stage: stage_id.clone(),
            role: staffing.role.clone(),
        }));
    } else if let StageKind::Customer(_) = stage.kind {
        figures.push(Planned::OrderValue(stage_id.clone()));
        figures.push(Planned::RepeatPurchases(stage_id.clone()));
        figures.push(Planned::ChurnPerYear(stage_id.clone()));
    }
    figures
        .into_iter()
        .map(|figure| {
            let label = super::move_inspector::capitalised(&super::move_inspector::figure_label(
                design, &figure,
            ));
            (figure, label)
        })
        .collect()
}

/// Name, conversion, days in stage, what it holds today, where drop-outs go, and the fields
/// of its kind.
fn fields_ui(ui: &mut egui::Ui, stage: &mut Stage, choices: &Choices) -> Option<Change> {
    let mut label = None;
    super::fields::form_grid(ui, "stage-fields").show(ui, |ui| {
        labelled(ui, &crate::tr!("stage-inspector-name"), |ui| {
            ui.add(text_field(&mut stage.name, ui, 170.0))
        });
        ui.end_row();
        if stage.kind.is_working_stage() {
            if labelled(ui, &crate::tr!("stage-inspector-conversion"), |ui| {
                percent_slider(ui, &mut stage.conversion)
            })
            .changed()
            {
                label = Some(Change::ChangeConversion);
            }
            ui.end_row();
            evidence_row(
                ui,
                stage.measured.conversion.as_ref(),
                stage.conversion,
                Figure::Share,
                "",
            );
        }
        if !matches!(
            stage.kind,
            StageKind::Customer(_) | StageKind::Lost | StageKind::NurturePool(_)
        ) {
            if labelled(ui, &crate::tr!("stage-inspector-days-in-stage"), |ui| {
                ui.add(
                    DragValue::new(&mut stage.days_in_stage)
                        .in_language(1)
                        .range(0.1..=3650.0)
                        .speed(0.2)
                        .suffix(crate::tr!("suffix-days")),
                )
            })
            .changed()
            {
                label = Some(Change::ChangeDaysInStage);
            }
            ui.end_row();
            evidence_row(
                ui,
                stage.measured.days_in_stage.as_ref(),
                stage.days_in_stage,
                Figure::Days,
                "",
            );
        }
        if today_ui(ui, stage) {
            label = Some(Change::ChangeToday);
        }
        if stage.kind.is_working_stage() {
            drop_outs_ui(ui, stage, choices);
        }
        super::kind_fields::kind_fields_ui(
            ui,
            &mut stage.kind,
            &choices.targets,
            &choices.currency,
        );
        if let StageKind::Customer(customers) = &stage.kind {
            evidence_row(
                ui,
                stage.measured.order_value.as_ref(),
                customers.order_value,
                Figure::Money(&choices.currency),
                &crate::tr!("stage-inspector-order-value-prefix"),
            );
        }
    });
    label
}

/// Where the stage's drop-outs go: lost, or a nurture pool.
fn drop_outs_ui(ui: &mut egui::Ui, stage: &mut Stage, choices: &Choices) {
    labelled(ui, &crate::tr!("stage-inspector-drop-outs-go-to"), |ui| {
        let current = match &stage.drop_outs {
            DropOuts::Lost => crate::tr!("stage-inspector-lost"),
            DropOuts::NurturePool(pool) => choices
                .pools
                .iter()
                .find(|(id, _)| id == pool)
                .map_or_else(|| pool.to_string(), |(_, name)| name.clone()),
        };
        egui::ComboBox::from_id_salt("drop-outs")
            .selected_text(current)
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut stage.drop_outs,
                    DropOuts::Lost,
                    crate::tr!("stage-inspector-lost"),
                );
                for (pool_id, name) in &choices.pools {
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

/// The people working the stage, with how busy they are.
fn roles_ui(
    ui: &mut egui::Ui,
    stage: &mut Stage,
    choices: &Choices,
    utilisation: Option<f64>,
) -> Option<Change> {
    let mut label = None;
    ui.horizontal(|ui| {
        ui.strong(crate::tr!("stage-inspector-roles"));
        if let Some(used) = utilisation {
            ui.label(
                RichText::new(crate::tr!(
                    "stage-inspector-busy",
                    percent = crate::i18n::format::percent(used * 100.0, 0)
                ))
                .weak(),
            );
        }
    });
    let mut remove_role = None;
    for (index, staffing) in stage.roles.iter_mut().enumerate() {
        let name = choices
            .roles
            .iter()
            .find(|(id, _)| *id == staffing.role)
            .map_or_else(|| staffing.role.to_string(), |(_, name)| name.clone());
        ui.horizontal(|ui| {
            let text = ui.label(&name);
            // "1 person", "2 people": the grammar follows the number shown.
            let suffix = if (staffing.headcount - 1.0).abs() < 0.005 {
                crate::tr!("suffix-person")
            } else {
                crate::tr!("suffix-people")
            };
            ui.add(
                DragValue::new(&mut staffing.headcount)
                    .in_language(2)
                    .range(0.0..=100.0)
                    .speed(0.05)
                    .suffix(suffix),
            )
            .labelled_by(text.id);
            if ui
                .small_button("×")
                .on_hover_text(crate::tr!(
                    "stage-inspector-remove-role",
                    name = name.as_str()
                ))
                .clicked()
            {
                remove_role = Some(index);
            }
        });
    }
    if let Some(index) = remove_role {
        stage.roles.remove(index);
        label = Some(Change::RemoveRole);
    }
    egui::ComboBox::from_id_salt("add-role")
        .selected_text(crate::tr!("stage-inspector-add-role"))
        .show_ui(ui, |ui| {
            for (role_id, name) in &choices.roles {
                if ui.selectable_label(false, name).clicked()
                    && !stage.roles.iter().any(|s| &s.role == role_id)
                {
                    stage.roles.push(crate::design::Staffing {
                        role: role_id.clone(),
                        headcount: 1.0,
                    });
                    label = Some(Change::AddRole);
                }
            }
        });
    label
}

/// The tools the stage uses, ticked from the catalogue.
fn tools_ui(ui: &mut egui::Ui, stage: &mut Stage, choices: &Choices) -> Option<Change> {
    let mut label = None;
    ui.strong(crate::tr!("stage-inspector-tools"));
    ui.horizontal_wrapped(|ui| {
        for (tool_id, name) in &choices.tools {
            let mut used = stage.tools.contains(tool_id);
            if ui.checkbox(&mut used, name).changed() {
                if used {
                    stage.tools.push(tool_id.clone());
                } else {
                    stage.tools.retain(|tool| tool != tool_id);
                }
                label = Some(Change::ChangeTools);
            }
        }
    });
    label
}

/// "In this stage today" (and, where people work, how many of those wait for one): the
/// starting state the simulation begins from. Returns whether it changed.
fn today_ui(ui: &mut egui::Ui, stage: &mut Stage) -> bool {
    let unit = match stage.kind {
        StageKind::Lost => return false,
        StageKind::Customer(_) => crate::tr!("suffix-customers"),
        StageKind::NurturePool(_) => crate::tr!("suffix-addresses"),
        StageKind::BrandReach(_) => crate::tr!("suffix-people"),
        StageKind::FunnelStep | StageKind::FlywheelSegment => crate::tr!("suffix-leads"),
    };
    let mut changed = labelled(
        ui,
        &crate::tr!("stage-inspector-in-this-stage-today"),
        |ui| {
            ui.add(
                DragValue::new(&mut stage.in_stage_today)
                    .in_language(1)
                    .range(0.0..=crate::design::MAX_IN_STAGE_TODAY)
                    .speed(1.0)
                    .max_decimals(1)
                    .suffix(unit.as_str()),
            )
        },
    )
    .on_hover_text(crate::tr!("stage-inspector-what-the-stage-holds-on"))
    .changed();
    ui.end_row();
    if stage.kind.is_working_stage() && !stage.roles.is_empty() {
        changed |= labelled(ui, &crate::tr!("stage-inspector-of-them-waiting"), |ui| {
            ui.add(
                DragValue::new(&mut stage.waiting_today)
                    .in_language(1)
                    .range(0.0..=stage.in_stage_today)
                    .speed(1.0)
                    .max_decimals(1)
                    .suffix(unit.as_str()),
            )
        })
        .on_hover_text(crate::tr!("stage-inspector-done-with-the-stage-but"))
        .changed();
        ui.end_row();
    }
    if changed {
        stage.waiting_today = stage.waiting_today.min(stage.in_stage_today);
    }
    changed
}
