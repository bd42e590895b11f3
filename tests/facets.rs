//! The facet panel and its filters, on the embedded dataset (it has companies, people and
//! places to facet on): every view follows the filters, AND across dimensions and OR within
//! one, chips show and come off one at a time, and typing narrows the panel in either script.

use std::collections::BTreeSet;

use crossterm::event::KeyCode;

use visit_dash::app::layout::tab_titles;
use visit_dash::app::timeline::{timeline_rows, TimelineRow};
use visit_dash::app::{update, Action, App, Mode, Tab};
use visit_dash::cli::render::frame;
use visit_dash::data::facets::Dimension;
use visit_dash::data::{Category, Dataset, Lang, RecordRef, Stage};

mod common;
use common::{embedded, keys, press};

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(embedded());
    update(&mut app, Action::Resize(w, h));
    app
}

/// Opens the panel, goes to `dim` with Tab, types `query`, and Enter picks the first value.
fn pick(app: &mut App, dim: Dimension, query: &str) {
    press(app, KeyCode::Char('s'));
    assert_eq!(app.mode(), Mode::Facet);
    for _ in 0..Dimension::ALL.len() {
        if app.panel().dimension == dim {
            break;
        }
        press(app, KeyCode::Tab);
    }
    assert_eq!(app.panel().dimension, dim);
    keys(app, query);
    assert!(
        !app.panel().rows().is_empty(),
        "{query}: no value in the panel"
    );
    press(app, KeyCode::Enter);
    assert_eq!(app.mode(), Mode::Normal);
}

/// The names in the panel, in the language on show.
fn panel_names(app: &App) -> Vec<String> {
    app.panel()
        .rows()
        .iter()
        .filter_map(|r| app.data().value(app.panel().dimension, r.value))
        .map(|v| v.name(app.lang()).to_string())
        .collect()
}

fn shown(app: &App) -> BTreeSet<RecordRef> {
    app.lists()
        .iter()
        .flat_map(|l| l.rows.iter().map(|h| h.record))
        .collect()
}

/// The records of the data with a company among `companies` and a status at `stage`.
fn expected(d: &Dataset, companies: &[&str], stage: Option<Stage>) -> BTreeSet<RecordRef> {
    d.all_records()
        .filter(|(_, rec)| {
            rec.companies()
                .iter()
                .any(|c| companies.contains(&c.as_str()))
        })
        .filter(|(_, rec)| {
            stage.is_none_or(|s| {
                rec.status()
                    .and_then(|st| d.status(st))
                    .is_some_and(|st| st.stage == s)
            })
        })
        .map(|(r, _)| r)
        .collect()
}

#[test]
fn a_company_and_a_stage_filter_every_view() {
    let mut app = app(120, 40);
    pick(&mut app, Dimension::Company, "kmg");
    pick(&mut app, Dimension::Stage, "under way");
    let want = expected(app.data(), &["kmg"], Some(Stage::Underway));
    assert!(!want.is_empty() && want.len() < expected(app.data(), &["kmg"], None).len());
    assert_eq!(shown(&app), want, "the tables");
    // Tab bar counts: shown of total, for every category.
    let titles = tab_titles(&app);
    for c in Category::ALL {
        let n = want.iter().filter(|r| r.category == c).count();
        let title = &titles
            .iter()
            .find(|(t, _)| *t == Tab::Records(c))
            .expect("a tab per category")
            .1;
        assert!(
            title.ends_with(&format!(" {n}/{}", app.data().len(c))),
            "{c:?}: {title}"
        );
    }
    // The timeline lists only those outcomes.
    let outcomes: BTreeSet<RecordRef> = timeline_rows(&app)
        .into_iter()
        .filter_map(|row| match row {
            TimelineRow::Outcome(_, r) => Some(r),
            TimelineRow::Event(_) => None,
        })
        .collect();
    let with_event: BTreeSet<RecordRef> = want
        .iter()
        .copied()
        .filter(|r| app.data().get(*r).and_then(|rec| rec.event()).is_some())
        .collect();
    assert_eq!(outcomes, with_event, "the timeline");
    // The Overview counts what is on show, by stage.
    assert_eq!(app.stage_count(Stage::Underway), want.len());
    assert_eq!(app.stage_count(Stage::Achieved), 0);
    assert_eq!(app.stage_count(Stage::Intended), 0);
    update(&mut app, Action::GoTab(Tab::Overview));
    let screen = frame(&app);
    let inv = want.len();
    let total = app.data().len(Category::Investments);
    assert!(
        screen.contains(&format!("{inv}/{total} investment")),
        "{screen}"
    );
    assert!(screen.contains(&format!(
        "0/{} agreements",
        app.data().len(Category::Agreements)
    )));
}

