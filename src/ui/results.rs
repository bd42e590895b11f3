//! The search's results across every view, ranked as one list, in place of the Overview's
//! body while a query is on: each with its category, its title, and where it matched
//! (`companies`, `evidence (Kazinform): …the words…`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::rows::{self, Rows};
use super::theme::Theme;
use crate::app::layout::table_rows;
use crate::app::App;
use crate::data::Lang;
use crate::search::{highlight, FieldKind, Matched, MatchedFields};
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
        .filter_map(|h| {
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
        })
        .collect();
    let title = format!(
        " {}: {} · {} ",
        say(W::Results, lang),
        count(results.rows().len(), Noun::Record, lang),
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
        FieldKind::Outlet
        | FieldKind::Source
        | FieldKind::Excerpt
        | FieldKind::Translation
        | FieldKind::Note => W::InEvidence,
    }
}
