//! Exports of what the dashboard shows: a Markdown brief to send, a CSV table for a
//! spreadsheet, or a JSON dataset that the dashboard can open again.
//!
//! Everything here is pure text building except [`write_atomic`], so the dashboard and the
//! command line produce the same bytes.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::app::text::{facts, figure_text, source_line, word};
use crate::app::App;
use crate::data::{Category, Dataset, Lang, Record, RecordRef, Stage};

/// What an export is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A Markdown brief
    Md,
    /// A CSV table, one row per record
    Csv,
    /// A dataset in the dashboard's own format
    Json,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Json => "json",
        }
    }

    /// The export of `records` in this format.
    pub fn render(self, app: &App, records: &[RecordRef]) -> String {
        match self {
            Format::Md => markdown(app, records),
            Format::Csv => csv(app, records),
            Format::Json => json(app, records),
        }
    }
}

/// The records the app shows, in display order: every category's, or only `tab`'s.
pub fn selection(app: &App, tab: Option<Category>) -> Vec<RecordRef> {
    Category::ALL
        .into_iter()
        .filter(|&c| tab.is_none_or(|t| t == c))
        .flat_map(|c| app.list(c).rows.iter().map(|h| h.record))
        .collect()
}

/// Words of the brief that the interface does not use elsewhere.
fn say(key: &'static str, lang: Lang) -> &'static str {
    let ru = match key {
        "as of" => "по состоянию на",
        "interviewee" => "собеседник",
        "Filter" => "Фильтр",
        "search" => "поиск",
        "sector" => "отрасль",
        "No records match the filter." => "Под фильтр не попала ни одна запись.",
        "original" => "оригинал",
        "translation" => "перевод",
        _ => return word(key, lang),
    };
    match lang {
        Lang::En => key,
        Lang::Ru => ru,
    }
}

/// A Markdown brief of `records`, in the app's language.
pub fn markdown(app: &App, records: &[RecordRef]) -> String {
    let d = &app.data;
    let lang = app.lang;
    let mut out = String::new();

    para(&mut out, format!("# {}", heading(d.visit.title.get(lang))));
    para(
        &mut out,
        format!(
            "{} · {}, {} · {} {}",
            inline(d.visit.event.get(lang)),
            inline(d.visit.place.get(lang)),
            inline(d.visit.host.get(lang)),
            say("as of", lang),
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
            word("Source", lang),
            inline(&s.outlet),
            inline(s.kind.label(lang)),
            inline(s.published.as_deref().unwrap_or("")),
        ),
        _ => format!("**{}:** {}", word("Source", lang), d.sources_words(lang)),
    };
    if let Some(p) = d.interviewee() {
        let who = format!(
            "{} ({})",
            inline(p.name.get(lang)),
            inline(p.role.get(lang))
        );
        source.push_str(&format!("; {}: {who}", say("interviewee", lang)));
    }
    para(&mut out, source);
    para(&mut out, block(d.visit.summary.get(lang)));
    if app.filtering() {
        para(&mut out, filter_line(app, records.len()));
    }
    if records.is_empty() {
        para(
            &mut out,
            say("No records match the filter.", lang).to_string(),
        );
    }

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
            record_markdown(&mut out, d, &rec, lang);
        }
    }
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
    let lang = app.lang;
    let mut parts = Vec::new();
    let query = app.query.trim();
    if !query.is_empty() {
        let (open, close) = match lang {
            Lang::En => ('“', '”'),
            Lang::Ru => ('«', '»'),
        };
        parts.push(format!(
            "{} {open}{}{close}",
            say("search", lang),
            inline(query)
        ));
    }
    if let Some(id) = app.sector_id() {
        let name = app.data.sector(id).map_or(id, |s| s.name.get(lang));
        parts.push(format!("{} {}", say("sector", lang), inline(name)));
    }
    let total: usize = Category::ALL.into_iter().map(|c| app.data.len(c)).sum();
    let count = match lang {
        Lang::En => format!("Showing {shown} of {total} records."),
        Lang::Ru => format!("Показано записей: {shown} из {total}."),
    };
    format!("**{}:** {}. {count}", say("Filter", lang), parts.join("; "))
}

