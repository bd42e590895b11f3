//! The search keys of a dataset, folded once: each record's own texts back to back, and
//! the names records share kept once.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use crate::data::{Dataset, Lang, Record, RecordRef, Text};
use crate::translit::fold;

use super::matching::mask_of;
use super::{offset, prefix_chars, split, MAX_FIELD_CHARS};

/// Headlines say what a record is about, so a hit there counts most.
pub(super) const WEIGHT_TITLE: u8 = 4;
/// Names attached to a record: companies, people, sectors, statuses, places, aliases.
pub(super) const WEIGHT_NAME: u8 = 3;
/// Bodies are long and mention many things in passing (a quote names every project), so a
/// hit there must not outrank the record that is about the thing.
pub(super) const WEIGHT_BODY: u8 = 1;

/// Ends every text in the index; whitespace, so no query word can span two texts.
pub(super) const SEPARATOR: char = '\n';

/// One of a record's own texts: where it ends in the index text, and its weight.
#[derive(Clone, Copy)]
pub(super) struct Field {
    pub end: u32,
    pub weight: u8,
}

/// The searchable texts of one record.
pub(super) struct Entry {
    pub record: RecordRef,
    /// Its titles and bodies: a span of `Index::texts[part]`.
    pub part: u32,
    pub start: u32,
    pub end: u32,
    /// Its span of `Index::fields`.
    pub fields: Range<u32>,
    /// Where its titles end and its bodies begin, relative to `start`.
    pub titles_end: u32,
    /// Its span of `Index::name_ids`.
    pub names: Range<u32>,
    /// Which of the letters a-z and digits 0-9 occur in its texts and names.
    pub mask: u64,
}

/// Distinct texts, each kept once: `text[starts[i]..starts[i + 1] - 1]` is text `i`.
#[derive(Default)]
pub(super) struct Names {
    text: String,
    starts: Vec<u32>,
}

impl Names {
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn get(&self, i: usize) -> &str {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.text.get(a as usize..b as usize - 1).unwrap_or(""),
            _ => "",
        }
    }

    fn push(&mut self, name: &str) -> u32 {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.text.push_str(name);
        self.text.push(SEPARATOR);
        self.starts.push(offset(self.text.len()));
        offset(self.len() - 1)
    }
}

/// The search keys of every record of a dataset, built once.
pub struct Index {
    /// Titles and bodies, one string per thread that built the index: joining them into
    /// one would need twice the text's memory at the peak, for nothing a search needs.
    pub(super) texts: Vec<String>,
    pub(super) fields: Vec<Field>,
    pub(super) entries: Vec<Entry>,
    /// Every distinct name, folded: most are shared by many records.
    pub(super) names: Names,
    /// Which names each entry carries, by their index in `names`.
    pub(super) name_ids: Vec<u32>,
    /// How often each ASCII byte occurs in the texts and names.
    pub(super) counts: [u32; 128],
}

impl fmt::Debug for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Index")
            .field("records", &self.entries.len())
            .field("bytes", &self.text_bytes())
            .field("names", &self.names.len())
            .finish_non_exhaustive()
    }
}

/// Collects one record's keys while the index is built.
struct Builder<'a> {
    keys: Vec<(String, u8)>,
    data: &'a Dataset,
}

impl Builder<'_> {
    /// Adds a text; a key already present keeps the higher weight, so the same name in
    /// both languages ("CNPC") is scored once.
    fn add(&mut self, text: &str, weight: u8) {
        let key = fold(prefix_chars(text, MAX_FIELD_CHARS));
        if key.trim().is_empty() {
            return;
        }
        match self.keys.iter_mut().find(|(k, _)| *k == key) {
            Some((_, w)) => *w = (*w).max(weight),
            None => self.keys.push((key, weight)),
        }
    }

    fn add_text(&mut self, text: &Text, weight: u8) {
        self.add(&text.en, weight);
        self.add(&text.ru, weight);
    }

    fn record(&mut self, rec: Record<'_>) {
        let data = self.data;
        self.add_text(rec.title(), WEIGHT_TITLE);
        for alias in rec.aliases() {
            self.add(alias, WEIGHT_NAME);
        }
        // Ids a dataset fails to resolve are left out rather than indexed raw: a reader
        // never sees them.
        for id in rec.companies() {
            if let Some(c) = data.company(id) {
                self.add_text(&c.name, WEIGHT_NAME);
                for alias in &c.aliases {
                    self.add(alias, WEIGHT_NAME);
                }
            }
        }
        for id in rec.people() {
            if let Some(p) = data.person(id) {
                self.add_text(&p.name, WEIGHT_NAME);
            }
        }
        for id in rec.sectors() {
            if let Some(s) = data.sector(id) {
                self.add_text(&s.name, WEIGHT_NAME);
                for alias in &s.aliases {
                    self.add(alias, WEIGHT_NAME);
                }
            }
        }
        if let Some(s) = rec.status().and_then(|id| data.status(id)) {
            self.add_text(&s.name, WEIGHT_NAME);
        }
        if let Some(place) = rec.place() {
            self.add_text(place, WEIGHT_NAME);
        }
        self.add(rec.body(Lang::En), WEIGHT_BODY);
        self.add(rec.body(Lang::Ru), WEIGHT_BODY);
    }
}

