//! The export choices a user makes in File → Export image…, remembered between runs.

use super::{Format, Layout};
use crate::draw::ThemeChoice;
use serde::{Deserialize, Serialize};

/// Export choices, remembered between runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExportSettings {
    /// File format.
    pub format: Format,
    /// Diagram or slide.
    pub layout: Layout,
    /// PNG pixels per point: 1, 2 or 4.
    pub scale: u32,
    /// Light or dark drawing.
    pub theme: ThemeChoice,
    /// No background.
    pub transparent: bool,
    /// Only the selected stages, when some are selected.
    pub selection_only: bool,
    /// How long and how smooth an animation is.
    pub motion: super::motion::Motion,
}

impl Default for ExportSettings {
    fn default() -> Self {
        Self {
            format: Format::Png,
            layout: Layout::Slide,
            scale: 2,
            theme: ThemeChoice::Light,
            transparent: false,
            selection_only: true,
            motion: super::motion::Motion::default(),
        }
    }
}
