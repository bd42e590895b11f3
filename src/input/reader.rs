//! Reads the terminal's bytes and hands out the events parsed from them.

use std::fs::File;
use std::io::{self, IsTerminal, Read};
use std::os::fd::{AsFd, AsRawFd};

use crossterm::event::Event;

use super::Parser;

/// The terminal's input: standard input when it is a terminal, `/dev/tty` otherwise (the
/// terminal crossterm puts in raw mode, so keys are read from where the modes were set).
pub struct Reader {
    tty: File,
    parser: Parser,
    buf: [u8; 1024],
}

impl Reader {
    pub fn open() -> io::Result<Reader> {
        let stdin = io::stdin();
        let tty = if stdin.is_terminal() {
            // A duplicate of the descriptor: read directly, with no buffer in between, so
            // `ready` sees every byte not yet parsed.
            File::from(stdin.as_fd().try_clone_to_owned()?)
        } else {
            File::options().read(true).write(true).open("/dev/tty")?
        };
        Ok(Reader {
            tty,
            parser: Parser::new(),
            buf: [0; 1024],
        })
    }

    /// Blocks until the next event. An error means the terminal cannot be read any more.
    pub fn next_event(&mut self) -> io::Result<Event> {
        loop {
            if let Some(event) = self.parser.next_event() {
                return Ok(event);
            }
            let n = match self.tty.read(&mut self.buf) {
                Ok(0) => {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the terminal was closed",
                    ))
                }
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            self.parser.feed(&self.buf[..n]);
            // An escape sequence comes in one write: if nothing follows an ESC at once, it
            // was the Esc key.
            if self.parser.holds_escape() && !ready(&self.tty)? {
                self.parser.idle();
            }
        }
    }
}

/// Whether a byte can be read from `tty` now, without waiting.
fn ready(tty: &File) -> io::Result<bool> {
    let mut fd = libc::pollfd {
        fd: tty.as_raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    loop {
        // SAFETY: one valid pollfd, for a descriptor `tty` keeps open during the call.
        let n = unsafe { libc::poll(&mut fd, 1, 0) };
        if n >= 0 {
            return Ok(n > 0 && fd.revents & libc::POLLIN != 0);
        }
        let e = io::Error::last_os_error();
        if e.kind() != io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}
