//! `visit-dash search`: the same fuzzy search as the dashboard's `/`, printed, with the
//! events and sources it finds ranked among the records as the result list ranks them. It
//! returns how many hits it printed, so that none can end in exit 1.

use std::io::{self, Write};

use serde_json::json;

use super::list::print_line;
use crate::app::filters::Filters;
use crate::app::results::{ranked, ResultRow};
use crate::data::facets::Facts;
use crate::data::{Category, Dataset, Lang};
use crate::search::{Index, ItemRef, MatchedFields};

/// Where hits may come from: one category, and the records the filters pass.
pub struct Within<'a> {
    pub tab: Option<Category>,
    pub filters: &'a Filters,
}

impl<'a> Within<'a> {
    pub fn new(tab: Option<Category>, filters: &'a Filters) -> Within<'a> {
        Within { tab, filters }
    }
}

pub fn run(
    d: &Dataset,
    query: &str,
    within: Within<'_>,
    limit: Option<usize>,
    as_json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let index = Index::new(d);
    let facts = (!within.filters.is_empty()).then(|| Facts::new(d));
    let passes = |r| {
        facts
            .as_ref()
            .is_none_or(|f| within.filters.passes(f, r, None))
    };
    let found = index
        .search_within(query, None, &|| false)
        .unwrap_or_default();
    let records: Vec<_> = found
        .hits
        .into_iter()
        .filter(|h| within.tab.is_none_or(|c| h.record.category == c) && passes(h.record))
        .collect();
    // Events and sources are no tab's records and have no values on the filters'
    // dimensions: `--tab` or a filter leaves the records alone, as the dashboard does.
    let items = if within.tab.is_none() && within.filters.is_empty() {
        &found.items[..]
    } else {
        &[]
    };
    let rows: Vec<ResultRow> = ranked(records, items)
        .into_iter()
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    if as_json {
        let explain = MatchedFields::new(d);
        let items: Vec<_> = rows
            .iter()
            .filter_map(|row| match *row {
                ResultRow::Record(h) => record_json(d, &explain, h.record, h.score, query),
                ResultRow::Item(h) => item_json(d, &explain, h.item, h.score, query),
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
        return Ok(rows.len());
    }
    print_rows(d, &rows, lang, out)?;
    Ok(rows.len())
}

/// One line a hit: category (or `event`, `source`), id, title; ids in one column.
fn print_rows(d: &Dataset, rows: &[ResultRow], lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let width = rows
        .iter()
        .filter_map(|row| match *row {
            ResultRow::Record(h) => d.get(h.record).map(|r| r.id().chars().count()),
            ResultRow::Item(h) => item_id(d, h.item).map(|id| id.chars().count()),
        })
        .max()
        .unwrap_or(0);
    for row in rows {
        match *row {
            ResultRow::Record(h) => {
                if let Some(rec) = d.get(h.record) {
                    print_line(rec, lang, width, out)?;
                }
            }
            ResultRow::Item(h) => {
                let (kind, text) = match h.item {
                    ItemRef::Event(i) => match d.events.get(i) {
                        Some(e) => ("event", format!("{} ({})", e.title.get(lang), e.date)),
                        None => continue,
                    },
                    ItemRef::Source(i) => match d.sources.get(i) {
                        Some(s) => ("source", source_line(s, lang)),
                        None => continue,
                    },
                };
                let id = item_id(d, h.item).unwrap_or("");
                let text = text.replace('\n', " ");
                writeln!(out, "{kind:<11}  {id:<width$}  {text}")?;
            }
        }
    }
    Ok(())
}

/// A source in a line: outlet, day, headline (`Kursiv: KazMunayGas and CNPC ...`).
fn source_line(s: &crate::data::Source, lang: Lang) -> String {
    let mut line = s.outlet.to_string();
    if let Some(day) = &s.published {
        line.push_str(&format!(" ({day})"));
    }
    if let Some(t) = &s.title {
        line.push_str(&format!(": {}", t.get(lang)));
    }
    line
}

fn item_id(d: &Dataset, item: ItemRef) -> Option<&str> {
    match item {
        ItemRef::Event(i) => d.events.get(i).map(|e| e.id.as_str()),
        ItemRef::Source(i) => d.sources.get(i).map(|s| s.id.as_str()),
    }
}

/// A record hit as `--json` gives it: category, id, score, title, the fields that
/// matched, and the evidence through which it matched, when it did.
fn record_json(
    d: &Dataset,
    explain: &MatchedFields<'_>,
    r: crate::data::RecordRef,
    score: i64,
    query: &str,
) -> Option<serde_json::Value> {
    let rec = d.get(r)?;
    let fields: Vec<&str> = explain.record(r, query).iter().map(|f| f.key()).collect();
    let mut item = json!({
        "category": rec.category().key(),
        "id": rec.id(),
        "score": score,
        "title": rec.title(),
        "fields": fields,
    });
    let evidence = evidence_matched(explain, r, query);
    if !evidence.is_empty() {
        item["evidence"] = serde_json::Value::Array(evidence);
    }
    Some(item)
}

/// An event or a source as `--json` gives it: its kind, id, score, what names it, and the
/// fields that matched.
fn item_json(
    d: &Dataset,
    explain: &MatchedFields<'_>,
    item: ItemRef,
    score: i64,
    query: &str,
) -> Option<serde_json::Value> {
    let fields: Vec<&str> = explain.item(item, query).iter().map(|f| f.key()).collect();
    match item {
        ItemRef::Event(i) => {
            let e = d.events.get(i)?;
            Some(json!({
                "kind": "event",
                "id": e.id,
                "score": score,
                "title": e.title,
                "date": e.date,
                "fields": fields,
            }))
        }
        ItemRef::Source(i) => {
            let s = d.sources.get(i)?;
            let mut v = json!({"kind": "source", "id": s.id, "score": score, "outlet": s.outlet});
            if let Some(t) = &s.title {
                v["title"] = json!(t);
            }
            if let Some(p) = &s.published {
                v["published"] = json!(p);
            }
            if let Some(u) = &s.url {
                v["url"] = json!(u);
            }
            v["fields"] = json!(fields);
            Some(v)
        }
    }
}

/// The sources through whose evidence a hit matched, each once, in the record's order,
/// with the fields of it that matched: `{"source": "qz-oil", "outlet": "Kazinform",
/// "fields": ["outlet", "note"]}`.
fn evidence_matched(
    explain: &MatchedFields<'_>,
    r: crate::data::RecordRef,
    query: &str,
) -> Vec<serde_json::Value> {
    let mut by_source: Vec<(&crate::data::Source, Vec<&str>)> = Vec::new();
    for m in explain.record_texts(r, query) {
        let Some(source) = m.source.filter(|_| m.kind.is_evidence()) else {
            continue;
        };
        let at = match by_source.iter().position(|(s, _)| s.id == source.id) {
            Some(at) => at,
            None => {
                by_source.push((source, Vec::new()));
                by_source.len() - 1
            }
        };
        if let Some((_, fields)) = by_source.get_mut(at) {
            if !fields.contains(&m.kind.key()) {
                fields.push(m.kind.key());
            }
        }
    }
    by_source
        .into_iter()
        .map(|(s, fields)| json!({"source": s.id, "outlet": s.outlet, "fields": fields}))
        .collect()
}
