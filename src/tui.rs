//! The interactive loop: the only code that touches the real terminal.
//!
//! Input, resizes and signals arrive on one channel; the loop sleeps on it, so an idle
//! dashboard uses no CPU. Keys are parsed by `visit_dash::input` from the terminal's bytes
//! (a stray byte that is not UTF-8 is dropped alone); a resize is learnt from SIGWINCH.
//! The terminal is restored on every way out: q, Ctrl-C, SIGTERM, SIGHUP, SIGINT, an I/O
//! error and a panic; and it is handed back on suspend (Ctrl-Z or SIGTSTP) and taken
//! again, whole, on `fg`.

use std::io::{self, Stdout, Write};
use std::sync::mpsc;
use std::thread;

use base64::Engine;
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen,
};
use crossterm::{cursor, execute};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGTERM, SIGTSTP, SIGWINCH};
use signal_hook::iterator::Signals;

use visit_dash::app::keymap::Layer;
use visit_dash::app::present::Blank;
use visit_dash::app::{update, Action, App, Effect, Keymap, Mode, Searcher};
use visit_dash::data::Lang;
use visit_dash::export;
use visit_dash::input::Reader;
use visit_dash::presenter::message::Move;
use visit_dash::presenter::notes::state_of;
use visit_dash::presenter::run::now;
use visit_dash::presenter::serve::{self, Server};
use visit_dash::ui::links;
use visit_dash::words::{say, W};

enum Message {
    Input(Event),
    Signal(i32),
    Failed(io::Error),
    Found(Action),
    /// A presenter console joined, or asked for a move.
    Console(serve::Event),
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
    drop(execute!(
        out,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    ));
    drop(disable_raw_mode());
}

/// Takes the terminal: raw mode, the alternate screen, no cursor, pastes in one piece, and
/// the mouse if wanted. Run at start and again after a suspend.
fn take(mouse: bool) -> io::Result<()> {
    enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        cursor::Hide,
        EnableBracketedPaste
    )?;
    if mouse {
        execute!(io::stdout(), EnableMouseCapture)?;
    }
    Ok(())
}

/// Hands the terminal back and stops, as the shell's job control expects; returns once the
/// process is continued (`fg`), with the terminal taken again.
fn suspend(mouse: bool) -> io::Result<()> {
    restore(mouse);
    // SIGTSTP is caught so it can come here; its default action is what stops us.
    signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
    take(mouse)
}

