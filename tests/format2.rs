//! Format 2: native loading, the look-ups the views build on, disagreement between
//! sources, format-1 migration, and the `sources` and `show` commands.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

use visit_dash::data::load::{load_bytes, DEFAULT_MAX_BYTES};
use visit_dash::data::validate::validate;
use visit_dash::data::{
    load_file, load_str, Category, ClaimedBy, Dataset, Lang, LoadError, Novelty, RecordRef,
    SourceKind, Stance,
};

mod common;
use common::tests_dir;

fn fixture(rel: &str) -> PathBuf {
    tests_dir().join("fixtures").join(rel)
}

fn load(rel: &str) -> Dataset {
    load_file(&fixture(rel), DEFAULT_MAX_BYTES).unwrap_or_else(|e| panic!("{e}"))
}

fn v2() -> Dataset {
    load("good/minimal-format2.json")
}

fn message(rel: &str) -> String {
    let bytes = std::fs::read(fixture(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
    match load_bytes(rel, &bytes) {
        Ok(_) => panic!("{rel} loaded; expected it to be refused"),
        Err(e) => e.to_string(),
    }
}

// ---- loading and validation

#[test]
fn a_format2_file_loads_natively_with_everything_it_says() {
    let d = v2();
    assert_eq!(d.format, 2);
    let ids: Vec<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["interview", "news"]);
    assert_eq!(d.sources[0].kind, SourceKind::Interview);
    assert_eq!(d.sources[0].paragraphs, Some(5));
    assert_eq!(d.sources[1].paragraphs, None);
    assert_eq!(
        d.sources[1].url.as_deref(),
        Some("https://example.kz/news?id=1")
    );
    let (_, rec) = d.record_by_id("agr-centre").expect("the centre");
    assert_eq!(rec.claimed_by(), ClaimedBy::Press);
    assert_eq!(rec.novelty(), Novelty::New);
    assert_eq!(rec.event(), Some("ev-beijing"));
    assert_eq!(rec.places()[0].as_str(), "beijing");
    assert_eq!(rec.places().len(), 1);
    assert_eq!(rec.evidence().len(), 2);
    assert_eq!(rec.evidence()[1].stance, Some(Stance::Updates));
    assert_eq!(rec.status_reports().len(), 2);
    assert_eq!(rec.cited_paragraphs(), [3]);
    let beijing = d.place("beijing").expect("Beijing");
    assert_eq!((beijing.lat, beijing.lon), (39.91, 116.40));
    assert!(!beijing.approximate);
    assert!(d.place("atyrau-region").expect("Atyrau").approximate);
    assert_eq!(d.quotes[0].lang, Lang::Ru);
    assert_eq!(validate(&d), []);
}

#[test]
fn format2_problems_are_named_exactly() {
    for (name, says) in [
        (
            "v2-dangling-source.json",
            "at $.investments[0].evidence[1].source: unknown source `tass` (declared: interview, news)",
        ),
        (
            "v2-no-evidence.json",
            "at $.agreements[0].evidence: no evidence given; expected at least one source that states this",
        ),
        (
            "v2-paragraph-out-of-range.json",
            "at $.corridors[0].evidence[0].paragraphs[0]: paragraph 9 is out of range; source `interview` has paragraphs 1 to 5",
        ),
        (
            "v2-paragraphs-on-unnumbered-source.json",
            "at $.agreements[0].evidence[1].paragraphs: source `news` has no numbered paragraphs; expected an excerpt or a note instead",
        ),
        (
            "v2-evidence-says-nothing.json",
            "at $.investments[0].evidence[0]: neither an excerpt nor a note; expected the source's words (`excerpt`) or what it says (`note`)",
        ),
        (
            "v2-excerpt-without-translation.json",
            "at $.agreements[0].evidence[0]: an excerpt without a translation; expected `translation` into the other of English and Russian",
        ),
        (
            "v2-url-file-scheme.json",
            "at $.sources[0].url: `file:///etc/passwd` is not a web address; expected one starting http:// or https://",
        ),
        (
            "v2-impossible-date.json",
            "at $.sources[0].published: `2025-02-30` is not a date; expected YYYY-MM-DD, a real day",
        ),
        (
            "v2-lat-out-of-range.json",
            "at $.vocabulary.places[0].lat: 139.14 is out of range; expected -90 to 90 degrees",
        ),
    ] {
        let rel = format!("bad/{name}");
        assert_eq!(
            message(&rel),
            format!("{rel}: 1 problem:\n  {says}"),
            "{name}"
        );
    }
}

#[test]
fn a_link_cannot_carry_an_escape_sequence() {
    let rel = "bad/v2-url-with-escape.json";
    let raw = std::fs::read_to_string(fixture(rel)).expect("fixture");
    assert!(raw.contains("\\u001b]8;;"), "the fixture carries OSC 8");
    let msg = message(rel);
    assert!(!msg.contains('\u{1b}') && !msg.contains('\u{7}'), "{msg:?}");
    assert!(
        msg.ends_with(
            "has a control character at character 20; expected none (write a space as %20)"
        ),
        "{msg}"
    );
}

#[test]
fn unknown_format_versions_and_the_old_source_object_are_named() {
    let err = load_str("v.json", "{\n  \"format\": 7,\n  \"visit\": {}\n}").unwrap_err();
    assert!(matches!(err, LoadError::Parse { .. }), "{err:?}");
    assert_eq!(
        err.to_string(),
        "v.json:2:13: at $.format: format 7 is not supported; expected 1 or 2"
    );
    let msg = message("bad/v2-format1-source-object.json");
    assert!(
        msg.starts_with(
            "bad/v2-format1-source-object.json:3:10: at $.source: unknown field `source`"
        ),
        "{msg}"
    );
    assert!(
        msg.ends_with("a single `source` object is format 1 (say \"format\": 1)"),
        "{msg}"
    );
}

// ---- look-ups for the views

#[test]
fn sources_count_the_records_they_support_dispute_or_update() {
    let d = v2();
    let uses = d.source_uses();
    let counts: Vec<(&str, usize, usize, usize)> = uses
        .iter()
        .map(|(s, u)| (s.id.as_str(), u.supports, u.disputes, u.updates))
        .collect();
    // The interview backs all four records; the news updates the centre and disputes
    // the plant.
    assert_eq!(counts, [("interview", 4, 0, 0), ("news", 0, 1, 1)]);
    let news: Vec<&str> = uses[1]
        .1
        .records
        .iter()
        .filter_map(|&r| d.get(r).map(|rec| rec.id()))
        .collect();
    assert_eq!(news, ["agr-centre", "inv-polyethylene"]);
    assert_eq!(d.records_citing("news"), uses[1].1.records);
}

#[test]
fn events_come_in_date_order_with_their_records() {
    let d = v2();
    let order: Vec<&str> = d.events_by_date().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(order, ["ev-tianjin", "ev-beijing"]);
    assert_eq!(
        d.records_of_event("ev-beijing"),
        [RecordRef {
            category: Category::Agreements,
            index: 0
        }]
    );
    assert_eq!(
        d.records_of_event("ev-tianjin"),
        [RecordRef {
            category: Category::Quotes,
            index: 0
        }]
    );
    assert!(d.records_of_event("ev-none").is_empty());
}

#[test]
fn disagreement_is_found_and_said_with_each_source_and_date() {
    let d = v2();
    let rec = |id: &str| d.record_by_id(id).expect(id).1;

    let plant = rec("inv-polyethylene");
    let groups = plant.figure_groups();
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].figures.len(), 2);
    assert!(groups[0].differ());
    let gap = plant.disagreement();
    assert_eq!(gap.disputed_by, ["news"]);
    assert!(gap.statuses.is_empty());
    assert_eq!(
        d.disagreement_lines(&plant, Lang::En),
        [
            "sources differ: $7.4bn (BAQ.KZ, 5 Sep 2025) · ~$7.7bn (Kazinform, 2 Sep 2025)",
            "disputed by: Kazinform",
        ]
    );
    assert_eq!(
        d.disagreement_lines(&plant, Lang::Ru)[0],
        "источники расходятся: $7.4 млрд (BAQ.KZ, 5 сен 2025) · ~$7.7 млрд (Kazinform, 2 сен 2025)"
    );

    let centre = rec("agr-centre");
    assert!(centre.sources_disagree());
    assert_eq!(
        d.disagreement_lines(&centre, Lang::En),
        ["status differs: Opening soon (BAQ.KZ, 5 Sep 2025) · Opened (Kazinform, 2 Sep 2025)"]
    );

    // One source, one figure, no stance against: nothing to show.
    for id in ["cor-middle", "q-grain"] {
        assert!(!rec(id).sources_disagree(), "{id}");
        assert!(d.disagreement_lines(&rec(id), Lang::En).is_empty(), "{id}");
    }
}

