//! Which texts of a record (or of an Overview note, an event, a source) are searched, under
//! which field name: the one list the index, the matched-field report and the tests read.

use std::collections::HashMap;

use crate::data::{
    Company, Dataset, Event, Lang, Person, Place, Record, Sector, Source, Status, Text,
};

use super::{ItemRef, NoteRef};

/// A part of a record a query word can match.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FieldKind {
    Title,
    Aliases,
    Companies,
    People,
    Sectors,
    Status,
    Place,
    Summary,
    /// A quote's words, as spoken and translated.
    Quote,
    /// The event the record belongs to: its title, place and date.
    Event,
    /// Who published a source the record cites.
    Outlet,
    /// The headline of a source the record cites (or of a source found on its own).
    Source,
    /// A source's exact words, as evidence.
    Excerpt,
    /// The translation of an excerpt.
    Translation,
    /// What a source says, in the dataset's words.
    Note,
    /// An event's day (an event found on its own; a record's event day counts as `Event`).
    Date,
    /// The site a source's page is on (a source found on its own).
    Host,
}

impl FieldKind {
    /// The name `search --json` gives it.
    pub fn key(self) -> &'static str {
        match self {
            FieldKind::Title => "title",
            FieldKind::Aliases => "aliases",
            FieldKind::Companies => "companies",
            FieldKind::People => "people",
            FieldKind::Sectors => "sectors",
            FieldKind::Status => "status",
            FieldKind::Place => "place",
            FieldKind::Summary => "summary",
            FieldKind::Quote => "quote",
            FieldKind::Event => "event",
            FieldKind::Outlet => "outlet",
            FieldKind::Source => "source",
            FieldKind::Excerpt => "excerpt",
            FieldKind::Translation => "translation",
            FieldKind::Note => "note",
            FieldKind::Date => "date",
            FieldKind::Host => "host",
        }
    }

    /// Whether it comes from a record's evidence (a source it cites), not the record itself.
    pub fn is_evidence(self) -> bool {
        matches!(
            self,
            FieldKind::Outlet
                | FieldKind::Source
                | FieldKind::Excerpt
                | FieldKind::Translation
                | FieldKind::Note
        )
    }

    /// What a match there weighs: headlines most, names next, then what the record is
    /// part of and who reports it, then bodies; the sources' words least (a note names
    /// whatever else the page covers).
    pub(super) fn weight(self) -> u8 {
        use super::index::{WEIGHT_BODY, WEIGHT_CONTEXT, WEIGHT_EVIDENCE, WEIGHT_NAME};
        match self {
            FieldKind::Title => super::index::WEIGHT_TITLE,
            FieldKind::Summary | FieldKind::Quote => WEIGHT_BODY,
            FieldKind::Event | FieldKind::Outlet | FieldKind::Source => WEIGHT_CONTEXT,
            FieldKind::Excerpt | FieldKind::Translation | FieldKind::Note => WEIGHT_EVIDENCE,
            _ => WEIGHT_NAME,
        }
    }

    /// What a match weighs in an event or a source found on its own: as in a record, but a
    /// source's outlet is its name there, not who reports something else.
    pub(super) fn item_weight(self) -> u8 {
        match self {
            FieldKind::Outlet => super::index::WEIGHT_NAME,
            kind => kind.weight(),
        }
    }

    /// Whether many records share its texts, so the index keeps each once (names, outlets,
    /// events), rather than with the record (titles, bodies, the sources' words).
    pub(super) fn shared(self) -> bool {
        !matches!(
            self,
            FieldKind::Title
                | FieldKind::Summary
                | FieldKind::Quote
                | FieldKind::Excerpt
                | FieldKind::Translation
                | FieldKind::Note
        )
    }

    /// Whether letters typed with gaps may match here (titles and names, not bodies).
    pub(super) fn takes_scattered(self) -> bool {
        !matches!(
            self,
            FieldKind::Summary
                | FieldKind::Quote
                | FieldKind::Excerpt
                | FieldKind::Translation
                | FieldKind::Note
        )
    }
}

/// The dataset's people, companies, sectors and statuses by id, looked up once per index:
/// a record may name tens of thousands of people, and a scan of the list for each would
/// make building its keys quadratic.
pub(super) struct Lookup<'a> {
    data: &'a Dataset,
    people: HashMap<&'a str, &'a Person>,
    companies: HashMap<&'a str, &'a Company>,
    sectors: HashMap<&'a str, &'a Sector>,
    statuses: HashMap<&'a str, &'a Status>,
    places: HashMap<&'a str, &'a Place>,
    sources: HashMap<&'a str, &'a Source>,
    events: HashMap<&'a str, &'a Event>,
}

