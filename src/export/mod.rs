//! Exports of what the dashboard shows: a Markdown brief to send, a CSV table for a
//! spreadsheet, or a JSON dataset that the dashboard can open again.
//!
//! Everything here is pure text building except the [`atomic`] writer, so the dashboard and
//! the command line produce the same bytes.

pub mod atomic;
mod csv;
mod deck;
pub mod html;
mod json;
mod markdown;
mod name;

pub use atomic::{write_atomic, write_new_file};
pub use csv::{csv, csv_field, CSV_HEADER, SOURCES_SEPARATOR};
pub use deck::deck_json;
pub use json::json;
pub use markdown::markdown;
pub use name::{deck_file_name, file_name};

use crate::app::App;
use crate::data::{Category, RecordRef};

/// What an export is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Markdown brief
    Md,
    /// A CSV table, one row per record
    Csv,
    /// A dataset in the dashboard's own format
    Json,
    /// A self-contained HTML handout (with `--deck`: the slides, one per printed page)
    Html,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Html => "html",
        }
    }

    /// The export of `records` in this format.
    pub fn render(self, app: &App, records: &[RecordRef]) -> String {
        match self {
            Format::Md => markdown(app, records),
            Format::Csv => csv(app, records),
            Format::Json => json(app, records),
            Format::Html => html::html(app, records),
        }
    }
}

/// The records the app shows, in display order: every category's, or only `tab`'s.
pub fn selection(app: &App, tab: Option<Category>) -> Vec<RecordRef> {
    Category::ALL
        .into_iter()
        .filter(|&c| tab.is_none_or(|t| t == c))
        .flat_map(|c| app.list(c).rows.iter().map(|h| h.record))
        .collect()
}