// ---- format 1

#[test]
fn format1_migrates_to_a_one_source_dataset() {
    let d = load("good/minimal.json");
    assert_eq!(d.format, 2);
    assert_eq!(d.sources.len(), 1);
    let s = &d.sources[0];
    assert_eq!(
        (s.id.as_str(), s.outlet.as_str(), s.kind),
        ("article", "BAQ.KZ", SourceKind::Interview)
    );
    assert_eq!(
        (s.published.as_deref(), s.paragraphs, s.url.as_deref()),
        (Some("2025-09-05"), Some(5), None)
    );
    // Each record's paragraphs become its evidence, with its summary as what the article
    // says; a quote's words become the excerpt.
    let a = &d.agreements[0];
    assert_eq!(a.evidence.len(), 1);
    assert_eq!(a.evidence[0].source.as_str(), "article");
    assert_eq!(a.evidence[0].paragraphs, [3]);
    assert_eq!(a.evidence[0].note.as_ref(), Some(&a.summary));
    assert_eq!((a.claimed_by, a.novelty), (ClaimedBy::Expert, Novelty::New));
    let q = &d.quotes[0];
    assert_eq!(q.evidence[0].excerpt.as_ref(), Some(&q.ru));
    assert_eq!(q.evidence[0].translation.as_ref(), Some(&q.en));
    assert_eq!(d.people[0].evidence[0].paragraphs, [1]);
    assert_eq!(d.visit.evidence[0].paragraphs, [1, 2]);
    assert_eq!(d.lead_source().map(|s| s.id.as_str()), Some("article"));

    // The migrated dataset is sound format 2, and written out it reads back the same.
    assert_eq!(validate(&d), []);
    let text = serde_json::to_string_pretty(&d).expect("serializes");
    assert!(text.starts_with("{\n  \"format\": 2,"), "{text}");
    assert_eq!(load_str("migrated.json", &text).unwrap(), d);
}

