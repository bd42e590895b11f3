//! The presenter console's parts: messages, the channel, notes and the console's screen.

#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Color;

use visit_dash::app::{update, Action, App};
use visit_dash::presenter::channel::{deck_name, listen, socket};
use visit_dash::presenter::console::{clock_text, countdown, draw, Screen};
use visit_dash::presenter::message::{decode, encode, Message, Move, State, MAX_LINE};
use visit_dash::presenter::notes::state_of;
use visit_dash::ui::frame_text::to_text;

mod common;
use common::{dataset, press};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("visit-dash-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[test]
fn messages_round_trip_and_strings_are_cleaned() {
    let state = State {
        slide: 2,
        total: 9,
        title: "a\u{1b}]52;c;aGk=\u{7}b".to_string(),
        notes: vec!["line\u{1b}[2J".to_string(), "two\nrows".to_string()],
        ..State::default()
    };
    let line = encode(&Message::State(state.clone()));
    assert!(
        line.ends_with('\n') && line.starts_with("{\"v\":1,"),
        "{line}"
    );
    let Ok(Message::State(got)) = decode(&line) else {
        panic!("a state")
    };
    assert_eq!(got.slide, 2);
    assert!(
        !got.title.contains('\u{1b}') && !got.title.contains('\u{7}'),
        "{:?}",
        got.title
    );
    assert!(got
        .notes
        .iter()
        .all(|n| !n.contains('\u{1b}') && !n.contains('\n')));
    let mv = encode(&Message::Move { to: Move::Next });
    assert_eq!(
        mv,
        "{\"v\":1,\"message\":{\"type\":\"move\",\"to\":\"next\"}}\n"
    );
    assert_eq!(decode(&mv), Ok(Message::Move { to: Move::Next }));
}

#[test]
fn bad_messages_are_refused() {
    assert_eq!(
        decode("{\"v\":2,\"message\":{\"type\":\"move\",\"to\":\"next\"}}"),
        Err("message version 2; this program speaks version 1".to_string())
    );
    assert!(
        decode("{\"v\":1,\"message\":{\"type\":\"move\",\"to\":\"exec\"}}")
            .is_err_and(|e| e.starts_with("not a message: unknown variant `exec`"))
    );
    assert!(decode("{\"v\":1,\"message\":{\"type\":\"move\",\"to\":\"next\"},\"x\":1}").is_err());
    assert!(decode("rm -rf").is_err_and(|e| e.starts_with("not a message")));
    let huge = "x".repeat(MAX_LINE + 1);
    assert_eq!(
        decode(&huge),
        Err(format!(
            "a message of {} bytes; at most {MAX_LINE}",
            MAX_LINE + 1
        ))
    );
}

#[test]
fn channel_names_keep_decks_apart() {
    assert_eq!(deck_name(None), "deck");
    assert_eq!(
        deck_name(Some(Path::new("talks/board-2025.json"))),
        "board-2025"
    );
    assert_eq!(deck_name(Some(Path::new("../ ;$(x).json"))), "x");
    assert_eq!(deck_name(Some(Path::new("..json"))), "deck");
    let dir = Path::new("run");
    assert_ne!(socket(dir, "a"), socket(dir, "b"));
}

#[test]
fn a_stale_socket_is_cleaned_up_and_a_live_one_left_alone() {
    let dir = scratch("stale");
    let path = socket(&dir, "deck");
    // A socket file with no one listening: what a crash leaves.
    drop(UnixListener::bind(&path).expect("bind"));
    assert!(path.exists());
    let live = listen(&path).expect("the stale socket is replaced");
    let mode = std::fs::metadata(&path)
        .expect("socket")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "only this user may connect");
    assert!(UnixStream::connect(&path).is_ok());
    let err = listen(&path).expect_err("a live deck keeps its socket");
    assert_eq!(err.kind(), std::io::ErrorKind::AddrInUse);
    assert!(
        err.to_string()
            .starts_with("another deck is presenting on "),
        "{err}"
    );
    drop(live);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_state_tells_notes_next_slide_and_preview() {
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(100, 30));
    press(&mut app, KeyCode::Char('p'));
    press(&mut app, KeyCode::Right);
    let s = state_of(&mut app, 1000, Some(1200));
    assert_eq!((s.slide, s.total), (2, app.deck().slides.len()));
    assert_eq!(
        app.deck().current,
        1,
        "drawing the preview leaves the deck where it was"
    );
    assert!(
        s.notes.iter().any(|l| l.starts_with("Source: BAQ.KZ")),
        "{:?}",
        s.notes
    );
    let next = visit_dash::ui::slides::slide_title(&app, app.deck().slides[2]);
    assert_eq!(s.next_title.as_deref(), Some(next.as_str()));
    assert!(
        s.next_preview.iter().any(|l| l.contains("BAQ.KZ")),
        "{:?}",
        s.next_preview
    );
    assert_eq!(s.duration, Some(1200));
}

