//! The levers behind the "Where to improve" tab, computed when the tab is shown and kept until
//! the design changes.

use super::LeadflowApp;
use super::view::PlotTab;
use crate::advice::levers::{self, Lever};
use std::sync::Arc;

impl LeadflowApp {
    /// The ranked levers of the design, while the tab is open; empty otherwise. Recomputed
    /// after a change, once the pointer is released (a drag would recompute every frame).
    pub(super) fn current_levers(&mut self) -> Arc<Vec<Lever>> {
        if self.settings.plot_tab != PlotTab::Levers {
            return Arc::default();
        }
        let revision = self.doc.history.revision();
        match &self.levers {
            Some((computed_for, levers)) if *computed_for == revision => Arc::clone(levers),
            Some((_, levers)) if self.doc.history.is_unsettled(&self.doc.design) => {
                Arc::clone(levers)
            }
            _ => {
                let levers = Arc::new(levers::levers(&self.doc.design));
                self.levers = Some((revision, Arc::clone(&levers)));
                levers
            }
        }
    }
}
