//! The canvas: stages drawn by kind with live figures, flows as arrows; select, move, box
//! select, connect, rename in place, drop stages, roles and tools from the palette; pan and
//! zoom with `egui::Scene`.

use super::change::{Change, Intent, PanelOutput};
use super::palette::PaletteItem;
use super::shape_paint::{EguiMeasure, distance_to_polyline, paint_shapes, pos, rect};
use super::view::{GridOptions, ViewState};
use crate::design::{Design, Point, StageId, edit};
use crate::draw::Theme;
use crate::draw::{self, Detail, FlowRole, StageMarks};
use crate::sim::SimResult;
use egui::containers::DragPanButtons;
use egui::{
    Align2, FontId, Id, Key, Pos2, Rect, Scene, Sense, Stroke, StrokeKind, Vec2, pos2, vec2,
};

/// The id of a stage's node: its interactions, its place in the accessibility tree, and what
/// the keyboard focus is given to.
#[must_use]
pub fn stage_node_id(stage_id: &StageId) -> Id {
    Id::unique(("stage", stage_id.as_str()))
}

/// Scene zoom limits: text is tessellated at 1:1, so zooming further would blur it.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.1..=1.0;
/// Clicks this close to a flow select it.
const FLOW_HIT_DISTANCE: f32 = 7.0;
/// Radius of the handle flows are drawn from.
const HANDLE_RADIUS: f32 = 7.0;

/// What every part of the canvas reads in a frame.
struct Frame<'a> {
    /// Each stage's outline, in scene units.
    geometry: &'a [(StageId, draw::StageGeometry)],
    /// The pointer, in scene units.
    pointer: Option<Pos2>,
    /// The simulation, for figures and the bottleneck mark.
    result: Option<&'a SimResult>,
    /// Stages validation found errors in, marked so they can be found.
    with_errors: &'a std::collections::BTreeSet<StageId>,
    grid: GridOptions,
    theme: &'a Theme,
    /// Screen points per scene unit.
    zoom: f32,
}

/// Shows the canvas. Moves and renames go straight into `design` (they settle into one undo
/// step when the user lets go); structural edits (a flow drawn, something dropped) come back
/// as intents for the app to carry out.
pub fn canvas_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    view: &mut ViewState,
    grid: GridOptions,
    result: Option<&SimResult>,
    with_errors: &std::collections::BTreeSet<StageId>,
    theme: &Theme,
) -> PanelOutput {
    let mut output = PanelOutput::default();
    // Set again by the node that has the focus, if one does.
    view.focused_stage = None;
    view.canvas_focused = false;
    let geometry = draw::stage_geometry(design);
    if view.fit_requested || !view.scene_rect.is_finite() {
        view.scene_rect = fit_rect(design, &geometry);
        view.fit_requested = false;
    }
    if let Some(factor) = view.zoom_request.take() {
        let center = view.scene_rect.center();
        view.scene_rect = Rect::from_center_size(center, view.scene_rect.size() / factor);
    }
    let canvas_rect = ui.available_rect_before_wrap();
    ui.painter().rect_filled(canvas_rect, 0.0, theme.canvas);
    let space_held = ui.input(|input| input.key_down(Key::Space));

    let scene = Scene::new()
        .zoom_range(ZOOM_RANGE)
        .drag_pan_buttons(DragPanButtons::MIDDLE)
        .sense(Sense::click_and_drag());
    let mut scene_rect = view.scene_rect;
    scene.show(ui, &mut scene_rect, |ui| {
        let to_scene = ui
            .ctx()
            .layer_transform_from_global(ui.layer_id())
            .unwrap_or_default();
        view.scene_to_screen = to_scene.inverse();
        let frame = Frame {
            geometry: &geometry,
            pointer: ui
                .input(|input| input.pointer.latest_pos())
                .map(|position| to_scene * position),
            result,
            with_errors,
            grid,
            theme,
            zoom: view.scene_to_screen.scaling,
        };
        if grid.show_grid {
            paint_grid(ui, theme, view.scene_to_screen.scaling);
        }
        let background = ui.response();
        let (mut flow_clicked, flow_nodes) = flows_ui(ui, design, view, &frame, &background);
        output = stages_ui(ui, design, view, &frame);
        // After the stages, so Tab reaches the flows after every stage and source.
        flow_clicked |= flow_nodes_ui(ui, design, view, &frame, &flow_nodes);
        let pointer_on_background = BackgroundPointer {
            response: &background,
            space_held,
            flow_clicked,
        };
        output =
            std::mem::take(&mut output).or(background_ui(ui, view, &frame, &pointer_on_background));
    });
    view.scene_rect = scene_rect.translate(std::mem::take(&mut view.pan_request));
    if grid.show_minimap
        && let Some(target) =
            super::minimap::minimap_ui(ui, design, canvas_rect, &geometry, view.scene_rect, theme)
    {
        view.scene_rect = Rect::from_center_size(target, view.scene_rect.size());
    }
    output
}

