//! The one place state changes: `update(&mut App, Action)`.

use crate::data::{clean, Category};
use crate::words::{say, W};

use super::action::Action;
use super::columns;
use super::configure;
use super::facet_panel;
use super::layout;
use super::mouse;
use super::moves::{
    clamp_scrolls, go_tab, keep_in_view, move_selection, page, screen, scroll_detail, scrolls, step,
};
use super::open::{enter, jump_back, jump_forward, move_related, source_url, toggle_related};
use super::present::{self, Deck};
use super::search_state::SearchJob;
use super::shape;
use super::state::{App, Mode};
use super::tab::Tab;
use super::text::record_text;

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
    /// Open this address (an http or https URL, checked at load) with the system's opener.
    Open(String),
    /// Write a Markdown brief of what is on show (one category, or every one) to a new file
    /// in the working folder, and report with `Action::Notify`.
    Export {
        tab: Option<Category>,
    },
    /// Write the deck, as shaped, to a new deck file in the working folder, and report with
    /// `Action::Notify`.
    SaveDeck,
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
    let action = match configure::apply(app, action) {
        Ok(effect) => return effect,
        Err(action) => action,
    };
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
    if let Some(effect) = super::results::act(app, &action) {
        return effect;
    }
    if app.tab == Tab::Map && app.mode == Mode::Normal {
        if let Some(effect) = super::map::act(app, &action) {
            return effect;
        }
    }
    match action {
        Quit => app.quit = true,
        Suspend => return Effect::Suspend,
        Redraw => return Effect::RedrawAll,
        Paste(text) => return paste(app, &text),
        NextTab | Right => go_tab(app, app.tab.next()),
        PrevTab | Left => go_tab(app, app.tab.prev()),
        GoTab(t) => go_tab(app, t),
        Up | Down | Top | Bottom | PageUp | PageDown if app.mode == Mode::Help => {
            app.help_scroll = step(app.help_scroll, &action);
        }
        Up | Down | Top | Bottom | PageUp | PageDown if app.mode == Mode::Facet => {
            return facet_panel::apply(app, action);
        }
        Up | Down | Top | Bottom | PageUp | PageDown if app.mode == Mode::Columns => {
            return columns::apply(app, &action);
        }
        // In the detail's related records, the keys move there.
        Up if app.related.is_some() => move_related(app, -1),
        Down if app.related.is_some() => move_related(app, 1),
        Top if app.related.is_some() => move_related(app, i64::MIN / 2),
        Bottom if app.related.is_some() => move_related(app, i64::MAX / 2),
        // On the Overview the pages scroll the visit; the arrows move through the outcomes.
        PageUp if app.tab == Tab::Overview => scroll_detail(app, -(page(app) as i32)),
        PageDown if app.tab == Tab::Overview => scroll_detail(app, page(app) as i32),
        // A zoomed detail scrolls instead of moving a selection.
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
        ToggleZoom => return enter(app),
        ToggleDetail => {
            app.detail_hidden = !app.detail_hidden;
            app.zoom = false;
            app.related = None;
        }
        JumpBack => return jump_back(app),
        JumpForward => return jump_forward(app),
        ToggleRelated => return toggle_related(app),
        Back => {
            if app.related.is_some() {
                app.related = None;
            } else if app.zoom {
                app.zoom = false;
            } else if app.filtering() {
                app.search.query.clear();
                app.filters.clear();
                app.refilter();
                return requery(app);
            } else {
                return Effect::None;
            }
        }
        SearchStart => app.mode = Mode::Search,
        SearchInput(c) => {
            // A query is shown, searched and exported: it takes what a data file may hold
            // (no controls, bidi or zero-width characters) and no more than a long line.
            if !clean::is_kept(c) || app.search.query.chars().count() >= MAX_QUERY_CHARS {
                return Effect::None;
            }
            app.search.query.push(c);
            normalize_query(app);
            return requery(app);
        }
        SearchBackspace => {
            // On an empty query, Backspace takes off the last filter chip.
            if app.search.query.pop().is_none() {
                return facet_panel::apply(app, FilterPop);
            }
            return requery(app);
        }
        SearchDeleteWord => {
            let kept = app.search.query.trim_end().rfind(' ').map_or(0, |i| i + 1);
            app.search.query.truncate(kept);
            return requery(app);
        }
        SearchClearLine => {
            app.search.query.clear();
            return requery(app);
        }
        SearchAccept => app.mode = Mode::Normal,
        SearchCancel => {
            app.mode = Mode::Normal;
            app.search.query.clear();
            return requery(app);
        }
        SearchDone(generation, query, found) => {
            if !app.found(generation, &query, *found) {
                return Effect::None;
            }
            app.detail_scroll = 0;
        }
        SearchEarly(generation, first) => {
            if !app.early(generation, *first) {
                return Effect::None;
            }
            app.detail_scroll = 0;
        }
        FacetOpen | FacetPick | FacetClose | FacetInput(_) | FacetBackspace | FacetClearQuery
        | FacetNextDim | FacetPrevDim | FilterPop => return facet_panel::apply(app, action),
        ColumnsOpen | ColumnsClose | ColumnToggle | ColumnMoveUp | ColumnMoveDown => {
            return columns::apply(app, &action)
        }
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
            let text = record_text(&app.data, r, app.lang());
            app.toast = Some(say(W::Copied, app.lang()).to_string());
            return Effect::Copy(text);
        }
        Export => {
            return Effect::Export {
                tab: app.tab.category(),
            }
        }
        Notify(message) => app.toast = Some(message),
        OpenSource => {
            return match source_url(app) {
                Some(url) => Effect::Open(url),
                None => {
                    app.toast = Some(say(W::NoAddress, app.lang()).to_string());
                    Effect::Redraw
                }
            }
        }
        ToggleHelp => {
            app.mode = if app.mode == Mode::Help {
                Mode::Normal
            } else {
                Mode::Help
            };
            app.help_scroll = 0;
        }
        CycleTheme => app.settings.theme = app.settings.theme.next(),
        ToggleLang => {
            app.settings.lang = app.settings.lang.toggle();
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
        SlideNext | SlidePrev | SlideFirst | SlideLast | SlideMoveUp | SlideMoveDown
        | SlideHide => return shape::slide_key(app, &action),
        DeckSave => return Effect::SaveDeck,
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
        SlideIndex => shape::toggle_index(&mut app.deck),
        SlideBlank(b) => app.deck.blank = Some(b),
        SlideHelp => app.deck.help = true,
        SlideWake | ShowResults => {}
        Resize(w, h) => {
            app.width = w;
            app.height = h;
            keep_in_view(app);
        }
        Click(x, y) => return mouse::click(app, x, y),
        ScrollUp(x, y) => return mouse::wheel(app, x, y, -1),
        ScrollDown(x, y) => return mouse::wheel(app, x, y, 1),
        SetLang(_) | SetTheme(_) | SetFilters(_) | SetBilingual(_) | SetPlan(_) => {}
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
        Mode::Facet => {
            for c in text.chars().filter(|c| !c.is_control()) {
                facet_panel::apply(app, Action::FacetInput(c));
            }
            return Effect::Redraw;
        }
        Mode::Help | Mode::Present | Mode::Columns => return Effect::None,
    }
    let room = MAX_QUERY_CHARS.saturating_sub(app.search.query.chars().count());
    let before = app.search.query.len();
    app.search.query.extend(
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
    if app.search.query.len() == before {
        return Effect::Redraw;
    }
    normalize_query(app);
    requery(app)
}

/// The query as typed, in NFC: a letter and a combining accent typed apart become one
/// letter, as the data holds them (a search on the raw query would miss them).
fn normalize_query(app: &mut App) {
    let normal = crate::search::normalize_query(&app.search.query);
    if normal != app.search.query {
        app.search.query = normal;
    }
}

/// A new query ranks the rows anew: selections start from the best one.
fn requery(app: &mut App) -> Effect {
    app.detail_scroll = 0;
    match app.requery() {
        Some(job) => Effect::Search(job),
        None => Effect::Redraw,
    }
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
