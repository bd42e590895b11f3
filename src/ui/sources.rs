//! The Sources view: every source once, with how many records it supports or disputes;
//! Enter shows only the records that cite the selected one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::detail;
use super::rows::{self, Rows};
use super::theme::Theme;
use crate::app::filters::Filter;
use crate::app::layout::table_rows;
use crate::app::App;
use crate::data::disagree::date_short;
use crate::data::facets::Dimension;
use crate::words::{count, say, Noun, W};

pub fn table(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let uses = app.data().source_uses();
    let window = usize::from(table_rows(area).height);
    let rows = uses
        .iter()
        .enumerate()
        .skip(app.sources().offset)
        .take(window)
        .map(|(i, (s, u))| {
            let on = app.filters().contains(Filter::new(Dimension::Source, i));
            let outlet = if on {
                format!("▶ {}", s.outlet)
            } else {
                s.outlet.to_string()
            };
            let against = if u.disputes > 0 {
                format!("{} ≠", u.disputes)
            } else {
                String::new()
            };
            vec![
                Line::styled(outlet, if on { theme.matched } else { theme.base }),
                Line::styled(
                    s.published
                        .as_deref()
                        .map(|d| date_short(d, lang))
                        .unwrap_or_default(),
                    theme.muted,
                ),
                Line::styled(s.kind.label(lang).to_lowercase(), theme.base),
                Line::styled(s.language.to_string(), theme.muted),
                Line::styled(u.records.len().to_string(), theme.figure),
                Line::styled(against, theme.underway),
            ]
        })
        .collect();
    let t = Rows {
        title: format!(" {} ", count(uses.len(), Noun::Source, lang)),
        headers: vec![
            say(W::Source, lang),
            say(W::Date, lang),
            say(W::Kind, lang),
            say(W::Language, lang),
            say(W::RecordsCol, lang),
            say(W::Disputes, lang),
        ],
        widths: vec![0, 11, 10, 4, 7, 9],
        rows,
    };
    rows::render(t, app.sources(), !app.zoom(), area, buf, theme);
}

/// The selected source: its page, what kind it is, and every record that cites it.
pub fn detail(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let uses = app.data().source_uses();
    let Some((s, u)) = uses.get(app.sources().selected) else {
        detail::pane(
            app,
            vec![Line::styled(say(W::NothingMatches, lang), theme.muted)],
            area,
            buf,
            theme,
        );
        return;
    };
    let mut lines = vec![Line::styled(s.outlet.to_string(), theme.heading)];
    if let Some(t) = &s.title {
        lines.push(Line::styled(t.get(lang).to_string(), theme.base));
    }
    lines.push(Line::default());
    let facts = [
        s.published.as_deref().map(|d| date_short(d, lang)),
        Some(s.kind.label(lang).to_string()),
        Some(s.language.to_string()),
    ];
    lines.push(Line::styled(
        facts.into_iter().flatten().collect::<Vec<_>>().join(" · "),
        theme.label,
    ));
    if let Some(url) = &s.url {
        lines.push(Line::styled(url.to_string(), theme.muted));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        format!(
            "{} · {}",
            count(u.records.len(), Noun::Record, lang),
            say(W::EnterFilters, lang)
        ),
        theme.heading,
    ));
    for r in &u.records {
        let Some(rec) = app.data().get(*r) else {
            continue;
        };
        let stance = crate::data::Dataset::stance_of(&rec, &s.id)
            .map(|x| format!(" ({})", x.label(lang)))
            .unwrap_or_default();
        lines.push(Line::styled(
            format!("  ● {}{stance}", rec.title().get(lang)),
            theme.stage(app.stage(*r)),
        ));
    }
    detail::pane(app, lines, area, buf, theme);
}
