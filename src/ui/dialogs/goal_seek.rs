//! Design → Goal seek…: what it takes to win a number of customers (or an amount of revenue)
//! by a week, solved for the leads per week, one stage's conversion or one stage's headcount,
//! and applied to the design as one step that Undo takes back.

use super::InDialog;
use crate::advice::goal::{self, Answer, Goal, GoalError, Target, Unknown};
use crate::design::{Design, StageId, StageKind};
use crate::ui::background::Background;
use crate::ui::fields::InLanguage;
use egui::RichText;

/// What the goal is counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetKind {
    /// Active customers at the week.
    Customers,
    /// Revenue earned up to the week.
    Revenue,
    /// Customers won from the start to the week.
    Won,
}

/// What may change to reach it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SolveFor {
    /// Every source's leads per week, together.
    Leads,
    /// One stage's conversion.
    Conversion,
    /// One stage's headcount.
    Headcount,
}

/// A solved goal and the design revision it was solved on.
type Solved = (u64, Goal, Result<Answer, GoalError>);

/// What the design reaches as it is by its horizon: customers and revenue.
#[derive(Clone, Copy, Debug)]
pub struct Today {
    /// Active customers at the horizon.
    pub customers: f64,
    /// Revenue earned up to the horizon.
    pub revenue: f64,
    /// Customers won up to the horizon.
    pub won: f64,
}

/// A goal a tenth above what the design reaches today, customers whole and revenue in
/// thousands: a step a plan can usually take, where a fifth is often more than the people
/// can handle.
fn suggested_amount(today: Option<Today>, target: TargetKind) -> f64 {
    match (today, target) {
        (Some(today), TargetKind::Customers) => (today.customers * 1.1).max(1.0).round(),
        (Some(today), TargetKind::Revenue) => {
            (today.revenue * 1.1 / 1000.0).max(1.0).round() * 1000.0
        }
        (Some(today), TargetKind::Won) => (today.won * 1.1).max(1.0).round(),
        (None, TargetKind::Customers | TargetKind::Won) => 100.0,
        (None, TargetKind::Revenue) => 100_000.0,
    }
}

/// The dialog's answers and the solve under way.
pub struct GoalSeekDialog {
    today: Option<Today>,
    target: TargetKind,
    amount: f64,
    by_week: u32,
    solve_for: SolveFor,
    stage: Option<StageId>,
    with_confidence: bool,
    confidence_percent: f64,
    solves: u64,
    solved: Background<Solved>,
    /// The stage whose people keep up least, offered first for conversion or headcount.
    bottleneck: Option<StageId>,
}

impl GoalSeekDialog {
    /// Starts from the design as it is: a tenth more customers than it reaches by its horizon.
    #[must_use]
    pub fn new(design: &Design, today: Option<Today>, bottleneck: Option<StageId>) -> Self {
        Self {
            today,
            target: TargetKind::Customers,
            amount: suggested_amount(today, TargetKind::Customers),
            by_week: design.simulation.horizon_weeks,
            solve_for: SolveFor::Leads,
            stage: None,
            with_confidence: false,
            confidence_percent: 80.0,
            solves: 0,
            solved: Background::default(),
            bottleneck,
        }
    }

    fn goal(&self) -> Option<Goal> {
        let target = match self.target {
            TargetKind::Customers => Target::Customers(self.amount),
            TargetKind::Revenue => Target::Revenue(self.amount),
            TargetKind::Won => Target::Won(self.amount),
        };
        let unknown = match self.solve_for {
            SolveFor::Leads => Unknown::LeadsPerWeek,
            SolveFor::Conversion => Unknown::Conversion(self.stage.clone()?),
            SolveFor::Headcount => Unknown::Headcount(self.stage.clone()?),
        };
        Some(Goal {
            target,
            by_week: self.by_week,
            unknown,
            confidence: self
                .with_confidence
                .then_some(self.confidence_percent / 100.0),
        })
    }
}

