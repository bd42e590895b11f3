//! A tab's table of records, with columns that suit its category.

use crate::words::{say, W};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, StatefulWidget, Table, TableState};

use super::capped;
use super::columns::{self, Column};
use super::fit::fit;
use super::highlight::highlighted_title;
use super::theme::Theme;
use crate::app::columns::ColumnId;
use crate::app::text::{facts, figure_text, places_text};
use crate::app::{App, List};
use crate::data::{Category, Lang, Record};

/// A column's header: the title's names what the table lists.
pub fn header(c: Category, id: ColumnId) -> W {
    match id {
        ColumnId::Title => match c {
            Category::Agreements => W::ColAgreement,
            Category::Investments => W::ColProject,
            Category::Corridors => W::ColRoute,
            Category::Quotes => W::ColTopic,
        },
        ColumnId::Speaker => W::ColWho,
        ColumnId::Companies => W::Companies,
        ColumnId::Sector => W::ColSector,
        ColumnId::Sectors => W::Sectors,
        ColumnId::Place => W::Place,
        ColumnId::Target => W::ColTarget,
        ColumnId::Status => W::Status,
        ColumnId::Sources => W::ColSrc,
    }
}

/// The order in which columns give way on narrow screens, 1 first to stay (the title, 0,
/// stays). The Sources column, a few characters wide, is the last to go: it says where
/// sources disagree.
fn priority(c: Category, id: ColumnId) -> u8 {
    use ColumnId::*;
    match (c, id) {
        (_, Title) => 0,
        (_, Sources) => 1,
        (_, Status) if c != Category::Corridors => 2,
        (Category::Corridors, Target) | (Category::Quotes, Speaker) => 2,
        (Category::Corridors, Status) | (Category::Agreements, Sectors) => 3,
        (_, Companies) => 3,
        (_, Sector) => 4,
        _ => 5,
    }
}

const SPACING: u16 = 2;
/// From this terminal width on, a column is shown whole or not at all.
const NEVER_CUT_FROM: u16 = 160;

/// Column widths for `inner` columns of room (0: not shown): see [`columns::share`].
fn widths(
    app: &App,
    c: Category,
    ids: &[ColumnId],
    header: &[&str],
    rows: &[Vec<Line>],
    inner: u16,
) -> Vec<u16> {
    let cols: Vec<Column> = ids
        .iter()
        .enumerate()
        .map(|(i, &id)| {
            let content = rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(Line::width)
                .max()
                .unwrap_or(0);
            let head = header
                .get(i)
                .map_or(0, |h| unicode_width::UnicodeWidthStr::width(*h));
            // A column with nothing in it is not shown, whatever its header.
            let want = if content == 0 { 0 } else { content.max(head) };
            Column {
                want: u16::try_from(want).unwrap_or(u16::MAX),
                priority: priority(c, id),
            }
        })
        .collect();
    columns::share(&cols, inner, SPACING, app.width() < NEVER_CUT_FROM)
}

