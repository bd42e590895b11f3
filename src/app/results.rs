//! The search's results across every view as one ranked list: while a query is on, the
//! Overview shows it (and `R` brings it up from any view); Enter or a click opens a result
//! in its own view. The tabs' own lists, filters and counts are untouched: this list is
//! the same hits, passed through the same filters, in the order the search ranked them,
//! with the events and sources the search found ranked among them by the same scores.

use crate::data::RecordRef;
use crate::search::{Hit, ItemHit, ItemRef};

use super::action::Action;
use super::layout::{areas, table_rows};
use super::moves::{go_tab, screen};
use super::open::{open, open_item};
use super::state::{App, Cursor, Mode};
use super::tab::Tab;
use super::update::Effect;

/// One row of the result list: a record, or an event or a source (the Timeline's and the
/// Sources view's entries).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResultRow {
    Record(Hit),
    Item(ItemHit),
}

impl ResultRow {
    pub fn record(self) -> Option<RecordRef> {
        match self {
            ResultRow::Record(h) => Some(h.record),
            ResultRow::Item(_) => None,
        }
    }

    pub fn item(self) -> Option<ItemRef> {
        match self {
            ResultRow::Item(h) => Some(h.item),
            ResultRow::Record(_) => None,
        }
    }

    pub fn score(self) -> i64 {
        match self {
            ResultRow::Record(h) => h.score,
            ResultRow::Item(h) => h.score,
        }
    }

    /// The same record, event or source, whatever its score.
    fn same(self, other: ResultRow) -> bool {
        (self.record(), self.item()) == (other.record(), other.item())
    }
}

/// The ranked list and where its selection is.
#[derive(Clone, Debug, Default)]
pub struct Results {
    rows: Vec<ResultRow>,
    /// Records, events and sources among the rows, counted as they are set, not per frame.
    counts: (usize, usize, usize),
    cursor: Cursor,
}

impl Results {
    /// Every record the search found that passes the filters, and every event and source
    /// it found, best first.
    pub fn rows(&self) -> &[ResultRow] {
        &self.rows
    }

    pub fn cursor(&self) -> Cursor {
        self.cursor
    }

    pub fn selected(&self) -> Option<ResultRow> {
        self.rows.get(self.cursor.selected).copied()
    }

    pub fn selected_record(&self) -> Option<RecordRef> {
        self.selected().and_then(ResultRow::record)
    }

    /// How many rows are records, events and sources.
    pub fn counts(&self) -> (usize, usize, usize) {
        self.counts
    }

    /// Takes the ranked rows after a search or a filter (see [`ranked`]), keeping the
    /// selection on the same row where it is still listed.
    pub(super) fn set(&mut self, records: Vec<Hit>, items: &[ItemHit]) {
        let before = self.selected();
        let events = items
            .iter()
            .filter(|i| matches!(i.item, ItemRef::Event(_)))
            .count();
        self.counts = (records.len(), events, items.len().saturating_sub(events));
        self.rows = ranked(records, items);
        let at = before.and_then(|b| self.rows.iter().position(|r| r.same(b)));
        self.cursor.selected = at.unwrap_or(0);
    }

    /// A new ranking starts from its best row.
    pub(super) fn restart(&mut self) {
        self.cursor = Cursor::default();
    }

    /// Keeps the selection in range and inside a window of `visible` rows.
    pub(super) fn keep_in_view(&mut self, visible: usize) {
        let len = self.rows.len();
        let c = &mut self.cursor;
        c.selected = c.selected.min(len.saturating_sub(1));
        if c.selected < c.offset {
            c.offset = c.selected;
        } else if c.selected >= c.offset + visible.max(1) {
            c.offset = c.selected + 1 - visible.max(1);
        }
        c.offset = c.offset.min(len.saturating_sub(visible.max(1)));
    }

    fn step(&mut self, by: i64) {
        let last = self.rows.len().saturating_sub(1) as i64;
        let to = (self.cursor.selected as i64)
            .saturating_add(by)
            .clamp(0, last);
        self.cursor.selected = usize::try_from(to).unwrap_or(0);
    }
}

/// Records in the search's order and events and sources in theirs, merged by score (a
/// record first when they score the same): the result list, and `search`'s output.
/// Events and sources are few, so this is no more work than the records.
pub fn ranked(records: Vec<Hit>, items: &[ItemHit]) -> Vec<ResultRow> {
    let mut rows = Vec::with_capacity(records.len().saturating_add(items.len()));
    let mut items = items.iter().copied().peekable();
    for h in records {
        while let Some(i) = items.next_if(|i| i.score > h.score) {
            rows.push(ResultRow::Item(i));
        }
        rows.push(ResultRow::Record(h));
    }
    rows.extend(items.map(ResultRow::Item));
    rows
}

/// Whether the Overview shows the result list rather than its own body: while a query is
/// on and nothing is zoomed.
pub fn showing(app: &App) -> bool {
    app.tab == Tab::Overview && !app.query().trim().is_empty() && !app.zoom
}

/// The rows of the result list on screen: the body, as a bordered table with a header line.
pub fn rows_area(app: &App) -> ratatui::layout::Rect {
    table_rows(areas(app, screen(app)).body)
}

/// What the result list makes of an action, if it takes it: `r` from anywhere; moving,
/// Enter and clicks while it shows. Everything else goes on to `update` as before.
pub(super) fn act(app: &mut App, action: &Action) -> Option<Effect> {
    if *action == Action::ShowResults {
        go_tab(app, Tab::Overview);
        if app.query().trim().is_empty() {
            app.mode = Mode::Search;
        }
        return Some(Effect::Redraw);
    }
    if app.mode != Mode::Normal || !showing(app) {
        return None;
    }
    let page = i64::from(rows_area(app).height.max(1));
    let results = &mut app.results;
    match action {
        Action::Up => results.step(-1),
        Action::Down => results.step(1),
        Action::PageUp => results.step(-page),
        Action::PageDown => results.step(page),
        Action::Top => results.step(i64::MIN / 2),
        Action::Bottom => results.step(i64::MAX / 2),
        Action::ToggleZoom => return Some(open_selected(app)),
        Action::Click(x, y) => {
            let rows = rows_area(app);
            if !rows.contains(ratatui::layout::Position::new(*x, *y)) {
                return None;
            }
            let results = &mut app.results;
            let row = results.cursor.offset + usize::from(y - rows.y);
            if row >= results.rows.len() {
                return Some(Effect::None);
            }
            results.cursor.selected = row;
            return Some(open_selected(app));
        }
        _ => return None,
    }
    Some(Effect::Redraw)
}

/// Opens the selected result in its own view: a record in its tab, an event on the
/// Timeline, a source in the Sources view.
fn open_selected(app: &mut App) -> Effect {
    match app.results().selected() {
        Some(ResultRow::Record(h)) => open(app, h.record),
        Some(ResultRow::Item(h)) => open_item(app, h.item),
        None => return Effect::None,
    }
    Effect::Redraw
}
