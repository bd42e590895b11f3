//! The search's results across every view, ranked as one list, in place of the Overview's
//! body while a query is on: each with its category, its title, and where it matched
//! (`companies`, `evidence (Kazinform): …the words…`); an event with its title and day, a
//! source with its outlet, day and headline.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::rows::{self, Rows};
use super::theme::Theme;
use crate::app::layout::table_rows;
use crate::app::results::ResultRow;
use crate::app::App;
use crate::data::disagree::date_short;
use crate::data::Lang;
use crate::search::{highlight, FieldKind, ItemRef, Matched, MatchedFields};
use crate::words::{count, say, Noun, W};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let results = app.results();
    let cursor = results.cursor();
    let window = usize::from(table_rows(area).height);
    // Only the rows on screen are explained: working out where a hit matched reads all
    // its texts again.
    let explain = MatchedFields::new(app.data());
    let rows = results
        .rows()
        .iter()
        .skip(cursor.offset)
        .take(window)
        .filter_map(|row| match *row {
            ResultRow::Record(h) => {
                let rec = app.data().get(h.record)?;
                let matched = explain.record_texts(h.record, app.query());
                Some(vec![
                    Line::styled(rec.category().label(lang), theme.muted),
                    Line::styled(
                        rec.title().get(lang).to_string(),
                        theme.stage(app.stage(h.record)),
                    ),
                    Line::styled(matched_in(&matched, app.query(), lang), theme.label),
                ])
            }
            ResultRow::Item(h) => {
                let (category, title) = item_cells(app, h.item)?;
                let fields: Vec<&str> = explain
                    .item(h.item, app.query())
                    .into_iter()
                    .map(|k| label(k).get(lang))
                    .collect();
                Some(vec![
                    Line::styled(say(category, lang), theme.muted),
                    Line::styled(title, theme.base),
                    Line::styled(fields.join(" · "), theme.label),
                ])
            }
        })
        .collect();
    let (records, events, sources) = results.counts();
    let mut found = vec![count(records, Noun::Record, lang)];
    for (n, noun) in [(events, Noun::Event), (sources, Noun::Source)] {
        if n > 0 {
            found.push(count(n, noun, lang));
        }
    }
    let title = format!(
        " {}: {} · {} ",
        say(W::Results, lang),
        found.join(", "),
        say(W::EnterOpens, lang)
    );
    let width = area.width.saturating_sub(2);
    let t = Rows {
        title,
        headers: vec![
            say(W::Category, lang),
            say(W::Title, lang),
            say(W::MatchedIn, lang),
        ],
        widths: vec![12, 0, (width / 3).clamp(16, 48)],
        rows,
    };
    rows::render(t, cursor, true, area, buf, theme);
}

/// An event's or a source's category and what stands in the title column: an event's
/// title and day, a source's outlet, day and headline.
fn item_cells(app: &App, item: ItemRef) -> Option<(W, String)> {
    let lang = app.lang();
    match item {
        ItemRef::Event(i) => {
            let e = app.data().events.get(i)?;
            let date = date_short(&e.date, lang);
            Some((W::Event, format!("{} · {date}", e.title.get(lang))))
        }
        ItemRef::Source(i) => {
            let s = app.data().sources.get(i)?;
            let mut parts = vec![s.outlet.to_string()];
            parts.extend(s.published.as_deref().map(|d| date_short(d, lang)));
            parts.extend(s.title.as_ref().map(|t| t.get(lang).to_string()));
            Some((W::Source, parts.join(" · ")))
        }
    }
}

/// Where a hit matched, in a few words: the record's own fields (`title · companies`),
/// then its event, then the first source whose evidence matched, by outlet. When only the
/// evidence matched, the words there that did (`evidence (Kazinform): …the words…`).
pub fn matched_in(matched: &[Matched<'_>], query: &str, lang: Lang) -> String {
    let mut own: Vec<&str> = Vec::new();
    for m in matched.iter().filter(|m| !m.kind.is_evidence()) {
        let label = label(m.kind).get(lang);
        if !own.contains(&label) {
            own.push(label);
        }
    }
    let Some(ev) = matched.iter().find(|m| m.kind.is_evidence()) else {
        return own.join(" · ");
    };
    let outlet = ev
        .source
        .map_or(String::new(), |s| format!(" ({})", s.outlet));
    let evidence = format!("{}{outlet}", say(W::InEvidence, lang));
    if !own.is_empty() {
        return format!("{} · {evidence}", own.join(" · "));
    }
    // The source's own words around the first that matched; an outlet is enough alone.
    if ev.kind == FieldKind::Outlet {
        return evidence;
    }
    format!("{evidence}: {}", around(ev.text, query))
}

/// `text` from the start of the first word `query` matches: the column is narrow, so
/// what matched comes first.
fn around(text: &str, query: &str) -> String {
    let first = highlight(query, text).first().copied().unwrap_or(0);
    let chars: Vec<char> = text.chars().collect();
    let mut from = first.min(chars.len());
    while from > 0 && chars.get(from - 1).is_some_and(|c| c.is_alphanumeric()) {
        from -= 1;
    }
    let rest: String = chars.get(from..).unwrap_or_default().iter().collect();
    if from > 0 {
        format!("…{}", rest.trim_start())
    } else {
        rest
    }
}

fn label(kind: FieldKind) -> W {
    match kind {
        FieldKind::Title => W::InTitle,
        FieldKind::Aliases => W::InAliases,
        FieldKind::Companies => W::InCompanies,
        FieldKind::People => W::InPeople,
        FieldKind::Sectors => W::InSectors,
        FieldKind::Status => W::InStatus,
        FieldKind::Place => W::InPlace,
        FieldKind::Summary => W::InSummary,
        FieldKind::Quote => W::InQuote,
        FieldKind::Event => W::InEvent,
        FieldKind::Date => W::InDate,
        FieldKind::Host => W::InHost,
        FieldKind::Outlet => W::InOutlet,
        // Only a source's own row shows it so; a record's is in its evidence.
        FieldKind::Source => W::InHeadline,
        FieldKind::Excerpt | FieldKind::Translation | FieldKind::Note => W::InEvidence,
    }
}
