//! The fuzz target's seed corpus (`fuzz/corpus/load_render/`), run through the target's own
//! function as an ordinary test, so every `cargo test` exercises it without cargo-fuzz.

use std::path::{Path, PathBuf};

#[path = "../fuzz/shared/load_render.rs"]
mod load_render;

mod common;

/// (path, name) of each seed, by name.
fn corpus() -> Vec<(PathBuf, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/load_render");
    common::listing(&dir)
        .into_iter()
        .map(|name| (dir.join(&name), name))
        .filter(|(path, _)| path.is_file())
        .collect()
}

#[test]
fn every_corpus_file_loads_and_draws_or_is_refused() {
    let files = corpus();
    let mut loaded = Vec::new();
    for (path, name) in &files {
        let bytes = std::fs::read(path).expect("readable corpus file");
        let ok = std::panic::catch_unwind(|| load_render::load_render(&bytes))
            .unwrap_or_else(|_| panic!("{name} panicked (see above)"));
        if ok {
            loaded.push(name);
        }
    }
    // The seeds say what they are: good and hostile text loads, broken files are refused.
    for (_, n) in &files {
        let expect = n.starts_with("good-")
            || (n.starts_with("hostile-") && !n.starts_with("hostile-refuse-"));
        assert_eq!(loaded.contains(&n), expect, "{n}");
    }
}

#[test]
fn the_corpus_is_small_and_has_every_kind_of_seed() {
    let files = corpus();
    assert!(
        (20..60).contains(&files.len()),
        "{} corpus files",
        files.len()
    );
    let bytes: u64 = files
        .iter()
        .map(|(p, _)| p.metadata().expect("metadata").len())
        .sum();
    assert!(bytes < 200 * 1024, "the corpus holds {bytes} bytes");
    for kind in ["good-", "bad-", "hostile-", "hostile-refuse-"] {
        assert!(
            files.iter().any(|(_, n)| n.starts_with(kind)),
            "no {kind} seed"
        );
    }
}
