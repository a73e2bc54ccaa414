//! Texts of a report in both languages, each marked by whose words it is.

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A text in Japanese and English, marked by whose words it is. The English is always our
/// translation (the notice is in Japanese only); the mark is about the Japanese.
///
/// In a report file: `Quote(ja: "…", en: "…")`, `Ours(ja: "…", en: "…")` or
/// `NameOurEnglish(ja: "…", en: "…")`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum Text {
    /// The notice's own words, verbatim (whitespace aside).
    Quote {
        /// Japanese, exactly as in the notice.
        ja: String,
        /// English: our translation.
        en: String,
    },
    /// Our wording: a summary, a label or a heading written for the dashboard.
    Ours {
        /// Japanese, our wording.
        ja: String,
        /// English: our translation.
        en: String,
    },
    /// A name quoted from the notice whose English rendering is ours, not the organisation's
    /// (the notice gives no English name; e.g. it never expands リクオプ). Shown in English
    /// together with the Japanese name, so that a caller can ask for it by that name.
    NameOurEnglish {
        /// The name exactly as in the notice.
        ja: String,
        /// Our English rendering of the name.
        en: String,
    },
}

/// Whose words a [`Text`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// The notice's own words.
    Quote,
    /// Our wording.
    Ours,
    /// A name from the notice with an English rendering of ours.
    NameOurEnglish,
}

impl Default for Text {
    fn default() -> Self {
        Self::Ours {
            ja: String::new(),
            en: String::new(),
        }
    }
}

impl Text {
    /// Our wording in both languages.
    pub fn ours(ja: impl Into<String>, en: impl Into<String>) -> Self {
        Self::Ours {
            ja: ja.into(),
            en: en.into(),
        }
    }

    /// The Japanese.
    pub fn ja(&self) -> &str {
        match self {
            Self::Quote { ja, .. } | Self::Ours { ja, .. } | Self::NameOurEnglish { ja, .. } => ja,
        }
    }

    /// The English.
    pub fn en(&self) -> &str {
        match self {
            Self::Quote { en, .. } | Self::Ours { en, .. } | Self::NameOurEnglish { en, .. } => en,
        }
    }

    /// Whose words it is.
    pub fn origin(&self) -> Origin {
        match self {
            Self::Quote { .. } => Origin::Quote,
            Self::Ours { .. } => Origin::Ours,
            Self::NameOurEnglish { .. } => Origin::NameOurEnglish,
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(self.ja(), self.en())
    }

    /// The text as shown to a reader of `lang`: a name whose English is ours carries the
    /// Japanese name beside it in English ("Recruit Options service centre (リクオプサービス
    /// センター; English name ours)").
    pub fn shown(&self, lang: Lang) -> std::borrow::Cow<'_, str> {
        match (self, lang) {
            (Self::NameOurEnglish { ja, en }, Lang::En) => {
                std::borrow::Cow::Owned(format!("{en} ({ja}; English name ours)"))
            }
            _ => std::borrow::Cow::Borrowed(self.get(lang)),
        }
    }
}
