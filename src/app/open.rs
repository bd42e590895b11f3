//! Opening what is selected (an Overview outcome, a timeline outcome, a related record, a
//! source), and the jump list that takes the user back and forward between those places.

use crate::data::related::flat;
use crate::data::RecordRef;
use crate::search::ItemRef;
use crate::words::{count, Noun};

use super::filters::Filter;
use super::jumps::Location;
use super::moves::{go_tab, keep_in_view};
use super::outcomes::outcomes;
use super::state::App;
use super::tab::Tab;
use super::timeline::{timeline_rows, TimelineRow};
use super::update::Effect;
use crate::data::facets::Dimension;

/// Enter: on an Overview or timeline outcome, or a related record, open it in its own
/// view; on a source, show only the records that cite it (again: all records); elsewhere,
/// zoom the detail or leave it.
pub(super) fn enter(app: &mut App) -> Effect {
    if let Some(i) = app.related {
        if let Some(r) = related_records(app).get(i).copied() {
            open(app, r);
        }
        return Effect::Redraw;
    }
    match app.tab {
        Tab::Overview => {
            return match outcomes(app).get(app.overview.selected).copied() {
                Some(r) => {
                    open(app, r);
                    Effect::Redraw
                }
                None => Effect::None,
            };
        }
        Tab::Timeline if !app.zoom => {
            let rows = timeline_rows(app);
            if let Some(TimelineRow::Outcome(_, r)) = rows.get(app.timeline.selected).copied() {
                open(app, r);
                return Effect::Redraw;
            }
        }
        Tab::Sources if !app.zoom => {
            // The same source filter the facet panel sets: a chip, Enter again takes it off.
            let picked = Filter::new(Dimension::Source, app.sources.selected);
            app.filters.toggle(picked);
            app.refilter();
            let n: usize = app.lists.iter().map(|l| l.rows.len()).sum();
            if app.filters.contains(picked) {
                if let Some(s) = app.data.sources.get(picked.value) {
                    let what = count(n, Noun::Record, app.lang());
                    app.toast = Some(format!("{} · {what}", s.outlet));
                }
            }
            return Effect::Redraw;
        }
        _ => {}
    }
    app.zoom = !app.zoom;
    app.detail_scroll = 0;
    Effect::Redraw
}

/// The page `O` opens: on the Sources view the selected source's, elsewhere that of the
/// first source of the selected record (or timeline outcome) that has one.
pub(super) fn source_url(app: &App) -> Option<String> {
    let d = &app.data;
    let record = match app.tab {
        Tab::Sources => {
            return d
                .sources
                .get(app.sources.selected)?
                .url
                .as_ref()
                .map(|u| u.to_string());
        }
        Tab::Timeline => match timeline_rows(app).get(app.timeline.selected)? {
            TimelineRow::Outcome(_, r) => *r,
            TimelineRow::Event(e) => {
                return e
                    .evidence
                    .iter()
                    .find_map(|ev| d.source(&ev.source)?.url.as_ref().map(|u| u.to_string()));
            }
        },
        Tab::Overview => outcomes(app).get(app.overview.selected).copied()?,
        _ => app.selected_record()?,
    };
    d.get(record)?
        .evidence()
        .iter()
        .find_map(|ev| d.source(&ev.source)?.url.as_ref().map(|u| u.to_string()))
}

/// Opens record `r` in its own view, selected, and remembers where the user was.
pub(super) fn open(app: &mut App, r: RecordRef) {
    let here = here(app);
    app.jumps.leave(here);
    show_record(app, r);
}

/// Opens an event on the Timeline, or a source in the Sources view, selected, and
/// remembers where the user was.
pub(super) fn open_item(app: &mut App, item: ItemRef) {
    let here = here(app);
    app.jumps.leave(here);
    match item {
        ItemRef::Event(i) => {
            go_tab(app, Tab::Timeline);
            let event = app.data.events.get(i);
            let row = timeline_rows(app)
                .iter()
                .position(|row| match (row, event) {
                    (TimelineRow::Event(e), Some(want)) => std::ptr::eq(*e, want),
                    _ => false,
                });
            if let Some(row) = row {
                app.timeline.selected = row;
            }
        }
        ItemRef::Source(i) => {
            go_tab(app, Tab::Sources);
            if i < app.data.sources.len() {
                app.sources.selected = i;
            }
        }
    }
    keep_in_view(app);
}

