//! The built-in starting designs, compiled in from `assets/examples/*.ron` so the binary
//! carries them and every one is also an ordinary file a user can open.

use crate::design::Design;
use crate::file::{self, LoadError};
use crate::i18n::Language;
use crate::i18n::Worded as _;

/// A built-in starting design.
#[derive(Clone, Copy, Debug)]
pub struct Template {
    /// The name used on the command line (`leadflow new sales-silo -o my.ron`).
    pub name: &'static str,
    /// The RON text of the design.
    pub ron: &'static str,
}

macro_rules! template {
    ($name:literal) => {
        Template {
            name: $name,
            ron: include_str!(concat!("../assets/examples/", $name, ".ron")),
        }
    };
}

/// Every starting design, in the order they are offered.
pub const TEMPLATES: &[Template] = &[
    template!("classic-funnel"),
    template!("flywheel"),
    template!("sales-silo"),
    template!("inbound"),
    template!("outbound"),
    template!("relationship-based"),
    template!("team-selling"),
    template!("account-based"),
    template!("e-commerce-entry-offer"),
    template!("digital-branding"),
    template!("relationship-b2b-with-entry-offer"),
    template!("growth-plan"),
];

/// The design the app opens when started without a file.
pub const DEFAULT_TEMPLATE: &str = "sales-silo";

impl Template {
    /// Parses the design, in English as the file has it.
    ///
    /// # Errors
    /// Only if a bundled file is broken, which the test suite rules out.
    pub fn design(&self) -> Result<Design, LoadError> {
        file::design_from_bytes(self.ron.as_bytes(), &format!("{}.ron", self.name))
    }

    /// The design as a user starts from it: its names and notes in `language`.
    ///
    /// # Errors
    /// Only if a bundled file is broken, which the test suite rules out.
    pub fn localized_design(&self, language: Language) -> Result<Design, LoadError> {
        let mut design = self.design()?;
        in_language(&mut design, Some(self.name), language);
        Ok(design)
    }
}

/// Puts what Leadflow wrote into a new design (a starting design's names and notes, the
/// catalogue's roles and tools, default stage names) into `language`. Only texts
/// still as Leadflow wrote them in English change, so nothing a user typed is translated;
/// ids stay as they are.
pub fn in_language(design: &mut Design, template: Option<&str>, language: Language) {
    use crate::i18n::{english, text_in, try_text_in};
    // A text changes only while it is the English message's: then it is Leadflow's words.
    let translate = |value: &mut String, id: &str| {
        if let Some(shown) = try_text_in(language, id)
            && *value == english(id)
        {
            *value = shown;
        }
    };
    if let Some(template) = template {
        let prefix = format!("template-{template}");
        translate(&mut design.name, &format!("{prefix}-name"));
        translate(&mut design.notes, &format!("{prefix}-notes"));
        translate(&mut design.presentation.title, &format!("{prefix}-title"));
        translate(
            &mut design.presentation.subtitle,
            &format!("{prefix}-subtitle"),
        );
        for (stage_id, stage) in &mut design.stages {
            translate(&mut stage.name, &format!("{prefix}-stage-{stage_id}"));
            translate(
                &mut stage.notes,
                &format!("{prefix}-stage-{stage_id}-notes"),
            );
        }
        for (source_id, source) in &mut design.sources {
            translate(&mut source.name, &format!("{prefix}-source-{source_id}"));
        }
        for (index, planned) in design.plan.iter_mut().enumerate() {
            translate(&mut planned.name, &format!("{prefix}-move-{index}"));
            translate(&mut planned.notes, &format!("{prefix}-move-{index}-notes"));
        }
    }
    for stage in design.stages.values_mut() {
        if let Some(step) = stage.step
            && stage.name == step.name()
        {
            stage.name = text_in(language, step.message_id());
        }
    }
    for (role_id, role) in &mut design.roles {
        translate(&mut role.name, &format!("catalogue-role-{role_id}"));
        translate(
            &mut role.short_name,
            &format!("catalogue-role-{role_id}-short"),
        );
    }
    for (tool_id, tool) in &mut design.tools {
        translate(&mut tool.name, &format!("catalogue-tool-{tool_id}"));
        translate(
            &mut tool.short_name,
            &format!("catalogue-tool-{tool_id}-short"),
        );
    }
}

