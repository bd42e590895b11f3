//! `visit-dash show ID`: one record with all its evidence: each source's words and
//! translation, or what it says, and its link.

use std::io::{self, Write};

use serde_json::json;

use super::list::record_json;
use crate::data::disagree::{date_short, figure_short};
use crate::data::{Dataset, Evidence, Lang, Record};
use crate::words::W;

/// Prints record `rec`; with `links`, each source address is an OSC 8 hyperlink (for a
/// terminal; never in a pipe or under `TERM=dumb`).
pub fn run(
    d: &Dataset,
    rec: Record<'_>,
    as_json: bool,
    lang: Lang,
    links: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    if as_json {
        serde_json::to_writer_pretty(&mut *out, &show_json(d, &rec))?;
        return writeln!(out);
    }
    for line in show_lines(d, &rec, lang) {
        match linked(d, &line).filter(|_| links) {
            Some(url) => {
                let indent = &line[..line.len() - line.trim_start().len()];
                writeln!(out, "{indent}{}", crate::ui::links::osc8(url, url))?
            }
            None => writeln!(out, "{line}")?,
        }
    }
    Ok(())
}

/// The source address a line of `show` is, if it is one.
fn linked<'d>(d: &'d Dataset, line: &str) -> Option<&'d str> {
    let text = line.trim();
    d.sources
        .iter()
        .filter_map(|s| s.url.as_deref())
        .find(|u| *u == text)
}

/// The record as `list --json` gives it, with the sources its evidence cites in full and
/// whether they disagree.
pub fn show_json(d: &Dataset, rec: &Record<'_>) -> serde_json::Value {
    let mut value = record_json(rec);
    let mut cited: Vec<&str> = Vec::new();
    for e in rec.evidence() {
        if !cited.contains(&e.source.as_str()) {
            cited.push(&e.source);
        }
    }
    let sources: Vec<serde_json::Value> = cited
        .iter()
        .filter_map(|id| d.source(id))
        .map(|s| serde_json::to_value(s).unwrap_or_else(|e| json!({ "error": e.to_string() })))
        .collect();
    if let Some(map) = value.as_object_mut() {
        map.insert("sources".into(), json!(sources));
        map.insert("sources_differ".into(), json!(rec.sources_disagree()));
    }
    value
}

/// The record as lines of plain text.
pub fn show_lines(d: &Dataset, rec: &Record<'_>, lang: Lang) -> Vec<String> {
    let one_line = |s: &str| s.replace('\n', " ");
    let mut out = vec![
        format!("{}  {}", rec.category().key(), rec.id()),
        one_line(rec.title().get(lang)),
    ];
    let mut field = |label: W, value: String| {
        if !value.is_empty() {
            out.push(format!("{}: {value}", label.get(lang)));
        }
    };
    field(W::ClaimedBy, rec.claimed_by().label(lang).to_string());
    field(W::NoveltyLabel, rec.novelty().label(lang).to_string());
    let status = rec
        .status()
        .map(|id| d.status(id).map_or(id, |s| s.name.get(lang)));
    field(W::Status, status.unwrap_or("").to_string());
    if let Some(e) = rec.event().and_then(|id| d.event(id)) {
        let place = e
            .place
            .as_deref()
            .map(|id| d.place(id).map_or(id, |p| p.name.get(lang)));
        let when: Vec<String> = std::iter::once(date_short(&e.date, lang))
            .chain(place.map(str::to_string))
            .collect();
        field(
            W::Event,
            format!("{} ({})", one_line(e.title.get(lang)), when.join(", ")),
        );
    }
    let names = |ids: &[crate::data::Clean], name: &dyn Fn(&str) -> Option<String>| {
        ids.iter()
            .map(|id| name(id).unwrap_or_else(|| id.to_string()))
            .collect::<Vec<_>>()
    };
    let mut places = names(rec.places(), &|id| {
        d.place(id).map(|p| p.name.get(lang).to_string())
    });
    places.extend(rec.place().map(|p| p.get(lang).to_string()));
    field(W::Places, places.join(", "));
    let sectors = names(rec.sectors(), &|id| {
        d.sector(id).map(|s| s.name.get(lang).to_string())
    });
    field(W::Sectors, sectors.join(", "));
    let companies = names(rec.companies(), &|id| {
        d.company(id).map(|c| c.name.get(lang).to_string())
    });
    field(W::Companies, companies.join(", "));
    let people = names(rec.people(), &|id| {
        d.person(id).map(|p| p.name.get(lang).to_string())
    });
    field(W::People, people.join(", "));
    for f in rec.figures() {
        let mut text = figure_short(f, lang);
        if let Some(h) = &f.horizon {
            text.push_str(&format!(" {}", h.get(lang)));
        }
        let text = match &f.source {
            Some(source) => d.attributed(text, source, f.date.as_deref(), lang),
            None => text,
        };
        field(W::Figure, format!("{}: {text}", f.label.get(lang)));
    }
    out.extend(d.disagreement_lines(rec, lang));
    out.push(String::new());
    match rec {
        Record::Quote(q) => {
            out.push(format!("«{}»", q.ru));
            out.push(format!("“{}”", q.en));
        }
        _ => out.push(rec.body(lang).to_string()),
    }
    out.push(String::new());
    out.push(W::EvidenceHeading.get(lang).to_string());
    for (i, e) in rec.evidence().iter().enumerate() {
        out.extend(evidence_lines(d, i + 1, e, lang));
    }
    out
}

/// "[1] BAQ.KZ · 5 Sep 2025 · interview · ru · paragraph 3 · supports", then the words.
fn evidence_lines(d: &Dataset, n: usize, e: &Evidence, lang: Lang) -> Vec<String> {
    let source = d.source(&e.source);
    let head = crate::ui::evidence::head(d, e, lang);
    let mut lines = vec![format!("[{n}] {head}")];
    let indent = |s: &str| format!("    {}", s.replace('\n', "\n    "));
    if let Some(x) = &e.excerpt {
        lines.push(indent(&format!("«{x}»")));
    }
    if let Some(t) = &e.translation {
        lines.push(indent(&format!("“{t}”")));
    }
    if let Some(note) = &e.note {
        lines.push(indent(note.get(lang)));
    }
    if let Some(url) = source.and_then(|s| s.url.as_deref()) {
        lines.push(indent(url));
    }
    lines
}
