//! Search from anywhere: while a query is on, the Overview shows the results of every view
//! as one ranked list (category, title, where it matched); Enter or a click opens one in
//! its own view, and the tabs keep their own lists and counts.

mod common;

use crossterm::event::KeyCode;

use common::{embedded, keys, press};
use visit_dash::app::results::rows_area;
use visit_dash::app::{update, Action, App, Mode, Tab};
use visit_dash::cli::render::frame;
use visit_dash::data::{Category, Lang};

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
        .map(|h| h.record.category)
        .collect();
    assert!(categories.contains(&Category::Agreements));
    assert!(categories.contains(&Category::Investments));
    assert!(categories.contains(&Category::Corridors));
    // The tabs count as before.
    let listed: usize = app.lists().iter().map(|l| l.rows.len()).sum();
    assert_eq!(app.results().rows().len(), listed);
    let screen = frame(&app);
    assert!(screen.contains("2 Agr 11/17"), "{screen}");
    // Down to the SANY plant, an investment, then Enter.
    let at = app
        .results()
        .rows()
        .iter()
        .position(|h| id_of(&app, Some(h.record)) == "inv-sany-shu-plant")
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
    let second = app.results().rows().get(1).map(|h| h.record);
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
    let all = app.results().rows().len();
    assert!(all >= 2, "{all}");
    // The first sector of the first result, as the popup offers it.
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Enter);
    let filtered: usize = app.lists().iter().map(|l| l.rows.len()).sum();
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
