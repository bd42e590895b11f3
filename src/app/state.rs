//! The dashboard's state. Fields are read by the view; they change only in `update`.

use std::sync::{Arc, OnceLock};

use crate::data::catalogue::{slot, Catalogue};
use crate::data::{Category, Dataset, Lang, RecordRef, Stage};
use crate::search::{narrows, Found, Hit, Index, ItemHit, LazyIndex};

use super::deck::Deck;
use super::facet_panel::FacetPanel;
use super::filters::Filters;
use super::jumps::Jumps;
pub use super::measured::Measured;
use super::results::Results;
pub use super::settings::{Sort, ThemeName};
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

/// From this many records on, a search runs off the UI thread (see [`SearchJob`]), so
/// typing never waits for it.
pub const BACKGROUND_SEARCH_FROM: usize = 20_000;

/// A search for the loop to run off the UI thread; its result comes back as
/// `Action::SearchDone`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SearchJob {
    /// Which search this is; only the newest one's result is used.
    pub generation: u64,
    pub query: String,
    /// The entries to look at, when the query only narrows the previous one.
    pub candidates: Option<Arc<Vec<u32>>>,
}

impl SearchJob {
    /// Runs the search; None if `cancelled` turned true first. A search of many records
    /// hands what it found in a first sample of them to `early` before it goes on.
    pub fn run(
        &self,
        index: &Index,
        cancelled: &(dyn Fn() -> bool + Sync),
        early: &mut dyn FnMut(&Found),
    ) -> Option<Found> {
        index.search_in_stages(
            &self.query,
            self.candidates.as_deref().map(Vec::as_slice),
            cancelled,
            early,
        )
    }
}

pub struct App {
    pub data: Arc<Dataset>,
    /// Built at once for a small dataset; for a large one, by the search thread while the
    /// first frame is drawn.
    pub index: Arc<LazyIndex>,
    pub tab: Tab,
    pub mode: Mode,
    /// The search query; kept after Enter, cleared by Esc.
    pub query: String,
    /// The facet filters: values of sectors, companies, people, sources ... (the chips).
    pub filters: Filters,
    /// The selection and window of the timeline and the sources views.
    pub timeline: Cursor,
    pub sources: Cursor,
    /// The Overview's outcome list: `selected` counts outcomes, `offset` rows.
    pub overview: Cursor,
    /// Where opening things has taken the user from, to go back and forward.
    pub jumps: Jumps,
    /// The cursor in the detail's related records, while the keys move there.
    pub related: Option<usize>,
    /// The facet panel: its dimension, what is typed in it, its rows and cursor.
    pub panel: FacetPanel,
    pub lists: [List; 4],
    pub lang: Lang,
    pub theme: ThemeName,
    /// The detail pane fills the body.
    pub zoom: bool,
    /// The detail pane is hidden: the table has the whole body (`z`).
    pub detail_hidden: bool,
    pub detail_scroll: u16,
    pub help_scroll: u16,
    /// The terminal's size, for mouse hits and paging.
    pub width: u16,
    pub height: u16,
    /// A one-line message in the footer, until the next key.
    pub toast: Option<String>,
    pub quit: bool,
    /// The slides, while presenting.
    pub deck: Deck,
    /// Scroll limits the view measured.
    pub measured: Measured,
    /// The Map view's cursor and list (read through `map_view`).
    pub(super) map: super::map::MapView,
    /// What the search found for `found_for`, before the facet filters.
    hits: Vec<Hit>,
    /// The events and sources it found, which the result list ranks with the records.
    items: Vec<ItemHit>,
    /// The query `hits` answer (it may lag `query` while a search runs).
    pub found_for: String,
    /// Entries the last search could not rule out: where a longer query looks.
    candidates: Arc<Vec<u32>>,
    /// A search is running off the UI thread.
    pub searching: bool,
    pub generation: u64,
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
        if data.record_count() < BACKGROUND_SEARCH_FROM {
            let _ = index.len();
        }
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
            query: String::new(),
            filters: Filters::default(),
            timeline: Cursor::default(),
            sources: Cursor::default(),
            overview: Cursor::default(),
            jumps: Jumps::default(),
            related: None,
            panel: FacetPanel::default(),
            lists: Default::default(),
            lang: Lang::En,
            theme: ThemeName::Dark,
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
            hits,
            items: Vec::new(),
            found_for: String::new(),
            candidates: Arc::new(Vec::new()),
            searching: false,
            generation: 0,
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

