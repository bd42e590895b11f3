//! Close-set letters and highlighting, on the embedded dataset.

use super::close::{compact_match, compact_near_anchor, in_one_word, in_window, is_subsequence};
use super::matching::Word;
use super::matching::{ends_word, starts_word};
use super::tests::{dataset, ids};
use super::*;

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
        let w = Word::new(word, &counts, None);
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

/// Every string of up to `max` bytes from `alphabet`, the empty one first.
fn strings(alphabet: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut all = vec![Vec::new()];
    let mut last = vec![Vec::new()];
    for _ in 0..max {
        last = last
            .iter()
            .flat_map(|s| {
                alphabet.iter().map(move |&b| {
                    let mut t = s.clone();
                    t.push(b);
                    t
                })
            })
            .collect();
        all.extend(last.iter().cloned());
    }
    all
}

#[test]
fn a_window_holds_a_word_exactly_when_its_letters_occur_in_order() {
    // Every needle and window of up to four letters from a three-letter alphabet.
    let all = strings(b"abc", 4);
    for needle in &all {
        for window in &all {
            assert_eq!(
                in_window(needle, window),
                is_subsequence(needle, window),
                "{needle:?} in {window:?}"
            );
        }
    }
}

#[test]
fn in_one_word_is_in_window_up_to_the_first_byte_that_is_not_a_letter() {
    // '-' ends a word; 0xD1, a byte of a Cyrillic letter, does not.
    let windows = strings(b"ab-\xd1", 5);
    for needle in strings(b"ab", 3) {
        for window in &windows {
            let end = window
                .iter()
                .position(|b| b.is_ascii() && !b.is_ascii_alphanumeric())
                .unwrap_or(window.len());
            assert_eq!(
                in_one_word(&needle, window),
                in_window(&needle, &window[..end]),
                "{needle:?} in {window:?}"
            );
        }
    }
}

#[test]
fn word_edges_are_letters_and_digits_in_any_script() {
    let key = "sinopec «синопек»-2 x9 é";
    let at = |s: &str| key.find(s).unwrap_or(usize::MAX);
    assert!(starts_word(key, 0));
    assert!(!starts_word(key, 1));
    assert!(ends_word(key, at(" «")));
    assert!(!ends_word(key, 3));
    assert!(starts_word(key, at("синопек")));
    assert!(!starts_word(key, at("инопек")));
    assert!(ends_word(key, at("»")));
    assert!(!ends_word(key, at("к»")));
    assert!(starts_word(key, at("2")));
    assert!(!starts_word(key, at("9")));
    assert!(starts_word(key, at("é")));
    assert!(ends_word(key, key.len()));
    assert!(!ends_word(key, at("9")));
}

#[test]
fn a_short_word_bounds_its_score_in_a_field_by_the_field_word_initials() {
    use super::index::Field;
    let counts = [0; 128];
    let field = |text: &str| {
        let key = crate::translit::fold(text);
        let words: Vec<&str> = key
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
        let singles: String = words
            .iter()
            .filter(|w| w.chars().count() == 1)
            .copied()
            .collect();
        Field {
            end: 0,
            weight: 2,
            starts: super::matching::mask_of(&initials),
            singles: super::matching::mask_of(&singles),
        }
    };
    let s = Word::new("s", &counts, None);
    let sh = Word::new("sh", &counts, None);
    let long = Word::new("shymkent", &counts, None);
    let body = field("agreements on shipping");
    // "s" begins "shipping" but is no word on its own; "sh" might be a whole word anywhere.
    assert_eq!(s.best_in_field(&body), Some(80 * 2));
    assert_eq!(sh.best_in_field(&body), Some(sh.best_literal_in(2)));
    assert_eq!(
        s.best_in_field(&field("plan s")),
        Some(s.best_literal_in(2))
    );
    // No word begins with s: a short word cannot count there, a long one inside a word can.
    assert_eq!(s.best_in_field(&field("agreements")), None);
    assert_eq!(
        long.best_in_field(&field("agreements")),
        Some(long.best_literal_in(2))
    );
}
