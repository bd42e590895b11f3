use super::*;
use crate::data::{Category, Lang};

pub(super) fn dataset() -> Dataset {
    // The interview alone, a fixed file: rankings tested here do not move as the
    // embedded dataset grows.
    let text = include_str!("../../tests/fixtures/format1/tokayev-china-2025-interview.json");
    crate::data::load_str("interview", text).expect("the interview fixture loads")
}

pub(super) fn ids(data: &Dataset, hits: &[Hit]) -> Vec<String> {
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
fn a_query_narrows_another_when_it_only_adds_letters_or_words() {
    assert!(narrows("shy", "shym"));
    assert!(narrows("shym ", "shym r"));
    assert!(narrows("cnpc sh", "cnpc shy"));
    assert!(narrows("шы", "shym"));
    assert!(narrows("shymkent", "shymkent refi"));
    assert!(narrows("shym", "shymk"));
    assert!(!narrows("shymk", "shym"));
    assert!(!narrows("", "a"));
    assert!(!narrows("cnpc", "sinopec"));
    // Letters added inside a word change what it can match.
    assert!(!narrows("shm", "shym"));
    // So may a word too long for the candidates' window.
    assert!(!narrows("a", &"a".repeat(40)));
}

#[test]
fn searching_the_candidates_of_a_shorter_query_finds_the_same() {
    // The small dataset looks at each record's names as it comes; the larger one works
    // them out up front.
    for data in [dataset(), big(20)] {
        let index = Index::new(&data);
        let never = || false;
        for query in [
            "shymkent refinery",
            "sinpoec",
            "shymkemt refinry",
            "сынопек",
            "синопек",
            "tkyv",
            "rnwbl energy",
            "kazakhstan ai",
        ] {
            let mut prev: Option<Earlier> = None;
            let mut typed = String::new();
            let mut found = Found::default();
            for c in query.chars() {
                typed.push(c);
                found = index
                    .search_within(&typed, None, &never)
                    .unwrap_or_default();
                let narrowed = index
                    .search_within(&typed, prev.as_ref(), &never)
                    .unwrap_or_default();
                assert_eq!(found.hits, narrowed.hits, "{typed:?}");
                prev = Some(Earlier {
                    query: typed.clone(),
                    candidates: Arc::new(found.candidates.clone()),
                });
            }
            assert!(!found.hits.is_empty(), "{query:?}");
        }
    }
}

#[test]
fn a_cancelled_search_gives_nothing() {
    let data = big(3_000);
    let index = Index::new(&data);
    assert!(index.search_within("water", None, &|| true).is_none());
    assert!(index.search_within("water", None, &|| false).is_some());
}

/// The default dataset's agreements, `copies` times over with fresh ids.
fn big(copies: usize) -> Dataset {
    let mut data = dataset();
    let originals = data.agreements.clone();
    data.agreements = (0..copies)
        .flat_map(|i| {
            originals.iter().map(move |a| {
                let mut a = a.clone();
                a.id = crate::data::Clean::new(&format!("{}-{i}", a.id));
                a
            })
        })
        .collect();
    data
}

#[test]
fn a_search_split_over_threads_ranks_as_one_would() {
    let small = dataset();
    let per_copy = Index::new(&small)
        .search("water")
        .into_iter()
        .filter(|h| h.record.category == crate::data::Category::Agreements)
        .collect::<Vec<_>>();
    let copies = PARALLEL_FROM / small.agreements.len() + 1;
    let data = big(copies);
    let hits: Vec<Hit> = Index::new(&data)
        .search("water")
        .into_iter()
        .filter(|h| h.record.category == crate::data::Category::Agreements)
        .collect();
    assert_eq!(hits.len(), per_copy.len() * copies);
    // Each score appears once per copy, best first, and copies keep dataset order.
    for (i, h) in hits.iter().enumerate() {
        let original = &per_copy[i / copies];
        assert_eq!(h.score, original.score);
        assert_eq!(
            h.record.index % small.agreements.len(),
            original.record.index
        );
    }
    assert!(hits.windows(2).all(
        |w| w[0].score > w[1].score || (w[0].score == w[1].score && w[0].record < w[1].record)
    ));
}

#[test]
fn names_worked_out_up_front_or_record_by_record_score_the_same() {
    let data = big(20);
    let index = Index::new(&data);
    let never = || false;
    // More records than names: a full search works the names out up front.
    assert!(
        index.names.len() > 10 && index.names.len() < index.len(),
        "{index:?}"
    );
    for q in [
        "cnpc",
        "shym",
        "синопек",
        "rnwbl",
        "ai",
        "kaz tkyv",
        "water",
        "ecology",
    ] {
        let full = index.search_within(q, None, &never).unwrap_or_default();
        // Fewer records than names: each record's names are looked at as it comes.
        for pool in full.candidates.chunks(3) {
            let earlier = Earlier {
                query: q.to_string(),
                candidates: Arc::new(pool.to_vec()),
            };
            let few = index
                .search_within(q, Some(&earlier), &never)
                .unwrap_or_default();
            let expected: Vec<Hit> = full
                .hits
                .iter()
                .copied()
                .filter(|h| {
                    pool.iter().any(|&i| {
                        index.entries[i as usize].target == index::Target::Record(h.record)
                    })
                })
                .collect();
            assert_eq!(few.hits, expected, "{q:?} in {pool:?}");
        }
    }
}

#[test]
fn a_name_shared_by_many_records_is_kept_once() {
    let data = big(50);
    let index = Index::new(&data);
    let small = Index::new(&dataset());
    assert_eq!(index.names.len(), small.names.len());
    assert!(index.text_bytes() > small.text_bytes() * 10);
}

#[test]
fn a_search_in_stages_shows_the_best_of_a_sample_then_finds_what_one_stage_would() {
    let data = big(40);
    let index = Index::new(&data);
    let never = || false;
    for q in ["water", "cnpc", "agreement", "синопек", "zzqxj", ""] {
        let whole = index.search_within(q, None, &never).unwrap_or_default();
        let (mut early, mut early_items) = (Vec::new(), Vec::new());
        let staged = index
            .staged(
                q,
                None,
                &never,
                &mut |f: &Found| (early, early_items) = (f.hits.clone(), f.items.clone()),
                (100, 50),
            )
            .unwrap_or_default();
        assert_eq!(staged, whole, "{q:?}");
        // Events and sources are all searched in the first stage.
        assert_eq!(early_items, whole.items, "{q:?}");
        // The early hits are the whole search's hits among the sampled entries.
        let stride = index.entries.len() / 50;
        let sampled: Vec<index::Target> = (0..index.entries.len())
            .step_by(stride)
            .map(|i| index.entries[i].target)
            .collect();
        let expected: Vec<Hit> = whole
            .hits
            .iter()
            .copied()
            .filter(|h| sampled.contains(&index::Target::Record(h.record)))
            .collect();
        assert_eq!(early, expected, "{q:?}");
    }
    // The sample is spread over the records, so it reaches past the first category.
    let mut early = Vec::new();
    index.staged("", None, &never, &mut |f| early = f.hits.clone(), (100, 50));
    assert!(early
        .iter()
        .any(|h| h.record.category != Category::Agreements));
    // Too few records for two stages: one, and nothing early.
    let mut called = false;
    let one = index.staged(
        "water",
        None,
        &never,
        &mut |_| called = true,
        (index.entries.len() + 1, 50),
    );
    assert!(!called);
    assert_eq!(one, index.search_within("water", None, &never));
}
