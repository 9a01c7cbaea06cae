//! Every user action with its label and shortcuts, in one table that feeds the menus, the
//! keyboard handling and the Help list.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A user action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new design from a template.
    New,
    /// Start a new design from the four questions.
    NewFromQuestions,
    /// Start a new design from a CRM export.
    NewFromCrm,
    /// Open a design file.
    Open,
    /// Save to the current file (asks for one if there is none).
    Save,
    /// Save to a new file.
    SaveAs,
    /// Export the diagram or a slide as PNG, SVG or PDF.
    ExportImage,
    /// Leave Leadflow.
    Quit,
    /// Take back the last change.
    Undo,
    /// Make the last undone change again.
    Redo,
    /// Copy the selected stages and remove them.
    Cut,
    /// Copy the selected stages.
    Copy,
    /// Paste copied stages.
    Paste,
    /// Copy and paste the selection in one go.
    Duplicate,
    /// Put a PNG of the diagram (or slide) on the clipboard.
    CopyAsImage,
    /// Remove the selection and its flows.
    Delete,
    /// Rename the selected stage in place.
    Rename,
    /// Draw a flow from the selected stage to the one chosen next by keys (or a click).
    DrawFlow,
    /// Select every stage.
    SelectAll,
    /// Fit the whole design in view.
    ZoomToFit,
    /// Zoom in.
    ZoomIn,
    /// Zoom out.
    ZoomOut,
    /// Show or hide the grid.
    ToggleGrid,
    /// Snap stages to the grid when moved.
    ToggleSnap,
    /// Show a map of the whole design when it is larger than the view.
    ToggleMinimap,
    /// Switch between light and dark.
    ToggleTheme,
    /// Ask for files with Leadflow's own dialog instead of the system's.
    ToggleOwnFileDialog,
    /// Full screen presentation of the process.
    Present,
    /// Find any command (or a stage) by typing.
    CommandPalette,
    /// Move the keyboard focus to the next pane (canvas, inspector, palette).
    NextPane,
    /// Move the keyboard focus to the pane before.
    PreviousPane,
    /// Lay the stages out top to bottom.
    ArrangeFunnel,
    /// Lay the stages out on a circle.
    ArrangeFlywheel,
    /// What it takes to reach a number of customers or an amount of revenue by a week.
    GoalSeek,
    /// Measure the design's figures from a CRM export.
    CalibrateFromCrm,
    /// Set a newer CRM export against the plan, month by month.
    ReviewAgainstCrm,
    /// Keep the year month by month as it stands as the plan agreed.
    FreezePlanOfRecord,
    /// List the keyboard shortcuts.
    ShowShortcuts,
    /// About Leadflow.
    About,
}

/// The menu a command belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Menu {
    /// File.
    File,
    /// Edit.
    Edit,
    /// View.
    View,
    /// Design.
    Design,
    /// Help.
    Help,
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn ctrl_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(
        Modifiers {
            alt: false,
            ctrl: false,
            shift: true,
            mac_cmd: false,
            command: true,
        },
        key,
    )
}

const fn shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::SHIFT, key)
}

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

impl Command {
    /// Every command in menu order.
    pub const ALL: [Self; 39] = [
        Self::New,
        Self::NewFromQuestions,
        Self::NewFromCrm,
        Self::Open,
        Self::Save,
        Self::SaveAs,
        Self::ExportImage,
        Self::Quit,
        Self::Undo,
        Self::Redo,
        Self::Cut,
        Self::Copy,
        Self::Paste,
        Self::Duplicate,
        Self::Delete,
        Self::Rename,
        Self::DrawFlow,
        Self::SelectAll,
        Self::CopyAsImage,
        Self::ZoomToFit,
        Self::ZoomIn,
        Self::ZoomOut,
        Self::ToggleGrid,
        Self::ToggleSnap,
        Self::ToggleMinimap,
        Self::ToggleTheme,
        Self::ToggleOwnFileDialog,
        Self::Present,
        Self::CommandPalette,
        Self::NextPane,
        Self::PreviousPane,
        Self::ArrangeFunnel,
        Self::ArrangeFlywheel,
        Self::GoalSeek,
        Self::CalibrateFromCrm,
        Self::ReviewAgainstCrm,
        Self::FreezePlanOfRecord,
        Self::ShowShortcuts,
        Self::About,
    ];

    /// Menu text in the current language (sentence case; "…" when it opens a dialog).
    #[must_use]
    pub fn label(self) -> String {
        crate::i18n::text(self.message_id())
    }

