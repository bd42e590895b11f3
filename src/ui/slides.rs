//! Presentation mode: one slide at a time, large and centred, for a projected screen.
//! Only a footer with the slide counter and a thin progress bar stays on screen.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::capped;
use super::detail;
use super::fit::fit;
use super::popup::centered;
use super::theme::Theme;
use crate::app::present::{agreements_at, by_stage, Slide};
use crate::app::text::{figure_text, format_value, source_line};
use crate::app::App;
use crate::data::{Lang, Record, Stage};

/// Slides never grow wider than this, so lines stay short enough to read from afar.
pub const MAX_WIDTH: u16 = 100;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let width = body.width.saturating_sub(4).min(MAX_WIDTH);
    let [content] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(body);
    let content = Rect {
        y: content.y.saturating_add(1),
        height: content.height.saturating_sub(2),
        ..content
    };
    if let Some(slide) = app.deck.slides.get(app.deck.current) {
        draw_slide(app, *slide, content, buf, theme);
    }
    progress(app, footer, buf, theme);
    if app.deck.index {
        index(app, body, buf, theme);
    }
}

fn stage_name(stage: Stage, lang: Lang) -> &'static str {
    match stage {
        Stage::Achieved => lang.pick(
            "Done: signed, opened, announced",
            "Сделано: подписано, открыто, объявлено",
        ),
        Stage::Underway => lang.pick("Under way", "В процессе"),
        Stage::Intended => lang.pick(
            "Agreed, planned, proposed",
            "Договорённости, планы, предложения",
        ),
    }
}

/// A short name for a slide, for the index.
pub fn slide_title(app: &App, slide: Slide) -> String {
    let lang = app.lang;
    let title = |r| {
        app.data
            .get(r)
            .map(|rec| capped(rec.title().get(lang)).to_string())
            .unwrap_or_default()
    };
    match slide {
        Slide::Title => capped(app.data.visit.title.get(lang)).to_string(),
        Slide::Figure { record, figure } => app
            .data
            .get(record)
            .and_then(|rec| rec.figures().get(figure))
            .map(|f| format!("{}: {}", capped(f.label.get(lang)), figure_text(f, lang)))
            .unwrap_or_default(),
        Slide::Agreements(stage) => stage_name(stage, lang).to_string(),
        Slide::Record(r) => title(r),
        Slide::Quote(r) => format!("«{}»", title(r)),
        Slide::Summary => lang.pick("Summary", "Итоги").to_string(),
    }
}

fn draw_slide(app: &App, slide: Slide, area: Rect, buf: &mut Buffer, theme: &Theme) {
    match slide {
        Slide::Title => title_slide(app, area, buf, theme),
        Slide::Figure { record, figure } => figure_slide(app, record, figure, area, buf, theme),
        Slide::Agreements(stage) => {
            let mut lines = vec![
                heading(
                    stage_name(stage, app.lang),
                    theme.stage(Some(stage)).patch(theme.heading),
                ),
                Line::default(),
            ];
            for r in agreements_at(app, stage) {
                lines.extend(bullet(app, r, theme));
            }
            centred_text(lines, area, buf, theme, false);
        }
        Slide::Record(r) => {
            let lines = detail::lines(app, r, theme);
            centred_text(lines, area, buf, theme, false);
        }
        Slide::Quote(r) => quote_slide(app, r, area, buf, theme),
        Slide::Summary => summary_slide(app, area, buf, theme),
    }
}

fn heading<'a>(text: impl Into<String>, style: ratatui::style::Style) -> Line<'a> {
    Line::styled(text.into(), style).centered()
}

/// A record as one bullet: its title and status.
fn bullet<'a>(app: &'a App, r: crate::data::RecordRef, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang;
    let Some(rec) = app.data.get(r) else {
        return Vec::new();
    };
    let status = rec
        .status()
        .and_then(|s| app.data.status(s))
        .map(|s| format!("  ({})", capped(s.name.get(lang))))
        .unwrap_or_default();
    vec![
        Line::from(vec![
            Span::styled("● ", theme.stage(app.stage(r))),
            Span::styled(capped(rec.title().get(lang)), theme.base),
            Span::styled(status, theme.muted),
        ]),
        Line::default(),
    ]
}

