//! The second pass over a parsed format-2 dataset: everything serde cannot see. It reports
//! every problem at once, each with the JSON path of the offending value.

pub mod checker;
mod sources;

// foldhash: ids and references are looked up millions of times in a large dataset.
use foldhash::{HashMap, HashSet};
use std::fmt::Display;

pub use checker::{is_iso_date, Problem};
use checker::{At, Checker};

use super::clean::Clean;
use super::record::Record;
use super::schema::{Dataset, Evidence, StatusReport, FORMAT};

/// Every problem in `d`, in document order; empty when the dataset is sound.
pub fn validate(d: &Dataset) -> Vec<Problem> {
    let mut c = Checker::default();
    if d.format != FORMAT {
        c.report(
            "$.format",
            format!("format {} is not supported; expected {FORMAT}", d.format),
        );
    }
    let refs = Refs {
        sources: c.ids("sources", d.sources.iter().map(|s| &s.id)),
        people: c.ids("people", d.people.iter().map(|p| &p.id)),
        companies: c.ids("companies", d.companies.iter().map(|c| &c.id)),
        sectors: c.ids(
            "vocabulary.sectors",
            d.vocabulary.sectors.iter().map(|s| &s.id),
        ),
        statuses: c.ids(
            "vocabulary.statuses",
            d.vocabulary.statuses.iter().map(|s| &s.id),
        ),
        places: c.ids(
            "vocabulary.places",
            d.vocabulary.places.iter().map(|p| &p.id),
        ),
        events: c.ids("events", d.events.iter().map(|e| &e.id)),
        paragraphs: d
            .sources
            .iter()
            .map(|s| (s.id.as_str(), s.paragraphs))
            .collect(),
    };
    let mut v = Validator { c, r: refs };
    v.check_sources(d);
    v.check_visit(d);
    v.check_vocabulary(d);
    v.check_entities(d);
    v.check_events(d);
    v.check_records(d);
    v.c.problems
}

/// The ids each kind of reference may name.
struct Refs<'a> {
    sources: HashSet<&'a str>,
    people: HashSet<&'a str>,
    companies: HashSet<&'a str>,
    sectors: HashSet<&'a str>,
    statuses: HashSet<&'a str>,
    places: HashSet<&'a str>,
    events: HashSet<&'a str>,
    /// Each source's count of numbered paragraphs, if it has them.
    paragraphs: HashMap<&'a str, Option<u32>>,
}

struct Validator<'a> {
    c: Checker,
    r: Refs<'a>,
}

/// Whether a list of evidence backs a claim (which must say what the source says) or only
/// says where a person or company is named (paragraphs alone will do).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Backs {
    Claim,
    Mention,
}