/// The view rectangle that shows every stage with a margin: room on the left for the source
/// tags beside entry stages, above for the tags on stages' corners.
fn fit_rect(design: &Design, geometry: &[(StageId, draw::StageGeometry)]) -> Rect {
    let bounds = geometry
        .iter()
        .map(|(_, g)| rect(g.bounds))
        .reduce(Rect::union)
        .unwrap_or(Rect::from_center_size(Pos2::ZERO, vec2(800.0, 600.0)));
    let left = if design.sources.is_empty() {
        40.0
    } else {
        250.0
    };
    Rect::from_min_max(bounds.min - vec2(left, 44.0), bounds.max + vec2(40.0, 28.0))
}

/// Grid dots, as one mesh: thousands of separate circles cost more than the whole design.
fn paint_grid(ui: &egui::Ui, theme: &Theme, zoom: f32) {
    let visible = ui.clip_rect();
    let mut step = theme.grid_step * 2.0;
    // Zoomed out, every other dot goes, so the grid stays a texture and not noise.
    while visible.width() / step > 80.0 || visible.height() / step > 60.0 {
        step *= 2.0;
    }
    // About 1.2 screen points whatever the zoom.
    let half = 1.2 / zoom.max(0.05);
    let mut mesh = egui::Mesh::default();
    let mut x = (visible.left() / step).floor() * step;
    while x < visible.right() {
        let mut y = (visible.top() / step).floor() * step;
        while y < visible.bottom() {
            mesh.add_colored_rect(
                Rect::from_center_size(pos2(x, y), Vec2::splat(half * 2.0)),
                theme.grid.into(),
            );
            y += step;
        }
        x += step;
    }
    ui.painter().add(egui::Shape::mesh(mesh));
}

/// Paints the flows; a click on one selects it. Returns whether a flow was clicked.
fn flows_ui(
    ui: &egui::Ui,
    design: &Design,
    view: &mut ViewState,
    frame: &Frame<'_>,
    background: &egui::Response,
) -> (bool, Vec<(usize, crate::design::Point)>) {
    let detail = Detail::at_zoom(view.scene_to_screen.scaling);
    let measure = EguiMeasure(ui.painter());
    let mut shapes = Vec::new();
    let mut clicked_flow = None;
    let mut nodes = Vec::new();
    for path in &draw::flow_paths(design, frame.geometry) {
        let points = draw::flow_polyline(path);
        let reach =
            Rect::from_points(&points.iter().copied().map(pos).collect::<Vec<_>>()).expand(12.0);
        if !ui.clip_rect().intersects(reach) {
            continue;
        }
        let flow = match path.role {
            FlowRole::Conversion { index } => design.flows.get(index),
            _ => None,
        };
        let key = flow.map(crate::design::Flow::key);
        let selected = key.is_some() && view.selection.flow == key;
        draw::flow_shapes(
            &mut shapes,
            &points,
            path.role,
            flow.map(|flow| flow.share),
            selected,
            detail,
            draw::Style::new(frame.theme, &measure, crate::i18n::current()).legible_at(frame.zoom),
        );
        if let FlowRole::Conversion { index } = path.role {
            nodes.push((index, draw::midpoint(&points)));
        }
        if let Some(key) = key
            && background.clicked()
            && let Some(pointer) = frame.pointer
            && distance_to_polyline(&points, pointer) < FLOW_HIT_DISTANCE
        {
            clicked_flow = Some(key);
        }
    }
    paint_shapes(ui.painter(), &shapes);
    let clicked = clicked_flow.is_some();
    if let Some(key) = clicked_flow {
        view.selection.clear();
        view.selection.flow = Some(key);
    }
    (clicked, nodes)
}

