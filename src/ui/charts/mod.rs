//! Charts drawn from the data: on the Overview, in a strip under its panels, and one per
//! slide. The series come from `data::charts`; this only lays them out.

pub mod bars;
mod palette;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use super::slides::flow::paged_text;
use super::slides::source_style;
use super::theme::Theme;
use crate::app::present::chart_of;
use crate::app::App;
use crate::data::charts::{Chart, ChartKind};
use crate::words::W;
use bars::{fits, lines, Look};

/// A column of the Overview's charts is never narrower than this.
const MIN_COLUMN: u16 = 38;
/// At most this many columns of charts side by side.
const MAX_COLUMNS: u16 = 3;

/// The charts in `area`, in columns: each chart in order goes in the first column with room
/// for all of it; a chart that fits nowhere is left out, never cut.
pub fn overview(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.height < 2 {
        return;
    }
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" {} ", W::Charts.get(app.lang())),
            theme.heading,
        ));
    let inner = block.inner(area);
    block.render(area, buf);
    // The most charts that fit; of layouts that show as many, the one with fewest columns,
    // whose bars are longest.
    let most = (inner.width / MIN_COLUMN).clamp(1, MAX_COLUMNS);
    let charts: Vec<Chart> = ChartKind::ALL
        .into_iter()
        .map(|k| chart_of(app, k))
        .filter(|c| !c.is_empty())
        .collect();
    let mut best: Option<(usize, Vec<Rect>, Vec<Vec<Line>>)> = None;
    for n in (1..=most).rev() {
        let (placed, rects, columns) = pack(app, &charts, inner, n, theme);
        if best.as_ref().is_none_or(|(p, _, _)| placed >= *p) {
            best = Some((placed, rects, columns));
        }
    }
    let Some((_, rects, columns)) = best else {
        return;
    };
    for (column, rect) in columns.into_iter().zip(rects) {
        Paragraph::new(column).style(theme.base).render(rect, buf);
    }
}

/// The charts laid out in `n` columns of `area`: each in order goes in the first column
/// with room for all of it; one that fits nowhere is left out, never cut. Returns how
/// many were placed, the columns' areas and their lines.
fn pack<'a>(
    app: &App,
    charts: &[Chart],
    area: Rect,
    n: u16,
    theme: &'a Theme,
) -> (usize, Vec<Rect>, Vec<Vec<Line<'a>>>) {
    let rects = Layout::horizontal(vec![Constraint::Ratio(1, u32::from(n)); usize::from(n)])
        .spacing(1)
        .split(area)
        .to_vec();
    let look = Look {
        theme,
        name: app.theme(),
        source: theme.muted,
        lang: app.lang(),
        compact: true,
    };
    let room = usize::from(area.height);
    let mut placed = 0;
    let mut columns: Vec<Vec<Line>> = vec![Vec::new(); rects.len()];
    for chart in charts {
        for (column, rect) in columns.iter_mut().zip(rects.iter()) {
            if !fits(chart, rect.width, app.lang()) {
                continue;
            }
            let drawn = lines(chart, rect.width, &look);
            let gap = usize::from(!column.is_empty());
            if column.len() + gap + drawn.len() <= room {
                if gap > 0 {
                    column.push(Line::default());
                }
                column.extend(drawn);
                placed += 1;
                break;
            }
        }
    }
    (placed, rects, columns)
}

/// One chart on a slide, a screenful at a time when it is taller than the screen.
pub fn slide(app: &App, kind: ChartKind, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mut look = Look {
        theme,
        name: app.theme(),
        source: source_style(theme),
        lang: app.lang(),
        compact: false,
    };
    let chart = chart_of(app, kind);
    let mut drawn = lines(&chart, area.width, &look);
    // Sources on the bars' rows rather than a page more, when that makes it fit.
    if drawn.len() + 1 > usize::from(area.height) {
        look.compact = true;
        drawn = lines(&chart, area.width, &look);
    }
    // A blank row under the title, as the other slides have.
    if let Some(title) = drawn.first_mut() {
        *title = std::mem::take(title).centered();
    }
    if drawn.len() > 1 {
        drawn.insert(1, Line::default());
    }
    paged_text(app, drawn, area, buf, theme, false);
}
