//! How well the search ranks, measured twice: on the interview alone (a fixed format-1
//! fixture) and on the embedded dataset, the visit from every source (the cases in
//! `relevance/public.rs`, which search the evidence too). Each query names the
//! records (or Overview notes, events and sources) a reader means, which should be in the top 3, and records
//! that must not be found at all. The test prints the mean reciprocal rank and precision at
//! 3 over the set, and fails below an MRR of 0.9 or when a record that must not be found is.
//!
//! The cases are one table so ids can be updated as the dataset grows. Note ids are the
//! context notes' ids, `visit` and `pattern`.

#[path = "relevance/public.rs"]
mod public;

use visit_dash::data::Dataset;
use visit_dash::search::{Index, ItemRef, NoteRef};

/// (query, wanted in the top 3 (any of them counts for the rank), never to be found)
const CASES: &[(&str, &[&str], &[&str])] = &[
    // Companies, in either script, with typos and a look-alike letter.
    (
        "sinopec",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "sinopek",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "синопек",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "Синопек",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "sinpoec",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "сынопек",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "cnpc",
        &["inv-shymkent-refinery"],
        &["inv-atyrau-polyethylene"],
    ),
    (
        "CNPC",
        &["inv-shymkent-refinery"],
        &["inv-atyrau-polyethylene"],
    ),
    (
        "cnp\u{441}",
        &["inv-shymkent-refinery"],
        &["inv-atyrau-polyethylene"],
    ),
    (
        "alibaba",
        &["inv-ecommerce-platforms"],
        &["agr-grain-exports"],
    ),
    (
        "алибаба",
        &["inv-ecommerce-platforms"],
        &["agr-grain-exports"],
    ),
    (
        "jingdong",
        &["inv-ecommerce-platforms"],
        &["inv-digital-payments"],
    ),
    ("alipay", &["inv-digital-payments"], &["agr-grain-exports"]),
    (
        "wechat pay",
        &["inv-digital-payments"],
        &["inv-ecommerce-platforms"],
    ),
    (
        "вичат",
        &["inv-digital-payments"],
        &["inv-ecommerce-platforms"],
    ),
    (
        "china power",
        &["inv-renewables-cpih"],
        &["agr-luban-workshops"],
    ),
    // Places, Kazakh spellings included.
    (
        "shymkent",
        &["inv-shymkent-refinery"],
        &["agr-grain-exports"],
    ),
    (
        "шымкент",
        &["inv-shymkent-refinery"],
        &["agr-grain-exports"],
    ),
    (
        "shymkemt",
        &["inv-shymkent-refinery"],
        &["agr-grain-exports"],
    ),
    (
        "Şymkent",
        &["inv-shymkent-refinery"],
        &["agr-grain-exports"],
    ),
    (
        "Şımkent",
        &["inv-shymkent-refinery"],
        &["agr-grain-exports"],
    ),
    (
        "Шымк\u{65}нт",
        &["inv-shymkent-refinery"],
        &["agr-grain-exports"],
    ),
    (
        "atyrau",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "атырау",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "beijing",
        &["agr-culture-centre-beijing", "q-window-to-europe"],
        &["inv-atyrau-polyethylene"],
    ),
    (
        "пекин",
        &["agr-culture-centre-beijing", "q-window-to-europe"],
        &["inv-atyrau-polyethylene"],
    ),
    (
        "astana hub",
        &["agr-ai-regional-hub"],
        &["agr-ai-global-centre"],
    ),
    ("Kazakhstan", KZ, &[]),
    ("Qazaqstan", KZ, &[]),
    ("Қазақстан", KZ, &[]),
    ("Казахстан", KZ, &[]),
    ("kazakstan", KZ, &[]),
    // People.
    ("tokayev", TOKAYEV, &["inv-atyrau-polyethylene"]),
    ("токаев", TOKAYEV, &["inv-atyrau-polyethylene"]),
    ("tkyv", TOKAYEV, &["inv-atyrau-polyethylene"]),
    (
        "xi jinping",
        &["q-xi-close-neighbour", "agr-ai-global-centre"],
        &["inv-shymkent-refinery"],
    ),
    (
        "си цзиньпин",
        &["q-xi-close-neighbour", "agr-ai-global-centre"],
        &["inv-shymkent-refinery"],
    ),
    (
        "maigeldinov",
        &[
            "q-strategic-autonomy",
            "q-agreements-scope",
            "q-flagship-projects",
        ],
        &["agr-partnership"],
    ),
    (
        "майгельдинов",
        &[
            "q-strategic-autonomy",
            "q-agreements-scope",
            "q-flagship-projects",
        ],
        &["agr-partnership"],
    ),
    (
        "kazbek",
        &[
            "q-strategic-autonomy",
            "q-agreements-scope",
            "q-flagship-projects",
        ],
        &["agr-partnership"],
    ),
    // Sectors.
    (
        "renewables",
        &["inv-renewables-cpih"],
        &["agr-grain-exports"],
    ),
    (
        "renewabels",
        &["inv-renewables-cpih"],
        &["agr-grain-exports"],
    ),
    ("ВИЭ", &["inv-renewables-cpih"], &["agr-grain-exports"]),
    (
        "petrochemicals",
        &["inv-atyrau-polyethylene", "q-flagship-projects"],
        &["agr-tourism-year"],
    ),
    (
        "нефтехимия",
        &["inv-atyrau-polyethylene", "q-flagship-projects"],
        &["agr-tourism-year"],
    ),
    ("tourism", &["agr-tourism-year"], &["inv-shymkent-refinery"]),
    ("туризм", &["agr-tourism-year"], &["inv-shymkent-refinery"]),
    (
        "payments",
        &["inv-digital-payments"],
        &["agr-grain-exports"],
    ),
    (
        "e-commerce",
        &["inv-ecommerce-platforms"],
        &["agr-grain-exports"],
    ),
    (
        "agriculture",
        &["agr-grain-exports", "q-grain-exports"],
        &["inv-shymkent-refinery"],
    ),
    (
        "smart city",
        &["inv-smart-cities"],
        &["agr-grain-exports", "q-grain-exports"],
    ),
    (
        "смарт",
        &["inv-smart-cities"],
        &["agr-tourism-year", "agr-ai-regional-hub"],
    ),
    (
        "умные города",
        &["inv-smart-cities"],
        &["agr-grain-exports"],
    ),
    // Short words: only at the start of a word.
    ("ai", AI, &["agr-grain-exports", "q-grain-exports"]),
    ("AI", AI, &["agr-grain-exports", "q-grain-exports"]),
    ("ИИ", AI, &["agr-grain-exports", "q-grain-exports"]),
    ("ии", AI, &["agr-grain-exports", "q-grain-exports"]),
    (
        "sco",
        &["agr-documents", "agr-sco-water-centre"],
        &["inv-renewables-cpih"],
    ),
    (
        "шос",
        &["agr-documents", "agr-sco-water-centre"],
        &["inv-renewables-cpih"],
    ),
    ("лу бань", &["agr-luban-workshops"], &["agr-grain-exports"]),
    // Things and topics, with typos.
    (
        "polyethylene",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "полиэтилен",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "polyethylen",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "polyetilene",
        &["inv-atyrau-polyethylene"],
        &["inv-shymkent-refinery"],
    ),
    (
        "oil refinery",
        &["inv-shymkent-refinery"],
        &["agr-tourism-year"],
    ),
    ("refinry", &["inv-shymkent-refinery"], &["agr-tourism-year"]),
    (
        "grain",
        &["agr-grain-exports", "q-grain-exports"],
        &["agr-ai-global-centre"],
    ),
    (
        "зерна",
        &["agr-grain-exports", "q-grain-exports"],
        &["agr-ai-global-centre"],
    ),
    ("luban", &["agr-luban-workshops"], &["agr-grain-exports"]),
    (
        "water",
        &["agr-sco-water-centre"],
        &["inv-digital-payments"],
    ),
    ("воды", &["agr-sco-water-centre"], &["inv-digital-payments"]),
    (
        "partnership",
        &["agr-partnership"],
        &["inv-digital-payments"],
    ),
    (
        "партнерство",
        &["agr-partnership"],
        &["inv-digital-payments"],
    ),
    (
        "strategic autonomy",
        &["q-strategic-autonomy"],
        &["inv-digital-payments"],
    ),
    ("europe", &["q-window-to-europe"], &["inv-digital-payments"]),
    (
        "middle corridor",
        &["cor-middle-corridor"],
        &["agr-grain-exports"],
    ),
    (
        "средний коридор",
        &["cor-middle-corridor"],
        &["agr-grain-exports"],
    ),
    ("TITR", &["cor-middle-corridor"], &["agr-grain-exports"]),
    ("ТМТМ", &["cor-middle-corridor"], &["agr-grain-exports"]),
    ("caspian", &["cor-middle-corridor"], &["agr-grain-exports"]),
    ("коридр", &["cor-middle-corridor"], &["agr-grain-exports"]),
    // A decomposed letter, as some keyboards and pastes give.
    (
        "Китаи\u{306}",
        &["agr-grain-exports", "q-strategic-autonomy"],
        &[],
    ),
    // The Overview's notes.
    (
        "sovereignty",
        &["ctx-tech-sovereignty"],
        &["agr-grain-exports"],
    ),
    ("mining", &["pattern"], &["agr-grain-exports"]),
    ("industrial parks", &["pattern"], &["agr-grain-exports"]),
    ("multi-vector", &["ctx-multi-vector"], &[]),
];

