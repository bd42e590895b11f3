//! The bottom line: key hints, or a message, and where the selection is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::fit::fit;
use super::theme::Theme;
use crate::app::{App, Mode};
use crate::data::Lang;

fn hints(mode: Mode, zoom: bool, lang: Lang) -> &'static [(&'static str, &'static str)] {
    match (mode, lang) {
        (Mode::Normal, Lang::En) if zoom => &[
            ("Enter/Esc", "back"),
            ("↑↓ PgUp PgDn", "scroll"),
            ("y", "copy"),
            ("?", "help"),
        ],
        (Mode::Normal, Lang::Ru) if zoom => &[
            ("Enter/Esc", "назад"),
            ("↑↓ PgUp PgDn", "прокрутка"),
            ("y", "копировать"),
            ("?", "справка"),
        ],
        (Mode::Search, Lang::En) => &[("Enter", "keep"), ("Esc", "clear"), ("↑↓", "move")],
        (Mode::Search, Lang::Ru) => &[("Enter", "оставить"), ("Esc", "сбросить"), ("↑↓", "выбор")],
        (Mode::Facet, Lang::En) => &[("Enter", "filter"), ("Esc", "all sectors"), ("s", "close")],
        (Mode::Facet, Lang::Ru) => &[
            ("Enter", "выбрать"),
            ("Esc", "все отрасли"),
            ("s", "закрыть"),
        ],
        (Mode::Help, Lang::En) => &[("Esc", "close help")],
        (Mode::Help, Lang::Ru) => &[("Esc", "закрыть справку")],
        (Mode::Present, _) => &[],
        (Mode::Normal, Lang::En) => &[
            ("/", "search"),
            ("s", "sector"),
            ("1-5", "tabs"),
            ("Enter", "detail"),
            ("o", "sort"),
            ("L", "русский"),
            ("?", "help"),
            ("q", "quit"),
        ],
        (Mode::Normal, Lang::Ru) => &[
            ("/", "поиск"),
            ("s", "отрасль"),
            ("1-5", "вкладки"),
            ("Enter", "подробно"),
            ("o", "порядок"),
            ("L", "English"),
            ("?", "справка"),
            ("q", "выход"),
        ],
    }
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    buf.set_style(area, theme.footer);
    let position = app.current().map(|list| {
        let pos = if list.rows.is_empty() {
            "0 / 0".to_string()
        } else {
            let of = match app.lang {
                Lang::En => "of",
                Lang::Ru => "из",
            };
            format!("{} {of} {}", list.selected + 1, list.rows.len())
        };
        format!(" {pos} ")
    });
    let position_w = position
        .as_deref()
        .map_or(0, unicode_width::UnicodeWidthStr::width) as u16;
    let left = match &app.toast {
        Some(message) => Line::styled(format!(" {message}"), theme.key),
        None => {
            let mut spans = vec![Span::raw(" ")];
            for (key, what) in hints(app.mode, app.zoom, app.lang) {
                spans.push(Span::styled(*key, theme.key));
                spans.push(Span::styled(format!(" {what}  "), theme.footer));
            }
            Line::from(spans)
        }
    };
    fit(left, area.width.saturating_sub(position_w + 1)).render(area, buf);
    if let Some(text) = position {
        if area.width > position_w {
            let r = Rect::new(area.right() - position_w, area.y, position_w, 1);
            Span::styled(text, theme.tab_active).render(r, buf);
        }
    }
}
