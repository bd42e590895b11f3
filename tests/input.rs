//! Input as a user sends it: keys through the key table, with and without modifiers, and
//! pastes, which are text and never keys.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use common::{app, keys, press};
use visit_dash::app::keymap::{bindings, readme_table, Key};
use visit_dash::app::{action_for, update, Action, Effect, Mode, Tab};
use visit_dash::data::Category;

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn with(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

const MODES: [Mode; 6] = [
    Mode::Normal,
    Mode::Search,
    Mode::Facet,
    Mode::Columns,
    Mode::Help,
    Mode::Present,
];

#[test]
fn every_key_name_in_the_table_parses() {
    for b in bindings() {
        for name in b.keys {
            if *name != "digits" {
                assert!(Key::parse(name).is_ok(), "{name}");
            }
        }
    }
}

#[test]
fn ctrl_c_quits_ctrl_z_suspends_and_ctrl_l_redraws_in_every_mode() {
    for mode in MODES {
        let ctrl = |c| action_for(with(KeyCode::Char(c), KeyModifiers::CONTROL), mode);
        assert_eq!(ctrl('c'), Some(Action::Quit), "{mode:?}");
        assert_eq!(ctrl('z'), Some(Action::Suspend), "{mode:?}");
        assert_eq!(ctrl('l'), Some(Action::Redraw), "{mode:?}");
    }
}

#[test]
fn modified_letters_act_only_where_bound() {
    for c in ['e', 'q', 's', 'p', 'y', 'o'] {
        for mods in [KeyModifiers::CONTROL, KeyModifiers::ALT] {
            if c == 'o' && mods == KeyModifiers::CONTROL {
                continue;
            }
            assert_eq!(
                action_for(with(KeyCode::Char(c), mods), Mode::Normal),
                None,
                "{mods:?}-{c} must not act as {c}"
            );
        }
    }
    // The bound ones still work; Ctrl-o goes back, as in vim, never sorts as `o`.
    let ctrl_o = with(KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(action_for(ctrl_o, Mode::Normal), Some(Action::JumpBack));
    let ctrl_d = with(KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(action_for(ctrl_d, Mode::Normal), Some(Action::PageDown));
    // Shift is part of the letter: `G` and `L` arrive with SHIFT set.
    let shift_g = with(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(action_for(shift_g, Mode::Normal), Some(Action::Bottom));
    let shift_tab = with(KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(action_for(shift_tab, Mode::Normal), Some(Action::PrevTab));
}

#[test]
fn letters_are_commands_in_normal_mode_and_text_in_search() {
    assert_eq!(
        action_for(key(KeyCode::Char('q')), Mode::Normal),
        Some(Action::Quit)
    );
    assert_eq!(
        action_for(key(KeyCode::Char('q')), Mode::Search),
        Some(Action::SearchInput('q'))
    );
    assert_eq!(
        action_for(key(KeyCode::Char('ш')), Mode::Search),
        Some(Action::SearchInput('ш'))
    );
    let ctrl_e = with(KeyCode::Char('e'), KeyModifiers::CONTROL);
    assert_eq!(action_for(ctrl_e, Mode::Search), None);
}

#[test]
fn esc_run_into_a_letter_while_searching_cancels_the_search() {
    let alt_q = with(KeyCode::Char('q'), KeyModifiers::ALT);
    assert_eq!(action_for(alt_q, Mode::Search), Some(Action::SearchCancel));
}

#[test]
fn digits_pick_tabs_as_far_as_there_are_tabs() {
    assert_eq!(
        action_for(key(KeyCode::Char('3')), Mode::Normal),
        Some(Action::GoTab(Tab::Records(Category::Investments)))
    );
    let past = char::from_digit(Tab::ALL.len() as u32 + 1, 10).unwrap_or('9');
    assert_eq!(action_for(key(KeyCode::Char(past)), Mode::Normal), None);
}

#[test]
fn esc_means_back_clear_or_close_by_mode() {
    let esc = key(KeyCode::Esc);
    assert_eq!(action_for(esc, Mode::Normal), Some(Action::Back));
    assert_eq!(action_for(esc, Mode::Search), Some(Action::SearchCancel));
    assert_eq!(action_for(esc, Mode::Facet), Some(Action::FacetClose));
    assert_eq!(action_for(esc, Mode::Help), Some(Action::ToggleHelp));
    assert_eq!(action_for(esc, Mode::Present), Some(Action::PresentExit));
}

#[test]
fn the_readme_key_table_is_the_table_in_code() {
    let readme = std::fs::read_to_string(common::tests_dir().join("../README.md"))
        .unwrap_or_else(|e| panic!("README.md: {e}"));
    let expected = readme_table(Tab::ALL.len());
    assert!(
        readme.contains(&expected),
        "the README's key table differs from the bindings; it should read:\n\n{expected}"
    );
}

#[test]
fn a_paste_is_text_in_the_search_box_never_keys() {
    let mut app = app(120, 40);
    keys(&mut app, "/");
    let effect = update(
        &mut app,
        Action::Paste("Sinopec\nthe plan\r\nlet me export\tquit".to_string()),
    );
    assert_eq!(effect, Effect::Redraw);
    assert_eq!(
        app.mode(),
        Mode::Search,
        "a pasted newline does not end the search"
    );
    assert_eq!(app.query(), "Sinopec the plan  let me export quit");
    assert!(!app.quit());
}

#[test]
fn a_paste_outside_the_search_box_starts_a_search() {
    let mut app = app(120, 40);
    update(&mut app, Action::Paste("sinopek".to_string()));
    assert_eq!(app.mode(), Mode::Search);
    assert_eq!(app.query(), "sinopek");
    assert_eq!(
        app.list(Category::Investments).rows.len(),
        1,
        "the paste searched"
    );
}

#[test]
fn a_paste_drops_controls_and_stops_at_the_query_cap() {
    let mut app = app(120, 40);
    keys(&mut app, "/ab");
    let huge = format!("\u{1b}[31m{}\u{202e}", "x".repeat(100_000));
    update(&mut app, Action::Paste(huge));
    assert!(!app.query().contains('\u{1b}') && !app.query().contains('\u{202e}'));
    assert_eq!(
        app.query().chars().count(),
        visit_dash::app::update::MAX_QUERY_CHARS
    );
    assert!(app.query().starts_with("ab[31mxxx"));
}

#[test]
fn a_paste_in_the_slides_or_a_popup_does_nothing() {
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(
        update(&mut app, Action::Paste("q".to_string())),
        Effect::None
    );
    assert_eq!(app.mode(), Mode::Present);
}

#[test]
fn under_the_too_small_screen_only_resize_and_quit_act() {
    let mut app = app(30, 8);
    for (c, what) in [
        ('e', "export"),
        ('L', "language"),
        ('3', "tab"),
        ('p', "slides"),
    ] {
        let action = action_for(key(KeyCode::Char(c)), app.mode()).expect("bound");
        assert_eq!(
            update(&mut app, action),
            Effect::None,
            "{what} acted unseen"
        );
    }
    assert_eq!(app.tab(), Tab::Overview);
    assert_eq!(app.mode(), Mode::Normal);
    assert_eq!(update(&mut app, Action::Resize(120, 40)), Effect::Redraw);
    keys(&mut app, "3");
    assert_eq!(app.tab(), Tab::Records(Category::Investments));
    update(&mut app, Action::Resize(20, 5));
    keys(&mut app, "q");
    assert!(app.quit());
}
