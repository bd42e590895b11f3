//! Laying text out on a slide: word wrapping that keeps each word's style, and pages for a
//! slide taller than the screen, so nothing is ever cut without a mark.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthChar;

use crate::app::App;
use crate::data::Lang;
use crate::words::W;

use super::super::theme::Theme;

/// `line` broken into rows no wider than `width`, at spaces where it can, inside a word where
/// a word alone is wider. Each piece keeps its span's style and the line's alignment.
pub fn wrap(line: &Line<'_>, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width.max(1));
    let mut rows: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0usize;
    let push = |rows: &mut Vec<Vec<Span<'static>>>, text: String, style: Style| {
        if let Some(row) = rows.last_mut() {
            row.push(Span::styled(text, style));
        }
    };
    for span in &line.spans {
        let style = line.style.patch(span.style);
        let mut word = String::new();
        let mut word_w = 0usize;
        // Each word is followed by the spaces after it; a trailing piece ends the span.
        let mut pieces: Vec<(String, usize)> = Vec::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            word.push(c);
            word_w += w;
            if c == ' ' {
                pieces.push((std::mem::take(&mut word), word_w));
                word_w = 0;
            }
        }
        if !word.is_empty() {
            pieces.push((word, word_w));
        }
        for (piece, w) in pieces {
            let bare = piece.trim_end_matches(' ');
            let bare_w = w.saturating_sub(piece.len() - bare.len());
            if used > 0 && used + bare_w > width {
                rows.push(Vec::new());
                used = 0;
            }
            if bare_w > width {
                // A word wider than the screen: cut it across rows.
                let mut chunk = String::new();
                for c in piece.chars() {
                    let cw = c.width().unwrap_or(0);
                    if used + cw > width && used > 0 {
                        push(&mut rows, std::mem::take(&mut chunk), style);
                        rows.push(Vec::new());
                        used = 0;
                    }
                    chunk.push(c);
                    used += cw;
                }
                push(&mut rows, chunk, style);
            } else {
                used += w;
                push(&mut rows, piece, style);
            }
        }
    }
    rows.into_iter()
        .map(|spans| {
            let mut l = Line::from(spans);
            l.alignment = line.alignment;
            l
        })
        .collect()
}

/// Rows of `lines` for a screen `area` tall, split into pages when they do not fit: blank
/// rows give way first; then each page but the last ends with a line that says more follows.
pub fn pages(lines: &[Line<'_>], area: Rect, lang: Lang) -> Vec<Vec<Line<'static>>> {
    let rows: Vec<Line<'static>> = lines.iter().flat_map(|l| wrap(l, area.width)).collect();
    let height = usize::from(area.height).max(1);
    if rows.len() <= height {
        return vec![rows];
    }
    let rows: Vec<Line<'static>> = rows.into_iter().filter(|l| l.width() > 0).collect();
    if rows.len() <= height {
        return vec![rows];
    }
    // One row of each page says that the slide goes on.
    let per_page = height.saturating_sub(1).max(1);
    let chunks: Vec<Vec<Line<'static>>> = rows.chunks(per_page).map(<[_]>::to_vec).collect();
    let count = chunks.len();
    chunks
        .into_iter()
        .enumerate()
        .map(|(i, mut page)| {
            let (n, of) = (i + 1, count);
            let word = if n < of {
                W::ContinuedOnNext
            } else {
                W::ContinuedFrom
            };
            let mark = word.fill(lang, &[("n", &n), ("of", &of)]);
            if height > 1 {
                page.push(Line::from(mark).alignment(Alignment::Right));
            }
            page
        })
        .collect()
}

/// Draws the current page of `lines`, centred vertically in `area` (and each line horizontally
/// if `centre`), and tells the deck how many pages the slide takes.
pub fn paged_text(
    app: &App,
    lines: Vec<Line>,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    centre: bool,
) {
    let lines: Vec<Line> = if centre {
        lines.into_iter().map(|l| l.centered()).collect()
    } else {
        lines
    };
    let pages = pages(&lines, area, app.lang());
    app.deck().pages.set(pages.len());
    let page = app.deck().page.min(pages.len().saturating_sub(1));
    let Some(rows) = pages.into_iter().nth(page) else {
        return;
    };
    let mark_style = theme.key;
    let count = rows.len();
    let rows: Vec<Line> = rows
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            if i + 1 == count && page_marked(&l) {
                l.style(mark_style)
            } else {
                l
            }
        })
        .collect();
    let height = u16::try_from(rows.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let [box_] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    Paragraph::new(rows).style(theme.base).render(box_, buf);
}

/// The page mark is the only right-aligned row the slides make.
fn page_marked(line: &Line) -> bool {
    line.alignment == Some(Alignment::Right)
}
