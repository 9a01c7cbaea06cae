//! F6 and Shift+F6: the keyboard focus goes from pane to pane (canvas, inspector, palette), as
//! in most desktop programs, instead of Tab walking through every stage and field on the way.
//! The inspector and the palette each start with a focusable anchor named for the pane; with
//! the focus on it a ring shows around the pane, and Tab goes on into the pane's fields.

use super::canvas::stage_node_id;
use super::view::{Pane, ViewState};
use crate::design::{Design, edit};
use egui::{Id, Rect, Sense, Stroke, StrokeKind};

/// The id of a pane's anchor.
fn anchor_id(pane: Pane) -> Id {
    Id::unique(("pane-anchor", pane as u8))
}

/// Moves the focus to the next pane (the one before, going backwards) after the one F6 last
/// went to.
pub fn focus_next_pane(
    ctx: &egui::Context,
    design: &Design,
    view: &mut ViewState,
    backwards: bool,
) {
    let pane = view.pane.next(backwards);
    view.pane = pane;
    let target = match pane {
        Pane::Canvas => view
            .selection
            .stages
            .first()
            .cloned()
            .or_else(|| edit::entry_stage(design))
            .map(|stage_id| stage_node_id(&stage_id)),
        Pane::Inspector | Pane::Palette => Some(anchor_id(pane)),
    };
    if let Some(id) = target {
        ctx.memory_mut(|memory| memory.request_focus(id));
    }
}

/// The pane's anchor, at the top of `ui` (the pane's content): in the Tab order first, named
/// for the pane, and while it has the focus a ring around the pane.
pub fn pane_anchor_ui(ui: &mut egui::Ui, pane: Pane, name: &str) {
    let at = ui.cursor().min;
    let response = ui.interact(
        Rect::from_min_size(at, egui::vec2(1.0, 1.0)),
        anchor_id(pane),
        Sense::focusable_noninteractive(),
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Pane, true, name));
    if response.has_focus() {
        let ring = ui.clip_rect().shrink(2.0);
        ui.painter().rect_stroke(
            ring,
            4.0,
            Stroke::new(2.0, ui.visuals().strong_text_color()),
            StrokeKind::Inside,
        );
    }
}
