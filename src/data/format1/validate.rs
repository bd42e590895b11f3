//! The second pass over a format-1 dataset: everything serde cannot see, reported all at
//! once with the JSON paths of the file as written, before it is migrated.

// foldhash: ids and references are looked up millions of times in a large dataset.
use foldhash::{HashMap, HashSet};

use super::schema::{Dataset, Figure};
use crate::data::clean::Clean;
use crate::data::schema::Text;
use crate::data::validate::checker::{is_iso_date, Checker, Problem};

/// Every problem in `d`, in document order; empty when the dataset is sound.
pub fn validate(d: &Dataset) -> Vec<Problem> {
    let mut v = Validator {
        c: Checker::default(),
        paragraphs: d.source.paragraphs,
    };
    v.check_source(d);
    let people = v.c.ids("people", d.people.iter().map(|p| &p.id));
    let companies = v.c.ids("companies", d.companies.iter().map(|c| &c.id));
    let sectors = v.c.ids(
        "vocabulary.sectors",
        d.vocabulary.sectors.iter().map(|s| &s.id),
    );
    let statuses = v.c.ids(
        "vocabulary.statuses",
        d.vocabulary.statuses.iter().map(|s| &s.id),
    );
    let refs = Refs {
        people,
        companies,
        sectors,
        statuses,
    };
    v.check_visit(d, &refs);
    v.check_vocabulary(d);
    v.check_entities(d);
    v.check_records(d, &refs);
    v.c.problems
}

struct Refs<'a> {
    people: HashSet<&'a str>,
    companies: HashSet<&'a str>,
    sectors: HashSet<&'a str>,
    statuses: HashSet<&'a str>,
}

struct Validator {
    c: Checker,
    paragraphs: u32,
}

impl Validator {
    fn paragraphs(&mut self, path: &str, list: &[u32]) {
        if list.is_empty() {
            self.c.report(
                path,
                "no paragraph given; expected the article paragraph(s) this comes from",
            );
        }
        let max = self.paragraphs;
        // With no paragraph count (reported on its own) every range check would fail too.
        if max == 0 {
            return;
        }
        for (i, &p) in list.iter().enumerate() {
            if p == 0 || p > max {
                self.c.report(
                    format!("{path}[{i}]"),
                    format!("paragraph {p} is out of range; the article has paragraphs 1 to {max}"),
                );
            }
        }
    }

    fn figures(&mut self, path: &str, figures: &[Figure]) {
        for (i, f) in figures.iter().enumerate() {
            let p = format!("{path}[{i}]");
            self.c.text(format!("{p}.label"), &f.label);
            self.c.text(format!("{p}.unit"), &f.unit);
            if let Some(q) = &f.qualifier {
                self.c.text(format!("{p}.qualifier"), q);
            }
            if let Some(h) = &f.horizon {
                self.c.text(format!("{p}.horizon"), h);
            }
        }
    }

    fn check_source(&mut self, d: &Dataset) {
        let s = &d.source;
        self.c.nonempty("$.source.outlet", &s.outlet);
        if !is_iso_date(&s.date) {
            self.c.report(
                "$.source.date",
                format!("`{}` is not a date; expected YYYY-MM-DD", s.date),
            );
        }
        self.c.nonempty("$.source.language", &s.language);
        self.c.text("$.source.kind", &s.kind);
        if s.paragraphs == 0 {
            self.c.report(
                "$.source.paragraphs",
                "expected the number of paragraphs in the article, at least 1",
            );
        }
    }

