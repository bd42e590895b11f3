//! Typing narrows a search: each keystroke searches only what the previous one could not
//! rule out. Whatever is typed, that must find exactly what a search of everything finds.

use proptest::prelude::*;

use std::sync::Arc;

use visit_dash::search::{narrows, Earlier, Found, Index};

mod common;

/// Letters common in the dataset's names and texts, both scripts, and a space.
fn typed() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            'a', 'e', 'i', 'o', 'n', 's', 'h', 'y', 'm', 'k', 't', 'r', 'c', 'p', 'g', 'z', 'ш',
            'ы', 'к', 'е', 'н', 'т', 'с', 'и', 'о', 'п', ' ',
        ]),
        1..=12,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 300,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn typing_letter_by_letter_finds_what_a_full_search_finds(query in typed()) {
        let data = common::dataset();
        let index = Index::new(&data);
        let never = || false;
        let mut prev: Option<(String, Found)> = None;
        let mut so_far = String::new();
        for c in query.chars() {
            so_far.push(c);
            let full = index.search_within(&so_far, None, &never).unwrap_or_default();
            let earlier = prev
                .as_ref()
                .filter(|(old, _)| narrows(old, &so_far))
                .map(|(old, found)| Earlier {
                    query: old.clone(),
                    candidates: Arc::new(found.candidates.clone()),
                });
            let narrowed = index
                .search_within(&so_far, earlier.as_ref(), &never)
                .unwrap_or_default();
            prop_assert_eq!(&full.hits, &narrowed.hits, "{:?}", so_far);
            prev = Some((so_far.clone(), full));
        }
    }
}
