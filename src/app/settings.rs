//! Settings a user picks while browsing: the language, the colour theme and the order of
//! a table.

use crate::data::Lang;
use crate::words::W;

/// The language and the colour theme, set from the command line and the config, and
/// changed with keys.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub lang: Lang,
    pub theme: ThemeName,
}

/// The order of a table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first while searching, article order otherwise.
    #[default]
    Natural,
    Title,
    /// Done first, then under way, then intended.
    Status,
}

impl Sort {
    pub fn next(self) -> Sort {
        match self {
            Sort::Natural => Sort::Title,
            Sort::Title => Sort::Status,
            Sort::Status => Sort::Natural,
        }
    }

    pub fn label(self, searching: bool, lang: Lang) -> &'static str {
        let word = match (self, searching) {
            (Sort::Natural, true) => W::SortRelevance,
            (Sort::Natural, false) => W::SortArticle,
            (Sort::Title, _) => W::SortTitle,
            (Sort::Status, _) => W::SortStatus,
        };
        word.get(lang)
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ThemeName {
    #[default]
    Dark,
    Light,
    HighContrast,
    /// Modifiers only, for NO_COLOR.
    Mono,
}

impl ThemeName {
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Dark => ThemeName::Light,
            ThemeName::Light => ThemeName::HighContrast,
            ThemeName::HighContrast => ThemeName::Dark,
            // NO_COLOR asked for no colour: cycling must not bring it back.
            ThemeName::Mono => ThemeName::Mono,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Mono => "mono",
        }
    }
}