/// The stages whose conversion, or whose headcount, can be solved for.
fn candidates(design: &Design, solve_for: SolveFor) -> Vec<(StageId, String)> {
    design
        .stages
        .iter()
        .filter(|(_, stage)| match solve_for {
            SolveFor::Leads => false,
            SolveFor::Conversion => {
                matches!(
                    stage.kind,
                    StageKind::FunnelStep | StageKind::FlywheelSegment
                )
            }
            SolveFor::Headcount => !stage.roles.is_empty(),
        })
        .map(|(stage_id, stage)| (stage_id.clone(), stage.name.clone()))
        .collect()
}

/// What the user did.
enum Choice {
    Solve,
    Apply,
    Close,
}

/// What the person chose, for the app to carry out.
#[derive(Clone, Debug)]
pub enum GoalChoice {
    /// Make this design (the answer) the one being edited.
    Apply(Box<Design>),
    /// Close the dialog.
    Close,
}

impl GoalSeekDialog {
    /// Shows goal seek on `design` (at history `revision`); returns what the person chose,
    /// once they have. Solving is the dialog's own business.
    pub fn show(
        &mut self,
        ctx: &egui::Context,
        design: &Design,
        revision: u64,
    ) -> Option<GoalChoice> {
        let solved = self.solved.poll();
        let mut choice = None;
        let response = super::anchored_dialog("leadflow-goal-seek").show(ctx, |ui| {
            ui.set_max_width(560.0);
            ui.heading(crate::tr!("goal-dialog-goal-seek"));
            ui.label(
                RichText::new(crate::tr!("goal-dialog-what-does-it-take-to"))
                    .weak()
                    .small(),
            );
            ui.add_space(6.0);
            goal_fields(ui, self, design);
            ui.add_space(8.0);
            let goal = self.goal();
            ui.horizontal(|ui| {
                let ready = goal.is_some() && !self.solved.is_running();
                let enter = ready
                    && ui.input_mut(|input| {
                        input.consume_key(egui::Modifiers::NONE, egui::Key::Enter)
                    });
                if ui
                    .add_enabled(ready, egui::Button::new(crate::tr!("goal-dialog-solve")))
                    .on_hover_text(crate::tr!("goal-dialog-enter"))
                    .clicked()
                    || enter
                {
                    choice = Some(Choice::Solve);
                }
                if ui.button(crate::tr!("goal-dialog-close")).clicked() {
                    choice = Some(Choice::Close);
                }
                if self.solved.is_running() {
                    ui.spinner();
                    ui.label(crate::tr!("goal-dialog-simulating"));
                }
            });
            if let Some(solved) = &solved {
                ui.separator();
                if answer_ui(ui, solved, goal.as_ref(), revision, design) {
                    choice = Some(Choice::Apply);
                }
            }
        });
        if response.should_close() && choice.is_none() {
            choice = Some(Choice::Close);
        }
        match choice? {
            Choice::Close => Some(GoalChoice::Close),
            Choice::Solve => {
                self.start_solving(design, revision, ctx);
                None
            }
            Choice::Apply => match solved.as_deref() {
                Some((_, _, Ok(answer))) => {
                    Some(GoalChoice::Apply(Box::new(answer.design.clone())))
                }
                _ => Some(GoalChoice::Close),
            },
        }
    }

    fn start_solving(&mut self, design: &Design, revision: u64, ctx: &egui::Context) {
        let Some(goal) = self.goal() else {
            return;
        };
        let design = design.clone();
        // A bisection in expected values takes about fifty simulations.
        let inline = goal.confidence.is_none()
            && crate::ui::background::fits_in_frame(&design, goal.by_week, 50);
        self.solves += 1;
        self.solved
            .start(self.solves, inline, ctx, move |superseded| {
                let answer = goal::solve_until(&design, &goal, superseded);
                (revision, goal, answer)
            });
    }
}

