//! The local channel between a deck and its console: a Unix domain socket that only the same
//! user can reach, in `$XDG_RUNTIME_DIR` or else in a private (0700) folder of the temp
//! folder, named after the deck so two decks on one machine do not mix.

use std::fs;
use std::io;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};

/// The folder the sockets live in, made private if it is ours to make.
pub fn dir() -> io::Result<PathBuf> {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute() && p.is_dir());
    // SAFETY: getuid cannot fail and touches no memory.
    let uid = unsafe { libc::getuid() };
    let dir = match runtime {
        Some(r) => r.join("visit-dash"),
        None => std::env::temp_dir().join(format!("visit-dash-{uid}")),
    };
    match fs::create_dir(&dir) {
        Ok(()) => fs::set_permissions(&dir, fs::Permissions::from_mode(0o700))?,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    // Someone else's folder, or one others can enter, is not used.
    let meta = fs::symlink_metadata(&dir)?;
    if !meta.is_dir() || meta.uid() != uid || meta.mode() & 0o077 != 0 {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!(
                "{} is not a private folder of this user (mode 0700)",
                dir.display()
            ),
        ));
    }
    Ok(dir)
}

/// The channel's name for a deck: the deck file's name, or `deck` for the deck built from
/// the view; only letters, digits, `-` and `_`, at most 40.
pub fn deck_name(deck: Option<&Path>) -> String {
    let stem = deck
        .and_then(Path::file_stem)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "deck".to_string());
    let name: String = stem
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(40)
        .collect();
    if name.is_empty() {
        "deck".to_string()
    } else {
        name
    }
}

/// The socket of the deck called `name` in `dir`.
pub fn socket(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.sock"))
}

/// Listens at `path`. A socket left there by a deck that crashed is removed first; one that
/// a running deck answers on is not taken over.
pub fn listen(path: &Path) -> io::Result<UnixListener> {
    if fs::symlink_metadata(path).is_ok() {
        if UnixStream::connect(path).is_ok() {
            return Err(io::Error::new(
                io::ErrorKind::AddrInUse,
                format!("another deck is presenting on {}", path.display()),
            ));
        }
        fs::remove_file(path)?;
    }
    let listener = UnixListener::bind(path)?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))?;
    Ok(listener)
}
