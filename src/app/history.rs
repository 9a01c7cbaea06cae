//! Undo and redo by document snapshots. Edits made while an interaction is in progress (a drag,
//! a slider scrub, typing in a field) settle into one step when it ends; nothing is recorded
//! when nothing changed.

use crate::design::Design;
use crate::ui::change::Change;

/// Undo steps kept; older ones are dropped.
const MAX_STEPS: usize = 200;

/// One undoable step: the design before it, and what it was.
#[derive(Clone, Debug)]
struct Step {
    before: Design,
    label: String,
}

/// The undo and redo stacks of one open design.
#[derive(Debug)]
pub struct History {
    /// The design as of the last recorded step: what an in-progress interaction started from.
    settled: Design,
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// Counts every recorded change, undo and redo; drives the dirty flag and caches.
    revision: u64,
}

impl History {
    /// A history whose starting point is `design`.
    #[must_use]
    pub fn new(design: &Design) -> Self {
        Self {
            settled: design.clone(),
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
        }
    }

    /// Revision of the settled design.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Records `design` as one step labelled `label` if it differs from the settled design.
    /// Call when no interaction is in progress. Returns whether a step was recorded.
    pub fn settle(&mut self, design: &Design, label: &str) -> bool {
        if *design == self.settled {
            return false;
        }
        let before = std::mem::replace(&mut self.settled, design.clone());
        self.undo.push(Step {
            before,
            label: label.to_owned(),
        });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.revision += 1;
        true
    }

    /// Throws away unsettled changes (Escape during a drag): `design` returns to the settled one.
    pub fn abort(&self, design: &mut Design) {
        design.clone_from(&self.settled);
    }

    /// Whether `design` has changes not yet settled.
    #[must_use]
    pub fn is_unsettled(&self, design: &Design) -> bool {
        *design != self.settled
    }

    /// Label of the step Undo would take back.
    #[must_use]
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|step| step.label.as_str())
    }

    /// Label of the step Redo would make again.
    #[must_use]
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }

    /// Takes back the last step; unsettled changes are settled first so they are what is undone.
    pub fn undo(&mut self, design: &mut Design) -> bool {
        self.settle(design, &Change::Edit.label());
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let after = std::mem::replace(&mut self.settled, step.before);
        self.redo.push(Step {
            before: after,
            label: step.label,
        });
        design.clone_from(&self.settled);
        self.revision += 1;
        true
    }

    /// Makes the last undone step again.
    pub fn redo(&mut self, design: &mut Design) -> bool {
        if self.is_unsettled(design) {
            // A new edit since the undo: the redo branch is gone.
            self.settle(design, &Change::Edit.label());
            return false;
        }
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let before = std::mem::replace(&mut self.settled, step.before);
        self.undo.push(Step {
            before,
            label: step.label,
        });
        design.clone_from(&self.settled);
        self.revision += 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Design {
        Design {
            name: name.to_owned(),
            ..Design::default()
        }
    }

    #[test]
    fn settling_records_only_real_changes() {
        let mut design = named("a");
        let mut history = History::new(&design);
        assert!(!history.settle(&design, "Nothing"));
        design.name = "b".to_owned();
        assert!(history.settle(&design, "Rename"));
        assert_eq!(history.undo_label(), Some("Rename"));
        assert_eq!(history.revision(), 1);
    }

    #[test]
    fn many_changes_during_one_interaction_are_one_step() {
        let mut design = named("a");
        let mut history = History::new(&design);
        for name in ["b", "c", "d"] {
            design.name = name.to_owned();
        }
        history.settle(&design, "Drag");
        assert!(history.undo(&mut design));
        assert_eq!(design.name, "a");
        assert!(!history.undo(&mut design));
        assert!(history.redo(&mut design));
        assert_eq!(design.name, "d");
    }

    #[test]
    fn undo_takes_back_unsettled_changes_and_a_new_edit_drops_redo() {
        let mut design = named("a");
        let mut history = History::new(&design);
        design.name = "b".to_owned();
        history.settle(&design, "One");
        design.name = "c".to_owned();
        history.undo(&mut design);
        assert_eq!(design.name, "b");
        design.name = "x".to_owned();
        assert!(!history.redo(&mut design));
        assert_eq!(design.name, "x");
        assert_eq!(history.redo_label(), None);
    }

    #[test]
    fn abort_returns_to_the_settled_design() {
        let mut design = named("a");
        let history = History::new(&design);
        design.name = "dragging".to_owned();
        history.abort(&mut design);
        assert_eq!(design.name, "a");
    }
}
