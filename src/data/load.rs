//! Reading a dataset: bytes -> UTF-8 -> JSON -> typed [`Dataset`] -> validated.
//!
//! Every failure names the file and where in it: line:column for syntax, the JSON path
//! for a wrong type or a broken reference, and what was expected.

use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;

use super::clean::sanitize;
use super::format1;
use super::json_words::explain;
use super::probe::{version_of, Version};
use super::read::{read_capped, Progress};
use super::schema::Dataset;
use super::validate::{validate, Problem};

/// Files larger than this are refused unless the caller raises the cap.
pub const DEFAULT_MAX_BYTES: u64 = 512 * 1024 * 1024;

#[derive(Debug)]
pub enum LoadError {
    Io {
        file: String,
        message: String,
    },
    /// Not a regular file or a FIFO: `kind` says what it is ("a directory").
    NotAFile {
        file: String,
        kind: &'static str,
    },
    /// Over the cap; `size` is unknown for a FIFO, which is refused once it passes the cap.
    TooLarge {
        file: String,
        size: Option<u64>,
        max: u64,
    },
    Empty {
        file: String,
    },
    NotUtf8 {
        file: String,
        line: usize,
        column: usize,
    },
    /// The file ends inside a multi-byte character: cut short, rather than not UTF-8.
    CutInCharacter {
        file: String,
        line: usize,
        column: usize,
    },
    /// Malformed JSON or a value of the wrong shape.
    Parse {
        file: String,
        line: usize,
        column: usize,
        path: String,
        message: String,
    },
    /// Well-formed, but the second pass found problems; all of them are listed.
    Invalid {
        file: String,
        problems: Vec<Problem>,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { file, message } => write!(f, "{file}: cannot read: {message}"),
            LoadError::NotAFile { file, kind } => write!(
                f,
                "{file}: cannot read: it is {kind}; expected a regular file (or a FIFO)"
            ),
            LoadError::TooLarge {
                file,
                size: Some(size),
                max,
            } => write!(
                f,
                "{file}: the file is {size} bytes, over the limit of {max} bytes (raise it with --max-bytes)"
            ),
            LoadError::TooLarge {
                file,
                size: None,
                max,
            } => write!(
                f,
                "{file}: the stream goes on past the limit of {max} bytes (raise it with --max-bytes)"
            ),
            LoadError::Empty { file } => write!(
                f,
                "{file}: the file is empty; expected a JSON object describing one visit"
            ),
            LoadError::NotUtf8 { file, line, column } => write!(
                f,
                "{file}:{line}:{column}: invalid UTF-8; expected a UTF-8 text file"
            ),
            LoadError::CutInCharacter { file, line, column } => write!(
                f,
                "{file}:{line}:{column}: the file ends too early, inside a character \
                 (truncated?); expected the rest of the character and of the document"
            ),
            LoadError::Parse {
                file,
                line,
                column,
                path,
                message,
            } => write!(f, "{file}:{line}:{column}: at {path}: {message}"),
            LoadError::Invalid { file, problems } => {
                let n = problems.len();
                let noun = if n == 1 { "problem" } else { "problems" };
                write!(f, "{file}: {n} {noun}:")?;
                for p in problems {
                    write!(f, "\n  {p}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl LoadError {
    /// Whether the file could not be read at all (missing, unreadable, not a file), as
    /// opposed to read and found wrong.
    pub fn is_io(&self) -> bool {
        matches!(self, LoadError::Io { .. } | LoadError::NotAFile { .. })
    }
}

/// Reads and loads a file, refusing it before reading if it is over `max_bytes`.
pub fn load_file(path: &Path, max_bytes: u64) -> Result<Dataset, LoadError> {
    load_file_with(path, max_bytes, &mut |_| {})
}

/// [`load_file`], telling `progress` how far it has come: bytes read, then parsing, then
/// validating.
pub fn load_file_with(
    path: &Path,
    max_bytes: u64,
    progress: &mut dyn FnMut(Progress),
) -> Result<Dataset, LoadError> {
    let file = sanitize(&path.display().to_string()).into_owned();
    let bytes = read_capped(path, &file, max_bytes, progress)?;
    load_bytes_with(&file, &bytes, progress)
}

/// Loads a dataset from raw bytes; `file` names it in messages.
pub fn load_bytes(file: &str, bytes: &[u8]) -> Result<Dataset, LoadError> {
    load_bytes_with(file, bytes, &mut |_| {})
}

fn load_bytes_with(
    file: &str,
    bytes: &[u8],
    progress: &mut dyn FnMut(Progress),
) -> Result<Dataset, LoadError> {
    // The vectorised check is several times faster on non-ASCII text; it says only whether
    // the bytes are UTF-8, so a file that is not is checked again for where.
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return load_str_with(file, text, progress);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str_with(file, text, progress),
        Err(e) => {
            let (line, column) = position_of(&bytes[..e.valid_up_to()]);
            let file = file.to_string();
            // No error length: the bytes end in the middle of a character.
            Err(if e.error_len().is_none() {
                LoadError::CutInCharacter { file, line, column }
            } else {
                LoadError::NotUtf8 { file, line, column }
            })
        }
    }
}

/// Loads a dataset from text; `file` names it in messages. A leading BOM is skipped.
pub fn load_str(file: &str, text: &str) -> Result<Dataset, LoadError> {
    load_str_with(file, text, &mut |_| {})
}

fn load_str_with(
    file: &str,
    text: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<Dataset, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            file: file.to_string(),
        });
    }
    let invalid = |problems: Vec<Problem>| LoadError::Invalid {
        file: file.to_string(),
        problems,
    };
    progress(Progress::Parsing);
    let mut dataset = match version_of(text) {
        // Format 1 is checked as written, so paths point into the file, then migrated.
        Version::One => {
            let old: format1::Dataset = parse(file, text)?;
            progress(Progress::Validating);
            let problems = format1::validate::validate(&old);
            if !problems.is_empty() {
                return Err(invalid(problems));
            }
            format1::migrate(old)
        }
        Version::Other { number, at } => {
            let (line, column) = position_of(&text.as_bytes()[..at]);
            return Err(LoadError::Parse {
                file: file.to_string(),
                line,
                column,
                path: "$.format".to_string(),
                message: format!(
                    "format {} is not supported; expected 1 or 2",
                    sanitize(number)
                ),
            });
        }
        Version::Two | Version::Unknown => {
            let dataset: Dataset = parse(file, text)?;
            progress(Progress::Validating);
            let problems = validate(&dataset);
            if !problems.is_empty() {
                return Err(invalid(problems));
            }
            dataset
        }
    };
    // Lists grow by doubling while parsed; a large dataset keeps them for its lifetime.
    dataset.agreements.shrink_to_fit();
    dataset.investments.shrink_to_fit();
    dataset.corridors.shrink_to_fit();
    dataset.quotes.shrink_to_fit();
    Ok(dataset)
}

