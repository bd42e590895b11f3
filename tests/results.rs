//! Search from anywhere: while a query is on, the Overview shows the results of every view
//! as one ranked list (category, title, where it matched); Enter or a click opens one in
//! its own view, and the tabs keep their own lists and counts.

mod common;

use crossterm::event::KeyCode;

use common::{embedded, keys, press};
use visit_dash::app::results::{rows_area, ResultRow};
use visit_dash::app::timeline::{timeline_rows, TimelineRow};
use visit_dash::app::{update, Action, App, Mode, Tab};
use visit_dash::cli::render::frame;
use visit_dash::data::{Category, Lang};
use visit_dash::search::ItemRef;

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(embedded());
    update(&mut app, Action::Resize(w, h));
    app
}

fn id_of(app: &App, r: Option<visit_dash::data::RecordRef>) -> String {
    r.and_then(|r| app.data().get(r))
        .map_or(String::new(), |rec| rec.id().to_string())
}

/// Searches `query` from the Overview and leaves the search box with Enter.
fn search(app: &mut App, query: &str) {
    press(app, KeyCode::Char('/'));
    keys(app, query);
    press(app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Normal);
}

#[test]
fn a_search_from_the_overview_lists_every_view_and_enter_opens_a_result_in_its_own_view() {
    let mut app = app(120, 40);
    search(&mut app, "kazinform");
    assert_eq!(app.tab(), Tab::Overview);
    // One list across the views: the agreements, investments and corridors citing it.
    let categories: Vec<Category> = app
        .results()
        .rows()
        .iter()
        .filter_map(|row| row.record())
        .map(|r| r.category)
        .collect();
    assert!(categories.contains(&Category::Agreements));
    assert!(categories.contains(&Category::Investments));
    assert!(categories.contains(&Category::Corridors));
    // The tabs count as before; the Kazinform sources are rows of their own beside them.
    let listed: usize = app.lists().iter().map(|l| l.rows.len()).sum();
    assert_eq!(app.results().counts().0, listed);
    let kazinform = app
        .data()
        .sources
        .iter()
        .filter(|s| s.outlet.as_str() == "Kazinform")
        .count();
    assert_eq!(app.results().counts(), (listed, 0, kazinform));
    let screen = frame(&app);
    assert!(screen.contains("2 Agr 11/17"), "{screen}");
    // Down to the SANY plant, an investment, then Enter.
    let at = app
        .results()
        .rows()
        .iter()
        .position(|row| id_of(&app, row.record()) == "inv-sany-shu-plant")
        .expect("the SANY plant cites Kazinform");
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    assert_eq!(
        id_of(&app, app.results().selected_record()),
        "inv-sany-shu-plant"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.tab(), Tab::Records(Category::Investments));
    assert_eq!(id_of(&app, app.selected_record()), "inv-sany-shu-plant");
    // The query stays: `r` brings the list back from here.
    press(&mut app, KeyCode::Char('R'));
    assert_eq!(app.tab(), Tab::Overview);
    assert_eq!(
        id_of(&app, app.results().selected_record()),
        "inv-sany-shu-plant"
    );
}

#[test]
fn a_click_on_a_result_opens_it() {
    let mut app = app(120, 40);
    search(&mut app, "akorda cscec");
    assert_eq!(
        id_of(&app, app.results().selected_record()),
        "inv-alatau-cscec"
    );
    let rows = rows_area(&app);
    // The second row: the Business Council's documents, an agreement.
    let second = app.results().rows().get(1).and_then(|row| row.record());
    update(&mut app, Action::Click(rows.x + 5, rows.y + 1));
    assert_eq!(app.tab(), Tab::Records(Category::Agreements));
    assert_eq!(app.selected_record(), second);
    assert_eq!(id_of(&app, second), "agr-bc-commercial-documents");
}

#[test]
fn r_with_no_query_opens_the_search_box_on_the_overview() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('3'));
    press(&mut app, KeyCode::Char('R'));
    assert_eq!((app.tab(), app.mode()), (Tab::Overview, Mode::Search));
    // With no query the Overview is itself.
    assert!(frame(&app).contains("Outcomes"));
    assert!(app.results().rows().is_empty());
}

#[test]
fn the_result_list_follows_the_sector_filter_and_esc_gives_the_overview_back() {
    let mut app = app(120, 40);
    search(&mut app, "cnpc");
    let (all, _, sources) = app.results().counts();
    assert!(all >= 2, "{all}");
    // Pages whose headline names CNPC are rows too, until a filter is on.
    assert!(sources >= 2, "{:?}", app.results().counts());
    // The first sector of the first result, as the popup offers it.
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Enter);
    // The records the filter passes, and no event or source.
    let filtered: usize = app.lists().iter().map(|l| l.rows.len()).sum();
    assert_eq!(app.results().counts(), (filtered, 0, 0));
    assert_eq!(app.results().rows().len(), filtered);
    press(&mut app, KeyCode::Esc);
    assert!(app.results().rows().is_empty());
    assert!(frame(&app).contains("Outcomes"));
}

