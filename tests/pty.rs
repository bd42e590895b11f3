//! The real dashboard in a pseudo-terminal: keys, resizes, signals and panics, and on every
//! way out the terminal handed back as it was found.
//!
//! Synchronisation is by polling the emulated screen for what the user would see, never by
//! sleeping: each wait ends as soon as the text appears, and fails after `TIMEOUT` with the
//! screen in the message.

#![cfg(unix)]

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::process::Command;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, ExitStatus, MasterPty, PtySize};

use visit_dash::data::{default_dataset, Lang};

/// Generous for a loaded CI machine; a passing wait returns as soon as the screen matches.
const TIMEOUT: Duration = Duration::from_secs(10);

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

/// What the reader thread has seen so far.
struct Output {
    parser: vt100::Parser,
    log: Vec<u8>,
    /// The pty reported end of output: every process holding the terminal has gone.
    ended: bool,
}

struct Shared {
    output: Mutex<Output>,
    changed: Condvar,
}

/// The binary running in a pseudo-terminal, with an emulated screen in front of it.
struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    shared: Arc<Shared>,
    exit: Receiver<ExitStatus>,
    pid: u32,
    exited: bool,
}

impl Pty {
    fn start(args: &[&str]) -> Pty {
        Pty::start_with(args, &[], 120, 40)
    }

