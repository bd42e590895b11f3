//! The Overview's list of outcomes: every agreement, investment and corridor on show,
//! grouped by whether it was new at the visit, an earlier project taken further, or only
//! mentioned, and within each by whose claim it is. Shared by the view (to draw), the
//! mouse (to hit rows) and the keys (to move and open).

use ratatui::layout::{Constraint, Layout, Rect};

use super::state::App;
use crate::data::{Category, ClaimedBy, Novelty, RecordRef};

/// One row of the list: a novelty heading, a claimant under it, or an outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomeRow {
    /// A group and how many outcomes it holds.
    Novelty(Novelty, usize),
    /// Whose claim the outcomes below are, and how many.
    Claimant(ClaimedBy, usize),
    /// The n-th outcome of [`outcomes`].
    Outcome(usize, RecordRef),
}

/// The categories whose records are outcomes; quotes are what was said, not done.
const OUTCOME_CATEGORIES: [Category; 3] = [
    Category::Agreements,
    Category::Investments,
    Category::Corridors,
];

/// The outcomes on show, in list order: new, advanced, existing; within each official,
/// press, expert; within those, in the order the tabs show them.
pub fn outcomes(app: &App) -> Vec<RecordRef> {
    // One pass into nine buckets, no sort: this runs on every key while the Overview shows.
    let mut buckets: [Vec<RecordRef>; 9] = Default::default();
    for h in OUTCOME_CATEGORIES
        .into_iter()
        .flat_map(|c| app.list(c).rows.iter())
    {
        if let Some(rec) = app.data.get(h.record) {
            buckets[bucket(rec.novelty(), rec.claimed_by())].push(h.record);
        }
    }
    buckets.concat()
}

/// The bucket of a novelty and a claimant, in list order.
fn bucket(n: Novelty, c: ClaimedBy) -> usize {
    let n = match n {
        Novelty::New => 0,
        Novelty::Advanced => 1,
        Novelty::Existing => 2,
    };
    let c = match c {
        ClaimedBy::Official => 0,
        ClaimedBy::Press => 1,
        ClaimedBy::Expert => 2,
    };
    n * 3 + c
}

/// The rows of the list: each group's heading, each claimant's, then its outcomes.
pub fn outcome_rows(app: &App) -> Vec<OutcomeRow> {
    let all = outcomes(app);
    let key = |r: RecordRef| app.data.get(r).map(|rec| (rec.novelty(), rec.claimed_by()));
    let keys: Vec<Option<(Novelty, ClaimedBy)>> = all.iter().map(|r| key(*r)).collect();
    let mut rows = Vec::with_capacity(all.len() + 12);
    let mut last: Option<(Novelty, ClaimedBy)> = None;
    for (i, (r, k)) in all.iter().zip(&keys).enumerate() {
        let Some((novelty, claimant)) = *k else {
            continue;
        };
        if last.map(|(n, _)| n) != Some(novelty) {
            let n = keys
                .iter()
                .filter(|k| k.map(|k| k.0) == Some(novelty))
                .count();
            rows.push(OutcomeRow::Novelty(novelty, n));
        }
        if last != Some((novelty, claimant)) {
            let n = keys
                .iter()
                .filter(|k| **k == Some((novelty, claimant)))
                .count();
            rows.push(OutcomeRow::Claimant(claimant, n));
        }
        rows.push(OutcomeRow::Outcome(i, *r));
        last = Some((novelty, claimant));
    }
    rows
}

/// The Overview's two panels, the visit and the outcomes, above the charts: side by side
/// from 100 columns, stacked below, where the list the keys move through gets the larger
/// part.
pub fn panels(body: Rect) -> [Rect; 2] {
    // Under them the charts strip, carved where it is drawn.
    let (body, _) = super::layout::carve(body);
    if body.width >= 100 {
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(body)
    } else {
        Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(body)
    }
}

/// Where the outcome rows go inside the outcomes panel: within its border, below the line
/// of counts.
pub fn list_area(panel: Rect) -> Rect {
    Rect {
        x: panel.x.saturating_add(1),
        y: panel.y.saturating_add(2),
        width: panel.width.saturating_sub(2),
        height: panel.height.saturating_sub(3),
    }
}

/// The row the n-th outcome is on.
pub fn row_of(rows: &[OutcomeRow], n: usize) -> Option<usize> {
    rows.iter()
        .position(|row| matches!(row, OutcomeRow::Outcome(i, _) if *i == n))
}

/// Keeps the selected outcome inside a window of `visible` rows, with the headings just
/// above it in view when there is room.
pub(super) fn keep_in_view(app: &mut App, visible: usize) {
    let rows = outcome_rows(app);
    let count = rows
        .iter()
        .filter(|r| matches!(r, OutcomeRow::Outcome(..)))
        .count();
    let cursor = &mut app.overview;
    cursor.selected = cursor.selected.min(count.saturating_sub(1));
    let Some(at) = row_of(&rows, cursor.selected) else {
        cursor.offset = 0;
        return;
    };
    let visible = visible.max(1);
    // The headings right above the selected row, shown with it when they fit.
    let headings = rows[..at]
        .iter()
        .rev()
        .take_while(|r| !matches!(r, OutcomeRow::Outcome(..)))
        .count();
    let top = if headings < visible {
        at - headings
    } else {
        at
    };
    if top < cursor.offset {
        cursor.offset = top;
    } else if at >= cursor.offset + visible {
        cursor.offset = at + 1 - visible;
    }
    cursor.offset = cursor.offset.min(rows.len().saturating_sub(visible));
}
