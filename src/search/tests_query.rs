//! The query as typed: normalised, and what the search makes of it beside the records.

use super::tests::{dataset, ids};
use super::*;

#[test]
fn the_query_is_put_in_nfc_with_a_base_for_a_leading_mark() {
    assert_eq!(normalize_query("Кита\u{438}\u{306}"), "Кита\u{439}");
    assert_eq!(normalize_query("\u{301}sinopec"), "\u{25cc}\u{301}sinopec");
    assert_eq!(normalize_query("sinopec"), "sinopec");
}

#[test]
fn a_decomposed_or_mark_led_query_finds_what_the_plain_one_does() {
    let data = dataset();
    let index = Index::new(&data);
    let plain = ids(&data, &index.search("Китай"));
    assert!(plain.len() > 5, "{plain:?}");
    assert_eq!(ids(&data, &index.search("Кита\u{438}\u{306}")), plain);
    let sinopec = ids(&data, &index.search("sinopec"));
    assert_eq!(ids(&data, &index.search("\u{301}sinopec")), sinopec);
    assert_eq!(ids(&data, &index.search("\u{25cc}\u{301}sinopec")), sinopec);
}

#[test]
fn overview_notes_are_found_beside_the_records() {
    let data = dataset();
    let index = Index::new(&data);
    let never = || false;
    let found = index
        .search_within("sovereignty", None, &never)
        .unwrap_or_default();
    let notes: Vec<NoteRef> = found.notes.iter().map(|n| n.note).collect();
    let at = data
        .context
        .iter()
        .position(|c| c.id.as_str() == "ctx-tech-sovereignty");
    assert_eq!(
        notes,
        at.map(NoteRef::Context).into_iter().collect::<Vec<_>>()
    );
    let pattern = index
        .search_within("mining", None, &never)
        .unwrap_or_default();
    assert_eq!(
        pattern.notes.first().map(|n| n.note),
        Some(NoteRef::Pattern)
    );
    // An empty query lists records, not notes.
    let all = index.search_within("", None, &never).unwrap_or_default();
    assert!(all.notes.is_empty());
    assert_eq!(all.hits.len(), index.len());
}

#[test]
fn matched_fields_name_where_each_word_matched() {
    let data = dataset();
    let index = Index::new(&data);
    let fields = MatchedFields::new(&data);
    let hit = index.search("sinopec")[0];
    // A format-1 record's evidence notes its paragraph in the summary's words.
    let all = [
        FieldKind::Title,
        FieldKind::Companies,
        FieldKind::Summary,
        FieldKind::Note,
    ];
    assert_eq!(fields.record(hit.record, "sinopec"), all);
    // A typo is reported where the word it stands for is.
    assert_eq!(fields.record(hit.record, "sinpoec"), all);
    let hub = index.search("astana hub")[0];
    assert_eq!(ids(&data, &[hub]), ["agr-ai-regional-hub"]);
    assert!(fields
        .record(hub.record, "astana hub")
        .contains(&FieldKind::Place));
    assert_eq!(
        fields.note(NoteRef::Pattern, "mining"),
        [FieldKind::Sectors, FieldKind::Summary, FieldKind::Note]
    );
}
