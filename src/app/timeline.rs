//! The rows of the timeline and sources views, derived from the data and the filters.

use std::collections::HashMap;

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
    // One pass over the rows on show, grouped by event, rather than one pass per event.
    let mut outcomes: HashMap<&str, Vec<RecordRef>> = HashMap::new();
    for hit in app.lists.iter().flat_map(|list| &list.rows) {
        if let Some(event) = app.data.get(hit.record).and_then(|rec| rec.event()) {
            outcomes.entry(event).or_default().push(hit.record);
        }
    }
    let mut rows = Vec::new();
    for e in app.data.events_by_date() {
        rows.push(TimelineRow::Event(e));
        for r in outcomes.get(e.id.as_str()).into_iter().flatten() {
            rows.push(TimelineRow::Outcome(e, *r));
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
        super::Tab::Overview => super::outcomes::outcomes(app).len(),
        super::Tab::Map => 0,
    }
}