const KZ: &[&str] = &[
    "agr-tourism-year",
    "agr-luban-workshops",
    "agr-sco-water-centre",
    "inv-digital-payments",
    "q-xi-close-neighbour",
    "q-window-to-europe",
];
const TOKAYEV: &[&str] = &[
    "agr-tourism-year",
    "agr-grain-exports",
    "agr-ai-regional-hub",
    "agr-sco-water-centre",
];
const AI: &[&str] = &["agr-ai-global-centre", "agr-ai-regional-hub"];

/// The ids of what `query` finds, records, notes, events and sources together, best first:
/// an event as `event:ID`, a source as `source:ID`.
fn ranked(data: &Dataset, index: &Index, query: &str) -> Vec<String> {
    let found = index
        .search_within(query, None, &|| false)
        .unwrap_or_default();
    let mut all: Vec<(i64, String)> = found
        .hits
        .iter()
        .filter_map(|h| Some((h.score, data.get(h.record)?.id().to_string())))
        .collect();
    all.extend(found.notes.iter().map(|n| {
        let id = match n.note {
            NoteRef::Visit => "visit".to_string(),
            NoteRef::Pattern => "pattern".to_string(),
            NoteRef::Context(i) => data.context.get(i).map_or("?".into(), |c| c.id.to_string()),
        };
        (n.score, id)
    }));
    all.extend(found.items.iter().map(|i| {
        let id = match i.item {
            ItemRef::Event(e) => data
                .events
                .get(e)
                .map_or("?".into(), |e| format!("event:{}", e.id)),
            ItemRef::Source(s) => data
                .sources
                .get(s)
                .map_or("?".into(), |s| format!("source:{}", s.id)),
        };
        (i.score, id)
    }));
    // Stable: records before notes, events and sources at equal scores.
    all.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
    all.into_iter().map(|(_, id)| id).collect()
}

