//! A one-line loading meter on stderr, shown only when stderr is a terminal and the file
//! is large enough to take a moment: "visit-dash: data.json: reading 45% (164 of 365 MB)".
//!
//! The line is rewritten in place with `\r` and erased when loading ends. An interrupt
//! (Ctrl-C), SIGTERM or SIGHUP while it shows erases it first, then ends the process as the
//! signal would have, so the shell gets its prompt on a clean line.

use std::io::{self, IsTerminal, Write};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::{Handle, Signals};
use unicode_width::UnicodeWidthChar;

use crate::data::Progress;

/// Files at least this large show the meter; smaller ones load before it could be read.
pub const SHOW_FROM: u64 = 4 << 20;

const ERASE: &str = "\r\x1b[K";

#[derive(Default)]
struct Line {
    /// The text on screen now; empty when nothing shows.
    shown: String,
    /// A signal is ending the process: write nothing more.
    ending: bool,
}

pub struct Meter {
    file: String,
    line: Arc<Mutex<Line>>,
    /// Large enough to show: set by the first report over `SHOW_FROM`.
    active: bool,
    signals: Option<Handle>,
}

impl Meter {
    /// A meter for loading `file`, when stderr is a terminal that can rewrite a line
    /// (not TERM=dumb); `None` otherwise.
    pub fn on_terminal(file: &str) -> Option<Meter> {
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        if dumb || !io::stderr().is_terminal() {
            return None;
        }
        let line = Arc::new(Mutex::new(Line::default()));
        let signals = Signals::new([SIGINT, SIGTERM, SIGHUP])
            .ok()
            .map(|mut signals| {
                let handle = signals.handle();
                let line = Arc::clone(&line);
                thread::spawn(move || {
                    if let Some(sig) = signals.forever().next() {
                        let mut line = lock(&line);
                        if !line.shown.is_empty() {
                            write_stderr(ERASE);
                        }
                        line.ending = true;
                        // Ends the process as the signal does by default, the lock still held
                        // so no more progress is written.
                        drop(signal_hook::low_level::emulate_default_handler(sig));
                        std::process::exit(128 + sig);
                    }
                });
                handle
            });
        Some(Meter {
            file: file.to_string(),
            line,
            active: false,
            signals,
        })
    }

    /// Shows how far loading has come.
    pub fn report(&mut self, progress: Progress) {
        if let Progress::Reading { read, size } = progress {
            self.active |= read >= SHOW_FROM || size.is_some_and(|s| s >= SHOW_FROM);
        }
        if self.active {
            let text = progress_text(progress);
            self.show(&text);
        }
    }

    /// Shows a later stage of getting ready, such as "preparing the view".
    pub fn stage(&mut self, what: &str) {
        if self.active {
            self.show(what);
        }
    }

    fn show(&mut self, what: &str) {
        let text = fit(&format!("visit-dash: {}: {what}", self.file), width());
        let mut line = lock(&self.line);
        if line.ending || line.shown == text {
            return;
        }
        write_stderr(&format!("{ERASE}{text}"));
        line.shown = text;
    }

    /// Erases the line; interrupts still erase nothing and end the process as before.
    pub fn clear(&mut self) {
        let mut line = lock(&self.line);
        if !line.shown.is_empty() && !line.ending {
            write_stderr(ERASE);
            line.shown.clear();
        }
    }

    /// Erases the line and hands the signals back, for a caller that handles them itself
    /// from now on (the dashboard).
    pub fn finish(mut self) {
        self.clear();
        if let Some(handle) = self.signals.take() {
            handle.close();
        }
    }
}

fn lock(line: &Mutex<Line>) -> MutexGuard<'_, Line> {
    line.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn write_stderr(text: &str) {
    let mut err = io::stderr().lock();
    // A meter that cannot be drawn is no reason to stop loading.
    drop(err.write_all(text.as_bytes()).and_then(|()| err.flush()));
}

/// "reading 45% (164 of 365 MB)", "reading 12 MB" (a FIFO), "parsing", "validating".
pub fn progress_text(progress: Progress) -> String {
    const MB: u64 = 1_000_000;
    match progress {
        Progress::Reading {
            read,
            size: Some(size),
        } if size > 0 => {
            // In u128 the product cannot overflow, whatever the sizes.
            let percent = u128::from(read) * 100 / u128::from(size);
            format!("reading {percent}% ({} of {} MB)", read / MB, size / MB)
        }
        Progress::Reading { read, .. } => format!("reading {} MB", read / MB),
        Progress::Parsing => "parsing".to_string(),
        Progress::Validating => "validating".to_string(),
    }
}

fn width() -> usize {
    crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w))
}

/// `text` cut to less than `width` columns, so the line never wraps and `\r` reaches its
/// start.
fn fit(text: &str, width: usize) -> String {
    let room = width.saturating_sub(1);
    let mut used = 0;
    let mut out = String::new();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_reads_as_percent_and_megabytes() {
        let reading = |read, size| progress_text(Progress::Reading { read, size });
        assert_eq!(
            reading(164_000_000, Some(365_000_000)),
            "reading 44% (164 of 365 MB)"
        );
        assert_eq!(reading(0, Some(0)), "reading 0 MB");
        assert_eq!(reading(12_500_000, None), "reading 12 MB");
        assert_eq!(
            reading(u64::MAX, Some(u64::MAX)),
            "reading 100% (18446744073709 of 18446744073709 MB)"
        );
        assert_eq!(progress_text(Progress::Validating), "validating");
    }

    #[test]
    fn the_line_never_wraps() {
        assert_eq!(fit("abcdef", 4), "abc");
        assert_eq!(fit("天津天津", 6), "天津");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abc", 80), "abc");
    }
}
