//! Typo tolerance: the words of the index's vocabulary within one or two edits of a query
//! word, found through a deletion neighbourhood (as SymSpell does) rather than by measuring
//! the distance to every word. Every vocabulary word is stored under each string it gives
//! with up to one or two letters deleted; a query word looks up its own deletions, and
//! only the few words that share one are measured.

use std::collections::HashSet;
use std::hash::Hasher;

/// Words shorter than this are not matched with typos: too many short words are one edit
/// apart.
pub const MIN_TYPO_CHARS: usize = 5;
/// From this many letters a word may have two edits.
pub const TWO_TYPOS_CHARS: usize = 8;
/// Vocabulary words shorter than this are left out: none is within reach of a query word
/// of [`MIN_TYPO_CHARS`] letters and one edit.
const MIN_VOCABULARY_CHARS: usize = MIN_TYPO_CHARS - 1;
/// Words longer than this are not in the vocabulary: a run of letters that long is not a
/// word anyone types, and its deletions would be many.
const MAX_VOCABULARY_CHARS: usize = 32;
/// The most vocabulary words one query word stands for.
const MAX_VARIANTS: usize = 16;

/// How many edits a query word of `chars` letters may have.
pub fn allowed_edits(chars: usize) -> usize {
    match chars {
        n if n >= TWO_TYPOS_CHARS => 2,
        n if n >= MIN_TYPO_CHARS => 1,
        _ => 0,
    }
}

/// The hash a deletion is stored under.
fn hash_of(chars: &[char]) -> u64 {
    let mut h = QuickHasher::default();
    for &c in chars {
        h.write_u32(c as u32);
    }
    h.finish()
}

/// The words of a text that the vocabulary takes: runs of letters of a length a typo can
/// reach. A word with a digit is left out: 2024 is not a slip for 2025.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let ascii = text.is_ascii();
    let split = move |c: char| {
        if ascii {
            !c.is_ascii_alphanumeric()
        } else {
            !c.is_alphanumeric()
        }
    };
    text.split(split).filter(|w| {
        // A word has at most as many chars as bytes, and at least a quarter as many.
        if w.len() < MIN_VOCABULARY_CHARS || w.len() > 4 * MAX_VOCABULARY_CHARS {
            return false;
        }
        let n = if w.is_ascii() {
            w.len()
        } else {
            w.chars().count()
        };
        (MIN_VOCABULARY_CHARS..=MAX_VOCABULARY_CHARS).contains(&n) && !has_digit(w)
    })
}

fn has_digit(w: &str) -> bool {
    w.bytes().any(|b| b.is_ascii_digit())
}

/// A quick multiply-rotate hash for the sets of words built with the index: the default
/// hasher resists attacks a local dataset cannot mount, at several times the cost.
#[derive(Default, Clone, Copy)]
pub struct QuickHasher(u64);

impl Hasher for QuickHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

/// A set of words hashed with [`QuickHasher`].
pub type WordSet = HashSet<Box<str>, std::hash::BuildHasherDefault<QuickHasher>>;

/// The distinct words of an index and their deletion neighbourhood.
#[derive(Default)]
pub struct Vocabulary {
    words: Vec<Box<str>>,
    /// (hash of a deletion, word id), sorted.
    deletions: Vec<(u64, u32)>,
}

impl Vocabulary {
    pub fn new(distinct: WordSet) -> Vocabulary {
        let mut words: Vec<Box<str>> = distinct.into_iter().collect();
        words.sort_unstable();
        let mut deletions = Vec::new();
        let mut mine = Vec::new();
        for (id, word) in words.iter().enumerate() {
            let chars: Vec<char> = word.chars().collect();
            // A word reaches query words of its length plus one with one edit, plus two
            // with two; it needs as many deletions as the query word's edits.
            let depth = allowed_edits(chars.len() + 2).min(2);
            let id = u32::try_from(id).unwrap_or(u32::MAX);
            // Deleting different letters often gives the same string ("aa" less either a):
            // each is stored once per word.
            mine.clear();
            deletions_of(&chars, depth, &mut |d| mine.push(hash_of(d)));
            mine.sort_unstable();
            mine.dedup();
            deletions.extend(mine.iter().map(|&h| (h, id)));
        }
        deletions.sort_unstable();
        deletions.dedup();
        Vocabulary { words, deletions }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// The vocabulary words within the edits a word of its length allows of `word`, other
    /// than `word` itself, with their distance: fewest edits first.
    pub fn near(&self, word: &str) -> Vec<(&str, usize)> {
        let chars: Vec<char> = word.chars().collect();
        let edits = allowed_edits(chars.len());
        if edits == 0 || chars.len() > MAX_VOCABULARY_CHARS + 2 || has_digit(word) {
            return Vec::new();
        }
        let mut ids = HashSet::new();
        deletions_of(&chars, edits, &mut |d| {
            let h = hash_of(d);
            let from = self.deletions.partition_point(|&(k, _)| k < h);
            for &(_, id) in self.deletions[from..].iter().take_while(|&&(k, _)| k == h) {
                ids.insert(id);
            }
        });
        let mut found: Vec<(&str, usize)> = ids
            .into_iter()
            .filter_map(|id| self.words.get(id as usize))
            .filter_map(|w| {
                let d = distance(&chars, &w.chars().collect::<Vec<_>>(), edits)?;
                (d > 0).then_some((&**w, d))
            })
            .collect();
        found.sort_unstable();
        found.sort_by_key(|&(_, d)| d);
        found.truncate(MAX_VARIANTS);
        found
    }
}

/// Calls `each` with `chars` and every string made from it by deleting one char (for a
/// `depth` of 1 or more) or two (for 2; no word is allowed more edits). One buffer serves
/// them all, and each pair of positions is taken once.
fn deletions_of(chars: &[char], depth: usize, each: &mut dyn FnMut(&[char])) {
    each(chars);
    let mut buffer = Vec::with_capacity(chars.len());
    if depth >= 1 {
        for i in 0..chars.len() {
            buffer.clear();
            buffer.extend(
                chars
                    .iter()
                    .enumerate()
                    .filter(|&(k, _)| k != i)
                    .map(|(_, &c)| c),
            );
            each(&buffer);
        }
    }
    if depth >= 2 {
        for i in 0..chars.len() {
            for j in i + 1..chars.len() {
                buffer.clear();
                let kept = chars.iter().enumerate().filter(|&(k, _)| k != i && k != j);
                buffer.extend(kept.map(|(_, &c)| c));
                each(&buffer);
            }
        }
    }
}

/// The edit distance of `a` and `b` counting a swap of neighbours as one edit (optimal
/// string alignment), if it is at most `max`.
pub fn distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let width = b.len() + 1;
    let mut rows = vec![vec![0usize; width]; 3];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        let (cur, prev, prev2) = (i % 3, (i + 2) % 3, (i + 1) % 3);
        rows[cur][0] = i;
        let mut row_min = i;
        for j in 1..width {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[prev][j] + 1)
                .min(rows[cur][j - 1] + 1)
                .min(rows[prev][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[prev2][j - 2] + 1);
            }
            rows[cur][j] = d;
            row_min = row_min.min(d);
        }
        if row_min > max {
            return None;
        }
    }
    let d = rows[a.len() % 3][b.len()];
    (d <= max).then_some(d)
}

