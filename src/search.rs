//! Fuzzy search over every record, fzf style: the query is split into words, and a record
//! matches when each word matches one of its texts, in any order.
//!
//! Texts are folded to search keys (see [`crate::translit`]) once, when the index is built,
//! and kept back to back in one string, so a query typed in either script finds text written
//! in either script and a search walks memory in order. Each word is tried cheaply first: a
//! mask of the letters a record holds, then a literal find (SIMD memmem); only a record
//! without a literal occurrence is checked for scattered letters, and only then scored by the
//! fuzzy matcher. Large indexes are searched on every core.

use std::fmt;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use memchr::memmem;

use crate::data::{Dataset, Lang, RecordRef, Text};
use crate::translit::{fold, fold_with_map};

/// Headlines say what a record is about, so a hit there counts most.
const WEIGHT_TITLE: u8 = 4;
/// Names attached to a record: companies, people, sectors, statuses, places, aliases.
const WEIGHT_NAME: u8 = 3;
/// Bodies are long and mention many things in passing (a quote names every project), so a
/// hit there must not outrank the record that is about the thing.
const WEIGHT_BODY: u8 = 1;

/// Ends every field in the index text; whitespace, so no query word can span two fields.
const SEPARATOR: char = '\n';

/// Only this many characters of a text are searched and highlighted: enough for any
/// summary or quote, and it keeps a pathological 1 MB field from slowing every keystroke.
pub const MAX_FIELD_CHARS: usize = 4096;

/// Longer query words are searched but not highlighted.
const MAX_HIGHLIGHTED_WORD: usize = 64;

/// The first `n` characters of `s`.
pub fn prefix_chars(s: &str, n: usize) -> &str {
    // A text of at most `n` bytes has at most `n` characters.
    if s.len() <= n {
        return s;
    }
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// Below this many records one thread searches; above, the work is split over the cores.
const PARALLEL_FROM: usize = 4_096;

/// How often (in records) a long search checks whether it has been cancelled.
const CANCEL_EVERY: usize = 4096;

/// One searchable text of a record: where it ends in the index text, and its weight.
#[derive(Clone, Copy)]
struct Field {
    end: u32,
    weight: u8,
}

/// The searchable texts of one record.
struct Entry {
    record: RecordRef,
    /// Its span of the index text.
    start: u32,
    end: u32,
    /// Its span of `Index::fields`.
    fields: Range<u32>,
    /// Which of the letters a-z and digits 0-9 occur in its text.
    mask: u64,
    /// Where its titles and names end and its bodies begin, relative to `start`.
    names_end: u32,
}

/// An index built the first time it is needed, by whichever thread needs it first: a large
/// dataset's first frame need not wait for it.
pub struct LazyIndex {
    data: Arc<Dataset>,
    index: OnceLock<Index>,
}

impl LazyIndex {
    pub fn new(data: Arc<Dataset>) -> LazyIndex {
        LazyIndex {
            data,
            index: OnceLock::new(),
        }
    }
}

impl std::ops::Deref for LazyIndex {
    type Target = Index;
    fn deref(&self) -> &Index {
        self.index.get_or_init(|| Index::new(&self.data))
    }
}

/// A record that matched a query, and how well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub record: RecordRef,
    pub score: i64,
}

/// What a search found, and what it could reuse when the query grows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Best first; equal scores in dataset order.
    pub hits: Vec<Hit>,
    /// The entries every word could possibly match (a superset of the hits): a query that
    /// only adds letters need look at no others.
    pub candidates: Vec<u32>,
}

/// The search keys of every record of a dataset, built once.
pub struct Index {
    text: String,
    fields: Vec<Field>,
    entries: Vec<Entry>,
    /// How often each ASCII byte occurs in `text`.
    counts: [u32; 128],
}

impl fmt::Debug for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Index")
            .field("records", &self.entries.len())
            .field("bytes", &self.text.len())
            .finish_non_exhaustive()
    }
}

