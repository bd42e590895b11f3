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
/// From this width on, the table takes 62% of the width.
pub const WIDEST: u16 = 160;

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
        // The Map view lays out its own parts (`map_places::map_areas`).
        Tab::Overview | Tab::Map => (None, None),
        Tab::Records(_) | Tab::Timeline | Tab::Sources if app.zoom => (None, Some(body)),
        Tab::Records(_) | Tab::Timeline | Tab::Sources if app.detail_hidden => (Some(body), None),
        Tab::Records(_) | Tab::Timeline | Tab::Sources => {
            let (direction, split) = if area.width >= WIDEST {
                // The detail reads well in 38% here: the table shows its titles whole.
                (
                    Direction::Horizontal,
                    [Constraint::Percentage(62), Constraint::Percentage(38)],
                )
            } else if area.width >= WIDE {
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

/// The tab bar as it fits the terminal's width: each tab's title and the gap between two.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TabBar {
    pub titles: Vec<(Tab, String)>,
    /// Columns between two titles: a rule with a space each side, or the rule alone.
    pub gap: u16,
}

/// The tab bar at the terminal's width. Each title is "2 Investments 3/6" while filtering,
/// "2 Investments 6" otherwise. Where that does not fit, short names come first, then a
/// narrower gap, then the counts go, and the key numbers stay to the last: every tab stays
/// on the bar and reachable by its number.
pub fn tab_bar(app: &App) -> TabBar {
    let ladder = [
        (Names::Full, TAB_GAP, true),
        (Names::Full, 1, true),
        (Names::Short, TAB_GAP, true),
        (Names::Short, 1, true),
        (Names::Short, 1, false),
        (Names::None, 1, false),
    ];
    let mut bar = None;
    for (names, gap, counts) in ladder {
        let titles = titles(app, names, counts);
        let fits = bar_width(&titles, gap) <= app.width;
        bar = Some(TabBar { titles, gap });
        if fits {
            break;
        }
    }
    bar.unwrap_or(TabBar {
        titles: Vec::new(),
        gap: TAB_GAP,
    })
}

/// Each tab's title as the tab bar shows it now.
pub fn tab_titles(app: &App) -> Vec<(Tab, String)> {
    tab_bar(app).titles
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Names {
    Full,
    Short,
    None,
}

fn titles(app: &App, names: Names, counts: bool) -> Vec<(Tab, String)> {
    Tab::ALL
        .into_iter()
        .enumerate()
        .map(|(i, tab)| {
            let mut title = (i + 1).to_string();
            let name = match names {
                Names::Full => tab.label(app.lang()),
                Names::Short => tab.short_label(app.lang()),
                Names::None => "",
            };
            if !name.is_empty() {
                title.push(' ');
                title.push_str(name);
            }
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

/// Columns the tab bar takes with these titles and this gap.
fn bar_width(titles: &[(Tab, String)], gap: u16) -> u16 {
    let text: usize = titles
        .iter()
        .map(|(_, t)| unicode_width::UnicodeWidthStr::width(t.as_str()) + 2)
        .sum();
    let gaps = usize::from(gap) * titles.len().saturating_sub(1);
    u16::try_from(text + gaps + usize::from(TAB_INDENT)).unwrap_or(u16::MAX)
}

/// Width of the widest gap between two tab titles.
pub const TAB_GAP: u16 = 3;
/// Columns before the first tab title.
pub const TAB_INDENT: u16 = 1;

/// The tab whose title covers column `x` of the tab bar.
pub fn tab_at(app: &App, x: u16) -> Option<Tab> {
    let bar = tab_bar(app);
    let mut left = TAB_INDENT;
    for (tab, title) in bar.titles {
        let width = u16::try_from(unicode_width::UnicodeWidthStr::width(title.as_str()))
            .unwrap_or(u16::MAX)
            .saturating_add(2);
        if (left..left.saturating_add(width)).contains(&x) {
            return Some(tab);
        }
        left = left.saturating_add(width).saturating_add(bar.gap);
    }
    None
}

/// The Overview's area split in two: its panels above, the charts below. Under 16 rows
/// the charts take nothing; from 30 rows, two fifths.
pub fn carve(area: Rect) -> (Rect, Rect) {
    let h = area.height;
    let charts = match h {
        0..16 => 0,
        16..30 => 7,
        _ => h / 5 * 2,
    };
    let [top, bottom] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(charts)]).areas(area);
    (top, bottom)
}
