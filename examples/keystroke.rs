//! How long typing in the search box takes to show, measured offscreen.
//!
//! ```text
//! cargo run --release --example keystroke -- --data FILE --type WORD [--size 120x40] [--rounds 10]
//! ```
//!
//! Loads the dataset, opens the Investments tab, presses `/`, then types WORD one character
//! at a time through the real `update`, drawing on ratatui's TestBackend as the terminal
//! loop does. Each round ends by clearing the line (Ctrl-U), so `--rounds` repeats the word
//! for enough samples for a p99.
//!
//! - echo: from the key (before `update`) until a frame showing the typed character is drawn;
//! - first: from the key until a frame shows rows found for that prefix: the best of the
//!   first records searched, when a search of many records sends those ahead;
//! - results: from the key until the ranked results for that prefix are in the state and
//!   drawn. Small datasets search inside `update`, so all three are the same; large ones
//!   search on another thread, and the next key is pressed only once the results are shown,
//!   so each sample is one key's full latency (no typing ahead, nothing cancelled).
//!
//! A misspelt WORD (`--type "shymkemt refinry"`) measures the typo matching: each key that
//! grows a word of five letters or more also looks outside the previous key's candidates,
//! in every record, for the typo variants of that word.
//!
//! Prints one JSON line; load and set-up times, and each key's results over the rounds
//! (which keys are slow), go to stderr.

use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use visit_dash::app::{update, Action, App, Effect, SearchJob, Tab};
use visit_dash::cli::render::parse_size;
use visit_dash::data::{load_file, Category};
use visit_dash::search::LazyIndex;
use visit_dash::ui::frame_text::to_text;

/// Far above the CLI's default cap, so a million-record file loads.
const MAX_BYTES: u64 = 1 << 34;

/// Results that take longer than this are a hang, not a measurement.
const GIVE_UP: Duration = Duration::from_secs(120);

struct Args {
    data: PathBuf,
    word: String,
    size: (u16, u16),
    rounds: usize,
}

/// The allocator the dashboard runs with (see `src/main.rs`), so the figures are its own.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args = parse_args();
    // As the dashboard sets it; its searcher thread changes it once the index is built.
    visit_dash::memory::hand_back_at_once();
    let started = Instant::now();
    let dataset = load_file(&args.data, MAX_BYTES).unwrap_or_else(|e| fail(&e.to_string()));
    let loaded = started.elapsed();
    let started = Instant::now();
    let mut app = App::new(dataset);
    let built = started.elapsed();
    // The dashboard builds a large index while its first frame shows; typing is measured
    // once it is there, as a user's typing would meet it.
    let started = Instant::now();
    let _ = app.index().len();
    let indexed = started.elapsed();
    let records = app.data().record_count();
    eprintln!(
        "keystroke: {records} records, load {:.1} ms, App::new {:.1} ms, index {:.1} ms",
        ms(loaded),
        ms(built),
        ms(indexed)
    );

    let (width, height) = args.size;
    let mut terminal = Terminal::new(TestBackend::new(width, height))
        .unwrap_or_else(|e| fail(&format!("cannot make the offscreen terminal: {e}")));
    let searcher = Searcher::spawn(app.index().clone());
    // The same start as the loop: size, first frame, then the keys before the measured ones.
    for action in [
        Action::Resize(width, height),
        Action::GoTab(Tab::Records(Category::Investments)),
        Action::SearchStart,
    ] {
        step(&mut app, &mut terminal, &searcher, action);
        let _ = settle(&mut app, &mut terminal, &searcher, Instant::now());
    }

    let chars: Vec<char> = args.word.chars().collect();
    let mut echo = Vec::with_capacity(args.rounds * chars.len());
    let mut results = Vec::with_capacity(args.rounds * chars.len());
    let mut first = Vec::with_capacity(args.rounds * chars.len());
    for round in 0..args.rounds {
        for (i, &c) in chars.iter().enumerate() {
            let key = Instant::now();
            step(&mut app, &mut terminal, &searcher, Action::SearchInput(c));
            let echoed = key.elapsed();
            let shown = settle(&mut app, &mut terminal, &searcher, key);
            let ranked = key.elapsed();
            first.push(shown.unwrap_or(echoed));
            echo.push(echoed);
            results.push(ranked);

            // Checked after the clock stops, so checking costs nothing measured.
            let typed: String = chars[..=i].iter().collect();
            check(&app, &terminal, &typed, round == 0 && i + 1 == chars.len());
        }
        step(&mut app, &mut terminal, &searcher, Action::SearchClearLine);
        let _ = settle(&mut app, &mut terminal, &searcher, Instant::now());
    }

    // Which keys are slow: the results of the n-th key typed, over the rounds.
    for (i, c) in chars.iter().enumerate() {
        let mut key: Vec<Duration> = results
            .iter()
            .skip(i)
            .step_by(chars.len())
            .copied()
            .collect();
        let k = summary(&mut key);
        eprintln!(
            "keystroke: key {} {c:?}: results p50 {:.1} ms, max {:.1} ms",
            i + 1,
            k.p50,
            k.max
        );
    }
    let (e, f, r) = (
        summary(&mut echo),
        summary(&mut first),
        summary(&mut results),
    );
    println!(
        "{{\"records\": {records}, \"keystrokes\": {}, \"echo_p50_ms\": {:.3}, \"echo_p99_ms\": {:.3}, \"first_p50_ms\": {:.3}, \"first_p99_ms\": {:.3}, \"results_p50_ms\": {:.3}, \"results_p99_ms\": {:.3}, \"results_max_ms\": {:.3}}}",
        echo.len(),
        e.p50,
        e.p99,
        f.p50,
        f.p99,
        r.p50,
        r.p99,
        r.max
    );
}