/// What lists of templates show, parsed once.
#[derive(Clone, Debug)]
pub struct TemplateInfo {
    /// The template.
    pub template: &'static Template,
    /// The design's name.
    pub title: String,
    /// The design's notes.
    pub notes: String,
    /// The first sentence of the notes: when to choose it.
    pub summary: String,
}

/// Every template's title and notes in `language`, parsed on first use in each
/// language and kept: lists redraw every frame, and a list in Finnish must not show the
/// English it was first made in.
#[must_use]
pub fn catalogue(language: Language) -> &'static [TemplateInfo] {
    static CATALOGUES: [std::sync::OnceLock<Vec<TemplateInfo>>; 4] =
        [const { std::sync::OnceLock::new() }; 4];
    let slot = Language::ALL
        .iter()
        .position(|known| *known == language)
        .unwrap_or(0);
    CATALOGUES[slot].get_or_init(|| {
        TEMPLATES
            .iter()
            .map(|template| {
                let (title, notes) = template.localized_design(language).map_or_else(
                    |error| (template.name.to_owned(), error.words(language)),
                    |design| (design.name, design.notes),
                );
                let trimmed = notes.trim();
                let end = trimmed.find(". ").map_or(trimmed.len(), |dot| dot + 1);
                let summary = trimmed.get(..end).unwrap_or(trimmed).to_owned();
                TemplateInfo {
                    template,
                    title,
                    notes,
                    summary,
                }
            })
            .collect()
    })
}

/// The template called `name`.
#[must_use]
pub fn find(name: &str) -> Option<&'static Template> {
    TEMPLATES.iter().find(|template| template.name == name)
}

/// The design of the template called `name`, if it exists (and, as tests ensure, loads).
#[must_use]
pub fn design_named(name: &str) -> Option<Design> {
    find(name).and_then(|template| template.design().ok())
}

/// The design of the template called `name` in `language` (see [`in_language`]).
#[must_use]
pub fn localized_design_named(name: &str, language: Language) -> Option<Design> {
    find(name).and_then(|template| template.localized_design(language).ok())
}

/// A built-in example by name, for tests: one helper for every test module.
///
/// # Panics
/// When there is no example of that name, which a test must not ask for.
#[cfg(test)]
pub(crate) fn example(name: &str) -> crate::design::Design {
    design_named(name).unwrap_or_else(|| panic!("no example called {name}"))
}

