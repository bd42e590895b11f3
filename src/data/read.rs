//! Reading a data file's bytes: only a regular file or a FIFO, never more than the cap plus
//! one byte, with progress reported as it goes.

use std::fs::{self, File};
use std::io::Read;
use std::path::Path;

use super::load::LoadError;

/// How far a load has come, for a caller that shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Progress {
    /// `read` bytes so far, of `size` when the file has one (a FIFO has none).
    Reading { read: u64, size: Option<u64> },
    /// All read; the JSON is being parsed into records.
    Parsing,
    /// Parsed; references and values are being checked.
    Validating,
}

/// Bytes read between two progress reports.
const CHUNK: u64 = 1 << 20;

/// The bytes of `path`, refused before reading unless it is a regular file or a FIFO, and
/// refused as soon as more than `max_bytes` arrive. `file` names it in messages.
pub fn read_capped(
    path: &Path,
    file: &str,
    max_bytes: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<Vec<u8>, LoadError> {
    let io = |e: std::io::Error| LoadError::Io {
        file: file.to_string(),
        message: e.to_string(),
    };
    // Looked at before opening: opening some devices already does something.
    check_kind(file, &fs::metadata(path).map_err(io)?)?;
    let handle = File::open(path).map_err(io)?;
    let meta = handle.metadata().map_err(io)?;
    // Checked again on what was opened, in case the path changed in between.
    check_kind(file, &meta)?;
    let size = meta.is_file().then_some(meta.len());
    if let Some(size) = size.filter(|&s| s > max_bytes) {
        return Err(LoadError::TooLarge {
            file: file.to_string(),
            size: Some(size),
            max: max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(size.and_then(|s| usize::try_from(s).ok()).unwrap_or(0));
    // The cap plus one byte: enough to know a FIFO, or a file that grows, is too long.
    let mut capped = handle.take(max_bytes.saturating_add(1));
    progress(Progress::Reading { read: 0, size });
    loop {
        let n = (&mut capped)
            .take(CHUNK)
            .read_to_end(&mut bytes)
            .map_err(io)?;
        if n == 0 {
            break;
        }
        progress(Progress::Reading {
            read: bytes.len() as u64,
            size,
        });
    }
    if bytes.len() as u64 > max_bytes {
        return Err(LoadError::TooLarge {
            file: file.to_string(),
            size: size.filter(|&s| s > max_bytes),
            max: max_bytes,
        });
    }
    Ok(bytes)
}

/// A regular file or a FIFO passes; anything else is named for what it is.
fn check_kind(file: &str, meta: &fs::Metadata) -> Result<(), LoadError> {
    match unreadable_kind(&meta.file_type()) {
        None => Ok(()),
        Some(kind) => Err(LoadError::NotAFile {
            file: file.to_string(),
            kind,
        }),
    }
}

/// What a file that is not read as data is; `None` for a regular file or a FIFO.
fn unreadable_kind(t: &fs::FileType) -> Option<&'static str> {
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return None;
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}
