//! Stable identifiers. Ids are short human-readable slugs (`"qualify"`, `"sdr"`), not vector
//! indexes, so flows survive deletes and saved files diff cleanly.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps a slug as an id.
            pub fn new(slug: impl Into<String>) -> Self {
                Self(slug.into())
            }

            /// The slug as written in the file.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(slug: String) -> Self {
                Self(slug)
            }
        }

        impl From<&str> for $name {
            fn from(slug: &str) -> Self {
                Self(slug.to_owned())
            }
        }
    };
}

slug_id!(
    /// Identifies a stage of the process.
    StageId
);
slug_id!(
    /// Identifies a lead source.
    SourceId
);
slug_id!(
    /// Identifies a role in the design's catalogue.
    RoleId
);
slug_id!(
    /// Identifies a tool in the design's catalogue.
    ToolId
);

/// Turns a display name into a slug: lower case ASCII letters and digits joined by `-`.
#[must_use]
pub fn slugify(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for ch in name.chars() {
        if ch.is_ascii_alphanumeric() {
            slug.push(ch.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
    }
    while slug.ends_with('-') {
        slug.pop();
    }
    if slug.is_empty() {
        slug.push_str("item");
    }
    slug
}

/// A slug from `name` that `taken` does not yet contain (`qualify`, `qualify-2`, …).
#[must_use]
pub fn unique_slug(name: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = slugify(name);
    if !taken(&base) {
        return base;
    }
    (2..=u32::MAX)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lower_case_and_hyphenated() {
        assert_eq!(slugify("Make contact"), "make-contact");
        assert_eq!(slugify("  First check-in!"), "first-check-in");
        assert_eq!(slugify("€€"), "item");
    }

    #[test]
    fn unique_slug_counts_up() {
        let taken = ["qualify", "qualify-2"];
        assert_eq!(unique_slug("Qualify", |s| taken.contains(&s)), "qualify-3");
        assert_eq!(unique_slug("Present", |s| taken.contains(&s)), "present");
    }
}
