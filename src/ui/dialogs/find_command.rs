//! Find a command (Ctrl+K, Ctrl+Shift+P): type a few letters of any command of the one
//! command table, or of a stage's name; Enter runs the first match, a click any.

use crate::design::{Design, StageId};
use crate::ui::commands::Command;
use egui::RichText;

/// What has been typed so far.
#[derive(Debug, Default)]
pub struct FindCommand {
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

/// What the person chose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindChoice {
    /// Run this command.
    Run(Command),
    /// Select this stage.
    Select(StageId),
    /// Close without choosing.
    Close,
}

impl FindCommand {
    /// Shows the search; returns what the person chose, once they have.
    pub fn show(&mut self, ctx: &egui::Context, design: &Design) -> Option<FindChoice> {
        let found = matches(
            &self.query,
            design
                .stages
                .iter()
                .map(|(id, stage)| (id.clone(), stage.name.clone())),
        );
        let mut chosen = None;
        let response = super::anchored_dialog("leadflow-palette").show(ctx, |ui| {
            ui.set_width(460.0);
            let label =
                ui.label(RichText::new(crate::tr!("command-palette-find-a-command-or-a")).strong());
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut self.query)
                        .desired_width(440.0)
                        .hint_text(crate::tr!("command-palette-type-to-search-save-goal")),
                )
                .labelled_by(label.id);
            if !self.focused {
                field.request_focus();
                self.focused = true;
            }
            if field.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                chosen = Some(0);
            }
            ui.add_space(4.0);
            egui::ScrollArea::vertical()
                .max_height(320.0)
                .show(ui, |ui| found_list_ui(ui, &found, &mut chosen));
        });
        match chosen.and_then(|index| found.into_iter().nth(index)) {
            Some(Found::Run(command)) => Some(FindChoice::Run(command)),
            Some(Found::Select(stage_id, _)) => Some(FindChoice::Select(stage_id)),
            None if response.should_close() => Some(FindChoice::Close),
            None => None,
        }
    }
}

/// The matches, the first (run by Enter) highlighted; a click chooses one.
fn found_list_ui(ui: &mut egui::Ui, found: &[Found], chosen: &mut Option<usize>) {
    for (index, item) in found.iter().enumerate() {
        let shortcut = match item {
            Found::Run(command) => command
                .shortcuts()
                .first()
                .map(|shortcut| ui.ctx().format_shortcut(shortcut))
                .unwrap_or_default(),
            Found::Select(..) => String::new(),
        };
        ui.horizontal(|ui| {
            if ui.selectable_label(index == 0, item.label()).clicked() {
                *chosen = Some(index);
            }
            ui.label(RichText::new(shortcut).weak());
        });
    }
    if found.is_empty() {
        ui.label(RichText::new(crate::tr!("command-palette-nothing-matches")).weak());
    }
}

#[cfg(test)]
mod tests {
    use super::{Found, matches};
    use crate::design::StageId;
    use crate::ui::commands::Command;

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
