//! What the benches share.

use std::time::Duration;

use criterion::Criterion;

/// The allocator the dashboard runs with (see `src/main.rs`), so every bench measures it.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Short runs on purpose (a small machine); plots are skipped as drawing them takes longer
/// than measuring.
pub fn short_runs(warm_up: Duration, measurement: Duration) -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(warm_up)
        .measurement_time(measurement)
        .without_plots()
}
