//! The first tab: the visit at a glance. Headline figures, what was done versus only
//! intended, where investment goes, and the expert's reading.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::app::text::{figure_text, source_line};
use crate::app::App;
use crate::data::{Category, Lang, RecordRef, Stage};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let [left, right] = if area.width >= 100 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    } else {
        Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area)
    };
    panel(
        left,
        buf,
        theme,
        title(app.lang, "The visit", "Визит"),
        visit_lines(app, theme),
    );
    panel(
        right,
        buf,
        theme,
        title(app.lang, "Outcomes", "Итоги"),
        outcome_lines(app, theme),
    );
}

fn title(lang: Lang, en: &'static str, ru: &'static str) -> &'static str {
    match lang {
        Lang::En => en,
        Lang::Ru => ru,
    }
}

fn panel(area: Rect, buf: &mut Buffer, theme: &Theme, name: &str, lines: Vec<Line>) {
    Paragraph::new(lines)
        .block(
            Block::default()
                .borders(Borders::ALL)
                .border_style(theme.border)
                .title(Span::styled(format!(" {name} "), theme.heading)),
        )
        .style(theme.base)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// Figures stated anywhere in the records shown, as headline facts.
pub fn headline_figures(app: &App) -> Vec<(RecordRef, String, String)> {
    let lang = app.lang;
    let mut out = Vec::new();
    for c in Category::ALL {
        for h in &app.list(c).rows {
            if let Some(rec) = app.data.get(h.record) {
                for f in rec.figures() {
                    out.push((
                        h.record,
                        figure_text(f, lang),
                        f.label.get(lang).to_string(),
                    ));
                }
            }
        }
    }
    out
}

fn visit_lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    let d = &app.data;
    let lang = app.lang;
    let leader = d.person(&d.visit.leader);
    let mut out = vec![
        Line::styled(d.visit.title.get(lang), theme.heading),
        Line::from(vec![
            Span::styled(d.visit.event.get(lang), theme.label),
            Span::raw(", "),
            Span::raw(d.visit.place.get(lang)),
            Span::raw(" · "),
            Span::raw(d.visit.host.get(lang)),
        ]),
    ];
    if let Some(p) = leader {
        out.push(Line::from(format!(
            "{} — {}",
            p.name.get(lang),
            p.role.get(lang)
        )));
    }
    if let Some(who) = d.source.interviewee.as_deref().and_then(|id| d.person(id)) {
        let by = title(lang, "Source", "Источник");
        out.push(Line::from(vec![
            Span::styled(format!("{by}: "), theme.label),
            Span::styled(
                format!(
                    "{} {}, {} · {}, {}",
                    d.source.kind.get(lang),
                    d.source.outlet,
                    d.source.date,
                    who.name.get(lang),
                    who.role.get(lang)
                ),
                theme.muted,
            ),
        ]));
    }
    out.push(Line::default());
    out.push(Line::raw(d.visit.summary.get(lang)));
    out.push(Line::default());
    out.push(Line::styled(
        title(lang, "Headline figures", "Главные цифры"),
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
            title(lang, "Where investment goes", "Куда идут инвестиции"),
            theme.heading,
        ));
        out.push(Line::raw(p.summary.get(lang)));
    }
    out.push(Line::default());
    out.push(Line::styled(
        title(lang, "The expert's reading", "Оценки эксперта"),
        theme.heading,
    ));
    for n in &d.context {
        out.push(Line::from(vec![
            Span::styled(format!("{}. ", n.title.get(lang)), theme.label),
            Span::raw(n.summary.get(lang)),
        ]));
        out.push(Line::styled(
            format!("   {}", source_line(d, &n.paragraphs, lang)),
            theme.muted,
        ));
    }
    out
}

fn outcome_lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang;
    let mut counts = vec![Span::raw("")];
    for c in Category::ALL {
        let shown = app.list(c).rows.len();
        let n = if app.filtering() {
            format!("{shown}/{}", app.data.len(c))
        } else {
            shown.to_string()
        };
        counts.push(Span::styled(n, theme.figure));
        counts.push(Span::raw(format!(" {}   ", c.label(lang))));
    }
    let mut out = vec![Line::from(counts), Line::default()];
    let groups = [
        (
            Stage::Achieved,
            title(
                lang,
                "Done: signed, opened, announced",
                "Сделано: подписано, открыто, объявлено",
            ),
        ),
        (Stage::Underway, title(lang, "Under way", "В процессе")),
        (
            Stage::Intended,
            title(
                lang,
                "Only agreed, planned or proposed",
                "Пока договорённости, планы и предложения",
            ),
        ),
    ];
    for (stage, heading) in groups {
        let items: Vec<(RecordRef, String, String)> = Category::ALL
            .into_iter()
            .flat_map(|c| app.list(c).rows.iter())
            .filter(|h| app.stage(h.record) == Some(stage))
            .filter_map(|h| {
                let rec = app.data.get(h.record)?;
                let status = rec.status().and_then(|s| app.data.status(s))?;
                Some((
                    h.record,
                    rec.title().get(lang).to_string(),
                    status.name.get(lang).to_string(),
                ))
            })
            .collect();
        out.push(Line::from(vec![
            Span::styled(heading, theme.stage(Some(stage)).patch(theme.heading)),
            Span::styled(format!("  {}", items.len()), theme.figure),
        ]));
        for (_, name, status) in items {
            out.push(Line::from(vec![
                Span::styled("  ● ", theme.stage(Some(stage))),
                Span::raw(name),
                Span::styled(format!("  {status}"), theme.muted),
            ]));
        }
        out.push(Line::default());
    }
    out
}
