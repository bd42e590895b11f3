//! The config file and the Russian layout in the real dashboard, in a pseudo-terminal: each
//! run gets its own config folder (`XDG_CONFIG_HOME`), so nothing of the machine's leaks in.
//!
//! Synchronisation is by polling the emulated screen, never by sleeping.

#![cfg(unix)]

mod common;

use std::path::PathBuf;

use common::pty::{Launch, Pty};

/// Starts the dashboard with `config_home` as its config folder.
fn start(config_home: &PathBuf) -> Pty {
    start_with(config_home, &[])
}

/// Starts the binary with `args` and `config_home` as its config folder.
fn start_with(config_home: &PathBuf, args: &[&str]) -> Pty {
    Launch::dashboard()
        .args(args)
        .env("XDG_CONFIG_HOME", config_home)
        .start()
}

/// A config folder of its own for one test, holding `config` (none when empty).
fn config_home(test: &str, config: &str) -> PathBuf {
    let home = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("pty_config")
        .join(test);
    let folder = home.join("visit-dash");
    drop(std::fs::remove_dir_all(&home));
    std::fs::create_dir_all(&folder).expect("make the config folder");
    if !config.is_empty() {
        std::fs::write(folder.join("config.toml"), config).expect("write the config");
    }
    home
}

#[test]
fn the_russian_letter_in_the_place_of_q_quits() {
    let mut s = start(&config_home("russian_quit", ""));
    s.wait_for("quit");
    s.send("й");
    assert!(s.wait_exit().success());
}

#[test]
fn russian_letters_typed_into_the_search_stay_letters() {
    let mut s = start(&config_home("russian_search", ""));
    s.wait_for("quit");
    s.send("/");
    s.wait_for("█");
    // й would quit in normal mode; in the search box it is a letter, and so is ы (`s`).
    s.send("йы");
    s.wait_for(" / йы█");
    s.send("\x1b");
    s.wait_until("the search box closed", |sc| !sc.contents().contains("█"));
    s.send("й");
    assert!(s.wait_exit().success());
}

#[test]
fn the_config_file_sets_theme_language_and_keys() {
    let config = "theme = \"light\"\nlang = \"ru\"\n\n[keys.normal]\nquit = [\"x\"]\n";
    let mut s = start(&config_home("theme_lang_keys", config));
    // The footer, in Russian, names the user's key for quitting.
    s.wait_for("x выход");
    s.wait_until("the light theme's white background", |sc| {
        sc.cell(20, 60)
            .is_some_and(|c| c.bgcolor() == vt100::Color::Idx(15))
    });
    // `q` no longer quits: help opens after it, listing `x` for quitting.
    s.send("q?");
    s.wait_for("закрыть справку");
    s.send("\x1b");
    s.wait_until("help closed", |sc| {
        !sc.contents().contains("закрыть справку")
    });
    s.send("x");
    assert!(s.wait_exit().success());
}

#[test]
fn a_user_binding_of_a_russian_letter_wins_over_the_layout() {
    // й is bound to help: it opens help instead of quitting as `q` would.
    let config = "[keys.normal]\ntoggle_help = [\"?\", \"й\"]\n";
    let mut s = start(&config_home("russian_bound", config));
    s.wait_for("quit");
    s.send("й");
    s.wait_for("close help");
    s.send("q");
    s.wait_until("help closed", |sc| !sc.contents().contains("close help"));
    s.send("q");
    assert!(s.wait_exit().success());
}

#[test]
fn a_search_that_finds_nothing_says_so_on_a_terminal() {
    let mut s = start_with(&config_home("no_match", ""), &["search", "qqqzzzxxx"]);
    s.wait_for("visit-dash: no record matches `qqqzzzxxx`");
    assert_eq!(s.wait_exit().exit_code(), 1);
}
