//! What the panels report back: a [`Change`] they made (its label names the undo step), or an
//! [`Intent`], a structural edit they ask for and the app carries out in one place.

use super::palette::PaletteItem;
use crate::advice::findings::Fix;
use crate::design::{FlowKey, Point, StageId, StageKindTag};

/// An edit that settles into one undo step, named by [`Change::label`].
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A field edited in the inspector that has no name of its own.
    Edit,
    /// Stages dragged to a new place.
    MoveStages,
    /// Stages moved with the arrow keys.
    Nudge,
    /// A stage renamed.
    RenameStage,
    /// A stage added.
    AddStage,
    /// Stages deleted.
    Delete,
    /// Stages cut to the clipboard.
    Cut,
    /// Stages pasted.
    Paste,
    /// Stages duplicated.
    Duplicate,
    /// A flow added between two stages.
    AddFlow,
    /// A flow deleted.
    DeleteFlow,
    /// A flow's share changed.
    ChangeFlowShare,
    /// A role attached to a stage.
    AttachRole,
    /// A tool attached to a stage.
    AttachTool,
    /// A role added in the inspector.
    AddRole,
    /// A role taken off a stage.
    RemoveRole,
    /// A stage's tools changed.
    ChangeTools,
    /// A lead source added.
    AddSource,
    /// A lead source removed.
    RemoveSource,
    /// A stage's conversion changed.
    ChangeConversion,
    /// A stage's days in stage changed.
    ChangeDaysInStage,
    /// What a stage holds today changed.
    ChangeToday,
    /// The sales model changed.
    ChangeSalesModel,
    /// The transaction models changed.
    ChangeTransactionModels,
    /// The stages a model implies added.
    AddImpliedStages,
    /// The stages laid out as a funnel.
    ArrangeFunnel,
    /// The stages laid out as a flywheel.
    ArrangeFlywheel,
    /// Targets typed or spread.
    Targets,
    /// A scenario saved from the design as it is.
    AddScenario,
    /// Another scenario made the one edited.
    SwitchScenario,
    /// A scenario removed.
    RemoveScenario,
    /// Goal seek's answer applied.
    GoalSeek,
    /// Figures measured from a CRM export applied.
    Calibrate,
    /// The presentation's what-if changes kept.
    KeepWhatIf,
    /// A finding's one-click fix applied.
    ApplyFix(Fix),
    /// A move added to the plan.
    AddMove,
    /// A move's figures, dates or costs changed.
    EditMove,
    /// A move dragged along the timeline.
    ShiftMove,
    /// A move switched on or off.
    SwitchMove,
    /// A move removed from the plan.
    RemoveMove,
    /// The year frozen as the plan of record.
    FreezePlanOfRecord,
}

impl Change {
    /// The name of the undo step: "Undo Move stages".
    #[must_use]
    pub fn label(&self) -> String {
        if let Self::ApplyFix(fix) = self {
            return fix.label(crate::i18n::current());
        }
        crate::i18n::text(self.message_id())
    }

    /// The message naming the undo step (a fix is named by its own).
    fn message_id(&self) -> &'static str {
        match self {
            Self::Edit => "change-edit",
            Self::MoveStages => "change-move-stages",
            Self::Nudge => "change-nudge",
            Self::RenameStage => "change-rename-stage",
            Self::AddStage => "change-add-stage",
            Self::Delete => "change-delete",
            Self::Cut => "change-cut",
            Self::Paste => "change-paste",
            Self::Duplicate => "change-duplicate",
            Self::AddFlow => "change-add-flow",
            Self::DeleteFlow => "change-delete-flow",
            Self::ChangeFlowShare => "change-change-flow-share",
            Self::AttachRole => "change-attach-role",
            Self::AttachTool => "change-attach-tool",
            Self::AddRole => "change-add-role",
            Self::RemoveRole => "change-remove-role",
            Self::ChangeTools => "change-change-tools",
            Self::AddSource => "change-add-source",
            Self::RemoveSource => "change-remove-source",
            Self::ChangeConversion => "change-change-conversion",
            Self::ChangeDaysInStage => "change-change-days-in-stage",
            Self::ChangeToday => "change-change-today",
            Self::ChangeSalesModel => "change-change-sales-model",
            Self::ChangeTransactionModels => "change-change-transaction-models",
            Self::AddImpliedStages => "change-add-implied-stages",
            Self::ArrangeFunnel => "change-arrange-funnel",
            Self::ArrangeFlywheel => "change-arrange-flywheel",
            Self::AddScenario => "change-add-scenario",
            Self::SwitchScenario => "change-switch-scenario",
            Self::RemoveScenario => "change-remove-scenario",
            Self::GoalSeek => "change-goal-seek",
            Self::Calibrate => "change-calibrate",
            Self::KeepWhatIf => "change-keep-what-if",
            Self::ApplyFix(_) => "change-apply-fix",
            Self::AddMove => "change-add-move",
            Self::EditMove => "change-edit-move",
            Self::ShiftMove => "change-shift-move",
            Self::SwitchMove => "change-switch-move",
            Self::RemoveMove => "change-remove-move",
            Self::FreezePlanOfRecord => "change-freeze-plan-of-record",
            Self::Targets => "change-targets",
        }
    }
}

/// A structural edit a panel asks for; the app applies it, selects what it made, and names
/// the undo step.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Add a flow from one stage to another.
    Connect {
        /// Where leads leave.
        from: StageId,
        /// Where they enter.
        to: StageId,
    },
    /// A palette item dropped on a stage: a role, tool or source attached to it.
    DropOnStage {
        /// The stage dropped on.
        stage_id: StageId,
        /// What was dropped.
        item: PaletteItem,
    },
    /// A stage kind dropped on the canvas, at a point in scene units.
    AddStage {
        /// The kind.
        kind: StageKindTag,
        /// Where its centre goes, on the grid.
        at: Point,
    },
    /// Delete a flow.
    DeleteFlow(FlowKey),
    /// Apply a finding's fix.
    ApplyFix(Fix),
    /// Change a figure from a date: a new move of the plan, selected for editing.
    AddMove(crate::design::plan::Figure),
}

/// What a panel did this frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PanelOutput {
    /// An edit it made, if any.
    pub change: Option<Change>,
    /// An edit it asks for, if any.
    pub intent: Option<Intent>,
}

impl PanelOutput {
    /// An edit made.
    #[must_use]
    pub fn changed(change: Change) -> Self {
        Self {
            change: Some(change),
            intent: None,
        }
    }

    /// An edit asked for.
    #[must_use]
    pub fn wants(intent: Intent) -> Self {
        Self {
            change: None,
            intent: Some(intent),
        }
    }

    /// This output with `later`'s: a user touches one thing in a frame, so at most one of
    /// them has anything; should both, the first names the step.
    #[must_use]
    pub fn or(self, later: Self) -> Self {
        Self {
            change: self.change.or(later.change),
            intent: self.intent.or(later.intent),
        }
    }
}
