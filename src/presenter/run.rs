//! `visit-dash presenter`: the console's loop in its own terminal. It waits for a deck,
//! follows it, sends the keys pressed here, and waits again if the deck goes.

use std::io::{self, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;

use super::console::{draw, Screen};
use super::message::{encode, Message, Move, State};
use super::serve::read_states;
use crate::input::Reader;

enum Input {
    Key(Option<Move>, bool),
    State(State),
    Gone,
    Other,
}

struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        drop(execute!(io::stdout(), LeaveAlternateScreen, cursor::Show));
        drop(disable_raw_mode());
    }
}

/// Seconds since 1970.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The local time of day, "HH:MM:SS".
pub fn local_clock(secs: u64) -> String {
    let t = libc::time_t::try_from(secs).unwrap_or(0);
    // SAFETY: localtime_r writes only into `tm`, which lives on this stack.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let ok = unsafe { !libc::localtime_r(&t, &mut tm).is_null() };
    if ok {
        format!("{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec)
    } else {
        String::new()
    }
}

fn key_move(code: KeyCode) -> Option<Move> {
    match code {
        KeyCode::Right | KeyCode::Char(' ' | 'l' | 'j') | KeyCode::PageDown | KeyCode::Down => {
            Some(Move::Next)
        }
        KeyCode::Left
        | KeyCode::Char('h' | 'k')
        | KeyCode::PageUp
        | KeyCode::Up
        | KeyCode::Backspace => Some(Move::Prev),
        KeyCode::Char('g') | KeyCode::Home => Some(Move::First),
        KeyCode::Char('G') | KeyCode::End => Some(Move::Last),
        KeyCode::Char('b' | '.') => Some(Move::Blank),
        _ => None,
    }
}

/// Runs the console for the deck whose socket is `socket`, called `name`.
pub fn run(socket: &Path, name: &str, duration: Option<u64>) -> io::Result<()> {
    let (tx, rx) = mpsc::channel();
    let keys = tx.clone();
    // Our own reader, as the dashboard's: a stray byte does not eat the key after it.
    let mut reader = Reader::open()?;
    thread::spawn(move || loop {
        let input = match reader.next_event() {
            Ok(Event::Key(k)) if k.kind == KeyEventKind::Press => {
                let quit = matches!(k.code, KeyCode::Char('q') | KeyCode::Esc)
                    || (k.code == KeyCode::Char('c')
                        && k.modifiers.contains(KeyModifiers::CONTROL));
                Input::Key(key_move(k.code), quit)
            }
            Ok(_) => Input::Other,
            Err(_) => Input::Key(None, true),
        };
        if keys.send(input).is_err() {
            return;
        }
    });
    enable_raw_mode()?;
    let _guard = Guard;
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let mut state: Option<State> = None;
    let mut link: Option<UnixStream> = None;
    loop {
        if link.is_none() {
            state = None;
            if let Ok(stream) = UnixStream::connect(socket) {
                if let Ok(reader) = stream.try_clone() {
                    let tx = tx.clone();
                    thread::spawn(move || {
                        read_states(reader, |s| match s {
                            Ok(s) => tx.send(Input::State(s)).is_ok(),
                            // A message that does not check out ends the link.
                            Err(_) => false,
                        });
                        let _ = tx.send(Input::Gone);
                    });
                    link = Some(stream);
                }
            }
        }
        let t = now();
        let clock = local_clock(t);
        terminal.draw(|f| {
            let screen = Screen {
                name,
                state: state.as_ref(),
                now: t,
                clock: &clock,
                duration,
            };
            draw(&screen, f.area(), f.buffer_mut());
        })?;
        // Wake at least each second for the clock, and to look for a deck.
        match rx.recv_timeout(Duration::from_millis(500)) {
            Ok(Input::Key(_, true)) => return Ok(()),
            Ok(Input::Key(Some(to), false)) => {
                if let Some(s) = link.as_mut() {
                    if s.write_all(encode(&Message::Move { to }).as_bytes())
                        .is_err()
                    {
                        link = None;
                    }
                }
            }
            Ok(Input::State(s)) => state = Some(s),
            Ok(Input::Gone) => link = None,
            Ok(Input::Key(None, false) | Input::Other) => {}
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        }
    }
}
