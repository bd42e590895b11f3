//! `visit-dash list`: records one per line, or as JSON.

use std::io::{self, Write};

use serde_json::json;

use crate::data::{Category, Dataset, Lang, Record};

pub fn run(
    d: &Dataset,
    category: Option<Category>,
    as_json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
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
        let title = rec.title().get(lang).replace('\n', " ");
        writeln!(
            out,
            "{:<11}  {:<width$}  {title}",
            rec.category().key(),
            rec.id()
        )?;
    }
    Ok(())
}
