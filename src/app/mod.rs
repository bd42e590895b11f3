//! Application state and the one function that changes it.
//!
//! Data flows one way: keys and mouse become [`Action`]s (`keys`), [`update`] applies them
//! to [`App`], and the view draws from `&App`.

pub mod action;
pub mod bindings;
pub mod columns;
mod configure;
pub mod deck;
pub mod deck_file;
pub mod facet_panel;
pub mod filters;
pub mod help;
pub mod jumps;
pub mod key;
pub mod keymap;
pub mod layout;
pub mod map;
pub mod map_places;
mod measured;
mod mouse;
mod moves;
mod open;
pub mod outcomes;
pub mod present;
mod read;
pub mod results;
pub mod russian_layout;
pub mod search_state;
pub mod searcher;
pub mod settings;
pub mod shape;
pub mod state;
pub mod tab;
pub mod text;
pub mod timeline;
pub mod update;

pub use action::Action;
pub use keymap::{action_for, Keymap};
pub use search_state::{SearchJob, BACKGROUND_SEARCH_FROM};
pub use searcher::Searcher;
pub use state::{App, List, Mode, Settings, Sort, ThemeName};
pub use tab::Tab;
pub use update::{update, update_blocking, Effect};
