//! Leadflow in the user's language: English, Swedish, Danish and Finnish. Messages live in
//! Fluent files, one per language (`assets/locales/<code>/leadflow.ftl`), compiled in; numbers,
//! money and dates are formatted here per language ([`format`]), as Fluent does not.
//!
//! The language is the current thread's ([`current`], [`set_current`]): the editor sets it from
//! its settings each frame, a command from `--lang`, and work handed to a worker thread takes
//! it along (see `app::background`). Tests in parallel threads can then speak different
//! languages without stepping on each other.

pub mod format;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en",
        // Unicode isolation marks around placeables would show as boxes in exported SVG text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language Leadflow speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    #[default]
    English,
    Swedish,
    Danish,
    Finnish,
}

impl Language {
    /// Every language, in the order the menu lists them.
    pub const ALL: [Self; 4] = [Self::English, Self::Swedish, Self::Danish, Self::Finnish];

    /// The ISO 639-1 code: `en`, `sv`, `da`, `fi` (also what `--lang` takes).
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::Swedish => "sv",
            Self::Danish => "da",
            Self::Finnish => "fi",
        }
    }

    /// The language's name in itself, as a language menu lists it.
    #[must_use]
    pub fn own_name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::Swedish => "Svenska",
            Self::Danish => "Dansk",
            Self::Finnish => "Suomi",
        }
    }

    /// The language of a code or a locale tag (`sv`, `sv-SE`, `da_DK.UTF-8`, `fi-FI`); none
    /// for any other.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Self::English),
            // Norwegian Bokmål readers are closer to Danish and Swedish than to English, but
            // guessing for them is not ours to do: only the four languages are matched.
            "sv" => Some(Self::Swedish),
            "da" => Some(Self::Danish),
            "fi" => Some(Self::Finnish),
            _ => None,
        }
    }

    /// The system's language if Leadflow speaks it, otherwise English.
    #[must_use]
    pub fn of_system() -> Self {
        sys_locale::get_locales()
            .find_map(|tag| Self::from_tag(&tag))
            .unwrap_or_default()
    }

    fn identifier(self) -> LanguageIdentifier {
        match self {
            Self::English => langid!("en"),
            Self::Swedish => langid!("sv"),
            Self::Danish => langid!("da"),
            Self::Finnish => langid!("fi"),
        }
    }
}

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// The current thread's language.
#[must_use]
pub fn current() -> Language {
    CURRENT.with(Cell::get)
}

/// Makes `language` the current thread's.
pub fn set_current(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// A value handed to a message: text shown as it is, or a number a message chooses its plural
/// form by (shown by Fluent as plain digits, so numbers meant to be read are formatted with
/// [`format`] and handed over as text).
pub type Arg<'a> = FluentValue<'a>;

/// The message `id` in the current language.
#[must_use]
pub fn text(id: &str) -> String {
    LOCALES.lookup(&current().identifier(), id)
}

/// The message `id` in the current language with its placeables filled in.
#[must_use]
pub fn text_with(id: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
        .collect();
    LOCALES.lookup_with_args(&current().identifier(), id, &args)
}

/// The message `id` in `language` when it has one of its own (no falling back to English): for
/// the test that every language has every message.
#[doc(hidden)]
#[must_use]
pub fn has_message(language: Language, id: &str) -> bool {
    LOCALES
        .lookup_single_language::<&str>(&language.identifier(), id, None)
        .is_ok()
}

/// A message in the current language: `tr!("menu-file")`, or with placeables,
/// `tr!("status-errors", count = errors)`.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {
        $crate::i18n::text($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_with(
            $id,
            &[$((stringify!($name), $crate::i18n::Arg::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn locale_tags_name_their_language() {
        assert_eq!(Language::from_tag("sv-SE"), Some(Language::Swedish));
        assert_eq!(Language::from_tag("da_DK.UTF-8"), Some(Language::Danish));
        assert_eq!(Language::from_tag("fi"), Some(Language::Finnish));
        assert_eq!(Language::from_tag("en-GB"), Some(Language::English));
        assert_eq!(Language::from_tag("nb-NO"), None);
        assert_eq!(Language::from_tag(""), None);
    }
}
