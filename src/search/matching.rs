//! How one query word matches one text: as typed (with bonuses for word starts and whole
//! words), or as letters close together (an abbreviation or a slip of the keyboard).

use memchr::memmem;

/// What a scattered letter is worth (a literal one is worth [`LITERAL_PER_CHAR`] and
/// bonuses), and what each letter between them costs.
const SCATTERED_PER_CHAR: i64 = 8;
const GAP_PENALTY: i64 = 2;

/// Words shorter than this match only as typed: scattered, a word of one to three letters
/// would be found in nearly any name.
pub(super) const MIN_SCATTERED: usize = 4;

/// What a contiguous match of one character is worth, before the bonuses and the weight.
const LITERAL_PER_CHAR: i64 = 16;

/// A literal occurrence outranks scattered letters; one at a word start (what a reader
/// types when typing the beginning of a name) more so, and a whole word most: this keeps
/// "ai" on the AI records ahead of "grain" and "alipay".
const BONUS_LITERAL: i64 = 32;
const BONUS_WORD_START: i64 = 32;
const BONUS_WHOLE_WORD: i64 = 32;
const BONUS_BEST: i64 = BONUS_LITERAL + BONUS_WORD_START + BONUS_WHOLE_WORD;

/// The most literal occurrences of a word looked at in one text: a short word can occur
/// hundreds of times in a long text, and the first few (in titles and names) weigh most.
pub(super) const MAX_OCCURRENCES: usize = 8;

/// The window [`near_in`] looks within. It must not be narrower than the widest close-set
/// match of any word a narrowing query holds (see [`super::narrows`]).
pub(super) const CANDIDATE_SPAN: usize = 32;

/// The widest span scattered letters of a word of `chars` characters may take: "tkv" finds
/// "tokayev", but "cnpc" does not find a paragraph that merely holds a c, an n, a p and a c
/// somewhere.
pub(super) fn max_span(chars: usize) -> usize {
    chars * 2 + 2
}

/// One word of a query, prepared once per search.
pub(super) struct Word {
    pub text: String,
    pub chars: Vec<char>,
    /// The letters and digits it holds, as in [`mask_of`].
    pub mask: u64,
    pub finder: memmem::Finder<'static>,
    /// Where in the word its rarest letter is (by the index's letter counts): looking for
    /// close-set letters starts from that letter's few occurrences, not the first letter's
    /// many.
    anchor: usize,
}

impl Word {
    pub fn new(text: &str, counts: &[u32; 128]) -> Word {
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

    /// The score of the word occurring as typed at byte `at` of `key`, a text of `weight`.
    pub fn literal_score(&self, key: &str, at: usize, weight: u8) -> i64 {
        let chars = self.chars.len() as i64;
        (LITERAL_PER_CHAR * chars + literal_bonus_at(key, at, self.text.len()))
            .saturating_mul(i64::from(weight))
    }

    /// Whether a literal score is the best any occurrence in a field of `weight` can have.
    pub fn is_best_literal(&self, score: i64, weight: u8) -> bool {
        let best = LITERAL_PER_CHAR * self.chars.len() as i64 + BONUS_BEST;
        score >= best.saturating_mul(i64::from(weight))
    }

    /// The score of the word's letters found within `span` characters. Always below any
    /// literal score, whatever the field's weight.
    pub fn scattered_score(&self, span: usize) -> i64 {
        let chars = self.chars.len() as i64;
        SCATTERED_PER_CHAR * chars - GAP_PENALTY * (span as i64 - chars)
    }

    /// The best score of the word in one name or title of `weight`: as typed, or else (for
    /// a word of [`MIN_SCATTERED`] letters or more) as close-set letters.
    pub fn score_in(&self, key: &str, weight: u8) -> Option<i64> {
        let mut best = None;
        for at in self.finder.find_iter(key.as_bytes()).take(MAX_OCCURRENCES) {
            let score = self.literal_score(key, at, weight);
            best = best.max(Some(score));
            if self.is_best_literal(score, weight) {
                break;
            }
        }
        if best.is_some() || self.chars.len() < MIN_SCATTERED {
            return best;
        }
        compact_near_anchor(key, self).map(|span| self.scattered_score(span))
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

/// Which of the letters a-z and digits 0-9 occur in `text`.
pub(super) fn mask_of(text: &str) -> u64 {
    text.chars().fold(0, |m, c| m | bit(c))
}

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

/// Whether `w`'s letters occur in order within [`CANDIDATE_SPAN`] bytes of `key`: true
/// of every close-set match, and of the beginning of any word it holds, so it can decide
/// which records a longer query need look at.
pub(super) fn near_in(key: &str, w: &Word) -> bool {
    if w.text.is_ascii() {
        // Any match will do here, so stop at the first.
        let bytes = key.as_bytes();
        let word = w.text.as_bytes();
        let Some(&first) = word.first() else {
            return true;
        };
        memchr::memchr_iter(first, bytes).any(|start| {
            let window = &bytes[start..bytes.len().min(start + CANDIDATE_SPAN)];
            is_subsequence(word, window)
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
    if w.anchor == 0 || !w.text.is_ascii() {
        return compact_match(key, &w.chars);
    }
    let span = max_span(w.chars.len());
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
/// one is at most [`max_span`].
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

/// Whether the bytes of `needle` occur in `hay` in order. UTF-8 keeps a character's bytes
/// in order, so this holds for the characters whenever it holds for their bytes' order;
/// memchr jumps to each.
fn is_subsequence(needle: &[u8], hay: &[u8]) -> bool {
    let mut at = 0;
    for &b in needle {
        match memchr::memchr(b, &hay[at..]) {
            Some(i) => at += i + 1,
            None => return false,
        }
    }
    true
}
