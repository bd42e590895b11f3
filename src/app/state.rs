//! The dashboard's state. Its fields are private to `app`: they change only in `update`,
//! and the view, the loop and the command line read them through methods (`read.rs`).

use std::sync::{Arc, OnceLock};

use crate::data::catalogue::{slot, Catalogue};
use crate::data::{Category, Dataset, RecordRef, Stage};
use crate::search::{Hit, LazyIndex};

use super::columns::Columns;
use super::deck::Deck;
use super::facet_panel::FacetPanel;
use super::filters::Filters;
use super::jumps::Jumps;
pub use super::measured::Measured;
use super::results::Results;
use super::search_state::Search;
pub use super::settings::{Settings, Sort, ThemeName};
use super::tab::Tab;
use crate::data::facets::{Dimension, Facts};
use crate::data::related::{related, Links, RelatedGroup};

/// What the keyboard is talking to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Normal,
    /// Typing a search query.
    Search,
    /// The facet panel is open.
    Facet,
    /// The column chooser of a record table is open.
    Columns,
    Help,
    /// Slides, full screen.
    Present,
}

/// Where the selection is in a list that is not a table of records, and the first row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

/// One category's table: the rows that pass the filters, in display order.
#[derive(Clone, Debug, Default)]
pub struct List {
    pub rows: Vec<Hit>,
    pub selected: usize,
    /// First row shown; kept so the selection moves inside a steady window.
    pub offset: usize,
    pub sort: Sort,
}

impl List {
    pub fn selected_record(&self) -> Option<RecordRef> {
        self.rows.get(self.selected).map(|h| h.record)
    }
}

pub struct App {
    pub(super) data: Arc<Dataset>,
    /// Built by the loop's search thread while the first frame draws, or by the first
    /// search that needs it sooner: the first frame never waits for it.
    pub(super) index: Arc<LazyIndex>,
    pub(super) tab: Tab,
    pub(super) mode: Mode,
    /// The query, what it found, and the search that may still run.
    pub(super) search: Search,
    /// The facet filters: values of sectors, companies, people, sources ... (the chips).
    pub(super) filters: Filters,
    /// The selection and window of the timeline and the sources views.
    pub(super) timeline: Cursor,
    pub(super) sources: Cursor,
    /// The Overview's outcome list: `selected` counts outcomes, `offset` rows.
    pub(super) overview: Cursor,
    /// Where opening things has taken the user from, to go back and forward.
    pub(super) jumps: Jumps,
    /// The cursor in the detail's related records, while the keys move there.
    pub(super) related: Option<usize>,
    /// The facet panel: its dimension, what is typed in it, its rows and cursor.
    pub(super) panel: FacetPanel,
    /// Each record table's columns as chosen, and the column chooser.
    pub(super) columns: Columns,
    pub(super) lists: [List; 4],
    /// The language and the colour theme.
    pub(super) settings: Settings,
    /// The detail pane fills the body.
    pub(super) zoom: bool,
    /// The detail pane is hidden: the table has the whole body (`z`).
    pub(super) detail_hidden: bool,
    pub(super) detail_scroll: u16,
    pub(super) help_scroll: u16,
    /// The terminal's size, for mouse hits and paging.
    pub(super) width: u16,
    pub(super) height: u16,
    /// A one-line message in the footer, until the next key.
    pub(super) toast: Option<String>,
    pub(super) quit: bool,
    /// The slides, while presenting.
    pub(super) deck: Deck,
    /// Scroll limits the view measured.
    pub(super) measured: Measured,
    /// The Map view's cursor and list (read through `map_view`).
    pub(super) map: super::map::MapView,
    /// Each record's stage and sectors, looked up once.
    catalogue: Catalogue,
    /// Each record's values on every facet dimension, looked up once.
    facts: Facts,
    /// Which records name each company, person, place, event and source: built the
    /// first time a detail pane asks for related records.
    links: OnceLock<Links>,
    /// How many of the records on show are achieved, under way, intended.
    stage_counts: [usize; 3],
    /// The search's results across every view, ranked.
    pub(super) results: Results,
}

impl App {
    pub fn new(data: Dataset) -> App {
        let data = Arc::new(data);
        let index = Arc::new(LazyIndex::new(data.clone()));
        let catalogue = Catalogue::new(&data);
        let facts = Facts::new(&data);
        // Before any search, every record shows, in article order.
        let hits = data
            .all_records()
            .map(|(record, _)| Hit { record, score: 0 })
            .collect();
        let mut app = App {
            data,
            index,
            tab: Tab::Overview,
            mode: Mode::Normal,
            search: Search::new(hits),
            filters: Filters::default(),
            timeline: Cursor::default(),
            sources: Cursor::default(),
            overview: Cursor::default(),
            jumps: Jumps::default(),
            related: None,
            panel: FacetPanel::default(),
            columns: Columns::default(),
            lists: Default::default(),
            settings: Settings::default(),
            zoom: false,
            detail_hidden: false,
            detail_scroll: 0,
            help_scroll: 0,
            width: 80,
            height: 24,
            toast: None,
            quit: false,
            deck: Deck::default(),
            measured: Measured::default(),
            map: Default::default(),
            catalogue,
            facts,
            links: OnceLock::new(),
            stage_counts: [0; 3],
            results: Results::default(),
        };
        app.refilter();
        app
    }

