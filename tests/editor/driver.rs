//! Drives the real app as a user does: clicks, drags, keys, menus, with `egui_kittest`.

use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use leadflow::app::LeadflowApp;
use leadflow::app::document::OpenDocument;
use leadflow::ui::file_dialogs::{FileDialogs, ScriptedDialogs};
use leadflow::ui::preferences::Preferences;

pub struct Editor {
    pub harness: Harness<'static, LeadflowApp>,
    _directory: tempfile::TempDir,
}

pub fn editor_with(template: &str, dialogs: impl FileDialogs + 'static) -> Editor {
    editor_speaking(template, dialogs, leadflow::i18n::Language::English)
}

/// The editor in `language`, as a user who chose it (or whose system speaks it) meets it.
pub fn editor_speaking(
    template: &str,
    dialogs: impl FileDialogs + 'static,
    language: leadflow::i18n::Language,
) -> Editor {
    let design = leadflow::templates::find(template)
        .expect("template")
        .design()
        .expect("loads");
    editor_on(design, dialogs, language)
}

/// The editor on a template in `language`, in a window of `width` × `height` pixels, settled.
pub fn editor_speaking_at(
    template: &str,
    language: leadflow::i18n::Language,
    width: f32,
    height: f32,
) -> Editor {
    let mut editor = editor_speaking(template, ScriptedDialogs::default(), language);
    editor.harness.set_size(egui::vec2(width, height));
    editor.steps(4);
    editor
}

/// The editor on `design`, as if opened from an unnamed file.
pub fn editor_on(
    design: leadflow::design::Design,
    dialogs: impl FileDialogs + 'static,
    language: leadflow::i18n::Language,
) -> Editor {
    editor_remembering(
        design,
        dialogs,
        Preferences {
            language: Some(language),
            ..Preferences::default()
        },
    )
}

/// The editor on `design` with `preferences` kept from earlier runs.
pub fn editor_remembering(
    design: leadflow::design::Design,
    dialogs: impl FileDialogs + 'static,
    preferences: Preferences,
) -> Editor {
    let directory = tempfile::tempdir().expect("temp dir");
    let recovery =
        leadflow::file::recovery::RecoveryStore::in_directory(directory.path().join("recovery"));
    let app = LeadflowApp::with_preferences(
        OpenDocument::new(design, None),
        Box::new(dialogs),
        preferences,
        Some(recovery),
    );
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1440.0, 900.0))
        // Frames a sixtieth of a second apart, so two clicks can make a double-click.
        .with_step_dt(1.0 / 60.0)
        .build_eframe(move |_creation| app);
    harness.run_steps(3);
    Editor {
        harness,
        _directory: directory,
    }
}

pub fn editor(template: &str) -> Editor {
    editor_with(template, ScriptedDialogs::default())
}

impl Editor {
    /// Where a stage is on screen (its accessibility bounds are in scene units).
    pub fn stage_center(&self, name: &str) -> Pos2 {
        let in_scene = self.harness.get_by_label(name).rect().center();
        self.harness.state().view().scene_to_screen * in_scene
    }

    pub fn click_at(&mut self, position: Pos2, modifiers: Modifiers) {
        self.harness.hover_at(position);
        self.steps(1);
        for pressed in [true, false] {
            self.harness.event(egui::Event::PointerButton {
                pos: position,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers,
            });
            self.steps(1);
        }
        self.steps(1);
    }

    /// Clicks a widget found by its label, hovering it first as a user would.
    pub fn click_label(&mut self, label: &str) {
        // Dialogs size themselves over a few frames: wait until the widget stays put.
        let mut rect = self.harness.get_by_label(label).rect();
        for _ in 0..10 {
            self.harness.get_by_label(label).hover();
            self.steps(1);
            let now = self.harness.get_by_label(label).rect();
            if now == rect {
                break;
            }
            rect = now;
        }
        self.harness.get_by_label(label).click();
        self.steps(3);
    }

    /// Clicks the leftmost widget with this label (a menu item rather than its twin in the
    /// inspector on the right).
    pub fn click_leftmost(&mut self, label: &str) {
        let at = self
            .harness
            .get_all_by_label(label)
            .map(|node| node.rect().center())
            .min_by(|a, b| a.x.total_cmp(&b.x))
            .expect("a widget with this label");
        self.click_at(at, Modifiers::NONE);
    }

    /// Opens a menu of the menu bar.
    pub fn open_menu(&mut self, title: &str) {
        let menu = self
            .harness
            .get_by_role_and_label(egui::accesskit::Role::Button, title)
            .rect()
            .center();
        self.click_at(menu, Modifiers::NONE);
    }

    /// Activates a button the way assistive technology does.
    pub fn activate(&mut self, label: &str) {
        self.harness.get_by_label(label).click_accesskit();
        self.steps(3);
    }

    pub fn click_stage(&mut self, name: &str) {
        let at = self.stage_center(name);
        self.click_at(at, Modifiers::NONE);
    }

    pub fn stage_count(&self) -> usize {
        self.harness.state().design().stages.len()
    }

    pub fn steps(&mut self, n: usize) {
        self.harness.run_steps(n);
    }

    pub fn drag(&mut self, from: Pos2, to: Pos2) {
        self.harness.hover_at(from);
        self.steps(1);
        self.harness.drag_at(from);
        self.steps(1);
        let moves = 6;
        for step in 1..=moves {
            let t = step as f32 / moves as f32;
            self.harness.hover_at(from + (to - from) * t);
            self.steps(1);
        }
        self.harness.drop_at(to);
        self.steps(3);
    }

    pub fn press(&mut self, modifiers: Modifiers, key: Key) {
        self.harness.key_press_modifiers(modifiers, key);
        self.steps(2);
    }

    pub fn customers_at_horizon(&mut self) -> f64 {
        self.harness
            .state_mut()
            .simulation()
            .expect("simulated")
            .summary
            .customers_at_horizon
    }
}