    pub fn list_mut(&mut self, c: Category) -> &mut List {
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
        !self.query.trim().is_empty() || !self.filters.is_empty()
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

    /// What the search found, before the facet filters: what the panel counts.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The id of the one value filtered on `dim`, when there is exactly one (for file
    /// names and briefs).
    pub fn only_filter(&self, dim: Dimension) -> Option<&str> {
        let v = self.filters.only(dim)?;
        self.data.value(dim, v).map(|v| v.id)
    }

    /// Starts a search for `query`: here and now for a small dataset, or as a job for the
    /// loop to run elsewhere for a large one. Selections start again from the best row.
    pub fn requery(&mut self) -> Option<SearchJob> {
        self.generation += 1;
        let candidates = narrows(&self.found_for, &self.query).then(|| self.candidates.clone());
        let job = SearchJob {
            generation: self.generation,
            query: self.query.clone(),
            candidates,
        };
        if self.data.record_count() >= BACKGROUND_SEARCH_FROM {
            self.searching = true;
            return Some(job);
        }
        if let Some(found) = job.run(&self.index, &|| false, &mut |_: &Found| {}) {
            self.found(job.generation, &job.query, found);
        }
        None
    }

    /// Takes in a search's result, unless a newer search has started since.
    pub fn found(&mut self, generation: u64, query: &str, found: Found) -> bool {
        if generation != self.generation {
            return false;
        }
        self.candidates = Arc::new(found.candidates);
        self.found_for = query.to_string();
        self.searching = false;
        self.show(found.hits, found.items);
        true
    }

    /// Shows what the running search found first, until its result comes. Where a longer
    /// query may look is still the last finished search's business.
    pub fn early(&mut self, generation: u64, found: Found) -> bool {
        if generation != self.generation || !self.searching {
            return false;
        }
        self.show(found.hits, found.items);
        true
    }

    fn show(&mut self, hits: Vec<Hit>, items: Vec<ItemHit>) {
        self.hits = hits;
        self.items = items;
        self.refilter();
        // After refilter, which would keep the old selection: a new ranking starts at the top.
        for list in &mut self.lists {
            list.selected = 0;
            list.offset = 0;
        }
        self.results.restart();
    }

    /// Recomputes every table from the search hits, the facet filters and each sort,
    /// keeping each selection on the same record where it survives, and in range where not.
    pub fn refilter(&mut self) {
        let mut rows: [Vec<Hit>; 4] = Default::default();
        // The result list: only while a query is on, in the search's order.
        let mut ranked = Vec::new();
        let searched = !self.query.trim().is_empty();
        for h in &self.hits {
            if self.filters.passes(&self.facts, h.record, None) {
                rows[slot(h.record.category)].push(*h);
                if searched {
                    ranked.push(*h);
                }
            }
        }
        // Events and sources have no values to filter on: a filter leaves records alone.
        let items = if searched && self.filters.is_empty() {
            &self.items[..]
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
                .and_then(|r| list.rows.iter().position(|h| h.record == r))
                .unwrap_or(0);
            list.offset = list.offset.min(list.selected);
        }
        if self.mode == Mode::Facet {
            self.panel
                .refresh(&self.data, &self.facts, &self.hits, &self.filters);
        }
    }

    fn sorted(&self, mut rows: Vec<Hit>, sort: Sort) -> Vec<Hit> {
        let lang = self.lang;
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
