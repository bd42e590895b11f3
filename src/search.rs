//! Fuzzy search over every record, fzf style: the query is split into words, and a record
//! matches when each word fuzzy-matches one of its texts, in any order.
//!
//! Texts are folded to search keys (see [`crate::translit`]) once, when the index is built,
//! so a query typed in either script finds text written in either script.

use std::fmt;
use std::sync::OnceLock;

use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

use crate::data::{Dataset, Lang, RecordRef, Text};
use crate::translit::{fold, fold_with_map};

/// Headlines say what a record is about, so a hit there counts most.
const WEIGHT_TITLE: i64 = 4;
/// Names attached to a record: companies, people, sectors, statuses, places, aliases.
const WEIGHT_NAME: i64 = 3;
/// Bodies are long and mention many things in passing (a quote names every project), so a
/// hit there must not outrank the record that is about the thing.
const WEIGHT_BODY: i64 = 1;

/// Joins the keys of one record into its haystack; whitespace, so no query word can span it.
const SEPARATOR: char = '\n';

/// One searchable text of a record.
struct Field {
    key: String,
    weight: i64,
}

/// The searchable texts of one record.
struct Entry {
    record: RecordRef,
    fields: Vec<Field>,
    /// Every field's key joined, to reject records cheaply before fuzzy scoring.
    haystack: String,
}

impl Entry {
    /// Adds a text; a key already present keeps the higher weight, so the same name in
    /// both languages ("CNPC") is scored once.
    fn add(&mut self, text: &str, weight: i64) {
        let key = fold(text);
        if key.trim().is_empty() {
            return;
        }
        match self.fields.iter_mut().find(|f| f.key == key) {
            Some(f) => f.weight = f.weight.max(weight),
            None => self.fields.push(Field { key, weight }),
        }
    }

    fn add_text(&mut self, text: &Text, weight: i64) {
        self.add(&text.en, weight);
        self.add(&text.ru, weight);
    }
}

/// A record that matched a query, and how well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub record: RecordRef,
    pub score: i64,
}

/// The search keys of every record of a dataset, built once.
pub struct Index {
    entries: Vec<Entry>,
    matcher: SkimMatcherV2,
}

