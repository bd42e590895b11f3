//! Which fields of a hit its query matched, by the same rules the search ranks by: what
//! `search --json` reports as `"fields"`, and what a result list can show beside a row.

use crate::data::{Dataset, RecordRef, Source};
use crate::translit::fold;

use super::keys::{FieldKind, Lookup};
use super::matching::Word;
use super::{prefix_chars, query_key, ItemRef, NoteRef, MAX_FIELD_CHARS};

/// One text of a record that a query matched: which field, the source it comes from when
/// it is evidence, and the text itself.
#[derive(Clone, Copy, Debug)]
pub struct Matched<'a> {
    pub kind: FieldKind,
    pub source: Option<&'a Source>,
    pub text: &'a str,
}

/// Works out matched fields for the hits of one dataset.
pub struct MatchedFields<'a> {
    data: &'a Dataset,
    lookup: Lookup<'a>,
}

impl<'a> MatchedFields<'a> {
    pub fn new(data: &'a Dataset) -> MatchedFields<'a> {
        MatchedFields {
            data,
            lookup: Lookup::new(data),
        }
    }

    /// The fields of record `r` in which some word of `query` matches, in a fixed order
    /// (title, aliases, companies, people, sectors, status, place, summary, quote).
    pub fn record(&self, r: RecordRef, query: &str) -> Vec<FieldKind> {
        let Some(rec) = self.data.get(r) else {
            return Vec::new();
        };
        let mut texts = Vec::new();
        self.lookup
            .record(rec, &mut |kind, text| texts.push((kind, text)));
        matched(&texts, query)
    }

    /// Every text of record `r` in which some word of `query` matches, in the order the
    /// search reads them (title, names, body, event, then the evidence source by source).
    pub fn record_texts(&self, r: RecordRef, query: &str) -> Vec<Matched<'a>> {
        let Some(rec) = self.data.get(r) else {
            return Vec::new();
        };
        let words = words(query);
        let mut out = Vec::new();
        self.lookup
            .record_with_sources(rec, &mut |kind, source, text| {
                if matches(&words, kind, text) {
                    out.push(Matched { kind, source, text });
                }
            });
        out
    }

    /// The fields of an Overview note in which some word of `query` matches.
    pub fn note(&self, n: NoteRef, query: &str) -> Vec<FieldKind> {
        let mut texts = Vec::new();
        self.lookup
            .note(n, &mut |kind, text| texts.push((kind, text)));
        matched(&texts, query)
    }
}

impl MatchedFields<'_> {
    /// The fields of an event or a source in which some word of `query` matches.
    pub fn item(&self, i: ItemRef, query: &str) -> Vec<FieldKind> {
        let mut texts = Vec::new();
        self.lookup
            .item(i, &mut |kind, text| texts.push((kind, text)));
        matched(&texts, query)
    }
}

fn words(query: &str) -> Vec<Word> {
    let counts = [0; 128];
    query_key(query)
        .split_whitespace()
        .map(|w| Word::new(w, &counts, None))
        .collect()
}

/// Whether some word matches `text`, a text of field `kind`.
fn matches(words: &[Word], kind: FieldKind, text: &str) -> bool {
    let key = fold(prefix_chars(text, MAX_FIELD_CHARS));
    words
        .iter()
        .any(|w| !w.ranges_in(&key, kind.takes_scattered()).is_empty())
}

fn matched(texts: &[(FieldKind, &str)], query: &str) -> Vec<FieldKind> {
    let words = words(query);
    let mut out: Vec<FieldKind> = texts
        .iter()
        .filter(|(kind, text)| matches(&words, *kind, text))
        .map(|&(kind, _)| kind)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}
