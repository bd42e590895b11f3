//! Slides of text: a stage's agreements, one record, a quote, the summary.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::super::capped;
use super::super::fit::fit;
use super::super::theme::Theme;
use super::flow::paged_text;
use super::{heading, source_style, stage_name};
use crate::app::present::{agreements_at, by_stage};
use crate::app::text::{figure_text, source_line};
use crate::app::App;
use crate::data::{Lang, Record, RecordRef, Stage};
use crate::words::{say, W};

pub fn agreements_slide(app: &App, stage: Stage, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let mut lines = vec![
        heading(
            stage_name(stage, lang),
            theme.stage(Some(stage)).patch(theme.heading),
        ),
        Line::default(),
    ];
    for r in agreements_at(app, stage) {
        let Some(rec) = app.data().get(r) else {
            continue;
        };
        lines.push(Line::from(vec![
            Span::styled("● ", theme.stage(app.stage(r))),
            Span::styled(capped(rec.title().get(lang)), theme.base),
            Span::styled(status_note(app, &rec), theme.label),
        ]));
        lines.push(Line::default());
    }
    paged_text(app, lines, area, buf, theme, false);
}

fn status_note(app: &App, rec: &Record<'_>) -> String {
    rec.status()
        .and_then(|s| app.data().status(s))
        .map(|s| format!("  ({})", capped(s.name.get(app.lang()))))
        .unwrap_or_default()
}

/// An agreement, an investment or a corridor, in one layout: the title, the key figures
/// large, the status, the places, the sources.
pub fn record_slide(app: &App, r: RecordRef, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let Some(rec) = app.data().get(r) else {
        return;
    };
    let mut lines = vec![
        Line::styled(rec.category().label(lang).to_string(), theme.label).centered(),
        heading(capped(rec.title().get(lang)), theme.heading),
        Line::default(),
    ];
    for f in rec.figures() {
        lines.push(
            Line::from(vec![
                Span::styled(figure_text(f, lang), theme.figure),
                Span::styled(format!("  {}", capped(f.label.get(lang))), theme.label),
            ])
            .centered(),
        );
    }
    if !rec.figures().is_empty() {
        lines.push(Line::default());
    }
    if let Some(status) = rec.status().and_then(|s| app.data().status(s)) {
        lines.push(
            Line::from(vec![
                Span::styled("● ", theme.stage(app.stage(r))),
                Span::styled(capped(status.name.get(lang)), theme.stage(app.stage(r))),
            ])
            .centered(),
        );
    }
    if let Some(place) = rec.place() {
        lines.push(Line::styled(format!("⌖ {}", capped(place.get(lang))), theme.base).centered());
    }
    lines.push(Line::default());
    lines.push(Line::raw(capped(rec.body(lang)).to_string()));
    lines.push(Line::default());
    lines.push(
        Line::styled(
            source_line(app.data(), rec.evidence(), lang),
            source_style(theme),
        )
        .centered(),
    );
    paged_text(app, lines, area, buf, theme, false);
}

/// A quote in the language on show; with `--bilingual`, its other language below it.
pub fn quote_slide(app: &App, r: RecordRef, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let Some(Record::Quote(q)) = app.data().get(r) else {
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
        .data()
        .person(&q.speaker)
        .map(|p| {
            format!(
                "— {}, {}",
                capped(p.name.get(lang)),
                capped(p.role.get(lang))
            )
        })
        .unwrap_or_default();
    let mut lines = vec![
        Line::styled(capped(q.topic.get(lang)), theme.label),
        Line::default(),
        Line::styled(main, theme.quote.patch(theme.heading)),
        Line::default(),
        Line::styled(who, theme.label),
        Line::default(),
    ];
    if app.deck().bilingual {
        lines.push(Line::styled(other, theme.quote));
        lines.push(Line::default());
    }
    lines.push(Line::styled(
        source_line(app.data(), &q.evidence, lang),
        source_style(theme),
    ));
    paged_text(app, lines, area, buf, theme, true);
}

pub fn summary_slide(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
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
        heading(say(W::Summary, lang), theme.heading),
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
            if let Some(rec) = app.data().get(*r) {
                let line = Line::from(vec![
                    Span::styled("  ● ", theme.stage(Some(stage))),
                    Span::raw(capped(rec.title().get(lang))),
                ]);
                lines.push(fit(line, area.width));
            }
        }
        if shown < records.len() {
            let more = say(W::AndNMore, lang).replace("{n}", &(records.len() - shown).to_string());
            let more = format!("    {more}");
            lines.push(Line::styled(more, theme.muted));
        }
        lines.push(Line::default());
    }
    paged_text(app, lines, area, buf, theme, false);
}
