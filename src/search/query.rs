//! Running a query against an [`Index`].

use std::borrow::Cow;
use std::cmp::Reverse;

use super::close::{compact_near_anchor, near_in};
use super::index::{Entry, Index, Target, SEPARATOR};
use super::matching::{occurs_as_word, Word, MAX_OCCURRENCES};
pub(super) use super::terms::Term;
use super::{offset, split, Earlier, Found, Hit, ItemHit, NoteHit};

/// How often (in records) a long search checks whether it has been cancelled.
const CANCEL_EVERY: usize = 4096;

/// From this many records to search, a search shows the best of an even sample of about
/// [`EARLY_SLICE`] of them before it has looked at the rest.
const STAGED_FROM: usize = 1 << 18;
/// About a frame's worth of records on two cores.
const EARLY_SLICE: usize = 1 << 16;

/// Two runs, each in order of `key`, as one.
fn merge<T, K: Ord>(a: Vec<T>, b: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if key(y) < key(x) => b.next(),
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        };
        match next {
            Some(h) => out.push(h),
            None => return out,
        }
    }
}

/// The order of scored entries: best first, and entry order breaks ties, so equal scores
/// keep dataset order.
fn rank(&(entry, score): &(u32, i64)) -> (Reverse<i64>, u32) {
    (Reverse(score), entry)
}

/// One part's share of a search: (entry, score) of its hits, and the entries that passed
/// the cheap tests.
type Part = (Vec<(u32, i64)>, Vec<u32>);

/// What the cheap tests found of one word in one record, for scoring to reuse.
#[derive(Clone, Copy)]
struct Seen {
    /// Where the word first occurs as typed in the record's own text.
    first: Option<usize>,
    /// Its best score in the record's names.
    names_best: Option<i64>,
}

#[derive(Debug, PartialEq, Eq)]
enum Verdict {
    Rejected,
    /// Passed the cheap tests but did not match.
    Possible,
    Hit(i64),
}

impl Index {
    /// The records matching every word of `query`, best first; records that score the same
    /// stay in dataset order. An empty query matches every record with score 0.
    pub fn search(&self, query: &str) -> Vec<Hit> {
        self.search_within(query, None, &|| false)
            .map(|f| f.hits)
            .unwrap_or_default()
    }

    /// Searches only the candidates of an `earlier` search (when `query` only adds letters
    /// to that search's words: see [`super::narrows`]), or everything. Returns None if
    /// `cancelled` turns true before the end.
    pub fn search_within(
        &self,
        query: &str,
        earlier: Option<&Earlier>,
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Found> {
        let pool = self.pool(earlier);
        let terms = self.terms(query, pool.len());
        let pool = self.widen(pool, earlier, &terms, cancelled)?;
        self.run(&terms, &pool, cancelled)
    }

    /// Searches `pool` for `terms`.
    fn run(
        &self,
        terms: &[Term],
        pool: &[u32],
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Found> {
        let mut scored = Vec::new();
        let mut survivors = Vec::new();
        // Each part comes sorted by the thread that scanned it; the parts are consecutive
        // runs of entries, so merging them gives the order of one sort.
        for part in split(pool, |part| self.scan(part, terms, cancelled)) {
            let (s, c) = part?;
            scored = merge(scored, s, rank);
            survivors.extend(c);
        }
        let (mut hits, mut notes, mut items) = (Vec::new(), Vec::new(), Vec::new());
        for (entry, score) in scored {
            match self.entries.get(entry as usize).map(|e| e.target) {
                Some(Target::Record(record)) => hits.push(Hit { record, score }),
                // An empty query lists the records; it finds no note, event or source.
                Some(Target::Note(note)) if !terms.is_empty() => {
                    notes.push(NoteHit { note, score });
                }
                Some(Target::Item(item)) if !terms.is_empty() => {
                    items.push(ItemHit { item, score });
                }
                _ => {}
            }
        }
        Some(Found {
            hits,
            notes,
            items,
            candidates: survivors,
        })
    }

    /// [`Index::search_within`], in two stages when there are many records to search: an
    /// even sample of about [`EARLY_SLICE`] of them (with every note, event and source),
    /// whose finds go to `early` so a first screenful can be shown (in every tab), then the
    /// rest. The result is the same as in one stage.
    pub fn search_in_stages(
        &self,
        query: &str,
        earlier: Option<&Earlier>,
        cancelled: &(dyn Fn() -> bool + Sync),
        early: &mut dyn FnMut(&Found),
    ) -> Option<Found> {
        self.staged(query, earlier, cancelled, early, (STAGED_FROM, EARLY_SLICE))
    }

    /// [`Index::search_in_stages`], staged from `from` records with a first stage of about
    /// `slice`.
    pub(super) fn staged(
        &self,
        query: &str,
        earlier: Option<&Earlier>,
        cancelled: &(dyn Fn() -> bool + Sync),
        early: &mut dyn FnMut(&Found),
        (from, slice): (usize, usize),
    ) -> Option<Found> {
        let pool = self.pool(earlier);
        let terms = self.terms(query, pool.len());
        let pool = self.widen(pool, earlier, &terms, cancelled)?;
        if pool.len() < from.max(slice) {
            return self.run(&terms, &pool, cancelled);
        }
        // Every n-th record, not the first ones: records come grouped by category, and the
        // first screenful should have rows in whichever tab is open.
        let stride = pool.len() / slice.max(1);
        let (mut head, mut tail) = (Vec::new(), Vec::new());
        for (i, &entry) in pool.iter().enumerate() {
            // Notes, events and sources are few and come after the records: all first.
            if i % stride == 0 || entry as usize >= self.records {
                head.push(entry);
            } else {
                tail.push(entry);
            }
        }
        let first = self.run(&terms, &head, cancelled)?;
        early(&first);
        drop(head);
        let rest = self.run(&terms, &tail, cancelled)?;
        let rank = |h: &Hit| (Reverse(h.score), h.record);
        Some(Found {
            hits: merge(first.hits, rest.hits, rank),
            notes: merge(first.notes, rest.notes, |n: &NoteHit| {
                (Reverse(n.score), n.note)
            }),
            items: merge(first.items, rest.items, |n: &ItemHit| {
                (Reverse(n.score), n.item)
            }),
            candidates: merge(first.candidates, rest.candidates, |&i| i),
        })
    }

    /// The candidates of the `earlier` search, or every entry.
    fn pool<'a>(&self, earlier: Option<&'a Earlier>) -> Cow<'a, [u32]> {
        earlier.map_or_else(
            || Cow::Owned((0..offset(self.entries.len())).collect()),
            |e| Cow::Borrowed(e.candidates.as_slice()),
        )
    }

