//! A record that names 40,000 people: the index is built in time linear in a record's size,
//! and the search finds any one of them. The dataset is made here, not kept as a fixture.

use serde_json::{json, Value};
use visit_dash::data::{load_str, Category};
use visit_dash::search::{FieldKind, Index, MatchedFields};

const PEOPLE: usize = 40_000;

/// A distinct name of letters for person `i`: "bab", "bac" … (typos are not matched in
/// words with digits, so the names hold none).
fn code(mut i: usize) -> String {
    let mut out = String::new();
    for _ in 0..4 {
        out.push(char::from(b'a' + (i % 26) as u8));
        i /= 26;
    }
    out
}

fn crowded() -> String {
    // The interview (format 1), whose agreements name their actors as people ids.
    let interview = include_str!("fixtures/format1/tokayev-china-2025-interview.json");
    let mut data: Value = serde_json::from_str(interview).expect("the interview parses");
    let people: Vec<Value> = (0..PEOPLE)
        .map(|i| {
            json!({
                "id": format!("p{i}"),
                "name": {"en": format!("Delegate Zy{}", code(i)), "ru": format!("Делегат Номер{i}")},
                "role": {"en": "Delegate", "ru": "Делегат"},
                "paragraphs": [1]
            })
        })
        .collect();
    let ids: Vec<Value> = (0..PEOPLE).map(|i| json!(format!("p{i}"))).collect();
    data["people"]
        .as_array_mut()
        .expect("people is an array")
        .extend(people);
    data["agreements"][0]["actors"] = Value::Array(ids);
    data.to_string()
}

#[test]
fn a_record_with_forty_thousand_people_is_indexed_and_found() {
    let data = load_str("crowded.json", &crowded()).unwrap_or_else(|e| panic!("{e}"));
    let index = Index::new(&data);
    assert_eq!(index.len(), data.record_count());
    let hits = index.search(&format!("zy{}", code(39_999)));
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].record.category, Category::Agreements);
    assert_eq!(hits[0].record.index, 0);
    // In either script, and with a typo (a swap of two letters).
    assert_eq!(index.search("номер20000").len(), 1);
    assert_eq!(index.search("nomer20000").len(), 1);
    let name = format!("zy{}", code(20_000));
    let swapped = format!("yz{}", &name[2..]);
    assert_eq!(index.search(&swapped).len(), 1);
    let fields = MatchedFields::new(&data).record(hits[0].record, &name);
    assert_eq!(fields, [FieldKind::People]);
}
