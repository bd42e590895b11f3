//! The real dashboard in a pseudo-terminal: keys, resizes, signals and panics, and on every
//! way out the terminal handed back as it was found.
//!
//! Synchronisation is by polling the emulated screen for what the user would see, never by
//! sleeping: each wait ends as soon as the text appears, and fails after `TIMEOUT` with the
//! screen in the message.

#![cfg(unix)]

mod common;

use std::process::Command;

use common::pty::{find_from, rfind, row, tail, Launch, Pty};
use visit_dash::data::{default_dataset, Lang};

const ALT_ENTER: &[u8] = b"\x1b[?1049h";
const ALT_LEAVE: &[u8] = b"\x1b[?1049l";
const CURSOR_HIDE: &[u8] = b"\x1b[?25l";
const CURSOR_SHOW: &[u8] = b"\x1b[?25h";
/// The mouse modes crossterm turns on: each one set must be reset.
const MOUSE_MODES: [u32; 5] = [1000, 1002, 1003, 1006, 1015];

const PASTE_ON: &[u8] = b"\x1b[?2004h";
const PASTE_OFF: &[u8] = b"\x1b[?2004l";
/// The prompt of the shell the job-control tests run.
const PROMPT: &str = "test-shell$ ";

const ESC: &[u8] = b"\x1b";
const ENTER: &[u8] = b"\r";

/// The dashboard on the interview alone (unless the test names its data): what the tests
/// wait for on screen stays fixed as the embedded dataset grows.
fn dashboard(args: &[&str]) -> Launch {
    let interview = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/format1/tokayev-china-2025-interview.json"
    );
    Launch::dashboard().args(&["--data", interview]).args(args)
}

fn start(args: &[&str]) -> Pty {
    dashboard(args).start()
}

/// An interactive shell with job control, its prompt `PROMPT`, from which a test starts the
/// dashboard as a user does.
fn shell() -> Pty {
    let s = Launch::new("bash")
        .args(&["--norc", "--noprofile", "-i"])
        .env("PS1", PROMPT)
        .start();
    s.wait_for(PROMPT);
    s
}

/// Asserts that the program left the terminal as it found it.
fn assert_restored(s: &Pty) {
    assert_restored_upto(s, false);
}

/// The same, for a program started from a shell, which turns modes such as paste on for
/// itself: the program's output ends where it showed the cursor after leaving the alternate
/// screen for the last time.
fn assert_restored_from_shell(s: &Pty) {
    assert_restored_upto(s, true);
}

fn assert_restored_upto(s: &Pty, from_shell: bool) {
    let mut log = s.log();
    if from_shell {
        let left = rfind(&log, ALT_LEAVE).expect("the alternate screen was never left");
        let shown = find_from(&log, left, CURSOR_SHOW).expect("the cursor was not shown");
        log.truncate(shown + CURSOR_SHOW.len());
    }
    let entered = rfind(&log, ALT_ENTER).expect("the alternate screen was never entered");
    assert!(
        find_from(&log, entered, ALT_LEAVE).is_some(),
        "the alternate screen was not left; output ends:\n{}",
        tail(&log)
    );
    let hidden = rfind(&log, CURSOR_HIDE).expect("the cursor was never hidden");
    assert!(
        find_from(&log, hidden, CURSOR_SHOW).is_some(),
        "the cursor was not shown again; output ends:\n{}",
        tail(&log)
    );
    for mode in MOUSE_MODES {
        let on = format!("\x1b[?{mode}h");
        let off = format!("\x1b[?{mode}l");
        if let Some(at) = rfind(&log, on.as_bytes()) {
            assert!(
                find_from(&log, at, off.as_bytes()).is_some(),
                "mouse mode {mode} was not turned off; output ends:\n{}",
                tail(&log)
            );
        }
    }
    if let Some(at) = rfind(&log, PASTE_ON) {
        assert!(
            find_from(&log, at, PASTE_OFF).is_some(),
            "bracketed paste was not turned off; output ends:\n{}",
            tail(&log)
        );
    }
    assert!(
        !s.screen(|sc| sc.alternate_screen()),
        "the emulator is still on the alternate screen"
    );
    // At a shell's prompt the line editor sets the modes it wants: only a program run alone
    // shows what it left behind.
    if let Some(modes) = s.local_modes().filter(|_| !from_shell) {
        for mode in ["ICANON", "ECHO", "ISIG"] {
            assert!(
                modes.contains(mode),
                "raw mode left on: {mode} is off in {modes:?}"
            );
        }
    }
}