/// The flows' nodes (see [`flow_node_ui`]), at the middle of each flow in view; returns
/// whether one was activated, which selects its flow.
fn flow_nodes_ui(
    ui: &egui::Ui,
    design: &Design,
    view: &mut ViewState,
    frame: &Frame<'_>,
    nodes: &[(usize, crate::design::Point)],
) -> bool {
    let mut activated = None;
    for (index, at) in nodes {
        let Some(flow) = design.flows.get(*index) else {
            continue;
        };
        let response = flow_node_ui(ui, design, flow, pos(*at));
        if response.has_focus() {
            view.canvas_focused = true;
            ui.painter().circle_stroke(
                pos(*at),
                FLOW_NODE_SIZE * 0.75,
                Stroke::new(2.0, frame.theme.text),
            );
        }
        if response.clicked() {
            activated = Some(flow.key());
        }
    }
    let clicked = activated.is_some();
    if let Some(key) = activated {
        view.selection.clear();
        view.selection.flow = Some(key);
    }
    clicked
}

/// A flow's node in the accessibility tree, on its share label: "Flow Qualify → Present",
/// described by its share; a click (or Enter once Tab has reached it) selects the flow. Its
/// words are made only when the tree is read.
fn flow_node_ui(
    ui: &egui::Ui,
    design: &Design,
    flow: &crate::design::Flow,
    at: Pos2,
) -> egui::Response {
    let name = |stage_id: &StageId| {
        design
            .stages
            .get(stage_id)
            .map_or_else(|| stage_id.as_str().to_owned(), |stage| stage.name.clone())
    };
    let response = ui.interact(
        Rect::from_center_size(at, vec2(FLOW_NODE_SIZE, FLOW_NODE_SIZE)),
        Id::unique(("flow", flow.key())),
        Sense::click(),
    );
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            crate::tr!(
                "canvas-flow-label",
                from = name(&flow.from),
                to = name(&flow.to)
            ),
        )
    });
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_description(crate::tr!(
            "canvas-flow-description",
            share = crate::i18n::format::percent(flow.share * 100.0, 0),
            from = name(&flow.from)
        ));
    });
    response
}

/// The side of a flow's node, on its share label, in scene units.
const FLOW_NODE_SIZE: f32 = 18.0;