    /// The dashboard on the interview alone (unless the test names its data): what the
    /// tests wait for on screen stays fixed as the embedded dataset grows.
    fn start_with(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let interview = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/format1/tokayev-china-2025-interview.json"
        );
        let mut all = vec!["--data", interview];
        all.extend_from_slice(args);
        Pty::spawn(env!("CARGO_BIN_EXE_visit-dash"), &all, env, cols, rows)
    }

    /// An interactive shell with job control, its prompt `PROMPT`, from which a test starts
    /// the dashboard as a user does.
    fn shell() -> Pty {
        let s = Pty::spawn(
            "bash",
            &["--norc", "--noprofile", "-i"],
            &[("PS1", PROMPT)],
            120,
            40,
        );
        s.wait_for(PROMPT);
        s
    }

    fn spawn(program: &str, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        // The inherited environment must not change colours or arm the panic key.
        for key in ["NO_COLOR", "VISIT_DASH_PANIC_KEY", "COLORTERM"] {
            cmd.env_remove(key);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("RUST_BACKTRACE", "0");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = pair.slave.spawn_command(cmd).expect("spawn the binary");
        // Only the child may hold the slave, or the end of output never comes.
        drop(pair.slave);
        let pid = child.process_id().expect("child pid");

        let shared = Arc::new(Shared {
            output: Mutex::new(Output {
                parser: vt100::Parser::new(rows, cols, 0),
                log: Vec::new(),
                ended: false,
            }),
            changed: Condvar::new(),
        });
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let feed = Arc::clone(&shared);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                // Linux reports EIO once the child side is closed: that is the end too.
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                let mut out = lock(&feed.output);
                out.parser.process(&buf[..n]);
                out.log.extend_from_slice(&buf[..n]);
                drop(out);
                feed.changed.notify_all();
            }
            lock(&feed.output).ended = true;
            feed.changed.notify_all();
        });

        let (tx, exit) = mpsc::channel();
        thread::spawn(move || {
            if let Ok(status) = child.wait() {
                drop(tx.send(status));
            }
        });

        let writer = pair.master.take_writer().expect("pty writer");
        Pty {
            master: pair.master,
            writer,
            shared,
            exit,
            pid,
            exited: false,
        }
    }

    /// Waits until `pred` holds for the screen; fails with the screen after `TIMEOUT`.
    fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        self.wait_output(what, |out| pred(out.parser.screen()));
    }

    /// Waits until `pred` holds for the output so far (screen or raw bytes).
    fn wait_output(&self, what: &str, pred: impl Fn(&Output) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        let mut out = lock(&self.shared.output);
        loop {
            if pred(&out) {
                return;
            }
            let now = Instant::now();
            if now >= deadline || out.ended {
                let why = if out.ended {
                    "the program's output ended"
                } else {
                    "timed out"
                };
                panic!(
                    "waiting for {what}: {why}; the screen:\n{}",
                    dump(out.parser.screen())
                );
            }
            out = self
                .shared
                .changed
                .wait_timeout(out, deadline - now)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| {
            s.contents().contains(text)
        });
    }

    fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} to leave the screen"), |s| {
            !s.contents().contains(text)
        });
    }

    fn send(&mut self, bytes: impl AsRef<[u8]>) {
        self.writer.write_all(bytes.as_ref()).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Resizes the terminal, which sends the program SIGWINCH.
    fn resize(&mut self, cols: u16, rows: u16) {
        // The emulator first, so the redraw that answers the resize lands on the new size.
        lock(&self.shared.output)
            .parser
            .screen_mut()
            .set_size(rows, cols);
        self.master.resize(size(cols, rows)).expect("resize pty");
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid.to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} {} failed", self.pid);
    }

    /// Waits for the program to exit and for all its output to arrive.
    fn wait_exit(&mut self) -> ExitStatus {
        let status = match self.exit.recv_timeout(TIMEOUT) {
            Ok(status) => status,
            Err(_) => panic!(
                "the program did not exit; the screen:\n{}",
                dump(lock(&self.shared.output).parser.screen())
            ),
        };
        self.exited = true;
        self.wait_output("the output to end after the exit", |out| out.ended);
        status
    }

    fn log(&self) -> Vec<u8> {
        lock(&self.shared.output).log.clone()
    }

    /// The local modes of the terminal, e.g. "ICANON", "ECHO"; `None` where unknown.
    fn local_modes(&self) -> Option<BTreeSet<String>> {
        let termios = self.master.get_termios()?;
        let flags = format!("{:?}", termios.local_flags);
        Some(
            flags
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }

    /// Asserts that the program left the terminal as it found it.
    fn assert_restored(&self) {
        self.assert_restored_upto(false);
    }

    /// The same, for a program started from a shell, which turns modes such as paste on for
    /// itself: the program's output ends where it showed the cursor after leaving the
    /// alternate screen for the last time.
    fn assert_restored_from_shell(&self) {
        self.assert_restored_upto(true);
    }

    fn assert_restored_upto(&self, from_shell: bool) {
        let mut log = self.log();
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
            !lock(&self.shared.output).parser.screen().alternate_screen(),
            "the emulator is still on the alternate screen"
        );
        // At a shell's prompt the line editor sets the modes it wants: only a program run
        // alone shows what it left behind.
        if let Some(modes) = self.local_modes().filter(|_| !from_shell) {
            for mode in ["ICANON", "ECHO", "ISIG"] {
                assert!(
                    modes.contains(mode),
                    "raw mode left on: {mode} is off in {modes:?}"
                );
            }
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        // A failed test must not leave the program running.
        if !self.exited && self.exit.try_recv().is_err() {
            drop(
                Command::new("kill")
                    .args(["-KILL", &self.pid.to_string()])
                    .status(),
            );
        }
    }
}

fn size(cols: u16, rows: u16) -> PtySize {
    PtySize {
        rows,
        cols,
        pixel_width: 0,
        pixel_height: 0,
    }
}

/// A poisoned lock only means another assertion already failed; its data is still good.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn dump(screen: &vt100::Screen) -> String {
    let (_, cols) = screen.size();
    screen
        .rows(0, cols)
        .enumerate()
        .map(|(i, r)| format!("{i:>3}|{r}\n"))
        .collect()
}

fn row(screen: &vt100::Screen, i: u16) -> String {
    let (_, cols) = screen.size();
    screen.rows(0, cols).nth(usize::from(i)).unwrap_or_default()
}

/// The investments tab is showing (the overview also names Shymkent and Investments).
fn investments_table(screen: &vt100::Screen) -> bool {
    let c = screen.contents();
    c.contains("sorted by") && c.contains("Project")
}

fn tail(log: &[u8]) -> String {
    let start = log.len().saturating_sub(400);
    format!("{:?}", String::from_utf8_lossy(&log[start..]))
}

