//! Writing a file whole or not at all, shared by the command line and the dashboard.
//!
//! Only regular files are written or replaced: a device node, a FIFO, a socket or a
//! directory in the way is refused, so `--force` can never turn `/dev/null` into a file.
//! A replaced file keeps its permissions (and its owner where the system allows), but it
//! is a new file: hard links to the old one keep the old content.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Writes `bytes` to `path` so that it holds either its old content or all of the new:
/// a temporary file in the same directory is written, synced, then renamed over `path`.
/// An existing `path` is refused unless `force`; a symlink to a regular file is followed,
/// so the link stays and its target is replaced.
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> io::Result<()> {
    let (path, old) = match existing(path)? {
        Some((target, meta)) if force => (target, Some(meta)),
        Some(_) => return Err(exists(path)),
        None => (path.to_path_buf(), None),
    };
    let path = path.as_path();
    let (tmp, mut file) = temp_beside(path)?;
    let result = (|| {
        if let Some(meta) = &old {
            keep_owner_and_mode(&file, meta)?;
        }
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        if force {
            fs::rename(&tmp, path)
        } else {
            place_new(&tmp, path)
        }
    })();
    if result.is_err() {
        // Best effort: the error that matters is the one being returned.
        let _ = fs::remove_file(&tmp);
        return result;
    }
    sync_dir(path);
    Ok(())
}

/// What is at `path` now: nothing, or a regular file (the path to replace and its
/// metadata). Anything else is an error that says what it is.
fn existing(path: &Path) -> io::Result<Option<(PathBuf, Metadata)>> {
    let link = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if !link.file_type().is_symlink() {
        return match kind(&link) {
            None => Ok(Some((path.to_path_buf(), link))),
            Some(what) => Err(not_a_file(path, what)),
        };
    }
    match fs::metadata(path) {
        Ok(meta) => match kind(&meta) {
            None => Ok(Some((fs::canonicalize(path)?, meta))),
            Some(what) => Err(not_a_file(path, &format!("a symbolic link to {what}"))),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Err(not_a_file(
            path,
            "a symbolic link to nothing (its target does not exist)",
        )),
        Err(e) => Err(e),
    }
}

/// What a file that is not a regular file is, in words; `None` for a regular file.
pub fn kind(meta: &Metadata) -> Option<&'static str> {
    let t = meta.file_type();
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
            return Some("a FIFO (named pipe)");
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

fn not_a_file(path: &Path, what: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{} is {what}; only a regular file is written or replaced",
            path.display()
        ),
    )
}

fn exists(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{} already exists; pass --force to overwrite it",
            path.display()
        ),
    )
}

/// Gives the new file the old one's owner, where permitted, then its mode: a private brief
/// stays private. The mode comes last, as a change of owner may clear set-id bits.
fn keep_owner_and_mode(file: &File, old: &Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only root may give a file away; anyone may pass it to a group they are in.
        if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
            let _ = std::os::unix::fs::fchown(file, None, Some(old.gid()));
        }
    }
    file.set_permissions(old.permissions())
}

/// Moves `tmp` to `path` unless something appeared there since the check: a hard link
/// fails rather than replace, where the file system has them.
fn place_new(tmp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(tmp, path) {
        Ok(()) => fs::remove_file(tmp),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(exists(path)),
        // No hard links here (some network and FAT volumes): the earlier check stands.
        Err(_) => {
            if fs::symlink_metadata(path).is_ok() {
                return Err(exists(path));
            }
            fs::rename(tmp, path)
        }
    }
}

/// Writes `bytes` to a new file in `dir` named `name`, or `stem-2.ext`, `stem-3.ext` and so
/// on when that is taken, and returns the path written. Counting never stops at a limit,
/// so a folder full of earlier exports never leaves the user without a file.
pub fn write_new_file(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let given = Path::new(name);
    let stem = given
        .file_stem()
        .map_or_else(|| "visit-dash".into(), |s| s.to_string_lossy().into_owned());
    let ext = given.extension().map(|e| e.to_string_lossy().into_owned());
    for n in 1u64.. {
        let candidate = match (n, &ext) {
            (1, _) => name.to_string(),
            (_, Some(ext)) => format!("{stem}-{n}.{ext}"),
            (_, None) => format!("{stem}-{n}"),
        };
        let path = dir.join(candidate);
        // A cheap look first: taken names are skipped without writing anything.
        if fs::symlink_metadata(&path).is_ok() {
            continue;
        }
        match write_atomic(&path, bytes, false) {
            Ok(()) => return Ok(path),
            // Taken since the look: try the next number.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other("no free file name left"))
}

/// A new, uniquely named file next to `path`, so the final rename stays on one file system.
fn temp_beside(path: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    // Leaves room for the suffix within the usual 255-byte limit on a name.
    let name: String = name.chars().take(64).collect();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |t| t.subsec_nanos());
    let mut last = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}-{nanos}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("cannot create a temporary file")))
}

/// Makes the rename itself durable; where a directory cannot be synced, the data still is.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
}
