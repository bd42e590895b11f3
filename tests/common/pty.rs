//! A program in a pseudo-terminal with an emulated screen in front of it, for the tests
//! that run the real binary as a user does.
//!
//! Synchronisation is by polling what the user would see, never by sleeping: each wait ends
//! as soon as the screen (or the output) matches, and fails after the timeout with the
//! screen in the message.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::process::Command;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, ExitStatus, MasterPty, PtySize};

/// Generous for a loaded CI machine; a passing wait returns as soon as the screen matches.
const TIMEOUT: Duration = Duration::from_secs(10);

/// What the reader thread has seen so far.
pub struct Output {
    pub parser: vt100::Parser,
    pub log: Vec<u8>,
    /// The pty reported end of output: every process holding the terminal has gone.
    pub ended: bool,
}

struct Shared {
    output: Mutex<Output>,
    changed: Condvar,
}

/// How to start a program in a pseudo-terminal.
pub struct Launch {
    cmd: CommandBuilder,
    cols: u16,
    rows: u16,
    timeout: Duration,
}

impl Launch {
    /// `program` in a 120x40 xterm, in the project's folder, with none of the environment
    /// that changes colours, language or keys, or arms the panic key.
    pub fn new(program: &str) -> Launch {
        let mut cmd = CommandBuilder::new(program);
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
        cmd.env("RUST_BACKTRACE", "0");
        Launch {
            cmd,
            cols: 120,
            rows: 40,
            timeout: TIMEOUT,
        }
    }

    /// The dashboard's binary.
    pub fn dashboard() -> Launch {
        Launch::new(env!("CARGO_BIN_EXE_visit-dash"))
    }

    pub fn args(mut self, args: &[&str]) -> Launch {
        self.cmd.args(args);
        self
    }

    pub fn env(mut self, key: &str, value: impl AsRef<OsStr>) -> Launch {
        self.cmd.env(key, value);
        self
    }

    pub fn size(mut self, cols: u16, rows: u16) -> Launch {
        self.cols = cols;
        self.rows = rows;
        self
    }

    /// How long a wait may take before it fails.
    pub fn timeout(mut self, timeout: Duration) -> Launch {
        self.timeout = timeout;
        self
    }

    pub fn start(self) -> Pty {
        let Launch {
            cmd,
            cols,
            rows,
            timeout,
        } = self;
        let pair = native_pty_system()
            .openpty(size(cols, rows))
            .expect("open a pty");
        let mut child = pair.slave.spawn_command(cmd).expect("spawn the program");
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
            // Linux reports EIO once the child side is closed: that is the end too.
            while let Ok(n @ 1..) = reader.read(&mut buf) {
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
            timeout,
        }
    }
}

/// A program running in a pseudo-terminal; killed when dropped if still running.
pub struct Pty {
    master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    shared: Arc<Shared>,
    exit: Receiver<ExitStatus>,
    pub pid: u32,
    exited: bool,
    timeout: Duration,
}

impl Pty {
    /// Waits until `pred` holds for the screen; fails with the screen after the timeout.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) {
        self.wait_output(what, |out| pred(out.parser.screen()));
    }

    /// Waits until `pred` holds for the output so far (screen or raw bytes).
    pub fn wait_output(&self, what: &str, pred: impl Fn(&Output) -> bool) {
        let deadline = Instant::now() + self.timeout;
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
            // Woken by output, or every 200 ms for a screen that changes by the clock.
            let wait = (deadline - now).min(Duration::from_millis(200));
            out = self
                .shared
                .changed
                .wait_timeout(out, wait)
                .unwrap_or_else(|e| e.into_inner())
                .0;
        }
    }

    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?} on screen"), |s| {
            s.contents().contains(text)
        });
    }

    pub fn wait_gone(&self, text: &str) {
        self.wait_until(&format!("{text:?} to leave the screen"), |s| {
            !s.contents().contains(text)
        });
    }

    /// Waits until `bytes` have been written by the program.
    pub fn wait_log(&self, bytes: &[u8]) {
        let what = format!("{:?} in the output", String::from_utf8_lossy(bytes));
        self.wait_output(&what, |out| find(&out.log, bytes).is_some());
    }

    pub fn send(&mut self, bytes: impl AsRef<[u8]>) {
        self.writer.write_all(bytes.as_ref()).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    /// Resizes the terminal, which sends the program SIGWINCH.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        // The emulator first, so the redraw that answers the resize lands on the new size.
        lock(&self.shared.output)
            .parser
            .screen_mut()
            .set_size(rows, cols);
        self.master.resize(size(cols, rows)).expect("resize pty");
    }

    /// Sends the program the signal `name` ("TERM", "HUP", ...).
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid.to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} {} failed", self.pid);
    }

    /// Waits for the program to exit and for all its output to arrive.
    pub fn wait_exit(&mut self) -> ExitStatus {
        let status = match self.exit.recv_timeout(self.timeout) {
            Ok(status) => status,
            Err(_) => panic!("the program did not exit; the screen:\n{}", self.dump()),
        };
        self.exited = true;
        self.wait_output("the output to end after the exit", |out| out.ended);
        status
    }

    /// Whether the program is still running (it has not been seen to exit).
    pub fn running(&self) -> bool {
        !self.exited && self.exit.try_recv().is_err()
    }

    /// Everything the program has written so far.
    pub fn log(&self) -> Vec<u8> {
        lock(&self.shared.output).log.clone()
    }

    /// Looks at the emulated screen as it is now.
    pub fn screen<R>(&self, look: impl FnOnce(&vt100::Screen) -> R) -> R {
        look(lock(&self.shared.output).parser.screen())
    }

    /// The screen's text, one numbered line a row, for failure messages.
    pub fn dump(&self) -> String {
        self.screen(dump)
    }

    /// The local modes of the terminal, e.g. "ICANON", "ECHO"; `None` where unknown.
    pub fn local_modes(&self) -> Option<BTreeSet<String>> {
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
}

impl Drop for Pty {
    fn drop(&mut self) {
        // A failed test must not leave the program running.
        if self.running() {
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

pub fn dump(screen: &vt100::Screen) -> String {
    let (_, cols) = screen.size();
    screen
        .rows(0, cols)
        .enumerate()
        .map(|(i, r)| format!("{i:>3}|{r}\n"))
        .collect()
}

/// Row `i` of the screen, as text.
pub fn row(screen: &vt100::Screen, i: u16) -> String {
    let (_, cols) = screen.size();
    screen.rows(0, cols).nth(usize::from(i)).unwrap_or_default()
}

/// The last 400 bytes of `log`, readable in a failure message.
pub fn tail(log: &[u8]) -> String {
    let start = log.len().saturating_sub(400);
    format!("{:?}", String::from_utf8_lossy(&log[start..]))
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    find_from(hay, 0, needle)
}

pub fn find_from(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}
