//! Helpers the test crates share: a dashboard on the embedded dataset, keys pressed the way
//! a user presses them, and the fixture folders.

// Each test crate compiles this module and uses only part of it.
#![allow(dead_code)]

#[cfg(unix)]
pub mod pty;

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use visit_dash::app::keymap::Layer;
use visit_dash::app::{action_for, update, Action, App, Effect};
use visit_dash::data::{default_dataset, Dataset};

/// The dataset most behaviour is tested on: the interview alone (a format-1 file, read as a
/// one-source dataset). It is small and fixed, so what a test expects of it stays true while
/// the embedded dataset grows.
pub fn dataset() -> Dataset {
    let path = interview();
    visit_dash::data::load_file(&path, u64::MAX)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The interview fixture's path.
pub fn interview() -> PathBuf {
    tests_dir().join("fixtures/format1/tokayev-china-2025-interview.json")
}

/// The embedded dataset: the visit from every source.
pub fn embedded() -> Dataset {
    default_dataset().unwrap_or_else(|e| panic!("embedded dataset: {e}"))
}

/// A fresh dashboard on the embedded dataset, sized `w` x `h`.
pub fn app(w: u16, h: u16) -> App {
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(w, h));
    app
}

/// Presses one key: maps it through the key map for the current mode, then applies it.
/// A key that means nothing in that mode fails the test, so typos in tests show up.
pub fn press_with(app: &mut App, code: KeyCode, modifiers: KeyModifiers) -> Effect {
    let event = KeyEvent::new(code, modifiers);
    let action = action_for(event, Layer::of_app(app))
        .unwrap_or_else(|| panic!("{event:?} does nothing in {:?} mode", app.mode()));
    let effect = update(app, action);
    // As the loop does: what changed is drawn, and the view measures what it draws.
    if effect != Effect::None {
        draw(app);
    }
    effect
}

/// Draws a frame of the app at its size, as the loop would after an update.
pub fn draw(app: &App) {
    let backend = ratatui::backend::TestBackend::new(app.width(), app.height());
    let mut terminal = ratatui::Terminal::new(backend).expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
}

pub fn press(app: &mut App, code: KeyCode) -> Effect {
    press_with(app, code, KeyModifiers::NONE)
}

/// Types each char of `keys` as a key press.
pub fn keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// The project's `tests/` folder.
pub fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

/// The names of the entries of `dir`, sorted; fails the test if it cannot be listed.
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}