    /// The message of its menu text.
    fn message_id(self) -> &'static str {
        match self {
            Self::New => "command-new",
            Self::NewFromQuestions => "command-new-from-questions",
            Self::NewFromCrm => "command-new-from-crm",
            Self::Open => "command-open",
            Self::Save => "command-save",
            Self::SaveAs => "command-save-as",
            Self::ExportImage => "command-export-image",
            Self::CopyAsImage => "command-copy-as-image",
            Self::Quit => "command-quit",
            Self::Undo => "command-undo",
            Self::Redo => "command-redo",
            Self::Cut => "command-cut",
            Self::Copy => "command-copy",
            Self::Paste => "command-paste",
            Self::Duplicate => "command-duplicate",
            Self::Delete => "command-delete",
            Self::Rename => "command-rename",
            Self::DrawFlow => "command-draw-flow",
            Self::SelectAll => "command-select-all",
            Self::ZoomToFit => "command-zoom-to-fit",
            Self::ZoomIn => "command-zoom-in",
            Self::ZoomOut => "command-zoom-out",
            Self::ToggleGrid => "command-toggle-grid",
            Self::ToggleSnap => "command-toggle-snap",
            Self::ToggleMinimap => "command-toggle-minimap",
            Self::ToggleTheme => "command-toggle-theme",
            Self::ToggleOwnFileDialog => "command-toggle-own-file-dialog",
            Self::Present => "command-present",
            Self::CommandPalette => "command-command-palette",
            Self::NextPane => "command-next-pane",
            Self::PreviousPane => "command-previous-pane",
            Self::ArrangeFunnel => "command-arrange-funnel",
            Self::ArrangeFlywheel => "command-arrange-flywheel",
            Self::GoalSeek => "command-goal-seek",
            Self::CalibrateFromCrm => "command-calibrate-from-crm",
            Self::ReviewAgainstCrm => "command-review-against-crm",
            Self::FreezePlanOfRecord => "command-freeze-plan-of-record",
            Self::ShowShortcuts => "command-show-shortcuts",
            Self::About => "command-about",
        }
    }

    /// The menu it appears in.
    #[must_use]
    pub fn menu(self) -> Menu {
        match self {
            Self::New
            | Self::NewFromQuestions
            | Self::NewFromCrm
            | Self::Open
            | Self::Save
            | Self::SaveAs
            | Self::ExportImage
            | Self::Quit => Menu::File,
            Self::Undo
            | Self::Redo
            | Self::Cut
            | Self::Copy
            | Self::Paste
            | Self::Duplicate
            | Self::Delete
            | Self::Rename
            | Self::DrawFlow
            | Self::SelectAll
            | Self::CopyAsImage => Menu::Edit,
            Self::ZoomToFit
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ToggleGrid
            | Self::ToggleSnap
            | Self::ToggleMinimap
            | Self::ToggleTheme
            | Self::ToggleOwnFileDialog
            | Self::Present
            | Self::CommandPalette
            | Self::NextPane
            | Self::PreviousPane => Menu::View,
            Self::ArrangeFunnel
            | Self::ArrangeFlywheel
            | Self::GoalSeek
            | Self::CalibrateFromCrm
            | Self::ReviewAgainstCrm
            | Self::FreezePlanOfRecord => Menu::Design,
            Self::ShowShortcuts | Self::About => Menu::Help,
        }
    }

    /// Keyboard shortcuts, the first shown in menus.
    #[must_use]
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const NEW: [KeyboardShortcut; 1] = [ctrl(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [ctrl(Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [ctrl(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [ctrl_shift(Key::S)];
        const EXPORT: [KeyboardShortcut; 1] = [ctrl(Key::E)];
        const COPY_IMAGE: [KeyboardShortcut; 1] = [ctrl_shift(Key::C)];
        const QUIT: [KeyboardShortcut; 1] = [ctrl(Key::Q)];
        const UNDO: [KeyboardShortcut; 1] = [ctrl(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [ctrl_shift(Key::Z), ctrl(Key::Y)];
        const CUT: [KeyboardShortcut; 1] = [ctrl(Key::X)];
        const COPY: [KeyboardShortcut; 1] = [ctrl(Key::C)];
        const PASTE: [KeyboardShortcut; 1] = [ctrl(Key::V)];
        const DUPLICATE: [KeyboardShortcut; 1] = [ctrl(Key::D)];
        const DELETE: [KeyboardShortcut; 2] = [plain(Key::Delete), plain(Key::Backspace)];
        const RENAME: [KeyboardShortcut; 1] = [plain(Key::F2)];
        const NEXT_PANE: [KeyboardShortcut; 1] = [plain(Key::F6)];
        const PREVIOUS_PANE: [KeyboardShortcut; 1] = [shift(Key::F6)];
        const DRAW_FLOW: [KeyboardShortcut; 1] = [plain(Key::C)];
        const NEW_FROM_QUESTIONS: [KeyboardShortcut; 1] = [ctrl_shift(Key::N)];
        const SELECT_ALL: [KeyboardShortcut; 1] = [ctrl(Key::A)];
        const FIT: [KeyboardShortcut; 1] = [plain(Key::F)];
        const ZOOM_IN: [KeyboardShortcut; 2] = [ctrl(Key::Plus), ctrl(Key::Equals)];
        const ZOOM_OUT: [KeyboardShortcut; 1] = [ctrl(Key::Minus)];
        const HELP: [KeyboardShortcut; 1] = [plain(Key::F1)];
        const PRESENT: [KeyboardShortcut; 1] = [plain(Key::F5)];
        const GOAL_SEEK: [KeyboardShortcut; 1] = [ctrl(Key::G)];
        const PALETTE: [KeyboardShortcut; 2] = [ctrl(Key::K), ctrl_shift(Key::P)];
        match self {
            Self::New => &NEW,
            Self::Open => &OPEN,
            Self::Save => &SAVE,
            Self::SaveAs => &SAVE_AS,
            Self::ExportImage => &EXPORT,
            Self::CopyAsImage => &COPY_IMAGE,
            Self::Quit => &QUIT,
            Self::Undo => &UNDO,
            Self::Redo => &REDO,
            Self::Cut => &CUT,
            Self::Copy => &COPY,
            Self::Paste => &PASTE,
            Self::Duplicate => &DUPLICATE,
            Self::Delete => &DELETE,
            Self::Rename => &RENAME,
            Self::NextPane => &NEXT_PANE,
            Self::PreviousPane => &PREVIOUS_PANE,
            Self::DrawFlow => &DRAW_FLOW,
            Self::NewFromQuestions => &NEW_FROM_QUESTIONS,
            Self::SelectAll => &SELECT_ALL,
            Self::ZoomToFit => &FIT,
            Self::ZoomIn => &ZOOM_IN,
            Self::ZoomOut => &ZOOM_OUT,
            Self::ShowShortcuts => &HELP,
            Self::Present => &PRESENT,
            Self::GoalSeek => &GOAL_SEEK,
            Self::CommandPalette => &PALETTE,
            Self::NewFromCrm
            | Self::CalibrateFromCrm
            | Self::ReviewAgainstCrm
            | Self::FreezePlanOfRecord
            | Self::ToggleGrid
            | Self::ToggleSnap
            | Self::ToggleMinimap
            | Self::ToggleTheme
            | Self::ToggleOwnFileDialog
            | Self::ArrangeFunnel
            | Self::ArrangeFlywheel
            | Self::About => &[],
        }
    }

    /// Whether the shortcut works while typing in a text field (most would clash with editing).
    #[must_use]
    pub fn works_while_typing(self) -> bool {
        matches!(
            self,
            Self::Save
                | Self::SaveAs
                | Self::Open
                | Self::New
                | Self::Quit
                | Self::NextPane
                | Self::PreviousPane
        )
    }
}

/// Where the keyboard focus is, for which shortcuts may act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyboardFocus {
    /// Nowhere, or on the canvas: every shortcut acts.
    Canvas,
    /// On a button, check box or list elsewhere (Tab put it there): a plain key (Delete,
    /// Backspace, a letter) belongs to that widget's pane, not to the canvas's selection;
    /// shortcuts with Ctrl and the function keys act.
    Widget,
    /// In a text field: only the few that make sense while typing.
    Typing,
}

/// Whether `shortcut` is a plain key other than a function key.
fn is_plain_key(shortcut: KeyboardShortcut) -> bool {
    let function_key = matches!(
        shortcut.logical_key,
        Key::F1
            | Key::F2
            | Key::F3
            | Key::F4
            | Key::F5
            | Key::F6
            | Key::F7
            | Key::F8
            | Key::F9
            | Key::F10
            | Key::F11
            | Key::F12
    );
    shortcut.modifiers.is_none() && !function_key
}

/// The commands whose shortcut was pressed this frame, consuming those key presses. Shortcuts
/// with more modifiers are tried first so Ctrl+Shift+Z is not taken for Ctrl+Z.
#[must_use]
pub fn pressed_commands(ctx: &egui::Context, focus: KeyboardFocus) -> Vec<Command> {
    let mut candidates: Vec<(Command, KeyboardShortcut)> = Command::ALL
        .iter()
        .filter(|command| focus != KeyboardFocus::Typing || command.works_while_typing())
        .flat_map(|&command| {
            command
                .shortcuts()
                .iter()
                .map(move |&shortcut| (command, shortcut))
        })
        .filter(|(_, shortcut)| !(focus == KeyboardFocus::Widget && is_plain_key(*shortcut)))
        .collect();
    candidates.sort_by_key(|(_, shortcut)| {
        let m = shortcut.modifiers;
        std::cmp::Reverse(u8::from(m.shift) + u8::from(m.alt) + u8::from(m.command || m.ctrl))
    });
    let mut pressed = Vec::new();
    ctx.input_mut(|input| {
        for (command, shortcut) in candidates {
            if input.consume_shortcut(&shortcut) && !pressed.contains(&command) {
                pressed.push(command);
            }
        }
    });
    pressed
}
