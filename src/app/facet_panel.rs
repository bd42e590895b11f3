//! The facet panel, a frequency table as visidata has: for one dimension at a time, each
//! value with how many records on show have it, most first; typing narrows the values
//! (case and script folded, as the search folds), Enter adds the value as a filter or
//! takes it off.

use ratatui::layout::Position;

use crate::data::clean::normalize;
use crate::data::facets::{Dimension, Facts, Value};
use crate::data::Dataset;
use crate::search::Hit;
use crate::translit::fold;

use super::action::Action;
use super::filters::{Filter, Filters};
use super::state::{App, Mode};
use super::update::Effect;

/// The longest text kept in the panel's query.
const MAX_PANEL_QUERY: usize = 64;

/// One row of the panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FacetRow {
    /// An index into the dimension's values.
    pub value: usize,
    /// Records on show with the value, under the other dimensions' filters.
    pub count: usize,
    /// The value is a filter now.
    pub active: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetPanel {
    pub dimension: Dimension,
    /// What is typed to narrow the values.
    pub query: String,
    /// An index into `rows`.
    pub cursor: usize,
    rows: Vec<FacetRow>,
}

impl FacetPanel {
    /// The values shown: those some record on show has, and the active ones.
    pub fn rows(&self) -> &[FacetRow] {
        &self.rows
    }

    /// The row under the cursor.
    pub fn current(&self) -> Option<FacetRow> {
        self.rows.get(self.cursor).copied()
    }

    /// Counts the dimension's values over the search hits that pass the other
    /// dimensions' filters, and keeps those the query names.
    pub fn refresh(&mut self, data: &Dataset, facts: &Facts, hits: &[Hit], filters: &Filters) {
        let dim = self.dimension;
        let mut counts = vec![0usize; data.value_count(dim)];
        for h in hits {
            if !filters.passes(facts, h.record, Some(dim)) {
                continue;
            }
            for &v in facts.of(dim, h.record) {
                if let Some(n) = counts.get_mut(v as usize) {
                    *n = n.saturating_add(1);
                }
            }
        }
        let words: Vec<String> = key(&self.query)
            .split_whitespace()
            .map(str::to_string)
            .collect();
        let mut rows: Vec<FacetRow> = counts
            .into_iter()
            .enumerate()
            .map(|(value, count)| FacetRow {
                value,
                count,
                active: filters.contains(Filter::new(dim, value)),
            })
            .filter(|r| r.count > 0 || r.active)
            .filter(|r| {
                words.is_empty()
                    || data
                        .value(dim, r.value)
                        .is_some_and(|v| names_match(&v, &words))
            })
            .collect();
        // Most first, as a frequency table; equal counts in the dataset's order.
        rows.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
        self.rows = rows;
        self.cursor = self.cursor.min(self.rows.len().saturating_sub(1));
    }
}

/// A text as the search folds it: NFC, case and script folded.
pub fn key(text: &str) -> String {
    fold(&normalize(text))
}

/// Whether every word of a folded query is in the value's id, names or aliases.
pub fn names_match(v: &Value<'_>, words: &[String]) -> bool {
    let mut all = format!("{} {} {}", key(v.id), key(v.en), key(v.ru));
    for a in v.aliases {
        all.push(' ');
        all.push_str(&key(a));
    }
    words.iter().all(|w| all.contains(w.as_str()))
}

/// Applies an action of the panel (or one that adds or removes a filter from elsewhere).
pub(super) fn apply(app: &mut App, action: Action) -> Effect {
    match action {
        Action::FacetOpen => {
            app.mode = Mode::Facet;
            return start_dimension(app);
        }
        Action::FacetInput(c) => {
            if !crate::data::clean::is_kept(c) || app.panel.query.chars().count() >= MAX_PANEL_QUERY
            {
                return Effect::None;
            }
            app.panel.query.push(c);
            app.panel.cursor = 0;
        }
        Action::FacetBackspace => {
            // On an empty query, Backspace takes off the last chip.
            if app.panel.query.pop().is_none() {
                return pop_filter(app);
            }
            app.panel.cursor = 0;
        }
        Action::FacetClearQuery => {
            app.panel.query.clear();
            app.panel.cursor = 0;
        }
        Action::FacetNextDim | Action::FacetPrevDim => {
            let d = app.panel.dimension;
            app.panel.dimension = if action == Action::FacetNextDim {
                d.next()
            } else {
                d.prev()
            };
            return start_dimension(app);
        }
        Action::FacetPick => {
            app.mode = Mode::Normal;
            if let Some(row) = app.panel.current() {
                let f = Filter::new(app.panel.dimension, row.value);
                app.filters.toggle(f);
                app.refilter();
            }
            return Effect::Redraw;
        }
        Action::FacetClose => {
            app.mode = Mode::Normal;
            return Effect::Redraw;
        }
        Action::FilterPop => return pop_filter(app),
        Action::Up
        | Action::Down
        | Action::Top
        | Action::Bottom
        | Action::PageUp
        | Action::PageDown => move_cursor(&mut app.panel, &action),
        _ => return Effect::None,
    }
    refresh(app);
    Effect::Redraw
}

