//! The deck and its presenter console side by side, each in its own pseudo-terminal: a key
//! in either moves both, the console shows the next slide and a running clock, the
//! countdown warns, `b` blanks the projector.
//!
//! Every wait polls the emulated screens for what a person would see and ends as soon as it
//! appears; it fails after `TIMEOUT` with the screen in the message.

#![cfg(unix)]

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};

const TIMEOUT: Duration = Duration::from_secs(15);

struct Screen {
    parser: vt100::Parser,
    ended: bool,
}

struct Term {
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    shared: Arc<(Mutex<Screen>, Condvar)>,
    child: Box<dyn Child + Send + Sync>,
}

fn lock(m: &Mutex<Screen>) -> MutexGuard<'_, Screen> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Term {
    fn start(args: &[&str], runtime: &PathBuf, cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_visit-dash"));
        cmd.args(args);
        for key in ["NO_COLOR", "VISIT_DASH_PANIC_KEY", "COLORTERM"] {
            cmd.env_remove(key);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_RUNTIME_DIR", runtime);
        let child = pair.slave.spawn_command(cmd).expect("spawn");
        drop(pair.slave);
        let shared = Arc::new((
            Mutex::new(Screen {
                parser: vt100::Parser::new(rows, cols, 0),
                ended: false,
            }),
            Condvar::new(),
        ));
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let feed = Arc::clone(&shared);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                lock(&feed.0).parser.process(&buf[..n]);
                feed.1.notify_all();
            }
            lock(&feed.0).ended = true;
            feed.1.notify_all();
        });
        let writer = pair.master.take_writer().expect("writer");
        Term {
            _master: pair.master,
            writer,
            shared,
            child,
        }
    }

    fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        let (m, changed) = &*self.shared;
        let mut s = lock(m);
        loop {
            if pred(s.parser.screen()) {
                return;
            }
            let now = Instant::now();
            if now >= deadline || s.ended {
                panic!(
                    "waiting for {what}; the screen:\n{}",
                    s.parser.screen().contents()
                );
            }
            // Woken by output, or each 200 ms for a clock that ticks on its own.
            let wait = (deadline - now).min(Duration::from_millis(200));
            s = changed
                .wait_timeout(s, wait)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?}"), |s| s.contents().contains(text));
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).expect("write");
        self.writer.flush().expect("flush");
    }

    fn wait_exit(&mut self) {
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        panic!("the program did not exit");
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
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
    let mut console = Term::start(&["presenter", "--duration", "2m"], &runtime, 120, 30);
    console.wait_for("No deck to follow on channel \"deck\": waiting.");

    let mut deck = Term::start(&["--present"], &runtime, 100, 30);
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
    let console = Term::start(&["presenter"], &runtime, 120, 30);
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
    let mut deck = Term::start(&["--present"], &runtime, 100, 30);
    deck.wait_for(" 1 / ");
    let console = Term::start(&["presenter"], &runtime, 120, 30);
    console.wait_for("Slide 1 / ");
    deck.send("q");
    deck.wait_exit();
    drop(console);
    let _ = std::fs::remove_dir_all(&runtime);
}
