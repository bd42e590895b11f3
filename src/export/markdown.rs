//! The Markdown brief: a document to send, readable as plain text too.

use crate::app::text::{facts, figure_text, source_parts};
use crate::app::App;
use crate::data::{Category, Dataset, Lang, Record, RecordRef};
use crate::words::{say, W};

/// A Markdown brief of `records`, in the app's language.
pub fn markdown(app: &App, records: &[RecordRef]) -> String {
    let d = app.data();
    let lang = app.lang();
    let mut out = String::new();

    para(&mut out, format!("# {}", heading(d.visit.title.get(lang))));
    para(
        &mut out,
        format!(
            "{} · {}, {} · {} {}",
            inline(d.visit.event.get(lang)),
            inline(d.visit.place.get(lang)),
            inline(d.visit.host.get(lang)),
            say(W::AsOf, lang),
            inline(
                d.lead_source()
                    .and_then(|s| s.published.as_deref())
                    .unwrap_or("")
            ),
        ),
    );
    let mut source = match d.lead_source() {
        Some(s) if d.sources.len() == 1 => format!(
            "**{}:** {} — {}, {}",
            say(W::Source, lang),
            inline(&s.outlet),
            inline(s.kind.label(lang)),
            inline(s.published.as_deref().unwrap_or("")),
        ),
        _ => format!("**{}:** {}", say(W::Source, lang), d.sources_words(lang)),
    };
    if let Some(p) = d.interviewee() {
        let who = format!(
            "{} ({})",
            inline(p.name.get(lang)),
            inline(p.role.get(lang))
        );
        source.push_str(&format!("; {}: {who}", say(W::Interviewee, lang)));
    }
    para(&mut out, source);
    para(&mut out, block(d.visit.summary.get(lang)));
    if app.filtering() {
        para(&mut out, filter_line(app, records.len()));
    }
    if records.is_empty() {
        para(&mut out, say(W::NoRecordsMatchFilter, lang).to_string());
    }

    let mut notes = Footnotes::default();
    for c in Category::ALL {
        let recs: Vec<Record<'_>> = records
            .iter()
            .filter(|r| r.category == c)
            .filter_map(|&r| d.get(r))
            .collect();
        if recs.is_empty() {
            continue;
        }
        para(&mut out, format!("## {}", c.label(lang)));
        for rec in recs {
            record_markdown(&mut out, d, &rec, lang, &mut notes);
        }
    }
    notes.write(&mut out, d);
    // One trailing newline, as text files end.
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

/// Appends a paragraph (or any block) and the blank line that ends it.
fn para(out: &mut String, text: String) {
    out.push_str(&text);
    out.push_str("\n\n");
}

/// "Filter: search “sinopek”; sector Energy. Showing 2 of 22 records."
fn filter_line(app: &App, shown: usize) -> String {
    let lang = app.lang();
    let mut parts = Vec::new();
    let query = app.query().trim();
    if !query.is_empty() {
        let (open, close) = (say(W::QuoteOpen, lang), say(W::QuoteClose, lang));
        parts.push(format!(
            "{} {open}{}{close}",
            say(W::SearchLower, lang),
            inline(query)
        ));
    }
    for f in app.filters().iter() {
        if let Some(v) = app.data().value(f.dimension, f.value) {
            let label = f.dimension.label(lang);
            parts.push(format!("{label} {}", inline(v.name(lang))));
        }
    }
    let total: usize = Category::ALL.into_iter().map(|c| app.data().len(c)).sum();
    let count = say(W::ShowingOfTotal, lang)
        .replace("{shown}", &shown.to_string())
        .replace("{total}", &total.to_string());
    format!(
        "**{}:** {}. {count}",
        say(W::Filter, lang),
        parts.join("; ")
    )
}

/// The sources the brief cites, each numbered once, in the order first cited: the record's
/// source line points at them (`[^2]`) and the brief ends with their outlet, date and address.
#[derive(Default)]
struct Footnotes {
    sources: Vec<String>,
}

impl Footnotes {
    /// The number of source `id`'s footnote, given it on its first citation.
    fn number(&mut self, id: &str) -> usize {
        match self.sources.iter().position(|s| s == id) {
            Some(i) => i + 1,
            None => {
                self.sources.push(id.to_string());
                self.sources.len()
            }
        }
    }

    /// `[^1]: Outlet, 2025-09-02, <https://...>`, one line per source cited.
    fn write(&self, out: &mut String, d: &Dataset) {
        let lines: Vec<String> = self
            .sources
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let mut parts = Vec::new();
                match d.source(id) {
                    Some(s) => {
                        parts.push(inline(&s.outlet));
                        parts.extend(s.published.as_deref().map(inline));
                        parts.extend(s.url.as_deref().map(link));
                    }
                    None => parts.push(inline(id)),
                }
                format!("[^{}]: {}", i + 1, parts.join(", "))
            })
            .collect();
        if !lines.is_empty() {
            para(out, lines.join("\n"));
        }
    }
}

/// A URL as an autolink; one that an autolink cannot hold stays escaped text.
fn link(url: &str) -> String {
    if url.contains(['<', '>']) || url.chars().any(char::is_whitespace) {
        inline(url)
    } else {
        format!("<{url}>")
    }
}

