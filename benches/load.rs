//! Loading a dataset from memory: JSON parsing, sanitising every string, and validation.
//!
//! 1k, 10k and 100k synthetic records; 1M as well with `VISIT_DASH_BENCH_1M=1`.

use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use visit_dash::data::load_str;

#[allow(dead_code)]
#[path = "../examples/synth.rs"]
mod synth;

mod common;

const SEED: u64 = 1;

fn sizes() -> Vec<(usize, &'static str)> {
    let mut sizes = vec![(1_000, "1k"), (10_000, "10k"), (100_000, "100k")];
    // Opt-in: the file is over 700 MB and each load takes seconds.
    if std::env::var("VISIT_DASH_BENCH_1M").is_ok_and(|v| v == "1") {
        sizes.push((1_000_000, "1M"));
    }
    sizes
}

fn load(c: &mut Criterion) {
    let mut group = c.benchmark_group("load");
    // Loads at 100k take most of a second: fixed iteration counts keep runs short.
    group.sampling_mode(SamplingMode::Flat);
    for (records, label) in sizes() {
        let json = synth::dataset_json(records, SEED);
        group.throughput(Throughput::Bytes(json.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &json, |b, json| {
            // Freeing the dataset is not loading it.
            b.iter_with_large_drop(|| {
                load_str("synth.json", json).expect("synthetic data is valid")
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs(Duration::from_millis(500), Duration::from_secs(2));
    targets = load
}
criterion_main!(benches);
