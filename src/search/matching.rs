//! How one query word matches one text, the one definition ranking and highlighting share:
//! as typed (a word of one to three letters only at the start of a word), as letters close
//! together inside one word of a title or name (an abbreviation), or, for a word of five
//! letters or more, as a word of the text one or two edits away (a typo).

use std::ops::Range;
use std::sync::OnceLock;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use memchr::memmem;

use super::close::{compact_match, compact_near_anchor};
use super::index::Field;
use super::typo::{allowed_edits, edits_to, Vocabulary};

/// What a scattered letter is worth (a literal one is worth [`LITERAL_PER_CHAR`] and
/// bonuses), and what each letter between them costs.
const SCATTERED_PER_CHAR: i64 = 8;
const GAP_PENALTY: i64 = 2;

/// What a letter of a word matched with typos is worth, and what each edit costs: below any
/// literal match, whatever the field.
const TYPO_PER_CHAR: i64 = 8;
const TYPO_PENALTY: i64 = 8;

/// Words shorter than this match only as typed: scattered, a word of one to three letters
/// would be found in nearly any name.
pub(super) const MIN_SCATTERED: usize = 4;

/// Words shorter than this match only at the start of a word: "ai" is the AI records, not
/// "grain".
pub(super) const MIN_INSIDE: usize = 4;

/// What a contiguous match of one character is worth, before the bonuses and the weight.
const LITERAL_PER_CHAR: i64 = 16;

/// A literal occurrence outranks scattered letters; one at a word start (what a reader
/// types when typing the beginning of a name) more so, and a whole word most.
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

/// fuzzy-matcher's skim algorithm picks which letters of a word scattered letters are
/// (it prefers word starts and runs), for both the score and the highlight.
fn skim() -> &'static SkimMatcherV2 {
    static MATCHER: OnceLock<SkimMatcherV2> = OnceLock::new();
    MATCHER.get_or_init(|| SkimMatcherV2::default().respect_case())
}

/// A vocabulary word standing in for a query word typed with a slip.
pub(super) struct Variant {
    pub text: String,
    pub finder: memmem::Finder<'static>,
    pub mask: u64,
    pub edits: usize,
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
    pub(super) anchor: usize,
    /// The words of the index within the edits this word allows (see [`super::typo`]).
    pub variants: Vec<Variant>,
    /// The letters every variant and the word itself hold: a record without them cannot
    /// match.
    pub common_mask: u64,
}

impl Word {
    pub fn new(text: &str, counts: &[u32; 128], vocabulary: Option<&Vocabulary>) -> Word {
        let anchor = text
            .bytes()
            .enumerate()
            .min_by_key(|&(_, b)| counts.get(usize::from(b)).copied().unwrap_or(0))
            .map_or(0, |(i, _)| i);
        let mask = mask_of(text);
        // A variant that holds the word as typed ("shymkente" for "shymkent") matches
        // nowhere the word itself does not, and better.
        let variants: Vec<Variant> = vocabulary
            .map(|v| v.near(text))
            .unwrap_or_default()
            .into_iter()
            .filter(|(w, _)| !w.contains(text))
            .map(|(w, edits)| Variant {
                text: w.to_string(),
                finder: memmem::Finder::new(w.as_bytes()).into_owned(),
                mask: mask_of(w),
                edits,
            })
            .collect();
        let common_mask = variants.iter().fold(mask, |m, v| m & v.mask);
        Word {
            text: text.to_string(),
            chars: text.chars().collect(),
            mask,
            finder: memmem::Finder::new(text.as_bytes()).into_owned(),
            anchor: if text.is_ascii() { anchor } else { 0 },
            variants,
            common_mask,
        }
    }

    /// Whether the word may match as scattered letters.
    pub fn scatters(&self) -> bool {
        self.chars.len() >= MIN_SCATTERED
    }