impl<'a> Lookup<'a> {
    pub fn new(data: &'a Dataset) -> Lookup<'a> {
        // The first of a repeated id wins, as the dataset's own lookups find it.
        fn by_id<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<&str, &T> {
            let mut map = HashMap::with_capacity(items.len());
            for item in items {
                map.entry(id(item)).or_insert(item);
            }
            map
        }
        Lookup {
            data,
            people: by_id(&data.people, |p| &p.id),
            companies: by_id(&data.companies, |c| &c.id),
            sectors: by_id(&data.vocabulary.sectors, |s| &s.id),
            statuses: by_id(&data.vocabulary.statuses, |s| &s.id),
            places: by_id(&data.vocabulary.places, |p| &p.id),
            sources: by_id(&data.sources, |s| &s.id),
            events: by_id(&data.events, |e| &e.id),
        }
    }

    /// Calls `each` with every searched text of `rec`: titles first, then names, then
    /// bodies, then its evidence. Ids a dataset fails to resolve are left out rather than
    /// searched raw: a reader never sees them.
    pub fn record(&self, rec: Record<'a>, each: &mut dyn FnMut(FieldKind, &'a str)) {
        self.record_with_sources(rec, &mut |kind, _, text| each(kind, text));
    }

    /// [`Lookup::record`], with the source each text of the evidence comes from.
    pub fn record_with_sources(
        &self,
        rec: Record<'a>,
        each: &mut dyn FnMut(FieldKind, Option<&'a Source>, &'a str),
    ) {
        let mut own = |kind, text| each(kind, None, text);
        self.record_own(rec, &mut own);
        if let Some(e) = rec.event().and_then(|id| self.events.get(id)) {
            self.event(e, &mut own);
        }
        super::evidence::each_text(&self.sources, rec.evidence(), each);
    }