/// Whether `word` (a vocabulary word's letters) is within the edits `query` allows, and how
/// many it takes: the same test as [`Vocabulary::near`], for one word at hand.
pub fn edits_to(query: &[char], word: &str) -> Option<usize> {
    let edits = allowed_edits(query.len());
    if edits == 0 || query.iter().any(char::is_ascii_digit) || has_digit(word) {
        return None;
    }
    let n = word.chars().count();
    if !(MIN_VOCABULARY_CHARS..=MAX_VOCABULARY_CHARS).contains(&n) {
        return None;
    }
    let word: Vec<char> = word.chars().collect();
    distance(query, &word, edits).filter(|&d| d > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn distance_counts_each_kind_of_edit_once() {
        let d = |a: &str, b: &str| distance(&chars(a), &chars(b), 3);
        assert_eq!(d("shymkent", "shymkent"), Some(0));
        assert_eq!(d("shymkemt", "shymkent"), Some(1));
        assert_eq!(d("sinpoec", "sinopec"), Some(1));
        assert_eq!(d("renewabels", "renewables"), Some(1));
        assert_eq!(d("sinopc", "sinopec"), Some(1));
        assert_eq!(d("sinoppec", "sinopec"), Some(1));
        assert_eq!(d("synopek", "sinopec"), Some(2));
        assert_eq!(d("abc", "xyzabc"), Some(3));
        assert_eq!(distance(&chars("kitten"), &chars("sitting"), 2), None);
        assert_eq!(distance(&chars("kitten"), &chars("sitting"), 3), Some(3));
    }

    #[test]
    fn edits_allowed_grow_with_the_word() {
        assert_eq!(allowed_edits(4), 0);
        assert_eq!(allowed_edits(5), 1);
        assert_eq!(allowed_edits(7), 1);
        assert_eq!(allowed_edits(8), 2);
    }

    fn vocabulary(words: &[&str]) -> Vocabulary {
        Vocabulary::new(words.iter().map(|&w| Box::<str>::from(w)).collect())
    }

    #[test]
    fn the_neighbourhood_finds_what_measuring_every_word_finds() {
        let list = [
            "sinopec",
            "sinopek",
            "shymkent",
            "renewables",
            "refinery",
            "energy",
            "kazakstan",
            "tianjin",
            "astana",
            "almaty",
            "corridor",
            "agreement",
            "investment",
            "chemicals",
        ];
        let v = vocabulary(&list);
        for q in [
            "sinpoec",
            "synopek",
            "shymkemt",
            "renewabels",
            "refinry",
            "enrgy",
            "kazakstna",
            "tianjni",
            "astanaa",
            "almty",
            "coridor",
            "agremeent",
            "invesment",
            "xxxxxxx",
            "sinopec",
        ] {
            let qc = chars(q);
            let mut expected: Vec<(&str, usize)> = list
                .iter()
                .filter_map(|&w| edits_to(&qc, w).map(|d| (w, d)))
                .collect();
            expected.sort_unstable();
            let mut found = v.near(q);
            found.sort_unstable();
            assert_eq!(found, expected, "{q}");
        }
    }

    #[test]
    fn numbers_have_no_typos() {
        let v = vocabulary(&["20000", "2025a"]);
        assert!(v.near("20001").is_empty());
        assert_eq!(
            words("in 2025 about 20000 tonnes").collect::<Vec<_>>(),
            ["about", "tonnes"]
        );
        assert_eq!(edits_to(&chars("20001"), "20000"), None);
    }

    #[test]
    fn short_words_have_no_typos() {
        let v = vocabulary(&["grain", "gran", "rain"]);
        assert!(v.near("grai").is_empty());
        assert_eq!(v.near("grainn"), vec![("grain", 1)]);
    }
}