/// Shows the panel's dimension afresh: nothing typed, the cursor on its first active
/// value (so Enter takes it off), else on the most frequent.
fn start_dimension(app: &mut App) -> Effect {
    app.panel.query.clear();
    refresh(app);
    app.panel.cursor = app.panel.rows.iter().position(|r| r.active).unwrap_or(0);
    Effect::Redraw
}

/// Takes off the newest filter.
fn pop_filter(app: &mut App) -> Effect {
    if app.filters.pop().is_none() {
        return Effect::None;
    }
    app.refilter();
    refresh(app);
    Effect::Redraw
}

/// A click on the search line: on a chip, takes that filter off.
pub(super) fn click_chip(app: &mut App, x: u16) -> Effect {
    let hit = app
        .measured
        .chips
        .borrow()
        .iter()
        .find(|(start, end, _)| (*start..*end).contains(&x))
        .map(|&(_, _, f)| f);
    match hit {
        Some(f) if app.filters.remove(f) => {
            app.refilter();
            Effect::Redraw
        }
        _ => Effect::None,
    }
}

/// A click in the panel, where the view drew it: on a dimension, shows its values; on a
/// value, selects it, and on the value already selected adds it as a filter as Enter does
/// (so a double click picks too).
pub(super) fn click(app: &mut App, x: u16, y: u16) -> Effect {
    let at = Position::new(x, y);
    let dims = app.measured.facet_dims.get();
    if dims.contains(at) {
        return match Dimension::ALL.get(usize::from(y - dims.y)) {
            Some(&d) if d != app.panel.dimension => {
                app.panel.dimension = d;
                start_dimension(app)
            }
            _ => Effect::None,
        };
    }
    let (list, first) = app.measured.facet_values.get();
    if !list.contains(at) {
        return Effect::None;
    }
    let i = first.saturating_add(usize::from(y - list.y));
    if i >= app.panel.rows.len() {
        return Effect::None;
    }
    if i == app.panel.cursor {
        return apply(app, Action::FacetPick);
    }
    app.panel.cursor = i;
    Effect::Redraw
}

/// The wheel moves the panel's cursor, stopping at either end.
pub(super) fn wheel(app: &mut App, by: i32) -> Effect {
    let last = app.panel.rows.len().saturating_sub(1) as i64;
    let to = (app.panel.cursor as i64)
        .saturating_add(i64::from(by))
        .clamp(0, last.max(0));
    app.panel.cursor = usize::try_from(to).unwrap_or(0);
    Effect::Redraw
}

/// Recounts the panel for what is on show now.
pub(super) fn refresh(app: &mut App) {
    let data = app.data.clone();
    let mut panel = std::mem::take(&mut app.panel);
    panel.refresh(&data, app.facts(), app.hits(), &app.filters);
    app.panel = panel;
}

fn move_cursor(panel: &mut FacetPanel, action: &Action) {
    let n = panel.rows.len();
    if n == 0 {
        return;
    }
    let page = 10;
    panel.cursor = match action {
        Action::Up => (panel.cursor + n - 1) % n,
        Action::Down => (panel.cursor + 1) % n,
        Action::PageUp => panel.cursor.saturating_sub(page),
        Action::PageDown => panel.cursor.saturating_add(page).min(n - 1),
        Action::Top => 0,
        Action::Bottom => n - 1,
        _ => panel.cursor,
    };
}
