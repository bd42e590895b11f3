//! `visit-dash search`: the same fuzzy search as the dashboard's `/`, printed. It returns how
//! many hits it printed, so that none can end in exit 1.

use std::io::{self, Write};

use serde_json::json;

use super::list::print_lines;
use crate::data::{Category, Dataset, Lang};
use crate::search::{Index, MatchedFields};

pub fn run(
    d: &Dataset,
    query: &str,
    tab: Option<Category>,
    limit: Option<usize>,
    as_json: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let index = Index::new(d);
    let hits: Vec<_> = index
        .search(query)
        .into_iter()
        .filter(|h| tab.is_none_or(|c| h.record.category == c))
        .take(limit.unwrap_or(usize::MAX))
        .filter_map(|h| d.get(h.record).map(|rec| (h.score, rec, h.record)))
        .collect();
    if as_json {
        let explain = MatchedFields::new(d);
        let items: Vec<_> = hits
            .iter()
            .map(|(score, rec, r)| {
                let fields: Vec<&str> = explain.record(*r, query).iter().map(|f| f.key()).collect();
                let mut item = json!({
                    "category": rec.category().key(),
                    "id": rec.id(),
                    "score": score,
                    "title": rec.title(),
                    "fields": fields,
                });
                let evidence = evidence_matched(&explain, *r, query);
                if !evidence.is_empty() {
                    item["evidence"] = serde_json::Value::Array(evidence);
                }
                item
            })
            .collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        writeln!(out)?;
        return Ok(hits.len());
    }
    print_lines(hits.iter().map(|(_, rec, _)| *rec), lang, out)?;
    Ok(hits.len())
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
