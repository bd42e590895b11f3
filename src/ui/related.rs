//! The detail pane's last part: records that share a company, a person, a place, an event
//! or a source with the one on show, under a heading for each thing shared.

use ratatui::text::{Line, Span};

use super::capped;
use super::theme::Theme;
use crate::app::App;
use crate::data::related::LinkKind;
use crate::data::RecordRef;
use crate::words::{say, W};

/// The lines of the related records of `r`, and for each record listed (in the order the
/// keys move through them) the index of its line.
pub fn lines<'a>(app: &'a App, r: RecordRef, theme: &Theme) -> (Vec<Line<'a>>, Vec<usize>) {
    let lang = app.lang();
    let groups = app.related_groups(r);
    if groups.is_empty() {
        return (Vec::new(), Vec::new());
    }
    let mut out = vec![
        Line::default(),
        Line::from(vec![
            Span::styled(say(W::Related, lang), theme.heading),
            Span::styled(format!("  ({})", say(W::RelatedKeys, lang)), theme.muted),
        ]),
    ];
    let mut at = Vec::new();
    for g in &groups {
        let what = say(
            match g.link.kind {
                LinkKind::Company => W::SameCompany,
                LinkKind::Person => W::SamePerson,
                LinkKind::Place => W::SamePlace,
                LinkKind::Event => W::SameEvent,
                LinkKind::Source => W::SameSource,
            },
            lang,
        );
        out.push(Line::styled(
            format!("{what}: {}", capped(g.link.name(app.data(), lang))),
            theme.label,
        ));
        for other in &g.records {
            let title = app
                .data()
                .get(*other)
                .map_or("", |rec| capped(rec.title().get(lang)));
            let selected = app.related() == Some(at.len());
            at.push(out.len());
            let line = Line::from(vec![
                Span::styled("  ● ", theme.stage(app.stage(*other))),
                Span::raw(title),
                Span::styled(
                    format!("  {}", other.category.noun().form(1, lang)),
                    theme.muted,
                ),
            ]);
            out.push(if selected {
                line.style(theme.selected)
            } else {
                line
            });
        }
        if g.total > g.records.len() {
            let more = g.total - g.records.len();
            let line = format!("    {}", W::AndNMore.fill(lang, &[("n", &more)]));
            out.push(Line::styled(line, theme.muted));
        }
    }
    (out, at)
}
