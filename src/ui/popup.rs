//! Overlays: the sector facet and the help screen.

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

fn frame<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(format!(" {title} "), theme.heading))
        .style(theme.popup)
}

pub fn facet(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang;
    let counts = app.facet_counts();
    let names: Vec<(String, usize, bool)> = counts
        .iter()
        .filter_map(|&(i, n)| {
            let s = app.data.vocabulary.sectors.get(i)?;
            Some((s.name.get(lang).to_string(), n, app.sector == Some(i)))
        })
        .collect();
    // Sizes come from the data: a name may be wider than any screen, so no sum may wrap.
    let name_w = names
        .iter()
        .map(|(name, _, _)| unicode_width::UnicodeWidthStr::width(name.as_str()))
        .max()
        .unwrap_or(10);
    let width = u16::try_from(name_w.saturating_add(12)).unwrap_or(u16::MAX);
    let height = u16::try_from(names.len().saturating_add(2)).unwrap_or(u16::MAX);
    let box_ = centered(area, width.max(30), height.max(3));
    Clear.render(box_, buf);
    let title = say(W::FilterBySector, lang);
    let inner_h = box_.height.saturating_sub(2) as usize;
    // Keep the cursor in view when the list is taller than the box.
    let skip = app.facet_cursor.saturating_sub(inner_h.saturating_sub(1));
    let lines: Vec<Line> = names
        .into_iter()
        .enumerate()
        .skip(skip)
        .map(|(i, (name, n, active))| {
            let mark = if active { "● " } else { "  " };
            let style = if i == app.facet_cursor {
                theme.selected
            } else {
                theme.popup
            };
            Line::from(vec![
                Span::styled(format!("{mark}{name}"), style),
                Span::styled(
                    format!("  {n}"),
                    if i == app.facet_cursor {
                        style
                    } else {
                        theme.figure
                    },
                ),
            ])
        })
        .collect();
    if lines.is_empty() {
        let none = say(W::NoSectors, lang);
        Paragraph::new(none)
            .block(frame(title, theme))
            .render(box_, buf);
        return;
    }
    Paragraph::new(lines)
        .block(frame(title, theme))
        .render(box_, buf);
}

pub fn help(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let rows = crate::app::help::rows(app.lang);
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
    let title = say(W::Keys, app.lang);
    let max = height.saturating_sub(box_.height);
    app.measured.help_max.set(max);
    Paragraph::new(lines)
        .block(frame(title, theme))
        .scroll((app.help_scroll.min(max), 0))
        .render(box_, buf);
}
