//! Why a command failed, and the exit code each reason ends with.

use std::io;

use super::{EXIT_DATA, EXIT_FAILURE, EXIT_USAGE};
use crate::config::ConfigError;
use crate::data::LoadError;

/// Why a command failed, and so which exit code it ends with.
#[derive(Debug)]
pub enum Failure {
    /// A data file that could not be read (exit 1) or was read and found wrong (exit 3).
    Data(LoadError),
    Io(io::Error),
    /// Arguments that parse but name nothing in the dataset.
    Usage(String),
    /// A frame that could not be drawn.
    Draw(String),
    /// A search that found nothing (exit 1, as grep does).
    NoMatch(String),
    /// A config file that could not be read (exit 1) or was read and found wrong (exit 2).
    Config(ConfigError),
    /// A deck file that could not be read or was found wrong (exit 3, as the dashboard).
    Deck(String),
}

impl Failure {
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Data(e) if e.is_io() => EXIT_FAILURE,
            Failure::Data(_) | Failure::Deck(_) => EXIT_DATA,
            Failure::Io(_) | Failure::Draw(_) => EXIT_FAILURE,
            Failure::Usage(_) => EXIT_USAGE,
            Failure::NoMatch(_) => EXIT_FAILURE,
            Failure::Config(e) if e.is_io() => EXIT_FAILURE,
            Failure::Config(_) => EXIT_USAGE,
        }
    }

    /// Whether the message is worth printing: "no match" only to someone at a terminal,
    /// since scripts read the exit code.
    pub fn says_something(&self, stdout_is_terminal: bool) -> bool {
        !matches!(self, Failure::NoMatch(_)) || stdout_is_terminal
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Data(e) => write!(f, "{e}"),
            Failure::Io(e) => write!(f, "cannot write output: {e}"),
            Failure::Usage(m) => write!(f, "{m}"),
            Failure::Draw(m) => write!(f, "cannot draw: {m}"),
            Failure::NoMatch(q) => write!(f, "no record matches `{q}`"),
            Failure::Config(e) => write!(f, "{e}"),
            Failure::Deck(m) => write!(f, "{m}"),
        }
    }
}

impl From<LoadError> for Failure {
    fn from(e: LoadError) -> Self {
        Failure::Data(e)
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}
