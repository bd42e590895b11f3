//! A record that names 40,000 people: the index is built in time linear in a record's size,
//! and the search finds any one of them. The dataset is made here, not kept as a fixture.

use serde_json::{json, Value};
use visit_dash::data::{load_str, Category, DEFAULT_JSON};
use visit_dash::search::{FieldKind, Index, MatchedFields};

const PEOPLE: usize = 40_000;

fn crowded() -> String {
    let mut data: Value = serde_json::from_str(DEFAULT_JSON).expect("embedded JSON parses");
    let people: Vec<Value> = (0..PEOPLE)
        .map(|i| {
            json!({
                "id": format!("p{i}"),
                "name": {"en": format!("Delegate Number{i}"), "ru": format!("Делегат Номер{i}")},
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
    let hits = index.search("number39999");
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].record.category, Category::Agreements);
    assert_eq!(hits[0].record.index, 0);
    // In either script, and with a typo.
    assert_eq!(index.search("номер20000").len(), 1);
    assert_eq!(index.search("numbre20000").len(), 1);
    let fields = MatchedFields::new(&data).record(hits[0].record, "number39999");
    assert_eq!(fields, [FieldKind::People]);
}
