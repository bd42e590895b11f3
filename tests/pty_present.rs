//! The deck and its presenter console side by side, each in its own pseudo-terminal: a key
//! in either moves both, the console shows the next slide and a running clock, the
//! countdown warns, `b` blanks the projector.
//!
//! Every wait polls the emulated screens for what a person would see and ends as soon as it
//! appears; it fails after `TIMEOUT` with the screen in the message.

#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::time::Duration;

use common::pty::{Launch, Pty};

/// The binary with `runtime` as its runtime folder, where the deck's socket is.
fn start(args: &[&str], runtime: &PathBuf, cols: u16, rows: u16) -> Pty {
    Launch::dashboard()
        .args(args)
        .env("XDG_RUNTIME_DIR", runtime)
        .size(cols, rows)
        .timeout(Duration::from_secs(15))
        .start()
}

fn runtime_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("visit-dash-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).expect("mode");
    dir
}

#[test]
fn deck_and_console_move_together() {
    let runtime = runtime_dir("together");
    let mut console = start(&["presenter", "--duration", "2m"], &runtime, 120, 30);
    console.wait_for("No deck to follow on channel \"deck\": waiting.");

    let mut deck = start(&["--present"], &runtime, 100, 30);
    deck.wait_for(" 1 / ");
    console.wait_for("Slide 1 / ");
    console.wait_for("Next: ");

    // A key on the projector moves the console.
    deck.send("\x1b[C");
    deck.wait_for(" 2 / ");
    console.wait_for("Slide 2 / ");
    // A key in the console moves the projector.
    console.send(" ");
    deck.wait_for(" 3 / ");
    console.wait_for("Slide 3 / ");

    // The clock runs, and with two minutes to go the countdown is already in red.
    console.wait_until("the elapsed time to pass 00:00", |s| {
        s.contents().contains("elapsed 00:0") && !s.contents().contains("elapsed 00:00")
    });
    console.wait_until("a red countdown", |s| {
        let text = s.contents();
        let Some(row) = text.lines().position(|l| l.contains(" left ")) else {
            return false;
        };
        let line = text.lines().nth(row).unwrap_or_default();
        let col = line[..line.find("left").unwrap_or(0)].chars().count();
        s.cell(row as u16, col as u16)
            .is_some_and(|c| c.bgcolor() == vt100::Color::Idx(1))
    });

    // `b` blanks the projector, which the console says; any key brings the slide back.
    deck.send("b");
    deck.wait_until("a blank screen", |s| s.contents().trim().is_empty());
    console.wait_for("[screen blanked]");
    deck.send("x");
    deck.wait_for(" 3 / ");

    // The console quits; the deck carries on.
    console.send("q");
    console.wait_exit();
    deck.send("\x1b[C");
    deck.wait_for(" 4 / ");

    // A console started later follows the deck where it is.
    let console = start(&["presenter"], &runtime, 120, 30);
    console.wait_for("Slide 4 / ");

    // The deck quits; the console waits for the next.
    deck.send("q");
    deck.wait_exit();
    console.wait_for("No deck to follow");
    drop(console);
    let _ = std::fs::remove_dir_all(&runtime);
}

#[test]
fn a_stale_socket_from_a_crash_does_not_stop_the_next_deck() {
    let runtime = runtime_dir("stale");
    let dir = runtime.join("visit-dash");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).expect("mode");
    drop(std::os::unix::net::UnixListener::bind(dir.join("deck.sock")).expect("bind"));
    let mut deck = start(&["--present"], &runtime, 100, 30);
    deck.wait_for(" 1 / ");
    let console = start(&["presenter"], &runtime, 120, 30);
    console.wait_for("Slide 1 / ");
    deck.send("q");
    deck.wait_exit();
    drop(console);
    let _ = std::fs::remove_dir_all(&runtime);
}
