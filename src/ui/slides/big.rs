//! Slides built around one big figure or year: the title and the figure slides.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::super::capped;
use super::super::theme::Theme;
use super::{heading, source_style};
use crate::app::present::deck_title;
use crate::app::text::{figure_text, format_value, source_line};
use crate::app::App;
use crate::data::RecordRef;

/// The biggest font for `text` that leaves `room_rows` rows of `area` for other lines.
fn big_size(text: &str, area: Rect, room_rows: u16) -> Option<(PixelSize, u16)> {
    let glyphs = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
    [
        (PixelSize::Full, 8u16, 8u16),
        (PixelSize::HalfHeight, 4, 8),
        (PixelSize::Quadrant, 4, 4),
    ]
    .into_iter()
    .find(|&(_, rows, cols)| {
        rows.saturating_add(room_rows) <= area.height && glyphs.saturating_mul(cols) <= area.width
    })
    .map(|(size, rows, _)| (size, rows))
}

/// Big text above normal lines, the whole block centred.
fn big_over_lines(big: &str, lines: Vec<Line>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = Paragraph::new(lines)
        .style(theme.base)
        .wrap(Wrap { trim: false })
        .centered();
    let text_rows = u16::try_from(text.line_count(area.width)).unwrap_or(u16::MAX);
    let size = big_size(big, area, text_rows.saturating_add(1));
    let big_rows = size.map_or(0, |(_, rows)| rows + 1);
    let [block] = Layout::vertical([Constraint::Length(
        big_rows.saturating_add(text_rows).min(area.height),
    )])
    .flex(Flex::Center)
    .areas(area);
    let [top, bottom] =
        Layout::vertical([Constraint::Length(big_rows), Constraint::Min(0)]).areas(block);
    if let Some((pixel_size, _)) = size {
        BigText::builder()
            .pixel_size(pixel_size)
            .style(theme.figure)
            .lines(vec![Line::from(big.to_string())])
            .centered()
            .build()
            .render(top, buf);
    }
    text.render(bottom, buf);
}

pub fn title_slide(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let d = app.data();
    let lang = app.lang();
    let mut lines = vec![
        heading(capped(&deck_title(app)).to_string(), theme.heading),
        Line::default(),
        Line::from(format!(
            "{}, {} · {}",
            capped(d.visit.event.get(lang)),
            capped(d.visit.place.get(lang)),
            capped(d.visit.host.get(lang))
        )),
    ];
    if let Some(p) = d.person(&d.visit.leader) {
        lines.push(Line::styled(
            format!(
                "{} — {}",
                capped(p.name.get(lang)),
                capped(p.role.get(lang))
            ),
            theme.label,
        ));
    }
    lines.push(Line::default());
    let who = d
        .interviewee()
        .map(|p| {
            format!(
                " · {}, {}",
                capped(p.name.get(lang)),
                capped(p.role.get(lang))
            )
        })
        .unwrap_or_default();
    lines.push(Line::styled(
        format!("{}{who}", capped(&d.sources_words(lang))),
        source_style(theme),
    ));
    // The year is digits, which the big font has; the rest stays in normal text.
    let year = d.year();
    big_over_lines(&year, lines, area, buf, theme);
}

pub fn figure_slide(
    app: &App,
    r: RecordRef,
    i: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let lang = app.lang();
    let Some(rec) = app.data().get(r) else {
        return;
    };
    let Some(f) = rec.figures().get(i) else {
        return;
    };
    let lines = vec![
        heading(figure_text(f, lang), theme.figure),
        Line::styled(capped(f.label.get(lang)), theme.label).centered(),
        Line::default(),
        Line::raw(capped(rec.title().get(lang))).centered(),
        Line::styled(
            source_line(app.data(), rec.evidence(), lang),
            source_style(theme),
        )
        .centered(),
    ];
    big_over_lines(&format_value(f.value), lines, area, buf, theme);
}
