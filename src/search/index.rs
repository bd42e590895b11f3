//! The search keys of a dataset, folded once: each record's own texts back to back, and
//! the names records share kept once.

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;

use crate::data::{Dataset, Record, RecordRef};
use crate::translit::fold;

use super::keys::Lookup;
use super::matching::{bit, mask_of, words_of};
pub(super) use super::names::Names;
use super::typo::{self, Vocabulary, WordSet};
use super::{offset, prefix_chars, split, ItemRef, NoteRef, MAX_FIELD_CHARS};

/// Headlines say what a record is about, so a hit there counts most.
pub(super) const WEIGHT_TITLE: u8 = 8;
/// Names attached to a record: companies, people, sectors, statuses, places, aliases.
pub(super) const WEIGHT_NAME: u8 = 6;
/// What a record is part of and who reports it: its event, its sources' outlets and
/// headlines. Many records share them, so a hit there says less about each.
pub(super) const WEIGHT_CONTEXT: u8 = 4;
/// Bodies are long and mention many things in passing (a quote names every project), so a
/// hit there must not outrank the record that is about the thing.
pub(super) const WEIGHT_BODY: u8 = 2;
/// The sources' words and notes: a page covers more than the record citing it.
pub(super) const WEIGHT_EVIDENCE: u8 = 1;

/// Ends every text in the index; whitespace, so no query word can span two texts.
pub(super) const SEPARATOR: char = '\n';

/// One of a record's own texts: where it ends in the index text, and its weight.
#[derive(Clone, Copy)]
pub(super) struct Field {
    pub end: u32,
    pub weight: u8,
    /// The letters and digits (as in [`mask_of`]) its words begin with, and those that are
    /// a word on their own: what a word of one to three letters, which counts only at the
    /// start of a word, can score here, known without reading the text.
    pub starts: u64,
    pub singles: u64,
}

/// What an entry of the index is the texts of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Target {
    Record(RecordRef),
    Note(NoteRef),
    Item(ItemRef),
}

/// The searchable texts of one record, note, event or source.
pub(super) struct Entry {
    pub target: Target,
    /// Its titles and bodies: a span of `Index::texts[part]`.
    pub part: u32,
    pub start: u32,
    pub end: u32,
    /// Its span of `Index::fields`.
    pub fields: Range<u32>,
    /// Where its titles (and an event's or a source's names) end and its bodies begin,
    /// relative to `start`.
    pub titles_end: u32,
    /// Its span of `Index::name_ids`.
    pub names: Range<u32>,
    /// Which of the letters a-z and digits 0-9 occur in its texts and names.
    pub mask: u64,
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
    /// How many of the entries are records: the notes come after them.
    pub(super) records: usize,
    /// The distinct words of the texts and names, for typo matches.
    pub(super) vocabulary: Vocabulary,
    /// While building: the distinct words seen so far.
    words: WordSet,
}

impl fmt::Debug for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Index")
            .field("records", &self.entries.len())
            .field("bytes", &self.text_bytes())
            .field("names", &self.names.len())
            .field("words", &self.vocabulary.len())
            .finish_non_exhaustive()
    }
}

/// Up to this many keys, a new key is compared with each; past it they are looked up.
const LINEAR_KEYS: usize = 64;

/// Collects one entry's keys while the index is built.
#[derive(Default)]
struct Builder {
    /// Each key, its weight, and whether records share it (see [`super::FieldKind::shared`]).
    keys: Vec<(String, u8, bool)>,
    /// Where each key is in `keys`, once there are more than [`LINEAR_KEYS`]: a record may
    /// carry tens of thousands of names, and comparing each with all would be quadratic.
    at: HashMap<String, usize>,
}

impl Builder {
    fn clear(&mut self) {
        self.keys.clear();
        self.at.clear();
    }

    /// Adds a text; a key already present keeps the higher weight, so the same name in
    /// both languages ("CNPC") is scored once.
    fn add(&mut self, text: &str, weight: u8, shared: bool) {
        let key = fold(prefix_chars(text, MAX_FIELD_CHARS));
        if key.trim().is_empty() {
            return;
        }
        let found = if self.keys.len() <= LINEAR_KEYS {
            self.keys.iter().position(|(k, _, _)| *k == key)
        } else {
            if self.at.is_empty() {
                let at = self
                    .keys
                    .iter()
                    .enumerate()
                    .map(|(i, (k, _, _))| (k.clone(), i));
                self.at.extend(at);
            }
            self.at.get(&key).copied()
        };
        match found.and_then(|i| self.keys.get_mut(i)) {
            Some((_, w, _)) => *w = (*w).max(weight),
            None => {
                if !self.at.is_empty() {
                    self.at.insert(key.clone(), self.keys.len());
                }
                self.keys.push((key, weight, shared));
            }
        }
    }
}

/// Adds the words of `key` a typo can reach to `words`.
fn add_words(words: &mut WordSet, key: &str) {
    for w in typo::words(key) {
        if !words.contains(w) {
            words.insert(w.into());
        }
    }
}

