//! The column chooser (`c`): each record table's columns shown, hidden and ordered, the
//! title kept, by keys and by the mouse; the table draws what was chosen.

use crossterm::event::{KeyCode, KeyModifiers};

use visit_dash::app::columns::ColumnId;
use visit_dash::app::{update, Action, App, Effect, Mode, Tab};
use visit_dash::cli::render::frame;
use visit_dash::data::{Category, Lang};

mod common;
use common::{embedded, keys, press, press_with};

use ColumnId::*;

fn investments(w: u16, h: u16) -> App {
    let mut app = App::new(embedded());
    update(&mut app, Action::Resize(w, h));
    update(&mut app, Action::GoTab(Tab::Records(Category::Investments)));
    common::draw(&app);
    app
}

fn order(app: &App, c: Category) -> Vec<(ColumnId, bool)> {
    app.columns()
        .choices(c)
        .iter()
        .map(|ch| (ch.id, ch.shown))
        .collect()
}

/// The table's header line: the first line inside the table's border.
fn header_line(app: &App) -> String {
    frame(app)
        .lines()
        .find(|l| l.contains("Project"))
        .expect("the table's header")
        .to_string()
}

#[test]
fn space_hides_and_shows_a_column_and_the_title_is_refused() {
    let mut app = investments(120, 40);
    press(&mut app, KeyCode::Char('c'));
    assert_eq!(app.mode(), Mode::Columns);
    assert_eq!(app.columns().chooser, Category::Investments);
    assert_eq!(
        app.columns().cursor,
        0,
        "the cursor starts on the first column"
    );

    // The title stays, and the footer says why.
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.columns().shown(Category::Investments)[0], Title);
    assert_eq!(
        app.toast(),
        Some("The title column always shows"),
        "a toast says the title cannot go"
    );
    assert!(frame(&app).contains("The title column always shows"));

    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.toast(), None);
    assert_eq!(
        app.columns().shown(Category::Investments),
        [Title, Sector, Place, Status, Sources],
        "Companies hidden"
    );
    assert_eq!(order(&app, Category::Investments)[1], (Companies, false));
    // Enter does as Space: shown again.
    press(&mut app, KeyCode::Enter);
    assert_eq!(
        app.columns().shown(Category::Investments),
        [Title, Companies, Sector, Place, Status, Sources]
    );
    assert_eq!(
        app.mode(),
        Mode::Columns,
        "Enter does not close the chooser"
    );
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Normal);
    // Other tables keep their own columns.
    assert_eq!(
        app.columns().shown(Category::Agreements),
        [Title, Status, Sectors, Sources]
    );
}

#[test]
fn shift_keys_move_a_column_within_the_list() {
    let mut app = investments(120, 40);
    press(&mut app, KeyCode::Char('c'));
    keys(&mut app, "jjj");
    assert_eq!(order(&app, Category::Investments)[3].0, Place);
    press(&mut app, KeyCode::Char('K'));
    press_with(&mut app, KeyCode::Up, KeyModifiers::SHIFT);
    assert_eq!(
        app.columns().shown(Category::Investments),
        [Title, Place, Companies, Sector, Status, Sources]
    );
    assert_eq!(app.columns().cursor, 1, "the cursor goes with the column");
    // The title moves like any other column.
    press(&mut app, KeyCode::Char('K'));
    assert_eq!(
        app.columns().shown(Category::Investments),
        [Place, Title, Companies, Sector, Status, Sources]
    );
    // At the top it stays.
    press(&mut app, KeyCode::Char('K'));
    assert_eq!(app.columns().cursor, 0);
    assert_eq!(order(&app, Category::Investments)[0].0, Place);
    press(&mut app, KeyCode::Char('J'));
    press_with(&mut app, KeyCode::Down, KeyModifiers::SHIFT);
    assert_eq!(
        app.columns().shown(Category::Investments),
        [Title, Companies, Place, Sector, Status, Sources]
    );
    // At the bottom it stays.
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Char('J'));
    assert_eq!(order(&app, Category::Investments)[5].0, Sources);
}

