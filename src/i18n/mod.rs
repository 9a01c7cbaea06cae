//! Leadflow in the user's language: English, Swedish, Danish and Finnish. Messages live in
//! Fluent files, one per language (`assets/locales/<code>/leadflow.ftl`), compiled in; numbers,
//! money and dates are formatted here per language ([`format`]), as Fluent does not.
//!
//! What the pure layers find is a [`Message`]: an id and typed values, worded where it is shown
//! in the language of that place. The editor's language is the current thread's ([`current`],
//! [`set_current`], set from the preferences each frame; a command's from `--lang`); workers
//! make no words and need none. Tests in parallel threads can speak different languages
//! without stepping on each other.

pub mod format;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
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

// The loader reads the files while compiling but does not tell Cargo; naming them here does,
// so an edited translation is compiled in at the next build.
const _TRACKED: [&str; 4] = [
    include_str!("../../assets/locales/en/leadflow.ftl"),
    include_str!("../../assets/locales/sv/leadflow.ftl"),
    include_str!("../../assets/locales/da/leadflow.ftl"),
    include_str!("../../assets/locales/fi/leadflow.ftl"),
];

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
        // The four codes are well-formed tags; `und` (any language) would fall back to English.
        self.code().parse().unwrap_or_default()
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

/// The message `id` in the current language, if there is one (for messages looked up by a
/// name made at run time, such as a starting design's stage).
#[must_use]
pub fn try_text(id: &str) -> Option<String> {
    LOCALES.try_lookup(&current().identifier(), id)
}

/// The message `id` in English, whatever the current language: for what must not change with
/// it (ids made from a name).
#[must_use]
pub fn english(id: &str) -> String {
    LOCALES.lookup(&Language::English.identifier(), id)
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

/// Whether `language` has a message `id` of its own (no falling back to English) that takes
/// exactly `placeables`: for the test that every language has every message.
#[doc(hidden)]
#[must_use]
pub fn has_message(language: Language, id: &str, placeables: &[&str]) -> bool {
    let args: HashMap<&str, FluentValue<'_>> = placeables
        .iter()
        .map(|name| (*name, FluentValue::from("x")))
        .collect();
    LOCALES
        .lookup_single_language(&language.identifier(), id, Some(&args))
        .is_ok()
}

/// A text worded where it is shown, in the language of that place: a message id and its
/// values, typed. What the pure layers find (validation's findings) carries one of these
/// rather than a sentence, so the editor, a slide and the command line each word it in their
/// own language, and a change of language re-words it at once.
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// The Fluent message.
    pub id: &'static str,
    /// Its placeables.
    pub args: Vec<(&'static str, Value)>,
}

/// A value handed to a [`Message`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// Shown as it is: a name, an id, a figure as the file has it, what a person typed.
    Text(String),
    /// A number shown as plain digits, which a message may choose its plural form by.
    Plural(f64),
    /// A number with this many decimals in the language's style ("1 234,5").
    Number(f64, usize),
    /// A number with at most this many decimals, none that are zero ("200", "1,37").
    Short(f64, usize),
    /// A number with its sign, always ("+2,5", "−1").
    Signed(f64, usize),
    /// A whole count, grouped ("1 234").
    Count(f64),
    /// A percentage (40.0 for "40 %") with this many decimals.
    Percent(f64, usize),
    /// An amount of money in a currency, short ("1,2 mn €").
    Money(f64, String),
    /// A date in full ("31 dec. 2027").
    Date(jiff::civil::Date),
    /// Values joined by a message ("Onboarding and Upsell"), worded in the same language.
    Joined(Vec<Value>, Box<Message>),
    /// Another message, worded in the same language (a stage named inside a sentence).
    Words(Box<Message>),
}

impl Message {
    /// A message without placeables.
    #[must_use]
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// The message in `language`.
    #[must_use]
    pub fn words(&self, language: Language) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Value::Plural(number) => FluentValue::from(*number),
                    other => FluentValue::from(other.words(language)),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        if args.is_empty() {
            LOCALES.lookup(&language.identifier(), self.id)
        } else {
            LOCALES.lookup_with_args(&language.identifier(), self.id, &args)
        }
    }
}

