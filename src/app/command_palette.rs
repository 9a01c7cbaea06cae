//! Find a command (Ctrl+K, Ctrl+Shift+P): type a few letters of any command of the one
//! command table, or of a stage's name; Enter runs the first match, a click any.

use super::LeadflowApp;
use super::commands::Command;
use crate::design::StageId;
use egui::RichText;

/// The palette's state.
#[derive(Debug, Default)]
pub struct Palette {
    query: String,
    focused: bool,
}

/// What a match does.
enum Found {
    Run(Command),
    Select(StageId, String),
}

impl Found {
    fn label(&self) -> String {
        match self {
            Self::Run(command) => command.label().trim_end_matches('…').to_owned(),
            Self::Select(_, name) => crate::tr!("palette-stage-item", name = name.as_str()),
        }
    }
}

/// The commands and stages whose names contain every word of `query` (any case).
fn matches(query: &str, stages: impl Iterator<Item = (StageId, String)>) -> Vec<Found> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let fits = |text: &str| {
        let text = text.to_lowercase();
        words.iter().all(|word| text.contains(word.as_str()))
    };
    let commands = Command::ALL
        .into_iter()
        .filter(|command| *command != Command::CommandPalette && fits(&command.label()))
        .map(Found::Run);
    let stages = stages
        .filter(|(_, name)| !words.is_empty() && fits(name))
        .map(|(id, name)| Found::Select(id, name));
    commands.chain(stages).collect()
}

impl LeadflowApp {
    /// Opens the palette, empty.
    pub(super) fn open_palette(&mut self) {
        self.palette = Some(Palette::default());
    }

    /// Shows the palette while it is open.
    pub(super) fn palette_ui(&mut self, ctx: &egui::Context) {
        let Some(mut palette) = self.palette.take() else {
            return;
        };
        let found = matches(
            &palette.query,
            self.doc
                .design
                .stages
                .iter()
                .map(|(id, stage)| (id.clone(), stage.name.clone())),
        );
        let mut chosen = None;
        let response = super::modals::anchored_dialog("leadflow-palette").show(ctx, |ui| {
            ui.set_width(460.0);
            let label =
                ui.label(RichText::new(crate::tr!("command-palette-find-a-command-or-a")).strong());
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut palette.query)
                        .desired_width(440.0)
                        .hint_text(crate::tr!("command-palette-type-to-search-save-goal")),
                )
                .labelled_by(label.id);
            if !palette.focused {
                field.request_focus();
                palette.focused = true;
            }
            if field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                chosen = Some(0);
            }
            ui.add_space(4.0);
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| {
                    for (index, item) in found.iter().enumerate() {
                        let shortcut = match item {
                            Found::Run(command) => command
                                .shortcuts()
                                .first()
                                .map(|shortcut| ctx.format_shortcut(shortcut))
                                .unwrap_or_default(),
                            Found::Select(..) => String::new(),
                        };
                        ui.horizontal(|ui| {
                            if ui.selectable_label(index == 0, item.label()).clicked() {
                                chosen = Some(index);
                            }
                            ui.label(RichText::new(shortcut).weak());
                        });
                    }
                    if found.is_empty() {
                        ui.label(
                            RichText::new(crate::tr!("command-palette-nothing-matches")).weak(),
                        );
                    }
                });
        });
        match chosen.and_then(|index| found.into_iter().nth(index)) {
            Some(Found::Run(command)) => self.pending.push(command),
            Some(Found::Select(stage_id, _)) => self.view.selection.select_only(stage_id),
            None if !response.should_close() => self.palette = Some(palette),
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Found, matches};
    use crate::app::commands::Command;
    use crate::design::StageId;

    #[test]
    fn every_word_must_match_commands_first_then_stages() {
        let stages = || vec![(StageId::new("qualify"), "Qualify".to_owned())].into_iter();
        let found = matches("goal", stages());
        assert!(matches!(found.first(), Some(Found::Run(Command::GoalSeek))));
        let found = matches("qual", stages());
        assert!(matches!(found.last(), Some(Found::Select(..))));
        assert!(matches("save xyz", stages()).is_empty());
        assert_eq!(
            matches("", stages()).len(),
            Command::ALL.len() - 1,
            "all commands, no stages"
        );
    }
}
