//! The editor's panels: canvas, palette, inspector, plot. Each reads the design and returns
//! or makes edits; the app settles them into the undo history.

pub mod canvas;
pub mod change;
mod design_inspector;
mod fields;
pub mod inspector;
mod kind_fields;
pub mod levers;
mod minimap;
pub mod palette;
mod plan_actual;
pub mod plot;
mod plot_axes;
pub mod presentation;
mod provenance;
pub mod scenarios;
mod season;
pub mod shape_paint;
mod stage_inspector;
pub mod view;
