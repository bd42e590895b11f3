//! The help screen's content: every key of the dashboard, from the key table.

use super::keymap::{help_rows, Layer};
use super::tab::Tab;
use crate::data::Lang;
use crate::words::W;

/// Every key, by what it does, and the mouse.
pub fn rows(lang: Lang) -> Vec<(String, &'static str)> {
    let mut rows = help_rows(&[Layer::Normal], lang, Tab::ALL.len());
    rows.push((W::Mouse.get(lang).to_string(), W::MouseHelp.get(lang)));
    rows
}