fn find_from(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
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
    s.assert_restored();
    s
}

#[test]
fn keys_drive_tabs_search_help_and_language_then_q_quits() {
    let d = default_dataset().expect("embedded dataset");
    let title = d.visit.title.get(Lang::En).to_string();
    let mut s = Pty::start(&[]);
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
fn resizing_relays_out_and_too_small_says_so() {
    let mut s = Pty::start(&[]);
    s.wait_until("the footer on the last row", |sc| {
        row(sc, 39).contains("q quit")
    });
    // A key answered proves the input loop runs and so catches SIGWINCH; a resize before
    // that is the start-up race covered by `a_resize_at_start_up_is_not_lost`.
    s.send("2");
    s.wait_for("sorted by");
    s.send("1");
    s.wait_gone("sorted by");

    s.resize(60, 20);
    s.wait_until("the footer on row 20 of 60x20", |sc| {
        row(sc, 19).contains("/ search") && row(sc, 1).contains("1 Over")
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
        let mut s = Pty::start(&[]);
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
    let mut s = Pty::start(&[]);
    s.wait_for("Overview");
    s.send([0x03]);
    let status = s.wait_exit();
    assert_eq!(status.exit_code(), 0, "{status}");
    assert!(status.success(), "{status}");
    s.assert_restored();
}

fn assert_signal_exit(name: &str, code: u32) {
    let mut s = Pty::start(&[]);
    s.wait_for("Overview");
    s.signal(name);
    let status = s.wait_exit();
    assert_eq!(
        status.signal(),
        None,
        "killed by SIG{name} unhandled: {status}"
    );
    assert_eq!(status.exit_code(), code, "exit code after SIG{name}");
    s.assert_restored();
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
    let mut s = Pty::start_with(&[], &[("VISIT_DASH_PANIC_KEY", "x")], 120, 40);
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
    s.assert_restored();

    let log = s.log();
    let entered = rfind(&log, ALT_ENTER).expect("alternate screen entered");
    let left = find_from(&log, entered, ALT_LEAVE).expect("alternate screen left");
    let message = rfind(&log, b"deliberate panic").expect("the panic message was printed");
    assert!(
        message > left,
        "the panic message was printed on the alternate screen, where it is lost"
    );
    let out = lock(&s.shared.output);
    assert!(
        out.parser.screen().contents().contains("deliberate panic"),
        "the panic message is not on the restored screen:\n{}",
        dump(out.parser.screen())
    );
}

#[test]
fn no_mouse_leaves_the_mouse_alone() {
    let s = Pty::start(&["--no-mouse"]);
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
    let mut s = Pty::start(&[]);
    s.wait_for("Overview");
    // The 1-based column of the label's first letter (the tab bar is all narrow characters).
    let x = {
        let out = lock(&s.shared.output);
        let tabs = row(out.parser.screen(), 1);
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
    let mut s = Pty::start(&[]);
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
    let mut s = Pty::start_with(&[], &[("NO_COLOR", "1")], 120, 40);
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
        app.deck.slides.len()
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

    let mut s = Pty::start_with(&["--present", "--theme", "light"], &[], 100, 30);
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
    let mut s = Pty::start(&[]);
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
    assert!(s.exit.try_recv().is_err(), "the paste quit the dashboard");
    assert!(
        !lock(&s.shared.output)
            .parser
            .screen()
            .contents()
            .contains("Exported"),
        "the paste exported"
    );
    s.send(ESC);
    s.wait_gone("Sinopec the plan");
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
    let mut s = Pty::shell();
    s.send(format!("{}\r", env!("CARGO_BIN_EXE_visit-dash")));
    s.wait_for("Overview");
    s.send("3");
    s.wait_until("the investments table", investments_table);

    stop(&mut s);
    s.wait_for("Stopped");
    s.wait_until("the shell's own screen", |sc| !sc.alternate_screen());
    s.assert_restored_from_shell();

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
    s.assert_restored_from_shell();
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
    let mut s = Pty::start_with(&[], &[("TERM", "dumb")], 80, 24);
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
