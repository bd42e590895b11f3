//! Loading a large file in a pseudo-terminal: the progress line shows on the terminal the
//! dashboard is about to take over, is erased before the dashboard starts, and Ctrl-C while
//! it shows leaves a clean line and a terminal in its normal mode.
//!
//! As in `pty.rs`, waits poll the emulated output for what the user would see, never sleep.

#![cfg(unix)]

mod common;

use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use common::pty::{find, rfind, Launch, Pty};
use visit_dash::cli::progress::SHOW_FROM;

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

/// Loading a large file in a debug build on a loaded machine takes a while.
const TIMEOUT: Duration = Duration::from_secs(60);
const ALT_ENTER: &[u8] = b"\x1b[?1049h";
const ERASE: &[u8] = b"\r\x1b[K";

fn start(args: &[&str]) -> Pty {
    Launch::dashboard().args(args).timeout(TIMEOUT).start()
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

    let mut pty = start(&["--data", &arg]);
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
        "preparing the view",
    ] {
        assert!(before.contains(&line(what)), "no {what:?} in {before:?}");
    }
    // Rewritten in place, never on a new line, and erased before the dashboard.
    assert!(!before.contains('\n'), "{before:?}");
    let last_text = before.rfind(&line("preparing the view")).unwrap_or(0);
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

    let mut pty = start(&["--data", &arg]);
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
    let screen = pty.screen(|sc| sc.contents());
    assert!(!screen.contains("visit-dash:"), "{screen}");
    if let Some(modes) = pty.local_modes() {
        for mode in ["ICANON", "ECHO", "ISIG"] {
            assert!(modes.contains(mode), "{mode} is off in {modes:?}");
        }
    }
}