fn parse<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    let fail = |err: serde_json::Error, path: String| {
        let (line, column) = char_position(text, err.line(), err.column());
        LoadError::Parse {
            file: file.to_string(),
            line,
            column,
            message: sanitize(&explain(&err, &path)).into_owned(),
            path: sanitize(&path).into_owned(),
        }
    };
    // Derived structs also accept an array of their fields in order, which would make a
    // top-level array read as a garbled dataset; name the real problem instead.
    if let Some(found) = top_level_kind(text) {
        let (line, column) = char_position(text, 1, 1 + text.len() - text.trim_start().len());
        return Err(LoadError::Parse {
            file: file.to_string(),
            line,
            column,
            path: "$".to_string(),
            message: format!("found {found}; expected a JSON object describing one visit"),
        });
    }
    // Keeping the path costs time on every value of a large file and is only needed to say
    // where a problem is: a file that fails is read again with it.
    if let Ok(dataset) = serde_json::from_str(text) {
        return Ok(dataset);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let dataset = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|err| {
        let path = json_path(&err.path().to_string());
        fail(err.into_inner(), path)
    })?;
    // `end` rejects anything but whitespace after the object.
    de.end().map_err(|err| fail(err, "$".to_string()))?;
    Ok(dataset)
}

/// What the document starts with, when that is an array rather than an object.
fn top_level_kind(text: &str) -> Option<&'static str> {
    text.trim_start().starts_with('[').then_some("an array")
}

/// serde_json counts columns in bytes, from 0 at a line's start; readers count characters
/// from 1. Converts (line, byte column) to (line, character column).
fn char_position(text: &str, line: usize, byte_column: usize) -> (usize, usize) {
    let Some(row) = text.split('\n').nth(line.saturating_sub(1)) else {
        return (line, byte_column.max(1));
    };
    // The column is 1-based and may point into a multi-byte character: count that one.
    let mut end = byte_column.min(row.len());
    while !row.is_char_boundary(end) {
        end += 1;
    }
    (line, row[..end].chars().count().max(1))
}

/// serde_path_to_error writes `a.b[0]`, or `.` for the root, and `?` for a key it could
/// not read; we write `$.a.b[0]` and `$`, and stop at the last known step.
fn json_path(raw: &str) -> String {
    let mut known = raw;
    while let Some(rest) = known.strip_suffix('?') {
        known = rest.strip_suffix('.').unwrap_or(rest);
    }
    match known {
        "." | "" => "$".to_string(),
        p if p.starts_with('[') => format!("${p}"),
        p => format!("$.{p}"),
    }
}

/// 1-based line and column (in characters) just after `prefix`.
fn position_of(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let last = text.rsplit('\n').next().unwrap_or("");
    (line, last.chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_paths_read_as_jsonpath() {
        assert_eq!(json_path("."), "$");
        assert_eq!(
            json_path("agreements[2].title.en"),
            "$.agreements[2].title.en"
        );
    }

    #[test]
    fn columns_count_characters_from_one() {
        let text = "{\n  \"Китай\": x\n";
        // serde_json's byte column 15 is just after `: ` on line 2.
        assert_eq!(char_position(text, 2, 15), (2, 10));
        assert_eq!(char_position(text, 3, 0), (3, 1));
    }

    #[test]
    fn utf8_position_counts_characters() {
        assert_eq!(position_of("ab\nШым".as_bytes()), (2, 4));
        assert_eq!(position_of(b""), (1, 1));
    }
}
