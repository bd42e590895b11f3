//! State transitions through the public API: keys go through `action_for` for the current
//! mode and then `update`, the only function that changes an `App`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use ratatui::layout::Rect;

use visit_dash::app::layout::{areas, tab_at, tab_bar, tab_titles, table_rows, TAB_INDENT};
use visit_dash::app::{action_for, update, Action, App, Effect, Mode, Sort, Tab, ThemeName};
use visit_dash::cli::render::frame;
use visit_dash::cli::ThemeArg;
use visit_dash::data::facets::Dimension;
use visit_dash::data::{Category, Lang, RecordRef, Stage};

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

mod common;
use common::{app, dataset, keys, press, press_with};

/// Opens the search, types `query` and keeps it with Enter.
fn search(app: &mut App, query: &str) {
    press(app, KeyCode::Char('/'));
    keys(app, query);
    press(app, KeyCode::Enter);
}

const INV: Category = Category::Investments;
const AGR: Category = Category::Agreements;

fn id_of(app: &App, r: RecordRef) -> String {
    app.data().get(r).expect("record exists").id().to_string()
}

fn ids(app: &App, c: Category) -> Vec<String> {
    app.list(c)
        .rows
        .iter()
        .map(|h| id_of(app, h.record))
        .collect()
}

fn selected_id(app: &App) -> String {
    id_of(app, app.selected_record().expect("a selection"))
}

fn total_rows(app: &App) -> usize {
    app.lists().iter().map(|l| l.rows.len()).sum()
}

/// Moves the selection of the current tab onto `id` with `g` then `j`.
fn select(app: &mut App, id: &str) {
    press(app, KeyCode::Char('g'));
    for _ in 0..64 {
        if selected_id(app) == id {
            return;
        }
        press(app, KeyCode::Char('j'));
    }
    panic!("record {id} is not on the current tab");
}

fn sector_index(app: &App, id: &str) -> usize {
    app.data()
        .vocabulary
        .sectors
        .iter()
        .position(|s| s.id.as_str() == id)
        .unwrap_or_else(|| panic!("no sector {id}"))
}

/// The one sector filtered on, if exactly one is.
fn sector(app: &App) -> Option<usize> {
    app.filters().only(Dimension::Sector)
}

/// The sector panel's rows: (sector, count).
fn sector_counts(app: &App) -> Vec<(usize, usize)> {
    assert_eq!(app.panel().dimension, Dimension::Sector);
    app.panel()
        .rows()
        .iter()
        .map(|r| (r.value, r.count))
        .collect()
}

/// Opens the facet panel on sectors, moves its cursor onto `id` and picks it, all with keys.
fn pick_sector(app: &mut App, id: &str) {
    let want = sector_index(app, id);
    press(app, KeyCode::Char('s'));
    assert_eq!(app.mode(), Mode::Facet);
    assert_eq!(app.panel().dimension, Dimension::Sector);
    let n = app.panel().rows().len();
    for _ in 0..=n {
        if app.panel().rows()[app.panel().cursor].value == want {
            press(app, KeyCode::Enter);
            assert_eq!(app.mode(), Mode::Normal);
            assert!(app.filters().values(Dimension::Sector).any(|v| v == want));
            return;
        }
        press(app, KeyCode::Down);
    }
    panic!("sector {id} is not in the panel");
}

/// Rows of the table that fit on screen at the app's size.
fn page(app: &App) -> usize {
    let a = areas(app, Rect::new(0, 0, app.width(), app.height()));
    usize::from(table_rows(a.table.expect("a table")).height)
}

