//! The evidence is searched: outlets, the sources' words, their translations and notes, the
//! events records belong to, the sources' headlines; and a hit says where it matched.

use super::tests::ids;
use super::*;
use crate::data::default_dataset;

/// The outlets of the sources through which record `id` matched `query`, by field.
fn through(data: &Dataset, id: &str, query: &str) -> Vec<(FieldKind, String)> {
    let Some((r, _)) = data.record_by_id(id) else {
        panic!("no record {id}");
    };
    let mut out: Vec<(FieldKind, String)> = MatchedFields::new(data)
        .record_texts(r, query)
        .into_iter()
        .map(|m| {
            (
                m.kind,
                m.source.map_or(String::new(), |s| s.outlet.to_string()),
            )
        })
        .collect();
    out.dedup();
    out
}

#[test]
fn an_outlet_finds_the_records_that_cite_it() {
    let data = default_dataset().unwrap_or_else(|e| panic!("{e}"));
    let index = Index::new(&data);
    let found = ids(&data, &index.search("kazinform"));
    // Every record citing a Kazinform page, and no other.
    let citing: Vec<String> = data
        .all_records()
        .filter(|(_, rec)| {
            rec.evidence().iter().any(|e| {
                data.source(&e.source)
                    .is_some_and(|s| s.outlet.as_str() == "Kazinform")
            })
        })
        .map(|(_, rec)| rec.id().to_string())
        .collect();
    let mut sorted = found.clone();
    sorted.sort();
    let mut expected = citing.clone();
    expected.sort();
    assert_eq!(sorted, expected);
    assert!(found.iter().any(|id| id == "inv-sany-shu-plant"));
    assert_eq!(
        through(&data, "inv-sany-shu-plant", "kazinform"),
        [(FieldKind::Outlet, "Kazinform".to_string())]
    );
    // In Cyrillic too, and with a typo.
    assert!(ids(&data, &index.search("казинформ")).contains(&"inv-sany-shu-plant".into()));
    assert!(ids(&data, &index.search("kazimform")).contains(&"inv-sany-shu-plant".into()));
}

#[test]
fn a_word_of_a_note_finds_the_record_and_names_its_source() {
    let data = default_dataset().unwrap_or_else(|e| panic!("{e}"));
    let index = Index::new(&data);
    let found = ids(&data, &index.search("akorda"));
    assert!(found.contains(&"inv-alatau-cscec".to_string()), "{found:?}");
    // "Akorda via TRT: ..." is the note of the TRT source.
    assert_eq!(
        through(&data, "inv-alatau-cscec", "akorda"),
        [(FieldKind::Note, "TRT (Russian service)".to_string())]
    );
    assert_eq!(found, ids(&data, &index.search("акорда")));
}

#[test]
fn a_phrase_of_an_excerpt_or_its_translation_finds_the_record() {
    let data = default_dataset().unwrap_or_else(|e| panic!("{e}"));
    let index = Index::new(&data);
    let excerpt = "практическим результатом";
    assert_eq!(ids(&data, &index.search(excerpt)), ["inv-turkestan-solar"]);
    assert_eq!(
        through(&data, "inv-turkestan-solar", excerpt),
        [(FieldKind::Excerpt, "Zakon.kz".to_string())]
    );
    let translation = "speediest modernisation";
    assert_eq!(
        ids(&data, &index.search(translation)),
        ["inv-shymkent-refinery"]
    );
    // Each word is reported where it matched: "modernisation" in the summary and notes
    // as well, "speediest" only in the translation of BAQ.KZ's excerpt.
    assert!(through(&data, "inv-shymkent-refinery", translation)
        .contains(&(FieldKind::Translation, "BAQ.KZ".to_string())));
    assert_eq!(
        through(&data, "inv-shymkent-refinery", "speediest"),
        [(FieldKind::Translation, "BAQ.KZ".to_string())]
    );
}

#[test]
fn an_event_finds_its_records_below_those_about_it() {
    let data = default_dataset().unwrap_or_else(|e| panic!("{e}"));
    let index = Index::new(&data);
    let found = ids(&data, &index.search("business council"));
    // The record about the Business Council first; the solar plant, signed there, found
    // through its event.
    assert_eq!(
        found.first().map(String::as_str),
        Some("agr-bc-commercial-documents")
    );
    assert!(
        found.contains(&"inv-turkestan-solar".to_string()),
        "{found:?}"
    );
    assert!(through(&data, "inv-turkestan-solar", "business council")
        .contains(&(FieldKind::Event, String::new())));
    // The day of an event.
    let day = ids(&data, &index.search("2025-09-08"));
    assert!(
        day.contains(&"q-tokayev-second-third-npp".to_string()),
        "{day:?}"
    );
    // A source's headline.
    let headline = ids(&data, &index.search("golden thirty years"));
    assert!(
        headline.contains(&"agr-bc-commercial-documents".to_string()),
        "{headline:?}"
    );
}

#[test]
fn matched_fields_name_evidence_fields_by_their_keys() {
    assert_eq!(FieldKind::Outlet.key(), "outlet");
    assert_eq!(FieldKind::Excerpt.key(), "excerpt");
    assert!(FieldKind::Note.is_evidence() && !FieldKind::Event.is_evidence());
}
