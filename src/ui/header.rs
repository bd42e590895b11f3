//! The top of the screen: the visit line, the tab bar and the search line.

use crate::words::{say, W};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::capped;
use super::fit::fit;
use super::theme::Theme;
use crate::app::filters::Filter;
use crate::app::layout::{self, TAB_INDENT};
use crate::app::{App, Mode};

/// "President Tokayev's visit to China · SCO summit, Tianjin · BAQ.KZ, 2025-09-05".
pub fn visit_line(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let d = app.data();
    let lang = app.lang();
    let lang_tag = say(W::LangTag, lang);
    let tag_w = lang_tag.len() as u16;
    let line = Line::from(vec![
        Span::styled(
            format!(" {}", capped(d.visit.title.get(lang))),
            theme.header,
        ),
        Span::styled(
            format!(
                "  ·  {}, {}  ·  {}",
                capped(d.visit.event.get(lang)),
                capped(d.visit.place.get(lang)),
                capped(&d.sources_words(lang)),
            ),
            theme.muted,
        ),
    ]);
    fit(line, area.width.saturating_sub(tag_w + 1)).render(area, buf);
    if area.width > tag_w + 20 {
        let tag = Rect::new(area.right() - tag_w, area.y, tag_w, 1);
        Span::styled(lang_tag, theme.tab_active).render(tag, buf);
    }
}

pub fn tab_bar(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut spans = vec![Span::raw(" ".repeat(usize::from(TAB_INDENT)))];
    let bar = layout::tab_bar(app);
    let gap = format!("{:^width$}", "│", width = usize::from(bar.gap));
    for (i, (tab, title)) in bar.titles.into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(gap.clone(), theme.muted));
        }
        let style = if tab == app.tab() {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::styled(format!(" {title} "), style));
    }
    Line::from(spans).render(area, buf);
}

pub fn search_line(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let editing = app.mode() == Mode::Search;
    let mut spans = vec![
        Span::styled(" / ", theme.key),
        Span::styled(app.query().to_string(), theme.base),
    ];
    if editing {
        spans.push(Span::styled("█", theme.key));
    }
    let total: usize = app.lists().iter().map(|l| l.rows.len()).sum();
    // With filters alone there is no query to keep the count apart from.
    let gap = if app.query().is_empty() && !editing {
        ""
    } else {
        "   "
    };
    let found = format!("{gap}{}", W::FoundCount.fill(lang, &[("n", &total)]));
    if app.searching() {
        let wait = format!("   {}", say(W::SearchingLower, lang));
        spans.push(Span::styled(wait, theme.muted));
    } else if app.filtering() {
        spans.push(Span::styled(found, theme.muted));
    }
    // Chips follow what is before them; where each lands is kept for the mouse.
    let mut x = area
        .x
        .saturating_add(u16::try_from(Line::from(spans.clone()).width()).unwrap_or(u16::MAX));
    let mut placed = Vec::new();
    for (f, gap, chip) in chips(app, theme) {
        let start = x.saturating_add(u16::try_from(gap.width()).unwrap_or(u16::MAX));
        let end = start.saturating_add(u16::try_from(chip.width()).unwrap_or(u16::MAX));
        placed.push((start.min(area.right()), end.min(area.right()), f));
        x = end;
        spans.push(gap);
        spans.push(chip);
    }
    *app.measured().chips.borrow_mut() = placed;
    Line::from(spans).render(area, buf);
}

/// The filters as chips, oldest first, each after its gap: "company: Sinopec ×".
/// Backspace on an empty query (or in the facet panel), `x` or a click takes one off; Esc
/// takes off all.
fn chips<'a>(app: &'a App, theme: &Theme) -> Vec<(Filter, Span<'a>, Span<'a>)> {
    let lang = app.lang();
    app.filters()
        .iter()
        .filter_map(|f| {
            let v = app.data().value(f.dimension, f.value)?;
            let text = format!(" {}: {} × ", f.dimension.label(lang), capped(v.name(lang)));
            Some((f, Span::raw("  "), Span::styled(text, theme.tab_active)))
        })
        .collect()
}