/// The list invariants every state must keep.
fn check_lists(app: &App) -> Result<(), String> {
    for c in Category::ALL {
        let l = app.list(c);
        if l.rows.is_empty() {
            if l.selected != 0 {
                return Err(format!("{c:?}: empty list with selected {}", l.selected));
            }
        } else if l.selected >= l.rows.len() {
            return Err(format!(
                "{c:?}: selected {} of {} rows",
                l.selected,
                l.rows.len()
            ));
        }
        if l.offset > l.selected {
            return Err(format!(
                "{c:?}: offset {} past selected {}",
                l.offset, l.selected
            ));
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Tabs
// ---------------------------------------------------------------------------------------

#[test]
fn next_and_prev_tab_wrap_around_with_every_key() {
    for next in [
        KeyCode::Tab,
        KeyCode::Char(']'),
        KeyCode::Right,
        KeyCode::Char('l'),
    ] {
        let mut app = app(120, 40);
        let mut seen = Vec::new();
        for _ in 0..Tab::ALL.len() {
            press(&mut app, next);
            seen.push(app.tab());
        }
        let mut want = Tab::ALL[1..].to_vec();
        want.push(Tab::Overview);
        assert_eq!(seen, want, "{next:?}");
    }
    for prev in [
        KeyCode::BackTab,
        KeyCode::Char('['),
        KeyCode::Left,
        KeyCode::Char('h'),
    ] {
        let mut app = app(120, 40);
        let n = Tab::ALL.len();
        press(&mut app, prev);
        assert_eq!(app.tab(), Tab::ALL[n - 1], "{prev:?} wraps");
        press(&mut app, prev);
        assert_eq!(app.tab(), Tab::ALL[n - 2], "{prev:?}");
    }
}

#[test]
fn digits_one_to_five_pick_tabs() {
    let mut app = app(120, 40);
    for (i, want) in Tab::ALL.into_iter().enumerate().rev() {
        let digit = char::from(b'1' + i as u8);
        assert_eq!(press(&mut app, KeyCode::Char(digit)), Effect::Redraw);
        assert_eq!(app.tab(), want, "key {digit}");
    }
    let past = char::from(b'1' + Tab::ALL.len() as u8);
    for other in ['0', past, '9'] {
        let key = KeyEvent::new(KeyCode::Char(other), KeyModifiers::NONE);
        assert_eq!(action_for(key, Mode::Normal), None, "{other}");
    }
}

#[test]
fn changing_tab_leaves_the_zoom_and_keeps_selections() {
    let mut app = app(120, 40);
    keys(&mut app, "3jj");
    press(&mut app, KeyCode::Enter);
    assert!(app.zoom());
    keys(&mut app, "2");
    assert!(!app.zoom(), "a new tab starts unzoomed");
    keys(&mut app, "3");
    assert_eq!(
        app.list(INV).selected,
        2,
        "each tab keeps its own selection"
    );
    // On the overview Enter opens the selected outcome, unzoomed, in its own view.
    keys(&mut app, "1");
    assert_eq!(press(&mut app, KeyCode::Enter), Effect::Redraw);
    assert!(matches!(app.tab(), Tab::Records(_)));
    assert!(!app.zoom());
}

// ---------------------------------------------------------------------------------------
// Moving the selection
// ---------------------------------------------------------------------------------------

#[test]
fn up_and_down_clamp_at_both_ends() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    let n = app.list(INV).rows.len();
    assert_eq!(n, 6);
    press(&mut app, KeyCode::Up);
    keys(&mut app, "k");
    assert_eq!(app.list(INV).selected, 0, "up at the top stays");
    for i in 1..n {
        press(&mut app, KeyCode::Down);
        assert_eq!(app.list(INV).selected, i);
    }
    for _ in 0..3 {
        keys(&mut app, "j");
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(app.list(INV).selected, n - 1, "down at the bottom stays");
    keys(&mut app, "k");
    assert_eq!(app.list(INV).selected, n - 2);
    // Other tables did not move.
    assert_eq!(app.list(AGR).selected, 0);
}

#[test]
fn g_and_shift_g_jump_to_the_ends() {
    let mut app = app(120, 40);
    keys(&mut app, "2G");
    let n = app.list(AGR).rows.len();
    assert_eq!(app.list(AGR).selected, n - 1);
    keys(&mut app, "g");
    assert_eq!(app.list(AGR).selected, 0);
    press(&mut app, KeyCode::End);
    assert_eq!(app.list(AGR).selected, n - 1);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.list(AGR).selected, 0);
}

#[test]
fn page_keys_move_by_the_rows_on_screen() {
    // Short enough that the investments table shows fewer rows than it has.
    let mut app = app(80, 16);
    keys(&mut app, "3");
    let n = app.list(INV).rows.len();
    let page = page(&app);
    assert!(
        (1..n).contains(&page),
        "page of {page} rows for {n} records"
    );

    let mut want = 0;
    while want < n - 1 {
        want = (want + page).min(n - 1);
        press(&mut app, KeyCode::PageDown);
        let l = app.list(INV);
        assert_eq!(l.selected, want);
        assert!(
            l.offset <= l.selected && l.selected < l.offset + page,
            "visible"
        );
    }
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.list(INV).selected, n - 1, "PgDn at the end stays");

    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.list(INV).selected, n - 1 - page);
    let l = app.list(INV);
    assert!(l.offset <= l.selected && l.selected < l.offset + page);
    press_with(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    press(&mut app, KeyCode::PageUp);
    assert_eq!(app.list(INV).selected, 0, "PgUp at the top stays");
    assert_eq!(app.list(INV).offset, 0);
    press_with(&mut app, KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(app.list(INV).selected, page, "Ctrl-d pages down");
}

#[test]
fn moving_on_the_overview_changes_nothing() {
    let mut app = app(120, 40);
    keys(&mut app, "jjGk");
    press(&mut app, KeyCode::PageDown);
    for l in app.lists() {
        assert_eq!((l.selected, l.offset), (0, 0));
    }
}

// ---------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------

#[test]
fn typing_a_query_filters_every_tab_at_once() {
    for query in ["sinopek", "шымкент", "grain", "ai", "кит"] {
        let mut app = app(120, 40);
        keys(&mut app, "3/");
        assert_eq!(app.mode(), Mode::Search);
        keys(&mut app, query);
        assert_eq!(app.query(), query);
        let hits = app.index().search(query);
        assert!(!hits.is_empty(), "{query} finds something");
        for c in Category::ALL {
            let want: Vec<RecordRef> = hits
                .iter()
                .map(|h| h.record)
                .filter(|r| r.category == c)
                .collect();
            let got: Vec<RecordRef> = app.list(c).rows.iter().map(|h| h.record).collect();
            assert_eq!(got, want, "{query}: {c:?}, best first");
        }
        assert_eq!(total_rows(&app), hits.len(), "{query}");
        // The tab bar shows shown/total for every category.
        for (tab, title) in tab_titles(&app) {
            if let Some(c) = tab.category() {
                let suffix = format!(" {}/{}", app.list(c).rows.len(), app.data().len(c));
                assert!(title.ends_with(&suffix), "{query}: {title}");
            }
        }
    }

    let mut app = app(120, 40);
    keys(&mut app, "/sinopek");
    assert_eq!(ids(&app, INV)[0], "inv-atyrau-polyethylene");
    assert!(ids(&app, Category::Quotes).contains(&"q-flagship-projects".to_string()));
    let mut app2 = self::app(120, 40);
    keys(&mut app2, "/cnpc");
    assert_eq!(ids(&app2, INV), ["inv-shymkent-refinery"]);
}

#[test]
fn a_new_query_puts_every_selection_back_on_the_best_row() {
    let mut app = app(80, 16);
    keys(&mut app, "3G2jjj");
    assert_eq!(app.list(INV).selected, 5);
    assert_eq!(app.list(AGR).selected, 3);
    keys(&mut app, "/a");
    for l in app.lists() {
        assert_eq!((l.selected, l.offset), (0, 0), "after typing");
    }
    press(&mut app, KeyCode::Down);
    assert_eq!(app.list(AGR).selected, 1, "arrows move in search mode");
    keys(&mut app, "i");
    assert_eq!(app.list(AGR).selected, 0, "each new letter resets");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.query(), "a");
    assert_eq!(app.list(AGR).selected, 0, "backspace is a new query too");
}

#[test]
fn enter_keeps_the_query_and_returns_to_normal_mode() {
    let mut app = app(120, 40);
    keys(&mut app, "3/sinopek");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.query(), "sinopek");
    assert!(app.filtering());
    assert!(!app.zoom(), "Enter in search does not zoom");
    // Letters are commands again.
    keys(&mut app, "j");
    assert_eq!(app.query(), "sinopek");
    assert_eq!(
        app.list(INV).rows.len(),
        app.index()
            .search("sinopek")
            .iter()
            .filter(|h| h.record.category == INV)
            .count()
    );
}

