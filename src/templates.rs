//! The built-in starting designs, compiled in from `assets/examples/*.ron` so the binary
//! carries them and every one is also an ordinary file a user can open.

use crate::design::Design;
use crate::file::{self, LoadError};

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
];

/// The design the app opens when started without a file.
pub const DEFAULT_TEMPLATE: &str = "sales-silo";

impl Template {
    /// Parses the design.
    ///
    /// # Errors
    /// Only if a bundled file is broken, which the test suite rules out.
    pub fn design(&self) -> Result<Design, LoadError> {
        file::design_from_bytes(self.ron.as_bytes(), &format!("{}.ron", self.name))
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

/// Every template's title and notes, parsed on first use and kept: lists redraw every frame.
#[must_use]
pub fn catalogue() -> &'static [TemplateInfo] {
    static CATALOGUE: std::sync::OnceLock<Vec<TemplateInfo>> = std::sync::OnceLock::new();
    CATALOGUE.get_or_init(|| {
        TEMPLATES
            .iter()
            .map(|template| {
                let (title, notes) = template.design().map_or_else(
                    |error| (template.name.to_owned(), error.to_string()),
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
