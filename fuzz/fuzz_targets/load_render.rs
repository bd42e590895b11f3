//! Bytes -> `load_bytes` -> on success the dashboard, drawn on every tab at 80x24 and
//! 40x10, with a search typed from the input. Run with `cargo fuzz run load_render`
//! (nightly); the seed corpus is in `fuzz/corpus/load_render/`, and `tests/fuzz_corpus.rs`
//! runs it through the same function on every `cargo test`.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../shared/load_render.rs"]
mod shared;

fuzz_target!(|bytes: &[u8]| {
    shared::load_render(bytes);
});
