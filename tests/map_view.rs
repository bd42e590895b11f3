//! The Map view on the embedded dataset: snapshots at three sizes in both languages and
//! without colour, what lights up for a search and for the record in hand, the keys and
//! clicks that move between places and open their records, the map slide, and `render`.

mod common;

use std::collections::BTreeSet;
use std::process::Command;

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::style::Color;

use common::{draw, embedded, keys, press};
use visit_dash::app::map_places::{map_areas, map_data, map_places, markers, records_at};
use visit_dash::app::present::Slide;
use visit_dash::app::{update, Action, App, Mode, Tab, ThemeName};
use visit_dash::cli::render::frame;
use visit_dash::data::{Category, Lang};
use visit_dash::ui::map::{
    cell_of, nearest_in_direction, Direction, SYMBOL_LIT, SYMBOL_PLAIN, SYMBOL_SELECTED,
};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(embedded());
    update(&mut app, Action::Resize(w, h));
    app
}

/// The dashboard on the Map view, reached with its number key.
fn on_map(w: u16, h: u16) -> App {
    let mut app = app(w, h);
    keys(&mut app, "8");
    assert_eq!(app.tab(), Tab::Map);
    app
}

fn search(app: &mut App, query: &str) {
    press(app, KeyCode::Char('/'));
    keys(app, query);
    press(app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Normal);
}

fn place_id(app: &App, place: usize) -> String {
    app.data().vocabulary.places[place].id.to_string()
}

fn lit_ids(app: &App) -> BTreeSet<String> {
    map_places(app)
        .iter()
        .filter(|m| m.lit)
        .map(|m| place_id(app, m.place))
        .collect()
}

fn selected_place(app: &App) -> usize {
    map_places(app)
        .iter()
        .find(|m| m.selected)
        .map(|m| m.place)
        .expect("a place under the cursor")
}

fn render_buffer(app: &App) -> Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(
        app.width(),
        app.height(),
    ))
    .expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    terminal.backend().buffer().clone()
}

#[test]
fn snapshots_in_english() {
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("map_en_{w}x{h}"), frame(&on_map(w, h)));
    }
}

#[test]
fn snapshots_in_russian() {
    for (w, h) in SIZES {
        let mut app = on_map(w, h);
        keys(&mut app, "L");
        assert_eq!(app.lang(), Lang::Ru);
        let screen = frame(&app);
        // The names on the map are the places' Russian names.
        assert!(screen.contains("Тяньцзинь"), "{screen}");
        insta::assert_snapshot!(format!("map_ru_{w}x{h}"), screen);
    }
}

/// Without colour (mono, as NO_COLOR gives), a search lights some places: plain, lit and
/// selected places differ by their symbols alone.
#[test]
fn snapshots_without_colour() {
    for (w, h) in SIZES {
        let mut app = on_map(w, h);
        update(&mut app, Action::SetTheme(ThemeName::Mono));
        search(&mut app, "oil");
        let buf = render_buffer(&app);
        let a = map_areas(&app, buf.area);
        let mut symbols = BTreeSet::new();
        for y in a.map.top()..a.map.bottom() {
            for x in a.map.left()..a.map.right() {
                let cell = &buf[(x, y)];
                assert_eq!(
                    (cell.fg, cell.bg),
                    (Color::Reset, Color::Reset),
                    "({x}, {y})"
                );
                symbols.extend(cell.symbol().chars());
            }
        }
        for s in [SYMBOL_PLAIN, SYMBOL_LIT, SYMBOL_SELECTED] {
            assert!(symbols.contains(&s), "{s} at {w}x{h}");
        }
        insta::assert_snapshot!(format!("map_mono_oil_{w}x{h}"), frame(&app));
    }
}