#[test]
fn ctrl_w_and_ctrl_u_edit_the_query() {
    let mut app = app(120, 40);
    keys(&mut app, "/oil gas");
    press_with(&mut app, KeyCode::Char('w'), KeyModifiers::CONTROL);
    assert_eq!(app.query(), "oil ");
    press_with(&mut app, KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(app.query(), "");
    assert_eq!(total_rows(&app), 22, "an empty query shows everything");
}

#[test]
fn esc_in_search_clears_the_query() {
    let mut app = app(120, 40);
    let everything = total_rows(&app);
    keys(&mut app, "3/cnpc");
    assert!(total_rows(&app) < everything);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(app.query(), "");
    assert!(!app.filtering());
    assert_eq!(total_rows(&app), everything);
    for c in Category::ALL {
        assert_eq!(app.list(c).rows.len(), app.data().len(c));
    }
}

#[test]
fn esc_in_normal_mode_leaves_the_zoom_then_clears_the_filters() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    pick_sector(&mut app, "oil-gas");
    search(&mut app, "cnpc");
    press(&mut app, KeyCode::Enter);
    assert!(app.zoom());

    press(&mut app, KeyCode::Esc);
    assert!(!app.zoom(), "first Esc leaves the zoom");
    assert_eq!(app.query(), "cnpc", "and keeps the search");
    assert!(sector(&app).is_some(), "and the sector");

    press(&mut app, KeyCode::Esc);
    assert_eq!(app.query(), "");
    assert!(app.filters().is_empty());
    assert_eq!(total_rows(&app), 22);

    assert_eq!(
        press(&mut app, KeyCode::Esc),
        Effect::None,
        "nothing left to undo"
    );
}

#[test]
fn the_selection_is_clamped_when_a_filter_shrinks_the_list() {
    // By search: the last investment, then a query that leaves one.
    let mut app = app(80, 16);
    keys(&mut app, "3G");
    assert_eq!(app.list(INV).selected, 5);
    assert!(
        app.list(INV).offset > 0,
        "the window scrolled at this height"
    );
    search(&mut app, "cnpc");
    let l = app.list(INV);
    assert_eq!(l.rows.len(), 1);
    assert_eq!((l.selected, l.offset), (0, 0));
    assert_eq!(selected_id(&app), "inv-shymkent-refinery");

    // By sector: the selected record is filtered out.
    let mut app = self::app(80, 16);
    keys(&mut app, "3G");
    assert_eq!(selected_id(&app), "inv-smart-cities");
    pick_sector(&mut app, "oil-gas");
    let l = app.list(INV);
    assert_eq!(l.rows.len(), 2);
    assert!(l.selected < 2 && l.offset <= l.selected);

    // By sector, when the selected record survives, the selection follows it.
    let mut app = self::app(80, 16);
    keys(&mut app, "3");
    select(&mut app, "inv-digital-payments");
    pick_sector(&mut app, "finance");
    assert_eq!(app.list(INV).rows.len(), 1);
    assert_eq!(selected_id(&app), "inv-digital-payments");
    assert_eq!(app.list(INV).offset, 0);
}

#[test]
fn a_search_that_finds_nothing_empties_every_list() {
    let mut app = app(120, 40);
    keys(&mut app, "3G/qqqqzzzz");
    assert_eq!(total_rows(&app), 0);
    for l in app.lists() {
        assert_eq!((l.selected, l.offset), (0, 0));
    }
    assert_eq!(app.selected_record(), None);
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "jGk");
    press(&mut app, KeyCode::PageDown);
    assert_eq!(app.list(INV).selected, 0);
    assert_eq!(
        press(&mut app, KeyCode::Char('y')),
        Effect::None,
        "nothing to copy"
    );
}

// ---------------------------------------------------------------------------------------
// Sector facet
// ---------------------------------------------------------------------------------------

#[test]
fn facet_opens_moves_with_wrap_and_closes() {
    let mut app = app(120, 40);
    keys(&mut app, "3s");
    assert_eq!(app.mode(), Mode::Facet);
    assert_eq!(app.panel().cursor, 0);
    let n = app.panel().rows().len();
    assert!(n > 5);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.panel().cursor, 2);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.panel().cursor, 1);
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Up);
    assert_eq!(
        app.panel().cursor,
        n - 1,
        "up from the top wraps to the bottom"
    );
    press(&mut app, KeyCode::Down);
    assert_eq!(
        app.panel().cursor,
        0,
        "down from the bottom wraps to the top"
    );
    press(&mut app, KeyCode::End);
    assert_eq!(app.panel().cursor, n - 1);
    press(&mut app, KeyCode::Home);
    assert_eq!(app.panel().cursor, 0);
    // The table under the panel did not move.
    assert_eq!(app.list(INV).selected, 0);
    // Esc closes, keeping things as they are.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Normal);
    assert!(app.filters().is_empty());
}

#[test]
fn sectors_no_record_uses_are_left_out_of_the_panel() {
    let mut app = app(120, 40);
    keys(&mut app, "s");
    let shown: Vec<&str> = sector_counts(&app)
        .iter()
        .map(|&(i, _)| app.data().vocabulary.sectors[i].id.as_str())
        .collect();
    for unused in ["mining", "metallurgy", "industrial-parks"] {
        assert!(!shown.contains(&unused), "{unused}");
    }
    assert!(sector_counts(&app).iter().all(|&(_, n)| n > 0));
    let counts: Vec<usize> = sector_counts(&app).iter().map(|&(_, n)| n).collect();
    let mut sorted = counts.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(counts, sorted, "most first, as a frequency table");
}

#[test]
fn picking_a_sector_filters_every_tab_by_it() {
    let mut base = app(120, 40);
    keys(&mut base, "s");
    for (sector, count) in sector_counts(&base) {
        let id = base.data().vocabulary.sectors[sector].id.to_string();
        let mut app = app(120, 40);
        keys(&mut app, "2");
        pick_sector(&mut app, &id);
        assert_eq!(app.only_filter(Dimension::Sector), Some(id.as_str()));
        assert_eq!(total_rows(&app), count, "{id}: the panel's count");
        for c in Category::ALL {
            let want: Vec<String> = app
                .data()
                .records(c)
                .filter(|(_, rec)| rec.sectors().iter().any(|s| s.as_str() == id))
                .map(|(_, rec)| rec.id().to_string())
                .collect();
            assert_eq!(ids(&app, c), want, "{id}: {c:?}");
        }
        assert!(app.filtering());
        assert_eq!(app.query(), "");
    }
}

