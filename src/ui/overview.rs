//! The first tab: the visit at a glance. Headline figures with their sources, where
//! investment goes and the expert's reading; beside them the outcomes (`outcomes`).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::capped;
use super::outcomes;
use super::theme::Theme;
use crate::app::outcomes::panels;
use crate::app::text::{figure_text, source_line};
use crate::app::App;
use crate::data::disagree::{date_short, figure_short};
use crate::data::{Category, RecordRef};
use crate::words::W;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    // The charts strip below, the panels above (`panels` leaves the strip out).
    let (_, charts) = crate::app::layout::carve(area);
    super::charts::overview(app, charts, buf, theme);
    let [left, right] = panels(area);
    let text = Paragraph::new(visit_lines(app, theme)).wrap(Wrap { trim: false });
    // The visit scrolls (PgUp/PgDn, the wheel) as far as it overflows: measured here,
    // where it is wrapped for drawing.
    let n = text.line_count(left.width.saturating_sub(2));
    let max = u16::try_from(n)
        .unwrap_or(u16::MAX)
        .saturating_sub(left.height.saturating_sub(2));
    app.measured().detail_max.set(max);
    let scroll = app.detail_scroll().min(max);
    let hint = if max > scroll {
        W::MorePgDn.get(app.lang())
    } else {
        ""
    };
    text.block(
        Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", W::TheVisit.get(app.lang())),
                theme.heading,
            ))
            .title_bottom(Line::styled(hint, theme.muted).right_aligned()),
    )
    .style(theme.base)
    .scroll((scroll, 0))
    .render(left, buf);
    outcomes::render(app, right, buf, theme);
}

/// At most this many headline figures.
const FIGURES: usize = 6;

/// Figures stated anywhere in the records shown, as headline facts: one per label of a
/// record, with every source that states it ("Zakon.kz, 30 Aug 2025; BAQ.KZ, 5 Sep
/// 2025"), and the figures side by side where those sources differ.
pub fn headline_figures(app: &App) -> Vec<(RecordRef, String, String)> {
    let lang = app.lang();
    let d = app.data();
    Category::ALL
        .into_iter()
        .flat_map(|c| app.list(c).rows.iter())
        .filter_map(|h| d.get(h.record).map(|rec| (h.record, rec)))
        .flat_map(|(r, rec)| {
            rec.figure_groups().into_iter().map(move |g| {
                let figure = match g.figures.as_slice() {
                    [one] => figure_text(one, lang),
                    _ if !g.differ() => g
                        .figures
                        .first()
                        .map_or(String::new(), |f| figure_text(f, lang)),
                    all => all
                        .iter()
                        .map(|f| figure_short(f, lang))
                        .collect::<Vec<_>>()
                        .join(" ≠ "),
                };
                let mut by: Vec<String> = Vec::new();
                for f in &g.figures {
                    let Some(src) = f.source.as_deref().and_then(|s| d.source(s)) else {
                        continue;
                    };
                    let date = f.date.as_deref().or(src.published.as_deref());
                    let one = match date {
                        Some(date) => format!("{}, {}", src.outlet, date_short(date, lang)),
                        None => src.outlet.to_string(),
                    };
                    if !by.contains(&one) {
                        by.push(one);
                    }
                }
                let label = capped(g.label.get(lang));
                let label = if by.is_empty() {
                    label.to_string()
                } else {
                    format!("{label} ({})", by.join("; "))
                };
                (r, figure, label)
            })
        })
        .take(FIGURES)
        .collect()
}

fn visit_lines<'a>(app: &'a App, theme: &Theme) -> Vec<Line<'a>> {
    let d = app.data();
    let lang = app.lang();
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
        let by = W::Source.get(lang);
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
    out.push(Line::styled(W::HeadlineFigures.get(lang), theme.heading));
    for (_, figure, label) in headline_figures(app) {
        out.push(Line::from(vec![
            Span::styled(format!("  {figure}"), theme.figure),
            Span::styled(format!("  {label}"), theme.muted),
        ]));
    }
    if let Some(p) = &d.investment_pattern {
        out.push(Line::default());
        out.push(Line::styled(
            W::WhereInvestmentGoes.get(lang),
            theme.heading,
        ));
        out.push(Line::raw(capped(p.summary.get(lang))));
    }
    out.push(Line::default());
    out.push(Line::styled(W::ExpertReading.get(lang), theme.heading));
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
