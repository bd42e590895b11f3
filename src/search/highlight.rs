//! Which characters of a text a query matched, for the view to mark.

use std::sync::OnceLock;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::translit::{fold, fold_with_map};

use super::{prefix_chars, MAX_FIELD_CHARS};

/// Longer query words are searched but not highlighted.
const MAX_HIGHLIGHTED_WORD: usize = 64;

fn shared_matcher() -> &'static SkimMatcherV2 {
    static MATCHER: OnceLock<SkimMatcherV2> = OnceLock::new();
    MATCHER.get_or_init(|| SkimMatcherV2::default().respect_case())
}

/// Char positions (not byte offsets) in `text` of the chars the words of `query` match,
/// sorted and without duplicates; empty when no word matches. Words match independently,
/// as in [`super::Index::search`], so each is highlighted where it fits best.
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