    fn check_visit(&mut self, d: &Dataset, r: &Refs) {
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
            .reference("$.visit.leader", "person", &r.people, &v.leader);
        if let Some(who) = &d.source.interviewee {
            self.c
                .reference("$.source.interviewee", "person", &r.people, who);
        }
        self.paragraphs("$.visit.paragraphs", &v.paragraphs);
        if let Some(p) = &d.investment_pattern {
            self.c.text("$.investment_pattern.summary", &p.summary);
            let base = "$.investment_pattern";
            self.c.refs(
                format!("{base}.traditional"),
                "sector",
                &r.sectors,
                &p.traditional,
            );
            self.c
                .refs(format!("{base}.growing"), "sector", &r.sectors, &p.growing);
            self.paragraphs(&format!("{base}.paragraphs"), &p.paragraphs);
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
    }

    fn check_entities(&mut self, d: &Dataset) {
        for (i, p) in d.people.iter().enumerate() {
            self.c.text(format!("$.people[{i}].name"), &p.name);
            self.c.text(format!("$.people[{i}].role"), &p.role);
            self.paragraphs(&format!("$.people[{i}].paragraphs"), &p.paragraphs);
        }
        for (i, c) in d.companies.iter().enumerate() {
            self.c.text(format!("$.companies[{i}].name"), &c.name);
            self.paragraphs(&format!("$.companies[{i}].paragraphs"), &c.paragraphs);
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
            self.paragraphs(&format!("{base}.paragraphs"), &n.paragraphs);
        }
    }

    /// Records share one id space, so a link or a `--select` can name any of them.
    fn check_records(&mut self, d: &Dataset, r: &Refs) {
        let mut seen: HashMap<&str, String> = HashMap::default();
        for (i, a) in d.agreements.iter().enumerate() {
            let base = format!("$.agreements[{i}]");
            self.c.id(format!("{base}.id"), &a.id);
            self.c.text(format!("{base}.title"), &a.title);
            self.c.text(format!("{base}.summary"), &a.summary);
            self.c
                .refs(format!("{base}.actors"), "person", &r.people, &a.actors);
            let f = Fields::new(&a.id, &a.status, &a.sectors, &a.figures, &a.paragraphs);
            self.record(&base, &f.at(a.place.as_ref()), r, &mut seen);
        }
        for (i, inv) in d.investments.iter().enumerate() {
            let base = format!("$.investments[{i}]");
            self.c.id(format!("{base}.id"), &inv.id);
            self.c.text(format!("{base}.title"), &inv.title);
            self.c.text(format!("{base}.summary"), &inv.summary);
            let companies = format!("{base}.companies");
            self.c
                .refs(&companies, "company", &r.companies, &inv.companies);
            let f = Fields::new(
                &inv.id,
                &inv.status,
                &inv.sectors,
                &inv.figures,
                &inv.paragraphs,
            );
            self.record(&base, &f.at(inv.place.as_ref()), r, &mut seen);
        }
        for (i, c) in d.corridors.iter().enumerate() {
            let base = format!("$.corridors[{i}]");
            self.c.id(format!("{base}.id"), &c.id);
            self.c.text(format!("{base}.title"), &c.title);
            self.c.text(format!("{base}.summary"), &c.summary);
            let f = Fields::new(&c.id, &c.status, &c.sectors, &c.figures, &c.paragraphs);
            self.record(&base, &f, r, &mut seen);
        }
        for (i, q) in d.quotes.iter().enumerate() {
            let base = format!("$.quotes[{i}]");
            self.c.id(format!("{base}.id"), &q.id);
            self.c.text(format!("{base}.topic"), &q.topic);
            self.c.nonempty(format!("{base}.ru"), &q.ru);
            self.c.nonempty(format!("{base}.en"), &q.en);
            self.c
                .reference(format!("{base}.speaker"), "person", &r.people, &q.speaker);
            let f = Fields::new(&q.id, &None, &q.sectors, &[], &q.paragraphs);
            self.record(&base, &f, r, &mut seen);
        }
    }

    /// The checks every kind of record shares, after its own.
    fn record<'a>(
        &mut self,
        base: &str,
        f: &Fields<'a>,
        r: &Refs,
        seen: &mut HashMap<&'a str, String>,
    ) {
        if let Some(place) = f.place {
            self.c.text(format!("{base}.place"), place);
        }
        if let Some(status) = f.status {
            let path = format!("{base}.status");
            self.c.reference(&path, "status", &r.statuses, status);
        }
        self.c
            .refs(format!("{base}.sectors"), "sector", &r.sectors, f.sectors);
        self.figures(&format!("{base}.figures"), f.figures);
        self.paragraphs(&format!("{base}.paragraphs"), f.paragraphs);
        if let Some(first) = seen.insert(f.id, base.to_string()) {
            self.c.report(
                format!("{base}.id"),
                format!("duplicate id `{}`, first used at {first}", f.id),
            );
        }
    }
}

/// What every kind of record has, for the checks they share.
struct Fields<'a> {
    id: &'a str,
    status: Option<&'a str>,
    sectors: &'a [Clean],
    figures: &'a [Figure],
    paragraphs: &'a [u32],
    place: Option<&'a Text>,
}

impl<'a> Fields<'a> {
    fn new(
        id: &'a str,
        status: &'a Option<Clean>,
        sectors: &'a [Clean],
        figures: &'a [Figure],
        paragraphs: &'a [u32],
    ) -> Self {
        Fields {
            id,
            status: status.as_deref(),
            sectors,
            figures,
            paragraphs,
            place: None,
        }
    }

    fn at(self, place: Option<&'a Text>) -> Self {
        Fields { place, ..self }
    }
}
