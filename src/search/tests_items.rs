//! Events and sources are found on their own, beside the records: an event by its title,
//! place, people, day and summary; a source by its outlet, site and headline.

use super::*;
use crate::data::{default_dataset, Clean, Source, SourceKind};

/// The ids of the events and sources `query` finds, best first, with the fields that
/// matched.
fn items(data: &Dataset, index: &Index, query: &str) -> Vec<(String, Vec<FieldKind>)> {
    let explain = MatchedFields::new(data);
    let found = index
        .search_within(query, None, &|| false)
        .unwrap_or_default();
    found
        .items
        .iter()
        .map(|h| {
            let id = match h.item {
                ItemRef::Event(i) => data.events[i].id.to_string(),
                ItemRef::Source(i) => data.sources[i].id.to_string(),
            };
            (id, explain.item(h.item, query))
        })
        .collect()
}

#[test]
fn events_and_sources_are_found_by_each_of_their_fields() {
    let data = default_dataset().unwrap_or_else(|e| panic!("{e}"));
    let index = Index::new(&data);
    let one = |id: &str, fields: &[FieldKind]| vec![(id.to_string(), fields.to_vec())];
    use FieldKind::*;
    assert_eq!(
        items(&data, &index, "Peng Liyuan"),
        one("ev-0831-reception", &[People, Summary])
    );
    assert_eq!(
        items(&data, &index, "Пэн Лиюань"),
        one("ev-0831-reception", &[People, Summary])
    );
    assert_eq!(
        items(&data, &index, "2025-08-31"),
        one("ev-0831-reception", &[Date])
    );
    assert_eq!(
        items(&data, &index, "victory parade"),
        one("ev-0903-parade", &[Title, Summary])
    );
    assert_eq!(
        items(&data, &index, "vedomosti"),
        one("ved-parade", &[Outlet, Host])
    );
    assert_eq!(
        items(&data, &index, "vlast.kz"),
        one("vlast-jun25", &[Host])
    );
    // An empty query lists the records alone.
    assert!(items(&data, &index, "").is_empty());
}

#[test]
fn an_event_ranks_above_the_records_that_only_belong_to_it() {
    let data = default_dataset().unwrap_or_else(|e| panic!("{e}"));
    let index = Index::new(&data);
    let found = index
        .search_within("8th meeting", None, &|| false)
        .unwrap_or_default();
    let event = found.items.first().map(|h| (h.item, h.score));
    let at = data
        .events
        .iter()
        .position(|e| e.id.as_str() == "ev-0902-bc");
    let (item, score) = event.unwrap_or_else(|| panic!("nothing found: {found:?}"));
    assert_eq!(Some(item), at.map(ItemRef::Event));
    // The records of the Business Council match through their event, which weighs less
    // than the event's own title (the event's texts are not names the records share).
    let explain = MatchedFields::new(&data);
    let through_event: Vec<i64> = found
        .hits
        .iter()
        .filter(|h| explain.record(h.record, "8th meeting") == [FieldKind::Event])
        .map(|h| h.score)
        .collect();
    assert!(through_event.len() >= 5, "{found:?}");
    assert!(
        through_event.iter().all(|&s| s < score),
        "{through_event:?} against {score}"
    );
}

#[test]
fn a_source_s_site_is_its_host_without_www() {
    let source = |url: Option<&str>| Source {
        id: Clean::from("s"),
        outlet: Clean::from("Outlet"),
        url: url.map(Clean::from),
        title: None,
        published: None,
        language: Clean::from("en"),
        kind: SourceKind::News,
        paragraphs: None,
        interviewee: None,
    };
    let host = |url| source(Some(url)).host().map(str::to_string);
    assert_eq!(
        host("https://www.trend.az/business/4086174.html").as_deref(),
        Some("trend.az")
    );
    assert_eq!(
        host("https://kz.kursiv.media/?p=6286849").as_deref(),
        Some("kz.kursiv.media")
    );
    assert_eq!(
        host("http://user@example.kz:8080/a#b").as_deref(),
        Some("example.kz")
    );
    assert_eq!(host("https://"), None);
    assert_eq!(source(None).host(), None);
}
