//! The deck as shaped in the slide index, written as a deck file that `--deck` opens again.

use crate::app::deck_file::write;
use crate::app::shape::plan_of;
use crate::app::App;

/// The deck file of the deck `app` presents: its running order with hidden slides and
/// notes, its title and duration; pretty JSON ending in a newline.
pub fn deck_json(app: &App) -> serde_json::Result<String> {
    let file = write(app.data(), &plan_of(app.deck()));
    let mut text = serde_json::to_string_pretty(&file)?;
    text.push('\n');
    Ok(text)
}
