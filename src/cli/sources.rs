//! `visit-dash sources`: every source, with how many records it supports or disputes.

use std::io::{self, Write};

use serde_json::json;

use crate::data::{Dataset, Lang, Source, SourceUse};
use crate::words::W;

pub fn run(d: &Dataset, as_json: bool, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let uses = d.source_uses();
    if as_json {
        let items: Vec<serde_json::Value> =
            uses.iter().map(|(s, u)| source_json(d, s, u)).collect();
        serde_json::to_writer_pretty(&mut *out, &items)?;
        return writeln!(out);
    }
    let header = [
        "id",
        W::ColOutlet.get(lang),
        W::ColPublished.get(lang),
        W::ColKind.get(lang),
        W::ColLang.get(lang),
        W::ColSupports.get(lang),
        W::ColDisputes.get(lang),
        W::ColUpdates.get(lang),
        "url",
    ];
    let rows: Vec<[String; 9]> = uses
        .iter()
        .map(|(s, u)| {
            [
                s.id.to_string(),
                s.outlet.replace('\n', " "),
                s.published.as_deref().unwrap_or("-").to_string(),
                s.kind.key().to_string(),
                s.language.to_string(),
                u.supports.to_string(),
                u.disputes.to_string(),
                u.updates.to_string(),
                s.url.as_deref().unwrap_or("-").to_string(),
            ]
        })
        .collect();
    let mut widths = header.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (cell, &w)) in cells.iter().zip(&widths).enumerate() {
            let pad = w.saturating_sub(cell.chars().count());
            match i {
                // Counts align right, the last column is not padded.
                5..=7 => s.push_str(&format!("{}{cell}  ", " ".repeat(pad))),
                8 => s.push_str(cell),
                _ => s.push_str(&format!("{cell}{}  ", " ".repeat(pad))),
            }
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{}", line(&header.map(str::to_string)))?;
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

/// A source as JSON: its own fields, then its counts and the ids of the records citing it.
pub fn source_json(d: &Dataset, s: &Source, u: &SourceUse) -> serde_json::Value {
    let mut value = serde_json::to_value(s).unwrap_or_else(|e| json!({ "error": e.to_string() }));
    if let Some(map) = value.as_object_mut() {
        let ids: Vec<&str> = u
            .records
            .iter()
            .filter_map(|&r| d.get(r).map(|rec| rec.id()))
            .collect();
        map.insert("supports".into(), json!(u.supports));
        map.insert("disputes".into(), json!(u.disputes));
        map.insert("updates".into(), json!(u.updates));
        map.insert("records".into(), json!(ids));
    }
    value
}