/// Adds how often each ASCII byte occurs in `text` to `counts`.
fn count_bytes(counts: &mut [u32; 128], text: &str) {
    for b in text.bytes() {
        if let Some(n) = counts.get_mut(usize::from(b)) {
            *n += 1;
        }
    }
}

impl Index {
    pub fn new(data: &Dataset) -> Index {
        let records: Vec<(RecordRef, Record<'_>)> = data.all_records().collect();
        Index::join(split(&records, |part| Index::build(data, part)))
    }

    /// The index of `records` alone.
    fn build(data: &Dataset, records: &[(RecordRef, Record<'_>)]) -> Index {
        let mut text = String::new();
        let mut index = Index {
            texts: Vec::new(),
            fields: Vec::new(),
            entries: Vec::with_capacity(records.len()),
            names: Names::default(),
            name_ids: Vec::new(),
            counts: [0; 128],
        };
        let mut builder = Builder {
            keys: Vec::new(),
            data,
        };
        let mut seen: HashMap<String, u32> = HashMap::new();
        for &(record, rec) in records {
            builder.keys.clear();
            builder.record(rec);
            let start = offset(text.len());
            let first_field = offset(index.fields.len());
            let first_name = offset(index.name_ids.len());
            let mut mask = 0;
            let mut titles_end = 0;
            // Own texts in the order they were added: titles before bodies.
            for (key, weight) in &builder.keys {
                mask |= mask_of(key);
                if *weight == WEIGHT_NAME {
                    let id = match seen.get(key) {
                        Some(&id) => id,
                        None => {
                            let id = index.names.push(key);
                            seen.insert(key.clone(), id);
                            id
                        }
                    };
                    index.name_ids.push(id);
                    continue;
                }
                text.push_str(key);
                if *weight == WEIGHT_TITLE {
                    titles_end = offset(text.len()) - start;
                }
                index.fields.push(Field {
                    end: offset(text.len()),
                    weight: *weight,
                });
                text.push(SEPARATOR);
            }
            index.entries.push(Entry {
                record,
                part: 0,
                start,
                end: offset(text.len()),
                fields: first_field..offset(index.fields.len()),
                titles_end,
                names: first_name..offset(index.name_ids.len()),
                mask,
            });
        }
        count_bytes(&mut index.counts, &text);
        text.shrink_to_fit();
        index.texts.push(text);
        index
    }

    /// Indexes built from consecutive runs of records, as one.
    fn join(parts: Vec<Index>) -> Index {
        let mut whole = Index {
            texts: Vec::with_capacity(parts.len()),
            fields: Vec::with_capacity(parts.iter().map(|p| p.fields.len()).sum()),
            entries: Vec::with_capacity(parts.iter().map(|p| p.entries.len()).sum()),
            names: Names::default(),
            name_ids: Vec::with_capacity(parts.iter().map(|p| p.name_ids.len()).sum()),
            counts: [0; 128],
        };
        let mut seen: HashMap<String, u32> = HashMap::new();
        for part in parts {
            for (all, n) in whole.counts.iter_mut().zip(part.counts) {
                *all += n;
            }
            // The part's name ids, as ids of the whole.
            let ids: Vec<u32> = (0..part.names.len())
                .map(|i| {
                    let name = part.names.get(i);
                    match seen.get(name) {
                        Some(&id) => id,
                        None => {
                            let id = whole.names.push(name);
                            seen.insert(name.to_string(), id);
                            id
                        }
                    }
                })
                .collect();
            let text = offset(whole.texts.len());
            let fields = offset(whole.fields.len());
            let names = offset(whole.name_ids.len());
            whole.texts.extend(part.texts);
            whole.fields.extend(part.fields);
            whole.name_ids.extend(
                part.name_ids
                    .iter()
                    .map(|&id| ids.get(id as usize).copied().unwrap_or(0)),
            );
            whole
                .entries
                .extend(part.entries.into_iter().map(|e| Entry {
                    part: e.part + text,
                    fields: e.fields.start + fields..e.fields.end + fields,
                    names: e.names.start + names..e.names.end + names,
                    ..e
                }));
        }
        count_bytes(&mut whole.counts, &whole.names.text);
        whole
    }

    /// How many records the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// An entry's titles and bodies.
    pub(super) fn own_text(&self, e: &Entry) -> &str {
        self.texts
            .get(e.part as usize)
            .and_then(|t| t.get(e.start as usize..e.end as usize))
            .unwrap_or("")
    }

    /// The size of the titles and bodies kept.
    pub(super) fn text_bytes(&self) -> usize {
        self.texts.iter().map(String::len).sum()
    }

    /// An entry's own fields.
    pub(super) fn fields_of(&self, e: &Entry) -> &[Field] {
        self.fields
            .get(e.fields.start as usize..e.fields.end as usize)
            .unwrap_or(&[])
    }

    /// The ids of an entry's names.
    pub(super) fn names_of(&self, e: &Entry) -> &[u32] {
        self.name_ids
            .get(e.names.start as usize..e.names.end as usize)
            .unwrap_or(&[])
    }
}
