//! File → New from CRM export…, Design → Calibrate from CRM export… and Design → Review
//! against a CRM export…: choose an export (typed path or the system dialog), read it, see the
//! report, and either create a design from it, or match its stages to this design's and see
//! each figure today → measured and apply them as one undo step, or see the plan month by
//! month against the export and where it starts to differ.

use super::InDialog;
use crate::crm::calibrate::{self, Proposed};
use crate::crm::reforecast::{Figures, Reforecast};
use crate::crm::report::report;
use crate::crm::review::Review;
use crate::crm::{Deals, Field, ImportOptions, Measurement, SlashOrder, measure, read_export};
use crate::design::{Design, StageId};
use crate::ui::preferences::RememberedColumns;
use egui::RichText;
use std::path::Path;

/// Which of the two the dialog does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrmPurpose {
    /// A new design from the export.
    NewDesign,
    /// This design's figures measured from the export.
    Calibrate,
    /// The plan set against the export, month by month.
    Review,
}

/// What a read was made with: the fields a user may change afterwards.
type ReadSettings = (String, String, SlashOrder, String, Vec<(Field, String)>);

/// An export read, with the user's match of its stages.
struct Read {
    measurement: Measurement,
    report: String,
    mapping: Vec<Option<StageId>>,
    /// The deals read, kept for a review (which counts them month by month).
    deals: Option<Deals>,
    /// The review and the match of stages it was made with.
    review: Option<ReviewMade>,
    /// The calibrated design's replay of the export, and the match of stages it was made with
    /// (made again only when the match changes: it simulates the design).
    preview: Option<PreviewMade>,
}

/// The calibrated design's replay of the export (none when there is nothing to replay) and the
/// match of stages it was made with.
type PreviewMade = (
    Vec<Option<StageId>>,
    Option<Vec<crate::crm::preview::Replayed>>,
);

/// A review of the export with its re-forecast, and the match of stages and the choice of
/// figures it was made with.
struct ReviewMade {
    mapping: Vec<Option<StageId>>,
    figures: Figures,
    reviewed: Result<Review, String>,
    /// None when the plan's period is over at the counting day.
    ahead: Option<Reforecast>,
}

/// The dialog's state.
pub struct CrmDialog {
    purpose: CrmPurpose,
    /// The export's path as typed or chosen.
    path: String,
    pipeline: String,
    slash_order: SlashOrder,
    /// The day open deals are counted on, as typed (empty: the export's last date).
    as_of: String,
    /// The export's column names, once read, for naming an event log's columns by hand.
    header: Vec<String>,
    /// Columns named by hand.
    columns: Vec<(Field, String)>,
    /// Columns named by hand in earlier reads, per kind of export: used when a file's header
    /// has every one of them and none are named here.
    remembered: Vec<RememberedColumns>,
    /// Columns named by hand that read an export, for the app to remember.
    learned: Option<RememberedColumns>,
    read: Option<Result<Read, String>>,
    /// Whether the path field was given the keyboard once, on opening.
    focused: bool,
    /// Whether a review's re-forecast keeps the plan's figures (else measures them again).
    keep_figures: bool,
    /// The figures the re-forecast keeps as the plan has them while measuring the rest again.
    kept: Vec<crate::crm::calibrate::Target>,
    /// The settings of the last read, to tell when the fields no longer match it.
    read_with: Option<ReadSettings>,
}

impl CrmDialog {
    /// A dialog for `purpose`, no file chosen yet.
    #[must_use]
    pub fn new(purpose: CrmPurpose) -> Self {
        Self {
            remembered: Vec::new(),
            learned: None,
            purpose,
            path: String::new(),
            pipeline: String::new(),
            slash_order: SlashOrder::Decide,
            as_of: String::new(),
            header: Vec::new(),
            columns: Vec::new(),
            read: None,
            focused: false,
            keep_figures: false,
            kept: Vec::new(),
            read_with: None,
        }
    }