impl fmt::Debug for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Index")
            .field("records", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl Index {
    pub fn new(data: &Dataset) -> Index {
        let entries = data
            .all_records()
            .map(|(record, rec)| {
                let mut e = Entry {
                    record,
                    fields: Vec::new(),
                    haystack: String::new(),
                };
                e.add_text(rec.title(), WEIGHT_TITLE);
                for alias in rec.aliases() {
                    e.add(alias, WEIGHT_NAME);
                }
                // Ids a dataset fails to resolve are left out rather than indexed raw: a
                // reader never sees them.
                for id in rec.companies() {
                    if let Some(c) = data.company(id) {
                        e.add_text(&c.name, WEIGHT_NAME);
                        for alias in &c.aliases {
                            e.add(alias, WEIGHT_NAME);
                        }
                    }
                }
                for id in rec.people() {
                    if let Some(p) = data.person(id) {
                        e.add_text(&p.name, WEIGHT_NAME);
                    }
                }
                for id in rec.sectors() {
                    if let Some(s) = data.sector(id) {
                        e.add_text(&s.name, WEIGHT_NAME);
                        for alias in &s.aliases {
                            e.add(alias, WEIGHT_NAME);
                        }
                    }
                }
                if let Some(s) = rec.status().and_then(|id| data.status(id)) {
                    e.add_text(&s.name, WEIGHT_NAME);
                }
                if let Some(place) = rec.place() {
                    e.add_text(place, WEIGHT_NAME);
                }
                e.add(rec.body(Lang::En), WEIGHT_BODY);
                e.add(rec.body(Lang::Ru), WEIGHT_BODY);

                let len = e.fields.iter().map(|f| f.key.len() + 1).sum();
                let mut haystack = String::with_capacity(len);
                for f in &e.fields {
                    haystack.push_str(&f.key);
                    haystack.push(SEPARATOR);
                }
                e.haystack = haystack;
                e
            })
            .collect();
        Index {
            entries,
            // Keys and queries are folded to lowercase already, so case is not looked at.
            matcher: SkimMatcherV2::default().respect_case(),
        }
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
        let folded = fold(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        let mut hits: Vec<Hit> = self
            .entries
            .iter()
            .filter(|e| words.iter().all(|w| is_subsequence(w, &e.haystack)))
            .filter_map(|e| {
                let mut score: i64 = 0;
                for w in &words {
                    score = self.best_field_score(e, w)?.saturating_add(score);
                }
                Some(Hit {
                    record: e.record,
                    score,
                })
            })
            .collect();
        // Stable, so equal scores keep dataset order.
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits
    }

    /// The best score of `word` over the fields of a record, if any field matches.
    fn best_field_score(&self, e: &Entry, word: &str) -> Option<i64> {
        e.fields
            .iter()
            .filter_map(|f| {
                let fuzzy = self.matcher.fuzzy_match(&f.key, word)?;
                Some(match literal_bonus(&f.key, word) {
                    Some(bonus) => (fuzzy + bonus).saturating_mul(f.weight),
                    // Scattered letters can be found in most long texts, and the matcher's
                    // word-start bonuses make such matches score as high as real ones, so a
                    // scattered match counts once whatever the field, and only when its
                    // letters sit close together (an abbreviation or a typo, not noise).
                    None if has_compact_match(&f.key, word) => fuzzy,
                    None => return None,
                })
            })
            .max()
    }
}

/// A literal occurrence outranks scattered letters; one at a word start (what a reader
/// types when typing the beginning of a name) more so, and a whole word most: this keeps
/// "ai" on the AI records ahead of "grain" and "alipay".
const BONUS_LITERAL: i64 = 32;
const BONUS_WORD_START: i64 = 32;
const BONUS_WHOLE_WORD: i64 = 32;

/// The bonus for the best literal occurrence of `word` in `key`, None if there is none.
fn literal_bonus(key: &str, word: &str) -> Option<i64> {
    let mut best = None;
    for (at, m) in key.match_indices(word) {
        let starts = !key[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        let ends = !key[at + m.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        let bonus = BONUS_LITERAL
            + if starts { BONUS_WORD_START } else { 0 }
            + if starts && ends { BONUS_WHOLE_WORD } else { 0 };
        best = best.max(Some(bonus));
        if starts && ends {
            break;
        }
    }
    best
}

/// Whether the chars of `word` occur in order within a window of `key` at most about twice
/// the word's length: "tkv" finds "tokayev", but "cnpc" does not find a paragraph that
/// merely holds a c, an n, a p and a c somewhere.
fn has_compact_match(key: &str, word: &str) -> bool {
    let word: Vec<char> = word.chars().collect();
    let Some(&first) = word.first() else {
        return true;
    };
    let max_span = word.len() * 2 + 2;
    let key: Vec<char> = key.chars().collect();
    key.iter()
        .enumerate()
        .filter(|&(_, &c)| c == first)
        .any(|(start, _)| {
            let mut need = word[1..].iter().peekable();
            for (offset, c) in key[start + 1..].iter().take(max_span - 1).enumerate() {
                if need.peek() == Some(&c) {
                    need.next();
                }
                if need.peek().is_none() {
                    return offset + 2 <= max_span;
                }
            }
            need.peek().is_none()
        })
}

/// Whether the chars of `needle` occur in `haystack` in order: necessary for a fuzzy match
/// of any one field, and far cheaper than scoring.
fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|n| rest.any(|h| h == n))
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
    let (key, map) = fold_with_map(text);
    let matcher = shared_matcher();
    let mut positions: Vec<usize> = words
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
    fn scattered_letters_far_apart_do_not_match() {
        assert!(has_compact_match("tokayev", "tkv"));
        assert!(has_compact_match("x shymkent", "shym"));
        assert!(!has_compact_match(
            "concerning the new plan of cooperation",
            "cnpc"
        ));
        let data = dataset();
        let index = Index::new(&data);
        assert!(ids(&data, &index.search("tkv")).contains(&"agr-tourism-year".to_string()));
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
