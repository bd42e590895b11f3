//! What both formats' validators check alike: ids, texts, references, dates, and the list
//! of problems they gather.

// foldhash: ids and references are looked up millions of times in a large dataset.
use foldhash::{HashMap, HashSet};
use std::fmt;

use crate::data::clean::Clean;
use crate::data::schema::Text;

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

/// A JSON path written out only when a problem is reported there: a large dataset has
/// millions of values to check, nearly all of them sound, and formatting each one's path
/// took longer than the checks.
#[derive(Clone, Copy)]
pub enum At<'a> {
    /// `parent.key`
    Key(&'a dyn fmt::Display, &'a str),
    /// `parent[index]`
    Index(&'a dyn fmt::Display, usize),
}

impl<'a> At<'a> {
    pub fn key(parent: &'a dyn fmt::Display, key: &'a str) -> Self {
        At::Key(parent, key)
    }

    pub fn index(parent: &'a dyn fmt::Display, index: usize) -> Self {
        At::Index(parent, index)
    }
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            At::Key(parent, key) => write!(f, "{parent}.{key}"),
            At::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

/// Gathers problems in the order they are found.
#[derive(Default)]
pub struct Checker {
    pub problems: Vec<Problem>,
}

impl Checker {
    pub fn report(&mut self, path: impl fmt::Display, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    /// Checks ids for shape and uniqueness within one list; returns the set of them.
    pub fn ids<'a>(
        &mut self,
        list: &str,
        ids: impl Iterator<Item = &'a Clean>,
    ) -> HashSet<&'a str> {
        let mut seen: HashMap<&str, usize> = HashMap::default();
        let path = At::key(&"$", list);
        for (i, id) in ids.enumerate() {
            let item = At::index(&path, i);
            self.id(At::key(&item, "id"), id);
            if let Some(first) = seen.insert(id.as_str(), i) {
                self.report(
                    At::key(&item, "id"),
                    format!("duplicate id `{id}`, first used at $.{list}[{first}]"),
                );
            }
        }
        seen.into_keys().collect()
    }

    pub fn id(&mut self, path: impl fmt::Display, id: &str) {
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

    pub fn text(&mut self, path: impl fmt::Display, t: &Text) {
        self.nonempty(At::key(&path, "en"), &t.en);
        self.nonempty(At::key(&path, "ru"), &t.ru);
    }

    pub fn nonempty(&mut self, path: impl fmt::Display, s: &str) {
        if s.trim().is_empty() {
            self.report(path, "empty text; expected words a reader can see");
        }
    }

    pub fn refs(
        &mut self,
        path: impl fmt::Display,
        what: &str,
        known: &HashSet<&str>,
        ids: &[Clean],
    ) {
        for (i, id) in ids.iter().enumerate() {
            self.reference(At::index(&path, i), what, known, id);
        }
    }

    pub fn reference(
        &mut self,
        path: impl fmt::Display,
        what: &str,
        known: &HashSet<&str>,
        id: &str,
    ) {
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

    /// A calendar date written YYYY-MM-DD.
    pub fn date(&mut self, path: impl fmt::Display, s: &str) {
        if !is_iso_date(s) {
            self.report(
                path,
                format!("`{s}` is not a date; expected YYYY-MM-DD, a real day"),
            );
        }
    }
}

/// Whether `s` is YYYY-MM-DD and names a day that exists (30 February does not).
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_iso_and_real() {
        for good in ["2025-09-05", "2024-02-29", "2000-02-29", "2025-12-31"] {
            assert!(is_iso_date(good), "{good}");
        }
        for bad in [
            "2025-9-5",
            "2025-13-01",
            "2025-00-10",
            "05.09.2025",
            "",
            "2025-09-32",
            "2025-02-29",
            "1900-02-29",
            "2025-04-31",
            "2025-09-00",
            "2025-+9-05",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }
}
