//! The column chooser over a record table: its columns in the chosen order, each with a
//! check mark when it shows.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::fit::fit;
use super::popup::{centered, frame};
use super::table::header;
use super::theme::Theme;
use crate::app::columns::ColumnId;
use crate::app::App;
use crate::words::{say, W};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let c = app.columns().chooser;
    let choices = app.columns().choices(c);
    let always = format!("  ({})", say(W::Always, lang));
    let names: Vec<(String, &str)> = choices
        .iter()
        .map(|ch| {
            // The chooser names the Sources column in full; the table's header is short.
            let name = match ch.id {
                ColumnId::Sources => say(W::Sources, lang),
                id => say(header(c, id), lang),
            };
            let note = if ch.id == ColumnId::Title {
                always.as_str()
            } else {
                ""
            };
            (name.to_string(), note)
        })
        .collect();
    let title = format!("{} {}", say(W::ColumnsOf, lang), c.label(lang));
    let widest = names
        .iter()
        .map(|(n, note)| n.width() + note.width())
        .chain(std::iter::once(title.width()))
        .max()
        .unwrap_or(0);
    // Borders, the check mark and a space each side.
    let width = u16::try_from(widest.saturating_add(8)).unwrap_or(u16::MAX);
    let height = u16::try_from(names.len().saturating_add(2)).unwrap_or(u16::MAX);
    let box_ = centered(area, width, height);
    Clear.render(box_, buf);
    let block = frame(&title, theme);
    let inner = block.inner(box_);
    block.render(box_, buf);
    app.measured().chooser.set(inner);
    for (i, ((name, note), ch)) in names.iter().zip(choices).enumerate() {
        let Ok(dy) = u16::try_from(i) else { break };
        if dy >= inner.height {
            break;
        }
        let style = if i == app.columns().cursor {
            theme.selected
        } else {
            theme.popup
        };
        // As wide as `columns::CHECK_WIDTH`, where a click shows or hides.
        let mark = if ch.shown { "✓" } else { " " };
        let line = Line::from(vec![
            Span::styled(format!(" {mark} "), style),
            Span::styled(name.clone(), style),
            Span::styled(*note, theme.muted),
        ]);
        let row = Rect::new(inner.x, inner.y + dy, inner.width, 1);
        buf.set_style(row, style);
        fit(line, row.width).render(row, buf);
    }
}
