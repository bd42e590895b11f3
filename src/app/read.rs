//! How the view, the loop and the command line read the state: each part by a method that
//! hands out a copy or a shared borrow, so only `update` changes it.

use std::sync::Arc;

use crate::data::{Dataset, Lang};
use crate::search::LazyIndex;

use super::columns::Columns;
use super::deck::Deck;
use super::facet_panel::FacetPanel;
use super::filters::Filters;
use super::jumps::Jumps;
use super::measured::Measured;
use super::settings::{Settings, ThemeName};
use super::state::{App, Cursor, List, Mode};
use super::tab::Tab;

impl App {
    pub fn data(&self) -> &Arc<Dataset> {
        &self.data
    }

    /// The search index (built on first use for a large dataset).
    pub fn index(&self) -> &Arc<LazyIndex> {
        &self.index
    }

    pub fn tab(&self) -> Tab {
        self.tab
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn settings(&self) -> Settings {
        self.settings
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    pub fn theme(&self) -> ThemeName {
        self.settings.theme
    }

    /// The facet filters on (the chips).
    pub fn filters(&self) -> &Filters {
        &self.filters
    }

    /// Every category's table, in `Category::ALL` order.
    pub fn lists(&self) -> &[List; 4] {
        &self.lists
    }

    /// The timeline's selection and window.
    pub fn timeline(&self) -> Cursor {
        self.timeline
    }

    /// The sources view's selection and window.
    pub fn sources(&self) -> Cursor {
        self.sources
    }

    /// The Overview's outcome list: `selected` counts outcomes, `offset` rows.
    pub fn overview(&self) -> Cursor {
        self.overview
    }

    pub fn jumps(&self) -> &Jumps {
        &self.jumps
    }

    /// The cursor in the detail's related records, while the keys move there.
    pub fn related(&self) -> Option<usize> {
        self.related
    }

    /// Each record table's columns as chosen, and the column chooser.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    pub fn panel(&self) -> &FacetPanel {
        &self.panel
    }

    /// The detail pane fills the body.
    pub fn zoom(&self) -> bool {
        self.zoom
    }

    /// The detail pane is hidden (`z`).
    pub fn detail_hidden(&self) -> bool {
        self.detail_hidden
    }

    pub fn detail_scroll(&self) -> u16 {
        self.detail_scroll
    }

    pub fn help_scroll(&self) -> u16 {
        self.help_scroll
    }

    /// The terminal's width, as last reported.
    pub fn width(&self) -> u16 {
        self.width
    }

    /// The terminal's height, as last reported.
    pub fn height(&self) -> u16 {
        self.height
    }

    /// The footer's one-line message, until the next key.
    pub fn toast(&self) -> Option<&str> {
        self.toast.as_deref()
    }

    /// The user asked to leave.
    pub fn quit(&self) -> bool {
        self.quit
    }

    /// The slides and where the presenter is in them.
    pub fn deck(&self) -> &Deck {
        &self.deck
    }

    /// Where the view records what it measured while drawing.
    pub fn measured(&self) -> &Measured {
        &self.measured
    }
}