/// The investments tab is showing (the overview also names Shymkent and Investments).
fn investments_table(screen: &vt100::Screen) -> bool {
    let c = screen.contents();
    c.contains("sorted by") && c.contains("Project")
}

/// Whether any SGR sequence sets a foreground or background colour (the defaults 39/49
/// are not colours).
fn sets_colour(log: &[u8]) -> bool {
    let mut i = 0;
    while let Some(start) = find_from(log, i, b"\x1b[") {
        let params_at = start + 2;
        let end = log[params_at..]
            .iter()
            .position(|b| !(b.is_ascii_digit() || *b == b';' || *b == b':'))
            .map_or(log.len(), |n| params_at + n);
        if log.get(end) == Some(&b'm') {
            let params = String::from_utf8_lossy(&log[params_at..end]);
            let colour = params.split([';', ':']).any(|p| {
                matches!(
                    p.parse::<u32>(),
                    Ok(30..=38 | 40..=48 | 90..=97 | 100..=107)
                )
            });
            if colour {
                return true;
            }
        }
        i = end;
    }
    false
}

fn quit_cleanly(mut s: Pty) -> Pty {
    s.send("q");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 0, "exit after q: {status}");
    assert!(status.success(), "{status}");
    assert_restored(&s);
    s
}

#[test]
fn keys_drive_tabs_search_help_and_language_then_q_quits() {
    let d = default_dataset().expect("embedded dataset");
    let title = d.visit.title.get(Lang::En).to_string();
    let mut s = start(&[]);
    s.wait_for("Overview");
    s.wait_for(&title);
    // Raw mode is seen while running, so the check after the exit can tell.
    if let Some(modes) = s.local_modes() {
        assert!(!modes.contains("ICANON"), "not in raw mode: {modes:?}");
    }

    s.send("3");
    s.wait_until("the investments table", |sc| {
        investments_table(sc) && sc.contents().contains("Shymkent")
    });

    s.send("/sinopek");
    s.wait_until("only the Atyrau plant to match", |sc| {
        let c = sc.contents();
        row(sc, 1).contains("Investments 1/6")
            && c.contains("Polyethylene plant")
            && c.contains("Atyrau")
            && !c.contains("Shymkent oil")
    });
    s.send(ENTER);
    s.send(ESC);
    s.wait_until("the filter cleared", |sc| {
        let c = sc.contents();
        !row(sc, 1).contains("1/6") && c.contains("Shymkent oil")
    });

    s.send("?");
    s.wait_for("Keys");
    s.send(ESC);
    s.wait_gone("Keys");

    s.send("L");
    s.wait_for("Инвестиции");

    let s = quit_cleanly(s);
    // The dark theme colours the screen: without this the NO_COLOR test would prove nothing.
    assert!(sets_colour(&s.log()), "the default theme set no colour");
}

#[test]
fn a_search_from_the_overview_lists_results_and_enter_opens_one_in_its_view() {
    let mut s = start(&[]);
    s.wait_for("Overview");
    s.send("/cnpc");
    s.send(ENTER);
    s.wait_until("the result list on the Overview", |sc| {
        let c = sc.contents();
        c.contains("Results: ") && c.contains("Matched in") && c.contains("Investments  Shymkent")
    });
    s.send(ENTER);
    s.wait_until("the refinery in the investments table", |sc| {
        investments_table(sc) && !sc.contents().contains("Matched in")
    });
    s.send("R");
    s.wait_for("Matched in");
    quit_cleanly(s);
}

