//! Loading a large file in a pseudo-terminal: the progress line shows on the terminal the
//! dashboard is about to take over, is erased before the dashboard starts, and Ctrl-C while
//! it shows leaves a clean line and a terminal in its normal mode.
//!
//! As in `pty.rs`, waits poll the emulated output for what the user would see, never sleep.

#![cfg(unix)]

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{native_pty_system, CommandBuilder, ExitStatus, MasterPty, PtySize};

use visit_dash::cli::progress::SHOW_FROM;

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

const TIMEOUT: Duration = Duration::from_secs(60);
const ALT_ENTER: &[u8] = b"\x1b[?1049h";
const ERASE: &[u8] = b"\r\x1b[K";

struct Output {
    parser: vt100::Parser,
    log: Vec<u8>,
    ended: bool,
}

struct Shared {
    output: Mutex<Output>,
    changed: Condvar,
}

/// The binary in a pseudo-terminal, its output fed to an emulated screen and kept whole.
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
        let (cols, rows) = (120, 40);
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        let pair = native_pty_system().openpty(size).expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_visit-dash"));
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        for key in ["NO_COLOR", "VISIT_DASH_PANIC_KEY", "COLORTERM"] {
            cmd.env_remove(key);
        }
        cmd.env("TERM", "xterm-256color");
        let mut child = pair.slave.spawn_command(cmd).expect("spawn the binary");
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
        }
    }

    /// Waits until `pred` holds for the output so far; fails with the screen after `TIMEOUT`.
    fn wait_output(&self, what: &str, pred: impl Fn(&Output) -> bool) {
        let deadline = Instant::now() + TIMEOUT;
        let mut out = lock(&self.shared.output);
        loop {
            if pred(&out) {
                return;
            }
            let now = Instant::now();
            if now >= deadline || out.ended {
                panic!(
                    "waiting for {what}: {}; the screen:\n{}",
                    if out.ended {
                        "the output ended"
                    } else {
                        "timed out"
                    },
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

    fn wait_log(&self, text: &[u8]) {
        self.wait_output(&format!("{:?}", String::from_utf8_lossy(text)), |out| {
            find(&out.log, text).is_some()
        });
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    fn wait_exit(&mut self) -> ExitStatus {
        let status = self
            .exit
            .recv_timeout(TIMEOUT)
            .unwrap_or_else(|_| panic!("the program did not exit"));
        self.exited = true;
        self.wait_output("the output to end", |out| out.ended);
        status
    }

    fn log(&self) -> Vec<u8> {
        lock(&self.shared.output).log.clone()
    }

    fn screen(&self) -> String {
        lock(&self.shared.output).parser.screen().contents()
    }

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
}

impl Drop for Pty {
    fn drop(&mut self) {
        if !self.exited && self.exit.try_recv().is_err() {
            drop(
                std::process::Command::new("kill")
                    .args(["-KILL", &self.pid.to_string()])
                    .status(),
            );
        }
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// A folder of its own for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("visit-dash-pty-load-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("scratch folder");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn a_large_file_shows_its_loading_then_the_dashboard() {
    let dir = Scratch::new("large");
    let path = dir.0.join("synth.json");
    // Just over the size that shows the meter.
    let json = synth::dataset_json(8000, 1);
    assert!(json.len() as u64 > SHOW_FROM, "only {} bytes", json.len());
    std::fs::write(&path, &json).expect("write the synthetic file");
    let arg = path.to_string_lossy().into_owned();

    let mut pty = Pty::start(&["--data", &arg]);
    pty.wait_log(ALT_ENTER);
    let log = pty.log();
    let dashboard = find(&log, ALT_ENTER).unwrap_or(log.len());
    let before = String::from_utf8_lossy(&log[..dashboard]).into_owned();
    let line = |what: &str| format!("visit-dash: {arg}: {what}");
    for what in [
        "reading 0% (0 of ",
        "reading 100% (",
        "parsing",
        "validating",
        "indexing",
    ] {
        assert!(before.contains(&line(what)), "no {what:?} in {before:?}");
    }
    // Rewritten in place, never on a new line, and erased before the dashboard.
    assert!(!before.contains('\n'), "{before:?}");
    let last_text = before.rfind(&line("indexing")).unwrap_or(0);
    let erased = rfind(&log[..dashboard], ERASE).unwrap_or(0);
    assert!(erased > last_text, "the line was not erased: {before:?}");

    pty.send(b"q");
    assert!(pty.wait_exit().success());
}

#[test]
fn ctrl_c_while_loading_erases_the_line_and_leaves_the_terminal_as_it_was() {
    let dir = Scratch::new("interrupt");
    let fifo = dir.0.join("slow.json");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let arg = fifo.to_string_lossy().into_owned();

    // A FIFO that delivers enough to show the meter, then nothing more until the test ends:
    // the program is caught in the middle of reading, whatever the machine's speed.
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let writer = {
        let fifo = fifo.clone();
        thread::spawn(move || {
            let mut f = std::fs::OpenOptions::new()
                .write(true)
                .open(&fifo)
                .expect("open the FIFO");
            let chunk = vec![b' '; 1 << 20];
            let megabytes = SHOW_FROM / (1 << 20) + 2;
            for _ in 0..megabytes {
                if f.write_all(&chunk).is_err() {
                    return;
                }
            }
            let _ = done_rx.recv_timeout(TIMEOUT);
        })
    };

    let mut pty = Pty::start(&["--data", &arg]);
    let showing = format!("visit-dash: {arg}: reading ");
    pty.wait_log(showing.as_bytes());
    pty.send(b"\x03");
    let status = pty.wait_exit();
    let _ = done_tx.send(());
    drop(writer.join());

    assert!(!status.success(), "{status:?}");
    let log = pty.log();
    assert!(find(&log, ALT_ENTER).is_none(), "the dashboard started");
    let last_text = rfind(&log, showing.as_bytes()).unwrap_or(0);
    let erased = rfind(&log, ERASE).unwrap_or(0);
    assert!(
        erased > last_text,
        "the line was not erased: {:?}",
        String::from_utf8_lossy(&log)
    );
    assert!(!pty.screen().contains("visit-dash:"), "{}", pty.screen());
    if let Some(modes) = pty.local_modes() {
        for mode in ["ICANON", "ECHO", "ISIG"] {
            assert!(modes.contains(mode), "{mode} is off in {modes:?}");
        }
    }
}