/// Wrapped lines, centred vertically in `area` (and horizontally if `centre`).
/// Blank lines go first when the slide is too tall for the screen.
fn centred_text(lines: Vec<Line>, area: Rect, buf: &mut Buffer, theme: &Theme, centre: bool) {
    let fits = Paragraph::new(lines.clone())
        .wrap(Wrap { trim: false })
        .line_count(area.width)
        <= usize::from(area.height);
    let lines: Vec<Line> = if fits {
        lines
    } else {
        lines.into_iter().filter(|l| l.width() > 0).collect()
    };
    let mut p = Paragraph::new(lines)
        .style(theme.base)
        .wrap(Wrap { trim: false });
    if centre {
        p = p.centered();
    }
    let height = (p.line_count(area.width) as u16).min(area.height);
    let [box_] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    p.render(box_, buf);
}

/// The biggest font for `text` that leaves `room_rows` rows of `area` for other lines.
fn big_size(text: &str, area: Rect, room_rows: u16) -> Option<(PixelSize, u16)> {
    let glyphs = text.chars().count() as u16;
    [
        (PixelSize::Full, 8, 8),
        (PixelSize::HalfHeight, 4, 8),
        (PixelSize::Quadrant, 4, 4),
    ]
    .into_iter()
    .find(|&(_, rows, cols)| rows + room_rows <= area.height && glyphs * cols <= area.width)
    .map(|(size, rows, _)| (size, rows))
}

/// Big text above normal lines, the whole block centred.
fn big_over_lines(big: &str, lines: Vec<Line>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = Paragraph::new(lines)
        .style(theme.base)
        .wrap(Wrap { trim: false })
        .centered();
    let text_rows = text.line_count(area.width) as u16;
    let size = big_size(big, area, text_rows + 1);
    let big_rows = size.map_or(0, |(_, rows)| rows + 1);
    let [block] = Layout::vertical([Constraint::Length((big_rows + text_rows).min(area.height))])
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

fn title_slide(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let d = &app.data;
    let lang = app.lang;
    let mut lines = vec![
        heading(capped(d.visit.title.get(lang)), theme.heading),
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
        format!("{}{who}", capped(&d.sources_words(lang)),),
        theme.muted,
    ));
    // The year is digits, which the big font has; the rest stays in normal text.
    let year = d.year();
    big_over_lines(&year, lines, area, buf, theme);
}

fn figure_slide(
    app: &App,
    r: crate::data::RecordRef,
    i: usize,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let lang = app.lang;
    let Some(rec) = app.data.get(r) else {
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
        Line::styled(source_line(&app.data, rec.evidence(), lang), theme.muted).centered(),
    ];
    big_over_lines(&format_value(f.value), lines, area, buf, theme);
}

fn quote_slide(app: &App, r: crate::data::RecordRef, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang;
    let Some(Record::Quote(q)) = app.data.get(r) else {
        return;
    };
    // Each language in its own quotation marks.
    let ru = format!("«{}»", capped(&q.ru));
    let en = format!("“{}”", capped(&q.en));
    let (main, other) = match lang {
        Lang::En => (en, ru),
        Lang::Ru => (ru, en),
    };
    let who = app
        .data
        .person(&q.speaker)
        .map(|p| {
            format!(
                "— {}, {}",
                capped(p.name.get(lang)),
                capped(p.role.get(lang))
            )
        })
        .unwrap_or_default();
    let lines = vec![
        Line::styled(capped(q.topic.get(lang)), theme.label),
        Line::default(),
        Line::styled(main, theme.quote.patch(theme.heading)),
        Line::default(),
        Line::styled(who, theme.label),
        Line::default(),
        Line::styled(other, theme.muted),
        Line::styled(source_line(&app.data, &q.evidence, lang), theme.muted),
    ];
    centred_text(lines, area, buf, theme, true);
}

