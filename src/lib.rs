//! Leadflow: design how a company sells (funnels, flywheels, nurture silos), staff each stage,
//! and watch a simulated lead flow.
//!
//! - [`design`]: the document a user edits and saves; no UI types.
//! - [`file`]: RON load and save, format versions, errors naming file, line and field.
//! - [`templates`]: the built-in starting designs.
//! - [`sim`]: the lead-flow simulation, pure and seeded.
//! - [`advice`]: where a design could improve (sensitivity of its levers).
//! - [`crm`]: deals read from a CRM export, measured with the evidence behind each figure.
//! - [`cli`]: the command line.
//! - [`draw`]: how a design looks, as pure shapes shared by the canvas and exports.
//! - [`export`]: images (PNG, SVG, PDF) of the diagram or a slide, carrying the design.
//! - [`ui`]: the editor's panels.
//! - [`app`]: the desktop window.
//! - [`platform`]: the little that differs between Windows, macOS and Linux.

pub mod advice;
pub mod app;
pub mod cli;
pub mod crm;
pub mod design;
pub mod draw;
pub mod export;
pub mod file;
pub mod i18n;
pub mod platform;
pub mod sim;
pub mod templates;
pub mod ui;
