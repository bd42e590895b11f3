//! What sits around or over a slide: the progress footer, the slide index, the slide keys,
//! and the blanked screen.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::super::popup::centered;
use super::super::theme::Theme;
use super::slide_title;
use crate::app::keymap::{help_rows, hints, Layer};
use crate::app::present::Blank;
use crate::app::shape::order;
use crate::app::App;
use crate::words::{say, W};

/// The footer: a thin bar filled in proportion to the position, and "n / N".
pub fn progress(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let total = app.deck().slides.len().max(1);
    let n = app.deck().current.saturating_add(1);
    let counter = if app.deck().jump.is_empty() {
        format!(" {n} / {total} ")
    } else {
        format!(" → {} ", app.deck().jump)
    };
    let counter_w = u16::try_from(counter.width()).unwrap_or(u16::MAX);
    let bar_w = area.width.saturating_sub(counter_w.saturating_add(2));
    // A message (where the deck was saved) takes the bar's place until the next key.
    if let Some(message) = app.toast() {
        let text = format!(" {message}");
        let room = usize::from(bar_w.saturating_add(1));
        let text: String = if text.width() > room {
            let mut cut = String::new();
            for c in text.chars() {
                if cut.width() + c.to_string().width() >= room {
                    break;
                }
                cut.push(c);
            }
            cut.push('…');
            cut
        } else {
            format!("{text:<room$}")
        };
        let line = Line::from(vec![
            Span::styled(text, theme.key),
            Span::raw(" "),
            Span::styled(counter, theme.tab_active),
        ]);
        line.render(area, buf);
        return;
    }
    let done = u16::try_from(usize::from(bar_w).saturating_mul(n) / total)
        .unwrap_or(bar_w)
        .min(bar_w);
    let line = Line::from(vec![
        Span::raw(" "),
        Span::styled("━".repeat(usize::from(done)), theme.key),
        Span::styled("─".repeat(usize::from(bar_w - done)), theme.muted),
        Span::raw(" "),
        Span::styled(counter, theme.tab_active),
    ]);
    line.render(area, buf);
}

/// The slide index: every slide of the running order, numbered as presented; hidden slides
/// dimmed and unnumbered. The index's own keys are named along the bottom border.
pub fn index(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let box_ = centered(
        area,
        80.min(area.width.saturating_sub(4)),
        area.height.saturating_sub(2),
    );
    Clear.render(box_, buf);
    let order = order(app.deck());
    let rows = usize::from(box_.height.saturating_sub(2));
    // Keep the cursor mid-box, but never leave the box half empty at the end.
    let skip = app
        .deck()
        .cursor
        .saturating_sub(rows / 2)
        .min(order.len().saturating_sub(rows));
    let mut number = order.iter().take(skip).filter(|p| !p.hidden).count();
    let mut lines: Vec<Line> = Vec::new();
    for (i, p) in order.iter().enumerate().skip(skip).take(rows) {
        let style = match (i == app.deck().cursor, p.hidden) {
            (true, _) => theme.selected,
            (false, true) => theme.muted,
            (false, false) => theme.popup,
        };
        let shown = if p.hidden {
            format!(
                "  –  {}  ({})",
                slide_title(app, p.slide),
                say(W::Hidden, app.lang())
            )
        } else {
            number = number.saturating_add(1);
            format!("{number:>3}  {}", slide_title(app, p.slide))
        };
        lines.push(Line::styled(shown, style));
    }
    let keys: Vec<String> = hints(Layer::Index, false, app.lang(), 0)
        .into_iter()
        .map(|h| format!("{} {}", h.keys, h.label))
        .collect();
    Paragraph::new(lines)
        .block(
            Block::bordered()
                .border_style(theme.border_focus)
                .title(Span::styled(say(W::SlidesIndex, app.lang()), theme.heading))
                .title_bottom(Span::styled(format!(" {} ", keys.join(" · ")), theme.key))
                .style(theme.popup),
        )
        .render(box_, buf);
}

/// The slide keys, from the key table's presentation layer.
pub fn keys(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rows = help_rows(&[Layer::Present, Layer::Index], app.lang(), 0);
    let key_w = rows.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(k, what)| {
            let pad = key_w.saturating_sub(k.width());
            Line::from(vec![
                Span::styled(format!(" {k}{} ", " ".repeat(pad)), theme.key),
                Span::styled(format!(" {what}"), theme.popup),
            ])
        })
        .collect();
    let height = u16::try_from(lines.len().saturating_add(2)).unwrap_or(u16::MAX);
    let box_ = centered(area, 90.min(area.width.saturating_sub(2)), height);
    Clear.render(box_, buf);
    let title = say(W::SlideKeys, app.lang());
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .border_style(theme.border_focus)
                .title(Span::styled(title, theme.heading))
                .style(theme.popup),
        )
        .render(box_, buf);
}

/// The whole screen in one colour, nothing on it.
pub fn blank(how: Blank, area: Rect, buf: &mut Buffer) {
    let colour = match how {
        Blank::Black => Color::Black,
        Blank::White => Color::White,
    };
    Clear.render(area, buf);
    buf.set_style(area, Style::new().bg(colour).fg(colour));
}
