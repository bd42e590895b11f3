//! Shaping the deck in the slide index: moving and hiding slides, hidden slides skipped when
//! presenting, the deck saved to a deck file that loads back the same, and `render
//! --present --deck`.

use std::path::PathBuf;
use std::process::Command;

use crossterm::event::KeyCode;

use visit_dash::app::deck::Slide;
use visit_dash::app::deck_file::{load, parse};
use visit_dash::app::keymap::readme_slide_table;
use visit_dash::app::{update, Action, App, Effect, Mode};
use visit_dash::export::{deck_file_name, deck_json, write_new_file};
use visit_dash::ui::frame_text::to_text;
use visit_dash::ui::theme::Theme;

mod common;
use common::{app, dataset, press};

fn presenting() -> App {
    let mut app = app(100, 60);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.mode(), Mode::Present);
    app
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("visit-dash-shape-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

#[test]
fn the_index_moves_a_slide_up_and_down_with_the_cursor() {
    let mut app = presenting();
    let before = app.deck().slides.clone();
    assert!(before.len() > 4);
    press(&mut app, KeyCode::Char('i'));
    assert_eq!((app.deck().index, app.deck().cursor), (true, 0));
    press(&mut app, KeyCode::Down);
    assert_eq!((app.deck().cursor, app.deck().current), (1, 1));
    assert!(
        app.deck().plan.is_none(),
        "moving the cursor shapes nothing"
    );

    press(&mut app, KeyCode::Char('J'));
    assert_eq!(app.deck().cursor, 2, "the cursor goes with the slide");
    assert_eq!(app.deck().slides[2], before[1]);
    assert_eq!(app.deck().slides[1], before[2]);
    assert_eq!(app.deck().current, 2, "the slide on show stays on show");
    assert!(app.deck().plan.is_some(), "a shaped deck is a plan");

    press(&mut app, KeyCode::Char('K'));
    press(&mut app, KeyCode::Char('K'));
    assert_eq!(app.deck().cursor, 0);
    assert_eq!(app.deck().slides[0], before[1]);
    assert_eq!(app.deck().slides[1], before[0]);
    // At the top, up again changes nothing.
    assert_eq!(
        update(&mut app, Action::SlideMoveUp),
        Effect::Redraw,
        "a key still redraws"
    );
    assert_eq!(app.deck().slides[0], before[1]);
    assert!(app.deck().index, "shaping keeps the index open");

    // Outside the index the shaping keys do nothing.
    press(&mut app, KeyCode::Esc);
    assert!(!app.deck().index);
    let shaped = app.deck().slides.clone();
    assert_eq!(update(&mut app, Action::SlideMoveDown), Effect::None);
    assert_eq!(app.deck().slides, shaped);
}

#[test]
fn a_hidden_slide_is_dimmed_in_the_index_and_skipped_when_presenting() {
    let mut app = presenting();
    let before = app.deck().slides.clone();
    press(&mut app, KeyCode::Char('i'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.deck().slides.len(), before.len() - 1);
    assert!(!app.deck().slides.contains(&before[1]));
    let plan = app.deck().plan.as_ref().expect("a plan");
    assert!(plan.slides[1].hidden);
    assert_eq!(
        plan.slides.len(),
        before.len(),
        "the hidden slide stays in the order"
    );
    assert_eq!(
        app.deck().slides[app.deck().current],
        before[2],
        "the slide after the hidden one is on show"
    );

    // The index still lists it, unnumbered and dimmed, under the cursor; the next row
    // carries number 2.
    press(&mut app, KeyCode::Down);
    let buf = common_draw(&app);
    let screen = to_text(&buf);
    let y = screen
        .lines()
        .position(|l| l.contains("  –  ") && l.contains("(hidden)"))
        .unwrap_or_else(|| panic!("no hidden row\n{screen}"));
    let line = screen.lines().nth(y).expect("row");
    let x = line[..line.find("–").expect("dash")].chars().count() as u16;
    assert_eq!(
        buf[(x, y as u16)].fg,
        Theme::get(app.theme()).muted.fg.expect("a colour")
    );
    assert!(
        screen.lines().nth(y + 1).expect("next").contains("  2  "),
        "{screen}"
    );
    assert!(
        screen.contains("x hide"),
        "the index names its keys:\n{screen}"
    );

    // Presenting from the start skips it.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Right);
    assert_eq!(app.deck().slides[app.deck().current], before[2]);
    // Leaving and presenting again keeps the shape.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.deck().slides.len(), before.len() - 1);

    // Shown again with x.
    press(&mut app, KeyCode::Char('i'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.deck().slides, before);
}

#[test]
fn the_last_slide_on_show_cannot_be_hidden() {
    let d = dataset();
    let plan = parse(
        "d.json",
        r#"{"version": 1, "slides": [{"slide": "title"}, {"slide": "summary", "hidden": true}]}"#,
        &d,
    )
    .expect("a deck file");
    let mut app = app(100, 40);
    update(&mut app, Action::SetPlan(Some(Box::new(plan))));
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Char('i'));
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.deck().slides, vec![Slide::Title]);
    assert_eq!(app.toast(), Some("The last slide on show cannot be hidden"));
    // The hidden one can be shown, then the first hidden.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Up);
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.deck().slides, vec![Slide::Summary]);
}

