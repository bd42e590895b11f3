//! The deck's end of the channel: it accepts consoles, passes on the moves they ask for, and
//! sends each of them where the deck is. A console that goes away is dropped; the deck
//! carries on.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

use super::channel::listen;
use super::message::{decode, encode, Message, Move, State, MAX_LINE};

/// What a console did, for the deck's loop.
pub enum Event {
    Joined,
    Moved(Move),
}

pub struct Server {
    clients: Arc<Mutex<Vec<UnixStream>>>,
    path: PathBuf,
    last: Mutex<Option<String>>,
}

impl Server {
    /// Listens at `path`; `tell` hands each console's joining and moves to the deck's loop
    /// and returns false once the loop has gone.
    pub fn start(
        path: &Path,
        tell: impl Fn(Event) -> bool + Send + Sync + 'static,
    ) -> io::Result<Server> {
        let listener = listen(path)?;
        let clients = Arc::new(Mutex::new(Vec::new()));
        let accepted = clients.clone();
        let tell = Arc::new(tell);
        thread::spawn(move || accept(listener, accepted, tell));
        Ok(Server {
            clients,
            path: path.to_path_buf(),
            last: Mutex::new(None),
        })
    }

    /// Whether any console is listening (drawing the state for none is wasted work).
    pub fn has_clients(&self) -> bool {
        !self
            .clients
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .is_empty()
    }

    /// Sends `state` to every console; one that cannot take it is dropped. The same state
    /// again is not sent unless `force` (a console just joined).
    pub fn send(&self, state: &State, force: bool) {
        let line = encode(&Message::State(state.clone()));
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if !force && last.as_deref() == Some(line.as_str()) {
            return;
        }
        let mut clients = self.clients.lock().unwrap_or_else(PoisonError::into_inner);
        clients.retain_mut(|c| c.write_all(line.as_bytes()).is_ok());
        *last = Some(line);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

fn accept(
    listener: UnixListener,
    clients: Arc<Mutex<Vec<UnixStream>>>,
    tell: Arc<dyn Fn(Event) -> bool + Send + Sync>,
) {
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        // A console that stops reading must not stall the deck.
        let _ = stream.set_write_timeout(Some(Duration::from_millis(200)));
        let Ok(reader) = stream.try_clone() else {
            continue;
        };
        clients
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(stream);
        if !tell(Event::Joined) {
            return;
        }
        let tell = tell.clone();
        thread::spawn(move || read_moves(reader, &*tell));
    }
}

/// Reads one line into `line` (cleared first), at most `MAX_LINE` bytes and one more: a
/// line without its end is one too long, or the last of a stream cut short.
fn read_capped_line(reader: &mut impl BufRead, line: &mut String) -> io::Result<usize> {
    line.clear();
    let limit = u64::try_from(MAX_LINE)
        .unwrap_or(u64::MAX)
        .saturating_add(1);
    reader.by_ref().take(limit).read_line(line)
}

/// Reads a console's lines until it goes; a line that is not a valid move is ignored.
fn read_moves(stream: UnixStream, tell: &(dyn Fn(Event) -> bool + Send + Sync)) {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        match read_capped_line(&mut reader, &mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if !line.ends_with('\n') => return,
            Ok(_) => {}
        }
        if let Ok(Message::Move { to }) = decode(&line) {
            if !tell(Event::Moved(to)) {
                return;
            }
        }
    }
}

/// Reads lines of `reader` as messages for a console: a state at a time, to `got`, until
/// the deck goes or `got` returns false.
pub fn read_states(stream: impl Read, mut got: impl FnMut(Result<State, String>) -> bool) {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    loop {
        match read_capped_line(&mut reader, &mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if !line.ends_with('\n') => {
                got(Err(format!("a message longer than {MAX_LINE} bytes")));
                return;
            }
            Ok(_) => {}
        }
        let keep = match decode(&line) {
            Ok(Message::State(s)) => got(Ok(s)),
            Ok(Message::Move { .. }) => true,
            Err(e) => got(Err(e)),
        };
        if !keep {
            return;
        }
    }
}