    /// Scores the entries of `part`: (entry, score) of the hits, and the entries that passed
    /// the cheap tests for every word.
    fn scan(
        &self,
        part: &[u32],
        terms: &[Term],
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Part> {
        let mut hits = Vec::new();
        let mut survivors = Vec::new();
        let mut seen = Vec::with_capacity(terms.len());
        for (n, &i) in part.iter().enumerate() {
            if n % CANCEL_EVERY == CANCEL_EVERY - 1 && cancelled() {
                return None;
            }
            let Some(e) = self.entries.get(i as usize) else {
                continue;
            };
            match self.score(e, terms, &mut seen) {
                Verdict::Rejected => {}
                Verdict::Possible => survivors.push(i),
                Verdict::Hit(score) => {
                    survivors.push(i);
                    hits.push((i, score));
                }
            }
        }
        hits.sort_unstable_by_key(rank);
        Some((hits, survivors))
    }

    /// `seen` is scratch space, reused from record to record.
    fn score(&self, e: &Entry, terms: &[Term], seen: &mut Vec<Seen>) -> Verdict {
        if let [t] = terms {
            if let Some(bit) = t.word.letter() {
                return self.letter_verdict(e, t, bit);
            }
        }
        self.read_and_score(e, terms, seen)
    }

    /// [`Index::score`], reading the record's text.
    fn read_and_score(&self, e: &Entry, terms: &[Term], seen: &mut Vec<Seen>) -> Verdict {
        let own = self.own_text(e);
        let titles = own.get(..e.titles_end as usize).unwrap_or("");
        let names = self.names_of(e);
        // Cheap tests for every word first: most records fail one. A word can only match
        // where it occurs as typed, or as scattered letters in a title or name; both hold
        // for a word's beginning whenever they hold for the word, which is what lets a
        // longer query search only what this one could not rule out.
        seen.clear();
        for t in terms {
            let w = &t.word;
            // Whatever a word matches, as typed or as one of its typo variants, holds the
            // letters they all share.
            if w.common_mask & !e.mask != 0 {
                return Verdict::Rejected;
            }
            // What is learnt here is kept, so scoring need not look again: in a long record
            // the literal find is the costliest step of a search.
            let first = if w.mask & !e.mask == 0 {
                w.finder.find(own.as_bytes())
            } else {
                None
            };
            let (mut names_best, mut names_possible) = (None, false);
            for &id in names {
                let v = t.name(self, id);
                names_best = names_best.max(v.score);
                names_possible |= v.possible;
            }
            let typo = first.is_none()
                && !names_possible
                && w.variants
                    .iter()
                    .any(|v| v.mask & !e.mask == 0 && occurs_as_word(own, v));
            if first.is_none()
                && !names_possible
                && !typo
                && (w.mask & !e.mask != 0 || !near_in(titles, w))
            {
                return Verdict::Rejected;
            }
            seen.push(Seen { first, names_best });
        }
        let mut total: i64 = 0;
        for (t, &seen) in terms.iter().zip(seen.iter()) {
            match self.term_score(e, own, t, seen) {
                Some(s) => total = total.saturating_add(s),
                None => return Verdict::Possible,
            }
        }
        Verdict::Hit(total.saturating_add(self.phrase_bonus(terms, titles, names, total)))
    }

    /// [`Index::score`] for a query of one letter, the first key typed, which counts only
    /// at the start of a word: the fields' word initials and the names decide it, and the
    /// record's text, a cache miss away for each of thousands of records, is not read.
    fn letter_verdict(&self, e: &Entry, t: &Term, bit: u64) -> Verdict {
        // Where the letter occurs at all, a longer word it begins may match.
        if bit & !e.mask != 0 {
            return Verdict::Rejected;
        }
        let names = self.names_of(e).iter().map(|&id| t.name(self, id).score);
        let fields = self.fields_of(e).iter().map(|f| t.word.best_in_field(f));
        match names.chain(fields).max().flatten() {
            Some(score) => Verdict::Hit(score),
            None => Verdict::Possible,
        }
    }

    /// The best of `best` and the literal scores of `w` in an entry's own texts, which it
    /// first occurs in at byte `from`; and whether any occurrence counted.
    fn literal_best(
        &self,
        e: &Entry,
        own: &str,
        w: &Word,
        from: usize,
        mut best: Option<i64>,
    ) -> (Option<i64>, bool) {
        let mut literal = false;
        // Fields come in order, titles first, so the first few occurrences are the ones
        // that weigh most.
        let mut looked = 0;
        let mut start = 0;
        for f in self.fields_of(e) {
            let end = (f.end - e.start) as usize;
            let lo = start.max(from);
            start = end + SEPARATOR.len_utf8();
            if end <= from {
                continue;
            }
            // Nothing in this field or a later one (their weights are no higher) can beat
            // a literal match already found: most occurrences of a short word are inside
            // other words, and a long body holds many of them.
            if literal && best >= Some(w.best_literal_in(f.weight)) {
                break;
            }
            let Some(bound) = w.best_in_field(f) else {
                continue;
            };
            // A word of one to three letters has nothing to fall back on (no scattered
            // letters, no typos), so a field where it cannot raise the best is not read.
            let settled = |best: Option<i64>| w.starts_only() && best >= Some(bound);
            if settled(best) {
                continue;
            }
            let text = own.as_bytes().get(lo..end).unwrap_or_default();
            // A query word holds no newline, so an occurrence ends in the field it starts
            // in; and a word boundary at a field's edge looks the same in the record's
            // text as in the field's own. A short word inside a word does not count.
            for at in w.finder.find_iter(text).map(|at| at + lo) {
                let Some(score) = w.literal_score(own, at, f.weight) else {
                    continue;
                };
                literal = true;
                best = best.max(Some(score));
                looked += 1;
                // Weights only fall along a record's own texts (titles, then bodies), so
                // nothing after a whole-word match can beat it.
                if looked >= MAX_OCCURRENCES || best >= Some(w.best_literal_in(f.weight)) {
                    return (best, literal);
                }
                if settled(best) {
                    break;
                }
            }
        }
        (best, literal)
    }

    /// The best score of a word over an entry's texts and names, if any matches.
    fn term_score(&self, e: &Entry, own: &str, t: &Term, seen: Seen) -> Option<i64> {
        let w = &t.word;
        let mut best = seen.names_best;
        let mut literal = false;
        if let Some(from) = seen.first {
            (best, literal) = self.literal_best(e, own, w, from, best);
        }
        if literal {
            return best;
        }
        // Scattered letters can be found in most long texts. So letters typed with a gap or
        // a slip count only in titles and names (bodies must hold the word as typed), below
        // any literal match, and only inside one word. Each title on its own.
        let titles = own.get(..e.titles_end as usize).unwrap_or("");
        // Titles are separated by a newline, so letters close together inside one word of
        // one title are close together in all of them: looked for once before each title is.
        if w.scatters() && compact_near_anchor(titles, w).is_some() {
            let scattered = titles
                .split(SEPARATOR)
                .filter_map(|title| w.scattered_in(title).map(|(score, _)| score))
                .max();
            best = best.max(scattered);
        }
        if best.is_some() || w.variants.is_empty() {
            return best;
        }
        // A typo: one of the word's variants as a whole word of a title or body.
        let mut start = 0;
        for f in self.fields_of(e) {
            let end = (f.end - e.start) as usize;
            let text = own.get(start..end).unwrap_or("");
            best = best.max(w.typo_in(text, f.weight));
            start = end + SEPARATOR.len_utf8();
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::dataset;
    use super::*;

    #[test]
    fn a_one_letter_query_is_judged_from_the_masks_as_reading_the_text_judges_it() {
        let index = Index::new(&dataset());
        let mut seen = Vec::new();
        let letters = ('a'..='z').chain('0'..='9').chain("йә".chars());
        let mut hits = 0;
        for letter in letters {
            let terms = index.terms(&letter.to_string(), index.entries.len());
            for e in &index.entries {
                let read = index.read_and_score(e, &terms, &mut seen);
                hits += usize::from(matches!(read, Verdict::Hit(_)));
                assert_eq!(index.score(e, &terms, &mut seen), read, "{letter:?}");
            }
        }
        assert!(hits > 100, "{hits} hits: too few to tell");
    }
}
