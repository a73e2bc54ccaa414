//! The two languages of the dashboard and its exports: Japanese first, English switchable.

use serde::{Deserialize, Serialize};

/// A display language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(clap::ValueEnum))]
pub enum Lang {
    /// 日本語 (the default, and the language of the source).
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Japanese first.
    pub const ALL: [Self; 2] = [Self::Ja, Self::En];

    /// Picks the Japanese or the English text.
    pub fn pick<'a>(self, ja: &'a str, en: &'a str) -> &'a str {
        match self {
            Self::Ja => ja,
            Self::En => en,
        }
    }

    /// The language's own name, as shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::Ja => "日本語",
            Self::En => "English",
        }
    }
}