#[test]
fn a_search_for_sinopec_lights_only_the_places_of_the_sinopec_records() {
    let mut app = on_map(120, 40);
    assert!(lit_ids(&app).is_empty(), "nothing is lit before a search");
    search(&mut app, "sinopec");
    // What the data says: the places of the records that name Sinopec among their companies.
    let d = app.data();
    let sinopec = d
        .companies
        .iter()
        .find(|c| c.name.en.eq_ignore_ascii_case("sinopec"))
        .map(|c| c.id.to_string())
        .expect("Sinopec among the companies");
    let expected: BTreeSet<String> = d
        .all_records()
        .filter(|(_, rec)| rec.companies().iter().any(|c| c.as_str() == sinopec))
        .flat_map(|(_, rec)| rec.places().iter().map(|p| p.to_string()))
        .collect();
    assert_eq!(lit_ids(&app), expected);
    assert_eq!(expected.len(), 1, "{expected:?}");
    let atyrau = expected.iter().next().expect("one place");
    let name = &d.place(atyrau).expect("in the vocabulary").name.en;
    assert!(name.starts_with("Atyrau"), "{name}");
    // Only the lit place keeps its name and count on the map; the cursor goes to it.
    let screen = frame(&app);
    assert!(screen.contains(&format!("{name} (1)")), "{screen}");
    let named: Vec<String> = markers(&app, &map_places(&app), Lang::En)
        .into_iter()
        .filter(|m| !m.label.is_empty())
        .map(|m| m.label)
        .collect();
    assert_eq!(named, vec![name.to_string()]);
    assert_eq!(&place_id(&app, selected_place(&app)), atyrau);
}

#[test]
fn the_map_follows_the_sector_filter() {
    let mut app = on_map(120, 40);
    let before: usize = map_places(&app).iter().map(|m| m.count).sum();
    update(&mut app, Action::FacetOpen);
    update(&mut app, Action::FacetPick);
    assert_eq!(app.filters().iter().count(), 1, "the panel picked a filter");
    let after: usize = map_places(&app).iter().map(|m| m.count).sum();
    assert!(after < before, "{after} < {before}");
    // Each count is the records on show at the place.
    for m in map_places(&app) {
        assert_eq!(m.count, records_at(&app, m.place).len());
        assert_eq!(m.lit, m.count > 0);
    }
}

#[test]
fn the_record_in_hand_lights_its_places() {
    let mut app = app(120, 40);
    let (r, rec) = app
        .data()
        .all_records()
        .find(|(_, rec)| rec.places().len() > 1)
        .expect("a record at two places");
    let places: BTreeSet<String> = rec.places().iter().map(|p| p.to_string()).collect();
    update(&mut app, Action::GoTab(Tab::Records(r.category)));
    let i = app
        .list(r.category)
        .rows
        .iter()
        .position(|h| h.record == r)
        .expect("listed");
    for _ in 0..i {
        press(&mut app, KeyCode::Down);
    }
    keys(&mut app, "8");
    assert_eq!(lit_ids(&app), places);
    let title = app.data().get(r).expect("record").title().en.clone();
    let screen = frame(&app);
    assert!(screen.contains("Lit: the places of"), "{screen}");
    let first_word = title.split_whitespace().next().expect("a title");
    assert!(screen.contains(first_word), "{title} in {screen}");
}

#[test]
fn every_place_of_the_dataset_falls_inside_the_map() {
    let data = map_data().expect("the bundled geography");
    for p in &embedded().vocabulary.places {
        assert!(
            data.frame.contains(p.lat, p.lon),
            "{} outside the frame",
            p.id
        );
    }
    for (w, h) in SIZES {
        let app = on_map(w, h);
        let area = map_areas(&app, ratatui::layout::Rect::new(0, 0, w, h)).map;
        let marks = markers(&app, &map_places(&app), Lang::En);
        assert!(!marks.is_empty());
        for m in &marks {
            let (x, y) = cell_of(area, &data.frame, m.lat, m.lon)
                .unwrap_or_else(|| panic!("{} off the map at {w}x{h}", m.label));
            assert!(area.contains((x, y).into()), "{} at {w}x{h}", m.label);
        }
    }
}

