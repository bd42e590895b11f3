//! Settings from the config file, laid under the command line and the environment.

use super::{Args, Command, LangArg, ThemeArg};
use crate::app::ThemeName;
use crate::config::Config;
use crate::data::Lang;
use clap::ValueEnum;

impl Args {
    /// Whether this command reads the config file: those that only describe the program
    /// or the config itself work with a broken one.
    pub fn reads_config(&self) -> bool {
        !self.credits
            && !matches!(
                self.command,
                Some(Command::Config { .. } | Command::Completions { .. } | Command::Man)
            )
    }

    /// Fills what the command line and the environment left open from the config file,
    /// which ranks below both.
    pub fn apply(&mut self, config: &Config) {
        if self.lang.is_none() {
            self.lang = config.lang.map(|l| match l {
                Lang::En => LangArg::En,
                Lang::Ru => LangArg::Ru,
            });
        }
        if self.theme.is_none() {
            if let Some(custom) = config.custom_theme() {
                crate::ui::theme::install_custom(custom.based_on, custom.build());
                self.theme = Some(ThemeArg::from(custom.based_on));
            } else if let Some(name) = &config.theme {
                self.theme = ThemeArg::from_str(name, false).ok();
            }
        }
        if self.data.is_none() {
            // A relative path in the file is relative to the file's folder.
            let folder = config.path.as_deref().and_then(std::path::Path::parent);
            self.data = config.data.as_ref().map(|d| match folder {
                Some(f) if d.is_relative() => f.join(d),
                _ => d.clone(),
            });
        }
        if config.mouse == Some(false) {
            self.no_mouse = true;
        }
        self.config_tab = config.tab;
    }
}

impl From<ThemeName> for ThemeArg {
    fn from(t: ThemeName) -> ThemeArg {
        match t {
            ThemeName::Dark => ThemeArg::Dark,
            ThemeName::Light => ThemeArg::Light,
            ThemeName::HighContrast => ThemeArg::HighContrast,
            ThemeName::Mono => ThemeArg::Mono,
        }
    }
}