/// Every visible stage: its interactions, its picture, its connect handle and, when asked, the
/// field that renames it in place.
fn stages_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    view: &mut ViewState,
    frame: &Frame<'_>,
) -> PanelOutput {
    let mut output = PanelOutput::default();
    let marking = Marking::of(ui, design, view, frame);
    // Stages out of view are neither drawn nor interactive (source tags reach 300 units left).
    let visible = ui.clip_rect().expand2(vec2(320.0, 40.0));
    // One buffer for every stage's shapes: most frames draw hundreds of stages.
    let mut shapes = Vec::new();
    // A stage with the keyboard focus is kept interactive even out of view.
    let focused = ui.memory(egui::Memory::focused);
    // In the order leads meet the stages, which is the order Tab reaches them in.
    let by_id: std::collections::BTreeMap<&StageId, &draw::StageGeometry> =
        frame.geometry.iter().map(|(id, g)| (id, g)).collect();
    for stage_id in &edit::flow_order(design) {
        let Some(&stage_geometry) = by_id.get(stage_id) else {
            continue;
        };
        let bounds = rect(stage_geometry.label_box);
        if !visible.intersects(bounds)
            && view.connecting.as_ref() != Some(stage_id)
            && focused != Some(stage_node_id(stage_id))
        {
            continue;
        }
        let name = design
            .stages
            .get(stage_id)
            .map(|stage| stage.name.clone())
            .unwrap_or_default();
        let (response, made) = stage_interaction_ui(ui, design, view, frame, stage_id, &name);
        output = output.or(made);
        let marks = marking.marks(view, frame, stage_id, &response, bounds);
        describe_stage(ui, response.id, design, frame, stage_id, marks);
        shapes.clear();
        stage_picture(
            ui,
            design,
            frame,
            stage_id,
            stage_geometry,
            marks,
            &mut shapes,
        );
        paint_shapes(ui.painter(), &shapes);
        if response.has_focus() {
            paint_focus_ring(ui, bounds, frame.theme);
        }
        // Sources get nodes where their tags are drawn (in full detail), not at zooms where
        // the tags are left out, so a design zoomed out to fit measures no tag text.
        if marks.detail == Detail::Full {
            source_nodes_ui(ui, design, frame, stage_id, stage_geometry);
        }
        if marks.selected || marks.hovered || view.connecting.as_ref() == Some(stage_id) {
            output = output.or(connect_handle_ui(ui, view, frame, stage_id, &name, bounds));
        }
        if let Some(change) = rename_in_place_ui(ui, design, view, stage_id, bounds) {
            output = output.or(PanelOutput::changed(change));
        }
    }
    keyboard_flow_line(ui, view, frame);
    output
}

/// While a flow is drawn by keys: a line from the stage it starts at to the one chosen so far.
fn keyboard_flow_line(ui: &egui::Ui, view: &ViewState, frame: &Frame<'_>) {
    let Some(flow) = &view.keyboard_flow else {
        return;
    };
    let label_box = |stage_id: &StageId| {
        frame
            .geometry
            .iter()
            .find(|(id, _)| id == stage_id)
            .map(|(_, g)| rect(g.label_box))
    };
    let (Some(from), Some(to)) = (label_box(&flow.from), flow.to.as_ref().and_then(label_box))
    else {
        return;
    };
    let stroke = Stroke::new(2.0, frame.theme.selection);
    let start = pos2(from.center().x, from.bottom());
    let end = to.center() - (to.center() - start).normalized() * (to.height() / 2.0);
    ui.painter().line_segment([start, end], stroke);
    ui.painter().circle_filled(end, 4.0, frame.theme.selection);
}

/// Each source that feeds the stage as a node of its own, on its tag ("Source Webinars"),
/// described by what it brings; reached by Tab after the stage it feeds.
fn source_nodes_ui(
    ui: &egui::Ui,
    design: &Design,
    frame: &Frame<'_>,
    stage_id: &StageId,
    stage_geometry: &draw::StageGeometry,
) {
    let sources: Vec<_> = design.sources_entering(stage_id).collect();
    if sources.is_empty() {
        return;
    }
    let measure = EguiMeasure(ui.painter());
    let style =
        draw::Style::new(frame.theme, &measure, crate::i18n::current()).legible_at(frame.zoom);
    let tags = draw::source_tag_boxes(&sources, stage_geometry.label_box, style);
    // By place, not name: two sources entering a stage may share a name.
    for (index, (source, tag)) in sources.iter().zip(tags).enumerate() {
        let response = ui.interact(
            rect(tag),
            Id::unique(("source", stage_id.as_str(), index)),
            Sense::focusable_noninteractive(),
        );
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Label,
                true,
                crate::tr!("canvas-source-label", name = source.name.as_str()),
            )
        });
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_description(draw::source_description(
                design,
                source,
                crate::i18n::current(),
            ));
        });
        if response.has_focus() {
            paint_focus_ring(ui, rect(tag), frame.theme);
        }
    }
}