#[test]
fn arrows_and_hjkl_move_to_the_nearest_place_that_way() {
    let mut app = on_map(120, 40);
    let data = map_data().expect("geography");
    let area = map_areas(&app, ratatui::layout::Rect::new(0, 0, 120, 40)).map;
    for (key, direction) in [
        (KeyCode::Left, Direction::Left),
        (KeyCode::Down, Direction::Down),
        (KeyCode::Right, Direction::Right),
        (KeyCode::Up, Direction::Up),
        (KeyCode::Char('h'), Direction::Left),
        (KeyCode::Char('j'), Direction::Down),
        (KeyCode::Char('l'), Direction::Right),
        (KeyCode::Char('k'), Direction::Up),
    ] {
        let places = map_places(&app);
        let from = places.iter().position(|m| m.selected).expect("a cursor");
        let marks = markers(&app, &places, Lang::En);
        let expected = nearest_in_direction(area, &data.frame, &marks, from, direction)
            .map_or(places[from].place, |i| places[i].place);
        press(&mut app, key);
        assert_eq!(app.tab(), Tab::Map, "{key:?} stays on the map");
        assert_eq!(selected_place(&app), expected, "{key:?}");
    }
    // From the easternmost place (Tianjin, the default), Left goes west.
    let mut app = on_map(120, 40);
    let start = selected_place(&app);
    press(&mut app, KeyCode::Left);
    let to = selected_place(&app);
    assert_ne!(to, start);
    let v = &app.data().vocabulary.places;
    assert!(
        v[to].lon < v[start].lon,
        "{} west of {}",
        v[to].id,
        v[start].id
    );
    // Tab still leaves the map.
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.tab(), Tab::Overview);
}

#[test]
fn enter_lists_the_records_at_the_place_and_opens_one_in_its_view() {
    let mut app = on_map(120, 40);
    let place = selected_place(&app);
    let id = place_id(&app, place);
    let here = records_at(&app, place);
    assert!(here.len() > 2, "{id} has records");
    // Every record listed sits at the place.
    for r in &here {
        let rec = app.data().get(*r).expect("record");
        assert!(rec.places().iter().any(|p| p.as_str() == id));
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.map_view().list_cursor(), Some(0));
    let screen = frame(&app);
    assert!(screen.contains("Records here"), "{screen}");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    assert_eq!(app.map_view().list_cursor(), Some(2));
    // Left and right do not move the cursor off the place while the list is open.
    press(&mut app, KeyCode::Left);
    assert_eq!(selected_place(&app), place);
    press(&mut app, KeyCode::Up);
    assert_eq!(app.map_view().list_cursor(), Some(1));
    press(&mut app, KeyCode::Enter);
    let r = here[1];
    assert_eq!(app.tab(), Tab::Records(r.category));
    assert_eq!(app.selected_record(), Some(r));
    assert_eq!(app.map_view().list_cursor(), None);
}

#[test]
fn esc_closes_the_list_and_then_clears_the_search() {
    let mut app = on_map(120, 40);
    search(&mut app, "oil");
    press(&mut app, KeyCode::Enter);
    assert!(app.map_view().list_cursor().is_some());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.map_view().list_cursor(), None);
    assert_eq!(app.query(), "oil", "the first Esc only closes the list");
    assert_eq!(app.tab(), Tab::Map);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.query(), "");
}

#[test]
fn a_click_selects_the_place_under_it() {
    let mut app = on_map(200, 60);
    let data = map_data().expect("geography");
    let area = map_areas(&app, ratatui::layout::Rect::new(0, 0, 200, 60)).map;
    let places = map_places(&app);
    let marks = markers(&app, &places, Lang::En);
    let start = selected_place(&app);
    let (i, cell) = marks
        .iter()
        .enumerate()
        .filter(|(i, _)| places[*i].place != start)
        .find_map(|(i, m)| Some((i, cell_of(area, &data.frame, m.lat, m.lon)?)))
        .expect("another place on the map");
    update(&mut app, Action::Click(cell.0, cell.1));
    // The place drawn on top of that cell is selected: this one, or one sharing its cell.
    let now = selected_place(&app);
    let now_cell = marks
        .iter()
        .zip(&places)
        .find(|(_, m)| m.place == now)
        .and_then(|(mk, _)| cell_of(area, &data.frame, mk.lat, mk.lon));
    assert_eq!(now_cell, Some(cell), "{} clicked", marks[i].label);
    assert_ne!(now, start);
    // A click on empty sea changes nothing.
    update(&mut app, Action::Click(area.x, area.bottom() - 1));
    assert_eq!(selected_place(&app), now);
}