#[test]
fn resizing_relays_out_and_too_small_says_so() {
    let mut s = start(&[]);
    s.wait_until("the footer on the last row", |sc| {
        row(sc, 39).contains("q quit")
    });
    // A key answered proves the loop runs; a resize before that is the start-up race
    // covered by `a_resize_at_start_up_is_not_lost`.
    s.send("2");
    s.wait_for("sorted by");
    s.send("1");
    s.wait_gone("sorted by");

    s.resize(60, 20);
    s.wait_until("the footer on row 20 of 60x20", |sc| {
        // Eight tabs at 60 columns: only their numbers, every one still on the bar.
        row(sc, 19).contains("/ search")
            && row(sc, 1).contains("1 │ 2")
            && row(sc, 1).contains("│ 8")
    });

    s.resize(30, 8);
    s.wait_for("Terminal too small");
    s.wait_for("30x8");

    s.resize(120, 40);
    s.wait_until("the full layout back at 120x40", |sc| {
        let c = sc.contents();
        row(sc, 39).contains("q quit") && c.contains("Overview") && !c.contains("too small")
    });
    quit_cleanly(s);
}

#[test]
fn a_resize_at_start_up_is_not_lost() {
    // The race window is short, so try several starts; each passing one takes milliseconds.
    for _ in 0..30 {
        let mut s = start(&[]);
        s.wait_output("the alternate screen", |out| {
            rfind(&out.log, ALT_ENTER).is_some()
        });
        s.resize(60, 20);
        s.wait_until("the footer on row 20 of 60x20", |sc| {
            row(sc, 19).contains("/ search")
        });
        quit_cleanly(s);
    }
}

#[test]
fn ctrl_c_quits_with_0() {
    let mut s = start(&[]);
    s.wait_for("Overview");
    s.send([0x03]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 0, "{status}");
    assert!(status.success(), "{status}");
    assert_restored(&s);
}

fn assert_signal_exit(name: &str, code: u32) {
    let mut s = start(&[]);
    s.wait_for("Overview");
    s.signal(name);
    let status = s.wait_exit();
    assert_eq!(
        status.signal(),
        None,
        "killed by SIG{name} unhandled: {status}"
    );
    assert_eq!(status.exit_code(), code, "exit code after SIG{name}");
    assert_restored(&s);
}

#[test]
fn sigterm_exits_143_and_restores() {
    assert_signal_exit("TERM", 143);
}

#[test]
fn sighup_exits_129_and_restores() {
    assert_signal_exit("HUP", 129);
}

#[test]
fn sigint_exits_130_and_restores() {
    assert_signal_exit("INT", 130);
}

#[test]
fn a_panic_restores_the_terminal_before_its_message() {
    let mut s = dashboard(&[]).env("VISIT_DASH_PANIC_KEY", "x").start();
    s.wait_for("Overview");
    s.send("x");
    let status = s.wait_exit();
    assert!(!status.success(), "a panic exited with success");
    assert_eq!(status.signal(), None, "{status}");
    assert_eq!(
        status.exit_code(),
        101,
        "the documented exit code of a panic"
    );
    assert_restored(&s);

    let log = s.log();
    let entered = rfind(&log, ALT_ENTER).expect("alternate screen entered");
    let left = find_from(&log, entered, ALT_LEAVE).expect("alternate screen left");
    let message = rfind(&log, b"deliberate panic").expect("the panic message was printed");
    assert!(
        message > left,
        "the panic message was printed on the alternate screen, where it is lost"
    );
    assert!(
        s.screen(|sc| sc.contents().contains("deliberate panic")),
        "the panic message is not on the restored screen:\n{}",
        s.dump()
    );
}

#[test]
fn no_mouse_leaves_the_mouse_alone() {
    let s = start(&["--no-mouse"]);
    s.wait_for("Overview");
    let s = quit_cleanly(s);
    let log = s.log();
    for mode in MOUSE_MODES {
        let on = format!("\x1b[?{mode}h");
        assert!(
            find_from(&log, 0, on.as_bytes()).is_none(),
            "--no-mouse enabled mouse mode {mode}"
        );
    }
}