#[test]
fn enter_on_an_active_value_takes_it_off_and_reopening_starts_on_it() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    pick_sector(&mut app, "technology");
    let want = sector_index(&app, "technology");
    keys(&mut app, "s");
    let at = app.panel().rows().iter().position(|r| r.value == want);
    assert_eq!(
        Some(app.panel().cursor),
        at,
        "the panel opens on the active value"
    );
    assert!(app.panel().rows()[app.panel().cursor].active);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(sector(&app), None, "Enter on an active value takes it off");
    assert_eq!(total_rows(&app), 22);

    pick_sector(&mut app, "culture");
    keys(&mut app, "s");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(
        sector(&app),
        Some(sector_index(&app, "culture")),
        "Esc closes the panel and keeps the filters"
    );
    keys(&mut app, "s");
    press(&mut app, KeyCode::Backspace);
    assert_eq!(
        sector(&app),
        None,
        "Backspace on an empty query takes off the last chip"
    );
    assert_eq!(app.mode(), Mode::Facet, "and the panel stays open");
}

#[test]
fn facet_counts_reflect_the_current_search() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    search(&mut app, "sinopek");
    let hits = app.index().search("sinopek");
    keys(&mut app, "s");
    let counts = sector_counts(&app);
    press(&mut app, KeyCode::Esc);
    assert!(!counts.is_empty());
    for &(sector, n) in &counts {
        let id = app.data().vocabulary.sectors[sector].id.to_string();
        let want = hits
            .iter()
            .filter_map(|h| app.data().get(h.record))
            .filter(|rec| rec.sectors().iter().any(|s| s.as_str() == id))
            .count();
        assert_eq!(n, want, "{id}");
    }
    // Fewer than without the search.
    let mut all = self::app(120, 40);
    keys(&mut all, "s");
    assert!(counts.len() < sector_counts(&all).len());

    let (oil, n) = *counts
        .iter()
        .find(|&&(i, _)| app.data().vocabulary.sectors[i].id.as_str() == "oil-gas")
        .expect("oil and gas among the sinopek hits");
    pick_sector(&mut app, "oil-gas");
    assert_eq!(sector(&app), Some(oil));
    assert_eq!(app.query(), "sinopek", "picking keeps the search");
    assert_eq!(total_rows(&app), n);
}

#[test]
fn facet_with_nothing_to_pick_closes_quietly() {
    let mut app = app(120, 40);
    search(&mut app, "qqqqzzzz");
    keys(&mut app, "s");
    assert!(app.panel().rows().is_empty());
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Normal);
    assert!(app.filters().is_empty());
}

// ---------------------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------------------

#[test]
fn sort_cycles_natural_title_status_natural() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    let natural = ids(&app, INV);
    assert_eq!(app.list(INV).sort, Sort::Natural);
    let dataset_order: Vec<String> = app
        .data()
        .records(INV)
        .map(|(_, r)| r.id().to_string())
        .collect();
    assert_eq!(natural, dataset_order, "natural is article order");

    keys(&mut app, "o");
    assert_eq!(app.list(INV).sort, Sort::Title);
    assert_eq!(
        ids(&app, INV),
        [
            "inv-ecommerce-platforms", // Alibaba Group…
            "inv-digital-payments",    // Alipay…
            "inv-smart-cities",        // Chinese investors…
            "inv-atyrau-polyethylene", // Polyethylene…
            "inv-renewables-cpih",     // Renewable…
            "inv-shymkent-refinery",   // Shymkent…
        ]
    );

    keys(&mut app, "o");
    assert_eq!(app.list(INV).sort, Sort::Status);
    assert_eq!(
        ids(&app, INV),
        [
            "inv-shymkent-refinery",   // achieved
            "inv-atyrau-polyethylene", // underway, in article order
            "inv-renewables-cpih",
            "inv-ecommerce-platforms",
            "inv-digital-payments",
            "inv-smart-cities", // intended
        ]
    );

    keys(&mut app, "o");
    assert_eq!(app.list(INV).sort, Sort::Natural);
    assert_eq!(ids(&app, INV), natural);
}

#[test]
fn title_sort_follows_the_language() {
    let mut app = app(120, 40);
    keys(&mut app, "3o");
    let english = ids(&app, INV);
    keys(&mut app, "L");
    assert_eq!(app.lang(), Lang::Ru);
    let russian = ids(&app, INV);
    assert_eq!(
        russian,
        [
            "inv-ecommerce-platforms", // Alibaba Group и…
            "inv-digital-payments",    // Alipay и…
            "inv-atyrau-polyethylene", // Завод…
            "inv-smart-cities",        // Китайские…
            "inv-renewables-cpih",     // Проекты…
            "inv-shymkent-refinery",   // Шымкентский…
        ]
    );
    assert_ne!(english, russian);
    let titles: Vec<String> = app
        .list(INV)
        .rows
        .iter()
        .map(|h| {
            app.data()
                .get(h.record)
                .expect("record")
                .title()
                .ru
                .to_lowercase()
        })
        .collect();
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
}

#[test]
fn status_sort_puts_done_first_and_records_without_status_last() {
    let mut app = app(120, 40);
    keys(&mut app, "2oo");
    assert_eq!(app.list(AGR).sort, Sort::Status);
    let stages: Vec<Option<Stage>> = app
        .list(AGR)
        .rows
        .iter()
        .map(|h| app.stage(h.record))
        .collect();
    let rank = |s: &Option<Stage>| match s {
        Some(Stage::Achieved) => 0,
        Some(Stage::Underway) => 1,
        Some(Stage::Intended) => 2,
        None => 3,
    };
    assert!(
        stages.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "{stages:?}"
    );
    assert_eq!(stages.first(), Some(&Some(Stage::Achieved)));
    assert_eq!(stages.last(), Some(&None));
    assert_eq!(
        ids(&app, AGR).last().map(String::as_str),
        Some("agr-partnership")
    );
}