fn summary_slide(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang;
    let stages = [Stage::Achieved, Stage::Underway, Stage::Intended].map(|s| (s, by_stage(app, s)));
    // With every title on a line of its own (blank lines give way first), does it all
    // fit? If not, each stage names what fits and counts the rest.
    let needed: usize = 1 + stages.iter().map(|(_, r)| r.len() + 1).sum::<usize>();
    let room = usize::from(area.height);
    let per_stage = if needed <= room {
        usize::MAX
    } else {
        (room.saturating_sub(4) / 3).max(1)
    };
    let mut lines = vec![
        heading(lang.pick("Summary", "Итоги"), theme.heading),
        Line::default(),
    ];
    for (stage, records) in stages {
        lines.push(Line::from(vec![
            Span::styled(
                stage_name(stage, lang),
                theme.stage(Some(stage)).patch(theme.heading),
            ),
            Span::styled(format!("  {}", records.len()), theme.figure),
        ]));
        let shown = if records.len() > per_stage {
            per_stage - 1
        } else {
            records.len()
        };
        for r in &records[..shown] {
            if let Some(rec) = app.data.get(*r) {
                let line = Line::from(vec![
                    Span::styled("  ● ", theme.stage(Some(stage))),
                    Span::raw(capped(rec.title().get(lang))),
                ]);
                lines.push(fit(line, area.width));
            }
        }
        if shown < records.len() {
            let more = match lang {
                Lang::En => format!("    … and {} more", records.len() - shown),
                Lang::Ru => format!("    … и ещё {}", records.len() - shown),
            };
            lines.push(Line::styled(more, theme.muted));
        }
        lines.push(Line::default());
    }
    centred_text(lines, area, buf, theme, false);
}

/// The footer: a thin bar filled in proportion to the position, and "n / N".
fn progress(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let total = app.deck.slides.len().max(1);
    let n = app.deck.current + 1;
    let counter = if app.deck.jump.is_empty() {
        format!(" {n} / {total} ")
    } else {
        format!(" → {} ", app.deck.jump)
    };
    let counter_w = counter.chars().count() as u16;
    let bar_w = area.width.saturating_sub(counter_w + 2);
    let done = (usize::from(bar_w) * n / total) as u16;
    let line = Line::from(vec![
        Span::raw(" "),
        Span::styled("━".repeat(usize::from(done)), theme.key),
        Span::styled("─".repeat(usize::from(bar_w - done)), theme.muted),
        Span::raw(" "),
        Span::styled(counter, theme.tab_active),
    ]);
    line.render(area, buf);
}

fn index(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let box_ = centered(
        area,
        80.min(area.width.saturating_sub(4)),
        area.height.saturating_sub(2),
    );
    Clear.render(box_, buf);
    let rows = usize::from(box_.height.saturating_sub(2));
    // Keep the current slide mid-box, but never leave the box half empty at the end.
    let skip = app
        .deck
        .current
        .saturating_sub(rows / 2)
        .min(app.deck.slides.len().saturating_sub(rows));
    let lines: Vec<Line> = app
        .deck
        .slides
        .iter()
        .enumerate()
        .skip(skip)
        .take(rows)
        .map(|(i, s)| {
            let style = if i == app.deck.current {
                theme.selected
            } else {
                theme.popup
            };
            Line::styled(format!("{:>3}  {}", i + 1, slide_title(app, *s)), style)
        })
        .collect();
    let title = app.lang.pick(
        " Slides: ↑↓ choose, Enter go ",
        " Слайды: ↑↓ выбор, Enter — перейти ",
    );
    Paragraph::new(lines)
        .block(
            ratatui::widgets::Block::bordered()
                .border_style(theme.border_focus)
                .title(Span::styled(title, theme.heading))
                .style(theme.popup),
        )
        .render(box_, buf);
}