    /// What a reader finds of an event in a record: its title, its place and its day.
    fn event(&self, e: &'a Event, each: &mut dyn FnMut(FieldKind, &'a str)) {
        each(FieldKind::Event, &e.title.en);
        each(FieldKind::Event, &e.title.ru);
        if let Some(p) = e.place.as_deref().and_then(|id| self.places.get(id)) {
            each(FieldKind::Event, &p.name.en);
            each(FieldKind::Event, &p.name.ru);
        }
        each(FieldKind::Event, &e.date);
    }

    fn record_own(&self, rec: Record<'a>, each: &mut dyn FnMut(FieldKind, &'a str)) {
        let mut both = |kind, t: &'a Text| {
            each(kind, &t.en);
            each(kind, &t.ru);
        };
        both(FieldKind::Title, rec.title());
        let mut names: Vec<(FieldKind, &'a str)> = Vec::new();
        for alias in rec.aliases() {
            names.push((FieldKind::Aliases, alias));
        }
        for c in rec
            .companies()
            .iter()
            .filter_map(|id| self.companies.get(&**id))
        {
            names.extend([
                (FieldKind::Companies, &*c.name.en),
                (FieldKind::Companies, &*c.name.ru),
            ]);
            names.extend(c.aliases.iter().map(|a| (FieldKind::Companies, &**a)));
        }
        for p in rec.people().iter().filter_map(|id| self.people.get(&**id)) {
            names.extend([
                (FieldKind::People, &*p.name.en),
                (FieldKind::People, &*p.name.ru),
            ]);
        }
        for s in rec
            .sectors()
            .iter()
            .filter_map(|id| self.sectors.get(&**id))
        {
            names.extend([
                (FieldKind::Sectors, &*s.name.en),
                (FieldKind::Sectors, &*s.name.ru),
            ]);
            names.extend(s.aliases.iter().map(|a| (FieldKind::Sectors, &**a)));
        }
        if let Some(s) = rec.status().and_then(|id| self.statuses.get(id)) {
            names.extend([
                (FieldKind::Status, &*s.name.en),
                (FieldKind::Status, &*s.name.ru),
            ]);
        }
        if let Some(place) = rec.place() {
            names.extend([
                (FieldKind::Place, &*place.en),
                (FieldKind::Place, &*place.ru),
            ]);
        }
        for p in rec.places().iter().filter_map(|id| self.places.get(&**id)) {
            names.extend([
                (FieldKind::Place, &*p.name.en),
                (FieldKind::Place, &*p.name.ru),
            ]);
            names.extend(p.aliases.iter().map(|a| (FieldKind::Place, &**a)));
        }
        for (kind, text) in names {
            each(kind, text);
        }
        let body = match rec {
            Record::Quote(_) => FieldKind::Quote,
            _ => FieldKind::Summary,
        };
        each(body, rec.body(Lang::En));
        each(body, rec.body(Lang::Ru));
    }

    /// Calls `each` with every searched text of an Overview note, its evidence last.
    pub fn note(&self, note: NoteRef, each: &mut dyn FnMut(FieldKind, &'a str)) {
        self.note_own(note, each);
        let data = self.data;
        let evidence = match note {
            NoteRef::Visit => &data.visit.evidence[..],
            NoteRef::Pattern => data
                .investment_pattern
                .as_ref()
                .map_or(&[][..], |p| &p.evidence[..]),
            NoteRef::Context(i) => data.context.get(i).map_or(&[][..], |n| &n.evidence[..]),
        };
        super::evidence::each_text(&self.sources, evidence, &mut |kind, _, text| {
            each(kind, text)
        });
    }

    fn note_own(&self, note: NoteRef, each: &mut dyn FnMut(FieldKind, &'a str)) {
        let data = self.data;
        let mut both = |kind, t: &'a Text| {
            each(kind, &t.en);
            each(kind, &t.ru);
        };
        match note {
            NoteRef::Visit => {
                let v = &data.visit;
                both(FieldKind::Title, &v.title);
                both(FieldKind::Title, &v.event);
                both(FieldKind::Place, &v.place);
                both(FieldKind::Place, &v.host);
                both(FieldKind::Summary, &v.summary);
            }
            NoteRef::Pattern => {
                let Some(p) = &data.investment_pattern else {
                    return;
                };
                for s in p.traditional.iter().chain(&p.growing) {
                    if let Some(s) = self.sectors.get(&**s) {
                        both(FieldKind::Sectors, &s.name);
                    }
                }
                both(FieldKind::Summary, &p.summary);
            }
            NoteRef::Context(i) => {
                if let Some(n) = data.context.get(i) {
                    both(FieldKind::Title, &n.title);
                    both(FieldKind::Summary, &n.summary);
                }
            }
        }
    }

    /// Calls `each` with every searched text of an event or a source found on its own,
    /// weightier first: an event's title, place, people, day and summary; a source's
    /// outlet, site and headline.
    pub fn item(&self, item: ItemRef, each: &mut dyn FnMut(FieldKind, &'a str)) {
        let data = self.data;
        match item {
            ItemRef::Event(i) => {
                let Some(e) = data.events.get(i) else {
                    return;
                };
                each(FieldKind::Title, &e.title.en);
                each(FieldKind::Title, &e.title.ru);
                if let Some(p) = e.place.as_deref().and_then(|id| self.places.get(id)) {
                    each(FieldKind::Place, &p.name.en);
                    each(FieldKind::Place, &p.name.ru);
                    for a in &p.aliases {
                        each(FieldKind::Place, a);
                    }
                }
                for p in e
                    .participants
                    .iter()
                    .filter_map(|id| self.people.get(&**id))
                {
                    each(FieldKind::People, &p.name.en);
                    each(FieldKind::People, &p.name.ru);
                }
                each(FieldKind::Date, &e.date);
                each(FieldKind::Summary, &e.summary.en);
                each(FieldKind::Summary, &e.summary.ru);
            }
            ItemRef::Source(i) => {
                let Some(s) = data.sources.get(i) else {
                    return;
                };
                each(FieldKind::Outlet, &s.outlet);
                if let Some(host) = s.host() {
                    each(FieldKind::Host, host);
                }
                // The headline weighs as it does in a record's evidence: it reports on a
                // record's subject, and the record ranks above the pages about it.
                if let Some(t) = &s.title {
                    each(FieldKind::Source, &t.en);
                    each(FieldKind::Source, &t.ru);
                }
            }
        }
    }

    /// Every event and source of the dataset, in dataset order.
    pub fn items(&self) -> impl Iterator<Item = ItemRef> {
        let data = self.data;
        (0..data.events.len())
            .map(ItemRef::Event)
            .chain((0..data.sources.len()).map(ItemRef::Source))
    }

    /// Every note of the dataset, in Overview order.
    pub fn notes(&self) -> impl Iterator<Item = NoteRef> {
        [NoteRef::Visit, NoteRef::Pattern]
            .into_iter()
            .chain((0..self.data.context.len()).map(NoteRef::Context))
    }
}