#[test]
fn sort_belongs_to_one_table_and_keeps_the_selected_record() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    select(&mut app, "inv-renewables-cpih");
    keys(&mut app, "o");
    assert_eq!(
        selected_id(&app),
        "inv-renewables-cpih",
        "the selection follows"
    );
    assert_eq!(app.list(INV).selected, 4);
    assert_eq!(
        app.list(AGR).sort,
        Sort::Natural,
        "other tables keep theirs"
    );
    // No table on the overview, so nothing to sort.
    keys(&mut app, "1");
    assert_eq!(press(&mut app, KeyCode::Char('o')), Effect::None);
}

#[test]
fn sort_applies_to_search_results_too() {
    let mut app = app(120, 40);
    keys(&mut app, "2");
    search(&mut app, "ai");
    keys(&mut app, "o");
    let titles: Vec<String> = app
        .list(AGR)
        .rows
        .iter()
        .map(|h| {
            app.data()
                .get(h.record)
                .expect("record")
                .title()
                .en
                .to_lowercase()
        })
        .collect();
    assert!(titles.len() > 1);
    assert!(titles.windows(2).all(|w| w[0] <= w[1]), "{titles:?}");
}

// ---------------------------------------------------------------------------------------
// Language, theme, copy
// ---------------------------------------------------------------------------------------

#[test]
fn capital_l_toggles_the_language() {
    let mut app = app(120, 40);
    assert_eq!(app.lang(), Lang::En);
    keys(&mut app, "L");
    assert_eq!(app.lang(), Lang::Ru);
    assert!(tab_titles(&app)[1].1.contains("Соглашения"));
    keys(&mut app, "L");
    assert_eq!(app.lang(), Lang::En);
    // A lowercase l is "next tab", not the language.
    keys(&mut app, "l");
    assert_eq!(app.lang(), Lang::En);
}

#[test]
fn t_cycles_the_themes_and_mono_stays_mono() {
    let mut app = app(120, 40);
    let mut seen = vec![app.theme()];
    for _ in 0..3 {
        keys(&mut app, "t");
        seen.push(app.theme());
    }
    assert_eq!(
        seen,
        [
            ThemeName::Dark,
            ThemeName::Light,
            ThemeName::HighContrast,
            ThemeName::Dark
        ]
    );

    let mut app = self::app(120, 40);
    update(&mut app, Action::SetTheme(ThemeArg::Light.resolve(true)));
    assert_eq!(app.theme(), ThemeName::Mono, "NO_COLOR wins over --theme");
    for _ in 0..5 {
        keys(&mut app, "t");
        assert_eq!(app.theme(), ThemeName::Mono);
    }
}

#[test]
fn y_copies_the_selected_record_with_its_source_paragraph() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    select(&mut app, "inv-shymkent-refinery");
    let Effect::Copy(text) = press(&mut app, KeyCode::Char('y')) else {
        panic!("y copies");
    };
    assert!(
        text.starts_with("Shymkent oil refinery modernised with CNPC\n"),
        "{text}"
    );
    assert!(
        text.contains("Source: BAQ.KZ, 2025-09-05, paragraph 12"),
        "{text}"
    );
    let rec = app
        .data()
        .get(app.selected_record().expect("selected"))
        .expect("record");
    assert!(text.contains(rec.body(Lang::En)), "the body is copied");
    assert!(app.toast().is_some(), "a message says it was copied");
    // The message lasts until the next key, which then redraws.
    assert_eq!(update(&mut app, Action::Resize(120, 40)), Effect::Redraw);
    assert!(app.toast().is_none());

    // In Russian, with a record citing two paragraphs.
    keys(&mut app, "L2");
    select(&mut app, "agr-grain-exports");
    let Effect::Copy(text) = press(&mut app, KeyCode::Char('y')) else {
        panic!("y copies");
    };
    assert!(text.starts_with("Поставки зерна в Китай"), "{text}");
    assert!(
        text.contains("Источник: BAQ.KZ, 2025-09-05, абзацы 16, 17"),
        "{text}"
    );
}

#[test]
fn y_copies_a_quote_in_both_languages() {
    let mut app = app(120, 40);
    keys(&mut app, "5");
    select(&mut app, "q-window-to-europe");
    let Effect::Copy(text) = press(&mut app, KeyCode::Char('y')) else {
        panic!("y copies");
    };
    assert!(
        text.starts_with("Why Kazakhstan matters to Beijing\n"),
        "{text}"
    );
    assert!(text.contains("«") && text.contains("“"), "{text}");
    assert!(text.contains("paragraph 25"), "{text}");
}

#[test]
fn y_on_the_overview_copies_nothing() {
    let mut app = app(120, 40);
    assert_eq!(press(&mut app, KeyCode::Char('y')), Effect::None);
    assert!(app.toast().is_none());
}

// ---------------------------------------------------------------------------------------
// Mouse
// ---------------------------------------------------------------------------------------

/// The first column of each tab's title in the tab bar, by the drawing rule: an indent,
/// then " title " per tab with a gap between.
fn tab_columns(app: &App) -> Vec<(Tab, u16, u16)> {
    let mut left = TAB_INDENT;
    let mut out = Vec::new();
    let bar = tab_bar(app);
    for (tab, title) in bar.titles {
        let w = unicode_width::UnicodeWidthStr::width(title.as_str()) as u16 + 2;
        out.push((tab, left, w));
        left += w + bar.gap;
    }
    out
}

