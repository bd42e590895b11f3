//! What the console shows for the deck's current slide: notes written from the data (the
//! record's detail, its figures with their sources), the deck file's own notes, and a small
//! picture of the next slide.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::message::State;
use crate::app::present::{agreements_at, file_notes, Slide};
use crate::app::text::record_text;
use crate::app::App;
use crate::ui::frame_text::to_text;
use crate::ui::slides::{render, slide_title};
use crate::ui::Theme;
use crate::words::W;

/// The size of the next slide's picture.
pub const PREVIEW: (u16, u16) = (60, 16);

/// Where `app`'s deck is now, for the console. `started` is when presenting began, in
/// seconds since 1970.
pub fn state_of(app: &mut App, started: u64, duration: Option<u64>) -> State {
    let n = app.deck().current;
    let slide = app.deck().slides.get(n).copied();
    let next = app.deck().slides.get(n.saturating_add(1)).copied();
    let mut notes: Vec<String> = Vec::new();
    let own = file_notes(app.deck(), n);
    if !own.is_empty() {
        notes.extend(own.lines().map(str::to_string));
        notes.push(String::new());
    }
    if let Some(s) = slide {
        notes.extend(data_notes(app, s));
    }
    let next_preview = match next {
        Some(_) => preview(app, n.saturating_add(1)),
        None => Vec::new(),
    };
    State {
        slide: n.saturating_add(1),
        total: app.deck().slides.len(),
        title: slide.map(|s| slide_title(app, s)).unwrap_or_default(),
        next_title: next.map(|s| slide_title(app, s)),
        next_preview,
        notes,
        started,
        duration: duration.or_else(|| app.deck().plan.as_ref().and_then(|p| p.duration)),
        blank: app.deck().blank.is_some(),
    }
}

/// The notes the data gives for a slide.
fn data_notes(app: &App, slide: Slide) -> Vec<String> {
    let d = app.data();
    let lang = app.lang();
    let text = match slide {
        Slide::Record(r) | Slide::Quote(r) | Slide::Figure { record: r, .. } => {
            let mut text = record_text(d, r, lang);
            text.push_str(&evidence_notes(app, r));
            text
        }
        Slide::Agreements(stage) => agreements_at(app, stage)
            .into_iter()
            .map(|r| record_text(d, r, lang))
            .collect::<Vec<_>>()
            .join("\n\n"),
        Slide::Title => format!(
            "{}\n{}, {}\n{}",
            d.visit.title.get(lang),
            d.visit.event.get(lang),
            d.visit.place.get(lang),
            d.sources_words(lang)
        ),
        Slide::Map => crate::ui::map_view::place_notes(app),
        Slide::Chart(kind) => crate::app::present::chart_of(app, kind)
            .text_lines(lang)
            .join("\n"),
        Slide::Summary => W::NotesSummary.get(lang).to_string(),
    };
    text.lines().map(str::to_string).collect()
}

/// Each piece of evidence: who says it and where, the excerpt and its translation, and
/// where the sources disagree.
fn evidence_notes(app: &App, r: crate::data::RecordRef) -> String {
    let d = app.data();
    let lang = app.lang();
    let Some(rec) = d.get(r) else {
        return String::new();
    };
    let mut out = String::new();
    for e in rec.evidence() {
        let source = d.source(&e.source);
        let outlet = source.map_or(e.source.as_str(), |s| s.outlet.as_str());
        let paragraphs: Vec<String> = e.paragraphs.iter().map(u32::to_string).collect();
        out.push_str(&format!("\n\n— {outlet}"));
        if !paragraphs.is_empty() {
            out.push_str(&format!(", ¶ {}", paragraphs.join(", ")));
        }
        if let Some(x) = &e.excerpt {
            out.push_str(&format!("\n  «{}»", x.as_str()));
        }
        if let Some(t) = &e.translation {
            out.push_str(&format!(
                "\n  {}: {}",
                W::TranslationLower.get(lang),
                t.as_str()
            ));
        }
        if let Some(n) = &e.note {
            out.push_str(&format!("\n  {}", n.get(lang)));
        }
        if let Some(url) = source.and_then(|s| s.url.as_deref()) {
            out.push_str(&format!("\n  {url}"));
        }
    }
    let disagree = d.disagreement_lines(&rec, lang);
    if !disagree.is_empty() {
        out.push_str(&format!("\n\n{}", W::WhereSourcesDisagree.get(lang)));
        for line in disagree {
            out.push_str(&format!("\n  {line}"));
        }
    }
    out
}

/// Slide `n` drawn small, as rows of text: the deck's own drawing at the preview's size.
fn preview(app: &mut App, n: usize) -> Vec<String> {
    let (w, h) = PREVIEW;
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    app.with_slide_shown(n, |app| {
        render(app, area, &mut buf, &Theme::get(app.theme()))
    });
    to_text(&buf).lines().map(str::to_string).collect()
}
