//! The one place state changes: `update(&mut App, Action)`.

use crate::data::{clean, Category};
use crate::words::{say, W};

use super::action::Action;
use super::layout::{self, areas, table_rows};
use super::present::{self, Deck};
use super::state::{App, Mode, SearchJob};
use super::tab::Tab;
use super::text::record_text;
use ratatui::layout::Rect;

/// The longest query kept; a longer paste is cut here.
pub const MAX_QUERY_CHARS: usize = 256;

/// What the loop must do after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Nothing changed on screen.
    None,
    Redraw,
    /// Clear the terminal and draw everything again.
    RedrawAll,
    /// Restore the terminal, stop the process, and take the terminal back on `fg`.
    Suspend,
    /// Put this text on the clipboard (the loop writes OSC 52), then redraw.
    Copy(String),
    /// Write a Markdown brief of what is on show (one category, or every one) to a new file
    /// in the working folder, and report with `Action::Notify`.
    Export {
        tab: Option<Category>,
    },
    /// Run this search off the UI thread and send back `Action::SearchDone`; redraw now,
    /// showing what was typed.
    Search(SearchJob),
}

pub fn update(app: &mut App, action: Action) -> Effect {
    // What the user sees is what was last drawn: a scroll past its end (End, or a pane
    // that shrank) counts from the end before the key acts.
    clamp_scrolls(app);
    let had_toast = app.toast.take().is_some();
    let effect = apply(app, action);
    // Whatever changed (a filter, a sort, the size), every selection stays on screen and
    // no scroll runs past its content.
    keep_in_view(app);
    clamp_scrolls(app);
    match effect {
        Effect::None if had_toast => Effect::Redraw,
        e => e,
    }
}