fn record_markdown(out: &mut String, d: &Dataset, rec: &Record<'_>, lang: Lang) {
    let f = facts(d, rec, lang);
    out.push_str(&format!("### {}\n\n", heading(rec.title().get(lang))));
    let mut bullets = Vec::new();
    // A person's name carries a comma before the role, so people and figures take "; ".
    let mut bullet = |label: &'static str, values: &[String], sep: &str| {
        if !values.is_empty() {
            let values: Vec<String> = values.iter().map(|v| inline(v)).collect();
            bullets.push(format!("- **{}:** {}", word(label, lang), values.join(sep)));
        }
    };
    bullet("Status", f.status.as_slice(), ", ");
    bullet("Companies", &f.companies, ", ");
    bullet("Sectors", &f.sectors, ", ");
    let place: Vec<String> = rec
        .place()
        .map(|p| p.get(lang).to_string())
        .into_iter()
        .collect();
    bullet("Place", &place, ", ");
    // A quote's speaker is its attribution, below the words.
    if !matches!(rec, Record::Quote(_)) {
        bullet("People", &f.people, "; ");
    }
    let figures: Vec<String> = rec
        .figures()
        .iter()
        .map(|x| format!("{}: {}", x.label.get(lang), figure_text(x, lang)))
        .collect();
    bullet("Figures", &figures, "; ");
    if !bullets.is_empty() {
        out.push_str(&bullets.join("\n"));
        out.push_str("\n\n");
    }
    match rec {
        Record::Quote(q) => {
            let mut lines = vec![
                quoted(&format!("«{}» *({})*", block(&q.ru), say("original", lang))),
                ">".to_string(),
                quoted(&format!(
                    "“{}” *({})*",
                    block(&q.en),
                    say("translation", lang)
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
    out.push_str(&format!(
        "*{}: {}*\n\n",
        word("Source", lang),
        inline(&source_line(d, rec.evidence(), lang))
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

/// The CSV columns, in order.
pub const CSV_HEADER: [&str; 12] = [
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
];

/// A CSV table of `records`: a header row, then one row per record, in the app's language.
/// Rows end in CRLF, as RFC 4180 has it.
pub fn csv(app: &App, records: &[RecordRef]) -> String {
    let d = &app.data;
    let lang = app.lang;
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
        ]));
    }
    out
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

/// A dataset holding only `records`, everything else kept, pretty-printed: it validates,
/// so `check` accepts it and `--data` opens it. Records stay in file order, since a
/// dataset's lists follow the article and the dashboard's "article order" relies on it.
pub fn json(app: &App, records: &[RecordRef]) -> String {
    let d = &app.data;
    let mut keep: Vec<RecordRef> = records.to_vec();
    keep.sort_unstable();
    keep.dedup();
    let pick = |c: Category| -> Vec<usize> {
        keep.iter()
            .filter(|r| r.category == c)
            .map(|r| r.index)
            .collect()
    };
    let out = Dataset {
        agreements: take(&d.agreements, &pick(Category::Agreements)),
        investments: take(&d.investments, &pick(Category::Investments)),
        corridors: take(&d.corridors, &pick(Category::Corridors)),
        quotes: take(&d.quotes, &pick(Category::Quotes)),
        // Everything else whole; the record lists above are all that a view narrows.
        format: d.format,
        sources: d.sources.clone(),
        events: d.events.clone(),
        visit: d.visit.clone(),
        vocabulary: d.vocabulary.clone(),
        people: d.people.clone(),
        companies: d.companies.clone(),
        context: d.context.clone(),
        investment_pattern: d.investment_pattern.clone(),
    };
    match serde_json::to_string_pretty(&out) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        // The schema's types serialize infallibly; this only guards the signature.
        Err(e) => format!("{{\"error\": {:?}}}\n", e.to_string()),
    }
}

fn take<T: Clone>(list: &[T], indices: &[usize]) -> Vec<T> {
    indices
        .iter()
        .filter_map(|&i| list.get(i).cloned())
        .collect()
}

/// Longest stem after `visit-dash-`, so names stay well inside file system limits.
const MAX_STEM: usize = 60;

/// A file name after the view: `visit-dash-investments-sinopek.md`, `visit-dash-all.csv`.
/// Only ASCII letters, digits and dashes, whatever was typed.
pub fn file_name(app: &App, tab: Option<Category>, format: Format) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = tab {
        parts.push(c.key().to_string());
    }
    parts.push(slug(&crate::translit::fold(app.query.trim())));
    if let Some(id) = app.sector_id() {
        parts.push(slug(id));
    }
    parts.retain(|p| !p.is_empty());
    let mut stem = parts.join("-");
    if stem.len() > MAX_STEM {
        stem.truncate(MAX_STEM);
        stem.truncate(stem.trim_end_matches('-').len());
    }
    if stem.is_empty() {
        stem.push_str("all");
    }
    format!("visit-dash-{stem}.{}", format.extension())
}

/// Lowercase ASCII letters and digits, runs of anything else as one dash.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(out.trim_end_matches('-').len());
    out
}

/// Writes `bytes` to `path` so that it holds either its old content or all of the new:
/// a temporary file in the same directory is written, synced, then renamed over `path`.
/// An existing `path` is refused unless `force`.
pub fn write_atomic(path: &Path, bytes: &[u8], force: bool) -> io::Result<()> {
    if let Ok(meta) = fs::symlink_metadata(path) {
        if meta.is_dir() {
            return Err(io::Error::other(format!(
                "{} is a directory",
                path.display()
            )));
        }
        if !force {
            return Err(exists(path));
        }
    }
    let (tmp, mut file) = temp_beside(path)?;
    let result = (|| {
        file.write_all(bytes)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        if force {
            fs::rename(&tmp, path)
        } else {
            place_new(&tmp, path)
        }
    })();
    if result.is_err() {
        // Best effort: the error that matters is the one being returned.
        let _ = fs::remove_file(&tmp);
        return result;
    }
    sync_dir(path);
    Ok(())
}

fn exists(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{} already exists; pass --force to overwrite it",
            path.display()
        ),
    )
}