/// Collects one record's fields while the index is built.
struct Builder<'a> {
    fields: Vec<(String, u8)>,
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
        match self.fields.iter_mut().find(|(k, _)| *k == key) {
            Some((_, w)) => *w = (*w).max(weight),
            None => self.fields.push((key, weight)),
        }
    }

    fn add_text(&mut self, text: &Text, weight: u8) {
        self.add(&text.en, weight);
        self.add(&text.ru, weight);
    }

    fn record(&mut self, rec: crate::data::Record<'_>) {
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

/// One word of a query, prepared once per search.
struct Word {
    text: String,
    chars: Vec<char>,
    mask: u64,
    finder: memmem::Finder<'static>,
    /// Where in the word its rarest letter is (by the index's letter counts): looking for
    /// close-set letters starts from that letter's few occurrences, not the first letter's
    /// many.
    anchor: usize,
}

impl Word {
    fn new(text: &str, counts: &[u32; 128]) -> Word {
        let anchor = text
            .bytes()
            .enumerate()
            .min_by_key(|&(_, b)| counts.get(usize::from(b)).copied().unwrap_or(0))
            .map_or(0, |(i, _)| i);
        Word {
            text: text.to_string(),
            chars: text.chars().collect(),
            mask: mask_of(text),
            finder: memmem::Finder::new(text.as_bytes()).into_owned(),
            anchor: if text.is_ascii() { anchor } else { 0 },
        }
    }
}

/// The bit of a folded character in a record's mask; other characters have none.
fn bit(c: char) -> u64 {
    match c {
        'a'..='z' => 1 << (c as u32 - 'a' as u32),
        '0'..='9' => 1 << (26 + c as u32 - '0' as u32),
        _ => 0,
    }
}

fn mask_of(text: &str) -> u64 {
    text.chars().fold(0, |m, c| m | bit(c))
}

impl Index {
    pub fn new(data: &Dataset) -> Index {
        let records: Vec<(RecordRef, crate::data::Record<'_>)> = data.all_records().collect();
        let threads = if records.len() >= PARALLEL_FROM {
            std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(8)
        } else {
            1
        };
        let chunk = records.len().div_ceil(threads).max(1);
        let parts: Vec<Index> = if threads > 1 {
            std::thread::scope(|s| {
                let handles: Vec<_> = records
                    .chunks(chunk)
                    .map(|part| s.spawn(|| Index::build(data, part)))
                    .collect();
                handles.into_iter().filter_map(|h| h.join().ok()).collect()
            })
        } else {
            vec![Index::build(data, &records)]
        };
        Index::join(parts)
    }

    /// The index of `records` alone.
    fn build(data: &Dataset, records: &[(RecordRef, crate::data::Record<'_>)]) -> Index {
        let mut index = Index {
            text: String::new(),
            fields: Vec::new(),
            entries: Vec::with_capacity(records.len()),
            counts: [0; 128],
        };
        let mut builder = Builder {
            fields: Vec::new(),
            data,
        };
        for &(record, rec) in records {
            builder.fields.clear();
            builder.record(rec);
            let start = offset(index.text.len());
            let first = offset(index.fields.len());
            let mut mask = 0;
            let mut names_end = 0;
            for (key, weight) in &builder.fields {
                mask |= mask_of(key);
                index.text.push_str(key);
                if *weight > WEIGHT_BODY {
                    names_end = offset(index.text.len()) - start;
                }
                index.fields.push(Field {
                    end: offset(index.text.len()),
                    weight: *weight,
                });
                index.text.push(SEPARATOR);
            }
            index.entries.push(Entry {
                record,
                start,
                end: offset(index.text.len()),
                fields: first..offset(index.fields.len()),
                mask,
                names_end,
            });
        }
        for b in index.text.bytes() {
            if let Some(n) = index.counts.get_mut(usize::from(b)) {
                *n += 1;
            }
        }
        index
    }

    /// Indexes built from consecutive runs of records, as one.
    fn join(parts: Vec<Index>) -> Index {
        let mut whole = Index {
            text: String::with_capacity(parts.iter().map(|p| p.text.len()).sum()),
            fields: Vec::with_capacity(parts.iter().map(|p| p.fields.len()).sum()),
            entries: Vec::with_capacity(parts.iter().map(|p| p.entries.len()).sum()),
            counts: [0; 128],
        };
        for part in parts {
            for (all, n) in whole.counts.iter_mut().zip(part.counts) {
                *all += n;
            }
            let text = offset(whole.text.len());
            let fields = offset(whole.fields.len());
            whole.text.push_str(&part.text);
            whole.fields.extend(part.fields.iter().map(|f| Field {
                end: f.end + text,
                weight: f.weight,
            }));
            whole
                .entries
                .extend(part.entries.into_iter().map(|e| Entry {
                    start: e.start + text,
                    end: e.end + text,
                    fields: e.fields.start + fields..e.fields.end + fields,
                    ..e
                }));
        }
        whole
    }

    /// How many records the index holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The records matching every word of `query`, best first; records that score the same
    /// stay in dataset order. An empty query matches every record with score 0.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_within(query, None, &|| false)
            .map(|f| f.hits)
            .unwrap_or_default()
    }

    /// Searches only `candidates` (from an earlier [`Found`], when `query` only adds letters
    /// to that search's words: see [`narrows`]), or everything. Returns None if `cancelled`
    /// turns true before the end.
    pub fn search_within(
        &self,
        query: &str,
        candidates: Option<&[u32]>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Found> {
        let folded = fold(query);
        let words: Vec<Word> = folded
            .split_whitespace()
            .map(|w| Word::new(w, &self.counts))
            .collect();
        let all: Vec<u32>;
        let pool: &[u32] = match candidates {
            Some(c) => c,
            None => {
                all = (0..offset(self.entries.len())).collect();
                &all
            }
        };
        let threads = if pool.len() >= PARALLEL_FROM {
            std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(8)
        } else {
            1
        };
        let chunk = pool.len().div_ceil(threads.max(1)).max(1);
        let parts: Vec<Option<Part>> = if threads > 1 {
            std::thread::scope(|s| {
                let handles: Vec<_> = pool
                    .chunks(chunk)
                    .map(|part| s.spawn(|| self.scan(part, &words, cancelled)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().ok().flatten())
                    .collect()
            })
        } else {
            vec![self.scan(pool, &words, cancelled)]
        };
        let mut scored = Vec::new();
        let mut survivors = Vec::new();
        for part in parts {
            let (s, c) = part?;
            scored.extend(s);
            survivors.extend(c);
        }
        // Entry order breaks ties, so equal scores keep dataset order.
        scored.sort_unstable_by_key(|&(entry, score)| (std::cmp::Reverse(score), entry));
        let hits = scored
            .into_iter()
            .map(|(entry, score)| Hit {
                record: self.entries[entry as usize].record,
                score,
            })
            .collect();
        Some(Found {
            hits,
            candidates: survivors,
        })
    }

    /// Scores the entries of `part`: (entry, score) of the hits, and the entries that passed
    /// the cheap tests for every word.
    fn scan(
        &self,
        part: &[u32],
        words: &[Word],
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Part> {
        let mut hits = Vec::new();
        let mut survivors = Vec::new();
        let mut firsts = Vec::with_capacity(words.len());
        for (n, &i) in part.iter().enumerate() {
            if n % CANCEL_EVERY == CANCEL_EVERY - 1 && cancelled() {
                return None;
            }
            let Some(e) = self.entries.get(i as usize) else {
                continue;
            };
            match self.score(e, words, &mut firsts) {
                Verdict::Rejected => {}
                Verdict::Possible => survivors.push(i),
                Verdict::Hit(score) => {
                    survivors.push(i);
                    hits.push((i, score));
                }
            }
        }
        Some((hits, survivors))
    }

    /// `firsts` is scratch space, reused from record to record.
    fn score(&self, e: &Entry, words: &[Word], firsts: &mut Vec<Option<usize>>) -> Verdict {
        let hay = &self.text[e.start as usize..e.end as usize];
        let names = hay.get(..e.names_end as usize).unwrap_or("");
        // Cheap tests for every word first: most records fail one. A word can only match
        // where it occurs as typed, or as scattered letters in a title or name; both hold
        // for a word's beginning whenever they hold for the word, which is what lets a
        // longer query search only what this one could not rule out.
        firsts.clear();
        for w in words {
            if w.mask & !e.mask != 0 {
                return Verdict::Rejected;
            }
            // Where the word first occurs as typed is kept, so scoring need not look again:
            // in a long record that look is the costliest step of a search.
            let first = w.finder.find(hay.as_bytes());
            if first.is_none() && !near_in(names, w) {
                return Verdict::Rejected;
            }
            firsts.push(first);
        }
        let mut total: i64 = 0;
        for (w, &first) in words.iter().zip(firsts.iter()) {
            match self.word_score(e, hay, w, first) {
                Some(s) => total = total.saturating_add(s),
                None => return Verdict::Possible,
            }
        }
        Verdict::Hit(total)
    }

    /// The best score of `w` over the fields of an entry, if any field matches. `first` is
    /// where `w` first occurs as typed in the entry's text, if it does.
    fn word_score(&self, e: &Entry, hay: &str, w: &Word, first: Option<usize>) -> Option<i64> {
        let fields = &self.fields[e.fields.start as usize..e.fields.end as usize];
        let chars = w.chars.len() as i64;
        let mut best: Option<i64> = None;
        let mut field = fields.iter().peekable();
        // One pass over the record, from the first occurrence on, finds every literal
        // occurrence; fields come in order, titles first, so the first few occurrences are
        // the ones that weigh most.
        let from = first.unwrap_or(hay.len());
        let later = hay.as_bytes().get(from..).unwrap_or_default();
        let occurrences = w.finder.find_iter(later).map(|at| at + from);
        for at in occurrences.take(MAX_OCCURRENCES) {
            while field
                .peek()
                .is_some_and(|f| (f.end - e.start) as usize <= at)
            {
                field.next();
            }
            let Some(f) = field.peek() else {
                break;
            };
            // Fields are separated by a newline, so a word boundary at a field's edge looks
            // the same in the record's text as in the field's own.
            let bonus = literal_bonus_at(hay, at, w.text.len());
            let score = (LITERAL_PER_CHAR * chars + bonus).saturating_mul(i64::from(f.weight));
            best = best.max(Some(score));
            // Weights only fall along a record (titles, names, bodies), so nothing after a
            // whole-word match can beat it.
            if bonus == BONUS_LITERAL + BONUS_WORD_START + BONUS_WHOLE_WORD {
                break;
            }
        }
        if best.is_some() {
            return best;
        }
        // Scattered letters can be found in most long texts. So letters typed with a gap or
        // a slip count only in titles and names (bodies must hold the word as typed), below
        // any literal match, and only when they sit close together: an abbreviation or a
        // typo, not noise. A word of one or two letters matches as typed or not at all:
        // scattered, it would be found in nearly any name.
        if w.chars.len() < MIN_SCATTERED {
            return None;
        }
        let names = hay.get(..e.names_end as usize).unwrap_or("");
        // One pass over all the names rules most records out; then each name on its own,
        // so letters from two names never make one match.
        compact_near_anchor(names, w)?;
        let mut from = 0;
        let span = fields
            .iter()
            .take_while(|f| f.weight > WEIGHT_BODY)
            .filter_map(|f| {
                let to = (f.end - e.start) as usize;
                let key = hay.get(from..to).unwrap_or("");
                from = to + SEPARATOR.len_utf8();
                compact_near_anchor(key, w)
            })
            .min()? as i64;
        // The tighter the letters sit, the better.
        Some(SCATTERED_PER_CHAR * chars - GAP_PENALTY * (span - chars))
    }
}

/// One part's share of a search: (entry, score) of its hits, and the entries that passed
/// the cheap tests.
type Part = (Vec<(u32, i64)>, Vec<u32>);

enum Verdict {
    Rejected,
    /// Passed the cheap tests but did not match.
    Possible,
    Hit(i64),
}

/// Positions in the index are u32: 4 GiB of folded text is far beyond any dataset the
/// loader accepts (its cap is on the JSON, which is larger than its text).
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Whether a search for `new` may start from the candidates of a search for `old`: true
/// when `new` only adds letters or words at the end of `old`, as typing does. Then every
/// word of `old` is a word of `new` or the beginning of one, and whatever `new` can match,
/// `old` could.
pub fn narrows(old: &str, new: &str) -> bool {
    let (old, new) = (fold(old), fold(new));
    let old = old.trim_end();
    // A longer word's close-set match may be wider than the window candidates were
    // chosen by.
    let fits = |w: &str| w.chars().count() * 2 + 2 <= CANDIDATE_SPAN;
    !old.trim().is_empty() && new.starts_with(old) && new.split_whitespace().all(fits)
}

/// Whether `w`'s letters occur in order within [`CANDIDATE_SPAN`] bytes of `names`: true
/// of every close-set match, and of the beginning of any word it holds, so it can decide
/// which records a longer query need look at.
fn near_in(names: &str, w: &Word) -> bool {
    if w.text.is_ascii() {
        // Any match will do here, so stop at the first.
        let bytes = names.as_bytes();
        let word = w.text.as_bytes();
        let Some(&first) = word.first() else {
            return true;
        };
        memchr::memchr_iter(first, bytes).any(|start| {
            let window = &bytes[start..bytes.len().min(start + CANDIDATE_SPAN)];
            is_subsequence_bytes(word, window)
        })
    } else {
        is_subsequence(&w.text, names)
    }
}

/// The window [`near_in`] looks within. It must not be narrower than the widest close-set
/// match of any word a narrowing query holds (see [`narrows`]).
const CANDIDATE_SPAN: usize = 32;

/// What a scattered letter is worth (a literal one is worth [`LITERAL_PER_CHAR`] and
/// bonuses), and what each letter between them costs.
const SCATTERED_PER_CHAR: i64 = 8;
const GAP_PENALTY: i64 = 2;

/// Words shorter than this match only as typed.
const MIN_SCATTERED: usize = 4;

/// What a contiguous match of one character is worth, before the bonuses and the weight.
const LITERAL_PER_CHAR: i64 = 16;

/// A literal occurrence outranks scattered letters; one at a word start (what a reader
/// types when typing the beginning of a name) more so, and a whole word most: this keeps
/// "ai" on the AI records ahead of "grain" and "alipay".
const BONUS_LITERAL: i64 = 32;
const BONUS_WORD_START: i64 = 32;
const BONUS_WHOLE_WORD: i64 = 32;

/// The most literal occurrences of a word looked at in one record: a short word can occur
/// hundreds of times in a long text, and the first few (in titles and names) weigh most.
const MAX_OCCURRENCES: usize = 8;

/// The bonus for a literal occurrence of a word of `len` bytes at byte `at` of `key`.
fn literal_bonus_at(key: &str, at: usize, len: usize) -> i64 {
    let starts = !key[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let ends = !key[at + len..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    BONUS_LITERAL
        + if starts { BONUS_WORD_START } else { 0 }
        + if starts && ends { BONUS_WHOLE_WORD } else { 0 }
}

/// [`compact_match`], looking only around the occurrences of the word's rarest letter:
/// any close-set match contains one, within the longest span a match may have.
fn compact_near_anchor(key: &str, w: &Word) -> Option<usize> {
    let Some(&anchor) = w.text.as_bytes().get(w.anchor) else {
        return Some(0);
    };
    if w.anchor == 0 || !w.text.is_ascii() {
        return compact_match(key, &w.chars);
    }
    let span = w.chars.len() * 2 + 2;
    let bytes = key.as_bytes();
    let mut checked = 0;
    let mut best: Option<usize> = None;
    for p in memchr::memchr_iter(anchor, bytes) {
        let from = p.saturating_sub(span - 1).max(checked);
        let to = bytes.len().min(p + span);
        // ASCII word: a match never starts or ends inside a multi-byte char, so a window
        // cut at any byte still holds every match inside it.
        let found = compact_match_bytes(&bytes[from..to], w.text.as_bytes(), span);
        best = match (best, found) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        // A match that starts before `to - span + 1` was already seen in this window.
        checked = to.saturating_sub(span - 1).max(from);
    }
    best
}

/// The narrowest span (in chars) in which the chars of `word` occur in order in `key`, if
/// one is at most about twice the word's length: "tkv" finds "tokayev", but "cnpc" does not
/// find a paragraph that merely holds a c, an n, a p and a c somewhere.
fn compact_match(key: &str, word: &[char]) -> Option<usize> {
    let Some(&first) = word.first() else {
        return Some(0);
    };
    let max_span = word.len() * 2 + 2;
    if first.is_ascii() && word.iter().all(char::is_ascii) {
        // Folded keys and queries are nearly always ASCII: walk bytes.
        let word: Vec<u8> = word.iter().map(|&c| c as u8).collect();
        return compact_match_bytes(key.as_bytes(), &word, max_span);
    }
    let key: Vec<char> = key.chars().collect();
    key.iter()
        .enumerate()
        .filter(|&(_, &c)| c == first)
        .filter_map(|(start, _)| {
            let mut need = word.iter().peekable();
            for (i, c) in key[start..].iter().take(max_span).enumerate() {
                if need.peek() == Some(&c) {
                    need.next();
                    if need.peek().is_none() {
                        return Some(i + 1);
                    }
                }
            }
            None
        })
        .min()
}

/// [`compact_match`] for an ASCII word over bytes: allocates nothing.
fn compact_match_bytes(key: &[u8], word: &[u8], max_span: usize) -> Option<usize> {
    let Some(&first) = word.first() else {
        return Some(0);
    };
    let mut best: Option<usize> = None;
    for start in memchr::memchr_iter(first, key) {
        let window = &key[start..key.len().min(start + max_span)];
        let mut need = word.iter().peekable();
        for (i, b) in window.iter().enumerate() {
            if need.peek() == Some(&b) {
                need.next();
                if need.peek().is_none() {
                    let span = i + 1;
                    best = Some(best.map_or(span, |b| b.min(span)));
                    break;
                }
            }
        }
        // Nothing is tighter than the word itself.
        if best == Some(word.len()) {
            break;
        }
    }
    best
}

/// Whether the chars of `needle` occur in `haystack` in order: necessary for a fuzzy match
/// of any one field, and far cheaper than scoring.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    is_subsequence_bytes(needle.as_bytes(), haystack.as_bytes())
}

/// Byte by byte: UTF-8 keeps a character's bytes in order, and memchr jumps to each.
fn is_subsequence_bytes(needle: &[u8], hay: &[u8]) -> bool {
    let mut at = 0;
    for &b in needle {
        match memchr::memchr(b, &hay[at..]) {
            Some(i) => at += i + 1,
            None => return false,
        }
    }
    true
}

fn shared_matcher() -> &'static SkimMatcherV2 {
    static MATCHER: OnceLock<SkimMatcherV2> = OnceLock::new();
    MATCHER.get_or_init(|| SkimMatcherV2::default().respect_case())
}

/// Char positions (not byte offsets) in `text` of the chars the words of `query` match,
/// sorted and without duplicates; empty when no word matches. Words match independently,
/// as in [`Index::search`], so each is highlighted where it fits best.
pub fn highlight(query: &str, text: &str) -> Vec<usize> {
    let folded_query = fold(query);
    let mut words = folded_query.split_whitespace().peekable();
    if words.peek().is_none() {
        return Vec::new();
    }
    // The matcher's cost grows with the text times the word; what is on screen is short.
    let (key, map) = fold_with_map(prefix_chars(text, MAX_FIELD_CHARS));
    let matcher = shared_matcher();
    let mut positions: Vec<usize> = words
        // The matcher's table is the text times the word; a word this long is a paste, not
        // something a reader looks for letter by letter.
        .filter(|w| w.len() <= MAX_HIGHLIGHTED_WORD)
        .filter_map(|w| matcher.fuzzy_indices(&key, w))
        .flat_map(|(_, indices)| indices)
        .filter_map(|i| map.get(i).copied())
        .collect();
    positions.sort_unstable();
    positions.dedup();
    positions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::{Category, DEFAULT_JSON};

    fn dataset() -> Dataset {
        serde_json::from_str::<Dataset>(DEFAULT_JSON).expect("embedded dataset parses")
    }

    fn ids(data: &Dataset, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .filter_map(|h| data.get(h.record))
            .map(|r| r.id().to_string())
            .collect()
    }

    fn first(query: &str) -> String {
        let data = dataset();
        let hits = Index::new(&data).search(query);
        ids(&data, &hits)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no hit for {query:?}"))
    }

    #[test]
    fn company_name_finds_its_project() {
        assert_eq!(first("cnpc"), "inv-shymkent-refinery");
        assert_eq!(first("CNPC"), "inv-shymkent-refinery");
    }

    #[test]
    fn sinopec_in_any_spelling() {
        for q in ["sinopec", "sinopek", "синопек", "Синопек"] {
            assert_eq!(first(q), "inv-atyrau-polyethylene", "{q}");
        }
    }

    #[test]
    fn place_in_either_script() {
        for q in ["shymkent", "шымкент", "Шымкент"] {
            assert_eq!(first(q), "inv-shymkent-refinery", "{q}");
        }
    }

    #[test]
    fn sector_alias_ranks_the_project_about_it() {
        let data = dataset();
        let hits = Index::new(&data).search("renewables");
        let all = ids(&data, &hits);
        assert!(
            all.iter().take(2).any(|id| id == "inv-renewables-cpih"),
            "{all:?}"
        );
        let investments: Vec<Hit> = hits
            .iter()
            .copied()
            .filter(|h| h.record.category == Category::Investments)
            .collect();
        assert_eq!(ids(&data, &investments)[0], "inv-renewables-cpih");
    }

    #[test]
    fn words_match_in_any_order() {
        assert_eq!(first("cnpc shym"), "inv-shymkent-refinery");
        assert_eq!(first("shym cnpc"), "inv-shymkent-refinery");
        assert_eq!(first("  шым   CNPC "), "inv-shymkent-refinery");
    }

    #[test]
    fn every_word_must_match() {
        let data = dataset();
        let index = Index::new(&data);
        let sinopec = ids(&data, &index.search("sinopec"));
        // Hits of several words are exactly the records every word hits.
        let shymkent = ids(&data, &index.search("shymkent"));
        let mut both = ids(&data, &index.search("sinopec shymkent"));
        assert_eq!(both[0], "q-flagship-projects", "{both:?}");
        both.sort();
        let mut expected: Vec<String> = sinopec
            .into_iter()
            .filter(|id| shymkent.contains(id))
            .collect();
        expected.sort();
        assert_eq!(both, expected);
    }

    #[test]
    fn corridor_by_alias() {
        assert_eq!(first("middle corridor"), "cor-middle-corridor");
        assert_eq!(first("средний коридор"), "cor-middle-corridor");
    }

    #[test]
    fn cyrillic_query_finds_english_text() {
        let data = dataset();
        let index = Index::new(&data);
        let found = ids(&data, &index.search("казах"));
        let expected: Vec<&str> = data
            .all_records()
            .filter(|(_, r)| {
                r.title().en.contains("Kazakhstan") || r.body(Lang::En).contains("Kazakhstan")
            })
            .map(|(_, r)| r.id())
            .collect();
        assert!(expected.len() > 5);
        for id in expected {
            assert!(found.iter().any(|f| f == id), "{id} missing from {found:?}");
        }
        // And it is the English word that is shown as matched.
        assert_eq!(highlight("казах", "Kazakhstan"), vec![0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn ai_in_either_script_finds_the_ai_centres() {
        let data = dataset();
        let index = Index::new(&data);
        for q in ["ai", "AI", "ИИ", "ии"] {
            let mut top: Vec<String> = ids(&data, &index.search(q)).into_iter().take(2).collect();
            top.sort();
            assert_eq!(
                top,
                vec!["agr-ai-global-centre", "agr-ai-regional-hub"],
                "{q}"
            );
        }
    }

    #[test]
    fn nonsense_matches_nothing() {
        let data = dataset();
        let index = Index::new(&data);
        assert!(index.search("zzqxj").is_empty());
        assert!(index.search("cnpc zzqxj").is_empty());
        assert!(index.search("天津").is_empty());
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        let data = dataset();
        let index = Index::new(&data);
        let expected: Vec<Hit> = data
            .all_records()
            .map(|(record, _)| Hit { record, score: 0 })
            .collect();
        assert_eq!(index.len(), expected.len());
        for q in ["", "   ", "\t\n", "ъ"] {
            assert_eq!(index.search(q), expected, "{q:?}");
        }
    }

    #[test]
    fn scores_are_sorted_and_ties_keep_dataset_order() {
        let data = dataset();
        let hits = Index::new(&data).search("a");
        assert!(hits.len() > 1);
        for w in hits.windows(2) {
            assert!(
                w[0].score > w[1].score || (w[0].score == w[1].score && w[0].record < w[1].record),
                "{w:?}"
            );
        }
    }

    #[test]
    fn odd_queries_do_not_panic() {
        let data = dataset();
        let index = Index::new(&data);
        for q in [
            "🚆",
            "天津 🚆",
            "ß",
            "İ",
            "e\u{301}",
            "\u{0}",
            "ь ъ",
            "«",
            "a".repeat(500).as_str(),
        ] {
            let _ = index.search(q);
            let _ = highlight(q, "Шымкент 天津 🚆 e\u{301}");
        }
    }

    #[test]
    fn a_query_narrows_another_when_it_only_adds_letters_or_words() {
        assert!(narrows("shym", "shymk"));
        assert!(narrows("shym ", "shym refinery"));
        assert!(narrows("cnpc shym", "cnpc shymkent"));
        assert!(narrows("шым", "shymkent"));
        assert!(!narrows("shymk", "shym"));
        assert!(!narrows("", "a"));
        assert!(!narrows("cnpc", "sinopec"));
        // Letters added inside a word change what it can match.
        assert!(!narrows("shm", "shym"));
        // So may a word too long for the candidates' window.
        assert!(!narrows("a", &"a".repeat(40)));
    }

    #[test]
    fn searching_the_candidates_of_a_shorter_query_finds_the_same() {
        let data = dataset();
        let index = Index::new(&data);
        let never = || false;
        let mut prev: Option<Found> = None;
        let mut typed = String::new();
        for c in "shymkent refinery".chars() {
            typed.push(c);
            let full = index
                .search_within(&typed, None, &never)
                .unwrap_or_default();
            let within = prev.as_ref().map(|p| p.candidates.as_slice());
            let narrowed = index
                .search_within(&typed, within, &never)
                .unwrap_or_default();
            assert_eq!(full.hits, narrowed.hits, "{typed:?}");
            prev = Some(full);
        }
    }

    #[test]
    fn a_cancelled_search_gives_nothing() {
        let data = big(3_000);
        let index = Index::new(&data);
        assert!(index.search_within("water", None, &|| true).is_none());
        assert!(index.search_within("water", None, &|| false).is_some());
    }

    /// The default dataset's agreements, `copies` times over with fresh ids.
    fn big(copies: usize) -> Dataset {
        let mut data = dataset();
        let originals = data.agreements.clone();
        data.agreements = (0..copies)
            .flat_map(|i| {
                originals.iter().map(move |a| {
                    let mut a = a.clone();
                    a.id = crate::data::Clean::new(&format!("{}-{i}", a.id));
                    a
                })
            })
            .collect();
        data
    }

    #[test]
    fn a_search_split_over_threads_ranks_as_one_would() {
        let small = dataset();
        let per_copy = Index::new(&small)
            .search("water")
            .into_iter()
            .filter(|h| h.record.category == crate::data::Category::Agreements)
            .collect::<Vec<_>>();
        let copies = PARALLEL_FROM / small.agreements.len() + 1;
        let data = big(copies);
        let hits: Vec<Hit> = Index::new(&data)
            .search("water")
            .into_iter()
            .filter(|h| h.record.category == crate::data::Category::Agreements)
            .collect();
        assert_eq!(hits.len(), per_copy.len() * copies);
        // Each score appears once per copy, best first, and copies keep dataset order.
        for (i, h) in hits.iter().enumerate() {
            let original = &per_copy[i / copies];
            assert_eq!(h.score, original.score);
            assert_eq!(
                h.record.index % small.agreements.len(),
                original.record.index
            );
        }
        assert!(hits
            .windows(2)
            .all(|w| w[0].score > w[1].score
                || (w[0].score == w[1].score && w[0].record < w[1].record)));
    }

    #[test]
    fn scattered_letters_far_apart_do_not_match() {
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(compact_match("tokayev", &chars("tkv")), Some(7));
        assert_eq!(compact_match("x shymkent", &chars("shym")), Some(4));
        assert_eq!(compact_match("s-h-y shy", &chars("shy")), Some(3));
        assert_eq!(compact_match("токаев", &chars("ткв")), Some(6));
        assert_eq!(
            compact_match("concerning the new plan of cooperation", &chars("cnpc")),
            None
        );

        // Around the rarest letter finds what a full scan finds, and as tight.
        let counts = {
            let mut c = [0u32; 128];
            for b in "the quick brown fox jumps over the lazy dog".bytes() {
                c[usize::from(b)] += 1;
            }
            c
        };
        for (key, word) in [
            ("tokayev\nkassym-jomart tokayev", "tkv"),
            ("shymkent oil refinery", "rfnry"),
            ("a long line with sh and then y and m much later", "shym"),
            ("xyz", "xyz"),
        ] {
            let w = Word::new(word, &counts);
            assert_eq!(
                compact_near_anchor(key, &w),
                compact_match(key, &w.chars),
                "{key} / {word}"
            );
        }
        let data = dataset();
        let index = Index::new(&data);
        assert!(ids(&data, &index.search("tkyv")).contains(&"agr-tourism-year".to_string()));
        assert!(
            index.search("tkv").is_empty(),
            "three scattered letters are too few"
        );
        let hits = index.search("cnpc");
        assert_eq!(
            ids(&data, &hits),
            ["inv-shymkent-refinery", "q-flagship-projects"]
        );
    }

    #[test]
    fn highlight_maps_back_to_original_chars() {
        assert_eq!(
            highlight("шымкент", "Shymkent oil refinery"),
            (0..8).collect::<Vec<_>>()
        );
        assert_eq!(
            highlight("shymkent", "Шымкентский НПЗ"),
            (0..7).collect::<Vec<_>>()
        );
        assert_eq!(
            highlight("cnpc oil", "Shymkent oil refinery, CNPC"),
            vec![9, 10, 11, 23, 24, 25, 26]
        );
    }

    #[test]
    fn highlight_is_empty_without_a_match() {
        assert!(highlight("", "Shymkent").is_empty());
        assert!(highlight("   ", "Shymkent").is_empty());
        assert!(highlight("zzz", "Shymkent").is_empty());
        assert!(highlight("shymkent", "").is_empty());
    }

    #[test]
    fn highlight_on_cjk_and_emoji() {
        let text = "天津 🚆 Tianjin 中国 🇰🇿";
        assert_eq!(highlight("tianjin", text), (5..12).collect::<Vec<_>>());
        assert_eq!(highlight("天津", text), vec![0, 1]);
        assert_eq!(highlight("🚆", text), vec![3]);
        assert_eq!(highlight("中国", text), vec![13, 14]);
        let n = text.chars().count();
        assert!(highlight("🇰🇿", text).iter().all(|&i| i < n));
    }
}
