//! Fuzzy search over every record, fzf style: the query is split into words, and a record
//! matches when each word matches one of its texts, in any order.
//!
//! Texts are folded to search keys (see [`crate::translit`]) once, when the index is built,
//! so a query typed in either script finds text written in either script. A record's own
//! texts (titles, bodies) are kept back to back in one string, so a search walks memory in
//! order; the names records share (companies, sectors, places ...) are kept once, and a
//! search works each of them out once, not once per record that carries it. Each word is
//! tried cheaply first: a mask of the letters a record holds, then a literal find (SIMD
//! memmem); only then is it scored. Large indexes are searched on every core.

mod close;
mod evidence;
mod fields;
mod highlight;
mod index;
mod keys;
mod matching;
mod names;
mod query;
mod terms;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_close;
#[cfg(test)]
mod tests_evidence;
#[cfg(test)]
mod tests_items;
#[cfg(test)]
mod tests_query;
mod typo;
mod widen;

use std::sync::{Arc, OnceLock};

use rayon::prelude::*;

use crate::data::clean::normalize;
use crate::data::{Dataset, RecordRef};
use crate::translit::fold;

pub use fields::{Matched, MatchedFields};
pub use highlight::{highlight, highlight_title};
pub use index::Index;
pub use keys::FieldKind;

/// The query as the search box should hold it, applied as it is typed or pasted: in NFC
/// (a decomposed "й" becomes one char), and a combining mark that opens it given U+25CC as
/// its base, as data texts are, so it never attaches to the prompt before it. The search
/// itself normalises whatever it is given, so this is for what is shown.
pub fn normalize_query(query: &str) -> String {
    normalize(query).into_owned()
}

/// The folded form of a query, as the search reads it.
fn query_key(query: &str) -> String {
    fold(&normalize(query))
}

/// Only this many characters of a text are searched and highlighted: enough for any
/// summary or quote, and it keeps a pathological 1 MB field from slowing every keystroke.
pub const MAX_FIELD_CHARS: usize = 4096;

/// The first `n` characters of `s`.
pub fn prefix_chars(s: &str, n: usize) -> &str {
    // A text of at most `n` bytes has at most `n` characters.
    if s.len() <= n {
        return s;
    }
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
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

/// One of the Overview's texts, which a search finds beside the records: the visit itself,
/// the pattern of investment, or one of the context notes (by its index in
/// `Dataset::context`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NoteRef {
    Visit,
    Pattern,
    Context(usize),
}

/// An Overview note that matched a query, and how well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoteHit {
    pub note: NoteRef,
    pub score: i64,
}

/// An entry of the Timeline or the Sources view, which a search finds beside the records:
/// an event (by its index in `Dataset::events`) or a source (in `Dataset::sources`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemRef {
    Event(usize),
    Source(usize),
}

/// An event or a source that matched a query, and how well: scored as records are, so
/// the two rank in one list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ItemHit {
    pub item: ItemRef,
    pub score: i64,
}

/// What a search found, and what it could reuse when the query grows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    /// Best first; equal scores in dataset order.
    pub hits: Vec<Hit>,
    /// The Overview notes that matched, best first; none for an empty query.
    pub notes: Vec<NoteHit>,
    /// The events and sources that matched, best first; none for an empty query.
    pub items: Vec<ItemHit>,
    /// The entries every word could possibly match (a superset of the hits): a query that
    /// only adds letters need look at no others.
    pub candidates: Vec<u32>,
}

/// An earlier search that a new one narrows (see [`narrows`]): the new one need look only
/// at the entries it could not rule out, and at records where a typo variant of a word it
/// did not hold occurs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Earlier {
    pub query: String,
    pub candidates: Arc<Vec<u32>>,
}

/// Whether a search for `new` may start from the candidates of a search for `old`: true
/// when `new` only adds letters or words at the end of `old`, as typing does. Then every
/// word of `old` is a word of `new` or the beginning of one, and whatever `new` can match,
/// `old` could, except with typos: a search given candidates adds the records holding a
/// typo variant of its words itself.
pub fn narrows(old: &str, new: &str) -> bool {
    let (old, new) = (query_key(old), query_key(new));
    let old = old.trim_end();
    // A longer word's close-set match may be wider than the window candidates were
    // chosen by.
    let fits = |w: &str| matching::max_span(w.chars().count()) <= matching::CANDIDATE_SPAN;
    !old.trim().is_empty() && new.starts_with(old) && new.split_whitespace().all(fits)
}

/// Below this many items one thread does the work; above, it is split over the cores.
const PARALLEL_FROM: usize = 4_096;

/// `work` on consecutive runs of `items`, one per core when there are enough items to pay
/// for it, the results in order. The cores' threads are rayon's, kept from one search to
/// the next: a thread started for each search cost more than the search of a short word.
fn split<T: Sync, R: Send>(items: &[T], work: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
    let threads = if items.len() >= PARALLEL_FROM {
        rayon::current_num_threads().min(8)
    } else {
        1
    };
    if threads == 1 {
        return vec![work(items)];
    }
    let chunk = items.len().div_ceil(threads).max(1);
    // A worker that panics hands its panic to this thread, as a scoped thread's join does.
    items.par_chunks(chunk).map(&work).collect()
}

/// Positions in the index are u32: 4 GiB of folded text is far beyond any dataset the
/// loader accepts (its cap is on the JSON, which is larger than its text).
fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
