//! The evidence of a record or event: each source with who published it and when, what
//! kind of source it is, its words with a translation or our note, and its address.

use ratatui::text::{Line, Span};

use super::theme::Theme;
use crate::app::App;
use crate::data::disagree::date_short;
use crate::data::{Dataset, Evidence, Lang, Stance};
use crate::words::{count, say, Noun, W};

/// "BAQ.KZ · 5 Sep 2025 · interview · ru · paragraph 12 · supports": one source's line.
pub fn head(d: &Dataset, e: &Evidence, lang: Lang) -> String {
    let source = d.source(&e.source);
    let mut head = vec![source.map_or(e.source.to_string(), |s| s.outlet.to_string())];
    let date = e
        .date
        .as_deref()
        .or_else(|| source.and_then(|s| s.published.as_deref()));
    head.extend(date.map(|x| date_short(x, lang)));
    if let Some(s) = source {
        head.push(s.kind.label(lang).to_lowercase());
        head.push(s.language.to_string());
    }
    if !e.paragraphs.is_empty() {
        let list: Vec<String> = e.paragraphs.iter().map(u32::to_string).collect();
        let noun = if e.paragraphs.len() == 1 {
            W::Paragraph
        } else {
            W::Paragraphs
        };
        head.push(format!("{} {}", say(noun, lang), list.join(", ")));
    }
    head.extend(e.stance.map(|s| s.label(lang).to_string()));
    head.join(" · ")
}

/// The evidence section: a heading with how many sources, then each source numbered.
pub fn lines<'a>(app: &'a App, evidence: &'a [Evidence], theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang();
    let d = app.data();
    let mut sources: Vec<&str> = evidence.iter().map(|e| e.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    let mut heading = format!(
        "{} · {}",
        say(W::Evidence, lang),
        count(sources.len(), Noun::Source, lang)
    );
    if sources.len() == 1 {
        heading.push_str(&format!(" · {}", say(W::OneSourceOnly, lang)));
    }
    let mut out = vec![Line::styled(heading, theme.heading)];
    for (i, e) in evidence.iter().enumerate() {
        let stance_style = match e.stance {
            Some(Stance::Disputes) => theme.underway,
            _ => theme.label,
        };
        out.push(Line::from(vec![
            Span::styled(format!("[{}] ", i + 1), theme.label),
            Span::styled(head(d, e, lang), stance_style),
        ]));
        if let Some(x) = &e.excerpt {
            out.push(Line::styled(format!("    «{x}»"), theme.quote));
        }
        if let Some(t) = &e.translation {
            out.push(Line::styled(format!("    “{t}”"), theme.base));
        }
        if let Some(note) = &e.note {
            out.push(Line::styled(format!("    {}", note.get(lang)), theme.base));
        }
        if let Some(url) = d.source(&e.source).and_then(|s| s.url.as_deref()) {
            out.push(Line::styled(format!("    {url}"), theme.muted));
        }
    }
    out
}