impl Value {
    /// The value as text in `language`.
    #[must_use]
    pub fn words(&self, language: Language) -> String {
        match self {
            Self::Text(text) => text.clone(),
            Self::Plural(number) => number.to_string(),
            Self::Number(number, decimals) => format::number_in(language, *number, *decimals),
            Self::Short(number, decimals) => format::number_short_in(language, *number, *decimals),
            Self::Signed(number, decimals) => {
                let sign = if *number > 0.0 { "+" } else { "" };
                format!("{sign}{}", format::number_in(language, *number, *decimals))
            }
            Self::Count(count) => format::count_in(language, *count),
            Self::Percent(percent, decimals) => format::percent_in(language, *percent, *decimals),
            Self::Money(amount, currency) => format::money_in(language, *amount, currency),
            Self::Date(date) => format::date_long_in(language, *date),
            Self::Words(message) => message.words(language),
            Self::Joined(values, separator) => {
                let separator = separator.words(language);
                let words: Vec<String> = values.iter().map(|value| value.words(language)).collect();
                words.join(&separator)
            }
        }
    }
}

impl From<String> for Value {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<&String> for Value {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<Message> for Value {
    fn from(message: Message) -> Self {
        Self::Words(Box::new(message))
    }
}

impl From<&Message> for Value {
    fn from(message: &Message) -> Self {
        Self::Words(Box::new(message.clone()))
    }
}

macro_rules! plural_from {
    ($($number:ty),*) => {
        $(impl From<$number> for Value {
            fn from(number: $number) -> Self {
                Self::Plural(f64::from(number))
            }
        })*
    };
}
plural_from!(u8, u16, u32, i8, i16, i32, f32, f64);

// Counts of things in a design: far below 2^53, so they convert exactly.
macro_rules! plural_from_wide {
    ($($number:ty),*) => {
        $(impl From<$number> for Value {
            fn from(number: $number) -> Self {
                Self::Plural(number as f64)
            }
        })*
    };
}
plural_from_wide!(u64, usize, i64);

/// A [`Message`] to be worded later: `message!("validate-no-customer-stage")`, or with
/// placeables, `message!("validate-stage", name = name, id = id)`.
#[macro_export]
macro_rules! message {
    ($id:literal) => {
        $crate::i18n::Message::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Message {
            id: $id,
            args: vec![$((stringify!($name), ::core::convert::Into::<$crate::i18n::Value>::into($value))),+],
        }
    };
}

/// A message in the current language: `tr!("menu-file")`, or with placeables,
/// `tr!("status-unsaved", location = path)`.
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

/// A message in `language`: `tr_in!(language, "slide-no-sources")`, or with placeables,
/// `tr_in!(language, "slide-sources", sources = list)`. What the layers below the window word,
/// they word in the language they are handed.
#[macro_export]
macro_rules! tr_in {
    ($language:expr, $id:literal) => {
        $crate::i18n::Message::new($id).words($language)
    };
    ($language:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message!($id, $($name = $value),+).words($language)
    };
}

/// What the layers below the window report (a file that does not load, an export that does
/// not read): worded where it is shown.
pub trait Worded {
    /// The report in `language`.
    fn words(&self, language: Language) -> String;
}

/// A result whose error is [`Worded`], for `?` where errors are sentences (the command line).
pub trait WordedResult<T> {
    /// The error worded in `language`.
    ///
    /// # Errors
    /// The error, as a sentence.
    fn worded(self, language: Language) -> anyhow::Result<T>;
}

impl<T, E: Worded> WordedResult<T> for Result<T, E> {
    fn worded(self, language: Language) -> anyhow::Result<T> {
        self.map_err(|error| anyhow::anyhow!(error.words(language)))
    }
}

/// The message `id` (made at run time) in `language`, if `language` or English has one.
#[must_use]
pub fn try_text_in(language: Language, id: &str) -> Option<String> {
    LOCALES.try_lookup(&language.identifier(), id)
}

/// The message `id` (made at run time) in `language`.
#[must_use]
pub fn text_in(language: Language, id: &str) -> String {
    LOCALES.lookup(&language.identifier(), id)
}

#[cfg(test)]
mod tests {
    use super::{Language, has_message};
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a Fluent file with the placeables it uses.
    fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
        let path = format!("assets/locales/{}/leadflow.ftl", language.code());
        let text = std::fs::read_to_string(&path).expect("the language's file");
        let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        let mut current = None;
        for line in text.lines() {
            let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
            if starts_message && let Some((id, _)) = line.split_once(" =") {
                current = Some(id.trim().to_owned());
                messages.entry(id.trim().to_owned()).or_default();
            }
            if let Some(id) = &current {
                for (_, after) in line.match_indices('$').map(|(at, _)| line.split_at(at + 1)) {
                    let name: String = after
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    messages.entry(id.clone()).or_default().insert(name);
                }
            }
        }
        messages
    }

