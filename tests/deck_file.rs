//! Deck files: read, checked against the dataset, written back the same, refused with exact
//! messages when wrong.

use std::process::Command;

use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

use visit_dash::app::deck::Slide;
use visit_dash::app::deck_file::{duration_text, parse, parse_duration, write, Plan, Planned};
use visit_dash::app::{update, Action, App, Mode};
use visit_dash::data::Category;
use visit_dash::ui::frame_text::to_text;

mod common;
use common::{dataset, press};

fn ids() -> (String, String) {
    let d = dataset();
    let inv = d
        .records(Category::Investments)
        .next()
        .map(|(_, r)| r.id().to_string())
        .expect("an investment");
    let quote = d
        .records(Category::Quotes)
        .next()
        .map(|(_, r)| r.id().to_string())
        .expect("a quote");
    (inv, quote)
}

#[test]
fn a_deck_file_shapes_the_deck_and_round_trips() {
    let d = dataset();
    let (inv, quote) = ids();
    let text = format!(
        r#"{{
  "version": 1,
  "title": "Briefing: the Tianjin visit",
  "duration": "20m",
  "slides": [
    {{ "slide": "title", "notes": "Welcome." }},
    {{ "record": "{quote}", "notes": "Read it slowly." }},
    {{ "record": "{inv}" }},
    {{ "slide": "summary", "hidden": true }}
  ]
}}"#
    );
    let plan = parse("deck.json", &text, &d).expect("a good deck file");
    let find = |id: &str| {
        d.all_records()
            .find(|(_, r)| r.id() == id)
            .map(|(r, _)| r)
            .expect("the record")
    };
    assert_eq!(plan.title.as_deref(), Some("Briefing: the Tianjin visit"));
    assert_eq!(plan.duration, Some(1200));
    let planned = |slide, hidden, notes: &str| Planned {
        slide,
        hidden,
        notes: notes.to_string(),
    };
    assert_eq!(
        plan.slides,
        vec![
            planned(Slide::Title, false, "Welcome."),
            planned(Slide::Quote(find(&quote)), false, "Read it slowly."),
            planned(Slide::Record(find(&inv)), false, ""),
            planned(Slide::Summary, true, ""),
        ],
        "the hidden summary is kept in the running order"
    );

    // Written back and read again: the same deck.
    let json = serde_json::to_string_pretty(&write(&d, &plan)).expect("json");
    assert_eq!(parse("again.json", &json, &d), Ok(plan.clone()));

    // The dashboard presents it, with its title on the title slide.
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(100, 30));
    update(&mut app, Action::SetPlan(Some(Box::new(plan))));
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.mode(), Mode::Present);
    assert_eq!(
        app.deck().slides.len(),
        3,
        "the hidden summary is not presented"
    );
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).expect("terminal");
    terminal
        .draw(|f| f.render_widget(&app, f.area()))
        .expect("draw");
    let screen = to_text(terminal.backend().buffer());
    assert!(screen.contains("Briefing: the Tianjin visit"), "{screen}");
    assert!(screen.contains("1 / 3"), "{screen}");
}

#[test]
fn a_record_the_dataset_lacks_is_refused_naming_file_line_and_id() {
    let d = dataset();
    let text = "{\n  \"version\": 1,\n  \"slides\": [\n    { \"slide\": \"title\" },\n    { \"record\": \"no-such-record\" }\n  ]\n}\n";
    assert_eq!(
        parse("talk.json", text, &d),
        Err(
            "talk.json:5:17: slides[1].record: no record with id \"no-such-record\" in the dataset"
                .to_string()
        )
    );
}

