//! The second pass over a parsed dataset: everything serde cannot see. It reports every
//! problem at once, each with the JSON path of the offending value.

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::clean::Clean;
use super::record::Record;
use super::schema::{Dataset, Figure, Text, FORMAT};

/// One thing wrong with a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path: `$.investments[3].companies[0]`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at {}: {}", self.path, self.message)
    }
}

/// Every problem in `d`, in document order; empty when the dataset is sound.
pub fn validate(d: &Dataset) -> Vec<Problem> {
    let mut v = Validator {
        problems: Vec::new(),
        paragraphs: d.source.paragraphs,
    };
    v.check_source(d);
    let people = v.ids("people", d.people.iter().map(|p| &p.id));
    let companies = v.ids("companies", d.companies.iter().map(|c| &c.id));
    let sectors = v.ids(
        "vocabulary.sectors",
        d.vocabulary.sectors.iter().map(|s| &s.id),
    );
    let statuses = v.ids(
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
    v.problems
}

struct Refs<'a> {
    people: HashSet<&'a str>,
    companies: HashSet<&'a str>,
    sectors: HashSet<&'a str>,
    statuses: HashSet<&'a str>,
}

struct Validator {
    problems: Vec<Problem>,
    paragraphs: u32,
}

impl Validator {
    fn report(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    /// Checks ids for shape and uniqueness within one list; returns the set of them.
    fn ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a Clean>) -> HashSet<&'a str> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for (i, id) in ids.enumerate() {
            self.id(&format!("$.{list}[{i}].id"), id);
            if let Some(first) = seen.insert(id.as_str(), i) {
                self.report(
                    format!("$.{list}[{i}].id"),
                    format!("duplicate id `{id}`, first used at $.{list}[{first}]"),
                );
            }
        }
        seen.into_keys().collect()
    }

    fn id(&mut self, path: &str, id: &str) {
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c));
        if !ok {
            self.report(
                path,
                format!("invalid id `{id}`; expected lowercase letters, digits, '-', '_' or '.'"),
            );
        }
    }

    fn text(&mut self, path: &str, t: &Text) {
        self.nonempty(&format!("{path}.en"), &t.en);
        self.nonempty(&format!("{path}.ru"), &t.ru);
    }

    fn nonempty(&mut self, path: &str, s: &str) {
        if s.trim().is_empty() {
            self.report(path, "empty text; expected words a reader can see");
        }
    }

    fn paragraphs(&mut self, path: &str, list: &[u32]) {
        if list.is_empty() {
            self.report(
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
                self.report(
                    format!("{path}[{i}]"),
                    format!("paragraph {p} is out of range; the article has paragraphs 1 to {max}"),
                );
            }
        }
    }

    fn refs(&mut self, path: &str, what: &str, known: &HashSet<&str>, ids: &[Clean]) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(&format!("{path}[{i}]"), what, known, id);
        }
    }

    fn reference(&mut self, path: &str, what: &str, known: &HashSet<&str>, id: &str) {
        if !known.contains(id) {
            let mut declared: Vec<&str> = known.iter().copied().collect();
            declared.sort_unstable();
            let declared = if declared.is_empty() {
                "none is declared".to_string()
            } else {
                format!("declared: {}", declared.join(", "))
            };
            self.report(path, format!("unknown {what} `{id}` ({declared})"));
        }
    }

    fn figures(&mut self, path: &str, figures: &[Figure]) {
        for (i, f) in figures.iter().enumerate() {
            let p = format!("{path}[{i}]");
            self.text(&format!("{p}.label"), &f.label);
            self.text(&format!("{p}.unit"), &f.unit);
            if let Some(q) = &f.qualifier {
                self.text(&format!("{p}.qualifier"), q);
            }
            if let Some(h) = &f.horizon {
                self.text(&format!("{p}.horizon"), h);
            }
        }
    }

    fn check_source(&mut self, d: &Dataset) {
        if d.format != FORMAT {
            self.report(
                "$.format",
                format!("format {} is not supported; expected {FORMAT}", d.format),
            );
        }
        let s = &d.source;
        self.nonempty("$.source.outlet", &s.outlet);
        if !is_iso_date(&s.date) {
            self.report(
                "$.source.date",
                format!("`{}` is not a date; expected YYYY-MM-DD", s.date),
            );
        }
        self.nonempty("$.source.language", &s.language);
        self.text("$.source.kind", &s.kind);
        if s.paragraphs == 0 {
            self.report(
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
            self.text(&format!("$.visit.{name}"), t);
        }
        self.reference("$.visit.leader", "person", &r.people, &v.leader);
        if let Some(who) = &d.source.interviewee {
            self.reference("$.source.interviewee", "person", &r.people, who);
        }
        self.paragraphs("$.visit.paragraphs", &v.paragraphs);
        if let Some(p) = &d.investment_pattern {
            self.text("$.investment_pattern.summary", &p.summary);
            let base = "$.investment_pattern";
            self.refs(
                &format!("{base}.traditional"),
                "sector",
                &r.sectors,
                &p.traditional,
            );
            self.refs(&format!("{base}.growing"), "sector", &r.sectors, &p.growing);
            self.paragraphs(&format!("{base}.paragraphs"), &p.paragraphs);
        }
    }

    fn check_vocabulary(&mut self, d: &Dataset) {
        for (i, s) in d.vocabulary.sectors.iter().enumerate() {
            self.text(&format!("$.vocabulary.sectors[{i}].name"), &s.name);
        }
        for (i, s) in d.vocabulary.statuses.iter().enumerate() {
            self.text(&format!("$.vocabulary.statuses[{i}].name"), &s.name);
        }
    }

    fn check_entities(&mut self, d: &Dataset) {
        for (i, p) in d.people.iter().enumerate() {
            self.text(&format!("$.people[{i}].name"), &p.name);
            self.text(&format!("$.people[{i}].role"), &p.role);
            self.paragraphs(&format!("$.people[{i}].paragraphs"), &p.paragraphs);
        }
        for (i, c) in d.companies.iter().enumerate() {
            self.text(&format!("$.companies[{i}].name"), &c.name);
            self.paragraphs(&format!("$.companies[{i}].paragraphs"), &c.paragraphs);
        }
        let mut ids = HashMap::new();
        for (i, n) in d.context.iter().enumerate() {
            let base = format!("$.context[{i}]");
            self.id(&format!("{base}.id"), &n.id);
            if let Some(first) = ids.insert(n.id.as_str(), i) {
                self.report(
                    format!("{base}.id"),
                    format!("duplicate id `{}`, first used at $.context[{first}]", n.id),
                );
            }
            self.text(&format!("{base}.title"), &n.title);
            self.text(&format!("{base}.summary"), &n.summary);
            self.paragraphs(&format!("{base}.paragraphs"), &n.paragraphs);
        }
    }

    /// Records share one id space, so a link or a `--select` can name any of them.
    fn check_records(&mut self, d: &Dataset, r: &Refs) {
        let mut seen: HashMap<&str, String> = HashMap::new();
        let mut index = HashMap::new();
        for (rf, rec) in d.all_records() {
            let i = index.entry(rf.category).or_insert(0usize);
            let base = format!("$.{}[{i}]", rf.category.key());
            *i += 1;
            self.record(&base, rec, r);
            if let Some(first) = seen.insert(rec.id(), base.clone()) {
                self.report(
                    format!("{base}.id"),
                    format!("duplicate id `{}`, first used at {first}", rec.id()),
                );
            }
        }
    }

    fn record(&mut self, base: &str, rec: Record<'_>, r: &Refs) {
        self.id(&format!("{base}.id"), rec.id());
        let title = if matches!(rec, Record::Quote(_)) {
            "topic"
        } else {
            "title"
        };
        self.text(&format!("{base}.{title}"), rec.title());
        match rec {
            Record::Quote(q) => {
                self.nonempty(&format!("{base}.ru"), &q.ru);
                self.nonempty(&format!("{base}.en"), &q.en);
                self.reference(&format!("{base}.speaker"), "person", &r.people, &q.speaker);
            }
            Record::Agreement(a) => {
                self.text(&format!("{base}.summary"), &a.summary);
                self.refs(&format!("{base}.actors"), "person", &r.people, &a.actors);
            }
            Record::Investment(inv) => {
                self.text(&format!("{base}.summary"), &inv.summary);
                self.refs(
                    &format!("{base}.companies"),
                    "company",
                    &r.companies,
                    &inv.companies,
                );
            }
            Record::Corridor(c) => self.text(&format!("{base}.summary"), &c.summary),
        }
        if let Some(place) = rec.place() {
            self.text(&format!("{base}.place"), place);
        }
        if let Some(status) = rec.status() {
            self.reference(&format!("{base}.status"), "status", &r.statuses, status);
        }
        self.refs(
            &format!("{base}.sectors"),
            "sector",
            &r.sectors,
            rec.sectors(),
        );
        self.figures(&format!("{base}.figures"), rec.figures());
        self.paragraphs(&format!("{base}.paragraphs"), rec.paragraphs());
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let month = (b[5] - b'0') * 10 + (b[6] - b'0');
    let day = (b[8] - b'0') * 10 + (b[9] - b'0');
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_iso() {
        assert!(is_iso_date("2025-09-05"));
        for bad in [
            "2025-9-5",
            "2025-13-01",
            "2025-00-10",
            "05.09.2025",
            "",
            "2025-09-32",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