/// One event as the terminal loop handles it: update, then draw unless nothing changed;
/// a search the app hands out is drawn as typed, then sent to the search thread.
fn step(app: &mut App, terminal: &mut Terminal<TestBackend>, searcher: &Searcher, action: Action) {
    match update(app, action) {
        Effect::None => {}
        Effect::Search(job) => {
            draw(terminal, app);
            searcher.submit(job);
        }
        _ => draw(terminal, app),
    }
}

/// Waits until the results for the query are in the state and drawn. `app.searching()` is
/// the app's "results pending" flag; while it is set, the search thread's answers (early
/// rows, then the result) are applied through `update` and drawn, as the loop does when
/// they arrive. Returns when the first of them was on screen, if there was a search.
fn settle(
    app: &mut App,
    terminal: &mut Terminal<TestBackend>,
    searcher: &Searcher,
    key: Instant,
) -> Option<Duration> {
    let mut first = None;
    while app.searching() {
        let left = GIVE_UP.saturating_sub(key.elapsed());
        match searcher.done.recv_timeout(left) {
            Ok(done) => {
                step(app, terminal, searcher, done);
                first.get_or_insert(key.elapsed());
            }
            Err(_) => fail("no search results after two minutes"),
        }
    }
    first
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    if let Err(e) = terminal.draw(|f| f.render_widget(app, f.area())) {
        fail(&format!("cannot draw: {e}"));
    }
}

/// The dashboard's search thread, its results collected here rather than by the loop.
struct Searcher {
    thread: visit_dash::app::Searcher,
    done: mpsc::Receiver<Action>,
}

impl Searcher {
    fn spawn(index: Arc<LazyIndex>) -> Searcher {
        let (results, done) = mpsc::channel();
        let thread = visit_dash::app::Searcher::spawn(index, move |a| results.send(a).is_ok());
        Searcher { thread, done }
    }

    fn submit(&self, job: SearchJob) {
        self.thread.submit(job);
    }
}

/// The frame shows what was typed, the state holds the results for it, and the count on
/// screen is theirs; on `full`, the results also equal a fresh search's.
fn check(app: &App, terminal: &Terminal<TestBackend>, typed: &str, full: bool) {
    if app.query() != typed || app.found_for() != typed {
        fail(&format!(
            "query is {:?} and results are for {:?}, expected {typed:?}",
            app.query(),
            app.found_for()
        ));
    }
    let screen = to_text(terminal.backend().buffer());
    if !screen.contains(&format!(" / {typed}█")) {
        fail(&format!("the frame does not show {typed:?}:\n{screen}"));
    }
    let total: usize = app.lists().iter().map(|l| l.rows.len()).sum();
    if !typed.trim().is_empty() && !screen.contains(&format!(" {total} found")) {
        fail(&format!(
            "the frame does not show {total} results:\n{screen}"
        ));
    }
    if full && total != app.index().search(typed).len() {
        fail("the results in the state are not those of the query");
    }
}

struct Summary {
    p50: f64,
    p99: f64,
    max: f64,
}

/// Nearest-rank percentiles, in milliseconds.
fn summary(samples: &mut [Duration]) -> Summary {
    samples.sort_unstable();
    let at = |p: f64| {
        let rank = ((p * samples.len() as f64).ceil() as usize).clamp(1, samples.len());
        ms(samples[rank - 1])
    };
    Summary {
        p50: at(0.50),
        p99: at(0.99),
        max: at(1.0),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn parse_args() -> Args {
    let mut data = None;
    let mut word = None;
    let mut size = (120, 40);
    let mut rounds = 10;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .unwrap_or_else(|| usage(&format!("{arg} needs a value")))
        };
        match arg.as_str() {
            "--data" => data = Some(PathBuf::from(value())),
            "--type" => word = Some(value()),
            "--size" => size = parse_size(&value()).unwrap_or_else(|e| usage(&e)),
            "--rounds" => {
                rounds = value()
                    .parse()
                    .ok()
                    .filter(|&r| r > 0)
                    .unwrap_or_else(|| usage("--rounds needs a whole number above 0"))
            }
            "-h" | "--help" => usage(""),
            other => usage(&format!("unknown argument `{other}`")),
        }
    }
    let data = data.unwrap_or_else(|| usage("--data FILE is required"));
    let word = word
        .filter(|w| !w.is_empty())
        .unwrap_or_else(|| usage("--type WORD is required"));
    Args {
        data,
        word,
        size,
        rounds,
    }
}

fn usage(problem: &str) -> ! {
    if !problem.is_empty() {
        eprintln!("keystroke: {problem}");
    }
    eprintln!("usage: keystroke --data FILE --type WORD [--size WxH] [--rounds R]");
    std::process::exit(if problem.is_empty() { 0 } else { 2 });
}

fn fail(message: &str) -> ! {
    eprintln!("keystroke: {message}");
    std::process::exit(1);
}