fn apply(app: &mut App, action: Action) -> Effect {
    use Action::*;
    // Under the "too small" screen nothing the user cannot see may happen: only resizing,
    // leaving, and results arriving from the search thread act.
    if layout::too_small(screen(app))
        && !matches!(
            action,
            Quit | Suspend | Redraw | Resize(..) | SearchDone(..) | SearchEarly(..) | Notify(_)
        )
    {
        return Effect::None;
    }
    if app.mode == Mode::Present && present::uncover(&mut app.deck, &action) {
        return Effect::Redraw;
    }
    match action {
        Quit => app.quit = true,
        Suspend => return Effect::Suspend,
        Redraw => return Effect::RedrawAll,
        Paste(text) => return paste(app, &text),
        NextTab => go_tab(app, app.tab.next()),
        PrevTab => go_tab(app, app.tab.prev()),
        GoTab(t) => go_tab(app, t),
        Up | Down | Top | Bottom | PageUp | PageDown if app.mode == Mode::Help => {
            app.help_scroll = step(app.help_scroll, &action);
        }
        Up | Down | Top | Bottom | PageUp | PageDown if app.mode == Mode::Facet => {
            move_facet(app, &action);
        }
        // A zoomed detail and the overview scroll instead of moving a selection.
        Up if scrolls(app) => scroll_detail(app, -1),
        Down if scrolls(app) => scroll_detail(app, 1),
        PageUp if scrolls(app) => scroll_detail(app, -(page(app) as i32)),
        PageDown if scrolls(app) => scroll_detail(app, page(app) as i32),
        Top if scrolls(app) => app.detail_scroll = 0,
        Bottom if scrolls(app) => app.detail_scroll = u16::MAX,
        Up => move_selection(app, -1),
        Down => move_selection(app, 1),
        Top => move_selection(app, i64::MIN / 2),
        Bottom => move_selection(app, i64::MAX / 2),
        PageUp => move_selection(app, -(page(app) as i64)),
        PageDown => move_selection(app, page(app) as i64),
        ToggleZoom => {
            if app.tab.category().is_none() {
                return Effect::None;
            }
            app.zoom = !app.zoom;
            app.detail_scroll = 0;
        }
        Back => {
            if app.zoom {
                app.zoom = false;
            } else if app.filtering() {
                app.query.clear();
                app.sector = None;
                return requery(app);
            } else {
                return Effect::None;
            }
        }
        SearchStart => app.mode = Mode::Search,
        SearchInput(c) => {
            // A query is shown, searched and exported: it takes what a data file may hold
            // (no controls, bidi or zero-width characters) and no more than a long line.
            if !clean::is_kept(c) || app.query.chars().count() >= MAX_QUERY_CHARS {
                return Effect::None;
            }
            app.query.push(c);
            return requery(app);
        }
        SearchBackspace => {
            if app.query.pop().is_none() {
                return Effect::None;
            }
            return requery(app);
        }
        SearchDeleteWord => {
            let kept = app.query.trim_end().rfind(' ').map_or(0, |i| i + 1);
            app.query.truncate(kept);
            return requery(app);
        }
        SearchClearLine => {
            app.query.clear();
            return requery(app);
        }
        SearchAccept => app.mode = Mode::Normal,
        SearchCancel => {
            app.mode = Mode::Normal;
            app.query.clear();
            return requery(app);
        }
        SearchDone(generation, query, found) => {
            if !app.found(generation, &query, *found) {
                return Effect::None;
            }
            app.detail_scroll = 0;
        }
        SearchEarly(generation, hits) => {
            if !app.early(generation, *hits) {
                return Effect::None;
            }
            app.detail_scroll = 0;
        }
        FacetOpen => {
            app.mode = Mode::Facet;
            // Start on the active sector, so Enter keeps it.
            let counts = app.facet_counts();
            app.facet_cursor = app
                .sector
                .and_then(|s| counts.iter().position(|&(i, _)| i == s))
                .unwrap_or(0);
        }
        FacetPick => {
            app.mode = Mode::Normal;
            if let Some(&(sector, _)) = app.facet_counts().get(app.facet_cursor) {
                app.sector = Some(sector);
                app.refilter();
            }
        }
        FacetClear => {
            app.mode = Mode::Normal;
            app.sector = None;
            app.refilter();
        }
        FacetClose => app.mode = Mode::Normal,
        CycleSort => {
            let Some(c) = app.tab.category() else {
                return Effect::None;
            };
            let list = app.list_mut(c);
            list.sort = list.sort.next();
            app.refilter();
        }
        Copy => {
            let Some(r) = app.selected_record() else {
                return Effect::None;
            };
            let text = record_text(&app.data, r, app.lang);
            app.toast = Some(say(W::Copied, app.lang).to_string());
            return Effect::Copy(text);
        }
        Export => {
            return Effect::Export {
                tab: app.tab.category(),
            }
        }
        Notify(message) => app.toast = Some(message),
        ToggleHelp => {
            app.mode = if app.mode == Mode::Help {
                Mode::Normal
            } else {
                Mode::Help
            };
            app.help_scroll = 0;
        }
        CycleTheme => app.theme = app.theme.next(),
        ToggleLang => {
            app.lang = app.lang.toggle();
            // Title order depends on the language.
            app.refilter();
        }
        PresentStart => {
            app.deck = Deck {
                slides: present::build(app),
                bilingual: app.deck.bilingual,
                marks: std::mem::take(&mut app.deck.marks),
                plan: app.deck.plan.take(),
                ..Deck::default()
            };
            app.mode = Mode::Present;
        }
        ToggleMark => {
            if let Some(r) = app.selected_record() {
                present::toggle_mark(&mut app.deck, r);
            }
        }
        PresentExit => {
            // Esc first drops a half-typed jump or closes the index.
            if !app.deck.jump.is_empty() {
                app.deck.jump.clear();
            } else if app.deck.index {
                app.deck.index = false;
            } else {
                app.mode = Mode::Normal;
            }
        }
        SlideNext | SlidePrev | SlideFirst | SlideLast => present::step(&mut app.deck, &action),
        SlideDigit(c) => {
            if app.deck.jump.len() < 4 {
                app.deck.jump.push(c);
            }
        }
        SlideJump => {
            let d = &mut app.deck;
            if let Ok(n) = d.jump.parse::<usize>() {
                present::go(d, n.clamp(1, d.slides.len().max(1)) - 1);
            }
            d.jump.clear();
            d.index = false;
        }
        SlideIndex => app.deck.index = !app.deck.index,
        SlideBlank(b) => app.deck.blank = Some(b),
        SlideHelp => app.deck.help = true,
        SlideWake => {}
        Resize(w, h) => {
            app.width = w;
            app.height = h;
            keep_in_view(app);
        }
        Click(x, y) => return click(app, x, y),
        ScrollUp(x, y) => return wheel(app, x, y, -1),
        ScrollDown(x, y) => return wheel(app, x, y, 1),
    }
    Effect::Redraw
}

/// A paste goes into the query as one piece: newlines and tabs become spaces, what a data
/// file could not hold is dropped, and the query stays within its cap. Outside the search
/// box a paste starts a search; where there is no search box (slides, popups) it is ignored.
fn paste(app: &mut App, text: &str) -> Effect {
    match app.mode {
        Mode::Search => {}
        Mode::Normal => app.mode = Mode::Search,
        Mode::Facet | Mode::Help | Mode::Present => return Effect::None,
    }
    let room = MAX_QUERY_CHARS.saturating_sub(app.query.chars().count());
    let before = app.query.len();
    app.query.extend(
        text.chars()
            .map(|c| {
                if matches!(c, '\n' | '\r' | '\t') {
                    ' '
                } else {
                    c
                }
            })
            .filter(|&c| clean::is_kept(c))
            .take(room),
    );
    if app.query.len() == before {
        return Effect::Redraw;
    }
    requery(app)
}

