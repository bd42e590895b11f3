//! The record with its evidence, as a newcomer meets it in the embedded dataset: the
//! Timeline, the Sources view and the page of a source.

mod common;

use crossterm::event::KeyCode;

use common::{embedded, keys, press};
use visit_dash::app::timeline::{timeline_rows, TimelineRow};
use visit_dash::app::{update, Action, App, Effect, Tab};
use visit_dash::cli::render::frame;
use visit_dash::data::Category;

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(embedded());
    update(&mut app, Action::Resize(w, h));
    app
}

fn select(app: &mut App, id: &str) {
    let (r, _) = app
        .data()
        .record_by_id(id)
        .unwrap_or_else(|| panic!("no {id}"));
    update(app, Action::GoTab(Tab::Records(r.category)));
    let i = app
        .list(r.category)
        .rows
        .iter()
        .position(|h| h.record == r)
        .unwrap_or_else(|| panic!("{id} not listed"));
    for _ in 0..i {
        press(app, KeyCode::Down);
    }
}

#[test]
fn the_cultural_centre_shows_soon_and_opened_with_their_dates_and_o_opens_a_page() {
    // Wide enough that each status report stands on one line of the detail.
    let mut app = app(300, 60);
    select(&mut app, "agr-culture-centre-beijing");
    let screen = frame(&app);
    assert!(
        screen.contains("Opening soon (BAQ.KZ, 5 Sep 2025)"),
        "{screen}"
    );
    assert!(
        screen.contains("Opened (The Astana Times, 2 Sep 2025)"),
        "{screen}"
    );
    assert!(screen.contains("Evidence · "), "{screen}");
    match update(&mut app, Action::OpenSource) {
        Effect::Open(url) => assert!(url.starts_with("https://"), "{url}"),
        other => panic!("O gave {other:?}"),
    }
}

#[test]
fn the_timeline_walks_the_days_and_enter_opens_an_outcome() {
    let mut app = app(120, 40);
    keys(&mut app, "6");
    assert_eq!(app.tab(), Tab::Timeline);
    let rows = timeline_rows(&app);
    let dates: Vec<&str> = rows
        .iter()
        .filter_map(|r| match r {
            TimelineRow::Event(e) => Some(e.date.as_str()),
            TimelineRow::Outcome(..) => None,
        })
        .collect();
    for day in [
        "2025-08-30",
        "2025-08-31",
        "2025-09-01",
        "2025-09-02",
        "2025-09-03",
    ] {
        assert!(dates.contains(&day), "{day} in {dates:?}");
    }
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "in date order");
    // Down to the first outcome, then Enter opens it in its own view.
    let first = rows
        .iter()
        .position(|r| matches!(r, TimelineRow::Outcome(..)))
        .expect("an outcome");
    let TimelineRow::Outcome(_, record) = rows[first] else {
        unreachable!()
    };
    for _ in 0..first {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.tab(), Tab::Records(record.category));
    assert_eq!(app.selected_record(), Some(record));
}

#[test]
fn enter_on_a_source_shows_only_the_records_that_cite_it_and_esc_clears_it() {
    let mut app = app(120, 40);
    keys(&mut app, "7");
    assert_eq!(app.tab(), Tab::Sources);
    let tass = app
        .data()
        .sources
        .iter()
        .position(|s| s.outlet.as_str() == "TASS")
        .expect("a TASS source");
    for _ in 0..tass {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    let id = app.data().sources[tass].id.clone();
    let citing = app.data().records_citing(&id);
    let shown: usize = Category::ALL.iter().map(|c| app.list(*c).rows.len()).sum();
    assert_eq!(shown, citing.len());
    assert!(shown < app.data().record_count());
    press(&mut app, KeyCode::Esc);
    let shown: usize = Category::ALL.iter().map(|c| app.list(*c).rows.len()).sum();
    assert_eq!(shown, app.data().record_count(), "Esc clears the source");
}
