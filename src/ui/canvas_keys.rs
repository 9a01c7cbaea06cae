//! The canvas by keyboard alone. Alt with an arrow goes from stage to stage along the flows (an
//! arrow alone does when nothing is selected), an arrow alone moves the selection (Shift: by one
//! unit), Enter or F2 renames, C draws a flow from the selected stage to the one chosen next
//! with the arrows or Tab, Enter ends it and Escape stops it; Enter on a palette item adds a
//! stage or attaches to the selected one. The keys work while the focus is on the canvas or
//! nowhere; a text field, or any other widget with the focus, keeps them.

use super::canvas::stage_node_id;
use super::change::{Change, Intent, PanelOutput};
use super::palette::PaletteItem;
use super::shape_paint::rect;
use super::view::{KeyboardFlow, ViewState};
use crate::design::{Design, StageId, edit};
use egui::{Key, Modifiers, Pos2, Rect, Vec2, vec2};

/// The four arrows and the way each points, in scene units (y grows downward).
const ARROWS: [(Key, Vec2); 4] = [
    (Key::ArrowLeft, vec2(-1.0, 0.0)),
    (Key::ArrowRight, vec2(1.0, 0.0)),
    (Key::ArrowUp, vec2(0.0, -1.0)),
    (Key::ArrowDown, vec2(0.0, 1.0)),
];

/// What the canvas's keys did this frame: a change made (stages moved), or an intent (a flow
/// drawn by keys).
pub fn canvas_keys(
    ctx: &egui::Context,
    design: &mut Design,
    view: &mut ViewState,
    grid_step: f32,
) -> PanelOutput {
    if view.keyboard_flow.is_some() {
        return keyboard_flow_keys(ctx, design, view);
    }
    let (arrow, modifiers) = pressed_arrow(ctx);
    if let Some(direction) = arrow {
        if modifiers.alt || view.selection.stages.is_empty() {
            go_along_flows(ctx, design, view, direction);
            return PanelOutput::default();
        }
        let step = if modifiers.shift { 1.0 } else { grid_step };
        let delta = direction * step;
        edit::move_stages(design, &view.selection.stages, delta.x, delta.y);
        return PanelOutput::changed(Change::Nudge);
    }
    // Enter on a focused stage is its click, which renames it there; with nothing focused,
    // Enter renames the one selected stage.
    if view.focused_stage.is_none()
        && view.selection.stages.len() == 1
        && ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Enter))
    {
        start_renaming(design, view);
    }
    PanelOutput::default()
}

/// Renames the one selected stage in place (the command "Rename", F2); does nothing unless
/// exactly one stage is selected.
pub fn start_renaming(design: &Design, view: &mut ViewState) {
    if let [stage_id] = selected_stages(view).as_slice()
        && let Some(stage) = design.stages.get(stage_id)
    {
        view.renaming = Some((stage_id.clone(), stage.name.clone()));
    }
}

/// What an item used by keys (Enter) does: a stage kind adds a stage below the selected stage
/// (or in the middle of the view); a source, role or tool goes to the one selected stage, as
/// if dropped on it; with no stage to go to, nothing.
#[must_use]
pub fn palette_item_used(item: PaletteItem, design: &Design, view: &ViewState) -> Option<Intent> {
    let selected: Vec<_> = view.selection.stages.iter().collect();
    let only = match selected.as_slice() {
        [only] => design
            .stages
            .get(*only)
            .map(|stage| ((*only).clone(), stage)),
        _ => None,
    };
    match item {
        PaletteItem::Stage(kind) => {
            let at = only.map_or_else(
                || {
                    let centre = view.scene_rect.center();
                    crate::design::Point::new(centre.x, centre.y)
                },
                |(_, stage)| {
                    crate::design::Point::new(
                        stage.position.x,
                        stage.position.y + crate::design::edit::FUNNEL_STEP,
                    )
                },
            );
            Some(Intent::AddStage { kind, at })
        }
        item => only.map(|(stage_id, _)| Intent::DropOnStage { stage_id, item }),
    }
}

