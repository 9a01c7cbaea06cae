//! The editor's panels: canvas, palette, inspector, plot. Each reads the design and returns
//! or makes edits; the app settles them into the undo history.

pub mod background;
pub mod canvas;
pub mod canvas_keys;
pub mod change;
pub mod findings_list;
pub use findings_list::findings_window;
pub mod commands;
mod design_inspector;
pub mod dialogs;
mod evidence_row;
mod fields;
pub mod file_dialogs;
pub mod inspector;
mod kind_fields;
pub mod lever_list;
pub mod menu_bar;
mod minimap;
mod month_tab;
pub mod move_inspector;
pub mod palette;
pub mod panes;
mod plan_actual;
pub mod plot;
mod plot_axes;
pub mod preferences;
pub mod presentation;
pub mod scenarios;
mod season;
pub mod shape_paint;
mod stage_inspector;
pub mod status_bar;
pub mod timeline;
pub mod view;
