//! Look-ups the views share: things by id, the records each source stands behind or
//! disputes, the records of each event, and the timeline in date order.

use std::collections::HashMap;

use super::record::{Record, RecordRef};
use super::schema::{Dataset, Event, Lang, Place, Source, Stance};
use crate::words::{count, Noun};

/// How the records stand with one source: a record counts once, under the strongest
/// stance its evidence from that source takes (disputes, then updates, then supports).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceUse {
    pub supports: usize,
    pub disputes: usize,
    pub updates: usize,
    /// The records citing the source, in file order.
    pub records: Vec<RecordRef>,
}

impl Dataset {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id.as_str() == id)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.vocabulary.places.iter().find(|p| p.id.as_str() == id)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id.as_str() == id)
    }

    /// The record with this id, in any category.
    pub fn record_by_id(&self, id: &str) -> Option<(RecordRef, Record<'_>)> {
        self.all_records().find(|(_, rec)| rec.id() == id)
    }

    /// The source the visit's own evidence cites first: for a format-1 file, its article.
    pub fn lead_source(&self) -> Option<&Source> {
        let first = self.visit.evidence.first().map(|e| e.source.as_str());
        first
            .and_then(|id| self.source(id))
            .or_else(|| self.sources.first())
    }

    /// The sources in a few words: "Interview BAQ.KZ, 2025-09-05" for a single source,
    /// else how many there are.
    pub fn sources_words(&self, lang: Lang) -> String {
        match self.sources.as_slice() {
            [one] => {
                let date = one.published.as_deref().unwrap_or("");
                let kind = one.kind.label(lang);
                format!("{kind} {}, {date}", one.outlet)
                    .trim_end_matches([',', ' '])
                    .to_string()
            }
            many => count(many.len(), Noun::Source, lang),
        }
    }

    /// The year of the visit: its first day's, else its lead source's.
    pub fn year(&self) -> String {
        let date = self
            .visit
            .start
            .as_deref()
            .or_else(|| self.lead_source().and_then(|s| s.published.as_deref()))
            .unwrap_or("");
        date.chars().take(4).collect()
    }

    /// The person the lead source interviews, if it is an interview.
    pub fn interviewee(&self) -> Option<&super::schema::Person> {
        let id = self.lead_source()?.interviewee.as_deref()?;
        self.person(id)
    }

    /// The stance a record's evidence from `source` takes, if it cites that source.
    pub fn stance_of(rec: &Record<'_>, source: &str) -> Option<Stance> {
        rec.evidence()
            .iter()
            .filter(|e| e.source.as_str() == source)
            .map(|e| e.stance_or_supports())
            .max_by_key(|s| match s {
                Stance::Supports => 0,
                Stance::Updates => 1,
                Stance::Disputes => 2,
            })
    }

    /// For every source, in the order of `sources`, how the records stand with it.
    pub fn source_uses(&self) -> Vec<(&Source, SourceUse)> {
        let index: HashMap<&str, usize> = self
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), i))
            .collect();
        let mut uses = vec![SourceUse::default(); self.sources.len()];
        for (r, rec) in self.all_records() {
            let mut cited: Vec<usize> = rec
                .evidence()
                .iter()
                .filter_map(|e| index.get(e.source.as_str()).copied())
                .collect();
            cited.sort_unstable();
            cited.dedup();
            for i in cited {
                let Some(u) = uses.get_mut(i) else { continue };
                match Dataset::stance_of(&rec, &self.sources[i].id) {
                    Some(Stance::Disputes) => u.disputes += 1,
                    Some(Stance::Updates) => u.updates += 1,
                    _ => u.supports += 1,
                }
                u.records.push(r);
            }
        }
        self.sources.iter().zip(uses).collect()
    }

    /// The records that cite `source`, in file order.
    pub fn records_citing(&self, source: &str) -> Vec<RecordRef> {
        self.all_records()
            .filter(|(_, rec)| rec.evidence().iter().any(|e| e.source.as_str() == source))
            .map(|(r, _)| r)
            .collect()
    }

    /// The records that belong to event `id`, in file order.
    pub fn records_of_event(&self, id: &str) -> Vec<RecordRef> {
        self.all_records()
            .filter(|(_, rec)| rec.event() == Some(id))
            .map(|(r, _)| r)
            .collect()
    }

    /// The timeline: events by date, events of one day in file order.
    pub fn events_by_date(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        // ISO dates sort as text; the sort is stable.
        events.sort_by(|a, b| a.date.cmp(&b.date));
        events
    }
}
