//! Which texts of a record (or of an Overview note) are searched, under which field name:
//! the one list the index, the matched-field report and the tests read.

use std::collections::HashMap;

use crate::data::{Company, Dataset, Lang, Person, Record, Sector, Status, Text};

use super::NoteRef;

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
        }
    }

    /// What a match there weighs: headlines most, names next, bodies least (they mention
    /// many things in passing).
    pub(super) fn weight(self) -> u8 {
        match self {
            FieldKind::Title => super::index::WEIGHT_TITLE,
            FieldKind::Summary | FieldKind::Quote => super::index::WEIGHT_BODY,
            _ => super::index::WEIGHT_NAME,
        }
    }

    /// Whether letters typed with gaps may match here (titles and names, not bodies).
    pub(super) fn takes_scattered(self) -> bool {
        !matches!(self, FieldKind::Summary | FieldKind::Quote)
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
        }
    }

    /// Calls `each` with every searched text of `rec`: titles first, then names, then
    /// bodies. Ids a dataset fails to resolve are left out rather than searched raw: a
    /// reader never sees them.
    pub fn record(&self, rec: Record<'a>, each: &mut dyn FnMut(FieldKind, &'a str)) {
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

    /// Calls `each` with every searched text of an Overview note.
    pub fn note(&self, note: NoteRef, each: &mut dyn FnMut(FieldKind, &'a str)) {
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

    /// Every note of the dataset, in Overview order.
    pub fn notes(&self) -> impl Iterator<Item = NoteRef> {
        [NoteRef::Visit, NoteRef::Pattern]
            .into_iter()
            .chain((0..self.data.context.len()).map(NoteRef::Context))
    }
}