#[test]
fn clicking_a_tab_title_switches_to_it() {
    for (lang_keys, query) in [("", None), ("L", None), ("", Some("ai"))] {
        let mut app = app(120, 40);
        keys(&mut app, lang_keys);
        if let Some(q) = query {
            search(&mut app, q);
        }
        let tabs_y = areas(&app, Rect::new(0, 0, 120, 40)).tabs.y;
        let screen = frame(&app);
        let bar: Vec<char> = screen
            .lines()
            .nth(usize::from(tabs_y))
            .expect("tab bar")
            .chars()
            .chain(std::iter::repeat(' '))
            .take(120)
            .collect();
        for (tab, left, w) in tab_columns(&app).into_iter().rev() {
            // The drawn title is where the hit test looks for it.
            let drawn: String = bar[usize::from(left)..usize::from(left + w)]
                .iter()
                .collect();
            let title = &tab_titles(&app)[tab.index()].1;
            assert_eq!(drawn, format!(" {title} "), "{lang_keys}{query:?}");
            for x in [left, left + w / 2, left + w - 1] {
                assert_eq!(tab_at(&app, x), Some(tab), "column {x}");
                update(
                    &mut app,
                    Action::GoTab(Tab::ALL[(tab.index() + 1) % Tab::ALL.len()]),
                );
                assert_eq!(update(&mut app, Action::Click(x, tabs_y)), Effect::Redraw);
                assert_eq!(app.tab(), tab, "click at {x}");
            }
            // The middle of the gap after a title is no tab.
            let gap = left + w + tab_bar(&app).gap / 2;
            assert_eq!(tab_at(&app, gap), None);
            if Some(&tab) != Tab::ALL.last() {
                assert_eq!(bar.get(usize::from(gap)), Some(&'│'), "gap at {gap}");
            }
        }
    }
}

#[test]
fn clicking_a_table_row_selects_it() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    let rows = table_rows(areas(&app, Rect::new(0, 0, 120, 40)).table.expect("table"));
    let n = app.list(INV).rows.len();
    for k in (0..n).rev() {
        let y = rows.y + k as u16;
        assert_eq!(
            update(&mut app, Action::Click(rows.x + 3, y)),
            Effect::Redraw
        );
        assert_eq!(app.list(INV).selected, k);
    }
    // Below the last row, on the header line and on the border: nothing.
    for (x, y) in [
        (rows.x + 3, rows.y + n as u16),
        (rows.x + 3, rows.y - 1),
        (rows.x - 1, rows.y + 1),
    ] {
        update(&mut app, Action::Click(rows.x, rows.y + 2));
        assert_eq!(
            update(&mut app, Action::Click(x, y)),
            Effect::None,
            "({x}, {y})"
        );
        assert_eq!(app.list(INV).selected, 2);
    }
}

#[test]
fn clicking_a_row_counts_from_the_scrolled_window() {
    let mut app = app(80, 16);
    keys(&mut app, "3G");
    let offset = app.list(INV).offset;
    assert!(offset > 0);
    let rows = table_rows(areas(&app, Rect::new(0, 0, 80, 16)).table.expect("table"));
    update(&mut app, Action::Click(rows.x, rows.y));
    assert_eq!(app.list(INV).selected, offset, "the top row shown");
}

#[test]
fn clicks_do_nothing_while_a_popup_or_search_has_the_keys() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    let a = areas(&app, Rect::new(0, 0, 120, 40));
    let rows = table_rows(a.table.expect("table"));
    let (_, x, _) = tab_columns(&app)[1];
    for open in ["s", "?", "/"] {
        keys(&mut app, open);
        let mode = app.mode();
        assert_eq!(
            update(&mut app, Action::Click(rows.x, rows.y + 2)),
            Effect::None
        );
        assert_eq!(
            update(&mut app, Action::Click(x + 1, a.tabs.y)),
            Effect::None
        );
        assert_eq!(app.list(INV).selected, 0, "{mode:?}");
        assert_eq!(app.tab(), Tab::Records(INV), "{mode:?}");
        press(&mut app, KeyCode::Esc);
        assert_eq!(app.mode(), Mode::Normal);
    }
}

#[test]
fn the_wheel_moves_the_selection_over_the_table_and_scrolls_the_detail() {
    // Short enough that the first agreement's detail runs past its pane.
    let mut app = app(120, 14);
    keys(&mut app, "2");
    let a = areas(&app, Rect::new(0, 0, 120, 14));
    let (t, d) = (a.table.expect("table"), a.detail.expect("detail"));
    let (tx, ty, dx, dy) = (t.x + 2, t.y + 3, d.x + 2, d.y + 2);

    assert_eq!(app.detail_scroll(), 0);
    update(&mut app, Action::ScrollDown(dx, dy));
    assert_eq!(app.list(AGR).selected, 0, "over the detail the table stays");
    assert_eq!(app.detail_scroll(), 3);
    update(&mut app, Action::ScrollUp(dx, dy));
    update(&mut app, Action::ScrollUp(dx, dy));
    assert_eq!(app.detail_scroll(), 0, "scrolling up stops at the top");
    for _ in 0..30 {
        update(&mut app, Action::ScrollDown(dx, dy));
        common::draw(&app);
    }
    let end = app.detail_scroll();
    assert!(end > 3, "the detail scrolls at this height");
    // The pane's last inside row holds the end of the text: no further, no shorter.
    let last_row: String = frame(&app)
        .lines()
        .nth(usize::from(d.y + d.height - 2))
        .unwrap_or("")
        .chars()
        .skip(usize::from(d.x + 1))
        .take(usize::from(d.width - 2))
        .collect();
    // The pane ends with the related records: the last group's count of those not listed,
    // or its last record's kind.
    let shown = app.selected_record().expect("a selection");
    let groups = app.related_groups(shown);
    let last = groups.last().expect("a related group");
    let end = match last.total - last.records.len() {
        0 => last.records[last.records.len() - 1]
            .category
            .noun()
            .form(1, Lang::En)
            .to_string(),
        more => format!("and {more} more"),
    };
    assert!(
        last_row.trim_end().ends_with(&end),
        "scrolling down stops with the last line on screen: {last_row:?}"
    );

    // Moving the selection starts the next record's detail at the top.
    update(&mut app, Action::ScrollDown(tx, ty));
    update(&mut app, Action::ScrollDown(tx, ty));
    assert_eq!(app.list(AGR).selected, 2);
    assert_eq!(app.detail_scroll(), 0);
    update(&mut app, Action::ScrollUp(tx, ty));
    assert_eq!(app.list(AGR).selected, 1);
    for _ in 0..20 {
        update(&mut app, Action::ScrollDown(tx, ty));
    }
    let n = app.list(AGR).rows.len();
    assert_eq!(app.list(AGR).selected, n - 1, "the wheel clamps too");
}

// ---------------------------------------------------------------------------------------
// Resize
// ---------------------------------------------------------------------------------------