/// The names of all templates, for error messages.
#[must_use]
pub fn names() -> String {
    TEMPLATES
        .iter()
        .map(|template| template.name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::{TEMPLATES, catalogue, in_language};
    use crate::i18n::{Language, english, set_current};

    /// Every message about a starting design, role or tool, read from the English file.
    fn design_message_ids() -> Vec<String> {
        let text = std::fs::read_to_string("assets/locales/en/leadflow.ftl").expect("English");
        text.lines()
            .filter_map(|line| line.split_once(" = ").map(|(id, _)| id.to_owned()))
            .filter(|id| {
                ["template-", "catalogue-"]
                    .iter()
                    .any(|p| id.starts_with(p))
            })
            .collect()
    }

    #[test]
    fn the_template_list_speaks_the_current_language() {
        crate::i18n::set_current(crate::i18n::Language::English);
        let english: Vec<String> = catalogue(crate::i18n::current())
            .iter()
            .map(|info| info.title.clone())
            .collect();
        crate::i18n::set_current(crate::i18n::Language::Finnish);
        let finnish: Vec<String> = catalogue(crate::i18n::current())
            .iter()
            .map(|info| info.title.clone())
            .collect();
        crate::i18n::set_current(crate::i18n::Language::English);
        assert_eq!(english.len(), finnish.len());
        assert_ne!(english, finnish, "the Finnish list is in Finnish");
        assert_eq!(
            catalogue(crate::i18n::current())
                .iter()
                .map(|info| info.title.clone())
                .collect::<Vec<_>>(),
            english
        );
    }

    #[test]
    fn starting_designs_are_created_in_the_users_language_and_every_message_is_theirs() {
        set_current(Language::Swedish);
        let mut applied = std::collections::BTreeSet::new();
        for template in TEMPLATES {
            let original = template.design().expect("loads");
            let localized = template
                .localized_design(crate::i18n::current())
                .expect("loads");
            assert_eq!(
                localized.stages.keys().collect::<Vec<_>>(),
                original.stages.keys().collect::<Vec<_>>(),
                "ids stay"
            );
            let prefix = format!("template-{}", template.name);
            let mut check = |id: String, before: &str, after: &str| {
                if crate::i18n::try_text(&id).is_some() {
                    assert_eq!(english(&id), before, "{id} says what the file says");
                    assert_eq!(after, crate::i18n::text(&id), "{id} is applied");
                    applied.insert(id);
                }
            };
            check(format!("{prefix}-name"), &original.name, &localized.name);
            check(format!("{prefix}-notes"), &original.notes, &localized.notes);
            for (stage_id, stage) in &original.stages {
                let shown = &localized.stages[stage_id];
                check(
                    format!("{prefix}-stage-{stage_id}"),
                    &stage.name,
                    &shown.name,
                );
                let notes = format!("{prefix}-stage-{stage_id}-notes");
                check(notes, &stage.notes, &shown.notes);
            }
            for (source_id, source) in &original.sources {
                let shown = &localized.sources[source_id].name;
                check(format!("{prefix}-source-{source_id}"), &source.name, shown);
            }
            for (index, (planned, shown)) in original.plan.iter().zip(&localized.plan).enumerate() {
                check(format!("{prefix}-move-{index}"), &planned.name, &shown.name);
                check(
                    format!("{prefix}-move-{index}-notes"),
                    &planned.notes,
                    &shown.notes,
                );
            }
            let (before, after) = (&original.presentation, &localized.presentation);
            check(format!("{prefix}-title"), &before.title, &after.title);
            check(
                format!("{prefix}-subtitle"),
                &before.subtitle,
                &after.subtitle,
            );
            for (role_id, role) in &original.roles {
                let shown = &localized.roles[role_id];
                check(format!("catalogue-role-{role_id}"), &role.name, &shown.name);
                check(
                    format!("catalogue-role-{role_id}-short"),
                    &role.short_name,
                    &shown.short_name,
                );
            }
            for (tool_id, tool) in &original.tools {
                let shown = &localized.tools[tool_id];
                check(format!("catalogue-tool-{tool_id}"), &tool.name, &shown.name);
                check(
                    format!("catalogue-tool-{tool_id}-short"),
                    &tool.short_name,
                    &shown.short_name,
                );
            }
        }
        let silo =
            super::localized_design_named("sales-silo", crate::i18n::current()).expect("silo");
        assert_eq!(
            silo.stages[&crate::design::StageId::new("qualify")].name,
            "Kvalificera"
        );
        for id in design_message_ids() {
            assert!(
                applied.contains(&id),
                "{id} names nothing in a starting design"
            );
        }
        // What a user typed stays as typed.
        let mut typed = super::example("sales-silo");
        typed.name = "Vår egen plan".to_owned();
        if let Some(stage) = typed.stages.values_mut().next() {
            stage.name = "Egen fas".to_owned();
        }
        let before = typed.clone();
        in_language(&mut typed, Some("sales-silo"), crate::i18n::current());
        assert_eq!(typed.name, before.name);
        assert_eq!(
            typed.stages.values().next().map(|s| s.name.clone()),
            Some("Egen fas".to_owned())
        );
        set_current(Language::English);
    }
}
