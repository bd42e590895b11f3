//! The Overview's outcomes panel: counts per category, then every outcome on show under
//! new / advanced / existing and whose claim it is, one selectable row each.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::capped;
use super::fit::fit;
use super::theme::Theme;
use crate::app::outcomes::{list_area, outcome_rows, OutcomeRow};
use crate::app::{App, Mode};
use crate::data::{Category, ClaimedBy, Novelty};
use crate::words::{say, W};

pub fn render(app: &App, panel: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let rows = outcome_rows(app);
    let list = list_area(panel);
    let window = usize::from(list.height);
    let offset = app.overview().offset.min(rows.len());
    let more = rows.len() > offset + window;
    let hint = if more { say(W::MoreBelow, lang) } else { "" };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(
            format!(" {} ", say(W::Outcomes, lang)),
            theme.heading,
        ))
        .title_bottom(Line::styled(hint, theme.muted).left_aligned())
        .title_bottom(Line::styled(say(W::OpenHint, lang), theme.muted).right_aligned());
    let inner = block.inner(panel);
    block.style(theme.base).render(panel, buf);
    if inner.height > 0 {
        fit(counts(app, theme), inner.width).render(Rect { height: 1, ..inner }, buf);
    }
    let selecting = app.mode() == Mode::Normal || app.mode() == Mode::Search;
    for (y, row) in (list.y..list.bottom()).zip(rows.iter().skip(offset)) {
        let line = match *row {
            OutcomeRow::Novelty(n, count) => Line::from(vec![
                Span::styled(group(n, lang), theme.heading),
                Span::styled(format!("  {count}"), theme.figure),
            ]),
            OutcomeRow::Claimant(c, count) => Line::from(vec![
                Span::styled(format!("  {}", claimant(c, lang)), theme.label),
                Span::styled(format!("  {count}"), theme.muted),
            ]),
            OutcomeRow::Outcome(i, r) => {
                let Some(rec) = app.data().get(r) else {
                    continue;
                };
                let status = rec
                    .status()
                    .and_then(|s| app.data().status(s))
                    .map_or("", |s| capped(s.name.get(lang)));
                let stage = app.stage(r);
                let line = Line::from(vec![
                    Span::styled("    ● ", theme.stage(stage)),
                    Span::raw(capped(rec.title().get(lang))),
                    Span::styled(format!("  {status}"), theme.muted),
                ]);
                if selecting && i == app.overview().selected {
                    line.style(theme.selected)
                } else {
                    line
                }
            }
        };
        let area = Rect::new(list.x, y, list.width, 1);
        // One line each, cut to the panel: a wrapped title would look like two items.
        fit(line, list.width).render(area, buf);
    }
}

/// "17 agreements   15 investments ...", or "3/17 ..." while filtering.
fn counts<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let lang = app.lang();
    let mut spans = Vec::new();
    for c in Category::ALL {
        let shown = app.list(c).rows.len();
        let total = app.data().len(c);
        // The noun agrees with the number it follows: "1 corridor", "9 соглашений".
        let (n, counted) = if app.filtering() {
            (format!("{shown}/{total}"), total)
        } else {
            (shown.to_string(), shown)
        };
        spans.push(Span::styled(n, theme.figure));
        spans.push(Span::raw(format!(" {}   ", c.noun().form(counted, lang))));
    }
    Line::from(spans)
}

fn group(n: Novelty, lang: crate::data::Lang) -> &'static str {
    say(
        match n {
            Novelty::New => W::GroupNew,
            Novelty::Advanced => W::GroupAdvanced,
            Novelty::Existing => W::GroupExisting,
        },
        lang,
    )
}

fn claimant(c: ClaimedBy, lang: crate::data::Lang) -> &'static str {
    say(
        match c {
            ClaimedBy::Official => W::ByOfficial,
            ClaimedBy::Press => W::ByPress,
            ClaimedBy::Expert => W::ByExpert,
        },
        lang,
    )
}
