//! The first tab: the visit at a glance. Headline figures, what was done versus only
//! intended, where investment goes, and the expert's reading.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::capped;
use super::fit::fit;
use super::theme::Theme;
use crate::app::text::{figure_text, source_line};
use crate::app::App;
use crate::data::{Category, Lang, RecordRef, Stage};

/// The two panels: side by side from 100 columns, stacked below.
fn panels(area: Rect) -> [Rect; 2] {
    if area.width >= 100 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    }
}

fn contents<'a>(app: &'a App, theme: &Theme, [_, right]: [Rect; 2]) -> [Vec<Line<'a>>; 2] {
    [
        visit_lines(app, theme),
        outcome_lines(app, theme, right.width.saturating_sub(2)),
    ]
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let (area, charts) = super::charts::carve(area);
    super::charts::overview(app, charts, buf, theme);
    let rects = panels(area);
    let texts =
        contents(app, theme, rects).map(|lines| Paragraph::new(lines).wrap(Wrap { trim: false }));
    // The panels scroll together, as far as the taller one overflows: measured here, where
    // they are wrapped for drawing.
    let max = texts
        .iter()
        .zip(rects)
        .map(|(text, r)| {
            let n = text.line_count(r.width.saturating_sub(2));
            u16::try_from(n)
                .unwrap_or(u16::MAX)
                .saturating_sub(r.height.saturating_sub(2))
        })
        .max()
        .unwrap_or(0);
    app.measured.detail_max.set(max);
    let scroll = app.detail_scroll.min(max);
    let more = max > scroll;
    let names = [
        app.lang.pick("The visit", "Визит"),
        app.lang.pick("Outcomes", "Итоги"),
    ];
    for ((text, r), name) in texts.into_iter().zip(rects).zip(names) {
        let hint = if more {
            app.lang.pick(" ↓ j/k: more ", " ↓ j/k: ещё ")
        } else {
            ""
        };
        text.block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(Span::styled(format!(" {name} "), theme.heading))
                .title_bottom(Line::styled(hint, theme.muted).right_aligned()),
        )
        .style(theme.base)
        .scroll((scroll, 0))
        .render(r, buf);
    }
}

/// At most this many records are named under each stage; the rest are counted.
const PER_STAGE: usize = 8;
/// At most this many headline figures.
const FIGURES: usize = 6;

/// Figures stated anywhere in the records shown, as headline facts.
pub fn headline_figures(app: &App) -> Vec<(RecordRef, String, String)> {
    let lang = app.lang;
    Category::ALL
        .into_iter()
        .flat_map(|c| app.list(c).rows.iter())
        .filter_map(|h| app.data.get(h.record).map(|rec| (h.record, rec)))
        .flat_map(|(r, rec)| {
            rec.figures().iter().map(move |f| {
                (
                    r,
                    figure_text(f, lang),
                    capped(f.label.get(lang)).to_string(),
                )
            })
        })
        .take(FIGURES)
        .collect()
}

