//! Presentation mode (F5): full screen, the process stepped through stage by stage, leads
//! flowing, time played or scrubbed, and what-if changes the room can try. The document is
//! untouched unless the presenter keeps the changes.

use super::LeadflowApp;
use crate::ui::change::Change;
pub use crate::ui::presentation::Presentation;
use crate::ui::presentation::{PresentationAction, presentation_ui};

impl LeadflowApp {
    /// F5: full screen, editing chrome hidden.
    pub(super) fn start_presentation(&mut self, ctx: &egui::Context) {
        let was_fullscreen = ctx.input(|input| input.viewport().fullscreen.unwrap_or(false));
        self.presentation = Some(Presentation::new(&self.doc.design, was_fullscreen));
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
    }

    /// Leaves the presentation; with `keep`, the what-if changes become one undoable edit.
    fn end_presentation(&mut self, ctx: &egui::Context, keep: bool) {
        let Some(presentation) = self.presentation.take() else {
            return;
        };
        if keep && presentation.changed() {
            self.doc.design = presentation.what_if;
            self.pending_change = Some(Change::KeepWhatIf);
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(
            presentation.was_fullscreen,
        ));
    }

    /// One frame of the presentation: its keys, then what it shows.
    pub(super) fn presentation_frame(&mut self, ui: &mut egui::Ui, ctx: &egui::Context) {
        let Some(presentation) = self.presentation.as_mut() else {
            return;
        };
        let seconds = ctx.input(|input| input.stable_dt).min(0.1);
        presentation.advance(seconds);
        let action =
            presentation_keys(ctx, presentation).or_else(|| presentation_ui(ui, presentation));
        match action {
            Some(PresentationAction::Leave) => self.end_presentation(ctx, false),
            Some(PresentationAction::KeepAndLeave) => self.end_presentation(ctx, true),
            None => {}
        }
        // Leads are always on the move while presenting; 30 frames a second is smooth enough
        // and spares the laptop's battery.
        ctx.request_repaint_after(std::time::Duration::from_millis(33));
        self.settle_when_idle(ctx);
    }
}

/// Stepping, time and leaving by keyboard; a presenter's clicker sends Page Up/Down.
fn presentation_keys(
    ctx: &egui::Context,
    presentation: &mut Presentation,
) -> Option<PresentationAction> {
    use egui::Key;
    let slider_focused = ctx.memory(|memory| memory.focused().is_some());
    ctx.input_mut(|input| {
        if input.consume_key(egui::Modifiers::NONE, Key::Escape)
            || input.consume_key(egui::Modifiers::NONE, Key::F5)
        {
            return Some(PresentationAction::Leave);
        }
        if slider_focused {
            return None;
        }
        let pressed = |input: &mut egui::InputState, keys: &[Key]| {
            keys.iter()
                .any(|key| input.consume_key(egui::Modifiers::NONE, *key))
        };
        if pressed(
            input,
            &[Key::ArrowRight, Key::ArrowDown, Key::PageDown, Key::Space],
        ) {
            presentation.next();
        }
        if pressed(input, &[Key::ArrowLeft, Key::ArrowUp, Key::PageUp]) {
            presentation.previous();
        }
        if pressed(input, &[Key::Home]) {
            presentation.step = 0;
        }
        if pressed(input, &[Key::End]) {
            presentation.step = presentation.order.len();
        }
        if pressed(input, &[Key::P]) {
            presentation.toggle_play();
        }
        None
    })
}
