//! Records related to a record: those that share a company, a person, a place, an event or
//! a source with it, grouped by what they share.

use std::collections::HashMap;

use super::record::{Category, Record, RecordRef};
use super::schema::{Dataset, Lang};

/// What two related records share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LinkKind {
    Company,
    Person,
    Place,
    Event,
    Source,
}

/// One thing a record names: a company, person, place, event or source, by id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Link<'a> {
    pub kind: LinkKind,
    pub id: &'a str,
}

impl Link<'_> {
    /// Its name in `lang`: the company's, person's, place's name, the event's title, the
    /// source's outlet; the id where the dataset has no entry for it.
    pub fn name<'d>(&'d self, data: &'d Dataset, lang: Lang) -> &'d str {
        let found = match self.kind {
            LinkKind::Company => data.company(self.id).map(|c| c.name.get(lang)),
            LinkKind::Person => data.person(self.id).map(|p| p.name.get(lang)),
            LinkKind::Place => data.place(self.id).map(|p| p.name.get(lang)),
            LinkKind::Event => data.event(self.id).map(|e| e.title.get(lang)),
            LinkKind::Source => data.source(self.id).map(|s| s.outlet.as_str()),
        };
        found.unwrap_or(self.id)
    }
}

/// The records that share one thing with a record, in dataset order: the first
/// [`PER_GROUP`] of them, and how many there are.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelatedGroup<'a> {
    pub link: Link<'a>,
    pub records: Vec<RecordRef>,
    pub total: usize,
}

/// At most this many records are listed in a group: a source that every record cites
/// would otherwise list the whole dataset under each record.
pub const PER_GROUP: usize = 8;

/// Everything `rec` names, in the order groups show: companies, people, places, its event,
/// its sources; each once.
pub fn links<'a>(rec: &Record<'a>) -> Vec<Link<'a>> {
    let mut out: Vec<Link<'a>> = Vec::new();
    let mut add = |kind, id: &'a str| {
        let link = Link { kind, id };
        if !out.contains(&link) {
            out.push(link);
        }
    };
    for c in rec.companies() {
        add(LinkKind::Company, c.as_str());
    }
    for p in rec.people() {
        add(LinkKind::Person, p.as_str());
    }
    for p in rec.places() {
        add(LinkKind::Place, p.as_str());
    }
    if let Some(e) = rec.event() {
        add(LinkKind::Event, e);
    }
    for e in rec.evidence() {
        add(LinkKind::Source, e.source.as_str());
    }
    out
}

/// Which records name each company, person, place, event and source, in dataset order:
/// built once, so that finding a record's neighbours does not read every record (the
/// detail pane asks on every frame, and a dataset may hold a million records).
#[derive(Debug, Default)]
pub struct Links {
    /// Records by their place in [`Dataset::all_records`], four bytes each.
    by_kind: [HashMap<Box<str>, Vec<u32>>; 5],
    /// Where each category starts in that order.
    starts: [usize; 4],
}

impl Links {
    pub fn new(data: &Dataset) -> Links {
        let mut out = Links::default();
        let mut start = 0;
        for (slot, c) in Category::ALL.into_iter().enumerate() {
            out.starts[slot] = start;
            start += data.len(c);
        }
        for (n, (_, rec)) in data.all_records().enumerate() {
            let Ok(n) = u32::try_from(n) else { break };
            // `links` names each thing once, so a record is listed once under it.
            for link in links(&rec) {
                out.by_kind[link.kind as usize]
                    .entry(link.id.into())
                    .or_default()
                    .push(n);
            }
        }
        for lists in &mut out.by_kind {
            lists.values_mut().for_each(Vec::shrink_to_fit);
        }
        out
    }