/// Starts drawing a flow from the one selected stage (the command "Draw a flow"); does nothing
/// unless exactly one stage is selected.
pub fn start_keyboard_flow(view: &mut ViewState) {
    if let [from] = selected_stages(view).as_slice() {
        view.keyboard_flow = Some(KeyboardFlow {
            from: from.clone(),
            to: None,
        });
    }
}

/// What the keys do now, for the status bar (and a screen reader, which reads it out): said
/// while a flow is drawn by keys.
#[must_use]
pub fn keys_hint(design: &Design, view: &ViewState) -> Option<String> {
    let flow = view.keyboard_flow.as_ref()?;
    let name = |stage_id: &StageId| {
        design
            .stages
            .get(stage_id)
            .map_or_else(|| stage_id.as_str().to_owned(), |stage| stage.name.clone())
    };
    Some(match &flow.to {
        None => crate::tr!("status-drawing-flow", from = name(&flow.from)),
        Some(to) => crate::tr!(
            "status-drawing-flow-to",
            from = name(&flow.from),
            to = name(to)
        ),
    })
}

/// While a flow is drawn by keys: the arrows choose where it ends (any stage, in the arrow's
/// direction), Enter draws it, Escape stops without drawing.
fn keyboard_flow_keys(ctx: &egui::Context, design: &Design, view: &mut ViewState) -> PanelOutput {
    let Some(flow) = view.keyboard_flow.clone() else {
        return PanelOutput::default();
    };
    if !design.stages.contains_key(&flow.from) {
        view.keyboard_flow = None;
        return PanelOutput::default();
    }
    if ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Escape)) {
        view.keyboard_flow = None;
        // Back where the flow began (egui let go of the focus on Escape).
        ctx.memory_mut(|memory| memory.request_focus(stage_node_id(&flow.from)));
        return PanelOutput::default();
    }
    if let (Some(direction), _) = pressed_arrow(ctx) {
        let geometry = centres(design);
        let at = flow.to.as_ref().unwrap_or(&flow.from);
        let others = geometry.iter().filter(|(id, _, _)| *id != flow.from);
        if let Some(target) = nearest_towards(&geometry, at, direction, others) {
            focus_and_reveal(ctx, view, &geometry, &target);
            view.keyboard_flow = Some(KeyboardFlow {
                from: flow.from,
                to: Some(target),
            });
        }
        return PanelOutput::default();
    }
    if let Some(to) = flow.to
        && ctx.input_mut(|input| input.consume_key(Modifiers::NONE, Key::Enter))
    {
        view.keyboard_flow = None;
        return PanelOutput {
            intent: Some(Intent::Connect {
                from: flow.from,
                to,
            }),
            ..PanelOutput::default()
        };
    }
    PanelOutput::default()
}

/// Alt+arrow: the nearest stage in the arrow's direction among those a flow joins to the
/// current one (either way), else the nearest in that direction at all; nothing selected yet:
/// the stage leads enter first.
fn go_along_flows(ctx: &egui::Context, design: &Design, view: &mut ViewState, direction: Vec2) {
    let geometry = centres(design);
    let current = view
        .focused_stage
        .clone()
        .filter(|stage_id| design.stages.contains_key(stage_id))
        .or_else(|| view.selection.stages.iter().next().cloned());
    let next = match current {
        None => edit::entry_stage(design),
        Some(current) => {
            let joined = |other: &StageId| {
                design.flows.iter().any(|flow| {
                    (flow.from == current && flow.to == *other)
                        || (flow.to == current && flow.from == *other)
                })
            };
            let along = geometry.iter().filter(|(id, _, _)| joined(id));
            nearest_towards(&geometry, &current, direction, along).or_else(|| {
                let others = geometry.iter().filter(|(id, _, _)| *id != current);
                nearest_towards(&geometry, &current, direction, others)
            })
        }
    };
    if let Some(next) = next {
        view.selection.select_only(next.clone());
        focus_and_reveal(ctx, view, &geometry, &next);
    }
}