#[test]
fn a_saved_deck_loads_back_identically() {
    let mut app = presenting();
    press(&mut app, KeyCode::Char('i'));
    for key in ['J', 'J', 'x'] {
        press(&mut app, KeyCode::Char(key));
    }
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('K'));
    let effect = press(&mut app, KeyCode::Char('s'));
    assert_eq!(effect, Effect::SaveDeck, "the loop writes the file");
    let shaped = app.deck().slides.clone();
    let plan = app.deck().plan.clone().expect("a plan");

    // Saved as the loop saves it: a new file in the folder, named as exports are.
    let dir = scratch("save");
    let name = deck_file_name(&app, app.tab().category());
    assert_eq!(name, "visit-dash-deck-all.json");
    let text = deck_json(&app).expect("json");
    let path = write_new_file(&dir, &name, text.as_bytes()).expect("written");
    assert_eq!(path, dir.join("visit-dash-deck-all.json"));
    let again = write_new_file(&dir, &name, text.as_bytes()).expect("written");
    assert_eq!(
        again,
        dir.join("visit-dash-deck-all-2.json"),
        "never overwritten"
    );

    // Loaded with --deck: the same plan, the same slides presented.
    let loaded = load(&path, app.data()).expect("it loads");
    assert_eq!(loaded, plan);
    let mut other = common::app(100, 60);
    update(&mut other, Action::SetPlan(Some(Box::new(loaded))));
    press(&mut other, KeyCode::Char('p'));
    assert_eq!(other.deck().slides, shaped);
    assert!(text.contains("\"hidden\": true"), "{text}");
    assert!(
        text.contains("\"figure\": 1") || !text.contains("figure"),
        "{text}"
    );
    let _ = std::fs::remove_dir_all(&dir);

    // The loop reports where it went; the slide's footer shows it until the next key.
    let message = format!("Deck saved to {}", path.display());
    update(&mut app, Action::Notify(message.clone()));
    let screen = to_text(&common_draw(&app));
    let footer = screen.lines().last().expect("a footer");
    assert!(footer.contains(&message), "{footer}");
    assert!(footer.contains(" / "), "the counter stays: {footer}");
    press(&mut app, KeyCode::Down);
    assert!(!to_text(&common_draw(&app)).contains("Deck saved"));
}

#[test]
fn a_deck_never_shaped_saves_as_presented() {
    let mut app = presenting();
    let slides = app.deck().slides.clone();
    let text = deck_json(&app).expect("json");
    let plan = parse("saved.json", &text, app.data()).expect("it parses");
    assert_eq!(
        plan.slides.iter().map(|p| p.slide).collect::<Vec<_>>(),
        slides
    );
    press(&mut app, KeyCode::Char('i'));
    assert_eq!(press(&mut app, KeyCode::Char('s')), Effect::SaveDeck);
}

fn common_draw(app: &App) -> ratatui::buffer::Buffer {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(
        app.width(),
        app.height(),
    ))
    .expect("terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn render(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .arg("--data")
        .arg(common::interview())
        .arg("render")
        .args(args)
        .output()
        .expect("run visit-dash")
}

#[test]
fn render_present_follows_the_deck_file() {
    let dir = scratch("render");
    let path = dir.join("talk.json");
    std::fs::write(
        &path,
        r#"{"version": 1, "title": "Briefing for the board", "slides": [{"slide": "summary"}, {"slide": "title", "hidden": true}, {"slide": "title"}]}"#,
    )
    .expect("write");
    let path_s = path.to_str().expect("utf-8 path");
    let plain = render(&["--present", "--slide", "1", "--size", "80x24"]);
    let first = render(&[
        "--present",
        "--slide",
        "1",
        "--size",
        "80x24",
        "--deck",
        path_s,
    ]);
    let second = render(&[
        "--present",
        "--slide",
        "2",
        "--size",
        "80x24",
        "--deck",
        path_s,
    ]);
    let (plain, first, second) = (
        String::from_utf8_lossy(&plain.stdout).into_owned(),
        String::from_utf8_lossy(&first.stdout).into_owned(),
        String::from_utf8_lossy(&second.stdout).into_owned(),
    );
    assert!(plain.contains("1 / "), "{plain}");
    assert!(
        first.contains("Summary"),
        "the file's first slide:\n{first}"
    );
    assert!(
        first.contains("1 / 2"),
        "the hidden slide is not counted:\n{first}"
    );
    assert!(second.contains("Briefing for the board"), "{second}");
    assert!(second.contains("2 / 2"), "{second}");
    assert_ne!(plain, first);

    let out = render(&["--present", "--slide", "3", "--deck", path_s]);
    assert_eq!(out.status.code(), Some(2), "no slide 3 in a deck of 2");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "visit-dash: no slide 3: the deck has slides 1 to 2\n"
    );

    std::fs::write(&path, r#"{"version": 1, "slides": [{"record": "nope"}]}"#).expect("write");
    let out = render(&["--present", "--deck", path_s]);
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.ends_with(
            "talk.json:1:38: slides[0].record: no record with id \"nope\" in the dataset\n"
        ),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_readme_slide_key_table_is_the_table_in_code() {
    let readme = std::fs::read_to_string(common::tests_dir().join("../README.md"))
        .unwrap_or_else(|e| panic!("README.md: {e}"));
    let expected = readme_slide_table();
    assert!(
        readme.contains(&expected),
        "the README's slide key table differs from the bindings; it should read:\n\n{expected}"
    );
}