/// The letters and digits the words of `key` begin with, and those standing as a word of
/// one character, as masks.
fn word_initials(key: &str) -> (u64, u64) {
    let (mut starts, mut singles) = (0, 0);
    for (_, word) in words_of(key) {
        let mut chars = word.chars();
        let first = chars.next().map_or(0, bit);
        starts |= first;
        if chars.next().is_none() {
            singles |= first;
        }
    }
    (starts, singles)
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
        let lookup = Lookup::new(data);
        let records: Vec<(Target, Option<Record<'_>>)> = data
            .all_records()
            .map(|(r, rec)| (Target::Record(r), Some(rec)))
            .collect();
        let count = records.len();
        // The notes, events and sources are few: one part, after the records.
        let others: Vec<(Target, Option<Record<'_>>)> = (lookup.notes().map(Target::Note))
            .chain(lookup.items().map(Target::Item))
            .map(|t| (t, None))
            .collect();
        let mut parts = split(&records, |part| Index::build(&lookup, part));
        parts.push(Index::build(&lookup, &others));
        let mut index = Index::join(parts);
        index.records = count;
        index.vocabulary = Vocabulary::new(std::mem::take(&mut index.words));
        index
    }

    fn empty(capacity: usize) -> Index {
        Index {
            texts: Vec::new(),
            fields: Vec::new(),
            entries: Vec::with_capacity(capacity),
            names: Names::default(),
            name_ids: Vec::new(),
            counts: [0; 128],
            records: 0,
            vocabulary: Vocabulary::default(),
            words: WordSet::default(),
        }
    }

    /// The index of `targets` alone (a record's own, or a note when it has none).
    fn build(lookup: &Lookup<'_>, targets: &[(Target, Option<Record<'_>>)]) -> Index {
        let mut text = String::new();
        let mut index = Index::empty(targets.len());
        let mut builder = Builder::default();
        let mut seen: HashMap<String, u32> = HashMap::new();
        for &(target, rec) in targets {
            builder.clear();
            // An event's or a source's texts are kept as its own: a name kept once counts at
            // its weightiest use, and an event's title or day must not lift the records
            // that merely belong to it.
            let item = matches!(target, Target::Item(_));
            let mut add = |kind: super::FieldKind, t: &str| match item {
                true => builder.add(t, kind.item_weight(), false),
                false => builder.add(t, kind.weight(), kind.shared()),
            };
            match (target, rec) {
                (_, Some(rec)) => lookup.record(rec, &mut add),
                (Target::Note(n), None) => lookup.note(n, &mut add),
                (Target::Item(i), None) => lookup.item(i, &mut add),
                (Target::Record(_), None) => {}
            }
            let start = offset(text.len());
            let first_field = offset(index.fields.len());
            let first_name = offset(index.name_ids.len());
            let mut mask = 0;
            let mut titles_end = 0;
            // Own texts in the order they were added: titles before bodies.
            for (key, weight, shared) in &builder.keys {
                mask |= mask_of(key);
                if *shared {
                    let id = match seen.get(key) {
                        Some(&id) => {
                            index.names.raise(id, *weight);
                            id
                        }
                        None => {
                            let id = index.names.push(key, *weight);
                            seen.insert(key.clone(), id);
                            add_words(&mut index.words, key);
                            id
                        }
                    };
                    index.name_ids.push(id);
                    continue;
                }
                text.push_str(key);
                add_words(&mut index.words, key);
                // An event's or a source's names are its own texts, and count as a record's
                // names do: scattered letters and phrases are looked for there too.
                if *weight >= WEIGHT_NAME {
                    titles_end = offset(text.len()) - start;
                }
                let (starts, singles) = word_initials(key);
                index.fields.push(Field {
                    end: offset(text.len()),
                    weight: *weight,
                    starts,
                    singles,
                });
                text.push(SEPARATOR);
            }
            index.entries.push(Entry {
                target,
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
        let mut whole = Index::empty(parts.iter().map(|p| p.entries.len()).sum());
        whole.texts.reserve(parts.len());
        whole
            .fields
            .reserve(parts.iter().map(|p| p.fields.len()).sum());
        whole
            .name_ids
            .reserve(parts.iter().map(|p| p.name_ids.len()).sum());
        let mut seen: HashMap<String, u32> = HashMap::new();
        for mut part in parts {
            whole.words.extend(std::mem::take(&mut part.words));
            for (all, n) in whole.counts.iter_mut().zip(part.counts) {
                *all += n;
            }
            // The part's name ids, as ids of the whole.
            let ids: Vec<u32> = (0..part.names.len())
                .map(|i| {
                    let (name, weight) = (part.names.get(i), part.names.weight(i));
                    match seen.get(name) {
                        Some(&id) => {
                            whole.names.raise(id, weight);
                            id
                        }
                        None => {
                            let id = whole.names.push(name, weight);
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

    /// How many records the index holds (the Overview's notes are not counted).
    pub fn len(&self) -> usize {
        self.records
    }

    /// Whether the index was built, and is searched, on every core (by rayon's threads).
    pub fn uses_every_core(&self) -> bool {
        self.entries.len() >= super::PARALLEL_FROM
    }

    pub fn is_empty(&self) -> bool {
        self.records == 0
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

#[cfg(test)]
mod tests {
    use super::word_initials;
    use crate::search::matching::mask_of;

    #[test]
    fn word_initials_are_first_letters_and_one_letter_words() {
        let (starts, singles) = word_initials("shymkent refinery, i 2025 v-kz x");
        assert_eq!(starts, mask_of("sri2vkx"));
        assert_eq!(singles, mask_of("ivx"));
        // Letters outside a-z and 0-9 have no bit but still begin and end words.
        let (starts, singles) = word_initials("é s ß");
        assert_eq!((starts, singles), (mask_of("s"), mask_of("s")));
        assert_eq!(word_initials(""), (0, 0));
    }
}
