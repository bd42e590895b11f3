//! The interactive loop: the only code that touches the real terminal.
//!
//! Input, resizes and signals arrive on one channel; the loop sleeps on it, so an idle
//! dashboard uses no CPU. The terminal is restored on every way out: q, Ctrl-C, SIGTERM,
//! SIGHUP, SIGINT, an I/O error and a panic.

use std::io::{self, Stdout, Write};
use std::sync::mpsc;
use std::thread;

use base64::Engine;
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use visit_dash::app::{action_for, update, Action, App, Effect};

enum Message {
    Input(Event),
    Signal(i32),
    Failed(io::Error),
}

/// How the loop ended.
pub enum Exit {
    Quit,
    /// Ended by a signal: the conventional exit code is 128 + its number.
    Signal(i32),
}

/// Restores the terminal when dropped, whatever path leaves the loop.
struct Guard {
    mouse: bool,
}

impl Drop for Guard {
    fn drop(&mut self) {
        restore(self.mouse);
    }
}

fn restore(mouse: bool) {
    let mut out = io::stdout();
    if mouse {
        drop(execute!(out, DisableMouseCapture));
    }
    drop(execute!(out, LeaveAlternateScreen, cursor::Show));
    drop(disable_raw_mode());
}

pub fn run(mut app: App, mouse: bool) -> io::Result<Exit> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(mouse);
        previous(info);
    }));

    // Signals first: one that arrives while the screen is being set up still ends us cleanly.
    let (tx, rx) = mpsc::channel();
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    let signal_tx = tx.clone();
    thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            drop(signal_tx.send(Message::Signal(sig)));
        }
    });

    enable_raw_mode()?;
    let guard = Guard { mouse };
    execute!(io::stdout(), EnterAlternateScreen, cursor::Hide)?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;

    thread::spawn(move || loop {
        let message = match event::read() {
            Ok(ev) => Message::Input(ev),
            Err(e) => Message::Failed(e),
        };
        let failed = matches!(message, Message::Failed(_));
        if tx.send(message).is_err() || failed {
            break;
        }
    });

    let size = terminal.size()?;
    update(&mut app, Action::Resize(size.width, size.height));
    draw(&mut terminal, &app)?;
    let panic_key = test_panic_key();

    let exit = loop {
        let message = rx
            .recv()
            .map_err(|_| io::Error::other("the input thread stopped"))?;
        let action = match message {
            Message::Signal(sig) => break Exit::Signal(sig),
            Message::Failed(e) => return Err(e),
            Message::Input(ev) => {
                if let (Some(k), Event::Key(key)) = (panic_key, &ev) {
                    if key.code == event::KeyCode::Char(k) {
                        panic!("deliberate panic on key {k:?} (VISIT_DASH_PANIC_KEY)");
                    }
                }
                match to_action(&app, ev) {
                    Some(a) => a,
                    None => continue,
                }
            }
        };
        match update(&mut app, action) {
            Effect::None => {}
            Effect::Redraw => draw(&mut terminal, &app)?,
            Effect::Copy(text) => {
                draw(&mut terminal, &app)?;
                copy(terminal.backend_mut(), &text)?;
            }
        }
        if app.quit {
            break Exit::Quit;
        }
    };
    drop(guard);
    Ok(exit)
}

fn draw(terminal: &mut Terminal<CrosstermBackend<Stdout>>, app: &App) -> io::Result<()> {
    terminal.draw(|f| f.render_widget(app, f.area()))?;
    Ok(())
}

fn to_action(app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind == KeyEventKind::Press => action_for(key, app.mode),
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click(m.column, m.row)),
            MouseEventKind::ScrollUp => Some(Action::ScrollUp(m.column, m.row)),
            MouseEventKind::ScrollDown => Some(Action::ScrollDown(m.column, m.row)),
            _ => None,
        },
        _ => None,
    }
}

/// Puts `text` on the clipboard through the terminal (OSC 52), which also works over SSH.
fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// For the end-to-end tests of the panic path: the key that makes the loop panic.
fn test_panic_key() -> Option<char> {
    std::env::var("VISIT_DASH_PANIC_KEY")
        .ok()
        .and_then(|v| v.chars().next())
}
