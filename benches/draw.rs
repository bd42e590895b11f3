//! Drawing one frame of the Investments tab with a search active, offscreen, as the
//! terminal loop does after every key: 120x40 and 300x90, at 10k and 100k records.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use visit_dash::app::{update, Action, App, Effect, Tab};
use visit_dash::data::{load_str, Category};

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

mod common;

const SEED: u64 = 1;
const QUERY: &str = "shymkent refinery";

/// Types `query` after `/` and lets every search finish, so the frame shows its results.
fn searched(app: &mut App, query: &str) {
    update(app, Action::GoTab(Tab::Records(Category::Investments)));
    update(app, Action::SearchStart);
    for c in query.chars() {
        let effect = update(app, Action::SearchInput(c));
        settle(app, effect);
    }
}

/// Runs here a search the app hands to the loop for another thread, and applies its result.
fn settle(app: &mut App, effect: Effect) {
    if let Effect::Search(job) = effect {
        let found = job
            .run(app.index(), &|| false, &mut |_| {})
            .expect("never cancelled");
        update(
            app,
            Action::SearchDone(job.generation, job.query, Box::new(found)),
        );
    }
}

fn draw(c: &mut Criterion) {
    let mut group = c.benchmark_group("draw");
    for (records, label) in [(10_000, "10k"), (100_000, "100k")] {
        let json = synth::dataset_json(records, SEED);
        let data = load_str("synth.json", &json).expect("synthetic data is valid");
        drop(json);
        let mut app = App::new(data);
        searched(&mut app, QUERY);
        for (width, height) in [(120u16, 40u16), (300, 90)] {
            update(&mut app, Action::Resize(width, height));
            // One terminal per size, kept across frames as the loop keeps its own.
            let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("offscreen");
            group.bench_function(BenchmarkId::new(label, format!("{width}x{height}")), |b| {
                b.iter(|| {
                    terminal
                        .draw(|f| f.render_widget(&app, f.area()))
                        .expect("draws offscreen");
                })
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs(Duration::from_millis(500), Duration::from_secs(1));
    targets = draw
}
criterion_main!(benches);
