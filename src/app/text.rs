//! Records as plain text: what `y` copies and what exports build on.

use crate::data::{Dataset, Evidence, Figure, Lang, Record, RecordRef};
use crate::words::{say, W};

/// A figure as one phrase: "more than 20 documents (in the coming years)".
pub fn figure_text(f: &Figure, lang: Lang) -> String {
    let mut s = String::new();
    if let Some(q) = &f.qualifier {
        s.push_str(q.get(lang));
        s.push(' ');
    }
    s.push_str(&format_value(f.value));
    s.push(' ');
    s.push_str(f.unit.get(lang));
    if let Some(h) = &f.horizon {
        s.push_str(&format!(" ({})", h.get(lang)));
    }
    s
}

/// 20 -> "20", 2.5 -> "2.5": figures show as the article writes them.
pub fn format_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Labelled names of the vocabulary and people a record refers to.
pub struct Facts {
    pub status: Option<String>,
    pub sectors: Vec<String>,
    pub companies: Vec<String>,
    pub people: Vec<String>,
}

pub fn facts(d: &Dataset, rec: &Record<'_>, lang: Lang) -> Facts {
    let name = |t: &crate::data::Text| t.get(lang).to_string();
    Facts {
        status: rec.status().map(|s| {
            d.status(s)
                .map_or_else(|| s.to_string(), |st| name(&st.name))
        }),
        sectors: rec
            .sectors()
            .iter()
            .map(|s| d.sector(s).map_or_else(|| s.to_string(), |x| name(&x.name)))
            .collect(),
        companies: rec
            .companies()
            .iter()
            .map(|c| {
                d.company(c)
                    .map_or_else(|| c.to_string(), |x| name(&x.name))
            })
            .collect(),
        people: rec
            .people()
            .iter()
            .map(|p| {
                d.person(p).map_or_else(
                    || p.to_string(),
                    |x| format!("{}, {}", name(&x.name), name(&x.role)),
                )
            })
            .collect(),
    }
}

/// "BAQ.KZ, 2025-09-05, paragraph 12" in the reader's language, one such part per item of
/// evidence, joined by "; ".
pub fn source_line(d: &Dataset, evidence: &[Evidence], lang: Lang) -> String {
    source_parts(d, evidence, lang).join("; ")
}

/// The parts of [`source_line`], one per item of evidence, in order.
pub fn source_parts(d: &Dataset, evidence: &[Evidence], lang: Lang) -> Vec<String> {
    evidence
        .iter()
        .map(|e| {
            let source = d.source(&e.source);
            let mut part: Vec<String> =
                vec![source.map_or(e.source.to_string(), |s| s.outlet.to_string())];
            if let Some(date) = e
                .date
                .as_deref()
                .or(source.and_then(|s| s.published.as_deref()))
            {
                part.push(date.to_string());
            }
            if !e.paragraphs.is_empty() {
                let list: Vec<String> = e.paragraphs.iter().map(u32::to_string).collect();
                let noun = if e.paragraphs.len() == 1 {
                    say(W::Paragraph, lang)
                } else {
                    say(W::Paragraphs, lang)
                };
                part.push(format!("{noun} {}", list.join(", ")));
            }
            part.join(", ")
        })
        .collect()
}

/// Everything about one record as plain text.
pub fn record_text(d: &Dataset, r: RecordRef, lang: Lang) -> String {
    let Some(rec) = d.get(r) else {
        return String::new();
    };
    let f = facts(d, &rec, lang);
    let mut out = vec![rec.title().get(lang).to_string()];
    let mut field = |label: W, value: String| {
        if !value.is_empty() {
            out.push(format!("{}: {value}", say(label, lang)));
        }
    };
    if let Record::Quote(_) = rec {
        field(W::Speaker, f.people.join("; "));
    } else {
        field(W::People, f.people.join("; "));
    }
    field(W::Status, f.status.unwrap_or_default());
    field(W::Companies, f.companies.join(", "));
    field(W::Sectors, f.sectors.join(", "));
    field(
        W::Place,
        rec.place()
            .map(|p| p.get(lang).to_string())
            .unwrap_or_default(),
    );
    let figures: Vec<String> = rec
        .figures()
        .iter()
        .map(|x| format!("{}: {}", x.label.get(lang), figure_text(x, lang)))
        .collect();
    field(W::Figures, figures.join("; "));
    out.push(String::new());
    match rec {
        Record::Quote(q) => {
            out.push(format!("«{}»", q.ru));
            out.push(format!("“{}”", q.en));
        }
        _ => out.push(rec.body(lang).to_string()),
    }
    out.push(String::new());
    out.push(format!(
        "{}: {}",
        say(W::Source, lang),
        source_line(d, rec.evidence(), lang)
    ));
    // Each cited page's address, so a copied record can be checked.
    let mut seen = Vec::new();
    for e in rec.evidence() {
        let Some(s) = d.source(&e.source) else {
            continue;
        };
        if let Some(url) = s.url.as_deref().filter(|u| !seen.contains(u)) {
            seen.push(url);
            out.push(format!("  {}: {url}", s.outlet));
        }
    }
    out.join("\n")
}

/// Where a record is: its free-text place, else the names of its places.
pub fn places_text(d: &Dataset, rec: &Record<'_>, lang: Lang) -> String {
    match rec.place() {
        Some(p) => p.get(lang).to_string(),
        None => rec
            .places()
            .iter()
            .map(|id| d.place(id).map_or(id.as_str(), |p| p.name.get(lang)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}