#[test]
fn a_click_on_a_tab_opens_it() {
    let mut s = start(&[]);
    s.wait_for("Overview");
    // The 1-based column of the label's first letter (the tab bar is all narrow characters).
    let x = {
        let tabs = s.screen(|sc| row(sc, 1));
        let byte = tabs
            .find("Investments")
            .expect("Investments tab in the tab bar");
        tabs[..byte].chars().count() + 1
    };
    // SGR mouse reports (crossterm enables 1006): left button down and up on row 2.
    s.send(format!("\x1b[<0;{x};2M"));
    s.send(format!("\x1b[<0;{x};2m"));
    s.wait_until("the investments table", investments_table);
    quit_cleanly(s);
}

/// Enter on an Overview outcome opens it in its own view; Backspace comes back, and the
/// footer says where the jump list stands each time.
#[test]
fn an_overview_outcome_opens_with_enter_and_backspace_comes_back() {
    let mut s = start(&[]);
    s.wait_for("New at the visit");
    // Nine agreements come first in the interview's list: the tenth outcome is the first
    // investment.
    s.send("jjjjjjjjj");
    s.send(ENTER);
    s.wait_until("the investments table", investments_table);
    s.wait_for("⌫ back 1");
    s.wait_for("1 of 6");
    s.send(b"\x7f");
    s.wait_for("New at the visit");
    s.wait_for("f forward 1");
    quit_cleanly(s);
}

#[test]
fn no_color_draws_without_colour() {
    let mut s = dashboard(&[]).env("NO_COLOR", "1").start();
    s.wait_for("Overview");
    s.send("3");
    s.wait_until("the investments table", investments_table);
    let s = quit_cleanly(s);
    let log = s.log();
    assert!(
        !sets_colour(&log),
        "NO_COLOR output sets colours:\n{}",
        tail(&log)
    );
}

#[test]
fn presenting_in_the_light_theme_moves_through_slides_and_back_to_the_dashboard() {
    let interview = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/format1/tokayev-china-2025-interview.json"
    );
    let d = visit_dash::data::load_file(std::path::Path::new(interview), u64::MAX)
        .expect("the interview fixture");
    let title = d.visit.title.get(Lang::En).to_string();
    let total = {
        let mut app = visit_dash::app::App::new(d);
        visit_dash::app::update(&mut app, visit_dash::app::Action::PresentStart);
        app.deck().slides.len()
    };
    assert!(total >= 3, "a deck of {total} slides");
    // The counter sits at the end of the last row, after a space; the leading space keeps
    // " 1 / N" from matching "11 / N". The light background colours the blanks after it, so
    // the emulator keeps them: trim them off.
    let counter = |n: usize| format!(" {n} / {total}");
    let on_slide = |n: usize| {
        let text = counter(n);
        move |sc: &vt100::Screen| row(sc, 29).trim_end().ends_with(&text)
    };

    let mut s = dashboard(&["--present", "--theme", "light"])
        .size(100, 30)
        .start();
    s.wait_for(&title);
    s.wait_until("slide 1", on_slide(1));

    s.send("\x1b[C");
    s.send("\x1b[C");
    s.wait_until("slide 3 after Right twice", on_slide(3));
    s.send("\x1b[D");
    s.wait_until("slide 2 after Left", on_slide(2));

    s.send("i");
    s.wait_for("Slides:");
    s.send(ESC);
    s.wait_gone("Slides:");
    s.wait_until("still on slide 2", on_slide(2));

    s.send(ESC);
    s.wait_until("the dashboard's tab bar", |sc| {
        let tabs = row(sc, 1);
        tabs.contains("1 Over") && tabs.contains("3 Inv")
    });

    s.send("p");
    s.wait_until("the slides again, from the first", |sc| {
        on_slide(1)(sc) && !row(sc, 1).contains("1 Over")
    });

    let s = quit_cleanly(s);
    assert!(sets_colour(&s.log()), "the light theme set no colour");
}

#[test]
fn a_paste_is_typed_into_the_search_and_never_read_as_keys() {
    let mut s = start(&[]);
    s.wait_for("Overview");
    s.wait_output("bracketed paste turned on", |out| {
        rfind(&out.log, PASTE_ON).is_some()
    });
    s.send("/");
    s.wait_for("/ ");
    // Without bracketed paste the newline would end the search, `e` would export and `q`
    // would quit.
    s.send("\x1b[200~Sinopec\nthe plan\nlet me export\nquit\x1b[201~");
    s.wait_for("Sinopec the plan let me export quit");
    assert!(s.running(), "the paste quit the dashboard");
    assert!(
        !s.screen(|sc| sc.contents().contains("Exported")),
        "the paste exported"
    );
    s.send(ESC);
    s.wait_gone("Sinopec the plan");
    quit_cleanly(s);
}