#[test]
fn the_result_list_on_screen() {
    for (w, h) in [(80, 24), (120, 40)] {
        for lang in [Lang::En, Lang::Ru] {
            let mut app = app(w, h);
            if lang == Lang::Ru {
                press(&mut app, KeyCode::Char('L'));
            }
            search(&mut app, "alatau");
            let name = format!("results_alatau_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, frame(&app));
        }
    }
    let mut app = app(120, 40);
    search(&mut app, "практическим");
    let screen = frame(&app);
    assert!(
        screen.contains("evidence (Zakon.kz): …практическим"),
        "{screen}"
    );
}

/// The id of the event or source a result row is, if it is one.
fn item_id(app: &App, row: Option<ResultRow>) -> Option<String> {
    match row?.item()? {
        ItemRef::Event(i) => app.data().events.get(i).map(|e| e.id.to_string()),
        ItemRef::Source(i) => app.data().sources.get(i).map(|s| s.id.to_string()),
    }
}

#[test]
fn an_event_only_an_event_holds_is_a_result_and_enter_opens_it_on_the_timeline() {
    let mut app = app(120, 40);
    // Peng Liyuan is a participant of the 31 August reception and named in its summary;
    // no record names her.
    search(&mut app, "Peng Liyuan");
    assert_eq!(app.results().counts(), (0, 1, 0));
    let row = app.results().selected();
    assert_eq!(item_id(&app, row).as_deref(), Some("ev-0831-reception"));
    let screen = frame(&app);
    assert!(
        screen.contains("Event")
            && screen.contains("Official reception for heads of delegations · 31 Aug")
            && screen.contains("people · summary"),
        "{screen}"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.tab(), Tab::Timeline);
    let rows = timeline_rows(&app);
    match rows.get(app.timeline().selected) {
        Some(TimelineRow::Event(e)) => assert_eq!(e.id.as_str(), "ev-0831-reception"),
        other => panic!("the timeline selects {other:?}"),
    }
    assert_eq!(app.jumps().counts(), (1, 0));
    // Backspace: back to the result list, on the same row.
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.tab(), Tab::Overview);
    assert_eq!(app.jumps().counts(), (0, 1));
    assert_eq!(
        item_id(&app, app.results().selected()).as_deref(),
        Some("ev-0831-reception")
    );
    assert!(frame(&app).contains("Official reception"));
}

#[test]
fn a_source_no_record_cites_is_a_result_and_enter_opens_it_in_the_sources_view() {
    let mut app = app(120, 40);
    search(&mut app, "vedomosti");
    assert_eq!(app.results().counts(), (0, 0, 1));
    assert_eq!(
        item_id(&app, app.results().selected()).as_deref(),
        Some("ved-parade")
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.tab(), Tab::Sources);
    let selected = app.data().sources.get(app.sources().selected);
    assert_eq!(selected.map(|s| s.id.as_str()), Some("ved-parade"));
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.tab(), Tab::Overview);
    assert_eq!(
        item_id(&app, app.results().selected()).as_deref(),
        Some("ved-parade")
    );
    // Forward again.
    update(&mut app, Action::JumpForward);
    assert_eq!(app.tab(), Tab::Sources);
}

#[test]
fn an_outlet_ranks_its_sources_above_the_records_citing_them() {
    let mut app = app(120, 40);
    search(&mut app, "tengrinews");
    let rows: Vec<(Option<String>, Option<String>)> = app
        .results()
        .rows()
        .iter()
        .map(|&row| {
            (
                item_id(&app, Some(row)),
                row.record().map(|r| id_of(&app, Some(r))),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (Some("tengri-pe24".to_string()), None),
            (None, Some("inv-atyrau-polyethylene".to_string())),
        ]
    );
    // A click on the source opens it.
    let area = rows_area(&app);
    update(&mut app, Action::Click(area.x + 5, area.y));
    assert_eq!(app.tab(), Tab::Sources);
    let selected = app.data().sources.get(app.sources().selected);
    assert_eq!(selected.map(|s| s.id.as_str()), Some("tengri-pe24"));
}

#[test]
fn events_and_sources_in_the_result_list_on_screen() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = app(120, 40);
        if lang == Lang::Ru {
            press(&mut app, KeyCode::Char('L'));
        }
        search(&mut app, "luban");
        let name = format!("results_luban_{}_120x40", lang.code());
        insta::assert_snapshot!(name, frame(&app));
    }
}
