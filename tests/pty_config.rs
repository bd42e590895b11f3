//! The config file and the Russian layout in the real dashboard, in a pseudo-terminal: each
//! run gets its own config folder (`XDG_CONFIG_HOME`), so nothing of the machine's leaks in.
//!
//! Synchronisation is by polling the emulated screen, never by sleeping.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, ExitStatus, MasterPty, PtySize};

const TIMEOUT: Duration = Duration::from_secs(10);

struct Output {
    parser: vt100::Parser,
    ended: bool,
}

struct Shared {
    output: Mutex<Output>,
    changed: Condvar,
}

/// The dashboard in a pseudo-terminal, with an emulated screen in front of it.
struct Pty {
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    shared: Arc<Shared>,
    exit: Receiver<ExitStatus>,
    pid: u32,
    exited: bool,
}

impl Pty {
    /// Starts the dashboard with `config_home` as its config folder.
    fn start(config_home: &PathBuf) -> Pty {
        Pty::start_with(config_home, &[])
    }

    /// Starts the binary with `args` and `config_home` as its config folder.
    fn start_with(config_home: &PathBuf, args: &[&str]) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 40,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_visit-dash"));
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        for key in [
            "NO_COLOR",
            "VISIT_DASH_PANIC_KEY",
            "COLORTERM",
            "VISIT_DASH_THEME",
            "VISIT_DASH_LANG",
        ] {
            cmd.env_remove(key);
        }
        cmd.env("TERM", "xterm-256color");
        cmd.env("XDG_CONFIG_HOME", config_home);
        let mut child = pair.slave.spawn_command(cmd).expect("spawn the binary");
        drop(pair.slave);
        let pid = child.process_id().expect("child pid");
        let shared = Arc::new(Shared {
            output: Mutex::new(Output {
                parser: vt100::Parser::new(40, 120, 0),
                ended: false,
            }),
            changed: Condvar::new(),
        });
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let feed = Arc::clone(&shared);
        thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                lock(&feed.output).parser.process(&buf[..n]);
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
            _master: pair.master,
            writer,
            shared,
            exit,
            pid,
            exited: false,
        }
    }

    fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        let mut out = lock(&self.shared.output);
        loop {
            if pred(out.parser.screen()) {
                return;
            }
            let now = Instant::now();
            if now >= deadline || out.ended {
                panic!(
                    "waiting for {what}; the screen:\n{}",
                    out.parser.screen().contents()
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

    fn send(&mut self, bytes: impl AsRef<[u8]>) {
        self.writer.write_all(bytes.as_ref()).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let status = self.exit.recv_timeout(TIMEOUT).unwrap_or_else(|_| {
            panic!(
                "the program did not exit; the screen:\n{}",
                lock(&self.shared.output).parser.screen().contents()
            )
        });
        self.exited = true;
        status
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if !self.exited && self.exit.try_recv().is_err() {
            drop(
                Command::new("kill")
                    .args(["-KILL", &self.pid.to_string()])
                    .status(),
            );
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
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
    let mut s = Pty::start(&config_home("russian_quit", ""));
    s.wait_for("quit");
    s.send("й");
    assert!(s.wait_exit().success());
}

#[test]
fn russian_letters_typed_into_the_search_stay_letters() {
    let mut s = Pty::start(&config_home("russian_search", ""));
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
    let mut s = Pty::start(&config_home("theme_lang_keys", config));
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
    let mut s = Pty::start(&config_home("russian_bound", config));
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
    let mut s = Pty::start_with(&config_home("no_match", ""), &["search", "qqqzzzxxx"]);
    s.wait_for("visit-dash: no record matches `qqqzzzxxx`");
    assert_eq!(s.wait_exit().exit_code(), 1);
}