#[test]
fn two_values_of_one_dimension_add_up() {
    let mut app = app(120, 40);
    pick(&mut app, Dimension::Company, "sinopec");
    let one = shown(&app);
    assert_eq!(one, expected(app.data(), &["sinopec"], None));
    pick(&mut app, Dimension::Company, "huawei");
    assert_eq!(
        shown(&app),
        expected(app.data(), &["sinopec", "huawei"], None)
    );
    assert!(shown(&app).len() > one.len(), "OR within a dimension");
    // The panel counts a dimension under the other dimensions' filters only, so the
    // companies not picked still show what they would add.
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.panel().dimension, Dimension::Company);
    let cnpc = app
        .data()
        .values(Dimension::Company)
        .position(|v| v.id == "cnpc")
        .expect("cnpc");
    let row = app
        .panel()
        .rows()
        .iter()
        .find(|r| r.value == cnpc)
        .expect("cnpc row");
    assert_eq!(row.count, expected(app.data(), &["cnpc"], None).len());
    assert!(!row.active);
    assert_eq!(app.panel().rows().iter().filter(|r| r.active).count(), 2);
}

#[test]
fn chips_come_off_one_at_a_time() {
    let mut app = app(120, 40);
    pick(&mut app, Dimension::Company, "sinopec");
    pick(&mut app, Dimension::Company, "cnpc");
    pick(&mut app, Dimension::Place, "atyrau");
    assert_eq!(app.filters().iter().count(), 3);
    let screen = frame(&app);
    assert!(screen.contains("company: Sinopec ×"), "{screen}");
    assert!(screen.contains("company: CNPC ×"), "{screen}");

    // Backspace on an empty search query takes off the last chip only.
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Backspace);
    let left: Vec<Dimension> = app.filters().iter().map(|f| f.dimension).collect();
    assert_eq!(left, [Dimension::Company, Dimension::Company]);
    assert_eq!(
        shown(&app),
        expected(app.data(), &["sinopec", "cnpc"], None)
    );
    press(&mut app, KeyCode::Esc);

    // `x` takes off the newest: CNPC goes, Sinopec stays.
    keys(&mut app, "x");
    assert_eq!(app.filters().iter().count(), 1);
    assert_eq!(app.only_filter(Dimension::Company), Some("sinopec"));
    let screen = frame(&app);
    assert!(screen.contains("company: Sinopec ×") && !screen.contains("CNPC ×"));

    // Esc in Normal mode clears the rest, as it clears a search.
    press(&mut app, KeyCode::Esc);
    assert!(app.filters().is_empty());
    assert!(!app.filtering());
}

#[test]
fn typing_narrows_the_panel_in_either_script() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('s'));
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.panel().dimension, Dimension::Company);
    let all = app.panel().rows().len();
    // A Cyrillic query finds a company shown by its Latin name.
    keys(&mut app, "синопек");
    assert_eq!(panel_names(&app), ["Sinopec"]);
    for _ in 0.."синопек".chars().count() {
        press(&mut app, KeyCode::Backspace);
    }
    assert_eq!(
        app.panel().rows().len(),
        all,
        "an empty query shows every value"
    );
    // And in Russian, a Latin query finds the Cyrillic name.
    update(&mut app, Action::ToggleLang);
    keys(&mut app, "KazMunay");
    assert_eq!(panel_names(&app), ["«КазМунайГаз»"]);
    // Places too, with the case folded.
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.panel().dimension, Dimension::Place);
    assert_eq!(
        app.panel().query,
        "",
        "a new dimension starts with nothing typed"
    );
    keys(&mut app, "SHYMKENT");
    assert_eq!(panel_names(&app), ["Шымкент"]);
    keys(&mut app, "x");
    assert!(app.panel().rows().is_empty());
    press(&mut app, KeyCode::Enter);
    assert!(app.filters().is_empty(), "Enter on nothing adds nothing");
}

#[test]
fn the_sources_view_adds_a_source_chip() {
    let mut app = app(120, 40);
    update(&mut app, Action::GoTab(Tab::Sources));
    press(&mut app, KeyCode::Enter);
    let first = app.data().sources[0].id.to_string();
    assert_eq!(app.only_filter(Dimension::Source), Some(first.as_str()));
    let cites: BTreeSet<RecordRef> = app.data().records_citing(&first).into_iter().collect();
    assert_eq!(shown(&app), cites);
    // The same filter as the panel's: it shows among the source values, active.
    press(&mut app, KeyCode::Char('s'));
    for _ in 0..7 {
        press(&mut app, KeyCode::Tab);
    }
    assert_eq!(app.panel().dimension, Dimension::Source);
    assert!(app.panel().rows()[app.panel().cursor].active);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    assert!(app.filters().is_empty(), "Enter again takes it off");
}

fn chips_app(w: u16, h: u16, lang: Lang) -> App {
    let mut app = app(w, h);
    if lang == Lang::Ru {
        update(&mut app, Action::ToggleLang);
    }
    update(&mut app, Action::GoTab(Tab::Records(Category::Investments)));
    pick(&mut app, Dimension::Company, "kmg");
    pick(&mut app, Dimension::Stage, "underway");
    app
}

