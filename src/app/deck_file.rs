//! The deck file: a small JSON file that shapes a deck (slide order, hidden slides, notes per
//! slide, a title and a duration), checked against the dataset before anything is shown.

use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::deck::Slide;
use crate::data::charts::ChartKind;
use crate::data::clean::sanitize;
use crate::data::{Category, Dataset, Stage};

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
    /// With `record`: the slide of that record's figure with this number (from 1), in big
    /// digits, instead of the record's own slide.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<usize>,
    /// "title", "summary", "map", the agreements at one stage ("agreements-achieved",
    /// "agreements-underway", "agreements-intended"), or a chart ("chart-stage",
    /// "chart-novelty", "chart-money", "chart-sectors", "chart-target", "chart-pattern").
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
#[serde(rename_all = "kebab-case")]
pub enum Special {
    Title,
    Summary,
    Map,
    AgreementsAchieved,
    AgreementsUnderway,
    AgreementsIntended,
    ChartStage,
    ChartNovelty,
    ChartMoney,
    ChartSectors,
    ChartTarget,
    ChartPattern,
}

/// The chart slides by the name a deck file gives them.
const CHARTS: [(Special, ChartKind); 6] = [
    (Special::ChartStage, ChartKind::Stage),
    (Special::ChartNovelty, ChartKind::Novelty),
    (Special::ChartMoney, ChartKind::Money),
    (Special::ChartSectors, ChartKind::Sectors),
    (Special::ChartTarget, ChartKind::Target),
    (Special::ChartPattern, ChartKind::Pattern),
];

/// A deck file checked against a dataset: what the deck shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    pub title: Option<String>,
    /// Seconds.
    pub duration: Option<u64>,
    /// The running order: every slide, shown or hidden, with its notes.
    pub slides: Vec<Planned>,
}

/// One slide of a plan's running order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Planned {
    pub slide: Slide,
    /// Kept in the order but skipped when presenting.
    pub hidden: bool,
    pub notes: String,
}

impl Planned {
    pub fn shown(slide: Slide) -> Planned {
        Planned {
            slide,
            hidden: false,
            notes: String::new(),
        }
    }
}

impl Plan {
    /// The slides presented: the running order without the hidden ones.
    pub fn shown(&self) -> impl Iterator<Item = &Planned> {
        self.slides.iter().filter(|p| !p.hidden)
    }
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

/// Seconds as the shortest length `parse_duration` reads back: 1200 -> "20m".
pub fn duration_text(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let mut out = String::new();
    for (n, unit) in [(h, 'h'), (m, 'm'), (s, 's')] {
        if n > 0 {
            out.push_str(&format!("{n}{unit}"));
        }
    }
    out
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
                let (record, rec) = data
                    .all_records()
                    .find(|(_, rec)| rec.id() == id.as_str())
                    .ok_or_else(|| {
                        format!(
                            "{name}:{}: slides[{i}].record: no record with id {:?} in the dataset",
                            line_col(text, from),
                            sanitize(id)
                        )
                    })?;
                let figures = rec.figures().len();
                match (entry.figure, record.category) {
                    (Some(n), _) if n == 0 || n > figures => {
                        return Err(format!(
                            "{name}:{}: slides[{i}].figure: record {:?} has {figures} figures; expected 1 to {figures}, found {n}",
                            at(text, "\"figure\"", from),
                            sanitize(id)
                        ))
                    }
                    (Some(n), _) => Slide::Figure {
                        record,
                        figure: n - 1,
                    },
                    (None, Category::Quotes) => Slide::Quote(record),
                    (None, _) => Slide::Record(record),
                }
            }
            (None, Some(special)) if entry.figure.is_none() => match special {
                Special::Title => Slide::Title,
                Special::Summary => Slide::Summary,
                Special::Map => Slide::Map,
                Special::AgreementsAchieved => Slide::Agreements(Stage::Achieved),
                Special::AgreementsUnderway => Slide::Agreements(Stage::Underway),
                Special::AgreementsIntended => Slide::Agreements(Stage::Intended),
                chart => CHARTS
                    .iter()
                    .find(|(s, _)| *s == chart)
                    .map_or(Slide::Summary, |(_, kind)| Slide::Chart(*kind)),
            },
            _ => {
                return Err(format!(
                "{name}: slides[{i}]: expected either \"record\" or \"slide\", not both or neither"
            ))
            }
        };
        slides.push(Planned {
            slide,
            hidden: entry.hidden,
            notes: sanitize(&entry.notes).into_owned(),
        });
    }
    Ok(Plan {
        title: file.title.map(|t| sanitize(&t).into_owned()),
        duration,
        slides,
    })
}

/// The deck file that gives `plan`: its running order with hidden slides and notes, its
/// title and its duration. Read back with [`parse`], it gives `plan` again.
pub fn write(data: &Dataset, plan: &Plan) -> DeckFile {
    DeckFile {
        version: VERSION,
        title: plan.title.clone(),
        duration: plan.duration.map(duration_text),
        slides: plan
            .slides
            .iter()
            .filter_map(|p| {
                let mut entry = entry_for(data, p.slide)?;
                entry.hidden = p.hidden;
                entry.notes = p.notes.clone();
                Some(entry)
            })
            .collect(),
    }
}

/// How a deck file names `slide`; None for a record the dataset lacks.
fn entry_for(data: &Dataset, slide: Slide) -> Option<Entry> {
    let id = |r| data.get(r).map(|rec| rec.id().to_string());
    let special = |s| Entry {
        slide: Some(s),
        ..Entry::default()
    };
    Some(match slide {
        Slide::Title => special(Special::Title),
        Slide::Summary => special(Special::Summary),
        Slide::Map => special(Special::Map),
        Slide::Agreements(Stage::Achieved) => special(Special::AgreementsAchieved),
        Slide::Agreements(Stage::Underway) => special(Special::AgreementsUnderway),
        Slide::Agreements(Stage::Intended) => special(Special::AgreementsIntended),
        Slide::Record(r) | Slide::Quote(r) => Entry {
            record: Some(id(r)?),
            ..Entry::default()
        },
        Slide::Chart(kind) => special(CHARTS.iter().find(|(_, k)| *k == kind)?.0),
        Slide::Figure { record, figure } => Entry {
            record: Some(id(record)?),
            figure: Some(figure.checked_add(1)?),
            ..Entry::default()
        },
    })
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
