//! A tab's table of records, with columns that suit its category.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Row, StatefulWidget, Table, TableState};

use super::highlight::highlighted;
use super::theme::Theme;
use crate::app::text::{facts, figure_text};
use crate::app::{App, List};
use crate::data::{Category, Lang, Record};

fn headers(c: Category, lang: Lang) -> Vec<&'static str> {
    match (c, lang) {
        (Category::Agreements, Lang::En) => vec!["Agreement", "Status", "Sectors"],
        (Category::Agreements, Lang::Ru) => vec!["Соглашение", "Статус", "Отрасли"],
        (Category::Investments, Lang::En) => {
            vec!["Project", "Companies", "Sector", "Place", "Status"]
        }
        (Category::Investments, Lang::Ru) => {
            vec!["Проект", "Компании", "Отрасль", "Место", "Статус"]
        }
        (Category::Corridors, Lang::En) => vec!["Route", "Target", "Status"],
        (Category::Corridors, Lang::Ru) => vec!["Маршрут", "Цель", "Статус"],
        (Category::Quotes, Lang::En) => vec!["Speaker", "Topic"],
        (Category::Quotes, Lang::Ru) => vec!["Кто", "Тема"],
    }
}

fn widths(c: Category) -> Vec<Constraint> {
    use Constraint::*;
    match c {
        Category::Agreements => vec![Fill(3), Length(14), Fill(1)],
        Category::Investments => vec![Fill(3), Fill(2), Fill(1), Fill(1), Length(13)],
        Category::Corridors => vec![Fill(3), Fill(2), Length(14)],
        Category::Quotes => vec![Length(20), Fill(1)],
    }
}

pub fn render(app: &App, c: Category, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let list = app.list(c);
    let lang = app.lang;
    let rows: Vec<Row> = list
        .rows
        .iter()
        .skip(list.offset)
        .take(usize::from(area.height))
        .filter_map(|h| app.data.get(h.record).map(|rec| (h.record, rec)))
        .map(|(r, rec)| row(app, r, rec, theme))
        .collect();
    let header = Row::new(headers(c, lang)).style(theme.table_header);
    let title = block_title(app, list, lang);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if app.zoom {
            theme.border
        } else {
            theme.border_focus
        })
        .title(Span::styled(title, theme.heading));
    let table = Table::new(rows, widths(c))
        .header(header)
        .block(block)
        .column_spacing(2)
        .style(theme.base)
        .row_highlight_style(theme.selected);
    let mut state = TableState::default().with_selected(
        (!list.rows.is_empty()).then(|| list.selected - list.offset.min(list.selected)),
    );
    StatefulWidget::render(table, area, buf, &mut state);
    if list.rows.is_empty() {
        let empty = match lang {
            Lang::En => "Nothing matches. Esc clears the search and the sector.",
            Lang::Ru => "Ничего не найдено. Esc сбрасывает поиск и отрасль.",
        };
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
    match lang {
        Lang::En => format!(" sorted by {sort} "),
        Lang::Ru => format!(" сортировка: {sort} "),
    }
}

fn row<'a>(app: &'a App, r: crate::data::RecordRef, rec: Record<'a>, theme: &Theme) -> Row<'a> {
    let lang = app.lang;
    let f = facts(&app.data, &rec, lang);
    let title = highlighted(rec.title().get(lang), &app.query, theme.base, theme.matched);
    let status = Cell::from(Span::styled(
        f.status.clone().unwrap_or_default(),
        theme.stage(app.stage(r)),
    ));
    let cells: Vec<Cell> = match rec {
        Record::Agreement(_) => vec![title.into(), status, f.sectors.join(", ").into()],
        Record::Investment(_) => vec![
            title.into(),
            f.companies.join(", ").into(),
            f.sectors.first().cloned().unwrap_or_default().into(),
            rec.place()
                .map(|p| p.get(lang).to_string())
                .unwrap_or_default()
                .into(),
            status,
        ],
        Record::Corridor(_) => {
            let target = rec
                .figures()
                .first()
                .map(|x| figure_text(x, lang))
                .unwrap_or_default();
            vec![
                title.into(),
                Span::styled(target, theme.figure).into(),
                status,
            ]
        }
        Record::Quote(q) => {
            let speaker = app
                .data
                .person(&q.speaker)
                .map_or_else(|| q.speaker.to_string(), |p| p.name.get(lang).to_string());
            vec![Span::styled(speaker, theme.label).into(), title.into()]
        }
    };
    Row::new(cells)
}
