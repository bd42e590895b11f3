//! A bordered table of plain rows with a selection and a window: what the timeline and the
//! sources views draw (the record tables have their own, with highlighting and sorting).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, StatefulWidget, Table, TableState};

use super::fit::fit;
use super::theme::Theme;
use crate::app::state::Cursor;

/// One table: a title, column headers with their widths (0 = the rest), and the rows of the
/// window, each already styled.
pub struct Rows<'a> {
    pub title: String,
    pub headers: Vec<&'static str>,
    pub widths: Vec<u16>,
    pub rows: Vec<Vec<Line<'a>>>,
}

pub fn render(
    t: Rows<'_>,
    cursor: Cursor,
    focused: bool,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let inner = area.width.saturating_sub(2);
    let fixed: u16 = t.widths.iter().fold(0u16, |a, w| a.saturating_add(*w));
    let gaps = u16::try_from(t.widths.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let rest = inner.saturating_sub(fixed).saturating_sub(gaps);
    let widths: Vec<u16> = t
        .widths
        .iter()
        .map(|&w| if w == 0 { rest } else { w })
        .collect();
    let header = Row::new(
        t.headers
            .iter()
            .zip(&widths)
            .map(|(h, w)| fit(Line::from(*h), *w)),
    )
    .style(theme.table_header);
    let empty = t.rows.is_empty();
    let rows: Vec<Row> = t
        .rows
        .into_iter()
        .map(|r| {
            Row::new(
                r.into_iter()
                    .zip(&widths)
                    .map(|(l, w)| Cell::from(fit(l, *w))),
            )
        })
        .collect();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme.border_focus
        } else {
            theme.border
        })
        .title(Span::styled(t.title, theme.heading));
    let table = Table::new(rows, widths.iter().map(|w| Constraint::Length(*w)))
        .header(header)
        .block(block)
        .column_spacing(1)
        .style(theme.base)
        .row_highlight_style(theme.selected);
    let mut state = TableState::default()
        .with_selected((!empty).then(|| cursor.selected.saturating_sub(cursor.offset)));
    StatefulWidget::render(table, area, buf, &mut state);
}
