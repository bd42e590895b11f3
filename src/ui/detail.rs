//! The detail pane: everything about the selected record.

use crate::words::{say, W};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::capped;
use super::evidence;
use super::highlight::{highlighted, highlighted_title};
use super::related;
use super::theme::Theme;
use crate::app::text::{facts, figure_text, places_text};
use crate::app::App;
use crate::data::disagree::{date_short, figure_short};
use crate::data::{Lang, Record, RecordRef};

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let Some(r) = app.selected_record() else {
        let none = Line::styled(say(W::NoRecordSelected, app.lang()), theme.muted);
        return pane(app, vec![none], area, buf, theme);
    };
    record(app, r, area, buf, theme);
}

/// Record `r`'s detail, ending with its related records.
pub fn record(app: &App, r: RecordRef, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut all = lines(app, r, theme);
    let (more, at) = related::lines(app, r, theme);
    let at: Vec<usize> = at.into_iter().map(|i| all.len() + i).collect();
    all.extend(more);
    pane_at(app, all, &at, area, buf, theme);
}

/// The detail pane around `lines`: a border that says how to zoom, and a scroll that
/// stops at the end, measured here where the text is wrapped.
pub fn pane(app: &App, lines: Vec<Line<'_>>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    pane_at(app, lines, &[], area, buf, theme);
}

/// The detail pane, where lines `related` are the related records: scrolled to show the
/// one the keys are on, if they are there, else as far as the user scrolled.
fn pane_at(
    app: &App,
    lines: Vec<Line<'_>>,
    related: &[usize],
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let lang = app.lang();
    let width = area.width.saturating_sub(2);
    let inside = area.height.saturating_sub(2);
    let rows = related_rows(&lines, related, width);
    // The focused record's wrapped row, put in the middle of the pane.
    let focus_scroll = app
        .related()
        .and_then(|i| rows.get(i))
        .map(|(from, _)| from.saturating_sub(inside / 2));
    let hint = say(if app.zoom() { W::BackHint } else { W::ZoomHint }, lang);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if app.zoom() {
            theme.border_focus
        } else {
            theme.border
        })
        .title_bottom(Line::styled(hint, theme.muted).right_aligned());
    let text = Paragraph::new(lines).wrap(Wrap { trim: false });
    // Measured where it is drawn: the wrapped height past the pane's inside.
    let height = u16::try_from(text.line_count(width)).unwrap_or(u16::MAX);
    let max = height.saturating_sub(inside);
    app.measured().detail_max.set(max);
    let scroll = focus_scroll.unwrap_or(app.detail_scroll()).min(max);
    app.measured().related_rows.replace((rows, scroll));
    // A pane that hides its tail says so, as the overview's panes do; j/k scroll only a
    // zoomed pane.
    let more = if app.zoom() { W::More } else { W::MoreBelow };
    let block = if max > scroll {
        block.title_bottom(Line::styled(say(more, lang), theme.muted).left_aligned())
    } else {
        block
    };
    text.block(block)
        .style(theme.base)
        .scroll((scroll, 0))
        .render(area, buf);
}

/// The wrapped rows (from, to) that lines `at` take in `width` columns.
fn related_rows(lines: &[Line<'_>], at: &[usize], width: u16) -> Vec<(u16, u16)> {
    let Some(&first) = at.first() else {
        return Vec::new();
    };
    let height = |ls: Vec<Line<'_>>| {
        let n = Paragraph::new(ls)
            .wrap(Wrap { trim: false })
            .line_count(width);
        u16::try_from(n).unwrap_or(u16::MAX)
    };
    let mut row = height(lines[..first.min(lines.len())].to_vec());
    let mut out = Vec::with_capacity(at.len());
    for (i, line) in lines.iter().enumerate().skip(first) {
        let h = height(vec![line.clone()]);
        if at.contains(&i) {
            out.push((row, row.saturating_add(h)));
        }
        row = row.saturating_add(h);
    }
    out
}

