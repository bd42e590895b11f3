//! Letters of a query word found close together, in order, inside one word of a text: how
//! an abbreviation ("tkyv" for Tokayev) is told from noise, and the cheap tests that rule
//! records out before any scoring.

use super::matching::{max_span, Word, CANDIDATE_SPAN};

/// Whether `w`'s letters occur in order within [`CANDIDATE_SPAN`] bytes of `key`, inside
/// one word when `w` is letters and digits only: true of every close-set match, and of the
/// beginning of any word it holds, so it can decide which records a longer query need look
/// at. (Close-set letters stay inside one word, and so does a literal match of a word of
/// letters.)
pub(super) fn near_in(key: &str, w: &Word) -> bool {
    if w.text.is_ascii() {
        // Any match will do here, so stop at the first.
        let bytes = key.as_bytes();
        let word = w.text.as_bytes();
        let Some(&first) = word.first() else {
            return true;
        };
        let one_word = word.iter().all(u8::is_ascii_alphanumeric);
        memchr::memchr_iter(first, bytes).any(|start| {
            let window = &bytes[start..bytes.len().min(start + CANDIDATE_SPAN)];
            if one_word {
                in_one_word(word, window)
            } else {
                in_window(word, window)
            }
        })
    } else {
        is_subsequence(w.text.as_bytes(), key.as_bytes())
    }
}

/// [`compact_match`], looking only around the occurrences of the word's rarest letter:
/// any close-set match contains one, within the longest span a match may have.
pub(super) fn compact_near_anchor(key: &str, w: &Word) -> Option<usize> {
    let Some(&anchor) = w.text.as_bytes().get(w.anchor) else {
        return Some(0);
    };
    if !w.text.is_ascii() {
        return compact_match(key, &w.chars);
    }
    let span = max_span(w.chars.len());
    let bytes = key.as_bytes();
    if w.anchor == 0 {
        return compact_match_bytes(bytes, w.text.as_bytes(), span);
    }
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

/// The narrowest span (in chars) in which the chars of `word` occur in order inside one
/// word of `key`, if one is at most [`max_span`].
pub(super) fn compact_match(key: &str, word: &[char]) -> Option<usize> {
    let Some(&first) = word.first() else {
        return Some(0);
    };
    let max_span = max_span(word.len());
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
                if !c.is_alphanumeric() {
                    return None;
                }
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
            // Scattered letters stay inside one word.
            if b.is_ascii() && !b.is_ascii_alphanumeric() {
                break;
            }
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

/// [`is_subsequence`] for a window of a few dozen bytes, which a plain loop reads faster
/// than a memchr call per byte looked for.
pub(super) fn in_window(needle: &[u8], window: &[u8]) -> bool {
    let mut need = needle.iter().peekable();
    for b in window {
        if need.peek() == Some(&b) {
            need.next();
        }
    }
    need.peek().is_none()
}

/// [`in_window`] for a needle of letters and digits, inside the window's first word: the
/// window cut at its first ASCII byte that is not a letter or digit (other bytes are parts
/// of letters).
pub(super) fn in_one_word(needle: &[u8], window: &[u8]) -> bool {
    let mut need = needle.iter().peekable();
    for b in window {
        match need.peek() {
            None => return true,
            Some(&n) if n == b => {
                need.next();
            }
            Some(_) if b.is_ascii() && !b.is_ascii_alphanumeric() => return false,
            Some(_) => {}
        }
    }
    need.peek().is_none()
}

/// Whether the bytes of `needle` occur in `hay` in order. UTF-8 keeps a character's bytes
/// in order, so this holds for the characters whenever it holds for their bytes' order;
/// memchr jumps to each.
pub(super) fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut at = 0;
    for &b in needle {
        match memchr::memchr(b, &hay[at..]) {
            Some(i) => at += i + 1,
            None => return false,
        }
    }
    true
}