fn record_markdown(
    out: &mut String,
    d: &Dataset,
    rec: &Record<'_>,
    lang: Lang,
    notes: &mut Footnotes,
) {
    let f = facts(d, rec, lang);
    out.push_str(&format!("### {}\n\n", heading(rec.title().get(lang))));
    let mut bullets = Vec::new();
    // A person's name carries a comma before the role, so people and figures take "; ".
    let mut bullet = |label: W, values: &[String], sep: &str| {
        if !values.is_empty() {
            let values: Vec<String> = values.iter().map(|v| inline(v)).collect();
            bullets.push(format!("- **{}:** {}", say(label, lang), values.join(sep)));
        }
    };
    bullet(W::Status, f.status.as_slice(), ", ");
    bullet(W::Companies, &f.companies, ", ");
    bullet(W::Sectors, &f.sectors, ", ");
    let place: Vec<String> = rec
        .place()
        .map(|p| p.get(lang).to_string())
        .into_iter()
        .collect();
    bullet(W::Place, &place, ", ");
    // A quote's speaker is its attribution, below the words.
    if !matches!(rec, Record::Quote(_)) {
        bullet(W::People, &f.people, "; ");
    }
    let figures: Vec<String> = rec
        .figures()
        .iter()
        .map(|x| format!("{}: {}", x.label.get(lang), figure_text(x, lang)))
        .collect();
    bullet(W::Figures, &figures, "; ");
    if !bullets.is_empty() {
        out.push_str(&bullets.join("\n"));
        out.push_str("\n\n");
    }
    match rec {
        Record::Quote(q) => {
            let mut lines = vec![
                quoted(&format!(
                    "«{}» *({})*",
                    block(&q.ru),
                    say(W::OriginalLower, lang)
                )),
                ">".to_string(),
                quoted(&format!(
                    "“{}” *({})*",
                    block(&q.en),
                    say(W::TranslationLower, lang)
                )),
            ];
            if let Some(who) = f.people.first() {
                lines.push(">".to_string());
                lines.push(format!("> — {}", inline(who)));
            }
            out.push_str(&lines.join("\n"));
        }
        _ => out.push_str(&block(rec.body(lang))),
    }
    out.push_str("\n\n");
    let cited: Vec<String> = source_parts(d, rec.evidence(), lang)
        .iter()
        .zip(rec.evidence())
        .map(|(part, e)| format!("{}[^{}]", inline(part), notes.number(&e.source)))
        .collect();
    out.push_str(&format!(
        "*{}: {}*\n\n",
        say(W::Source, lang),
        cited.join("; ")
    ));
}

/// Prefixes every line of already escaped text as a blockquote.
fn quoted(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                ">".to_string()
            } else {
                format!("> {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Data text on one line (a heading, a bullet), with Markdown syntax neutralised.
fn inline(s: &str) -> String {
    escape_line(&one_line(s), false)
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A heading's text: also no `#`, which a heading would drop at its end.
fn heading(s: &str) -> String {
    escape_line(&one_line(s), true)
}

/// Data text that may run over several lines (a summary), line breaks kept.
fn block(s: &str) -> String {
    s.lines()
        .map(|l| escape_line(l.trim(), false))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Backslash-escapes what Markdown would read as syntax in one line of text: emphasis,
/// code, links, HTML, tables, and at the line's start headings, quotes, lists and rules.
/// Plain prose passes through unchanged, so the brief stays readable as text too.
fn escape_line(line: &str, heading: bool) -> String {
    let mut out = String::with_capacity(line.len());
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' => true,
            // An entity such as `&copy;` would turn into a symbol.
            '&' => {
                let name = chars[i + 1..]
                    .iter()
                    .take_while(|c| **c == '#' || c.is_ascii_alphanumeric())
                    .count();
                name > 0 && chars.get(i + 1 + name) == Some(&';')
            }
            '#' => i == 0 || heading,
            '>' | '-' | '+' | '=' => i == 0,
            // "1. " or "1) " at the start would begin an ordered list.
            '.' | ')' => {
                chars[..i].iter().all(char::is_ascii_digit)
                    && i > 0
                    && next.is_none_or(char::is_whitespace)
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_prose_is_left_alone() {
        let s = "Kazakhstan's cargo (10 million tonnes) — «Синопек», 2025-09-05.";
        assert_eq!(inline(s), s);
    }

    #[test]
    fn markdown_syntax_is_escaped() {
        assert_eq!(inline("# Title"), "\\# Title");
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("*bold* and _it_"), "\\*bold\\* and \\_it\\_");
        assert_eq!(inline("run `rm`"), "run \\`rm\\`");
        assert_eq!(inline("[x](http://e)"), "\\[x\\](http://e)");
        assert_eq!(inline("<script>"), "\\<script>");
        assert_eq!(inline("AT&T &amp;"), "AT&T \\&amp;");
        assert_eq!(inline("> quote"), "\\> quote");
        assert_eq!(inline("- item"), "\\- item");
        assert_eq!(inline("12. item"), "12\\. item");
        assert_eq!(inline("12.5 tonnes"), "12.5 tonnes");
        assert_eq!(heading("C# and #1"), "C\\# and \\#1");
    }

    #[test]
    fn line_starts_are_escaped_on_every_line() {
        assert_eq!(block("one\n# two\n  - three"), "one\n\\# two\n\\- three");
        assert_eq!(block("a\n===\n"), "a\n\\===");
    }

    #[test]
    fn inline_text_is_one_line() {
        assert_eq!(inline("a\n\nb  c"), "a b c");
    }
}