    /// The dialog, knowing the columns named by hand before (the preferences keep them).
    #[must_use]
    pub fn remembering(mut self, remembered: Vec<RememberedColumns>) -> Self {
        self.remembered = remembered;
        self
    }

    /// Columns named by hand that read an export since last asked, for the preferences.
    pub fn take_learned(&mut self) -> Option<RememberedColumns> {
        self.learned.take()
    }

    /// With nothing named here, the columns remembered for a kind of export whose every header
    /// this file has.
    fn recall_columns(&mut self) {
        if !self.columns.is_empty() {
            return;
        }
        let has = |name: &str| {
            let wanted = crate::crm::normalise_header(name);
            self.header
                .iter()
                .any(|header| crate::crm::normalise_header(header) == wanted)
        };
        if let Some(known) = self
            .remembered
            .iter()
            .find(|known| known.columns.iter().all(|(_, name)| has(name)))
        {
            self.columns.clone_from(&known.columns);
        }
    }

    fn settings(&self) -> ReadSettings {
        (
            self.path.trim().to_owned(),
            self.pipeline.trim().to_owned(),
            self.slash_order,
            self.as_of.trim().to_owned(),
            self.columns.clone(),
        )
    }

    /// Whether a field changed since the export was read, so its figures are not the fields'.
    fn stale(&self) -> bool {
        self.read.is_some() && self.read_with.as_ref() != Some(&self.settings())
    }

    fn read_export(&mut self, design: &Design) {
        let path = Path::new(self.path.trim()).to_owned();
        self.header = crate::crm::header_names(&path).unwrap_or_default();
        self.recall_columns();
        self.read_with = Some(self.settings());
        let as_of = self.as_of.trim();
        let as_of = if as_of.is_empty() {
            None
        } else if let Ok(date) = as_of.parse::<crate::design::calendar::Date>() {
            Some(date)
        } else {
            self.read = Some(Err(crate::tr!("crm-dialog-not-a-date", text = as_of)));
            return;
        };
        let options = ImportOptions {
            pipeline: Some(self.pipeline.trim().to_owned()).filter(|name| !name.is_empty()),
            slash_order: self.slash_order,
            columns: self.columns.clone(),
            as_of,
            language: crate::i18n::current(),
            ..ImportOptions::default()
        };
        let path = path.as_path();
        self.read = Some(match read_export(path, &options) {
            Ok(deals) => {
                if let (Some(kind), false) = (deals.kind, self.columns.is_empty()) {
                    self.learned = Some(RememberedColumns {
                        kind,
                        columns: self.columns.clone(),
                    });
                }
                let measurement = measure(&deals);
                let mut mapping = calibrate::match_by_name(design, &measurement);
                // Matches made by hand survive reading again.
                if let Some(Ok(previous)) = &self.read {
                    for (stage, chosen) in measurement.stages.iter().zip(&mut mapping) {
                        if let Some(index) = previous
                            .measurement
                            .stages
                            .iter()
                            .position(|old| old.name == stage.name)
                        {
                            chosen.clone_from(&previous.mapping[index]);
                        }
                    }
                }
                Ok(Read {
                    report: report(
                        &measurement,
                        &path.display().to_string(),
                        crate::i18n::current(),
                    ),
                    measurement,
                    mapping,
                    deals: (self.purpose == CrmPurpose::Review).then_some(deals),
                    review: None,
                    preview: None,
                })
            }
            Err(error) => Err(crate::i18n::Worded::words(&error, crate::i18n::current())),
        });
    }
}

/// What the user did.
enum Choice {
    Browse,
    Read,
    Create,
    Apply,
    Cancel,
}