#[test]
fn the_format1_interview_dataset_still_loads() {
    let d = load("format1/tokayev-china-2025-interview.json");
    assert_eq!(d.sources.len(), 1);
    assert_eq!(d.sources[0].paragraphs, Some(26));
    assert_eq!(d.sources[0].interviewee.as_deref(), Some("maigeldinov"));
    assert!(d.record_count() >= 20);
    for (_, rec) in d.all_records() {
        assert!(!rec.cited_paragraphs().is_empty(), "{}", rec.id());
    }
}

// ---- the commands

struct Run {
    code: Option<i32>,
    out: String,
    err: String,
}

fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs");
    Run {
        code: out.status.code(),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn data_arg() -> String {
    fixture("good/minimal-format2.json").display().to_string()
}

fn json(r: &Run) -> Value {
    assert_eq!(r.code, Some(0), "{}", r.err);
    serde_json::from_str(&r.out).unwrap_or_else(|e| panic!("{e}: {}", r.out))
}

#[test]
fn sources_lists_every_source_with_its_counts() {
    let r = run(&["--data", &data_arg(), "sources"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    assert_eq!(
        r.out,
        "id         outlet     published   kind       lang  supports  disputes  updates  url\n\
         interview  BAQ.KZ     2025-09-05  interview  ru           4         0        0  https://example.kz/interview\n\
         news       Kazinform  2025-09-02  news       en           0         1        1  https://example.kz/news?id=1\n"
    );
}

#[test]
fn sources_json_carries_the_fields_and_counts() {
    let v = json(&run(&["--data", &data_arg(), "sources", "--json"]));
    let items = v.as_array().expect("an array");
    assert_eq!(items.len(), 2);
    let news = &items[1];
    assert_eq!(news["id"], "news");
    assert_eq!(news["kind"], "news");
    assert_eq!(news["language"], "en");
    assert_eq!(news["url"], "https://example.kz/news?id=1");
    assert_eq!(news["published"], "2025-09-02");
    assert_eq!(
        (&news["supports"], &news["disputes"], &news["updates"]),
        (&Value::from(0), &Value::from(1), &Value::from(1))
    );
    assert_eq!(
        news["records"],
        serde_json::json!(["agr-centre", "inv-polyethylene"])
    );
    assert_eq!(items[0]["paragraphs"], 5);
}

#[test]
fn show_prints_a_record_with_all_its_evidence() {
    let r = run(&["--data", &data_arg(), "show", "agr-centre"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    assert_eq!(
        r.out,
        "agreements  agr-centre\n\
         Cultural centre in Beijing\n\
         Claimed by: press\n\
         Novelty: new at the visit\n\
         Status: Opened\n\
         Event: Business council (2 Sep 2025, Beijing)\n\
         Places: Beijing\n\
         People: Kassym-Jomart Tokayev\n\
         status differs: Opening soon (BAQ.KZ, 5 Sep 2025) · Opened (Kazinform, 2 Sep 2025)\n\
         \n\
         A Kazakh cultural centre in Beijing.\n\
         \n\
         Evidence\n\
         [1] BAQ.KZ · 5 Sep 2025 · interview · ru · paragraph 3 · supports\n    \
         «Скоро откроется культурный центр»\n    \
         “A cultural centre will open soon”\n    \
         https://example.kz/interview\n\
         [2] Kazinform · 2 Sep 2025 · news · en · updates\n    \
         Reports the opening on 2 September.\n    \
         https://example.kz/news?id=1\n"
    );
    let ru = run(&["--data", &data_arg(), "--lang", "ru", "show", "agr-centre"]);
    assert!(
        ru.out
            .contains("[2] Kazinform · 2 сен 2025 · новости · en · обновляет\n    Сообщает об открытии 2 сентября.\n"),
        "{}",
        ru.out
    );
}

#[test]
fn show_json_carries_the_evidence_and_the_sources_it_cites() {
    let v = json(&run(&[
        "--data",
        &data_arg(),
        "show",
        "inv-polyethylene",
        "--json",
    ]));
    assert_eq!(v["id"], "inv-polyethylene");
    assert_eq!(v["category"], "investments");
    assert_eq!(v["claimed_by"], "expert");
    assert_eq!(v["novelty"], "existing");
    assert_eq!(v["evidence"][1]["stance"], "disputes");
    assert_eq!(v["evidence"][1]["date"], "2025-09-01");
    let cited: Vec<&str> = v["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .filter_map(|s| s["id"].as_str())
        .collect();
    assert_eq!(cited, ["interview", "news"]);
    assert_eq!(v["sources_differ"], true);
}

#[test]
fn show_of_an_unknown_id_is_a_usage_error() {
    let r = run(&["--data", &data_arg(), "show", "agr-nothing"]);
    assert_eq!(r.code, Some(2));
    assert_eq!(r.out, "");
    assert!(
        r.err
            .contains("no record has the id `agr-nothing`; `visit-dash list` prints them all"),
        "{}",
        r.err
    );
}

#[test]
fn list_json_records_carry_evidence_claimed_by_and_novelty() {
    let v = json(&run(&["--data", &data_arg(), "list", "--json"]));
    let items = v.as_array().expect("an array");
    assert_eq!(items.len(), 4);
    for item in items {
        assert!(
            item["evidence"].as_array().is_some_and(|e| !e.is_empty()),
            "{item}"
        );
        assert!(item["claimed_by"].is_string(), "{item}");
        assert!(item["novelty"].is_string(), "{item}");
    }
    let quote = &items[3];
    assert_eq!(quote["evidence"][0]["excerpt"], quote["ru"]);
    // The embedded dataset too.
    let v = json(&run(&["list", "--json"]));
    let first = &v.as_array().expect("an array")[0];
    assert!(first["evidence"][0]["source"].is_string(), "{first}");
}

#[test]
fn the_schema_describes_format_2() {
    let v = json(&run(&["schema"]));
    let text = v.to_string();
    for name in [
        "\"sources\"",
        "\"evidence\"",
        "\"claimed_by\"",
        "\"novelty\"",
        "\"status_reports\"",
        "\"events\"",
        "\"gazetteer\"",
        "\"aggregator\"",
        "\"disputes\"",
    ] {
        assert!(text.contains(name), "{name} missing from the schema");
    }
}

// ---- the format-2 dataset of the visit

fn visit2() -> Dataset {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/tokayev-china-2025-format2.json");
    load_file(&path, DEFAULT_MAX_BYTES).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn the_format2_visit_dataset_is_sound_and_cites_its_sources() {
    let d = visit2();
    assert_eq!(validate(&d), []);
    assert!(d.sources.len() >= 20, "{} sources", d.sources.len());
    for s in &d.sources {
        let url = s
            .url
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no url", s.id));
        assert!(
            url.starts_with("https://") || url.starts_with("http://"),
            "{url}"
        );
    }
    let interview = d
        .source("baq-interview")
        .expect("the interview is a source");
    assert_eq!(interview.paragraphs, Some(26));
    // Every source backs or disputes at least one thing; every record has evidence.
    for (_, rec) in d.all_records() {
        assert!(!rec.evidence().is_empty(), "{}", rec.id());
    }
    // The days of the visit, 30 August to 3 September, then the recaps of 5 and 8 September.
    let mut days: Vec<&str> = d.events_by_date().iter().map(|e| e.date.as_str()).collect();
    days.dedup();
    assert_eq!(
        days,
        [
            "2025-08-30",
            "2025-08-31",
            "2025-09-01",
            "2025-09-02",
            "2025-09-03",
            "2025-09-05",
            "2025-09-08"
        ]
    );
}

#[test]
fn the_cultural_centre_shows_the_interview_and_the_opening_side_by_side() {
    let d = visit2();
    let (_, centre) = d
        .record_by_id("agr-culture-centre-beijing")
        .expect("the centre");
    assert_eq!(centre.status(), Some("opened"));
    let reports: Vec<(&str, &str, &str)> = centre
        .status_reports()
        .iter()
        .map(|r| (r.status.as_str(), r.source.as_str(), r.date.as_str()))
        .collect();
    assert_eq!(
        reports,
        [
            ("opened", "at-cc", "2025-09-02"),
            ("opening-soon", "baq-interview", "2025-09-05")
        ]
    );
    assert!(centre.sources_disagree());
    let interview = centre
        .evidence()
        .iter()
        .find(|e| e.source.as_str() == "baq-interview")
        .expect("the interview's words are kept");
    assert!(interview
        .excerpt
        .as_deref()
        .is_some_and(|x| x.contains("скоро")));
    assert!(interview.translation.is_some());
    assert_eq!(centre.event(), Some("ev-0902-cultural-centre"));
}

#[test]
fn the_beijing_agreements_carry_their_value_with_its_source() {
    let d = visit2();
    let (_, bc) = d
        .record_by_id("agr-bc-commercial-documents")
        .expect("the $15bn");
    let money: Vec<_> = bc
        .figures()
        .iter()
        .filter(|f| f.currency.is_some())
        .collect();
    assert!(!money.is_empty());
    for f in money {
        assert_eq!(f.currency.as_deref(), Some("USD"));
        assert_eq!(f.amount(), Some(15e9));
        assert!(f.source.as_deref().is_some_and(|s| d.source(s).is_some()));
    }
    // Kept apart from the 20-odd documents of Tianjin.
    let (_, tianjin) = d
        .record_by_id("agr-documents")
        .expect("Tianjin's documents");
    assert_ne!(tianjin.event(), bc.event());
}

#[test]
fn show_gives_each_figure_its_source_and_says_where_sources_differ() {
    let r = run(&["--data", &data_arg(), "show", "inv-polyethylene"]);
    assert_eq!(r.code, Some(0), "{}", r.err);
    let lines: Vec<&str> = r.out.lines().collect();
    assert_eq!(
        lines[7..11],
        [
            "Figure: Cost: $7.4bn (BAQ.KZ, 5 Sep 2025)",
            "Figure: Cost: ~$7.7bn (Kazinform, 2 Sep 2025)",
            "sources differ: $7.4bn (BAQ.KZ, 5 Sep 2025) · ~$7.7bn (Kazinform, 2 Sep 2025)",
            "disputed by: Kazinform",
        ]
    );
    assert!(
        r.out
            .contains("[2] Kazinform · 1 Sep 2025 · news · en · disputes\n"),
        "{}",
        r.out
    );
}
