//! The desktop window. Until the editor lands this is a read-only overview of the design with
//! its simulated headline figures and findings.

use crate::design::Design;
use crate::design::validate::{Finding, validate};
use crate::sim::{self, SimResult};
use crate::{file, templates};
use anyhow::{Context, anyhow};
use std::path::Path;
use std::process::ExitCode;

/// Opens the app on `path`, or on the default example.
///
/// # Errors
/// When the file cannot be loaded or the window cannot be created.
pub fn run(path: Option<&Path>) -> anyhow::Result<ExitCode> {
    let design = match path {
        Some(path) => file::load(path)?,
        None => templates::find(templates::DEFAULT_TEMPLATE)
            .context("the default example is missing")?
            .design()?,
    };
    let title = format!("{} — Leadflow", design.name);
    let options = eframe::NativeOptions {
        renderer: eframe::Renderer::Glow,
        viewport: egui::ViewportBuilder::default()
            .with_inner_size([1440.0, 900.0])
            .with_min_inner_size([960.0, 600.0])
            .with_title(title),
        ..Default::default()
    };
    eframe::run_native(
        "Leadflow",
        options,
        Box::new(|_creation| Ok(Box::new(LeadflowApp::new(design)))),
    )
    .map_err(|error| anyhow!("cannot open the window: {error}"))?;
    Ok(ExitCode::SUCCESS)
}

/// The app's state: the design and what is derived from it.
pub struct LeadflowApp {
    design: Design,
    result: SimResult,
    findings: Vec<Finding>,
}

impl LeadflowApp {
    /// An app showing `design`.
    #[must_use]
    pub fn new(design: Design) -> Self {
        let result = sim::simulate(&design);
        let findings = validate(&design);
        Self {
            design,
            result,
            findings,
        }
    }

    /// The design shown.
    #[must_use]
    pub fn design(&self) -> &Design {
        &self.design
    }
}

impl eframe::App for LeadflowApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.heading(&self.design.name);
            ui.label(&self.design.notes);
            ui.separator();
            let summary = &self.result.summary;
            let currency = &self.design.presentation.currency;
            ui.label(format!(
                "Customers at week {}: {:.0}    Revenue: {:.0} {currency}    Cost: {:.0} {currency}",
                self.result.weeks, summary.customers_at_horizon, summary.revenue, summary.cost
            ));
            ui.separator();
            for (stage_id, stage) in &self.design.stages {
                ui.label(format!("{} ({})", stage.name, stage.kind.tag().label()))
                    .on_hover_text(stage_id.as_str());
            }
            for finding in &self.findings {
                ui.label(finding.to_string());
            }
        });
    }
}