/// What the person chose, for the app to carry out.
#[derive(Clone, Debug)]
pub enum CrmChoice {
    /// Ask for the export with a file dialog; the answer goes to [`CrmDialog::read_file`].
    Browse,
    /// Start editing this design, built from the export.
    Create(Box<Design>),
    /// Measure the design's matched figures from the export ([`CrmDialog::calibrate`]).
    Apply,
    /// Close the dialog.
    Cancel,
}

impl CrmDialog {
    /// Shows the dialog; returns what the person chose, once they have. Reading the export is
    /// the dialog's own business.
    pub fn show(&mut self, ctx: &egui::Context, design: &Design) -> Option<CrmChoice> {
        let mut choice = None;
        let response = super::anchored_dialog("leadflow-crm").show(ctx, |ui| {
            ui.set_max_width(800.0);
            ui.heading(match self.purpose {
                CrmPurpose::NewDesign => crate::tr!("crm-dialog-title-new"),
                CrmPurpose::Calibrate => crate::tr!("crm-dialog-title-calibrate"),
                CrmPurpose::Review => crate::tr!("crm-dialog-title-review"),
            });
            ui.label(crate::tr!("crm-dialog-intro"));
            ui.add_space(6.0);
            choice = file_row(ui, self);
            match &mut self.read {
                None => {}
                Some(Err(message)) => {
                    ui.colored_label(ui.visuals().error_fg_color, message.as_str());
                    if !self.header.is_empty() {
                        ui.label(RichText::new(crate::tr!("crm-dialog-name-columns-hint")).small());
                    }
                }
                Some(Ok(read)) => {
                    let as_of = self.as_of.trim().parse().ok();
                    let figures = if self.keep_figures {
                        Figures::Kept
                    } else {
                        Figures::Remeasured {
                            kept: self.kept.clone(),
                        }
                    };
                    read_ui(
                        ui,
                        read,
                        self.purpose,
                        design,
                        (as_of, &figures, &mut self.kept),
                    );
                    if self.purpose == CrmPurpose::Review {
                        ui.checkbox(&mut self.keep_figures, crate::tr!("review-keep-figures"));
                    }
                }
            }
            ui.separator();
            if self.stale() {
                ui.colored_label(ui.visuals().warn_fg_color, crate::tr!("crm-dialog-stale"));
            }
            if let Some(pressed) = self.buttons_ui(ui) {
                choice = Some(pressed);
            }
        });
        // Once an export is read, a click beside the dialog does not throw it away (Escape
        // and Cancel still do): it was what a list opened behind the dialog left to click.
        let keeps_a_read_export = self.read.is_some() && response.backdrop_response.clicked();
        if response.should_close() && choice.is_none() && !keeps_a_read_export {
            choice = Some(Choice::Cancel);
        }
        match choice? {
            Choice::Browse => Some(CrmChoice::Browse),
            Choice::Cancel => Some(CrmChoice::Cancel),
            Choice::Apply => Some(CrmChoice::Apply),
            Choice::Read => {
                self.read_export(design);
                None
            }
            Choice::Create => self
                .new_design()
                .map(|design| CrmChoice::Create(Box::new(design))),
        }
    }

    /// The dialog's buttons: create or apply (none for a review), and cancel or close.
    fn buttons_ui(&self, ui: &mut egui::Ui) -> Option<Choice> {
        let mut choice = None;
        ui.horizontal(|ui| {
            let has_changes = match (&self.read, self.purpose) {
                (Some(Ok(read)), CrmPurpose::Calibrate) => read.mapping.iter().any(Option::is_some),
                (Some(Ok(_)), CrmPurpose::NewDesign) => true,
                _ => false,
            };
            let ready = has_changes && !self.stale();
            let action = match self.purpose {
                CrmPurpose::NewDesign => {
                    Some((crate::tr!("wizard-dialog-create-design"), Choice::Create))
                }
                CrmPurpose::Calibrate => {
                    Some((crate::tr!("goal-dialog-apply-to-design"), Choice::Apply))
                }
                // A review changes nothing: it is read, and closed.
                CrmPurpose::Review => None,
            };
            if let Some((label, action)) = action
                && ui.add_enabled(ready, egui::Button::new(label)).clicked()
            {
                choice = Some(action);
            }
            let close = if self.purpose == CrmPurpose::Review {
                crate::tr!("crm-dialog-close")
            } else {
                crate::tr!("crm-dialog-cancel")
            };
            if ui.button(close).clicked() {
                choice = Some(Choice::Cancel);
            }
        });
        choice
    }

