//! Texts far larger than any screen, against texts as long as what is searched or drawn:
//! a megabyte should cost about what its capped prefix costs. These were ratio checks in
//! the size tests; timing belongs here, where runs are repeated and compared.
//!
//! Pairs to compare (same group, `capped` against `megabyte`): searching and highlighting,
//! building the index, browsing a big record, every screen with a big text elsewhere, and
//! a key press that makes the query word 2,000 characters long against 20.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use serde_json::Value;
use visit_dash::app::{update, Action, App, Tab};
use visit_dash::data::{load_str, Category, Dataset};
use visit_dash::search::{highlight, Index, MAX_FIELD_CHARS};

mod common;

const MEGABYTE: usize = 1 << 20;

/// `chars` characters of filler in three scripts.
fn filler(chars: usize) -> String {
    "lorem Шымкент 🚆 ipsum зерно 天津 dolor "
        .chars()
        .cycle()
        .take(chars)
        .collect()
}

/// `minimal.json` with the agreement's summary and the quote's English words `chars` long.
fn big_value(chars: usize) -> Value {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/good/minimal.json");
    let text = std::fs::read_to_string(path).expect("minimal.json");
    let mut v: Value = serde_json::from_str(&text).expect("JSON");
    let body = filler(chars);
    v["agreements"][0]["summary"]["en"] = format!("alphastart {body} omegaend").into();
    v["quotes"][0]["en"] = format!("quotestart {body} quoteend").into();
    v
}

fn load(v: &Value) -> Dataset {
    load_str("big.json", &v.to_string()).expect("loads")
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("draws offscreen");
}

fn search_and_highlight(c: &mut Criterion) {
    let mut group = c.benchmark_group("big_texts/search");
    for (label, chars) in [
        ("capped", MAX_FIELD_CHARS),
        ("megabyte", MEGABYTE * 10 / 13),
    ] {
        let data = load(&big_value(chars));
        let index = Index::new(&data);
        let text = data.agreements[0].summary.en.as_str().to_string();
        group.bench_function(BenchmarkId::new("search_highlight", label), |b| {
            b.iter(|| {
                for q in ["alphastart", "omegaend", "шымкент зерно", "🚆"] {
                    std::hint::black_box(index.search(q));
                    std::hint::black_box(highlight(q, &text));
                }
            })
        });
        group.bench_function(BenchmarkId::new("index", label), |b| {
            b.iter(|| Index::new(&data))
        });
    }
    group.finish();
}

fn browse(c: &mut Criterion) {
    let mut group = c.benchmark_group("big_texts/browse");
    for (label, chars) in [("capped", 20_000), ("megabyte", MEGABYTE * 10 / 13)] {
        let mut app = App::new(load(&big_value(chars)));
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("offscreen");
        update(&mut app, Action::Resize(120, 40));
        group.bench_function(BenchmarkId::new("zoom_to_end", label), |b| {
            b.iter(|| {
                for c in [Category::Agreements, Category::Quotes] {
                    for action in [
                        Action::GoTab(Tab::Records(c)),
                        Action::ToggleZoom,
                        Action::PageDown,
                        Action::Bottom,
                        Action::ToggleZoom,
                    ] {
                        update(&mut app, action);
                        draw(&mut terminal, &app);
                    }
                }
            })
        });
    }
    for field in ["visit summary", "title", "quote"] {
        for (label, chars) in [("capped", 20_000), ("megabyte", MEGABYTE)] {
            let mut v = big_value(100);
            let text = format!("start {} end", filler(chars));
            match field {
                "visit summary" => v["visit"]["summary"]["en"] = text.into(),
                "title" => v["agreements"][0]["title"]["en"] = text.into(),
                _ => v["quotes"][0]["en"] = text.into(),
            }
            let mut app = App::new(load(&v));
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("offscreen");
            update(&mut app, Action::Resize(120, 40));
            group.bench_function(BenchmarkId::new(format!("screens, {field}"), label), |b| {
                b.iter(|| {
                    for tab in Tab::ALL {
                        update(&mut app, Action::GoTab(tab));
                        draw(&mut terminal, &app);
                    }
                    update(&mut app, Action::PresentStart);
                    for _ in 0..app.deck().slides.len() {
                        update(&mut app, Action::SlideNext);
                        draw(&mut terminal, &app);
                    }
                    update(&mut app, Action::PresentExit);
                })
            });
        }
    }
    group.finish();
}

fn long_query_word(c: &mut Criterion) {
    let mut group = c.benchmark_group("big_texts/query_word");
    let mut v = big_value(100);
    v["agreements"][0]["summary"]["en"] = "w".repeat(10_000).into();
    v["agreements"][0]["title"]["en"] = format!("Title {}", "w".repeat(5_000)).into();
    let data = load(&v);
    for n in [20, 2_000] {
        let mut app = App::new(data.clone());
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("offscreen");
        update(&mut app, Action::Resize(120, 40));
        update(&mut app, Action::GoTab(Tab::Records(Category::Agreements)));
        update(&mut app, Action::SearchStart);
        update(&mut app, Action::Paste("w".repeat(n - 1)));
        group.bench_function(BenchmarkId::new("key", n), |b| {
            // Only the typed letter and its frame are timed: the letter is taken back
            // before each one, untimed.
            b.iter_custom(|iters| {
                let mut spent = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    update(&mut app, Action::SearchInput('w'));
                    draw(&mut terminal, &app);
                    spent += start.elapsed();
                    update(&mut app, Action::SearchBackspace);
                }
                spent
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs(Duration::from_millis(300), Duration::from_secs(1));
    targets = search_and_highlight, browse, long_query_word
}
criterion_main!(benches);