fn goal_fields(ui: &mut egui::Ui, dialog: &mut GoalSeekDialog, design: &Design) {
    egui::Grid::new("goal-seek-fields")
        .num_columns(2)
        .spacing([12.0, 8.0])
        .show(ui, |ui| {
            ui.label(crate::tr!("goal-dialog-reach"));
            ui.horizontal(|ui| {
                let before = dialog.target;
                for (target, label) in [
                    (TargetKind::Customers, crate::tr!("goal-dialog-customers")),
                    (TargetKind::Revenue, crate::tr!("headline-revenue")),
                    (TargetKind::Won, crate::tr!("goal-dialog-won")),
                ] {
                    ui.radio_value(&mut dialog.target, target, label);
                }
                if dialog.target != before {
                    dialog.amount = suggested_amount(dialog.today, dialog.target);
                }
                let speed = dialog.amount.abs().max(10.0) * 0.01;
                ui.add(
                    egui::DragValue::new(&mut dialog.amount)
                        .in_language(0)
                        .range(0.0..=1e12)
                        .speed(speed),
                )
                .on_hover_text(crate::tr!("goal-dialog-how-many-active-customers-or"));
                today_hint(ui, dialog, design);
            });
            ui.end_row();
            let by_week_label = ui.label(crate::tr!("goal-dialog-by-week"));
            ui.horizontal(|ui| {
                ui.add(
                    egui::DragValue::new(&mut dialog.by_week).range(crate::design::HORIZON_WEEKS),
                )
                .labelled_by(by_week_label.id);
                let by = crate::design::calendar::last_day(
                    design.simulation.start_date(),
                    dialog.by_week as usize,
                );
                ui.label(
                    RichText::new(crate::tr!(
                        "goal-dialog-ending",
                        date = crate::i18n::format::date_long(by)
                    ))
                    .weak(),
                );
            });
            ui.end_row();
            targets_row(ui, dialog, design);
            ui.label(crate::tr!("goal-dialog-solve-for"));
            ui.horizontal(|ui| {
                for (unknown, label) in [
                    (
                        SolveFor::Leads,
                        crate::tr!("design-inspector-leads-per-week"),
                    ),
                    (SolveFor::Conversion, crate::tr!("presentation-conversion")),
                    (SolveFor::Headcount, crate::tr!("goal-dialog-headcount")),
                ] {
                    ui.radio_value(&mut dialog.solve_for, unknown, label);
                }
            });
            ui.end_row();
            let stages = candidates(design, dialog.solve_for);
            if dialog.solve_for != SolveFor::Leads {
                if !stages
                    .iter()
                    .any(|(id, _)| Some(id) == dialog.stage.as_ref())
                {
                    // The bottleneck first: where a change is most likely to help.
                    dialog.stage = dialog
                        .bottleneck
                        .clone()
                        .filter(|bottleneck| stages.iter().any(|(id, _)| id == bottleneck))
                        .or_else(|| stages.first().map(|(id, _)| id.clone()));
                }
                ui.label(crate::tr!("goal-dialog-of-stage"));
                stage_choice(ui, dialog, &stages);
                ui.end_row();
            }
            ui.label(crate::tr!("goal-dialog-confidence"));
            ui.horizontal(|ui| {
                ui.checkbox(
                    &mut dialog.with_confidence,
                    crate::tr!("goal-dialog-reach-it-in"),
                )
                .on_hover_text(crate::tr!(
                    "goal-dialog-judge-by-runs",
                    runs = crate::i18n::format::count(f64::from(design.simulation.runs))
                ));
                ui.add_enabled(
                    dialog.with_confidence,
                    egui::DragValue::new(&mut dialog.confidence_percent)
                        .in_language(0)
                        .range(1.0..=99.0)
                        .suffix(" %"),
                );
                ui.label(crate::tr!("goal-dialog-of-monte-carlo-runs"));
            });
            ui.end_row();
        });
}

