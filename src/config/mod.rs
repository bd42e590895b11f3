//! The config file: theme, language, mouse, first view, default dataset, custom themes and
//! key bindings, read once at start-up and checked whole before the terminal is touched.
//!
//! Precedence, highest first: the command line, the environment, this file, the defaults.

mod colour;
mod default_file;
mod file;

use std::fmt;
use std::path::{Path, PathBuf};

use crate::app::keymap::Rebind;
use crate::app::Tab;
use crate::data::Lang;

pub use colour::{colour_name, contrast, parse_colour, CustomTheme};
pub use default_file::default_file;

/// What the config file asks for; `None` where it is silent.
#[derive(Debug, Default)]
pub struct Config {
    /// The file it came from; none when there is no file.
    pub path: Option<PathBuf>,
    /// A built-in theme's name or one of `themes`.
    pub theme: Option<String>,
    pub lang: Option<Lang>,
    pub mouse: Option<bool>,
    pub tab: Option<Tab>,
    pub data: Option<PathBuf>,
    pub themes: Vec<CustomTheme>,
    pub rebinds: Vec<Rebind>,
    /// Things allowed but worth saying, such as a theme hard to read.
    pub warnings: Vec<String>,
}

impl Config {
    /// The custom theme `theme` names, if it names one.
    pub fn custom_theme(&self) -> Option<&CustomTheme> {
        let name = self.theme.as_deref()?;
        self.themes.iter().find(|t| t.name == name)
    }
}

/// Why a config file was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// The file exists but could not be read (exit 1).
    Read { file: PathBuf, reason: String },
    /// The file was read and is wrong (exit 2): where, and what was expected.
    Invalid {
        file: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
}

impl ConfigError {
    /// Whether the file could not be read at all, rather than read and found wrong.
    pub fn is_io(&self) -> bool {
        matches!(self, ConfigError::Read { .. })
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Read { file, reason } => {
                write!(f, "cannot read config {}: {reason}", file.display())
            }
            ConfigError::Invalid {
                file,
                line,
                column,
                message,
            } => write!(f, "config {}:{line}:{column}: {message}", file.display()),
        }
    }
}

/// Where the config file is read from when `--config` is not given:
/// `$XDG_CONFIG_HOME/visit-dash/config.toml`, `~/.config/visit-dash/config.toml` when that
/// is unset on Unix, the platform's config folder elsewhere.
pub fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .filter(|p| p.is_absolute());
    let base = match base {
        Some(b) => Some(b),
        None if cfg!(unix) => dirs::home_dir().map(|h| h.join(".config")),
        None => dirs::config_dir(),
    };
    base.map(|b| b.join("visit-dash").join("config.toml"))
}

/// Reads the config: `explicit` (from `--config`) must exist; the default file may not.
pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
    let (path, required) = match explicit {
        Some(p) => (p.to_path_buf(), true),
        None => match default_path() {
            Some(p) => (p, false),
            None => return Ok(Config::default()),
        },
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if !required && e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Config::default())
        }
        Err(e) => {
            return Err(ConfigError::Read {
                file: path,
                reason: e.to_string(),
            })
        }
    };
    let mut config = parse(&text, &path)?;
    config.path = Some(path);
    Ok(config)
}

/// Parses and checks a config file's text; `file` names it in messages.
pub fn parse(text: &str, file: &Path) -> Result<Config, ConfigError> {
    file::parse(text).map_err(|(offset, message)| {
        let (line, column) = line_column(text, offset);
        ConfigError::Invalid {
            file: file.to_path_buf(),
            line,
            column,
            message,
        }
    })
}

/// The 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::line_column;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "a = 1\nбб = 2\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 6), (2, 1));
        // After two two-byte letters: the third character.
        assert_eq!(line_column(text, 10), (2, 3));
        assert_eq!(line_column(text, 999), (3, 1));
    }
}