/// Gives the stage's node in the accessibility tree its description: kind, figures, the
/// bottleneck, sources (see [`draw::stage_description`]). Worked out only when a screen reader
/// (or a test) reads the tree: the closure runs only then.
fn describe_stage(
    ui: &egui::Ui,
    id: Id,
    design: &Design,
    frame: &Frame<'_>,
    stage_id: &StageId,
    marks: StageMarks,
) {
    let bottleneck = marks.bottleneck;
    ui.ctx().accesskit_node_builder(id, |node| {
        // A screen reader says "selected" as the selection comes and goes.
        node.set_selected(marks.selected);
        let figures = frame
            .result
            .and_then(|result| draw::figures_of(result, design, stage_id));
        node.set_description(draw::stage_description(
            design,
            stage_id,
            figures,
            bottleneck,
            crate::i18n::current(),
        ));
    });
}

/// What marks the stages get this frame, worked out once for all of them.
struct Marking {
    bottleneck: Option<StageId>,
    /// Stages that differ from the scenario chosen for comparison.
    differing: std::collections::BTreeSet<StageId>,
    payload_in_flight: bool,
}

impl Marking {
    fn of(ui: &egui::Ui, design: &Design, view: &ViewState, frame: &Frame<'_>) -> Self {
        Self {
            bottleneck: frame
                .result
                .and_then(|result| result.summary.bottleneck.clone()),
            differing: design
                .scenarios
                .get(view.compare_with)
                .or_else(|| design.scenarios.first())
                .map(|other| crate::design::scenario::differing_stages(design, other))
                .unwrap_or_default(),
            payload_in_flight: egui::DragAndDrop::has_payload_of_type::<PaletteItem>(ui.ctx()),
        }
    }

    fn marks(
        &self,
        view: &ViewState,
        frame: &Frame<'_>,
        stage_id: &StageId,
        response: &egui::Response,
        bounds: Rect,
    ) -> StageMarks {
        StageMarks {
            selected: view.selection.stages.contains(stage_id),
            hovered: response.hovered(),
            bottleneck: self.bottleneck.as_ref() == Some(stage_id),
            drop_target: self.payload_in_flight && response.contains_pointer()
                || view
                    .keyboard_flow
                    .as_ref()
                    .is_some_and(|flow| flow.to.as_ref() == Some(stage_id))
                || view
                    .connecting
                    .as_ref()
                    .is_some_and(|from| from != stage_id)
                    && frame.pointer.is_some_and(|p| bounds.contains(p)),
            changed: self.differing.contains(stage_id),
            error: frame.with_errors.contains(stage_id),
            detail: Detail::at_zoom(view.scene_to_screen.scaling),
        }
    }
}