    /// The bit of a word that is one letter or digit (see [`bit`]): what the fields' word
    /// initials alone can score.
    pub fn letter(&self) -> Option<u64> {
        match self.chars.as_slice() {
            [c] => Some(bit(*c)).filter(|&b| b != 0),
            _ => None,
        }
    }

    /// Whether the word matches only at the start of a word.
    pub fn starts_only(&self) -> bool {
        self.chars.len() < MIN_INSIDE
    }

    /// The score of the word occurring as typed at byte `at` of `key`, a text of `weight`;
    /// None where a short word sits inside a word.
    pub fn literal_score(&self, key: &str, at: usize, weight: u8) -> Option<i64> {
        let starts = starts_word(key, at);
        if self.starts_only() && !starts {
            return None;
        }
        let ends = ends_word(key, at + self.text.len());
        let chars = self.chars.len() as i64;
        let bonus = BONUS_LITERAL
            + if starts { BONUS_WORD_START } else { 0 }
            + if starts && ends { BONUS_WHOLE_WORD } else { 0 };
        Some((LITERAL_PER_CHAR * chars + bonus).saturating_mul(i64::from(weight)))
    }

    /// The best score an occurrence can have in `field`, or None where none can count:
    /// for a word of one to three letters, which counts only at the start of a word, the
    /// field's word initials tell (exactly, for a word of one letter); for a longer word, a
    /// whole word.
    pub fn best_in_field(&self, field: &Field) -> Option<i64> {
        let first = self.chars.first().map_or(0, |&c| bit(c));
        if !self.starts_only() || first == 0 {
            return Some(self.best_literal_in(field.weight));
        }
        if field.starts & first == 0 {
            return None;
        }
        if self.chars.len() == 1 && field.singles & first == 0 {
            // At a word start but never a whole word.
            let start = LITERAL_PER_CHAR + BONUS_LITERAL + BONUS_WORD_START;
            return Some(start.saturating_mul(i64::from(field.weight)));
        }
        Some(self.best_literal_in(field.weight))
    }

    /// Whether a literal score is the best any occurrence in a field of `weight` can have.
    pub fn is_best_literal(&self, score: i64, weight: u8) -> bool {
        score >= self.best_literal_in(weight)
    }

    /// The best score an occurrence in a field of `weight` can have: a whole word.
    pub fn best_literal_in(&self, weight: u8) -> i64 {
        let best = (LITERAL_PER_CHAR * self.chars.len() as i64).saturating_add(BONUS_BEST);
        best.saturating_mul(i64::from(weight))
    }

