//! The facet panel over the body: the dimensions down the left, the chosen dimension's
//! values with their counts on the right, what is typed above them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::capped;
use super::fit::fit;
use super::popup::{centered, frame};
use super::theme::Theme;
use crate::app::App;
use crate::data::facets::Dimension;
use crate::words::{say, W};

/// The panel's widest and tallest.
const MAX_WIDTH: u16 = 76;
const MAX_HEIGHT: u16 = 22;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let panel = app.panel();
    let box_ = centered(area, MAX_WIDTH, MAX_HEIGHT);
    Clear.render(box_, buf);
    let title = format!("{} {}", say(W::FilterBy, lang), panel.dimension.label(lang));
    let block = frame(&title, theme);
    let inner = block.inner(box_);
    block.render(box_, buf);
    if inner.width < 4 || inner.height < 2 {
        return;
    }

    // The dimensions, each with how many of its values filter now.
    let labels: Vec<(Dimension, String)> = Dimension::ALL
        .into_iter()
        .map(|d| {
            let n = app.filters().values(d).count();
            let label = d.label(lang);
            let text = if n > 0 {
                format!(" {label} {n}")
            } else {
                format!(" {label}")
            };
            (d, text)
        })
        .collect();
    let left_w = labels
        .iter()
        .map(|(_, t)| t.width())
        .max()
        .unwrap_or(0)
        .saturating_add(2);
    // A narrow panel gives the values the room.
    let left_w = u16::try_from(left_w)
        .unwrap_or(u16::MAX)
        .min(inner.width / 3);
    for (i, (d, text)) in labels.into_iter().enumerate() {
        let Ok(y) = u16::try_from(i) else { break };
        if y >= inner.height {
            break;
        }
        let style = if d == panel.dimension {
            theme.selected
        } else {
            theme.popup
        };
        let row = Rect::new(inner.x, inner.y + y, left_w.saturating_sub(1), 1);
        fit(Line::styled(text, style), row.width).render(row, buf);
    }
    let dims = u16::try_from(Dimension::ALL.len()).unwrap_or(u16::MAX);
    app.measured().facet_dims.set(Rect::new(
        inner.x,
        inner.y,
        left_w.saturating_sub(1),
        dims.min(inner.height),
    ));
    let sep_x = inner.x + left_w.saturating_sub(1);
    for y in inner.y..inner.bottom() {
        buf[(sep_x, y)].set_symbol("│").set_style(theme.border);
    }

    let right = Rect::new(
        sep_x + 1,
        inner.y,
        inner.width.saturating_sub(left_w),
        inner.height,
    );
    let prompt = if panel.query.is_empty() {
        Line::from(vec![
            Span::styled(" › ", theme.key),
            Span::styled("█", theme.key),
            Span::styled(format!(" {}", say(W::TypeToNarrow, lang)), theme.muted),
        ])
    } else {
        Line::from(vec![
            Span::styled(" › ", theme.key),
            Span::styled(panel.query.clone(), theme.popup),
            Span::styled("█", theme.key),
        ])
    };
    fit(prompt, right.width).render(Rect::new(right.x, right.y, right.width, 1), buf);

    let list = Rect::new(
        right.x,
        right.y + 1,
        right.width,
        right.height.saturating_sub(1),
    );
    let rows = panel.rows();
    let visible = usize::from(list.height.max(1));
    let skip = panel.cursor.saturating_sub(visible.saturating_sub(1));
    // Where a click lands: the rows drawn, from value `skip`.
    app.measured().facet_values.set((list, skip));
    if rows.is_empty() {
        Paragraph::new(Line::styled(
            format!(" {}", say(W::NoValues, lang)),
            theme.muted,
        ))
        .render(list, buf);
        return;
    }
    let count_w = rows
        .iter()
        .map(|r| r.count.to_string().len())
        .max()
        .unwrap_or(1);
    for (line, (i, row)) in rows.iter().enumerate().skip(skip).take(visible).enumerate() {
        let Some(v) = app.data().value(panel.dimension, row.value) else {
            continue;
        };
        let selected = i == panel.cursor;
        let style = if selected {
            theme.selected
        } else {
            theme.popup
        };
        let mark = if row.active { "✓" } else { " " };
        let count = format!(" {:>count_w$} ", row.count);
        let name_w = usize::from(list.width)
            .saturating_sub(count.width())
            .saturating_sub(3);
        let name = capped(v.name(lang));
        let shown = fit(
            Line::raw(name.to_string()),
            u16::try_from(name_w).unwrap_or(u16::MAX),
        );
        let pad = name_w.saturating_sub(shown.width());
        let mut spans = vec![Span::styled(format!(" {mark} "), style)];
        spans.extend(shown.spans.into_iter().map(|s| s.style(style)));
        spans.push(Span::styled(" ".repeat(pad), style));
        spans.push(Span::styled(
            count,
            if selected { style } else { theme.figure },
        ));
        let y = list.y + u16::try_from(line).unwrap_or(0);
        Line::from(spans).render(Rect::new(list.x, y, list.width, 1), buf);
    }
}
