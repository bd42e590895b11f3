//! Which characters of a text a query matched, for the view to mark: found by the same
//! rules the search ranks by (see [`super::matching`]), so nothing is marked that did not
//! match, and scattered letters are marked only inside one word of a title or name.

use crate::translit::fold_with_map;

use super::matching::Word;
use super::{prefix_chars, query_key, MAX_FIELD_CHARS};

/// Longer query words are searched but not highlighted.
const MAX_HIGHLIGHTED_WORD: usize = 64;

/// Char positions (not byte offsets) in `text`, a body (a summary, a quote), of the chars
/// the words of `query` match, sorted and without duplicates; empty when no word matches.
/// Words match independently, as in [`super::Index::search`].
pub fn highlight(query: &str, text: &str) -> Vec<usize> {
    positions(query, text, false)
}

/// [`highlight`] for a title or a name, where letters typed with gaps also match.
pub fn highlight_title(query: &str, text: &str) -> Vec<usize> {
    positions(query, text, true)
}

fn positions(query: &str, text: &str, scattered: bool) -> Vec<usize> {
    let folded_query = query_key(query);
    let mut words = folded_query.split_whitespace().peekable();
    if words.peek().is_none() {
        return Vec::new();
    }
    let text = prefix_chars(text, MAX_FIELD_CHARS);
    let chars = text.chars().count();
    let (key, map) = fold_with_map(text);
    // The char index in `key` of each of its bytes.
    let mut char_at = vec![0usize; key.len() + 1];
    for (n, (b, c)) in key.char_indices().enumerate() {
        for slot in char_at.iter_mut().skip(b).take(c.len_utf8()) {
            *slot = n;
        }
    }
    if let Some(last) = char_at.last_mut() {
        *last = map.len();
    }
    let counts = [0; 128];
    let mut out = Vec::new();
    for w in words.filter(|w| w.len() <= MAX_HIGHLIGHTED_WORD) {
        let word = Word::new(w, &counts, None);
        for range in word.ranges_in(&key, scattered) {
            let (Some(&first), Some(&last)) = (char_at.get(range.start), char_at.get(range.end))
            else {
                continue;
            };
            // A run of the key covers every char of the text from its first source char to
            // its last, and those after it that folded to nothing (a soft sign, an accent,
            // the "h" of "kh").
            let (Some(&from), Some(&end)) =
                (map.get(first), last.checked_sub(1).and_then(|l| map.get(l)))
            else {
                continue;
            };
            let to = match map.get(last) {
                Some(&next) if next > end => next - 1,
                Some(_) => end,
                None => chars.saturating_sub(1).max(end),
            };
            out.extend(from..=to);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}