    /// Reads the export at `path` (chosen in a file dialog).
    pub fn read_file(&mut self, path: &Path, design: &Design) {
        self.path = path.display().to_string();
        self.read_export(design);
    }

    /// A new design from the export read, named after its pipeline or file.
    fn new_design(&self) -> Option<Design> {
        let Some(Ok(read)) = &self.read else {
            return None;
        };
        let name = read.measurement.pipeline.clone().unwrap_or_else(|| {
            Path::new(self.path.trim())
                .file_stem()
                .map_or(crate::tr!("crm-dialog-imported-pipeline"), |stem| {
                    stem.to_string_lossy().into_owned()
                })
        });
        Some(crate::crm::build::design_from(
            &read.measurement,
            &name,
            crate::i18n::current(),
        ))
    }

    /// Applies the measured figures of the matched stages to `design`. Returns whether there
    /// was a read export to apply.
    pub fn calibrate(&self, design: &mut Design) -> bool {
        let Some(Ok(read)) = &self.read else {
            return false;
        };
        let changes = calibrate::propose(
            design,
            &read.measurement,
            &read.mapping,
            crate::i18n::current(),
        );
        let replayed = crate::crm::preview::preview(design, &read.measurement, &read.mapping);
        calibrate::apply(design, &changes, read.measurement.to);
        calibrate::keep_actuals(design, &read.measurement, &read.mapping);
        if let Some(replayed) = &replayed {
            crate::crm::preview::mark_not_borne_out(design, replayed);
        }
        true
    }
}

fn file_row(ui: &mut egui::Ui, dialog: &mut CrmDialog) -> Option<Choice> {
    let mut choice = None;
    egui::Grid::new("crm-file").num_columns(2).show(ui, |ui| {
        let label = ui.label(crate::tr!("crm-dialog-export-file"));
        ui.horizontal(|ui| {
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut dialog.path)
                        .desired_width(420.0)
                        .hint_text(crate::tr!("crm-dialog-path-to-deals-csv")),
                )
                .labelled_by(label.id);
            if !dialog.focused {
                field.request_focus();
                dialog.focused = true;
            }
            if field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                choice = Some(Choice::Read);
            }
            if ui.button(crate::tr!("crm-dialog-browse")).clicked() {
                choice = Some(Choice::Browse);
            }
            if ui
                .add_enabled(
                    !dialog.path.trim().is_empty(),
                    egui::Button::new(crate::tr!("crm-dialog-read")),
                )
                .clicked()
            {
                choice = Some(Choice::Read);
            }
        });
        ui.end_row();
        let label = ui.label(crate::tr!("crm-dialog-pipeline"));
        ui.add(
            egui::TextEdit::singleline(&mut dialog.pipeline)
                .desired_width(220.0)
                .hint_text(crate::tr!("crm-dialog-when-the-export-holds-several")),
        )
        .labelled_by(label.id);
        ui.end_row();
        let label = ui.label(crate::tr!("crm-dialog-count-open-deals-on"));
        ui.add(
            egui::TextEdit::singleline(&mut dialog.as_of)
                .desired_width(120.0)
                .hint_text(crate::tr!("crm-dialog-the-export-s-last-date")),
        )
        .labelled_by(label.id);
        ui.end_row();
        ui.label(crate::tr!("crm-dialog-dates-like-03-04-2026"));
        egui::ComboBox::from_id_salt("crm-slash-order")
            .selected_text(slash_label(dialog.slash_order))
            .show_in_dialog(ui, |ui| {
                for order in [
                    SlashOrder::Decide,
                    SlashOrder::DayFirst,
                    SlashOrder::MonthFirst,
                ] {
                    ui.selectable_value(&mut dialog.slash_order, order, slash_label(order));
                }
            });
        ui.end_row();
    });
    if !dialog.header.is_empty() {
        columns_ui(ui, dialog);
    }
    choice
}

