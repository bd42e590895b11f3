//! One search per keystroke: every prefix of a Latin, a Cyrillic and a misspelt query,
//! searched from scratch with `Index::search`, as typing them would.
//!
//! 1k, 10k and 100k synthetic records; 1M as well with `VISIT_DASH_BENCH_1M=1` (a few
//! prefixes only, as each search there takes long).

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use visit_dash::data::load_str;
use visit_dash::search::Index;

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

mod common;

const SEED: u64 = 1;
// A Latin query, a Cyrillic one, and one with a typo in each word (one edit each).
const WORDS: [&str; 3] = ["shymkent refinery", "синопек", "shymkemt refinry"];

fn million() -> bool {
    std::env::var("VISIT_DASH_BENCH_1M").is_ok_and(|v| v == "1")
}

/// The query after each keystroke: "s", "sh", … "shymkent refinery".
fn prefixes(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (1..=chars.len())
        .map(|n| chars[..n].iter().collect())
        .collect()
}

fn search(c: &mut Criterion) {
    let mut sizes = vec![(1_000, "1k"), (10_000, "10k"), (100_000, "100k")];
    if million() {
        sizes.push((1_000_000, "1M"));
    }
    for (records, label) in sizes {
        let json = synth::dataset_json(records, SEED);
        let data = load_str("synth.json", &json).expect("synthetic data is valid");
        drop(json);
        let index = Index::new(&data);

        let mut group = c.benchmark_group(format!("search_{label}"));
        group.sampling_mode(SamplingMode::Flat);
        group.throughput(Throughput::Elements(records as u64));
        for word in WORDS {
            let all = prefixes(word);
            // How many records each prefix finds, for reading the timings against.
            let hits: Vec<usize> = all.iter().map(|p| index.search(p).len()).collect();
            eprintln!("search_{label} {word:?}: hits per prefix {hits:?}");
            let last = all.len();
            for (i, prefix) in all.iter().enumerate() {
                let n = i + 1;
                if records >= 1_000_000 && ![1, 4, last].contains(&n) {
                    continue;
                }
                group.bench_with_input(
                    BenchmarkId::new(word, format!("{n:02}")),
                    prefix.as_str(),
                    |b, q| b.iter(|| index.search(black_box(q))),
                );
            }
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = common::short_runs(Duration::from_millis(200), Duration::from_millis(500));
    targets = search
}
criterion_main!(benches);
