//! How a design looks, as pure data: stage outlines by kind, the paths of flows, and the
//! shapes (outlines, text, chips, arrows) a picture is made of, coloured by the theme. The
//! canvas paints these shapes with egui; the exporter writes the same shapes as SVG.

mod chart;
mod colour;
mod geometry;
mod headline;
pub mod lead_dots;
pub mod month_table;
pub mod motion;
pub mod provenance;
mod shapes;
mod stage_shapes;
pub mod theme;

pub use chart::{OtherLine, Series, chart_shapes, nice_step};
pub use colour::Colour;
pub use geometry::{
    Bounds, FlowPath, FlowRole, Outline, STAGE_HEIGHT, STAGE_WIDTH, StageGeometry, flow_paths,
    stage_geometry,
};
pub use headline::{Headline, headline_figures, models_line};
pub use shapes::{Align, Line, Shape, TextMeasure, bounds_of, line_height};
pub use stage_shapes::{
    Detail, LEAST_TEXT_PX, StageFigures, StageMarks, Style, figures_at, figures_of, flow_polyline,
    flow_shapes, format_count, midpoint, source_description, source_shapes, source_tag_boxes,
    stage_description, stage_label_shapes, stage_mark_shapes, stage_shapes,
};
pub use theme::{KindColours, Theme, ThemeChoice};