/// Runs the dashboard; with `channel`, a presenter console can follow its slides there.
pub fn run(mut app: App, mouse: bool, channel: Option<&std::path::Path>) -> io::Result<Exit> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore(mouse);
        previous(info);
    }));

    // Signals first: one that arrives while the screen is being set up still ends us
    // cleanly, and a resize then is not lost (the size is read after this).
    let (tx, rx) = mpsc::channel();
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT, SIGWINCH])?;
    let signal_tx = tx.clone();
    thread::spawn(move || {
        for sig in signals.forever() {
            if signal_tx.send(Message::Signal(sig)).is_err() {
                break;
            }
        }
    });

    let guard = Guard { mouse };
    take(mouse)?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;

    let found_tx = tx.clone();
    let searcher = Searcher::spawn(app.index().clone(), move |done| {
        found_tx.send(Message::Found(done)).is_ok()
    });
    // The deck carries on without a console when the channel cannot be opened.
    let console_tx = tx.clone();
    let server = channel.and_then(|path| {
        Server::start(path, move |e| console_tx.send(Message::Console(e)).is_ok()).ok()
    });
    let mut started: Option<u64> = None;
    let mut input = Reader::open()?;
    thread::spawn(move || loop {
        let message = match input.next_event() {
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
    let keymap = visit_dash::app::keymap::active();

    let exit = loop {
        let message = rx
            .recv()
            .map_err(|_| io::Error::other("the input thread stopped"))?;
        let action = match message {
            Message::Signal(SIGTSTP) => Action::Suspend,
            Message::Signal(SIGWINCH) => {
                let (w, h) = crossterm::terminal::size()?;
                Action::Resize(w, h)
            }
            // Continued after a stop we did not see coming (SIGSTOP): take the terminal
            // again, in case whoever stopped us changed it, and draw it whole.
            Message::Signal(SIGCONT) => {
                take(mouse)?;
                terminal = redraw_all(&app)?;
                continue;
            }
            Message::Signal(sig) => break Exit::Signal(sig),
            Message::Failed(e) => return Err(e),
            Message::Found(action) => action,
            Message::Console(serve::Event::Joined) => {
                tell_console(server.as_ref(), &mut app, &mut started, true);
                continue;
            }
            Message::Console(serve::Event::Moved(to)) => {
                if app.mode() != Mode::Present {
                    continue;
                }
                console_action(&app, to)
            }
            Message::Input(ev) => {
                if let (Some(k), Event::Key(key)) = (panic_key, &ev) {
                    if key.code == event::KeyCode::Char(k) {
                        panic!("deliberate panic on key {k:?} (VISIT_DASH_PANIC_KEY)");
                    }
                }
                match to_action(keymap, &app, ev) {
                    Some(a) => a,
                    None => continue,
                }
            }
        };
        match update(&mut app, action) {
            Effect::None => {}
            Effect::Redraw => draw(&mut terminal, &app)?,
            Effect::RedrawAll => {
                terminal = redraw_all(&app)?;
            }
            Effect::Suspend => {
                suspend(mouse)?;
                terminal = redraw_all(&app)?;
            }
            Effect::Open(url) => {
                let message = open_in_browser(&url, app.lang());
                update(&mut app, Action::Notify(message));
                draw(&mut terminal, &app)?;
            }
            Effect::Copy(text) => {
                draw(&mut terminal, &app)?;
                copy(terminal.backend_mut(), &text)?;
            }
            Effect::Export { tab } => {
                let format = export::Format::Md;
                let contents = format.render(&app, &export::selection(&app, tab));
                let name = export::file_name(&app, tab, format);
                let message = export_to_new_file(&name, &contents, app.lang());
                update(&mut app, Action::Notify(message));
                draw(&mut terminal, &app)?;
            }
            Effect::SaveDeck => {
                let name = export::deck_file_name(&app, app.tab().category());
                let message = match export::deck_json(&app) {
                    Ok(text) => {
                        save_new_file(&name, &text, W::DeckSaved, W::DeckSaveFailed, app.lang())
                    }
                    Err(e) => format!("{} {e}", say(W::DeckSaveFailed, app.lang())),
                };
                update(&mut app, Action::Notify(message));
                draw(&mut terminal, &app)?;
            }
            Effect::Search(job) => {
                // Show what was typed at once; the results follow when they are ready.
                draw(&mut terminal, &app)?;
                searcher.submit(job);
            }
        }
        if app.quit() {
            break Exit::Quit;
        }
        tell_console(server.as_ref(), &mut app, &mut started, false);
    };
    drop(guard);
    Ok(exit)
}

/// Sends the console where the deck is; the clock starts when presenting does.
fn tell_console(server: Option<&Server>, app: &mut App, started: &mut Option<u64>, force: bool) {
    let Some(server) = server else { return };
    if app.mode() != Mode::Present {
        *started = None;
        return;
    }
    let since = *started.get_or_insert_with(now);
    if !server.has_clients() {
        return;
    }
    server.send(&state_of(app, since, None), force);
}

/// The move a console asked for, as the deck's own keys would ask it.
fn console_action(app: &App, to: Move) -> Action {
    match to {
        Move::Next => Action::SlideNext,
        Move::Prev => Action::SlidePrev,
        Move::First => Action::SlideFirst,
        Move::Last => Action::SlideLast,
        Move::Blank if app.deck().blank.is_some() => Action::SlideWake,
        Move::Blank => Action::SlideBlank(Blank::Black),
    }
}

/// Clears the screen and draws every cell, not only those that changed: the screen may
/// hold anything after a suspend, and Ctrl-L asks for it. (A new terminal has a blank last
/// frame to compare with; ratatui's own `clear` would ask the terminal where its cursor is,
/// which not every terminal answers.)
fn redraw_all(app: &App) -> io::Result<Terminal<CrosstermBackend<Stdout>>> {
    execute!(io::stdout(), Clear(ClearType::All))?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    draw(&mut terminal, app)?;
    Ok(terminal)
}

/// Draws a frame, then makes the source addresses on it clickable (OSC 8) where the terminal
/// is not a dumb one.
fn draw(terminal: &mut Terminal<CrosstermBackend<Stdout>>, app: &App) -> io::Result<()> {
    let frame = terminal.draw(|f| f.render_widget(app, f.area()))?;
    if !links::wanted() {
        return Ok(());
    }
    let urls: Vec<&str> = app
        .data()
        .sources
        .iter()
        .filter_map(|s| s.url.as_deref())
        .collect();
    let found = links::find(frame.buffer, &urls);
    links::paint(terminal.backend_mut(), &found)
}

fn to_action(keymap: &Keymap, app: &App, ev: Event) -> Option<Action> {
    match ev {
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            keymap.action(key, Layer::of_app(app))
        }
        Event::Paste(text) => Some(Action::Paste(text)),
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

/// Writes an export into the working folder under `name`, or `name-2` and so on when
/// that exists; says where, or why not.
fn export_to_new_file(name: &str, contents: &str, lang: Lang) -> String {
    save_new_file(name, contents, W::Exported, W::ExportFailed, lang)
}

/// Writes `contents` into the working folder as a new file named after `name`; says where
/// with `done`, or why not with `failed`.
fn save_new_file(name: &str, contents: &str, done: W, failed: W, lang: Lang) -> String {
    match export::write_new_file(std::path::Path::new("."), name, contents.as_bytes()) {
        Ok(path) => {
            let path = path.strip_prefix(".").unwrap_or(&path);
            let at = std::env::current_dir()
                .map(|d| d.join(path).display().to_string())
                .unwrap_or_else(|_| path.display().to_string());
            format!("{} {at}", say(done, lang))
        }
        Err(e) => format!("{} {e}", say(failed, lang)),
    }
}

/// Hands `url` to the system's opener as one argument (never through a shell), with no
/// terminal of its own; says what happened.
fn open_in_browser(url: &str, lang: Lang) -> String {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match spawned {
        Ok(mut child) => {
            // Reaped beside the loop, so no finished opener lingers as a zombie.
            thread::spawn(move || child.wait());
            format!("{} {url}", say(W::Opening, lang))
        }
        Err(_) => format!("{} {url}", say(W::NoOpener, lang)),
    }
}

/// Puts `text` on the clipboard through the terminal (OSC 52), which also works over SSH.
fn copy(out: &mut impl Write, text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// For the end-to-end tests of the panic path: the key that makes the loop panic. Debug
/// builds only: a release binary has no such key.
#[cfg(debug_assertions)]
fn test_panic_key() -> Option<char> {
    std::env::var("VISIT_DASH_PANIC_KEY")
        .ok()
        .and_then(|v| v.chars().next())
}

#[cfg(not(debug_assertions))]
fn test_panic_key() -> Option<char> {
    None
}
