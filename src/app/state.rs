//! The dashboard's state. Fields are read by the view; they change only in `update`.

use std::cell::Cell;
use std::sync::Arc;

use crate::data::catalogue::{slot, Catalogue};
use crate::data::{Category, Dataset, Lang, RecordRef, Stage};
use crate::search::{narrows, Found, Hit, Index, LazyIndex};

use super::deck::Deck;
use super::results::Results;
pub use super::settings::{Sort, ThemeName};
use super::tab::Tab;

/// What the keyboard is talking to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    #[default]
    Normal,
    /// Typing a search query.
    Search,
    /// The sector popup is open.
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
    /// hands the hits of a first sample of them to `early` before it goes on.
    pub fn run(
        &self,
        index: &Index,
        cancelled: &(dyn Fn() -> bool + Sync),
        early: &mut dyn FnMut(&[Hit]),
    ) -> Option<Found> {
        index.search_in_stages(
            &self.query,
            self.candidates.as_deref().map(Vec::as_slice),
            cancelled,
            early,
        )
    }
}

/// How far each scrolling pane can scroll, as the view measured it when it last drew.
/// The view records these while drawing (it alone wraps text); `update` clamps scrolls to
/// them, so input handling never lays text out. Unmeasured, nothing is clamped.
#[derive(Debug)]
pub struct Measured {
    pub detail_max: Cell<u16>,
    pub help_max: Cell<u16>,
}

impl Default for Measured {
    fn default() -> Measured {
        Measured {
            detail_max: Cell::new(u16::MAX),
            help_max: Cell::new(u16::MAX),
        }
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
    /// A sector filter: an index into the sector vocabulary.
    pub sector: Option<usize>,
    /// A source filter: only records that cite this source (an index into `sources`).
    pub source: Option<usize>,
    /// The selection and window of the timeline and the sources views.
    pub timeline: Cursor,
    pub sources: Cursor,
    /// The popup's cursor: an index into `facet_counts()`.
    pub facet_cursor: usize,
    pub lists: [List; 4],
    pub lang: Lang,
    pub theme: ThemeName,
    /// The detail pane fills the body.
    pub zoom: bool,
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
    /// What the search found for `found_for`, before the sector filter.
    hits: Vec<Hit>,
    /// The query `hits` answer (it may lag `query` while a search runs).
    pub found_for: String,
    /// Entries the last search could not rule out: where a longer query looks.
    candidates: Arc<Vec<u32>>,
    /// Sectors with how many of `hits` are in each, for the popup; unused sectors left out.
    facets: Vec<(usize, usize)>,
    /// A search is running off the UI thread.
    pub searching: bool,
    pub generation: u64,
    /// Each record's stage and sectors, looked up once.
    catalogue: Catalogue,
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
            sector: None,
            source: None,
            timeline: Cursor::default(),
            sources: Cursor::default(),
            facet_cursor: 0,
            lists: Default::default(),
            lang: Lang::En,
            theme: ThemeName::Dark,
            zoom: false,
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
            found_for: String::new(),
            candidates: Arc::new(Vec::new()),
            facets: Vec::new(),
            searching: false,
            generation: 0,
            catalogue,
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

    /// A search, a sector or a source filter narrows what the tabs show.
    pub fn filtering(&self) -> bool {
        !self.query.trim().is_empty() || self.sector.is_some() || self.source.is_some()
    }

    /// The source the views are filtered to.
    pub fn source_filter(&self) -> Option<&crate::data::Source> {
        self.source.and_then(|i| self.data.sources.get(i))
    }

    pub fn sector_id(&self) -> Option<&str> {
        self.sector
            .and_then(|i| self.data.vocabulary.sectors.get(i))
            .map(|s| s.id.as_str())
    }

    /// Sectors with how many records the current search leaves in each, for the popup.
    pub fn facet_counts(&self) -> &[(usize, usize)] {
        &self.facets
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
        if let Some(found) = job.run(&self.index, &|| false, &mut |_| {}) {
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
        self.show(found.hits);
        true
    }

    /// Shows the first hits of the running search, until its result comes. Where a longer
    /// query may look is still the last finished search's business.
    pub fn early(&mut self, generation: u64, hits: Vec<Hit>) -> bool {
        if generation != self.generation || !self.searching {
            return false;
        }
        self.show(hits);
        true
    }

    fn show(&mut self, hits: Vec<Hit>) {
        self.hits = hits;
        self.refilter();
        // After refilter, which would keep the old selection: a new ranking starts at the top.
        for list in &mut self.lists {
            list.selected = 0;
            list.offset = 0;
        }
        self.results.restart();
    }

    /// Recomputes every table from the search hits, the sector filter and each sort,
    /// keeping each selection on the same record where it survives, and in range where not.
    pub fn refilter(&mut self) {
        let sector = self.sector.and_then(|i| u16::try_from(i).ok());
        let source = self.source_filter().map(|s| s.id.clone());
        let cites = |r: RecordRef| {
            source.as_ref().is_none_or(|id| {
                self.data
                    .get(r)
                    .is_some_and(|rec| rec.evidence().iter().any(|e| e.source == *id))
            })
        };
        let mut rows: [Vec<Hit>; 4] = Default::default();
        // The result list: only while a query is on, in the search's order.
        let mut ranked = Vec::new();
        let searched = !self.query.trim().is_empty();
        let mut facets = vec![0usize; self.data.vocabulary.sectors.len()];
        for h in &self.hits {
            let sectors = self.sectors_of(h.record);
            for &i in sectors {
                if let Some(n) = facets.get_mut(usize::from(i)) {
                    *n += 1;
                }
            }
            if sector.is_none_or(|s| sectors.contains(&s)) && cites(h.record) {
                rows[slot(h.record.category)].push(*h);
                if searched {
                    ranked.push(*h);
                }
            }
        }
        self.results.set(ranked);
        self.facets = facets
            .into_iter()
            .enumerate()
            .filter(|&(_, n)| n > 0)
            .collect();
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
    }

    /// A record's sectors, as indexes into the vocabulary.
    fn sectors_of(&self, r: RecordRef) -> &[u16] {
        self.catalogue.sectors(r)
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