/// Moves `tmp` to `path` unless something appeared there since the check: a hard link
/// fails rather than replace, where the file system has them.
fn place_new(tmp: &Path, path: &Path) -> io::Result<()> {
    match fs::hard_link(tmp, path) {
        Ok(()) => fs::remove_file(tmp),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(exists(path)),
        // No hard links here (some network and FAT volumes): the earlier check stands.
        Err(_) => {
            if fs::symlink_metadata(path).is_ok() {
                return Err(exists(path));
            }
            fs::rename(tmp, path)
        }
    }
}

/// A new, uniquely named file next to `path`, so the final rename stays on one file system.
fn temp_beside(path: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    // Leaves room for the suffix within the usual 255-byte limit on a name.
    let name: String = name.chars().take(64).collect();
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |t| t.subsec_nanos());
    let mut last = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}-{nanos}-{n}.tmp", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("cannot create a temporary file")))
}

/// Makes the rename itself durable; where a directory cannot be synced, the data still is.
fn sync_dir(path: &Path) {
    #[cfg(unix)]
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() {
            Path::new(".")
        } else {
            dir
        };
        if let Ok(d) = File::open(dir) {
            let _ = d.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = path;
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

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("\"sinopek\""), "sinopek");
        assert_eq!(slug("Oil & gas / 2025"), "oil-gas-2025");
        assert_eq!(slug("天津"), "");
        assert_eq!(slug("smart_cities.v2"), "smart-cities-v2");
    }
}
