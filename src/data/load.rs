//! Reading a dataset: bytes -> UTF-8 -> JSON -> typed [`Dataset`] -> validated.
//!
//! Every failure names the file and where in it: line:column for syntax, the JSON path
//! for a wrong type or a broken reference, and what was expected.

use std::fmt;
use std::io::Read;
use std::path::Path;

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
    TooLarge {
        file: String,
        size: u64,
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
            LoadError::TooLarge { file, size, max } => write!(
                f,
                "{file}: the file is {size} bytes, over the limit of {max} bytes (raise it with --max-bytes)"
            ),
            LoadError::Empty { file } => write!(
                f,
                "{file}: the file is empty; expected a JSON object describing one visit"
            ),
            LoadError::NotUtf8 { file, line, column } => write!(
                f,
                "{file}:{line}:{column}: invalid UTF-8; expected a UTF-8 text file"
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

/// Reads and loads a file, refusing it before reading if it is over `max_bytes`.
pub fn load_file(path: &Path, max_bytes: u64) -> Result<Dataset, LoadError> {
    let file = path.display().to_string();
    let io = |e: std::io::Error| LoadError::Io {
        file: file.clone(),
        message: e.to_string(),
    };
    let handle = std::fs::File::open(path).map_err(io)?;
    let size = handle.metadata().map_err(io)?.len();
    if size > max_bytes {
        return Err(LoadError::TooLarge {
            file,
            size,
            max: max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` guards against a file that grows while it is read.
    handle
        .take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(LoadError::TooLarge {
            file,
            size: bytes.len() as u64,
            max: max_bytes,
        });
    }
    load_bytes(&file, &bytes)
}

/// Loads a dataset from raw bytes; `file` names it in messages.
pub fn load_bytes(file: &str, bytes: &[u8]) -> Result<Dataset, LoadError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => load_str(file, text),
        Err(e) => {
            let (line, column) = position_of(&bytes[..e.valid_up_to()]);
            Err(LoadError::NotUtf8 {
                file: file.to_string(),
                line,
                column,
            })
        }
    }
}

/// Loads a dataset from text; `file` names it in messages. A leading BOM is skipped.
pub fn load_str(file: &str, text: &str) -> Result<Dataset, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::Empty {
            file: file.to_string(),
        });
    }
    let dataset = parse(file, text)?;
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        Err(LoadError::Invalid {
            file: file.to_string(),
            problems,
        })
    }
}

fn parse(file: &str, text: &str) -> Result<Dataset, LoadError> {
    let fail = |err: serde_json::Error, path: String| LoadError::Parse {
        file: file.to_string(),
        line: err.line(),
        column: err.column(),
        message: explain(&err, &path),
        path,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let dataset = serde_path_to_error::deserialize::<_, Dataset>(&mut de).map_err(|err| {
        let path = json_path(&err.path().to_string());
        fail(err.into_inner(), path)
    })?;
    // `end` rejects anything but whitespace after the object.
    de.end().map_err(|err| fail(err, "$".to_string()))?;
    Ok(dataset)
}

/// serde_path_to_error writes `a.b[0]`, or `.` for the root; we write `$.a.b[0]` and `$`.
fn json_path(raw: &str) -> String {
    match raw {
        "." | "" => "$".to_string(),
        p => format!("$.{p}"),
    }
}

/// serde_json's message, without its own position suffix and with the root type named
/// in words a dataset author knows.
fn explain(err: &serde_json::Error, path: &str) -> String {
    let full = err.to_string();
    let suffix = format!(" at line {} column {}", err.line(), err.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    if path == "$" {
        if let Some(found) = message
            .strip_prefix("invalid type: ")
            .and_then(|m| m.strip_suffix(", expected struct Dataset"))
        {
            return format!("found {found}; expected a JSON object describing one visit");
        }
    }
    if message.starts_with("trailing characters") {
        return "unexpected text after the end of the JSON object; expected the end of the file"
            .to_string();
    }
    if message.starts_with("EOF while parsing") {
        return format!("{message}; the file ends too early (truncated?)");
    }
    message.to_string()
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
    fn utf8_position_counts_characters() {
        assert_eq!(position_of("ab\nШым".as_bytes()), (2, 4));
        assert_eq!(position_of(b""), (1, 1));
    }
}