    pub fn list(&self, c: Category) -> &List {
        &self.lists[slot(c)]
    }

    pub(super) fn list_mut(&mut self, c: Category) -> &mut List {
        &mut self.lists[slot(c)]
    }

    /// The search's results across every view, for the result list.
    pub fn results(&self) -> &Results {
        &self.results
    }

    /// The list behind the current tab, if it has one.
    pub fn current(&self) -> Option<&List> {
        self.tab.category().map(|c| self.list(c))
    }

    pub fn selected_record(&self) -> Option<RecordRef> {
        self.current().and_then(List::selected_record)
    }

    /// A search or a facet filter narrows what the tabs show.
    pub fn filtering(&self) -> bool {
        !self.search.query.trim().is_empty() || !self.filters.is_empty()
    }

    /// The records that share a company, a person, a place, the event or a source with
    /// `r`, grouped by what they share.
    pub fn related_groups(&self, r: RecordRef) -> Vec<RelatedGroup<'_>> {
        let links = self.links.get_or_init(|| Links::new(&self.data));
        related(&self.data, links, r)
    }

    /// Each record's values on the facet dimensions.
    pub fn facts(&self) -> &Facts {
        &self.facts
    }

    /// The id of the one value filtered on `dim`, when there is exactly one (for file
    /// names and briefs).
    pub fn only_filter(&self, dim: Dimension) -> Option<&str> {
        let v = self.filters.only(dim)?;
        self.data.value(dim, v).map(|v| v.id)
    }

    /// Recomputes every table from the search hits, the facet filters and each sort,
    /// keeping each selection on the same record where it survives, and in range where not.
    pub(super) fn refilter(&mut self) {
        self.refilter_keeping(true);
    }

    /// [`App::refilter`]; without `keep`, every table starts again from its top row (as a
    /// new ranking does), and no table is searched for the record that was selected.
    pub(super) fn refilter_keeping(&mut self, keep: bool) {
        let mut rows: [Vec<Hit>; 4] = Default::default();
        // The result list: only while a query is on, in the search's order.
        let searched = !self.search.query.trim().is_empty();
        let mut ranked = Vec::with_capacity(if searched { self.search.hits.len() } else { 0 });
        let unfiltered = self.filters.is_empty();
        for h in &self.search.hits {
            if unfiltered || self.filters.passes(&self.facts, h.record, None) {
                rows[slot(h.record.category)].push(*h);
                if searched {
                    ranked.push(*h);
                }
            }
        }
        // Events and sources have no values to filter on: a filter leaves records alone.
        let items = if searched && self.filters.is_empty() {
            &self.search.items[..]
        } else {
            &[]
        };
        self.results.set(ranked, items);
        self.stage_counts = [0; 3];
        for h in rows.iter().flatten() {
            if let Some(stage) = self.stage(h.record) {
                self.stage_counts[stage_slot(stage)] += 1;
            }
        }
        for (c, rows) in Category::ALL.into_iter().zip(rows) {
            let before = self.list(c).selected_record();
            let sort = self.list(c).sort;
            let rows = self.sorted(rows, sort);
            let list = self.list_mut(c);
            list.rows = rows;
            list.selected = before
                .filter(|_| keep)
                .and_then(|r| list.rows.iter().position(|h| h.record == r))
                .unwrap_or(0);
            list.offset = if keep {
                list.offset.min(list.selected)
            } else {
                0
            };
        }
        if self.mode == Mode::Facet {
            self.panel
                .refresh(&self.data, &self.facts, &self.search.hits, &self.filters);
        }
    }

    fn sorted(&self, mut rows: Vec<Hit>, sort: Sort) -> Vec<Hit> {
        let lang = self.settings.lang;
        match sort {
            Sort::Natural => {}
            Sort::Title => rows.sort_by_cached_key(|h| {
                self.data
                    .get(h.record)
                    .map(|r| r.title().get(lang).to_lowercase())
            }),
            Sort::Status => rows.sort_by_key(|h| {
                let stage = self.stage(h.record);
                (stage.is_none(), stage)
            }),
        }
        rows
    }

    /// How many records on show (every tab, after search and sector) are at `stage`.
    pub fn stage_count(&self, stage: Stage) -> usize {
        self.stage_counts[stage_slot(stage)]
    }

    /// A record's stage; records with no status sort last.
    pub fn stage(&self, r: RecordRef) -> Option<Stage> {
        self.catalogue.stage(r)
    }
}

fn stage_slot(stage: Stage) -> usize {
    match stage {
        Stage::Achieved => 0,
        Stage::Underway => 1,
        Stage::Intended => 2,
    }
}