#[test]
fn bad_deck_files_get_exact_messages() {
    let d = dataset();
    let cases = [
        (
            "{\"version\": 2, \"slides\": []}",
            "d.json:1:2: version: expected 1, found 2",
        ),
        (
            "{\"version\": 1, \"duration\": \"soon\", \"slides\": []}",
            "d.json:1:16: duration: expected a length such as \"20m\", \"90s\" or \"1h30m\", found \"soon\"",
        ),
        (
            "{\"version\": 1, \"slides\": [{\"slide\": \"title\", \"record\": \"x\"}]}",
            "d.json: slides[0]: expected either \"record\" or \"slide\", not both or neither",
        ),
        (
            "{\"version\": 1, \"slides\": [{\"slide\": \"end\"}]}",
            "d.json:1:41: slides[0].slide: unknown variant `end`, expected one of `title`, `summary`, `map`, `agreements-achieved`, `agreements-underway`, `agreements-intended`, `chart-stage`, `chart-novelty`, `chart-money`, `chart-sectors`, `chart-target`, `chart-pattern`",
        ),
        (
            "{\"version\": 1, \"slides\": [], \"colour\": 3}",
            "d.json:1:37: colour: unknown field `colour`, expected one of `version`, `title`, `duration`, `slides`",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(
            parse("d.json", text, &d),
            Err(expected.to_string()),
            "{text}"
        );
    }
}

#[test]
fn durations() {
    assert_eq!(parse_duration("20m"), Some(1200));
    assert_eq!(parse_duration("1h30m"), Some(5400));
    assert_eq!(parse_duration("90s"), Some(90));
    for bad in ["", "20", "m", "0m", "20 m", "99999999999999999999h"] {
        assert_eq!(parse_duration(bad), None, "{bad:?}");
    }
    let _ = Plan::default();
    for (seconds, text) in [(1200, "20m"), (5400, "1h30m"), (90, "1m30s"), (7, "7s")] {
        assert_eq!(duration_text(seconds), text);
        assert_eq!(parse_duration(text), Some(seconds));
    }
}

#[test]
fn figure_and_group_slides_are_named_and_checked() {
    let d = dataset();
    let (r, rec) = d
        .all_records()
        .find(|(_, rec)| !rec.figures().is_empty())
        .expect("a record with figures");
    let inv = rec.id().to_string();
    let figures = rec.figures().len();
    let text = format!(
        "{{\"version\": 1, \"slides\": [{{\"record\": \"{inv}\", \"figure\": 1}}, {{\"slide\": \"agreements-underway\"}}]}}"
    );
    let plan = parse("d.json", &text, &d).expect("a good deck file");
    let slides: Vec<Slide> = plan.slides.iter().map(|p| p.slide).collect();
    assert_eq!(
        slides,
        vec![
            Slide::Figure {
                record: r,
                figure: 0
            },
            Slide::Agreements(visit_dash::data::Stage::Underway)
        ]
    );
    let bad =
        format!("{{\"version\": 1, \"slides\": [{{\"record\": \"{inv}\", \"figure\": 99}}]}}");
    let at = bad.find("\"figure\"").expect("figure") + 1;
    assert_eq!(
        parse("d.json", &bad, &d),
        Err(format!(
            "d.json:1:{at}: slides[0].figure: record \"{inv}\" has {figures} figures; expected 1 to {figures}, found 99"
        ))
    );
}

#[test]
fn schema_deck_prints_the_deck_file_schema() {
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(["schema", "--deck"])
        .output()
        .expect("run visit-dash");
    assert!(out.status.success());
    let schema: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(schema["title"], "DeckFile");
    assert_eq!(schema["required"], serde_json::json!(["version", "slides"]));
}

#[test]
fn the_dashboard_refuses_a_bad_deck_file_before_taking_the_terminal() {
    let dir = std::env::temp_dir().join(format!("visit-dash-deck-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("bad.json");
    std::fs::write(
        &path,
        "{\"version\": 1, \"slides\": [{\"record\": \"nope\"}]}",
    )
    .expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .arg("--deck")
        .arg(&path)
        .output()
        .expect("run visit-dash");
    let _ = std::fs::remove_dir_all(&dir);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(
        err.contains("bad.json:1:38: slides[0].record: no record with id \"nope\" in the dataset"),
        "{err}"
    );
}