    fn rust_sources(directory: &std::path::Path, into: &mut String) {
        for entry in std::fs::read_dir(directory)
            .expect("a source directory")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                rust_sources(&path, into);
            } else if path.extension().is_some_and(|extension| extension == "rs") {
                into.push_str(&std::fs::read_to_string(&path).expect("a source file"));
            }
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeables_and_each_is_used() {
        let english = messages(Language::English);
        assert!(english.len() > 50, "{} messages", english.len());
        for language in Language::ALL {
            let translated = messages(language);
            let missing: Vec<&String> = english
                .keys()
                .filter(|id| !translated.contains_key(*id))
                .collect();
            let extra: Vec<&String> = translated
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{language:?} lacks {missing:?} and has {extra:?} that English has not"
            );
            for (id, placeables) in &english {
                assert_eq!(&translated[id], placeables, "{language:?} {id}");
                let names: Vec<&str> = placeables.iter().map(String::as_str).collect();
                assert!(
                    has_message(language, id, &names),
                    "{language:?} {id} compiled in"
                );
            }
        }
        let mut sources = String::new();
        rust_sources(std::path::Path::new("src"), &mut sources);
        // Messages about starting designs, roles and tools are looked up by names made from
        // their ids; `templates` tests that each names something.
        let by_name = ["template-", "catalogue-"];
        for id in english.keys() {
            if by_name.iter().any(|prefix| id.starts_with(prefix)) {
                continue;
            }
            assert!(sources.contains(&format!("\"{id}\"")), "{id} is never used");
        }
        for id in asked_for(&sources) {
            assert!(
                english.contains_key(&id),
                "\"{id}\" is asked for but has no message"
            );
        }
    }

    /// The ids the code looks up by name: in `tr!`, `text`, `text_with` and `english`, and in
    /// the arms of `message_id` functions.
    fn asked_for(sources: &str) -> BTreeSet<String> {
        let literal_after = |text: &str| -> Option<String> {
            let text = text.trim_start();
            let rest = text.strip_prefix('"')?;
            let id: String = rest.chars().take_while(|&c| c != '"').collect();
            (id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && id.contains('-'))
            .then_some(id)
        };
        let mut ids = BTreeSet::new();
        for call in [
            "tr!(",
            "message!(",
            "i18n::text(",
            "i18n::text_with(",
            "i18n::english(",
        ] {
            for (at, _) in sources.match_indices(call) {
                ids.extend(literal_after(&sources[at + call.len()..]));
            }
        }
        for (at, _) in sources.match_indices("fn message_id(") {
            let body = &sources[at..];
            let end = body.find("\n    }\n").unwrap_or(body.len());
            for (arrow, _) in body[..end].match_indices("=> ") {
                ids.extend(literal_after(&body[..end][arrow + 3..]));
            }
        }
        ids
    }

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
