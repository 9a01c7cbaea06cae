//! Where the structural edits the panels ask for are carried out: one place that changes the
//! design, selects what the edit made, and names the undo step.

use super::LeadflowApp;
use crate::design::{FlowKey, edit};
use crate::ui::change::{Change, Intent, PanelOutput};
use crate::ui::palette::PaletteItem;

impl LeadflowApp {
    /// Takes what a panel did this frame: names the step of the change it made, or carries out
    /// the edit it asked for.
    pub(super) fn take_panel_output(&mut self, output: PanelOutput) {
        if let Some(change) = output.change {
            self.pending_change = Some(change);
        }
        if let Some(intent) = output.intent {
            self.apply_intent(intent);
        }
    }

    /// Carries out `intent`; an intent that no longer applies (a flow that exists already, a
    /// stage deleted meanwhile) changes nothing.
    pub(super) fn apply_intent(&mut self, intent: Intent) {
        let design = &mut self.doc.design;
        let selection = &mut self.view.selection;
        let change = match intent {
            Intent::Connect { from, to } => {
                if !edit::connect(design, &from, &to) {
                    return;
                }
                selection.clear();
                selection.flow = Some(FlowKey { from, to });
                Change::AddFlow
            }
            Intent::DropOnStage { stage_id, item } => {
                if !design.stages.contains_key(&stage_id) {
                    return;
                }
                let change = match item {
                    PaletteItem::Role(role_id) => {
                        edit::attach_role(design, &stage_id, &role_id);
                        Change::AttachRole
                    }
                    PaletteItem::Tool(tool_id) => {
                        edit::attach_tool(design, &stage_id, &tool_id);
                        Change::AttachTool
                    }
                    PaletteItem::Source(channel) => {
                        edit::add_source(design, channel, &stage_id);
                        Change::AddSource
                    }
                    PaletteItem::Stage(_) => return,
                };
                selection.select_only(stage_id);
                change
            }
            Intent::AddStage { kind, at } => {
                let stage_id = edit::add_stage(design, kind, at);
                selection.select_only(stage_id);
                Change::AddStage
            }
            Intent::DeleteFlow(key) => {
                if !edit::delete_flow(design, &key) {
                    return;
                }
                selection.flow = None;
                Change::DeleteFlow
            }
            Intent::ApplyFix(fix) => {
                crate::advice::findings::apply(design, &fix);
                Change::ApplyFix(fix)
            }
        };
        self.pending_change = Some(change);
    }
}
