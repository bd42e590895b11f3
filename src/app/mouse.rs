//! Clicks and the wheel: where on screen they land decides what they do.

use super::layout;
use super::layout::{areas, table_rows};
use super::moves::{go_tab, move_selection, screen, scroll_detail};
use super::state::{App, Mode};
use super::update::Effect;

pub(super) fn click(app: &mut App, x: u16, y: u16) -> Effect {
    if app.mode != Mode::Normal {
        return Effect::None;
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
    let Some(rows) = a.table.map(table_rows) else {
        return Effect::None;
    };
    if !rows.contains(ratatui::layout::Position::new(x, y)) {
        return Effect::None;
    }
    let Some(c) = app.tab.category() else {
        return Effect::None;
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

pub(super) fn wheel(app: &mut App, x: u16, y: u16, by: i32) -> Effect {
    let a = areas(app, screen(app));
    let pos = ratatui::layout::Position::new(x, y);
    if a.detail.is_some_and(|d| d.contains(pos)) {
        scroll_detail(app, by * 3);
    } else if app.mode == Mode::Normal {
        move_selection(app, i64::from(by));
    } else {
        return Effect::None;
    }
    Effect::Redraw
}