/// Click to select (Shift adds), double-click to rename, drag to move (snapping on release),
/// drop a role, tool or source to attach it.
fn stage_interaction_ui(
    ui: &egui::Ui,
    design: &mut Design,
    view: &mut ViewState,
    frame: &Frame<'_>,
    stage_id: &StageId,
    name: &str,
) -> (egui::Response, PanelOutput) {
    let mut output = PanelOutput::default();
    let bounds = frame
        .geometry
        .iter()
        .find(|(id, _)| id == stage_id)
        .map_or(Rect::NOTHING, |(_, g)| rect(g.label_box));
    let response = ui.interact(bounds, stage_node_id(stage_id), Sense::click_and_drag());
    // Named for screen readers and tests: "Stage Qualify".
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            crate::tr!("canvas-stage-label", name = name),
        )
    });
    let response = response.on_hover_cursor(egui::CursorIcon::Grab);
    let renames_on_enter = response.has_focus()
        && ui.input(|input| input.key_pressed(Key::Enter))
        && view.selection.stages.len() == 1
        && view.selection.stages.contains(stage_id);
    keyboard_focus(ui, view, &response, stage_id);
    if response.clicked() {
        if let Some(flow) = view.keyboard_flow.take_if(|flow| flow.from != *stage_id) {
            // A flow being drawn by keys ends at the stage clicked (or reached by Tab).
            output.intent = Some(Intent::Connect {
                from: flow.from,
                to: stage_id.clone(),
            });
        } else if renames_on_enter {
            view.renaming = Some((stage_id.clone(), name.to_owned()));
        } else if ui.input(|input| input.modifiers.shift) {
            if !view.selection.stages.remove(stage_id) {
                view.selection.stages.insert(stage_id.clone());
            }
            view.selection.flow = None;
        } else {
            view.selection.select_only(stage_id.clone());
        }
    }
    if response.double_clicked() {
        view.renaming = Some((stage_id.clone(), name.to_owned()));
    }
    if response.drag_started() {
        if !view.selection.stages.contains(stage_id) {
            view.selection.select_only(stage_id.clone());
        }
        view.drag_origin = Some(
            view.selection
                .stages
                .iter()
                .filter_map(|id| {
                    design
                        .stages
                        .get(id)
                        .map(|stage| (id.clone(), stage.position))
                })
                .collect(),
        );
    }
    // Escape cancels a drag (egui may end the drag on that very frame).
    let escape = ui.input(|input| input.key_pressed(Key::Escape));
    let cancelled = view.drag_origin.is_none();
    if escape && (response.dragged() || response.drag_stopped()) && !cancelled {
        // Every dragged stage back where it was, so nothing is recorded.
        for (id, position) in view.drag_origin.take().unwrap_or_default() {
            if let Some(stage) = design.stages.get_mut(&id) {
                stage.position = position;
            }
        }
    } else if response.dragged() && !cancelled {
        let delta = response.drag_delta();
        if delta != Vec2::ZERO {
            edit::move_stages(design, &view.selection.stages, delta.x, delta.y);
            output.change = Some(Change::MoveStages);
        }
    }
    // The origin is let go whenever the drag ends; a cancelled drag (no origin) is not snapped.
    if response.drag_stopped() && view.drag_origin.take().is_some() && frame.grid.snap_to_grid {
        edit::snap_stages(design, &view.selection.stages, frame.theme.grid_step);
        output.change = Some(Change::MoveStages);
    }
    if let Some(item) = response.dnd_release_payload::<PaletteItem>()
        && !matches!(item.as_ref(), PaletteItem::Stage(_))
    {
        output.intent = Some(Intent::DropOnStage {
            stage_id: stage_id.clone(),
            item: item.as_ref().clone(),
        });
    }
    (response, output)
}

/// A stage's node and the keyboard focus. Focus that arrives by Tab (a click gives none) does
/// not select the stage (Enter or Space does), so Tab can pass stages on its way to the
/// inspector; while a flow is drawn by keys it chooses the stage as the flow's end. While
/// the node has the focus the arrow keys are the canvas's (along the flows, or moving the
/// stage), not egui's, which would send the focus to whatever widget lies that way.
fn keyboard_focus(
    ui: &egui::Ui,
    view: &mut ViewState,
    response: &egui::Response,
    stage_id: &StageId,
) {
    if response.gained_focus() {
        // Brought into view when the focus arrives from off screen.
        if !ui.clip_rect().contains_rect(response.rect) {
            view.pan_request += response.rect.center() - ui.clip_rect().center();
        }
        if let Some(flow) = &mut view.keyboard_flow
            && flow.from != *stage_id
        {
            flow.to = Some(stage_id.clone());
        }
    }
    if response.has_focus() {
        ui.memory_mut(|memory| {
            memory.set_focus_lock_filter(
                response.id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    vertical_arrows: true,
                    tab: false,
                    escape: false,
                },
            );
        });
        view.focused_stage = Some(stage_id.clone());
        view.canvas_focused = true;
    }
}

