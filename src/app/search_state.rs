//! The search's part of the dashboard's state: the query, what it found, and the search
//! that may still be running off the UI thread.

use std::sync::Arc;

use crate::search::{narrows, Earlier, Found, Hit, Index, ItemHit};

use super::state::App;

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
    /// The search it narrows, when the query only adds letters to that one's.
    pub earlier: Option<Earlier>,
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
        index.search_in_stages(&self.query, self.earlier.as_ref(), cancelled, early)
    }
}

/// The query and what it found.
pub(super) struct Search {
    /// The search query; kept after Enter, cleared by Esc.
    pub(super) query: String,
    /// What the search found for `found_for`, before the facet filters.
    pub(super) hits: Vec<Hit>,
    /// The events and sources it found, which the result list ranks with the records.
    pub(super) items: Vec<ItemHit>,
    /// The query `hits` answer (it may lag `query` while a search runs).
    pub(super) found_for: String,
    /// Entries the last search could not rule out: where a longer query looks.
    pub(super) candidates: Arc<Vec<u32>>,
    /// A search is running off the UI thread.
    pub(super) searching: bool,
    pub(super) generation: u64,
    /// From this many records on, searches run off the UI thread.
    pub(super) background_from: usize,
}

impl Search {
    /// Before any search, every record shows, in article order.
    pub(super) fn new(hits: Vec<Hit>) -> Search {
        Search {
            query: String::new(),
            hits,
            items: Vec::new(),
            found_for: String::new(),
            candidates: Arc::new(Vec::new()),
            searching: false,
            generation: 0,
            background_from: BACKGROUND_SEARCH_FROM,
        }
    }
}

impl App {
    /// Searches run off the UI thread from `records` records on, not from
    /// [`BACKGROUND_SEARCH_FROM`]: a small dataset then behaves as a large one does, for
    /// tests of the loop's part.
    pub fn with_background_search_from(mut self, records: usize) -> App {
        self.search.background_from = records;
        self
    }

    /// The search query as typed.
    pub fn query(&self) -> &str {
        &self.search.query
    }

    /// The query the rows on show answer (it lags [`App::query`] while a search runs).
    pub fn found_for(&self) -> &str {
        &self.search.found_for
    }

    /// A search is running off the UI thread.
    pub fn searching(&self) -> bool {
        self.search.searching
    }

    /// Which search is the newest one.
    pub fn generation(&self) -> u64 {
        self.search.generation
    }

    /// What the search found, before the facet filters: what the panel counts.
    pub fn hits(&self) -> &[Hit] {
        &self.search.hits
    }

    /// Starts a search for the query: here and now for a small dataset, or as a job for
    /// the loop to run elsewhere for a large one. Selections start again from the best row.
    pub(super) fn requery(&mut self) -> Option<SearchJob> {
        let s = &mut self.search;
        s.generation += 1;
        let earlier = narrows(&s.found_for, &s.query).then(|| Earlier {
            query: s.found_for.clone(),
            candidates: s.candidates.clone(),
        });
        let job = SearchJob {
            generation: s.generation,
            query: s.query.clone(),
            earlier,
        };
        if self.data.record_count() >= s.background_from {
            s.searching = true;
            return Some(job);
        }
        if let Some(found) = job.run(&self.index, &|| false, &mut |_: &Found| {}) {
            self.found(job.generation, &job.query, found);
        }
        None
    }

    /// Takes in a search's result, unless a newer search has started since.
    pub(super) fn found(&mut self, generation: u64, query: &str, found: Found) -> bool {
        let s = &mut self.search;
        if generation != s.generation {
            return false;
        }
        s.candidates = Arc::new(found.candidates);
        s.found_for = query.to_string();
        s.searching = false;
        self.show(found.hits, found.items);
        true
    }

    /// Shows what the running search found first, until its result comes. Where a longer
    /// query may look is still the last finished search's business.
    pub(super) fn early(&mut self, generation: u64, found: Found) -> bool {
        if generation != self.search.generation || !self.search.searching {
            return false;
        }
        self.show(found.hits, found.items);
        true
    }

    fn show(&mut self, hits: Vec<Hit>, items: Vec<ItemHit>) {
        self.search.hits = hits;
        self.search.items = items;
        // A new ranking starts at the top.
        self.refilter_keeping(false);
        self.results.restart();
    }
}