    /// The best literal score of the word in `key`, and where.
    fn best_literal(&self, key: &str, weight: u8) -> Option<(i64, usize)> {
        let mut best: Option<(i64, usize)> = None;
        let mut looked = 0;
        for at in self.finder.find_iter(key.as_bytes()) {
            let Some(score) = self.literal_score(key, at, weight) else {
                continue;
            };
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, at));
            }
            looked += 1;
            if looked >= MAX_OCCURRENCES || self.is_best_literal(score, weight) {
                break;
            }
        }
        best
    }

    /// The score of a typo match with `edits` edits in a field of `weight`.
    pub fn typo_score(&self, edits: usize, weight: u8) -> i64 {
        TYPO_PER_CHAR * self.chars.len() as i64 - TYPO_PENALTY * edits as i64 + i64::from(weight)
    }

    /// The best typo score of the word in `key`: a variant occurring as a whole word.
    pub fn typo_in(&self, key: &str, weight: u8) -> Option<i64> {
        self.variants
            .iter()
            .filter(|v| occurs_as_word(key, v))
            .map(|v| self.typo_score(v.edits, weight))
            .max()
    }

    /// The best score of the word in one name or title of `weight`: as typed, or else as
    /// close-set letters in one of its words, or else with typos.
    pub fn score_in(&self, key: &str, weight: u8) -> Option<i64> {
        if let Some((score, _)) = self.best_literal(key, weight) {
            return Some(score);
        }
        if let Some((score, _)) = self.scattered_in(key) {
            return Some(score);
        }
        self.typo_in(key, weight)
    }

    /// The best score of close-set letters inside one word of `key`, and their byte
    /// positions. fuzzy-matcher places the letters; they count when they span at most
    /// [`max_span`] chars. Always below any literal score.
    pub fn scattered_in(&self, key: &str) -> Option<(i64, Vec<usize>)> {
        if !self.scatters() || compact_near_anchor(key, self).is_none() {
            return None;
        }
        let mut best: Option<(i64, Vec<usize>)> = None;
        for (from, word) in words_of(key) {
            if word.len() < self.text.len() || compact_match(word, &self.chars).is_none() {
                continue;
            }
            let Some((_, indices)) = skim().fuzzy_indices(word, &self.text) else {
                continue;
            };
            let (Some(&first), Some(&last)) = (indices.first(), indices.last()) else {
                continue;
            };
            let span = last - first + 1;
            if span > max_span(self.chars.len()) {
                continue;
            }
            let score = self.scattered_score(span);
            if best.as_ref().is_none_or(|(b, _)| score > *b) {
                let starts = char_starts(word);
                let bytes = indices
                    .iter()
                    .filter_map(|&i| starts.get(i).map(|&b| from + b))
                    .collect();
                best = Some((score, bytes));
            }
        }
        best
    }

    /// The score of the word's letters found within `span` characters.
    fn scattered_score(&self, span: usize) -> i64 {
        let chars = self.chars.len() as i64;
        SCATTERED_PER_CHAR * chars - GAP_PENALTY * (span as i64 - chars)
    }

    /// The byte ranges of `key` this word matches there, by the rules of a title or name
    /// (`scattered` true) or of a body: every literal occurrence that counts; else the
    /// scattered letters; else every word within the edits allowed.
    pub fn ranges_in(&self, key: &str, scattered: bool) -> Vec<Range<usize>> {
        let literal: Vec<Range<usize>> = self
            .finder
            .find_iter(key.as_bytes())
            .filter(|&at| self.literal_score(key, at, 1).is_some())
            .map(|at| at..at + self.text.len())
            .collect();
        if !literal.is_empty() {
            return literal;
        }
        if scattered {
            if let Some((_, bytes)) = self.scattered_in(key) {
                return bytes
                    .into_iter()
                    .map(|b| b..b + key[b..].chars().next().map_or(1, char::len_utf8))
                    .collect();
            }
        }
        if allowed_edits(self.chars.len()) == 0 {
            return Vec::new();
        }
        words_of(key)
            .filter(|(_, w)| edits_to(&self.chars, w).is_some())
            .map(|(from, w)| from..from + w.len())
            .collect()
    }
}

/// Whether a word of `key` starts at byte `at`: no letter or digit just before it. Most
/// text is ASCII, which is read without decoding.
pub(super) fn starts_word(key: &str, at: usize) -> bool {
    match at.checked_sub(1).and_then(|i| key.as_bytes().get(i)) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !key
            .get(..at)
            .and_then(|s| s.chars().next_back())
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether a word of `key` ends before byte `at`: no letter or digit from there.
pub(super) fn ends_word(key: &str, at: usize) -> bool {
    match key.as_bytes().get(at) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => !key
            .get(at..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric),
    }
}

/// Whether a variant occurs in `key` as a whole word.
pub(super) fn occurs_as_word(key: &str, v: &Variant) -> bool {
    v.finder
        .find_iter(key.as_bytes())
        .any(|at| starts_word(key, at) && ends_word(key, at + v.text.len()))
}

/// The words of `key` (runs of letters and digits) with their byte offsets.
pub(super) fn words_of(key: &str) -> impl Iterator<Item = (usize, &str)> {
    key.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - key.as_ptr() as usize, w))
}

/// The byte offset of each char of `s`.
fn char_starts(s: &str) -> Vec<usize> {
    s.char_indices().map(|(b, _)| b).collect()
}

/// The bit of a folded character in a record's mask; other characters have none.
pub(super) fn bit(c: char) -> u64 {
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