/// The ring around the node that has the keyboard focus: the text colour, which reads on the
/// canvas in every theme, a little outside the selection's outline.
fn paint_focus_ring(ui: &egui::Ui, bounds: Rect, theme: &Theme) {
    ui.painter().rect_stroke(
        bounds.expand(6.0),
        8.0,
        Stroke::new(2.0, theme.text),
        StrokeKind::Outside,
    );
}

/// The stage's shapes, with the tags of the sources that feed it.
fn stage_picture(
    ui: &egui::Ui,
    design: &Design,
    frame: &Frame<'_>,
    stage_id: &StageId,
    stage_geometry: &draw::StageGeometry,
    marks: StageMarks,
    shapes: &mut Vec<draw::Shape>,
) {
    let Some(stage) = design.stages.get(stage_id) else {
        return;
    };
    let measure = EguiMeasure(ui.painter());
    let style =
        draw::Style::new(frame.theme, &measure, crate::i18n::current()).legible_at(frame.zoom);
    let figures = frame
        .result
        .and_then(|result| draw::figures_of(result, design, stage_id));
    draw::stage_shapes(shapes, design, stage, stage_geometry, figures, marks, style);
    let sources: Vec<_> = design.sources_entering(stage_id).collect();
    if !sources.is_empty() && marks.detail == Detail::Full {
        draw::source_shapes(shapes, &sources, stage_geometry.label_box, style);
    }
}

/// The **+** handle under a stage: drag from it to another stage to add a flow.
fn connect_handle_ui(
    ui: &egui::Ui,
    view: &mut ViewState,
    frame: &Frame<'_>,
    stage_id: &StageId,
    name: &str,
    bounds: Rect,
) -> PanelOutput {
    let theme = frame.theme;
    let handle_center = pos2(bounds.center().x, bounds.bottom());
    let handle = ui.interact(
        Rect::from_center_size(handle_center, Vec2::splat(HANDLE_RADIUS * 2.6)),
        Id::unique(("handle", stage_id.as_str())),
        // Not in the Tab order: by keys, a flow is drawn with the command (C).
        Sense::DRAG,
    );
    handle.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            crate::tr!("canvas-add-flow-from", name = name),
        )
    });
    let handle = handle.on_hover_text(crate::tr!("canvas-drag-to-another-stage-to"));
    ui.painter().circle(
        handle_center,
        HANDLE_RADIUS,
        theme.canvas,
        Stroke::new(2.0, theme.selection),
    );
    ui.painter().text(
        handle_center,
        Align2::CENTER_CENTER,
        "+",
        FontId::proportional(12.0),
        theme.selection.into(),
    );
    if handle.drag_started() {
        view.connecting = Some(stage_id.clone());
    }
    if view.connecting.as_ref() == Some(stage_id)
        && let Some(pointer) = frame.pointer
    {
        ui.painter()
            .line_segment([handle_center, pointer], Stroke::new(2.0, theme.selection));
    }
    let mut output = PanelOutput::default();
    if handle.drag_stopped() {
        if let Some(pointer) = frame.pointer
            && let Some((target, _)) = frame
                .geometry
                .iter()
                .find(|(other, g)| other != stage_id && rect(g.label_box).contains(pointer))
        {
            output.intent = Some(Intent::Connect {
                from: stage_id.clone(),
                to: target.clone(),
            });
        }
        view.connecting = None;
    }
    output
}

