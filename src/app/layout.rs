//! Where each part of the screen goes. Pure geometry, shared by the view (to draw) and by
//! `update` (to hit-test clicks and size pages), so the two never disagree.

use ratatui::layout::{Constraint, Direction, Layout, Rect};

use super::state::{App, Mode};
use super::tab::Tab;

/// Below this the dashboard shows a "terminal too small" screen instead.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;
/// From this width on, the detail sits beside the table rather than below it.
pub const WIDE: u16 = 110;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Areas {
    pub header: Rect,
    pub tabs: Rect,
    /// The search line, while searching or filtering.
    pub search: Option<Rect>,
    pub body: Rect,
    /// The table, with its border; none on the overview or in zoom.
    pub table: Option<Rect>,
    pub detail: Option<Rect>,
    pub footer: Rect,
}

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

pub fn areas(app: &App, area: Rect) -> Areas {
    areas_for(app, area, app.tab)
}

/// The areas as they would be with `tab` on show.
pub fn areas_for(app: &App, area: Rect, tab: Tab) -> Areas {
    let show_search = app.mode == Mode::Search || app.filtering();
    let [header, tabs, search, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(u16::from(show_search)),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let (table, detail) = match tab {
        Tab::Overview => (None, None),
        Tab::Records(_) if app.zoom => (None, Some(body)),
        Tab::Records(_) => {
            let (direction, split) = if area.width >= WIDE {
                (
                    Direction::Horizontal,
                    [Constraint::Percentage(55), Constraint::Percentage(45)],
                )
            } else {
                (
                    Direction::Vertical,
                    [Constraint::Percentage(45), Constraint::Percentage(55)],
                )
            };
            let [t, d] = Layout::default()
                .direction(direction)
                .constraints(split)
                .areas(body);
            (Some(t), Some(d))
        }
    };
    Areas {
        header,
        tabs,
        search: show_search.then_some(search),
        body,
        table,
        detail,
        footer,
    }
}

/// The part of a bordered table that holds rows: inside the border, below the header line.
pub fn table_rows(table: Rect) -> Rect {
    let inner = Rect {
        x: table.x.saturating_add(1),
        y: table.y.saturating_add(1),
        width: table.width.saturating_sub(2),
        height: table.height.saturating_sub(2),
    };
    Rect {
        y: inner.y.saturating_add(1),
        height: inner.height.saturating_sub(1),
        ..inner
    }
}

/// The text of each tab's title, as the tab bar shows it at the terminal's width: "2
/// Investments 3/6" while filtering, "2 Investments 6" otherwise; on a narrow screen the
/// key numbers go first, then the counts.
pub fn tab_titles(app: &App) -> Vec<(Tab, String)> {
    let full = titles(app, true, true);
    if bar_width(&full) <= app.width {
        return full;
    }
    let no_keys = titles(app, false, true);
    if bar_width(&no_keys) <= app.width {
        return no_keys;
    }
    titles(app, false, false)
}

fn titles(app: &App, keys: bool, counts: bool) -> Vec<(Tab, String)> {
    Tab::ALL
        .into_iter()
        .enumerate()
        .map(|(i, tab)| {
            let mut title = if keys {
                format!("{} {}", i + 1, tab.label(app.lang))
            } else {
                tab.label(app.lang).to_string()
            };
            match tab.category() {
                Some(c) if counts && app.filtering() => {
                    title.push_str(&format!(" {}/{}", app.list(c).rows.len(), app.data.len(c)))
                }
                Some(c) if counts => title.push_str(&format!(" {}", app.data.len(c))),
                _ => {}
            }
            (tab, title)
        })
        .collect()
}

/// Columns the tab bar takes with these titles.
fn bar_width(titles: &[(Tab, String)]) -> u16 {
    let text: usize = titles
        .iter()
        .map(|(_, t)| unicode_width::UnicodeWidthStr::width(t.as_str()) + 2)
        .sum();
    let gaps = usize::from(TAB_GAP) * titles.len().saturating_sub(1);
    u16::try_from(text + gaps + usize::from(TAB_INDENT)).unwrap_or(u16::MAX)
}

/// Width of the gap between two tab titles.
pub const TAB_GAP: u16 = 3;
/// Columns before the first tab title.
pub const TAB_INDENT: u16 = 1;

/// The tab whose title covers column `x` of the tab bar.
pub fn tab_at(app: &App, x: u16) -> Option<Tab> {
    let mut left = TAB_INDENT;
    for (tab, title) in tab_titles(app) {
        let width = unicode_width::UnicodeWidthStr::width(title.as_str()) as u16 + 2;
        if (left..left + width).contains(&x) {
            return Some(tab);
        }
        left += width + TAB_GAP;
    }
    None
}
