//! Standard output for the printing commands, where output that goes nowhere is an error.
//!
//! The standard library's stdout quietly drops writes to a descriptor that is not open for
//! writing, and the runtime opens /dev/null in place of a closed one before `main`, so
//! `visit-dash list >&-` would succeed having printed nothing. Here writes go to a
//! duplicate of descriptor 1, which reports every error, and the caller says whether the
//! descriptor was closed when the process started. A closed pipe stays a BrokenPipe error
//! for the caller to treat as a normal end.

use std::fs::File;
use std::io::{self, Write};

pub struct Stdout {
    closed_at_start: bool,
    file: Option<File>,
}

impl Stdout {
    /// Output to descriptor 1, opened at the first write; `closed_at_start` makes every
    /// write fail.
    pub fn new(closed_at_start: bool) -> Stdout {
        Stdout {
            closed_at_start,
            file: None,
        }
    }

    fn file(&mut self) -> io::Result<&mut File> {
        if self.closed_at_start {
            return Err(io::Error::other("standard output is closed"));
        }
        let file = match self.file.take() {
            Some(file) => file,
            None => duplicate()?,
        };
        Ok(self.file.insert(file))
    }
}

#[cfg(unix)]
fn duplicate() -> io::Result<File> {
    use std::os::fd::AsFd;
    Ok(File::from(io::stdout().as_fd().try_clone_to_owned()?))
}

#[cfg(windows)]
fn duplicate() -> io::Result<File> {
    use std::os::windows::io::AsHandle;
    Ok(File::from(io::stdout().as_handle().try_clone_to_owned()?))
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file()?.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.file {
            Some(file) => file.flush(),
            None => Ok(()),
        }
    }
}