#[test]
fn resize_keeps_the_selection_visible() {
    let mut app = app(120, 40);
    keys(&mut app, "3G");
    assert_eq!((app.list(INV).selected, app.list(INV).offset), (5, 0));
    for (w, h) in [(80, 16), (80, 14), (60, 12), (120, 12)] {
        update(&mut app, Action::Resize(w, h));
        assert_eq!((app.width(), app.height()), (w, h));
        let page = page(&app);
        let l = app.list(INV);
        assert_eq!(l.selected, 5, "{w}x{h}: resize keeps the selected row");
        assert!(
            l.offset <= l.selected && l.selected < l.offset + page,
            "{w}x{h}: row {} outside {}..{}",
            l.selected,
            l.offset,
            l.offset + page
        );
    }
}

#[test]
fn growing_the_window_shows_the_rows_that_now_fit() {
    let mut app = app(80, 16);
    keys(&mut app, "3G");
    assert!(app.list(INV).offset > 0);
    update(&mut app, Action::Resize(120, 40));
    assert!(
        page(&app) >= app.list(INV).rows.len(),
        "all rows fit at 120x40"
    );
    assert_eq!(
        app.list(INV).offset,
        0,
        "no blank rows under a scrolled-away top"
    );
}

#[test]
fn resizing_on_the_overview_leaves_the_tables_windows_alone() {
    let mut app = app(120, 40);
    keys(&mut app, "3G");
    assert_eq!(app.list(INV).offset, 0);
    keys(&mut app, "1");
    update(&mut app, Action::Resize(120, 40));
    keys(&mut app, "3");
    assert_eq!(app.list(INV).offset, 0, "all six rows still fit");
}

#[test]
fn after_a_sort_the_selection_is_still_on_screen() {
    let mut app = app(80, 16);
    keys(&mut app, "3");
    // Article order puts the refinery second; title order puts it last.
    select(&mut app, "inv-shymkent-refinery");
    keys(&mut app, "o");
    let page = page(&app);
    let l = app.list(INV);
    assert_eq!(selected_id(&app), "inv-shymkent-refinery");
    assert!(
        l.selected < l.offset + page,
        "row {} outside {}..{}",
        l.selected,
        l.offset,
        l.offset + page
    );
}

// ---------------------------------------------------------------------------------------
// Keys that reach the popup on top
// ---------------------------------------------------------------------------------------

#[test]
fn help_keys_scroll_the_help_even_over_a_zoomed_detail() {
    // Short enough that the help box scrolls.
    let mut app = app(120, 12);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "?j");
    assert_eq!(app.help_scroll(), 1);
    assert_eq!(app.detail_scroll(), 0);
}

#[test]
fn facet_keys_move_the_cursor_even_over_a_zoomed_detail() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    press(&mut app, KeyCode::Enter);
    keys(&mut app, "s");
    press(&mut app, KeyCode::Down);
    assert_eq!(app.panel().cursor, 1);
    assert_eq!(app.detail_scroll(), 0);
}

#[test]
fn help_scrolls_within_its_rows_and_closes_with_the_key_that_opens_it() {
    // Short enough that the help box scrolls.
    let mut app = app(120, 12);
    keys(&mut app, "?jj");
    assert_eq!(app.help_scroll(), 2);
    keys(&mut app, "k");
    assert_eq!(app.help_scroll(), 1);
    keys(&mut app, "g");
    assert_eq!(app.help_scroll(), 0);
    keys(&mut app, "k");
    assert_eq!(app.help_scroll(), 0, "not above the top");
    // Pages down until the help stops moving: its last row.
    let mut end = app.help_scroll();
    for _ in 0..10 {
        press(&mut app, KeyCode::PageDown);
        if app.help_scroll() == end {
            break;
        }
        end = app.help_scroll();
    }
    assert!(end > 2, "the help scrolls at this height");
    keys(&mut app, "jj");
    assert_eq!(app.help_scroll(), end, "not below the last row");
    assert!(
        frame(&app).contains("click a tab or a row"),
        "the last key is on screen"
    );
    // Growing the window takes back scroll that is no longer needed: the whole help shows
    // from its top, and a key counts from there.
    update(&mut app, Action::Resize(120, 40));
    assert!(
        frame(&app).contains("search every tab at once"),
        "the top row shows"
    );
    keys(&mut app, "j");
    assert_eq!(app.help_scroll(), 0);
    keys(&mut app, "?");
    assert_eq!(app.mode(), Mode::Normal);
    update(&mut app, Action::Resize(120, 12));
    keys(&mut app, "?");
    assert_eq!(app.help_scroll(), 0, "opens at the top");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Normal);
}

// ---------------------------------------------------------------------------------------
// Random sequences
// ---------------------------------------------------------------------------------------

fn any_text_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::sample::select(vec![
            'a', 'e', 'i', 'o', 's', 'n', 'c', 'p', 'k', ' ', 'я', 'ш', 'ы', 'Ё', 'ң', 'ә',
            '中', '国', '哈', '🚆', '👍', '\u{301}', '\u{200d}', 'é', '-', '«',
        ]),
        1 => any::<char>(),
    ]
}

