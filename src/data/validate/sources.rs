//! Checks of what ties a claim to its sources: the sources themselves and their links,
//! evidence items, figures with their currency and source, and places on the map.

use std::fmt::Display;

use super::checker::At;
use super::{Backs, Validator};
use crate::data::schema::{Dataset, Evidence, Figure};

impl Validator<'_> {
    pub(super) fn check_sources(&mut self, d: &Dataset) {
        for (i, s) in d.sources.iter().enumerate() {
            let base = format!("$.sources[{i}]");
            self.c.nonempty(format!("{base}.outlet"), &s.outlet);
            if let Some(url) = &s.url {
                self.url(&format!("{base}.url"), url);
            }
            if let Some(title) = &s.title {
                self.c.text(format!("{base}.title"), title);
            }
            if let Some(date) = &s.published {
                self.c.date(format!("{base}.published"), date);
            }
            let lang = &s.language;
            if !(2..=3).contains(&lang.len()) || !lang.chars().all(|c| c.is_ascii_lowercase()) {
                self.c.report(
                    format!("{base}.language"),
                    format!(
                        "`{lang}` is not a language code; expected ISO 639-1, such as `ru` or `en`"
                    ),
                );
            }
            if s.paragraphs == Some(0) {
                self.c.report(
                    format!("{base}.paragraphs"),
                    "expected the number of numbered paragraphs, at least 1 (or no `paragraphs`)",
                );
            }
            if let Some(who) = &s.interviewee {
                let path = format!("{base}.interviewee");
                self.c.reference(&path, "person", &self.r.people, who);
            }
        }
    }

    /// A link a reader may open: http or https, to a host, with nothing a terminal or a
    /// shell could take for something else.
    fn url(&mut self, path: &str, url: &str) {
        let lower = url.to_ascii_lowercase();
        let Some(rest) = ["https://", "http://"]
            .iter()
            .find_map(|scheme| lower.strip_prefix(scheme))
        else {
            self.c.report(
                path,
                format!("`{url}` is not a web address; expected one starting http:// or https://"),
            );
            return;
        };
        if rest.split(['/', '?', '#']).next().unwrap_or("").is_empty() {
            self.c.report(
                path,
                format!("`{url}` names no host; expected http://host/..."),
            );
        }
        // Control characters were made visible when the file was read: catch those too.
        let odd = |c: char| c.is_whitespace() || c.is_control() || is_control_picture(c);
        if let Some((at, c)) = url.chars().enumerate().find(|&(_, c)| odd(c)) {
            let what = if c.is_whitespace() {
                "a space"
            } else {
                "a control character"
            };
            self.c.report(
                path,
                format!(
                    "`{url}` has {what} at character {}; expected none (write a space as %20)",
                    at + 1
                ),
            );
        }
    }

    pub(super) fn evidence_item(&mut self, p: &dyn Display, e: &Evidence, backs: Backs) {
        self.source_ref(At::key(p, "source"), &e.source);
        if !e.paragraphs.is_empty() {
            self.paragraphs(&At::key(p, "paragraphs"), e);
        }
        if let Some(excerpt) = &e.excerpt {
            self.c.nonempty(At::key(p, "excerpt"), excerpt);
        }
        match (&e.excerpt, &e.translation) {
            (Some(_), None) => self.c.report(
                p,
                "an excerpt without a translation; expected `translation` into the other of English and Russian",
            ),
            (None, Some(_)) => self.c.report(
                At::key(p, "translation"),
                "a translation without an excerpt; expected the `excerpt` it translates",
            ),
            (Some(_), Some(t)) => self.c.nonempty(At::key(p, "translation"), t),
            (None, None) => {}
        }
        if let Some(note) = &e.note {
            self.c.text(At::key(p, "note"), note);
        }
        let says = e.excerpt.is_some() || e.note.is_some();
        if backs == Backs::Claim && !says {
            self.c.report(
                p,
                "neither an excerpt nor a note; expected the source's words (`excerpt`) or what it says (`note`)",
            );
        } else if !says && e.paragraphs.is_empty() {
            self.c.report(
                p,
                "cites nothing; expected `paragraphs`, an `excerpt` or a `note`",
            );
        }
        if let Some(date) = &e.date {
            self.c.date(At::key(p, "date"), date);
        }
    }

    fn paragraphs(&mut self, path: &dyn Display, e: &Evidence) {
        let Some(&count) = self.r.paragraphs.get(e.source.as_str()) else {
            return; // An unknown source is reported on its own.
        };
        let Some(max) = count.filter(|&n| n > 0) else {
            self.c.report(
                path,
                format!(
                    "source `{}` has no numbered paragraphs; expected an excerpt or a note instead",
                    e.source
                ),
            );
            return;
        };
        for (i, &n) in e.paragraphs.iter().enumerate() {
            if n == 0 || n > max {
                self.c.report(
                    At::index(path, i),
                    format!(
                        "paragraph {n} is out of range; source `{}` has paragraphs 1 to {max}",
                        e.source
                    ),
                );
            }
        }
    }

    pub(super) fn figures(&mut self, path: &dyn Display, figures: &[Figure]) {
        for (i, f) in figures.iter().enumerate() {
            let p = At::index(path, i);
            let at = |key| At::key(&p, key);
            self.c.text(at("label"), &f.label);
            self.c.text(at("unit"), &f.unit);
            if let Some(q) = &f.qualifier {
                self.c.text(at("qualifier"), q);
            }
            if let Some(h) = &f.horizon {
                self.c.text(at("horizon"), h);
            }
            if let Some(code) = &f.currency {
                if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                    self.c.report(
                        at("currency"),
                        format!("`{code}` is not a currency code; expected ISO 4217, such as USD, CNY or KZT"),
                    );
                }
            }
            match f.scale {
                Some(_) if f.currency.is_none() => self.c.report(
                    at("scale"),
                    "a scale without a currency; expected `currency` beside it",
                ),
                Some(0) => self.c.report(
                    at("scale"),
                    "expected a scale of at least 1 (1000000000 for billions)",
                ),
                _ => {}
            }
            if let Some(source) = &f.source {
                self.source_ref(at("source"), source);
            }
            if let Some(date) = &f.date {
                self.c.date(at("date"), date);
            }
        }
    }

    pub(super) fn check_places(&mut self, d: &Dataset) {
        for (i, place) in d.vocabulary.places.iter().enumerate() {
            let base = format!("$.vocabulary.places[{i}]");
            self.c.text(format!("{base}.name"), &place.name);
            for (field, value, limit) in [("lat", place.lat, 90.0), ("lon", place.lon, 180.0)] {
                if !(-limit..=limit).contains(&value) {
                    self.c.report(
                        format!("{base}.{field}"),
                        format!("{value} is out of range; expected -{limit} to {limit} degrees"),
                    );
                }
            }
            self.c
                .nonempty(format!("{base}.gazetteer"), &place.gazetteer);
        }
    }
}

/// The characters reading put in place of control characters (U+2400 to U+2421), and the
/// replacement character that stands for C1 controls.
fn is_control_picture(c: char) -> bool {
    matches!(c, '\u{2400}'..='\u{2421}' | '\u{fffd}')
}