/// Aim at what the targets ask by the end of a month: the goal and its week set from them,
/// for the revenue targets and for the new-customer targets, where the design has them.
fn targets_row(ui: &mut egui::Ui, dialog: &mut GoalSeekDialog, design: &Design) {
    use crate::design::targets::TargetFigure;
    for (figure, kind) in [
        (TargetFigure::Revenue, TargetKind::Revenue),
        (TargetFigure::NewCustomers, TargetKind::Won),
    ] {
        let offered = months_to_aim_at(design, figure);
        if offered.is_empty() {
            continue;
        }
        let label = ui.label(match figure {
            TargetFigure::Revenue => crate::tr!("goal-dialog-aim-at-targets"),
            TargetFigure::NewCustomers => crate::tr!("goal-dialog-aim-at-customer-targets"),
        });
        egui::ComboBox::from_id_salt(("goal-targets", kind == TargetKind::Won))
            .selected_text(crate::tr!("goal-dialog-pick-month"))
            .show_in_dialog(ui, |ui| {
                for (month, weeks, amount) in &offered {
                    let shown =
                        crate::i18n::format::month_label_in(crate::i18n::current(), *month, true);
                    if ui.selectable_label(false, shown).clicked() {
                        dialog.target = kind;
                        dialog.amount = amount.round();
                        dialog.by_week = *weeks;
                    }
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
    }
}

/// Each month with a target of `figure` ending within the horizon whose targets reach back to
/// the start, with the last week that ends within it and what the targets ask by then.
fn months_to_aim_at(
    design: &Design,
    figure: crate::design::targets::TargetFigure,
) -> Vec<(crate::design::calendar::Date, u32, f64)> {
    let targets = &design.targets;
    let start = design.simulation.start_date();
    targets
        .of(figure)
        .keys()
        .filter_map(|month| {
            let end = month.checked_add(jiff::Span::new().months(1)).ok()?;
            let weeks = u32::try_from((end - start).get_days().div_euclid(7))
                .ok()
                .filter(|weeks| (1..=design.simulation.horizon_weeks).contains(weeks))?;
            let amount = targets.through_week(figure, start, weeks)?;
            Some((*month, weeks, amount))
        })
        .collect()
}

/// What the design reaches today by its horizon, for scale.
fn today_hint(ui: &mut egui::Ui, dialog: &GoalSeekDialog, design: &Design) {
    let Some(today) = dialog.today else {
        return;
    };
    let reached = match dialog.target {
        TargetKind::Customers => crate::i18n::format::count(today.customers),
        TargetKind::Revenue => {
            crate::i18n::format::money(today.revenue, &design.presentation.currency)
        }
        TargetKind::Won => crate::i18n::format::count(today.won),
    };
    let by = crate::design::calendar::last_day(
        design.simulation.start_date(),
        design.simulation.horizon_weeks as usize,
    );
    ui.label(
        RichText::new(crate::tr!(
            "goal-dialog-today",
            reached = reached,
            date = crate::i18n::format::date_long(by)
        ))
        .weak(),
    );
}

fn stage_choice(ui: &mut egui::Ui, dialog: &mut GoalSeekDialog, stages: &[(StageId, String)]) {
    if stages.is_empty() {
        ui.label(match dialog.solve_for {
            SolveFor::Headcount => crate::tr!("goal-dialog-no-role"),
            _ => crate::tr!("goal-dialog-no-conversion"),
        });
        return;
    }
    let shown = stages
        .iter()
        .find(|(id, _)| Some(id) == dialog.stage.as_ref())
        .map_or("", |(_, name)| name.as_str());
    egui::ComboBox::from_id_salt("goal-seek-stage")
        .selected_text(shown)
        .show_in_dialog(ui, |ui| {
            for (id, name) in stages {
                ui.selectable_value(&mut dialog.stage, Some(id.clone()), name);
            }
        });
}

/// The answer, or why there is none; returns whether "Apply" was clicked.
fn answer_ui(
    ui: &mut egui::Ui,
    (solved_on, goal, answer): &Solved,
    current_goal: Option<&Goal>,
    revision: u64,
    design: &Design,
) -> bool {
    // An answer to another goal, or for the design as it was, is not shown: it would be
    // read as the answer to the question on screen.
    if *solved_on != revision {
        ui.label(RichText::new(crate::tr!("goal-dialog-the-design-changed-since-the")).weak());
        return false;
    }
    if current_goal != Some(goal) {
        ui.label(RichText::new(crate::tr!("goal-dialog-the-goal-changed-since-the")).weak());
        return false;
    }
    match answer {
        Ok(answer) => {
            ui.label(
                RichText::new(goal::describe(design, goal, answer, crate::i18n::current()))
                    .strong(),
            );
            ui.button(crate::tr!("goal-dialog-apply-to-design"))
                .on_hover_text(crate::tr!("goal-dialog-changes-the-design-to-the"))
                .clicked()
        }
        Err(error) => {
            ui.colored_label(
                ui.visuals().error_fg_color,
                error.words(crate::i18n::current()),
            );
            false
        }
    }
}
