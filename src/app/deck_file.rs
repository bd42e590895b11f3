//! The deck file: a small JSON file that shapes a deck (slide order, hidden slides, notes per
//! slide, a title and a duration), checked against the dataset before anything is shown.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::deck::Slide;
use crate::data::clean::sanitize;
use crate::data::{Category, Dataset};

/// The only deck file version this program reads and writes.
pub const VERSION: u32 = 1;

/// Deck files are small; a larger one is refused before it is parsed.
pub const MAX_BYTES: u64 = 1 << 20;

/// A deck file as written on disk.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeckFile {
    /// Always 1.
    pub version: u32,
    /// Shown on the title slide instead of the visit's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The talk's length, such as "20m", "90s" or "1h"; the presenter console counts down.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
    /// The slides, in the order shown.
    pub slides: Vec<Entry>,
}

/// One slide of a deck file: a record's slide by the record's id, or the title or summary.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// A record's id from the dataset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<String>,
    /// "title", "summary" or "map", for those slides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slide: Option<Special>,
    /// Kept in the file but not shown.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hidden: bool,
    /// The speaker's own notes for this slide, shown in the presenter console.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Special {
    Title,
    Summary,
    Map,
}

/// A deck file checked against a dataset: what the deck shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub title: Option<String>,
    /// Seconds.
    pub duration: Option<u64>,
    /// The slides shown, each with its notes.
    pub slides: Vec<(Slide, String)>,
}

/// "20m", "90s", "1h", "1h30m" as seconds.
pub fn parse_duration(text: &str) -> Option<u64> {
    let mut total: u64 = 0;
    let mut digits = String::new();
    for c in text.trim().chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit = match c {
            'h' => 3600,
            'm' => 60,
            's' => 1,
            _ => return None,
        };
        let n: u64 = digits.parse().ok()?;
        total = total.checked_add(n.checked_mul(unit)?)?;
        digits.clear();
    }
    if !digits.is_empty() || total == 0 {
        return None;
    }
    Some(total)
}

/// Reads and checks the deck file at `path` against `data`. Errors name the file, the
/// line and column, and what was wrong.
pub fn load(path: &Path, data: &Dataset) -> Result<Plan, String> {
    let name = sanitize(&path.display().to_string()).into_owned();
    let size = std::fs::metadata(path)
        .map_err(|e| format!("{name}: {e}"))?
        .len();
    if size > MAX_BYTES {
        return Err(format!(
            "{name}: {size} bytes; a deck file is at most {MAX_BYTES} bytes"
        ));
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("{name}: {e}"))?;
    parse(&name, &text, data)
}

/// Checks deck file `text`, called `name` in messages, against `data`.
pub fn parse(name: &str, text: &str, data: &Dataset) -> Result<Plan, String> {
    let de = &mut serde_json::Deserializer::from_str(text);
    let file: DeckFile = serde_path_to_error::deserialize(de).map_err(|e| {
        let inner = e.inner();
        let (line, column) = (inner.line(), inner.column());
        let what = inner.to_string();
        // The position is given once, at the front.
        let what = what
            .strip_suffix(&format!(" at line {line} column {column}"))
            .unwrap_or(&what);
        format!("{name}:{line}:{column}: {}: {}", e.path(), sanitize(what))
    })?;
    if file.version != VERSION {
        return Err(format!(
            "{name}:{}: version: expected {VERSION}, found {}",
            at(text, "\"version\"", 0),
            file.version
        ));
    }
    let duration = match &file.duration {
        None => None,
        Some(d) => Some(parse_duration(d).ok_or_else(|| {
            format!(
                "{name}:{}: duration: expected a length such as \"20m\", \"90s\" or \"1h30m\", found {:?}",
                at(text, "\"duration\"", 0),
                sanitize(d)
            )
        })?),
    };
    let mut slides = Vec::new();
    let mut from = 0;
    for (i, entry) in file.slides.iter().enumerate() {
        let slide = match (&entry.record, entry.slide) {
            (Some(id), None) => {
                let quoted = serde_json::to_string(id).unwrap_or_default();
                from = text[from..].find(&quoted).map_or(from, |p| from + p);
                let record = data
                    .all_records()
                    .find(|(_, rec)| rec.id() == id.as_str())
                    .map(|(r, _)| r)
                    .ok_or_else(|| {
                        format!(
                            "{name}:{}: slides[{i}].record: no record with id {:?} in the dataset",
                            line_col(text, from),
                            sanitize(id)
                        )
                    })?;
                match record.category {
                    Category::Quotes => Slide::Quote(record),
                    _ => Slide::Record(record),
                }
            }
            (None, Some(Special::Title)) => Slide::Title,
            (None, Some(Special::Summary)) => Slide::Summary,
            (None, Some(Special::Map)) => Slide::Map,
            _ => {
                return Err(format!(
                "{name}: slides[{i}]: expected either \"record\" or \"slide\", not both or neither"
            ))
            }
        };
        if !entry.hidden {
            slides.push((slide, sanitize(&entry.notes).into_owned()));
        }
    }
    Ok(Plan {
        title: file.title.map(|t| sanitize(&t).into_owned()),
        duration,
        slides,
    })
}

/// The deck file that gives `slides`, with their notes, `title` and `duration`.
pub fn write(data: &Dataset, plan: &Plan, duration: Option<&str>) -> DeckFile {
    let id = |r| data.get(r).map(|rec| rec.id().to_string());
    DeckFile {
        version: VERSION,
        title: plan.title.clone(),
        duration: duration.map(str::to_string),
        slides: plan
            .slides
            .iter()
            .filter_map(|(slide, notes)| {
                let mut entry = Entry {
                    notes: notes.clone(),
                    ..Entry::default()
                };
                match slide {
                    Slide::Title => entry.slide = Some(Special::Title),
                    Slide::Summary => entry.slide = Some(Special::Summary),
                    Slide::Map => entry.slide = Some(Special::Map),
                    Slide::Record(r) | Slide::Quote(r) => entry.record = Some(id(*r)?),
                    Slide::Figure { .. } | Slide::Agreements(_) | Slide::Chart(_) => return None,
                }
                Some(entry)
            })
            .collect(),
    }
}

/// "line:column" of the first `needle` at or after byte `from`, or of `from`.
fn at(text: &str, needle: &str, from: usize) -> String {
    let p = text
        .get(from..)
        .and_then(|t| t.find(needle))
        .map_or(from, |p| from + p);
    line_col(text, p)
}

fn line_col(text: &str, byte: usize) -> String {
    let before = text.get(..byte).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{line}:{column}")
}