fn screen_of(state: Option<&State>, now: u64, duration: Option<u64>) -> Buffer {
    let area = Rect::new(0, 0, 120, 20);
    let mut buf = Buffer::empty(area);
    let screen = Screen {
        name: "deck",
        state,
        now,
        clock: "14:03:22",
        duration,
    };
    draw(&screen, area, &mut buf);
    buf
}

#[test]
fn the_console_waits_for_a_deck_and_counts_down_in_red_at_the_end() {
    let text = to_text(&screen_of(None, 0, None));
    assert!(
        text.contains("No deck to follow on channel \"deck\": waiting."),
        "{text}"
    );

    let state = State {
        slide: 3,
        total: 10,
        title: "Grain".to_string(),
        next_title: Some("Summary".to_string()),
        notes: vec!["Say the figure.".to_string()],
        started: 1000,
        ..State::default()
    };
    let buf = screen_of(Some(&state), 1000 + 65, Some(20 * 60));
    let text = to_text(&buf);
    for part in [
        "Slide 3 / 10",
        "elapsed 01:05",
        "14:03:22",
        "left 18:55",
        "Next: Summary",
        "Say the figure.",
    ] {
        assert!(text.contains(part), "{part:?}:\n{text}");
    }
    let colour_of = |buf: &Buffer, word: &str| {
        let text = to_text(buf);
        let first = text.lines().next().unwrap_or_default();
        let x = first[..first.find(word).expect("the countdown")]
            .chars()
            .count();
        buf[(x as u16, 0)].bg
    };
    assert_ne!(colour_of(&buf, "left"), Color::Red);
    let late = screen_of(Some(&state), 1000 + 20 * 60 - 120, Some(20 * 60));
    assert!(to_text(&late).contains("left 02:00"));
    assert_eq!(
        colour_of(&late, "left"),
        Color::Red,
        "the last two minutes warn"
    );
    let over = screen_of(Some(&state), 1000 + 20 * 60 + 5, Some(20 * 60));
    assert!(to_text(&over).contains("over by 00:05"));
    assert_eq!(colour_of(&over, "over"), Color::Red);
}

#[test]
fn clock_and_countdown_texts() {
    assert_eq!(clock_text(0), "00:00");
    assert_eq!(clock_text(3599), "59:59");
    assert_eq!(clock_text(3600 + 62), "1:01:02");
    assert_eq!(countdown(0, 121), ("left 02:01".to_string(), false));
    assert_eq!(countdown(1, 121), ("left 02:00".to_string(), true));
}

#[test]
fn notes_carry_the_evidence_with_translations() {
    let d = dataset();
    let (r, excerpt, translation) = d
        .all_records()
        .find_map(|(r, rec)| {
            rec.evidence().iter().find_map(|e| {
                Some((
                    r,
                    e.excerpt.as_ref()?.to_string(),
                    e.translation.as_ref()?.to_string(),
                ))
            })
        })
        .expect("a record with an excerpt and its translation");
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(100, 30));
    press(&mut app, KeyCode::Char('p'));
    let n = app
        .deck()
        .slides
        .iter()
        .position(|s| {
            matches!(s, visit_dash::app::present::Slide::Record(x)
                | visit_dash::app::present::Slide::Quote(x) if *x == r)
        })
        .expect("the record's slide");
    for c in (n + 1).to_string().chars() {
        update(&mut app, Action::SlideDigit(c));
    }
    update(&mut app, Action::SlideJump);
    assert_eq!(app.deck().current, n);
    let s = state_of(&mut app, 0, None);
    let notes = s.notes.join("\n");
    assert!(notes.contains(&format!("«{excerpt}»")), "{notes}");
    assert!(
        notes.contains(&format!("translation: {translation}")),
        "{notes}"
    );
}