/// The arrow pressed this frame, if any, with the modifiers held. The canvas takes it: egui
/// would otherwise also move the focus to whatever widget lies that way on the screen.
fn pressed_arrow(ctx: &egui::Context) -> (Option<Vec2>, Modifiers) {
    let pressed = ctx.input(|input| {
        let arrow = ARROWS
            .iter()
            .filter(|(key, _)| input.key_pressed(*key))
            .map(|(_, direction)| *direction)
            .reduce(|a, b| a + b)
            .filter(|direction| *direction != Vec2::ZERO);
        (arrow, input.modifiers)
    });
    if pressed.0.is_some() {
        ctx.memory_mut(|memory| memory.move_focus(egui::FocusDirection::None));
    }
    pressed
}

fn selected_stages(view: &ViewState) -> Vec<StageId> {
    view.selection.stages.iter().cloned().collect()
}

/// Each stage's label box and its centre, in scene units.
fn centres(design: &Design) -> Vec<(StageId, Pos2, Rect)> {
    crate::draw::stage_geometry(design)
        .into_iter()
        .map(|(stage_id, geometry)| {
            let label_box = rect(geometry.label_box);
            (stage_id, label_box.center(), label_box)
        })
        .collect()
}

/// Among `candidates`, the stage nearest to `from` in `direction`: ahead of it, and the further
/// off the line the costlier (so Down from a funnel step is the step below, not one beside).
fn nearest_towards<'a>(
    geometry: &[(StageId, Pos2, Rect)],
    from: &StageId,
    direction: Vec2,
    candidates: impl Iterator<Item = &'a (StageId, Pos2, Rect)>,
) -> Option<StageId> {
    let (_, origin, _) = geometry.iter().find(|(id, _, _)| id == from)?;
    let direction = direction.normalized();
    candidates
        .filter(|(id, _, _)| id != from)
        .filter_map(|(id, centre, _)| {
            let offset = *centre - *origin;
            let ahead = offset.dot(direction);
            let aside = (offset - direction * ahead).length();
            (ahead > 1.0 && aside <= ahead * 2.0).then_some((id, ahead + 2.0 * aside))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(id, _)| id.clone())
}

/// Gives the stage's node the keyboard focus (a screen reader then reads its name and
/// description) and moves the view so the stage is in it.
fn focus_and_reveal(
    ctx: &egui::Context,
    view: &mut ViewState,
    geometry: &[(StageId, Pos2, Rect)],
    stage_id: &StageId,
) {
    ctx.memory_mut(|memory| memory.request_focus(stage_node_id(stage_id)));
    view.focused_stage = Some(stage_id.clone());
    let Some((_, _, bounds)) = geometry.iter().find(|(id, _, _)| id == stage_id) else {
        return;
    };
    let view_rect = view.scene_rect;
    if !view_rect.is_finite() || view_rect.contains_rect(*bounds) {
        return;
    }
    let margin = 40.0;
    let shift = |low: f32, high: f32, inner_low: f32, inner_high: f32| {
        if inner_low - margin < low {
            inner_low - margin - low
        } else if inner_high + margin > high {
            inner_high + margin - high
        } else {
            0.0
        }
    };
    view.scene_rect = view_rect.translate(vec2(
        shift(view_rect.min.x, view_rect.max.x, bounds.min.x, bounds.max.x),
        shift(view_rect.min.y, view_rect.max.y, bounds.min.y, bounds.max.y),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(id: &str, x: f32, y: f32) -> (StageId, Pos2, Rect) {
        let centre = Pos2::new(x, y);
        (
            StageId::new(id),
            centre,
            Rect::from_center_size(centre, vec2(100.0, 60.0)),
        )
    }

    #[test]
    fn down_from_a_funnel_step_is_the_step_below_not_the_one_beside() {
        let geometry = vec![
            stage("top", 0.0, 0.0),
            stage("beside", 180.0, 40.0),
            stage("below", 0.0, 170.0),
            stage("above", 0.0, -170.0),
        ];
        let from_top = |direction| {
            nearest_towards(&geometry, &StageId::new("top"), direction, geometry.iter())
        };
        assert_eq!(from_top(vec2(0.0, 1.0)), Some(StageId::new("below")));
        assert_eq!(from_top(vec2(1.0, 0.0)), Some(StageId::new("beside")));
        let left = from_top(vec2(-1.0, 0.0));
        assert_eq!(left, None, "nothing lies to the left");
    }
}
