//! The Timeline view: the visit day by day, each event with the outcomes that belong to it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::detail;
use super::evidence;
use super::rows::{self, Rows};
use super::theme::Theme;
use crate::app::layout::table_rows;
use crate::app::timeline::{timeline_rows, TimelineRow};
use crate::app::App;
use crate::data::disagree::date_short;
use crate::data::Event;
use crate::words::{count, say, Noun, W};

pub fn table(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let all = timeline_rows(app);
    let window = usize::from(table_rows(area).height);
    let rows = all
        .iter()
        .skip(app.timeline().offset)
        .take(window)
        .map(|row| match row {
            TimelineRow::Event(e) => vec![
                Line::styled(date_short(&e.date, lang), theme.label),
                Line::styled(place(app, e), theme.muted),
                Line::styled(e.title.get(lang).to_string(), theme.heading),
            ],
            TimelineRow::Outcome(_, r) => {
                let title = app
                    .data()
                    .get(*r)
                    .map_or(String::new(), |rec| rec.title().get(lang).to_string());
                vec![
                    Line::default(),
                    Line::default(),
                    Line::styled(format!("  ● {title}"), theme.stage(app.stage(*r))),
                ]
            }
        })
        .collect();
    let days = app.data().events.len();
    let t = Rows {
        title: format!(" {} ", count(days, Noun::Event, lang)),
        headers: vec![say(W::Date, lang), say(W::Place, lang), say(W::Event, lang)],
        widths: vec![11, 16, 0],
        rows,
    };
    rows::render(t, app.timeline(), !app.zoom(), area, buf, theme);
}

fn place(app: &App, e: &Event) -> String {
    e.place
        .as_deref()
        .map(|id| {
            app.data()
                .place(id)
                .map_or(id, |p| p.name.get(app.lang()))
                .to_string()
        })
        .unwrap_or_default()
}

/// The selected row's detail: an event with its people, outcomes and sources, or the
/// outcome's own detail.
pub fn detail(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let all = timeline_rows(app);
    let lines = match all.get(app.timeline().selected) {
        // An outcome's detail is its record's, related records included.
        Some(TimelineRow::Outcome(_, r)) => return detail::record(app, *r, area, buf, theme),
        Some(TimelineRow::Event(e)) => event_lines(app, e, theme),
        None => vec![Line::styled(
            say(W::NothingMatches, app.lang()),
            theme.muted,
        )],
    };
    detail::pane(app, lines, area, buf, theme);
}

fn event_lines<'a>(app: &'a App, e: &'a Event, theme: &Theme) -> Vec<Line<'a>> {
    let lang = app.lang();
    let mut out = vec![
        Line::styled(e.title.get(lang).to_string(), theme.heading),
        Line::default(),
    ];
    let when = [date_short(&e.date, lang), place(app, e)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    out.push(Line::styled(when, theme.label));
    let people: Vec<String> = e
        .participants
        .iter()
        .map(|id| {
            app.data()
                .person(id)
                .map_or(id.to_string(), |p| p.name.get(lang).to_string())
        })
        .collect();
    if !people.is_empty() {
        out.push(Line::styled(
            format!("{}: {}", say(W::People, lang), people.join(", ")),
            theme.base,
        ));
    }
    out.push(Line::default());
    out.push(Line::styled(e.summary.get(lang).to_string(), theme.base));
    out.push(Line::default());
    let outcomes = app.data().records_of_event(&e.id);
    if !outcomes.is_empty() {
        out.push(Line::styled(say(W::Outcomes, lang), theme.heading));
        for r in outcomes {
            if let Some(rec) = app.data().get(r) {
                out.push(Line::styled(
                    format!("  ● {}", rec.title().get(lang)),
                    theme.stage(app.stage(r)),
                ));
            }
        }
        out.push(Line::default());
    }
    out.extend(evidence::lines(app, &e.evidence, theme));
    out
}
