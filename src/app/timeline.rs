//! The rows of the timeline and sources views, derived from the data and the filters.

use crate::data::{Event, RecordRef};

use super::state::App;

/// One row of the timeline: an event, or one of its outcomes under it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum TimelineRow<'a> {
    Event(&'a Event),
    Outcome(&'a Event, RecordRef),
}

/// The visit day by day: each event in date order, followed by its outcomes that pass the
/// search and filters, in the order the tabs show them.
pub fn timeline_rows(app: &App) -> Vec<TimelineRow<'_>> {
    let mut rows = Vec::new();
    for e in app.data.events_by_date() {
        rows.push(TimelineRow::Event(e));
        for list in &app.lists {
            for hit in &list.rows {
                let belongs = app
                    .data
                    .get(hit.record)
                    .is_some_and(|rec| rec.event() == Some(e.id.as_str()));
                if belongs {
                    rows.push(TimelineRow::Outcome(e, hit.record));
                }
            }
        }
    }
    rows
}

/// How many rows the view on show lists: records, timeline rows or sources.
pub fn row_count(app: &App) -> usize {
    match app.tab {
        super::Tab::Records(c) => app.list(c).rows.len(),
        super::Tab::Timeline => timeline_rows(app).len(),
        super::Tab::Sources => app.data.sources.len(),
        super::Tab::Overview => 0,
    }
}
