//! Keys, mouse reports and pastes read from the terminal's raw bytes.
//!
//! crossterm's own reader drops everything it holds when a byte is not UTF-8, so a stray
//! byte ate the key typed after it. This parser drops the bad byte alone and goes on at the
//! next one. It yields crossterm's event types, so the rest of the app is unchanged.

mod escape;
mod parse;
#[cfg(test)]
mod prop_tests;
#[cfg(unix)]
mod reader;
#[cfg(test)]
mod tests;

pub use parse::{Parser, MAX_PASTE_BYTES};
#[cfg(unix)]
pub use reader::Reader;