fn screen(app: &App) -> Rect {
    Rect::new(0, 0, app.width, app.height)
}

/// Rows of the table that fit on screen: the step of PgUp/PgDn.
/// Rows of a table that fit on screen, or lines of the zoomed detail: the step of
/// PgUp/PgDn. Measured as on a records tab, so lists keep their windows on the overview.
fn page(app: &App) -> usize {
    let tab = Tab::Records(app.tab.category().unwrap_or(Category::Agreements));
    let a = layout::areas_for(app, screen(app), tab);
    let height = a.table.map(table_rows).or(a.detail).map_or(1, |r| r.height);
    usize::from(height.max(1))
}

fn scrolls(app: &App) -> bool {
    app.zoom || app.tab == Tab::Overview
}

fn go_tab(app: &mut App, tab: Tab) {
    app.tab = tab;
    app.zoom = false;
    app.detail_scroll = 0;
}

/// A new query ranks the rows anew: selections start from the best one.
fn requery(app: &mut App) -> Effect {
    app.detail_scroll = 0;
    match app.requery() {
        Some(job) => Effect::Search(job),
        None => Effect::Redraw,
    }
}

fn move_selection(app: &mut App, by: i64) {
    let Some(c) = app.tab.category() else {
        return;
    };
    let list = app.list_mut(c);
    let last = list.rows.len().saturating_sub(1) as i64;
    let to = (list.selected as i64)
        .saturating_add(by)
        .clamp(0, last.max(0));
    list.selected = to as usize;
    app.detail_scroll = 0;
    keep_in_view(app);
}

/// Moves the table's window so the selection stays visible.
fn keep_in_view(app: &mut App) {
    let visible = page(app);
    for c in Category::ALL {
        let list = app.list_mut(c);
        let len = list.rows.len();
        list.selected = list.selected.min(len.saturating_sub(1));
        if list.selected < list.offset {
            list.offset = list.selected;
        } else if list.selected >= list.offset + visible {
            list.offset = list.selected + 1 - visible;
        }
        // A taller window shows the rows above rather than empty space below.
        list.offset = list.offset.min(len.saturating_sub(visible));
    }
}

/// Scrolls stop where their content ends, as the view last measured it.
fn clamp_scrolls(app: &mut App) {
    app.detail_scroll = app.detail_scroll.min(app.measured.detail_max.get());
    app.help_scroll = app.help_scroll.min(app.measured.help_max.get());
    app.facet_cursor = app
        .facet_cursor
        .min(app.facet_counts().len().saturating_sub(1));
}

fn scroll_detail(app: &mut App, by: i32) {
    app.detail_scroll = (i32::from(app.detail_scroll) + by).clamp(0, i32::from(u16::MAX)) as u16;
}

fn step(value: u16, action: &Action) -> u16 {
    match action {
        Action::Up => value.saturating_sub(1),
        Action::Down => value.saturating_add(1),
        Action::PageUp => value.saturating_sub(10),
        Action::PageDown => value.saturating_add(10),
        Action::Top => 0,
        _ => value,
    }
}

fn move_facet(app: &mut App, action: &Action) {
    let n = app.facet_counts().len();
    if n == 0 {
        return;
    }
    app.facet_cursor = match action {
        Action::Up => (app.facet_cursor + n - 1) % n,
        Action::Down => (app.facet_cursor + 1) % n,
        Action::Top | Action::PageUp => 0,
        Action::Bottom | Action::PageDown => n - 1,
        _ => app.facet_cursor,
    };
}

fn click(app: &mut App, x: u16, y: u16) -> Effect {
    if app.mode != Mode::Normal {
        return Effect::None;
    }
    let a = areas(app, screen(app));
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

fn wheel(app: &mut App, x: u16, y: u16, by: i32) -> Effect {
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

/// [`update`], with any search it starts run to the end at once: for scripts, offscreen
/// rendering and tests, which have no loop to hand the search to.
pub fn update_blocking(app: &mut App, action: Action) -> Effect {
    match update(app, action) {
        Effect::Search(job) => {
            let index = app.index.clone();
            if let Some(found) = job.run(&index, &|| false, &mut |_| {}) {
                app.found(job.generation, &job.query, found);
                keep_in_view(app);
            }
            Effect::Redraw
        }
        effect => effect,
    }
}