#[test]
fn the_chooser_opens_only_on_a_record_table() {
    for tab in [Tab::Overview, Tab::Timeline, Tab::Sources, Tab::Map] {
        let mut app = investments(120, 40);
        update(&mut app, Action::GoTab(tab));
        press(&mut app, KeyCode::Char('c'));
        assert_eq!(app.mode(), Mode::Normal, "{tab:?}");
        assert_eq!(
            app.toast(),
            Some("This view has no columns to choose: c works on the record tables")
        );
    }
    for (i, c) in Category::ALL.into_iter().enumerate() {
        let mut app = investments(120, 40);
        update(&mut app, Action::GoTab(Tab::Records(c)));
        press(&mut app, KeyCode::Char('c'));
        assert_eq!(
            (app.mode(), app.columns().chooser),
            (Mode::Columns, c),
            "{i}"
        );
        // Keys of the dashboard do not act under the chooser: `2` changes no tab.
        assert_eq!(
            visit_dash::app::action_for(
                crossterm::event::KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE),
                visit_dash::app::keymap::Layer::of_app(&app)
            ),
            None
        );
    }
}

#[test]
fn the_table_draws_the_chosen_columns_in_the_chosen_order() {
    let mut app = investments(120, 40);
    let before = header_line(&app);
    assert!(
        before.find("Companies") < before.find("Status"),
        "defaults: {before}"
    );
    press(&mut app, KeyCode::Char('c'));
    // Hide Companies, then move Status up to second place.
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char(' '));
    keys(&mut app, "jjj");
    keys(&mut app, "KKK");
    assert_eq!(
        order(&app, Category::Investments),
        [
            (Title, true),
            (Status, true),
            (Companies, false),
            (Sector, true),
            (Place, true),
            (Sources, true)
        ]
    );
    insta::assert_snapshot!("chooser_investments_120x40", frame(&app));
    press(&mut app, KeyCode::Esc);
    let after = header_line(&app);
    assert!(!after.contains("Companies"), "hidden: {after}");
    let status = after.find("Status").expect("Status shown");
    let sector = after.find("Sector").expect("Sector shown");
    assert!(status < sector, "Status moved before Sector: {after}");
    insta::assert_snapshot!("table_chosen_columns_120x40", frame(&app));
}

#[test]
fn the_chooser_speaks_russian() {
    let mut app = investments(120, 40);
    update(&mut app, Action::ToggleLang);
    press(&mut app, KeyCode::Char('c'));
    let screen = frame(&app);
    assert!(screen.contains("Столбцы: Инвестиции"), "{screen}");
    assert!(screen.contains("(всегда)"), "{screen}");
    press(&mut app, KeyCode::Char(' '));
    assert_eq!(app.toast(), Some("Столбец заголовка скрыть нельзя"));
    assert_eq!(app.lang(), Lang::Ru);
}

/// The screen row and column where `text` is drawn inside the chooser.
fn at(app: &App, text: &str) -> (u16, u16) {
    let screen = frame(app);
    for (y, line) in screen.lines().enumerate() {
        // Only the chooser's rows: they start with the border and a check column.
        if let Some(i) = line.find(&format!(" {text}")) {
            if line[..i].ends_with("│ ✓") || line[..i].ends_with("│  ") {
                let x = line[..i].chars().count();
                return (x as u16, y as u16);
            }
        }
    }
    panic!("{text} not in the chooser:\n{screen}");
}

#[test]
fn a_click_selects_a_row_and_a_click_on_its_check_toggles_it() {
    let mut app = investments(120, 40);
    press(&mut app, KeyCode::Char('c'));
    let (x, y) = at(&app, "Place");
    // On the name: selects, changes nothing.
    assert_eq!(update(&mut app, Action::Click(x + 2, y)), Effect::Redraw);
    assert_eq!(app.columns().cursor, 3);
    assert_eq!(order(&app, Category::Investments)[3], (Place, true));
    // On the check mark, two columns left of the name: hides it.
    let (x, y) = at(&app, "Sector");
    update(&mut app, Action::Click(x - 1, y));
    assert_eq!(app.columns().cursor, 2);
    assert_eq!(order(&app, Category::Investments)[2], (Sector, false));
    common::draw(&app);
    update(&mut app, Action::Click(x - 1, y));
    assert_eq!(order(&app, Category::Investments)[2], (Sector, true));
    // The title's check is refused as Space is.
    let (x, y) = at(&app, "Project");
    update(&mut app, Action::Click(x - 1, y));
    assert_eq!(order(&app, Category::Investments)[0], (Title, true));
    assert!(app.toast().is_some());
    // Outside the chooser a click does nothing (past clearing the toast), and the wheel
    // moves the cursor.
    update(&mut app, Action::Click(0, 0));
    assert_eq!(update(&mut app, Action::Click(0, 0)), Effect::None);
    assert_eq!(app.columns().cursor, 0);
    update(&mut app, Action::ScrollDown(0, 0));
    assert_eq!(app.columns().cursor, 1);
    assert_eq!(app.mode(), Mode::Columns);
}