pub fn render(app: &App, c: Category, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let list = app.list(c);
    let lang = app.lang();
    let ids = app.columns().shown(c);
    let cells: Vec<Vec<Line>> = list
        .rows
        .iter()
        .skip(list.offset)
        .take(usize::from(area.height))
        .filter_map(|h| {
            app.data()
                .get(h.record)
                .map(|rec| row(app, h.record, rec, &ids, theme))
        })
        .collect();
    let header_names: Vec<&str> = ids.iter().map(|&id| say(header(c, id), lang)).collect();
    let widths = widths(
        app,
        c,
        &ids,
        &header_names,
        &cells,
        area.width.saturating_sub(2),
    );
    let shown = |i: &usize| widths[*i] > 0;
    let header = Row::new(
        (0..header_names.len())
            .filter(shown)
            .map(|i| fit(Line::from(header_names[i]), widths[i])),
    )
    .style(theme.table_header);
    let rows: Vec<Row> = cells
        .into_iter()
        .map(|r| {
            Row::new(
                r.into_iter()
                    .enumerate()
                    .filter(|(i, _)| shown(i))
                    .map(|(i, line)| Cell::from(fit(line, widths[i]))),
            )
        })
        .collect();
    let constraints: Vec<Constraint> = widths
        .iter()
        .filter(|w| **w > 0)
        .map(|w| Constraint::Length(*w))
        .collect();
    let title = block_title(app, list, lang);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if app.zoom() {
            theme.border
        } else {
            theme.border_focus
        })
        .title(Span::styled(title, theme.heading));
    let table = Table::new(rows, constraints)
        .header(header)
        .block(block)
        .column_spacing(SPACING)
        .style(theme.base)
        .row_highlight_style(theme.selected);
    let mut state = TableState::default().with_selected(
        (!list.rows.is_empty()).then(|| list.selected - list.offset.min(list.selected)),
    );
    StatefulWidget::render(table, area, buf, &mut state);
    if list.rows.is_empty() {
        // Rows shown while a search runs may be only those of a first sample of records.
        let empty = say(
            if app.searching() {
                W::Searching
            } else {
                W::NothingMatchesEsc
            },
            lang,
        );
        let inner = crate::app::layout::table_rows(area);
        if inner.height > 0 {
            ratatui::widgets::Widget::render(
                Line::styled(format!(" {empty}"), theme.muted),
                Rect { height: 1, ..inner },
                buf,
            );
        }
    }
}

fn block_title(app: &App, list: &List, lang: Lang) -> String {
    let sort = list.sort.label(app.filtering(), lang);
    format!(" {} {sort} ", say(W::SortedBy, lang))
}

/// The cells of one record's row, in the order of `ids`.
fn row<'a>(
    app: &'a App,
    r: crate::data::RecordRef,
    rec: Record<'a>,
    ids: &[ColumnId],
    theme: &Theme,
) -> Vec<Line<'a>> {
    let lang = app.lang();
    let f = facts(app.data(), &rec, lang);
    ids.iter()
        .map(|id| match id {
            ColumnId::Title => {
                let mut title = highlighted_title(
                    capped(rec.title().get(lang)),
                    app.query(),
                    theme.base,
                    theme.matched,
                );
                if app.deck().marks.contains(&r) {
                    // Marked for the deck.
                    title.spans.insert(0, Span::styled("✓ ", theme.key));
                }
                title
            }
            ColumnId::Status => Line::styled(
                f.status.clone().unwrap_or_default(),
                theme.stage(app.stage(r)),
            ),
            ColumnId::Sectors => Line::raw(f.sectors.join(", ")),
            ColumnId::Sector => Line::raw(f.sectors.first().cloned().unwrap_or_default()),
            ColumnId::Companies => Line::raw(f.companies.join(", ")),
            ColumnId::Place => Line::raw(capped(&places_text(app.data(), &rec, lang)).to_string()),
            ColumnId::Target => Line::styled(
                rec.figures()
                    .first()
                    .map(|x| figure_text(x, lang))
                    .unwrap_or_default(),
                theme.figure,
            ),
            ColumnId::Speaker => match rec {
                Record::Quote(q) => Line::styled(
                    app.data().person(&q.speaker).map_or_else(
                        || q.speaker.to_string(),
                        |p| capped(p.name.get(lang)).to_string(),
                    ),
                    theme.label,
                ),
                _ => Line::default(),
            },
            ColumnId::Sources => sources_cell(&rec, theme),
        })
        .collect()
}

/// How many sources a record cites, with `≠` when they disagree on a figure, a status or
/// the record itself.
pub fn sources_cell<'a>(rec: &Record<'_>, theme: &Theme) -> Line<'a> {
    let mut ids: Vec<&str> = rec.evidence().iter().map(|e| e.source.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    let n = ids.len().to_string();
    if rec.sources_disagree() {
        Line::from(vec![Span::raw(n), Span::styled(" ≠", theme.underway)])
    } else {
        Line::raw(n)
    }
}