impl Validator<'_> {
    fn check_visit(&mut self, d: &Dataset) {
        let v = &d.visit;
        for (name, t) in [
            ("title", &v.title),
            ("host", &v.host),
            ("event", &v.event),
            ("place", &v.place),
            ("summary", &v.summary),
        ] {
            self.c.text(format!("$.visit.{name}"), t);
        }
        self.c
            .reference("$.visit.leader", "person", &self.r.people, &v.leader);
        if let Some(start) = &v.start {
            self.c.date("$.visit.start", start);
        }
        if let Some(end) = &v.end {
            self.c.date("$.visit.end", end);
        }
        if let (Some(start), Some(end)) = (&v.start, &v.end) {
            // ISO dates compare as text.
            if is_iso_date(start) && is_iso_date(end) && end < start {
                self.c.report(
                    "$.visit.end",
                    format!("the visit ends ({end}) before it starts ({start})"),
                );
            }
        }
        self.c
            .refs("$.visit.places", "place", &self.r.places, &v.places);
        self.evidence(&"$.visit.evidence", &v.evidence, Backs::Claim);
        if let Some(p) = &d.investment_pattern {
            let base = "$.investment_pattern";
            self.c.text(format!("{base}.summary"), &p.summary);
            let sectors = &self.r.sectors;
            self.c.refs(
                format!("{base}.traditional"),
                "sector",
                sectors,
                &p.traditional,
            );
            self.c
                .refs(format!("{base}.growing"), "sector", sectors, &p.growing);
            self.evidence(&format!("{base}.evidence"), &p.evidence, Backs::Claim);
        }
    }

    fn check_vocabulary(&mut self, d: &Dataset) {
        for (i, s) in d.vocabulary.sectors.iter().enumerate() {
            self.c
                .text(format!("$.vocabulary.sectors[{i}].name"), &s.name);
        }
        for (i, s) in d.vocabulary.statuses.iter().enumerate() {
            self.c
                .text(format!("$.vocabulary.statuses[{i}].name"), &s.name);
        }
        self.check_places(d);
    }

    fn check_entities(&mut self, d: &Dataset) {
        for (i, p) in d.people.iter().enumerate() {
            self.c.text(format!("$.people[{i}].name"), &p.name);
            self.c.text(format!("$.people[{i}].role"), &p.role);
            self.evidence(
                &format!("$.people[{i}].evidence"),
                &p.evidence,
                Backs::Mention,
            );
        }
        for (i, c) in d.companies.iter().enumerate() {
            self.c.text(format!("$.companies[{i}].name"), &c.name);
            let path = format!("$.companies[{i}].evidence");
            self.evidence(&path, &c.evidence, Backs::Mention);
        }
        let mut ids = HashMap::default();
        for (i, n) in d.context.iter().enumerate() {
            let base = format!("$.context[{i}]");
            self.c.id(format!("{base}.id"), &n.id);
            if let Some(first) = ids.insert(n.id.as_str(), i) {
                self.c.report(
                    format!("{base}.id"),
                    format!("duplicate id `{}`, first used at $.context[{first}]", n.id),
                );
            }
            self.c.text(format!("{base}.title"), &n.title);
            self.c.text(format!("{base}.summary"), &n.summary);
            self.figures(&format!("{base}.figures"), &n.figures);
            self.evidence(&format!("{base}.evidence"), &n.evidence, Backs::Claim);
        }
    }

    fn check_events(&mut self, d: &Dataset) {
        for (i, e) in d.events.iter().enumerate() {
            let base = format!("$.events[{i}]");
            self.c.date(format!("{base}.date"), &e.date);
            if let Some(place) = &e.place {
                let places = &self.r.places;
                self.c
                    .reference(format!("{base}.place"), "place", places, place);
            }
            self.c.text(format!("{base}.title"), &e.title);
            self.c.text(format!("{base}.summary"), &e.summary);
            let path = format!("{base}.participants");
            self.c
                .refs(&path, "person", &self.r.people, &e.participants);
            self.evidence(&format!("{base}.evidence"), &e.evidence, Backs::Claim);
        }
    }

    /// Records share one id space, so a link or a `--select` can name any of them.
    fn check_records(&mut self, d: &Dataset) {
        let mut seen: HashMap<&str, (&str, usize)> = HashMap::default();
        let mut index = HashMap::default();
        for (rf, rec) in d.all_records() {
            let i = index.entry(rf.category).or_insert(0usize);
            let key = rf.category.key();
            let list = At::key(&"$", key);
            let base = At::index(&list, *i);
            self.record(&base, rec);
            if let Some((first, n)) = seen.insert(rec.id(), (key, *i)) {
                self.c.report(
                    At::key(&base, "id"),
                    format!("duplicate id `{}`, first used at $.{first}[{n}]", rec.id()),
                );
            }
            *i += 1;
        }
    }

    fn record(&mut self, base: &dyn Display, rec: Record<'_>) {
        let at = |key| At::key(base, key);
        self.c.id(at("id"), rec.id());
        let title = if matches!(rec, Record::Quote(_)) {
            "topic"
        } else {
            "title"
        };
        self.c.text(at(title), rec.title());
        let people = &self.r.people;
        match rec {
            Record::Quote(q) => {
                self.c.nonempty(at("ru"), &q.ru);
                self.c.nonempty(at("en"), &q.en);
                self.c
                    .reference(at("speaker"), "person", people, &q.speaker);
            }
            Record::Agreement(a) => {
                self.c.text(at("summary"), &a.summary);
                self.c.refs(at("actors"), "person", people, &a.actors);
            }
            Record::Investment(inv) => {
                self.c.text(at("summary"), &inv.summary);
                let companies = &self.r.companies;
                self.c
                    .refs(at("companies"), "company", companies, &inv.companies);
            }
            Record::Corridor(c) => self.c.text(at("summary"), &c.summary),
        }
        if let Some(event) = rec.event() {
            self.c
                .reference(at("event"), "event", &self.r.events, event);
        }
        if let Some(place) = rec.place() {
            self.c.text(at("place"), place);
        }
        if let Some(status) = rec.status() {
            let statuses = &self.r.statuses;
            self.c.reference(at("status"), "status", statuses, status);
        }
        self.status_reports(&at("status_reports"), rec.status_reports());
        let sectors = &self.r.sectors;
        self.c.refs(at("sectors"), "sector", sectors, rec.sectors());
        self.c
            .refs(at("places"), "place", &self.r.places, rec.places());
        self.figures(&at("figures"), rec.figures());
        self.evidence(&at("evidence"), rec.evidence(), Backs::Claim);
    }

    fn status_reports(&mut self, path: &dyn Display, reports: &[StatusReport]) {
        for (i, s) in reports.iter().enumerate() {
            let p = At::index(path, i);
            let statuses = &self.r.statuses;
            self.c
                .reference(At::key(&p, "status"), "status", statuses, &s.status);
            let sources = &self.r.sources;
            self.c
                .reference(At::key(&p, "source"), "source", sources, &s.source);
            self.c.date(At::key(&p, "date"), &s.date);
        }
    }

    fn evidence(&mut self, path: &dyn Display, list: &[Evidence], backs: Backs) {
        if list.is_empty() && backs == Backs::Claim {
            self.c.report(
                path,
                "no evidence given; expected at least one source that states this",
            );
        }
        for (i, e) in list.iter().enumerate() {
            self.evidence_item(&At::index(path, i), e, backs);
        }
    }

    fn source_ref(&mut self, path: impl Display, id: &Clean) {
        self.c.reference(path, "source", &self.r.sources, id);
    }
}