/// Shows record `r` in its own view, selected.
fn show_record(app: &mut App, r: RecordRef) {
    go_tab(app, Tab::Records(r.category));
    let list = app.list_mut(r.category);
    if let Some(i) = list.rows.iter().position(|h| h.record == r) {
        list.selected = i;
    }
    keep_in_view(app);
}

/// Where the user is now: the view and its selection.
pub fn here(app: &App) -> Location {
    let (record, row) = match app.tab {
        Tab::Records(c) => (app.list(c).selected_record(), app.list(c).selected),
        Tab::Overview => (
            outcomes(app).get(app.overview.selected).copied(),
            app.overview.selected,
        ),
        Tab::Timeline => (None, app.timeline.selected),
        Tab::Sources => (None, app.sources.selected),
        // The map keeps its own cursor on the place.
        Tab::Map => (None, 0),
    };
    Location {
        tab: app.tab,
        record,
        row,
        related: app.related,
    }
}

/// Goes to `to`: its view, with the same record selected where it is still on show, else
/// the same row.
fn go(app: &mut App, to: Location) {
    go_tab(app, to.tab);
    let row = |rows: Vec<RecordRef>| {
        to.record
            .and_then(|r| rows.iter().position(|x| *x == r))
            .unwrap_or(to.row)
    };
    match to.tab {
        Tab::Records(c) => {
            let i = row(app.list(c).rows.iter().map(|h| h.record).collect());
            app.list_mut(c).selected = i;
        }
        Tab::Overview => {
            let i = row(outcomes(app));
            app.overview.selected = i;
        }
        Tab::Timeline => app.timeline.selected = to.row,
        Tab::Sources => app.sources.selected = to.row,
        Tab::Map => {}
    }
    app.related = to.related;
    keep_in_view(app);
}

/// Backspace, Ctrl-o: back to where the user opened something from.
pub(super) fn jump_back(app: &mut App) -> Effect {
    let here = here(app);
    match app.jumps.back(here) {
        Some(to) => {
            go(app, to);
            Effect::Redraw
        }
        None => Effect::None,
    }
}

/// Forward again, after going back.
pub(super) fn jump_forward(app: &mut App) -> Effect {
    let here = here(app);
    match app.jumps.forward(here) {
        Some(to) => {
            go(app, to);
            Effect::Redraw
        }
        None => Effect::None,
    }
}

/// The records related to the record on show (a table's or the Timeline's outcome), in
/// the order the detail lists them.
pub fn related_records(app: &App) -> Vec<RecordRef> {
    match app.tab {
        Tab::Records(_) => app
            .selected_record()
            .map(|r| flat(&app.related_groups(r)))
            .unwrap_or_default(),
        // The Timeline's outcome shows its record's detail, related records included.
        Tab::Timeline => match timeline_rows(app).get(app.timeline.selected) {
            Some(TimelineRow::Outcome(_, r)) => flat(&app.related_groups(*r)),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

/// `r`: the keys move into the related records of the detail, or back out.
pub(super) fn toggle_related(app: &mut App) -> Effect {
    if app.related.is_some() {
        app.related = None;
    } else if !app.detail_hidden && !related_records(app).is_empty() {
        app.related = Some(0);
    } else {
        return Effect::None;
    }
    Effect::Redraw
}

/// Moves the cursor in the related records by `by`, within the list.
pub(super) fn move_related(app: &mut App, by: i64) {
    let n = related_records(app).len();
    if let Some(i) = app.related.as_mut() {
        let last = n.saturating_sub(1) as i64;
        *i = (*i as i64).saturating_add(by).clamp(0, last.max(0)) as usize;
    }
}
