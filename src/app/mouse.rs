//! Clicks and the wheel: where on screen they land decides what they do.

use super::layout;
use super::layout::{areas, table_rows};
use super::moves::{go_tab, move_selection, screen, scroll_detail};
use super::open::enter;
use super::outcomes::{self, OutcomeRow};
use super::state::{App, Mode};
use super::tab::Tab;
use super::timeline::{row_count, timeline_rows, TimelineRow};
use super::update::Effect;
use ratatui::layout::{Position, Rect};

pub(super) fn click(app: &mut App, x: u16, y: u16) -> Effect {
    match app.mode {
        Mode::Normal => {}
        Mode::Facet => return super::facet_panel::click(app, x, y),
        Mode::Columns => return super::columns::click(app, x, y),
        Mode::Search | Mode::Help | Mode::Present => return Effect::None,
    }
    let a = areas(app, screen(app));
    if a.search.is_some_and(|s| s.y == y) {
        return super::facet_panel::click_chip(app, x);
    }
    if a.tabs.height > 0 && y == a.tabs.y {
        return match layout::tab_at(app, x) {
            Some(t) => {
                go_tab(app, t);
                Effect::Redraw
            }
            None => Effect::None,
        };
    }
    if app.tab == Tab::Overview {
        return overview_click(app, a.body, x, y);
    }
    if let Some(d) = a.detail.filter(|d| d.contains(Position::new(x, y))) {
        return related_click(app, d, y);
    }
    let Some(rows) = a.table.map(table_rows) else {
        return Effect::None;
    };
    if !rows.contains(ratatui::layout::Position::new(x, y)) {
        return Effect::None;
    }
    let Some(c) = app.tab.category() else {
        return list_click(app, usize::from(y - rows.y));
    };
    let list = app.list_mut(c);
    let row = list.offset + usize::from(y - rows.y);
    if row >= list.rows.len() {
        return Effect::None;
    }
    list.selected = row;
    app.detail_scroll = 0;
    Effect::Redraw
}

/// A click on an outcome of the Overview opens it, as Enter does.
fn overview_click(app: &mut App, body: Rect, x: u16, y: u16) -> Effect {
    let [_, right] = outcomes::panels(body);
    let list = outcomes::list_area(right);
    if !list.contains(Position::new(x, y)) {
        return Effect::None;
    }
    let rows = outcomes::outcome_rows(app);
    match rows.get(app.overview.offset + usize::from(y - list.y)) {
        Some(OutcomeRow::Outcome(i, _)) => {
            app.overview.selected = *i;
            enter(app)
        }
        _ => Effect::None,
    }
}

/// A click on a related record in the detail opens it, as Enter on it does.
fn related_click(app: &mut App, detail: Rect, y: u16) -> Effect {
    let has_related = matches!(app.tab, Tab::Records(_) | Tab::Timeline);
    if !has_related || y <= detail.y || y >= detail.bottom().saturating_sub(1) {
        return Effect::None;
    }
    let hit = {
        let (rows, scroll) = &*app.measured.related_rows.borrow();
        let row = (y - detail.y - 1).saturating_add(*scroll);
        rows.iter()
            .position(|&(from, to)| (from..to).contains(&row))
    };
    match hit {
        Some(i) => {
            app.related = Some(i);
            enter(app)
        }
        None => Effect::None,
    }
}

/// A click on a row of the timeline or the sources selects it; on a timeline outcome, it
/// opens it as Enter does.
fn list_click(app: &mut App, at: usize) -> Effect {
    let offset = match app.tab {
        Tab::Timeline => app.timeline.offset,
        Tab::Sources => app.sources.offset,
        _ => return Effect::None,
    };
    let row = offset + at;
    if row >= row_count(app) {
        return Effect::None;
    }
    match app.tab {
        Tab::Timeline => app.timeline.selected = row,
        _ => app.sources.selected = row,
    }
    app.detail_scroll = 0;
    let outcome = app.tab == Tab::Timeline
        && matches!(timeline_rows(app).get(row), Some(TimelineRow::Outcome(..)));
    if outcome {
        return enter(app);
    }
    Effect::Redraw
}

pub(super) fn wheel(app: &mut App, x: u16, y: u16, by: i32) -> Effect {
    // Over a popup the wheel moves its cursor, wherever the pointer is.
    match app.mode {
        Mode::Facet => return super::facet_panel::wheel(app, by),
        Mode::Columns => return super::columns::wheel(app, by),
        _ => {}
    }
    let a = areas(app, screen(app));
    let pos = ratatui::layout::Position::new(x, y);
    let visit = (app.tab == Tab::Overview).then(|| outcomes::panels(a.body)[0]);
    if a.detail.or(visit).is_some_and(|d| d.contains(pos)) {
        scroll_detail(app, by * 3);
    } else if app.mode == Mode::Normal {
        move_selection(app, i64::from(by));
    } else {
        return Effect::None;
    }
    Effect::Redraw
}