/// The name field over a stage being renamed: Enter or a click elsewhere keeps the name,
/// Escape keeps the old one.
fn rename_in_place_ui(
    ui: &mut egui::Ui,
    design: &mut Design,
    view: &mut ViewState,
    stage_id: &StageId,
    bounds: Rect,
) -> Option<Change> {
    let (renaming, text) = view.renaming.as_mut()?;
    if renaming != stage_id {
        return None;
    }
    let field = Rect::from_center_size(
        pos2(bounds.center().x, bounds.top() + 18.0),
        vec2(bounds.width() - 20.0, 24.0),
    );
    let edit = ui.put(
        field,
        egui::TextEdit::singleline(text)
            .hint_text(crate::tr!("canvas-stage-name"))
            .align(egui::Align2::CENTER_CENTER),
    );
    if !edit.has_focus() && !edit.lost_focus() {
        edit.request_focus();
    }
    let cancel = ui.input(|input| input.key_pressed(Key::Escape));
    if !(edit.lost_focus() || cancel) {
        return None;
    }
    let name = text.trim().to_owned();
    view.renaming = None;
    // The focus goes back to the stage, so Tab goes on from there.
    ui.memory_mut(|memory| memory.request_focus(stage_node_id(stage_id)));
    let stage = design.stages.get_mut(stage_id)?;
    if cancel || name.is_empty() || stage.name == name {
        return None;
    }
    stage.name = name;
    Some(Change::RenameStage)
}

/// What the pointer does on the canvas's background this frame.
struct BackgroundPointer<'a> {
    response: &'a egui::Response,
    /// Space is held: a drag pans.
    space_held: bool,
    /// The click hit a flow, which took the selection.
    flow_clicked: bool,
}

/// The background: a click clears the selection, a drag selects a box (or pans with Space
/// held), a stage kind dropped from the palette asks for a new stage.
fn background_ui(
    ui: &egui::Ui,
    view: &mut ViewState,
    frame: &Frame<'_>,
    pointer_on: &BackgroundPointer<'_>,
) -> PanelOutput {
    let background = pointer_on.response;
    let pointer = frame.pointer;
    let theme = frame.theme;
    if background.clicked() && !pointer_on.flow_clicked && !ui.input(|i| i.modifiers.shift) {
        view.selection.clear();
        // A click on nothing also stops a flow being drawn by keys.
        view.keyboard_flow = None;
    }
    if background.dragged_by(egui::PointerButton::Primary) {
        if pointer_on.space_held {
            // Space-drag pans like the middle button.
            let delta = ui.input(|input| input.pointer.delta());
            let zoom = ui
                .ctx()
                .layer_transform_to_global(ui.layer_id())
                .map_or(1.0, |transform| transform.scaling);
            view.pan_request -= delta / zoom;
            view.box_select_start = None;
        } else if let Some(pointer) = pointer {
            let start = *view.box_select_start.get_or_insert(pointer);
            let selection_box = Rect::from_two_pos(start, pointer);
            ui.painter().rect(
                selection_box,
                2.0,
                theme.selection.faded(0.08),
                Stroke::new(1.0, theme.selection),
                StrokeKind::Inside,
            );
        }
    }
    if background.drag_stopped()
        && let (Some(start), Some(pointer)) = (view.box_select_start.take(), pointer)
    {
        let selection_box = Rect::from_two_pos(start, pointer);
        if !ui.input(|i| i.modifiers.shift) {
            view.selection.clear();
        }
        for (stage_id, g) in frame.geometry {
            if selection_box.intersects(rect(g.label_box)) {
                view.selection.stages.insert(stage_id.clone());
            }
        }
    }
    let mut output = PanelOutput::default();
    if let Some(item) = background.dnd_release_payload::<PaletteItem>()
        && let PaletteItem::Stage(kind) = item.as_ref()
        && let Some(pointer) = pointer
    {
        output.intent = Some(Intent::AddStage {
            kind: *kind,
            at: Point::new(pointer.x, pointer.y).snapped(theme.grid_step),
        });
    }
    if background.hovered()
        && egui::DragAndDrop::has_payload_of_type::<PaletteItem>(ui.ctx())
        && let Some(pointer) = pointer
    {
        ui.painter()
            .circle_stroke(pointer, 10.0, Stroke::new(1.5, theme.selection));
    }
    output
}
