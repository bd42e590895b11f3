//! `visit-dash list`: records one per line, or as JSON; or the values of a vocabulary
//! the filters take, with how many records have each.

use std::io::{self, Write};

use serde_json::json;

use super::filters::names;
use crate::data::facets::{Dimension, Facts};
use crate::data::{Category, Dataset, Lang, Record};

/// What `list` prints: the records of a category, or a vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListWhat {
    Agreements,
    Investments,
    Corridors,
    Quotes,
    Sectors,
    Companies,
    People,
    Places,
    Sources,
}

impl ListWhat {
    fn records(self) -> Result<Category, Dimension> {
        match self {
            ListWhat::Agreements => Ok(Category::Agreements),
            ListWhat::Investments => Ok(Category::Investments),
            ListWhat::Corridors => Ok(Category::Corridors),
            ListWhat::Quotes => Ok(Category::Quotes),
            ListWhat::Sectors => Err(Dimension::Sector),
            ListWhat::Companies => Err(Dimension::Company),
            ListWhat::People => Err(Dimension::Person),
            ListWhat::Places => Err(Dimension::Place),
            ListWhat::Sources => Err(Dimension::Source),
        }
    }
}

pub fn run(
    d: &Dataset,
    what: Option<ListWhat>,
    as_json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let category = match what.map(ListWhat::records) {
        Some(Err(dim)) => return vocabulary(d, dim, as_json, out),
        Some(Ok(c)) => Some(c),
        None => None,
    };
    let records: Vec<Record<'_>> = d
        .all_records()
        .filter(|(r, _)| category.is_none_or(|c| r.category == c))
        .map(|(_, rec)| rec)
        .collect();
    if as_json {
        let items: Vec<serde_json::Value> = records.iter().map(record_json).collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        return writeln!(out);
    }
    print_lines(records.iter().copied(), lang, out)
}

/// One record as JSON: its category beside all its own fields.
pub fn record_json(rec: &Record<'_>) -> serde_json::Value {
    let body = match rec {
        Record::Agreement(r) => serde_json::to_value(r),
        Record::Investment(r) => serde_json::to_value(r),
        Record::Corridor(r) => serde_json::to_value(r),
        Record::Quote(r) => serde_json::to_value(r),
    };
    let mut value = body.unwrap_or_else(|e| json!({ "error": e.to_string() }));
    if let Some(map) = value.as_object_mut() {
        map.insert("category".into(), json!(rec.category().key()));
    }
    value
}

/// Aligned lines: category, id, title.
pub fn print_lines<'a>(
    records: impl Iterator<Item = Record<'a>> + Clone,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let width = records
        .clone()
        .map(|r| r.id().chars().count())
        .max()
        .unwrap_or(0);
    for rec in records {
        print_line(rec, lang, width, out)?;
    }
    Ok(())
}

/// One record in a line: category, id (padded to `width`), title.
pub fn print_line(
    rec: Record<'_>,
    lang: Lang,
    width: usize,
    out: &mut dyn Write,
) -> io::Result<()> {
    let title = rec.title().get(lang).replace('\n', " ");
    writeln!(
        out,
        "{:<11}  {:<width$}  {title}",
        rec.category().key(),
        rec.id()
    )
}

/// A vocabulary, one value a line: id, how many records have it, its names in both
/// languages; or as JSON.
fn vocabulary(d: &Dataset, dim: Dimension, as_json: bool, out: &mut dyn Write) -> io::Result<()> {
    let facts = Facts::new(d);
    let mut counts = vec![0usize; d.value_count(dim)];
    for (r, _) in d.all_records() {
        for &v in facts.of(dim, r) {
            if let Some(n) = counts.get_mut(v as usize) {
                *n = n.saturating_add(1);
            }
        }
    }
    let values: Vec<_> = d.values(dim).zip(counts).collect();
    if as_json {
        let items: Vec<serde_json::Value> = values
            .iter()
            .map(|(v, n)| json!({ "id": v.id, "en": v.en, "ru": v.ru, "records": n }))
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        return writeln!(out);
    }
    let width = values
        .iter()
        .map(|(v, _)| v.id.chars().count())
        .max()
        .unwrap_or(0);
    for (v, n) in &values {
        writeln!(out, "{:<width$}  {n:>3}  {}", v.id, names(v))?;
    }
    Ok(())
}
