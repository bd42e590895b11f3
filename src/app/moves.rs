//! Moving through what is on show: selections, table windows, pages and scrolls.

use ratatui::layout::Rect;

use super::action::Action;
use super::layout::{self, table_rows};
use super::state::App;
use super::tab::Tab;
use super::timeline::{row_count, timeline_rows};
use crate::data::Category;

pub(super) fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.width, app.height)
}

/// Rows of the table that fit on screen: the step of PgUp/PgDn.
/// Rows of a table that fit on screen, or lines of the zoomed detail: the step of
/// PgUp/PgDn. Measured as on a records tab, so lists keep their windows on the overview.
pub(super) fn page(app: &App) -> usize {
    let tab = Tab::Records(app.tab.category().unwrap_or(Category::Agreements));
    let a = layout::areas_for(app, screen(app), tab);
    let height = a.table.map(table_rows).or(a.detail).map_or(1, |r| r.height);
    usize::from(height.max(1))
}

pub(super) fn scrolls(app: &App) -> bool {
    app.zoom
}

pub(super) fn go_tab(app: &mut App, tab: Tab) {
    if tab == Tab::Map && app.tab != Tab::Map {
        let record = app.selected_record();
        app.map.arrive(record);
    }
    app.tab = tab;
    app.zoom = false;
    app.related = None;
    app.detail_scroll = 0;
}

pub(super) fn move_selection(app: &mut App, by: i64) {
    let len = row_count(app);
    let Some(selected) = selection_mut(app) else {
        return;
    };
    let last = len.saturating_sub(1) as i64;
    let to = (*selected as i64).saturating_add(by).clamp(0, last.max(0));
    *selected = to as usize;
    app.detail_scroll = 0;
    app.related = None;
    keep_in_view(app);
}

/// The selection of the list the tab on show has, if it has one.
fn selection_mut(app: &mut App) -> Option<&mut usize> {
    match app.tab {
        Tab::Records(c) => Some(&mut app.list_mut(c).selected),
        Tab::Timeline => Some(&mut app.timeline.selected),
        Tab::Sources => Some(&mut app.sources.selected),
        Tab::Overview => Some(&mut app.overview.selected),
        Tab::Map => None,
    }
}

/// Keeps a selection in range and its row inside a window of `visible` rows.
fn window(selected: &mut usize, offset: &mut usize, len: usize, visible: usize) {
    *selected = (*selected).min(len.saturating_sub(1));
    if *selected < *offset {
        *offset = *selected;
    } else if *selected >= *offset + visible {
        *offset = *selected + 1 - visible;
    }
    // A taller window shows the rows above rather than empty space below.
    *offset = (*offset).min(len.saturating_sub(visible));
}

/// Moves the table's window so the selection stays visible.
pub(super) fn keep_in_view(app: &mut App) {
    let visible = page(app);
    for c in Category::ALL {
        let list = app.list_mut(c);
        let len = list.rows.len();
        window(&mut list.selected, &mut list.offset, len, visible);
    }
    // The timeline is laid out only while it is on show: update runs this after every
    // action, and switching to the timeline is one, so its window is right when it shows.
    if app.tab == Tab::Timeline {
        let events = timeline_rows(app).len();
        let t = &mut app.timeline;
        window(&mut t.selected, &mut t.offset, events, visible);
    }
    if app.tab == Tab::Overview {
        let visible = overview_rows_visible(app);
        super::outcomes::keep_in_view(app, visible);
    }
    let sources = app.data.sources.len();
    let s = &mut app.sources;
    window(&mut s.selected, &mut s.offset, sources, visible);
    let results = usize::from(super::results::rows_area(app).height);
    app.results.keep_in_view(results);
}

/// Rows of the Overview's outcome list on screen.
pub(super) fn overview_rows_visible(app: &App) -> usize {
    let body = layout::areas_for(app, screen(app), Tab::Overview).body;
    let [_, right] = super::outcomes::panels(body);
    usize::from(super::outcomes::list_area(right).height)
}

/// Scrolls stop where their content ends, as the view last measured it.
pub(super) fn clamp_scrolls(app: &mut App) {
    app.detail_scroll = app.detail_scroll.min(app.measured.detail_max.get());
    app.help_scroll = app.help_scroll.min(app.measured.help_max.get());
    app.panel.cursor = app
        .panel
        .cursor
        .min(app.panel.rows().len().saturating_sub(1));
}

pub(super) fn scroll_detail(app: &mut App, by: i32) {
    app.detail_scroll = (i32::from(app.detail_scroll) + by).clamp(0, i32::from(u16::MAX)) as u16;
}

pub(super) fn step(value: u16, action: &Action) -> u16 {
    match action {
        Action::Up => value.saturating_sub(1),
        Action::Down => value.saturating_add(1),
        Action::PageUp => value.saturating_sub(10),
        Action::PageDown => value.saturating_add(10),
        Action::Top => 0,
        _ => value,
    }
}