#[test]
fn the_default_deck_has_a_map_slide_after_the_records() {
    let mut deck = app(100, 30);
    update(&mut deck, Action::PresentStart);
    let slides = &deck.deck().slides;
    let n = slides
        .iter()
        .position(|s| *s == Slide::Map)
        .expect("a map slide");
    // After the records' slides; only the charts come between it and the summary.
    assert!(matches!(
        slides.get(n.wrapping_sub(1)),
        Some(Slide::Quote(_))
    ));
    let summary = slides
        .iter()
        .position(|s| *s == Slide::Summary)
        .expect("summary");
    assert!(n < summary);
    assert!(slides[n + 1..summary]
        .iter()
        .all(|s| matches!(s, Slide::Chart(_))));
    for _ in 0..n {
        update(&mut deck, Action::SlideNext);
    }
    let screen = frame(&deck);
    assert!(screen.contains("Where the visit lands"), "{screen}");
    assert!(
        screen.contains("Tianjin (11)") || screen.contains("Tianjin ("),
        "{screen}"
    );
    insta::assert_snapshot!("map_slide_100x30", screen);
    // A deck of one category has no map: its counts would be every tab's.
    let mut quotes = app(100, 30);
    update(&mut quotes, Action::GoTab(Tab::Records(Category::Quotes)));
    update(&mut quotes, Action::PresentStart);
    assert!(!quotes.deck().slides.contains(&Slide::Map));
}

#[test]
fn render_prints_the_map_as_text() {
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(["render", "--tab", "map", "--size", "100x30"])
        .env("NO_COLOR", "1")
        .output()
        .expect("run visit-dash");
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(!text.contains('\u{1b}'), "no escape codes");
    assert!(
        text.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "braille in {text}"
    );
    assert!(text.contains("8 Map"), "{text}");
    insta::assert_snapshot!("render_tab_map_100x30", text);
}

#[test]
fn the_map_view_draws_at_any_size_without_panicking() {
    let mut states = vec![on_map(120, 40)];
    let mut listing = on_map(120, 40);
    press(&mut listing, KeyCode::Enter);
    states.push(listing);
    let mut searched = on_map(120, 40);
    search(&mut searched, "oil");
    states.push(searched);
    for app in &mut states {
        for w in (0..=300).step_by(23).chain([39, 40, 41, 109, 110]) {
            for h in (0..=100).step_by(11).chain([9, 10, 11]) {
                update(app, Action::Resize(w, h));
                draw(app);
                // Keys act on whatever is on screen at this size.
                for a in [Action::Left, Action::Down, Action::Click(w / 2, h / 2)] {
                    update(app, a);
                }
            }
        }
    }
}

#[test]
fn keys_never_leave_the_map_or_zoom_it() {
    let mut app = on_map(120, 40);
    // Far enough west that no place lies further that way: Left then does nothing.
    for _ in 0..app.data().vocabulary.places.len() {
        press(&mut app, KeyCode::Left);
    }
    let west = selected_place(&app);
    press(&mut app, KeyCode::Left);
    assert_eq!((app.tab(), selected_place(&app)), (Tab::Map, west));
    // With no record on show anywhere, Enter has nothing to list.
    search(&mut app, "qqqqzzzz");
    assert!(app.lists().iter().all(|l| l.rows.is_empty()));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.map_view().list_cursor(), None);
    assert!(!app.zoom());
}

#[test]
fn on_a_dataset_without_places_the_arrows_still_change_tabs() {
    // The interview alone (format 1) names places only in words: the map has no marker.
    let mut app = App::new(common::dataset());
    update(&mut app, Action::Resize(120, 40));
    keys(&mut app, "8");
    assert!(map_places(&app).is_empty());
    press(&mut app, KeyCode::Right);
    assert_eq!(app.tab(), Tab::Overview);
    press(&mut app, KeyCode::Left);
    assert_eq!(app.tab(), Tab::Map);
    // The map still draws, with its pane saying there is no place.
    let screen = frame(&app);
    assert!(screen.contains("No place on the map."), "{screen}");
}