#[test]
fn chips_are_drawn_in_the_search_line() {
    for (w, h) in [(80, 24), (120, 40)] {
        for lang in [Lang::En, Lang::Ru] {
            let app = chips_app(w, h, lang);
            let screen = frame(&app);
            let chip = match lang {
                Lang::En => "company: KazMunayGas ×",
                Lang::Ru => "компания: «КазМунайГаз» ×",
            };
            assert!(screen.contains(chip), "{screen}");
            insta::assert_snapshot!(format!("chips_{w}x{h}_{lang:?}"), screen);
        }
    }
}

#[test]
fn the_panel_is_drawn_with_dimensions_values_and_counts() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = chips_app(120, 40, lang);
        press(&mut app, KeyCode::Char('s'));
        assert_eq!(
            app.panel().dimension,
            Dimension::Stage,
            "the panel opens where it was"
        );
        for _ in 0..4 {
            press(&mut app, KeyCode::Left);
        }
        assert_eq!(app.panel().dimension, Dimension::Company);
        keys(&mut app, "a");
        insta::assert_snapshot!(format!("panel_120x40_{lang:?}"), frame(&app));
    }
}

#[test]
fn a_click_on_a_chip_takes_that_one_off() {
    let mut app = app(120, 40);
    pick(&mut app, Dimension::Company, "sinopec");
    pick(&mut app, Dimension::Company, "cnpc");
    pick(&mut app, Dimension::Place, "atyrau");
    let screen = frame(&app);
    let line = screen.lines().nth(2).expect("the search line");
    let at = line.find("company: CNPC").expect("the CNPC chip");
    let x = u16::try_from(line[..at].chars().count()).expect("a column");
    // Left of every chip, nothing happens.
    update(&mut app, Action::Click(1, 2));
    assert_eq!(app.filters().iter().count(), 3);
    update(&mut app, Action::Click(x + 3, 2));
    let left: Vec<String> = app
        .filters()
        .iter()
        .filter_map(|f| app.data().value(f.dimension, f.value))
        .map(|v| v.id.to_string())
        .collect();
    assert_eq!(left, ["sinopec", "atyrau-region"], "the middle chip alone");
}

/// The screen row and the column where `name` is drawn in the panel's values.
fn value_at(app: &App, name: &str) -> (u16, u16) {
    let screen = frame(app);
    for (y, line) in screen.lines().enumerate() {
        if let Some(i) = line.find(&format!("   {name} ")) {
            // A value row: right of the dimensions' rule.
            if line[..i].contains("│ ") {
                return (line[..i].chars().count() as u16 + 3, y as u16);
            }
        }
    }
    panic!("{name} not in the panel:\n{screen}");
}

#[test]
fn a_click_selects_a_value_and_a_click_on_the_selected_one_adds_it() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('s'));
    while app.panel().dimension != Dimension::Company {
        press(&mut app, KeyCode::Tab);
    }
    let (x, y) = value_at(&app, "Sinopec");
    let sinopec = app
        .panel()
        .rows()
        .iter()
        .position(|r| {
            app.data().value(Dimension::Company, r.value).map(|v| v.id) == Some("sinopec")
        })
        .expect("Sinopec in the panel");
    assert_ne!(app.panel().cursor, sinopec, "the cursor starts elsewhere");
    update(&mut app, Action::Click(x, y));
    assert_eq!(app.panel().cursor, sinopec, "the click selects");
    assert_eq!(app.mode(), Mode::Facet);
    assert!(app.filters().is_empty(), "a first click adds nothing");
    update(&mut app, Action::Click(x, y));
    assert_eq!(
        app.mode(),
        Mode::Normal,
        "the second click picks, as Enter does"
    );
    let ids: Vec<&str> = app
        .filters()
        .iter()
        .filter_map(|f| app.data().value(f.dimension, f.value))
        .map(|v| v.id)
        .collect();
    assert_eq!(ids, ["sinopec"]);
    assert!(frame(&app).contains("company: Sinopec ×"), "the chip shows");
}

#[test]
fn a_click_on_a_dimension_shows_it_and_the_wheel_moves_the_cursor() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('s'));
    assert_eq!(app.panel().dimension, Dimension::Sector);
    let screen = frame(&app);
    let (y, line) = screen
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("│ place "))
        .expect("the place dimension");
    let x = line[..line.find("│ place ").expect("place")]
        .chars()
        .count()
        + 2;
    update(&mut app, Action::Click(x as u16, y as u16));
    assert_eq!(app.panel().dimension, Dimension::Place);
    assert_eq!(app.panel().cursor, 0);
    update(&mut app, Action::ScrollDown(0, 0));
    update(&mut app, Action::ScrollDown(0, 0));
    assert_eq!(app.panel().cursor, 2);
    // The wheel stops at the top, where the keys would wrap round.
    for _ in 0..5 {
        update(&mut app, Action::ScrollUp(0, 0));
    }
    assert_eq!(app.panel().cursor, 0);
    assert_eq!(app.mode(), Mode::Facet);
}