/// Which column holds what, for headers Leadflow does not know: an event log's, or a HubSpot
/// or Pipedrive export from an account in another language. Open by itself when the last read
/// failed.
fn columns_ui(ui: &mut egui::Ui, dialog: &mut CrmDialog) {
    let failed = matches!(dialog.read, Some(Err(_)));
    egui::CollapsingHeader::new(crate::tr!("crm-dialog-columns-of-an-event-log"))
        .id_salt("crm-columns")
        .open(failed.then_some(true))
        .show(ui, |ui| {
            ui.label(
                RichText::new(crate::tr!("crm-dialog-name-the-columns-leadflow-does"))
                    .small()
                    .weak(),
            );
            egui::Grid::new("crm-column-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    for field in Field::ALL {
                        let label = ui.label(field_label(field));
                        let current = dialog
                            .columns
                            .iter()
                            .find(|(chosen, _)| *chosen == field)
                            .map(|(_, name)| name.clone());
                        let mut picked = current.clone();
                        egui::ComboBox::from_id_salt(("crm-column", field.key()))
                            .selected_text(
                                picked
                                    .clone()
                                    .unwrap_or_else(|| crate::tr!("crm-dialog-recognised")),
                            )
                            .show_in_dialog(ui, |ui| {
                                ui.selectable_value(
                                    &mut picked,
                                    None,
                                    crate::tr!("crm-dialog-recognised"),
                                );
                                for name in &dialog.header {
                                    ui.selectable_value(&mut picked, Some(name.clone()), name);
                                }
                            })
                            .response
                            .labelled_by(label.id);
                        if picked != current {
                            dialog.columns.retain(|(chosen, _)| *chosen != field);
                            if let Some(name) = picked {
                                dialog.columns.push((field, name));
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

fn field_label(field: Field) -> String {
    crate::i18n::text(match field {
        Field::Case => "crm-field-case",
        Field::Stage => "crm-field-stage",
        Field::Time => "crm-field-time",
        Field::Source => "crm-field-source",
        Field::Amount => "crm-field-amount",
        Field::Outcome => "crm-field-outcome",
        Field::Created => "crm-field-created",
        Field::Pipeline => "crm-field-pipeline",
        Field::Closed => "crm-field-closed",
        Field::WonTime => "crm-field-won-time",
        Field::LostTime => "crm-field-lost-time",
    })
}

fn slash_label(order: SlashOrder) -> String {
    crate::i18n::text(match order {
        SlashOrder::Decide => "crm-slash-decide",
        SlashOrder::DayFirst => "crm-slash-day-first",
        SlashOrder::MonthFirst => "crm-slash-month-first",
    })
}

fn mapping_ui(ui: &mut egui::Ui, read: &mut Read, design: &Design) {
    ui.label(RichText::new(crate::tr!("crm-dialog-match-the-export-s-stages")).strong());
    let working: Vec<(&StageId, &str)> = design
        .stages
        .iter()
        .filter(|(_, stage)| stage.kind.is_working_stage())
        .map(|(id, stage)| (id, stage.name.as_str()))
        .collect();
    egui::Grid::new("crm-mapping")
        .num_columns(2)
        .show(ui, |ui| {
            let taken: Vec<Option<StageId>> = read.mapping.clone();
            for (index, figures) in read.measurement.stages.iter().enumerate() {
                let label = ui.label(&figures.name);
                let Some(current) = read.mapping.get_mut(index) else {
                    continue;
                };
                let shown = current.as_ref().map_or_else(
                    || crate::tr!("crm-dialog-not-matched"),
                    |id| design.stage_name(id).to_owned(),
                );
                egui::ComboBox::from_id_salt(("crm-map", index))
                    .selected_text(shown)
                    .show_in_dialog(ui, |ui| {
                        ui.selectable_value(current, None, crate::tr!("crm-dialog-not-matched"));
                        for (id, name) in &working {
                            // A design stage takes the figures of one export stage only.
                            let elsewhere = taken.iter().enumerate().any(|(other, chosen)| {
                                other != index && chosen.as_ref() == Some(*id)
                            });
                            ui.add_enabled_ui(!elsewhere, |ui| {
                                ui.selectable_value(current, Some((*id).clone()), *name);
                            });
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
        });
}

/// What applying changes besides the figures: the start date and the weekly actuals.
fn side_effects_ui(ui: &mut egui::Ui, measurement: &Measurement) {
    ui.label(crate::tr!(
        "crm-dialog-plan-starts",
        date = crate::i18n::format::date_long(measurement.to)
    ));
    if let Some(weekly) = &measurement.weekly {
        ui.label(crate::tr!(
            "crm-dialog-keeps-actuals",
            weeks = weekly.won.len().to_string(),
            date = crate::i18n::format::date_long(weekly.start)
        ));
    }
}

fn changes_ui(ui: &mut egui::Ui, changes: &[Proposed]) {
    ui.add_space(6.0);
    ui.label(RichText::new(crate::tr!("crm-dialog-what-changes-today-measured-90")).strong());
    if changes.is_empty() {
        ui.label(crate::tr!("crm-dialog-nothing-match-at-least-one"));
        return;
    }
    egui::Grid::new("crm-changes")
        .num_columns(3)
        .striped(true)
        .show(ui, |ui| {
            for change in changes {
                let (today, measured) =
                    crate::crm::calibrate::shown_change(change, crate::i18n::current());
                ui.label(&change.label);
                ui.label(today);
                ui.label(format!("→ {measured}"));
                ui.end_row();
            }
        });
}

/// The calibrated design replayed over the export's weeks, against what the export recorded,
/// with whether it reproduces it: shown before Apply.
fn preview_ui(ui: &mut egui::Ui, read: &mut Read, design: &Design) {
    let fresh = read
        .preview
        .as_ref()
        .is_some_and(|(mapping, _)| *mapping == read.mapping);
    if !fresh {
        let replayed = crate::crm::preview::preview(design, &read.measurement, &read.mapping);
        read.preview = Some((read.mapping.clone(), replayed));
    }
    let Some((_, Some(replayed))) = &read.preview else {
        return;
    };
    ui.add_space(6.0);
    ui.label(RichText::new(crate::tr!("calibrate-preview-heading")).strong());
    let lines = crate::crm::preview::preview_lines(replayed, crate::i18n::current());
    let holds = crate::crm::preview::not_reproduced(replayed).is_empty();
    for (index, line) in lines.iter().enumerate() {
        let verdict = index + 1 == lines.len();
        let text = RichText::new(line);
        ui.label(match (verdict, holds) {
            (true, false) => text.color(ui.visuals().warn_fg_color),
            (true, true) => text.strong(),
            (false, _) => text,
        });
    }
}

/// The review of the export read against `design` and its re-forecast, made again when the
/// match of stages or the choice of figures changed since.
fn read_review<'a>(
    read: &'a mut Read,
    design: &Design,
    as_of: Option<crate::design::calendar::Date>,
    figures: &Figures,
) -> Option<&'a ReviewMade> {
    let fresh = read
        .review
        .as_ref()
        .is_some_and(|made| made.mapping == read.mapping && made.figures == *figures);
    if !fresh && let Some(deals) = &read.deals {
        let language = crate::i18n::current();
        let reviewed = crate::crm::review::review(design, deals, &read.mapping, as_of)
            .map_err(|error| error.words(language));
        let ahead = reviewed.as_ref().ok().and_then(|reviewed| {
            crate::crm::reforecast::reforecast(
                design,
                deals,
                &read.mapping,
                reviewed.as_of,
                figures,
                crate::i18n::current(),
            )
            .ok()
        });
        read.review = Some(ReviewMade {
            mapping: read.mapping.clone(),
            figures: figures.clone(),
            reviewed,
            ahead,
        });
    }
    read.review.as_ref()
}

/// What was read: the report, and for a calibration or a review the match of stages with
/// what it changes or the months planned against actual.
fn read_ui(
    ui: &mut egui::Ui,
    read: &mut Read,
    purpose: CrmPurpose,
    design: &Design,
    (as_of, figures, kept): (
        Option<crate::design::calendar::Date>,
        &Figures,
        &mut Vec<crate::crm::calibrate::Target>,
    ),
) {
    // What the header, the file fields and the buttons leave of the window.
    let room = (ui.ctx().content_rect().height() - 330.0).max(240.0);
    let report_height = if purpose == CrmPurpose::NewDesign {
        room
    } else {
        (room * 0.3).min(180.0)
    };
    let report = |ui: &mut egui::Ui, read: &Read| {
        egui::ScrollArea::vertical()
            .id_salt("crm-report")
            .max_height(report_height)
            .show(ui, |ui| {
                ui.label(RichText::new(&read.report).monospace().size(11.5));
            });
    };
    match purpose {
        CrmPurpose::NewDesign => report(ui, read),
        CrmPurpose::Calibrate => {
            report(ui, read);
            ui.separator();
            // One height whatever is scrolled to, so the dialog does not jump while scrolling.
            let calibration_height = (room - report_height - 60.0).max(160.0);
            egui::ScrollArea::vertical()
                .id_salt("crm-calibration")
                .max_height(calibration_height)
                .min_scrolled_height(calibration_height)
                .show(ui, |ui| {
                    mapping_ui(ui, read, design);
                    let changes = calibrate::propose(
                        design,
                        &read.measurement,
                        &read.mapping,
                        crate::i18n::current(),
                    );
                    changes_ui(ui, &changes);
                    for note in calibrate::fold_notes(
                        design,
                        &read.measurement,
                        &read.mapping,
                        crate::i18n::current(),
                    ) {
                        ui.label(RichText::new(note).weak());
                    }
                    preview_ui(ui, read, design);
                    if read.mapping.iter().any(Option::is_some) {
                        side_effects_ui(ui, &read.measurement);
                    }
                });
        }
        CrmPurpose::Review => {
            // The review is what is read here: what the export holds folds away.
            egui::CollapsingHeader::new(crate::tr!("crm-dialog-what-was-read"))
                .id_salt("crm-review-report")
                .show(ui, |ui| report(ui, read));
            ui.separator();
            let nothing_matched = read.mapping.iter().all(Option::is_none);
            egui::CollapsingHeader::new(crate::tr!("crm-dialog-match-the-export-s-stages"))
                .id_salt("crm-review-mapping")
                .open(nothing_matched.then_some(true))
                .show(ui, |ui| mapping_ui(ui, read, design));
            // The table's height is known a frame after it first appears.
            if read.review.is_none() {
                ui.ctx().request_repaint();
            }
            let height = (room - 40.0).max(240.0);
            egui::ScrollArea::vertical()
                .id_salt("crm-review")
                .max_height(height)
                .min_scrolled_height(height)
                .show(ui, |ui| {
                    if let Some(made) = read_review(read, design, as_of, figures) {
                        super::review::review_ui(
                            ui,
                            design,
                            &made.reviewed,
                            made.ahead.as_ref(),
                            (figures, kept),
                        );
                    }
                });
        }
    }
}
