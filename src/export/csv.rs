//! The CSV table: one row per record, for a spreadsheet.

use crate::app::text::{facts, figure_text};
use crate::app::App;
use crate::data::{Dataset, Evidence, RecordRef, Stage};

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 13] = [
    "category",
    "id",
    "title",
    "status",
    "stage",
    "sectors",
    "companies",
    "people",
    "place",
    "figures",
    "summary",
    "paragraphs",
    "sources",
];

/// Between the sources in the one cell of the `sources` column.
pub const SOURCES_SEPARATOR: &str = " | ";

/// A CSV table of `records`: a header row, then one row per record, in the app's language.
/// Rows end in CRLF, as RFC 4180 has it.
pub fn csv(app: &App, records: &[RecordRef]) -> String {
    let d = app.data();
    let lang = app.lang();
    let mut out = csv_row(CSV_HEADER.iter().map(|s| s.to_string()));
    for &r in records {
        let Some(rec) = d.get(r) else { continue };
        let f = facts(d, &rec, lang);
        let figures: Vec<String> = rec
            .figures()
            .iter()
            .map(|x| format!("{}: {}", x.label.get(lang), figure_text(x, lang)))
            .collect();
        let paragraphs: Vec<String> = rec.cited_paragraphs().iter().map(u32::to_string).collect();
        out.push_str(&csv_row([
            r.category.key().to_string(),
            rec.id().to_string(),
            rec.title().get(lang).to_string(),
            f.status.unwrap_or_default(),
            app.stage(r).map(stage_key).unwrap_or_default().to_string(),
            f.sectors.join("; "),
            f.companies.join("; "),
            f.people.join("; "),
            rec.place()
                .map(|p| p.get(lang).to_string())
                .unwrap_or_default(),
            figures.join("; "),
            rec.body(lang).to_string(),
            paragraphs.join("; "),
            sources_cell(d, rec.evidence()),
        ]));
    }
    out
}

/// Every source a record cites, once each in the order cited: "Outlet URL", or the outlet
/// alone where the source has no address, joined by " | " into one cell.
fn sources_cell(d: &Dataset, evidence: &[Evidence]) -> String {
    let mut seen: Vec<&str> = Vec::new();
    let mut parts = Vec::new();
    for e in evidence {
        if seen.contains(&e.source.as_str()) {
            continue;
        }
        seen.push(e.source.as_str());
        parts.push(match d.source(&e.source) {
            Some(s) => match s.url.as_deref() {
                Some(url) => format!("{} {url}", s.outlet),
                None => s.outlet.to_string(),
            },
            None => e.source.to_string(),
        });
    }
    parts.join(SOURCES_SEPARATOR)
}

fn stage_key(s: Stage) -> &'static str {
    match s {
        Stage::Achieved => "achieved",
        Stage::Underway => "underway",
        Stage::Intended => "intended",
    }
}

fn csv_row(fields: impl IntoIterator<Item = String>) -> String {
    let mut row = fields
        .into_iter()
        .map(|f| csv_field(&f))
        .collect::<Vec<_>>()
        .join(",");
    row.push_str("\r\n");
    row
}

/// One field, defused and quoted as needed.
pub fn csv_field(s: &str) -> String {
    // A spreadsheet runs a cell that starts like a formula; an apostrophe keeps it text.
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(csv_field("+1"), "'+1");
        assert_eq!(csv_field("-1"), "'-1");
        assert_eq!(csv_field("@cmd"), "'@cmd");
        assert_eq!(csv_field("=a,b"), "\"'=a,b\"");
        assert_eq!(csv_field(""), "");
    }
}