fn visit_lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    let d = &app.data;
    let lang = app.lang;
    let leader = d.person(&d.visit.leader);
    let mut out = vec![
        Line::styled(capped(d.visit.title.get(lang)), theme.heading),
        Line::from(vec![
            Span::styled(capped(d.visit.event.get(lang)), theme.label),
            Span::raw(", "),
            Span::raw(capped(d.visit.place.get(lang))),
            Span::raw(" · "),
            Span::raw(capped(d.visit.host.get(lang))),
        ]),
    ];
    if let Some(p) = leader {
        out.push(Line::from(format!(
            "{} — {}",
            capped(p.name.get(lang)),
            capped(p.role.get(lang))
        )));
    }
    if let Some(who) = d.interviewee() {
        let by = lang.pick("Source", "Источник");
        out.push(Line::from(vec![
            Span::styled(format!("{by}: "), theme.label),
            Span::styled(
                format!(
                    "{} · {}, {}",
                    capped(&d.sources_words(lang)),
                    capped(who.name.get(lang)),
                    capped(who.role.get(lang))
                ),
                theme.muted,
            ),
        ]));
    }
    out.push(Line::default());
    out.push(Line::raw(capped(d.visit.summary.get(lang))));
    out.push(Line::default());
    out.push(Line::styled(
        lang.pick("Headline figures", "Главные цифры"),
        theme.heading,
    ));
    for (_, figure, label) in headline_figures(app) {
        out.push(Line::from(vec![
            Span::styled(format!("  {figure}"), theme.figure),
            Span::styled(format!("  {label}"), theme.muted),
        ]));
    }
    if let Some(p) = &d.investment_pattern {
        out.push(Line::default());
        out.push(Line::styled(
            lang.pick("Where investment goes", "Куда идут инвестиции"),
            theme.heading,
        ));
        out.push(Line::raw(capped(p.summary.get(lang))));
    }
    out.push(Line::default());
    out.push(Line::styled(
        lang.pick("The expert's reading", "Оценки эксперта"),
        theme.heading,
    ));
    for n in &d.context {
        out.push(Line::from(vec![
            Span::styled(format!("{}. ", capped(n.title.get(lang))), theme.label),
            Span::raw(capped(n.summary.get(lang))),
        ]));
        out.push(Line::styled(
            format!("   {}", source_line(d, &n.evidence, lang)),
            theme.muted,
        ));
    }
    out
}

fn outcome_lines<'a>(app: &'a App, theme: &Theme, width: u16) -> Vec<Line<'a>> {
    let lang = app.lang;
    let mut counts = vec![Span::raw("")];
    for c in Category::ALL {
        let shown = app.list(c).rows.len();
        let total = app.data.len(c);
        // The noun agrees with the number it follows: "1 corridor", "9 соглашений".
        let (n, counted) = if app.filtering() {
            (format!("{shown}/{total}"), total)
        } else {
            (shown.to_string(), shown)
        };
        counts.push(Span::styled(n, theme.figure));
        counts.push(Span::raw(format!(" {}   ", c.noun().form(counted, lang))));
    }
    let mut out = vec![Line::from(counts), Line::default()];
    let groups = [
        (
            Stage::Achieved,
            lang.pick(
                "Done: signed, opened, announced",
                "Сделано: подписано, открыто, объявлено",
            ),
        ),
        (Stage::Underway, lang.pick("Under way", "В процессе")),
        (
            Stage::Intended,
            lang.pick(
                "Only agreed, planned or proposed",
                "Пока договорённости, планы и предложения",
            ),
        ),
    ];
    for (stage, heading) in groups {
        let named: Vec<RecordRef> = Category::ALL
            .into_iter()
            .flat_map(|c| app.list(c).rows.iter())
            .filter(|h| app.stage(h.record) == Some(stage))
            .take(PER_STAGE)
            .map(|h| h.record)
            .collect();
        let total = app.stage_count(stage);
        out.push(Line::from(vec![
            Span::styled(heading, theme.stage(Some(stage)).patch(theme.heading)),
            Span::styled(format!("  {total}"), theme.figure),
        ]));
        for r in named {
            let Some(rec) = app.data.get(r) else {
                continue;
            };
            let status = rec
                .status()
                .and_then(|s| app.data.status(s))
                .map_or("", |s| capped(s.name.get(lang)));
            // One line each, cut to the panel: a wrapped title would look like two items.
            out.push(fit(
                Line::from(vec![
                    Span::styled("  ● ", theme.stage(Some(stage))),
                    Span::raw(capped(rec.title().get(lang))),
                    Span::styled(format!("  {status}"), theme.muted),
                ]),
                width,
            ));
        }
        if total > PER_STAGE {
            let more = match lang {
                Lang::En => format!("    … and {} more", total - PER_STAGE),
                Lang::Ru => format!("    … и ещё {}", total - PER_STAGE),
            };
            out.push(Line::styled(more, theme.muted));
        }
        out.push(Line::default());
    }
    out
}