#[test]
fn a_stray_byte_before_q_does_not_eat_it() {
    let mut s = start(&[]);
    s.wait_for("Overview");
    // 0xC3 starts a two-byte character that `q` cannot continue: the byte alone is dropped.
    s.send(b"\xc3q");
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 0, "{status}");
    assert_restored(&s);
}

#[test]
fn a_stray_byte_before_a_search_keeps_every_letter() {
    let mut s = start(&[]);
    s.wait_for("Overview");
    s.send("3");
    s.wait_until("the investments table", investments_table);
    s.send("/");
    s.wait_for("/ ");
    s.send(b"\xc3sinopek\xff");
    s.wait_until("the whole query and its one match", |sc| {
        let c = sc.contents();
        c.contains("/ sinopek") && row(sc, 1).contains("Investments 1/6") && c.contains("Atyrau")
    });
    s.send(ESC);
    s.wait_gone("/ sinopek");
    quit_cleanly(s);
}

/// The process id of the shell's one child: the dashboard it started.
fn child_of(shell: u32) -> String {
    let out = Command::new("pgrep")
        .args(["-P", &shell.to_string()])
        .output()
        .expect("run pgrep");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Stops the dashboard started from a shell by `stop`, checks the shell has a usable
/// terminal, brings it back with `fg`, and checks it is whole and reads keys again.
fn suspend_and_resume(stop: impl FnOnce(&mut Pty)) {
    let mut s = shell();
    s.send(format!("{}\r", env!("CARGO_BIN_EXE_visit-dash")));
    s.wait_for("Overview");
    s.send("3");
    s.wait_until("the investments table", investments_table);

    stop(&mut s);
    s.wait_for("Stopped");
    s.wait_until("the shell's own screen", |sc| !sc.alternate_screen());
    assert_restored_from_shell(&s);

    s.send("fg\r");
    s.wait_until("the dashboard redrawn whole", |sc| {
        sc.alternate_screen() && investments_table(sc) && row(sc, 39).contains("1 of")
    });
    if let Some(modes) = s.local_modes() {
        assert!(
            !modes.contains("ICANON"),
            "raw mode not taken again: {modes:?}"
        );
        assert!(!modes.contains("ECHO"), "keys would echo: {modes:?}");
    }
    s.send("j");
    s.wait_until("a key moving the selection", |sc| {
        row(sc, 39).contains("2 of")
    });
    s.send("q");
    s.wait_output("the shell's prompt after q", |out| {
        let left = rfind(&out.log, ALT_LEAVE).unwrap_or(0);
        !out.parser.screen().alternate_screen()
            && find_from(&out.log, left, PROMPT.as_bytes()).is_some()
    });
    assert_restored_from_shell(&s);
    s.send("exit\r");
    s.wait_exit();
}

#[test]
fn ctrl_z_hands_the_terminal_to_the_shell_and_fg_takes_it_back() {
    suspend_and_resume(|s| s.send([0x1a]));
}

#[test]
fn sigtstp_hands_the_terminal_to_the_shell_and_fg_takes_it_back() {
    suspend_and_resume(|s| {
        let pid = child_of(s.pid);
        let status = Command::new("kill")
            .args(["-TSTP", &pid])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TSTP {pid}");
    });
}

#[test]
fn a_dumb_terminal_gets_one_line_and_no_escape_codes() {
    let mut s = dashboard(&[]).env("TERM", "dumb").size(80, 24).start();
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 1, "{status}");
    let log = s.log();
    assert!(
        !log.contains(&0x1b),
        "escape codes on a dumb terminal: {}",
        tail(&log)
    );
    let text = String::from_utf8_lossy(&log);
    assert!(
        text.contains("TERM=dumb") && text.contains("visit-dash list"),
        "{text}"
    );
}