/// The detail of one record as styled lines (also used by presentation slides).
pub fn lines<'a>(app: &'a App, r: RecordRef, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang();
    let Some(rec) = app.data().get(r) else {
        return Vec::new();
    };
    let f = facts(app.data(), &rec, lang);
    let mut out = vec![
        highlighted_title(
            rec.title().get(lang),
            app.query(),
            theme.heading,
            theme.matched,
        ),
        Line::default(),
    ];
    let field = |out: &mut Vec<Line<'a>>, label: W, value: String, style| {
        if !value.is_empty() {
            out.push(Line::from(vec![
                Span::styled(format!("{}: ", label.get(lang)), theme.label),
                Span::styled(value, style),
            ]));
        }
    };
    if let Some(status) = f.status {
        field(
            &mut out,
            W::Status,
            format!("● {status}"),
            theme.stage(app.stage(r)),
        );
    }
    let speaker = matches!(rec, Record::Quote(_));
    field(
        &mut out,
        if speaker { W::Speaker } else { W::People },
        f.people.join("; "),
        theme.base,
    );
    field(&mut out, W::Companies, both_scripts(app, &rec), theme.base);
    field(&mut out, W::Sectors, f.sectors.join(" · "), theme.base);
    let places = places_text(app.data(), &rec, lang);
    if !places.is_empty() && rec.place().is_none() {
        field(&mut out, W::Place, places, theme.base);
    }
    if let Some(place) = rec.place() {
        field(
            &mut out,
            W::Place,
            other_script(place.get(lang), place.get(lang.toggle())),
            theme.base,
        );
    }
    if let Some(e) = rec.event().and_then(|id| app.data().event(id)) {
        let when = date_short(&e.date, lang);
        field(
            &mut out,
            W::Event,
            format!("{} ({when})", e.title.get(lang)),
            theme.base,
        );
    }
    field(
        &mut out,
        W::Claimed,
        format!(
            "{} · {}",
            rec.claimed_by().label(lang),
            rec.novelty().label(lang)
        ),
        theme.base,
    );
    // Figures by label; where sources give several, each with who said it and when.
    let groups = rec.figure_groups();
    if !groups.is_empty() {
        out.push(Line::styled(
            format!("{}:", W::Figures.get(lang)),
            theme.label,
        ));
        for g in groups {
            // One figure reads in full; several, side by side, in their short form.
            let text = |f| {
                if g.figures.len() > 1 {
                    figure_short(f, lang)
                } else {
                    figure_text(f, lang)
                }
            };
            let each: Vec<String> = g
                .figures
                .iter()
                .map(|f| match &f.source {
                    Some(src) => app.data().attributed(text(f), src, f.date.as_deref(), lang),
                    None => text(f),
                })
                .collect();
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(each.join(" · "), theme.figure),
                Span::styled(format!("  {}", g.label.get(lang)), theme.muted),
            ]));
        }
    }
    for line in app.data().disagreement_lines(&rec, lang) {
        out.push(Line::styled(format!("≠ {line}"), theme.underway));
    }
    out.push(Line::default());
    match rec {
        Record::Quote(q) => {
            let (first, second) = match lang {
                Lang::En => ((&q.en, W::Translation), (&q.ru, W::Original)),
                Lang::Ru => ((&q.ru, W::Original), (&q.en, W::Translation)),
            };
            for (text, label) in [first, second] {
                out.push(Line::styled(format!("{}:", label.get(lang)), theme.label));
                out.push(highlighted(
                    capped(text),
                    app.query(),
                    theme.quote,
                    theme.matched,
                ));
                out.extend(cut_mark(text, theme));
                out.push(Line::default());
            }
        }
        _ => {
            out.push(highlighted(
                capped(rec.body(lang)),
                app.query(),
                theme.base,
                theme.matched,
            ));
            out.extend(cut_mark(rec.body(lang), theme));
            out.push(Line::default());
        }
    }
    out.extend(evidence::lines(app, rec.evidence(), theme));
    out
}

/// "…" after a text `capped` cut short.
fn cut_mark<'a>(text: &str, theme: &Theme) -> Option<Line<'a>> {
    (capped(text).len() < text.len()).then(|| Line::styled("…", theme.muted))
}

/// "Sinopec («Синопек»)": a company in the reader's script, with the other form beside it.
fn both_scripts(app: &App, rec: &Record<'_>) -> String {
    let lang = app.lang();
    rec.companies()
        .iter()
        .map(|id| match app.data().company(id) {
            Some(c) => other_script(c.name.get(lang), c.name.get(lang.toggle())),
            None => id.to_string(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn other_script(main: &str, other: &str) -> String {
    if main == other {
        main.to_string()
    } else {
        format!("{main} ({other})")
    }
}
