//! How a design looks, as pure geometry: stage outlines by kind and the paths of flows. The
//! canvas paints this with egui; an exporter can write the same geometry as SVG.

mod geometry;

pub use geometry::{
    Bounds, FlowPath, FlowRole, Outline, STAGE_HEIGHT, STAGE_WIDTH, StageGeometry, flow_paths,
    stage_geometry,
};
