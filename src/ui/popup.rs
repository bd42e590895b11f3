//! Overlays: the help screen, and the frame the facet panel shares.

use crate::words::{say, W};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget};

use super::theme::Theme;
use crate::app::App;

/// A box of at most `w` x `h` in the middle of `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

pub(super) fn frame<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(format!(" {title} "), theme.heading))
        .style(theme.popup)
}

pub fn help(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rows = crate::app::help::rows(app.lang());
    let key_w = rows
        .iter()
        .map(|(k, _)| unicode_width::UnicodeWidthStr::width(k.as_str()))
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = rows
        .iter()
        .map(|(k, what)| {
            let pad = key_w.saturating_sub(unicode_width::UnicodeWidthStr::width(k.as_str()));
            Line::from(vec![
                Span::styled(format!(" {k}{} ", " ".repeat(pad)), theme.key),
                Span::styled(format!(" {what}"), theme.popup),
            ])
        })
        .collect();
    let what_w = rows
        .iter()
        .map(|(_, what)| unicode_width::UnicodeWidthStr::width(*what))
        .max()
        .unwrap_or(0);
    // Borders, the key column's padding and the gap: 6 columns around the two texts.
    let width = u16::try_from(key_w.saturating_add(what_w).saturating_add(6)).unwrap_or(u16::MAX);
    let height = u16::try_from(lines.len().saturating_add(2)).unwrap_or(u16::MAX);
    let box_ = centered(area, width, height);
    Clear.render(box_, buf);
    let title = say(W::Keys, app.lang());
    let max = height.saturating_sub(box_.height);
    app.measured().help_max.set(max);
    Paragraph::new(lines)
        .block(frame(title, theme))
        .scroll((app.help_scroll().min(max), 0))
        .render(box_, buf);
}