/// Runs a relevance set: prints its MRR and precision at 3 and what missed the top 3;
/// fails when a record that must not be found is, or below an MRR of 0.9.
fn measure(name: &str, data: &Dataset, cases: &[(&str, &[&str], &[&str])]) {
    let index = Index::new(data);
    let (mut rr_sum, mut p3_sum) = (0.0, 0.0);
    let mut misses = Vec::new();
    let mut unwanted = Vec::new();
    for &(query, wanted, never) in cases {
        let found = ranked(data, &index, query);
        let rank = found.iter().position(|id| wanted.contains(&id.as_str()));
        rr_sum += rank.map_or(0.0, |r| 1.0 / (r as f64 + 1.0));
        let top3 = found
            .iter()
            .take(3)
            .filter(|id| wanted.contains(&id.as_str()));
        p3_sum += top3.count() as f64 / wanted.len().min(3) as f64;
        if rank.is_none_or(|r| r >= 3) {
            misses.push(format!(
                "{query:?}: rank {rank:?}, top {:?}",
                &found[..found.len().min(5)]
            ));
        }
        for id in never.iter().filter(|id| found.iter().any(|f| f == *id)) {
            unwanted.push(format!("{query:?} found {id}"));
        }
    }
    let n = cases.len() as f64;
    let (mrr, p3) = (rr_sum / n, p3_sum / n);
    println!(
        "relevance ({name}): {} queries, MRR {mrr:.3}, precision@3 {p3:.3}",
        cases.len()
    );
    for m in &misses {
        println!("  not in the top 3: {m}");
    }
    assert!(unwanted.is_empty(), "found what must not be: {unwanted:#?}");
    assert!(mrr >= 0.9, "MRR {mrr:.3} is below 0.9: {misses:#?}");
}

#[test]
fn the_relevance_set_ranks_what_readers_mean_first() {
    // The set was written against the interview's records, which stay fixed.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format1/tokayev-china-2025-interview.json");
    let data = visit_dash::data::load_file(&path, u64::MAX).expect("the interview fixture loads");
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
    measure("interview", &data, CASES);
}

#[test]
fn the_relevance_set_on_the_public_record_ranks_what_readers_mean_first() {
    let data = visit_dash::data::default_dataset().expect("the embedded dataset loads");
    // Every expected id is a record of the dataset: a renamed record fails here, not as
    // a silent miss.
    for &(query, wanted, never) in public::CASES {
        for id in wanted.iter().chain(never) {
            let known = if let Some(e) = id.strip_prefix("event:") {
                data.events.iter().any(|x| x.id.as_str() == e)
            } else if let Some(s) = id.strip_prefix("source:") {
                data.sources.iter().any(|x| x.id.as_str() == s)
            } else {
                data.record_by_id(id).is_some()
            };
            assert!(known, "{query:?}: no record, event or source {id}");
        }
    }
    assert!(public::CASES.len() >= 60, "{} cases", public::CASES.len());
    measure("public record", &data, public::CASES);
}
