//! The top of the screen: the visit line, the tab bar and the search line.

use crate::words::{say, W};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::capped;
use super::fit::fit;
use super::theme::Theme;
use crate::app::layout::{self, TAB_INDENT};
use crate::app::{App, Mode};
use crate::data::Lang;

/// "President Tokayev's visit to China · SCO summit, Tianjin · BAQ.KZ, 2025-09-05".
pub fn visit_line(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let d = &app.data;
    let lang = app.lang;
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
        let style = if tab == app.tab {
            theme.tab_active
        } else {
            theme.tab
        };
        spans.push(Span::styled(format!(" {title} "), style));
    }
    Line::from(spans).render(area, buf);
}

pub fn search_line(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang;
    let editing = app.mode == Mode::Search;
    let mut spans = vec![
        Span::styled(" / ", theme.key),
        Span::styled(app.query.clone(), theme.base),
    ];
    if editing {
        spans.push(Span::styled("█", theme.key));
    }
    let total: usize = app.lists.iter().map(|l| l.rows.len()).sum();
    let found = match lang {
        Lang::En => format!("   {total} {}", say(W::Found, lang)),
        Lang::Ru => format!("   {}: {total}", say(W::Found, lang)),
    };
    if app.searching {
        let wait = format!("   {}", say(W::SearchingLower, lang));
        spans.push(Span::styled(wait, theme.muted));
    } else if app.filtering() {
        spans.push(Span::styled(found, theme.muted));
    }
    if let Some(sector) = app.sector.and_then(|i| app.data.vocabulary.sectors.get(i)) {
        let label = say(W::SectorLower, lang);
        spans.push(Span::raw("   "));
        spans.push(Span::styled(
            format!(" {label}: {} ", capped(sector.name.get(lang))),
            theme.tab_active,
        ));
    }
    Line::from(spans).render(area, buf);
}
