//! The help screen's content: every key of the dashboard, from the key table.

use super::keymap::{help_rows, Layer};
use super::tab::Tab;
use crate::data::Lang;

/// Every key, by what it does, and the mouse.
pub fn rows(lang: Lang) -> Vec<(String, &'static str)> {
    let mut rows = help_rows(&[Layer::Normal], lang, Tab::ALL.len());
    let mouse = match lang {
        Lang::En => ("mouse", "click a tab or a row; the wheel scrolls"),
        Lang::Ru => ("мышь", "щелчок по вкладке или строке; колесо — прокрутка"),
    };
    rows.push((mouse.0.to_string(), mouse.1));
    rows
}