fn any_action() -> impl Strategy<Value = Action> {
    use Action::*;
    let simple = prop::sample::select(vec![
        NextTab,
        PrevTab,
        Up,
        Down,
        Top,
        Bottom,
        PageUp,
        PageDown,
        ToggleZoom,
        Back,
        SearchStart,
        SearchBackspace,
        SearchDeleteWord,
        SearchClearLine,
        SearchAccept,
        SearchCancel,
        FacetOpen,
        FacetPick,
        FacetNextDim,
        FacetPrevDim,
        FacetBackspace,
        FilterPop,
        FacetClose,
        CycleSort,
        Copy,
        ToggleHelp,
        CycleTheme,
        ToggleLang,
    ]);
    prop_oneof![
        6 => simple,
        2 => (0usize..Tab::ALL.len()).prop_map(|i| GoTab(Tab::ALL[i])),
        4 => any_text_char().prop_map(SearchInput),
        1 => (0u16..=300, 0u16..=100).prop_map(|(w, h)| Resize(w, h)),
        1 => (0u16..=200, 0u16..=70).prop_map(|(x, y)| Click(x, y)),
        1 => (0u16..=200, 0u16..=70).prop_map(|(x, y)| ScrollUp(x, y)),
        1 => (0u16..=200, 0u16..=70).prop_map(|(x, y)| ScrollDown(x, y)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_actions_never_panic_and_keep_lists_consistent(
        actions in prop::collection::vec(any_action(), 0..=200),
    ) {
        let mut app = app(120, 40);
        for (i, action) in actions.iter().enumerate() {
            update(&mut app, action.clone());
            if let Err(e) = check_lists(&app) {
                return Err(TestCaseError::fail(format!("after step {i} ({action:?}): {e}")));
            }
        }
        // Whatever state the sequence left, it draws.
        let w = app.width().min(250);
        let h = app.height().min(80);
        update(&mut app, Action::Resize(w, h));
        let screen = frame(&app);
        prop_assert_eq!(screen.lines().count(), usize::from(h));
    }
}

fn any_key() -> impl Strategy<Value = KeyEvent> {
    let code = prop_oneof![
        4 => prop::sample::select(vec![
            'j', 'k', 'g', 'G', 'h', 'l', '[', ']', '1', '2', '3', '4', '5', '/', 's', 'o',
            'y', '?', 't', 'L', ' ', 'q', 'p', 'i',
        ])
        .prop_map(KeyCode::Char),
        2 => any_text_char().prop_map(KeyCode::Char),
        3 => prop::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
        ]),
    ];
    let modifiers = prop::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
    ]);
    (code, modifiers).prop_map(|(code, modifiers)| KeyEvent::new(code, modifiers))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 200,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// What a user can reach from the keyboard keeps the popup's cursor in range as well.
    #[test]
    fn random_key_presses_keep_every_cursor_in_range(
        size in (40u16..=200, 10u16..=70),
        presses in prop::collection::vec(any_key(), 0..=200),
    ) {
        let mut app = app(size.0, size.1);
        for (i, key) in presses.iter().enumerate() {
            let Some(action) = action_for(*key, app.mode()) else {
                continue;
            };
            if action == Action::Quit {
                continue;
            }
            update(&mut app, action.clone());
            if let Err(e) = check_lists(&app) {
                return Err(TestCaseError::fail(format!("after key {i} ({action:?}): {e}")));
            }
            if app.mode() == Mode::Facet {
                let n = app.panel().rows().len();
                prop_assert!(
                    n == 0 || app.panel().cursor < n,
                    "after key {} ({:?}): facet cursor {} of {}",
                    i,
                    action,
                    app.panel().cursor,
                    n
                );
            }
        }
        let screen = frame(&app);
        prop_assert_eq!(screen.lines().count(), usize::from(size.1));
    }
}

#[test]
fn stage_counts_follow_the_filters() {
    let mut app = app(120, 40);
    let count = |app: &App, stage: Stage| {
        Category::ALL
            .into_iter()
            .flat_map(|c| app.list(c).rows.iter())
            .filter(|h| app.stage(h.record) == Some(stage))
            .count()
    };
    let stages = [Stage::Achieved, Stage::Underway, Stage::Intended];
    let all: Vec<usize> = stages.iter().map(|s| app.stage_count(*s)).collect();
    let with_status = app
        .data()
        .all_records()
        .filter(|(_, r)| r.status().is_some())
        .count();
    assert_eq!(
        all.iter().sum::<usize>(),
        with_status,
        "every record with a status"
    );
    keys(&mut app, "/proposed");
    press(&mut app, KeyCode::Enter);
    for stage in stages {
        assert_eq!(app.stage_count(stage), count(&app, stage), "{stage:?}");
    }
    assert_eq!(app.stage_count(Stage::Achieved), 0);
    assert!(app.stage_count(Stage::Intended) >= 3);
}

#[test]
fn early_rows_show_while_a_search_runs_and_give_way_to_its_result() {
    // As for a large dataset: the query is typed, and its search is the loop's to run.
    let mut app = App::new(dataset()).with_background_search_from(0);
    update(&mut app, Action::Resize(120, 40));
    update(&mut app, Action::GoTab(Tab::Records(INV)));
    update(&mut app, Action::SearchStart);
    for c in "cnpc".chars() {
        assert!(matches!(
            update(&mut app, Action::SearchInput(c)),
            Effect::Search(_)
        ));
    }
    assert!(app.searching());
    assert_eq!(app.query(), "cnpc");
    let generation = app.generation();
    let full = app
        .index()
        .search_within("cnpc", None, &|| false)
        .unwrap_or_default();
    assert!(full.hits.len() > 1);
    let early = visit_dash::search::Found {
        hits: full.hits[..1].to_vec(),
        ..Default::default()
    };

    // Rows of an older search are not shown.
    let stale = Action::SearchEarly(generation - 1, Box::new(early.clone()));
    assert_eq!(update(&mut app, stale), Effect::None);

    // The first rows show at once; the search is still running, and a longer query still
    // narrows the last finished search, not these rows.
    assert_eq!(
        update(
            &mut app,
            Action::SearchEarly(generation, Box::new(early.clone()))
        ),
        Effect::Redraw
    );
    let total = |app: &App| app.lists().iter().map(|l| l.rows.len()).sum::<usize>();
    assert_eq!(total(&app), 1);
    assert!(app.searching());
    assert_eq!(app.found_for(), "");
    assert!(frame(&app).contains("searching…"));

    // A tab the first rows leave empty says the search goes on, not that nothing matches.
    update(&mut app, Action::GoTab(Tab::Records(Category::Quotes)));
    assert!(app.list(Category::Quotes).rows.is_empty());
    let screen = frame(&app);
    assert!(screen.contains("Searching…"), "{screen}");
    assert!(!screen.contains("Nothing matches"), "{screen}");

    let done = Action::SearchDone(generation, "cnpc".to_string(), Box::new(full.clone()));
    assert_eq!(update(&mut app, done), Effect::Redraw);
    assert_eq!(total(&app), full.hits.len());
    assert!(!app.searching());
    assert_eq!(app.found_for(), "cnpc");

    // Early rows that come after the result change nothing.
    let late = Action::SearchEarly(generation, Box::new(early));
    assert_eq!(update(&mut app, late), Effect::None);
    assert_eq!(total(&app), full.hits.len());
}
