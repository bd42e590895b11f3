//! The closed choices of the command line: the theme and the language.

use clap::ValueEnum;

use crate::app::ThemeName;
use crate::data::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    Dark,
    Light,
    HighContrast,
    Mono,
}

impl ThemeArg {
    /// The theme to use, given whether NO_COLOR is set.
    pub fn resolve(self, no_color: bool) -> ThemeName {
        match self {
            _ if no_color => ThemeName::Mono,
            ThemeArg::Dark => ThemeName::Dark,
            ThemeArg::Light => ThemeName::Light,
            ThemeArg::HighContrast => ThemeName::HighContrast,
            ThemeArg::Mono => ThemeName::Mono,
        }
    }
}

/// NO_COLOR, by its convention: set and not empty.
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Ru,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::En => Lang::En,
            LangArg::Ru => Lang::Ru,
        }
    }
}