    /// The records that name `link`, in dataset order.
    fn naming(&self, link: Link<'_>) -> impl ExactSizeIterator<Item = RecordRef> + '_ {
        self.by_kind[link.kind as usize]
            .get(link.id)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(|&n| self.record(n as usize))
    }

    fn record(&self, n: usize) -> RecordRef {
        let slot = self.starts.iter().rposition(|&s| s <= n).unwrap_or(0);
        RecordRef {
            category: Category::ALL[slot],
            index: n - self.starts[slot],
        }
    }
}

/// The records related to `r`, one group per thing they share with it, in the order of
/// [`links`]; `r` itself and groups with no other record are left out. `index` is the
/// dataset's [`Links`].
pub fn related<'a>(data: &'a Dataset, index: &Links, r: RecordRef) -> Vec<RelatedGroup<'a>> {
    let Some(rec) = data.get(r) else {
        return Vec::new();
    };
    links(&rec)
        .into_iter()
        .filter_map(|link| {
            let naming = index.naming(link);
            // `r` names each of its links, so it is one of `naming`.
            let total = naming.len().saturating_sub(1);
            (total > 0).then(|| RelatedGroup {
                link,
                records: naming.filter(|&o| o != r).take(PER_GROUP).collect(),
                total,
            })
        })
        .collect()
}

/// The records of `groups` in the order they are listed, one entry per listing: the
/// related list the user moves through.
pub fn flat(groups: &[RelatedGroup<'_>]) -> Vec<RecordRef> {
    groups
        .iter()
        .flat_map(|g| g.records.iter().copied())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::default_dataset;

    fn data() -> Dataset {
        default_dataset().unwrap_or_else(|e| panic!("{e}"))
    }

    fn find(d: &Dataset, id: &str) -> RecordRef {
        d.record_by_id(id)
            .map(|(r, _)| r)
            .unwrap_or_else(|| panic!("no record {id}"))
    }

    /// Each group holds exactly the other records that name its link: checked against
    /// every record, both ways.
    #[test]
    fn groups_hold_exactly_the_records_that_share_the_link() {
        let whole = data();
        // With a category empty at the start, in the middle and at the end, too: the index
        // keeps records by their place in the whole order.
        let mut gaps = whole.clone();
        gaps.agreements.clear();
        gaps.corridors.clear();
        gaps.quotes.clear();
        for d in [whole, gaps] {
            check_groups(&d);
        }
    }

    fn check_groups(d: &Dataset) {
        let index = Links::new(d);
        for (r, rec) in d.all_records() {
            let groups = related(d, &index, r);
            for g in &groups {
                let sharing: Vec<RecordRef> = d
                    .all_records()
                    .filter(|(o, other)| *o != r && links(other).contains(&g.link))
                    .map(|(o, _)| o)
                    .collect();
                assert_eq!(g.total, sharing.len(), "{} / {:?}", rec.id(), g.link);
                let listed = sharing.len().min(PER_GROUP);
                assert_eq!(g.records, sharing[..listed], "{} / {:?}", rec.id(), g.link);
            }
            // A link that some other record shares has its group.
            for link in links(&rec) {
                let shared = d
                    .all_records()
                    .any(|(o, other)| o != r && links(&other).contains(&link));
                assert_eq!(groups.iter().any(|g| g.link == link), shared);
            }
        }
    }

    #[test]
    fn the_polyethylene_plant_is_related_through_kazmunaygas_by_name() {
        let d = data();
        let r = find(&d, "inv-atyrau-polyethylene");
        let groups = related(&d, &Links::new(&d), r);
        let kinds: Vec<LinkKind> = groups.iter().map(|g| g.link.kind).collect();
        let mut sorted = kinds.clone();
        sorted.sort();
        assert_eq!(kinds, sorted, "company, person, place, event, source");
        // Sinopec is in no other record; KazMunayGas is in two more.
        assert!(!groups.iter().any(|g| g.link.id == "sinopec"));
        let kmg = groups
            .iter()
            .find(|g| g.link.id == "kmg")
            .unwrap_or_else(|| panic!("a KazMunayGas group"));
        assert_eq!(kmg.link.kind, LinkKind::Company);
        assert_eq!((kmg.records.len(), kmg.total), (2, 2));
        assert_eq!(kmg.link.name(&d, Lang::En), "KazMunayGas");
    }

    #[test]
    fn flat_lists_groups_in_order_and_a_missing_record_has_none() {
        let d = data();
        let r = find(&d, d.agreements[0].id.as_str());
        let groups = related(&d, &Links::new(&d), r);
        let flat = flat(&groups);
        let expected: Vec<RecordRef> = groups.iter().flat_map(|g| g.records.clone()).collect();
        assert_eq!(flat, expected);
        let missing = RecordRef {
            category: crate::data::Category::Agreements,
            index: usize::MAX,
        };
        assert!(related(&d, &Links::new(&d), missing).is_empty());
    }
}
