//! The command-line contract, end to end on the built binary: what each command prints,
//! and the exit codes (0 ok, 1 I/O or terminal, 2 usage, 3 invalid data).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use visit_dash::data::load::DEFAULT_MAX_BYTES;
use visit_dash::data::{default_dataset, load_file, Category, Dataset, Lang};

const REFINERY: &str = "inv-shymkent-refinery";
const ATYRAU: &str = "inv-atyrau-polyethylene";

struct Run {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

impl Run {
    fn out(&self) -> &str {
        std::str::from_utf8(&self.stdout).expect("stdout is UTF-8")
    }

    fn lines(&self) -> Vec<&str> {
        self.out().lines().collect()
    }

    /// The id column of each line.
    fn ids(&self) -> Vec<&str> {
        self.lines()
            .iter()
            .map(|l| l.split_whitespace().nth(1).unwrap_or_default())
            .collect()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.stdout).unwrap_or_else(|e| {
            panic!("stdout is not JSON ({e}):\n{}", self.out());
        })
    }

    #[track_caller]
    fn ok(self) -> Run {
        assert_eq!(self.code, Some(0), "stderr:\n{}", self.stderr);
        assert_eq!(self.stderr, "", "a successful command wrote to stderr");
        self
    }

    #[track_caller]
    fn fails(self, code: i32) -> Run {
        assert_eq!(
            self.code,
            Some(code),
            "stdout:\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&self.stdout),
            self.stderr
        );
        assert!(!self.stderr.trim().is_empty(), "a failure said nothing");
        self
    }
}

/// The binary with an environment that cannot change its output.
fn command(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_visit-dash"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("VISIT_DASH_PANIC_KEY")
        .stdin(Stdio::null());
    cmd
}

fn run(args: &[&str]) -> Run {
    let out = command(args).output().expect("run the binary");
    Run {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn dataset() -> Dataset {
    default_dataset().expect("embedded dataset")
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path)
}

/// A file in the temp dir, unique to this process and name, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, contents: &str) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("visit-dash-cli-{}-{name}.json", std::process::id()));
        std::fs::write(&path, contents).expect("write temp file");
        TempFile(path)
    }

    fn arg(&self) -> &str {
        self.0.to_str().expect("UTF-8 temp path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        drop(std::fs::remove_file(&self.0));
    }
}

/// Whether `text` holds `name:LINE:COLUMN`.
fn names_a_location(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let rest = &text[at + name.len()..];
        let mut parts = rest.splitn(3, ':');
        parts.next() == Some("")
            && parts.next().is_some_and(is_number)
            && parts
                .next()
                .is_some_and(|r| r.chars().next().is_some_and(|c| c.is_ascii_digit()))
    })
}

/// The interview alone, whose rankings stay fixed as the embedded dataset grows.
fn interview_arg() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format1/tokayev-china-2025-interview.json")
        .display()
        .to_string()
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_digit())
}

// ---- search

#[test]
fn search_cnpc_puts_the_shymkent_refinery_first() {
    let interview = interview_arg();
    let r = run(&["--data", &interview, "search", "cnpc"]).ok();
    let first = r.lines()[0].to_string();
    assert!(
        first.starts_with(&format!("investments  {REFINERY} ")),
        "first line: {first:?}"
    );
    assert!(first.ends_with("Shymkent oil refinery modernised with CNPC"));
}

#[test]
fn search_limit_caps_the_hits() {
    let r = run(&["search", "sinopek", "--limit", "1"]).ok();
    assert_eq!(r.ids(), [ATYRAU], "{}", r.out());
}

#[test]
fn search_finds_cyrillic_and_several_words() {
    for query in ["шымкент", "cnpc shym"] {
        let r = run(&["search", query]).ok();
        assert_eq!(r.ids().first(), Some(&REFINERY), "{query}:\n{}", r.out());
    }
}

#[test]
fn search_tab_keeps_one_category() {
    let r = run(&["search", "renewables", "--tab", "investments"]).ok();
    assert!(r.ids().contains(&"inv-renewables-cpih"), "{}", r.out());
    for line in r.lines() {
        assert!(line.starts_with("investments "), "{line:?}");
    }
}

#[test]
fn search_json_is_an_array_of_scored_hits() {
    let interview = interview_arg();
    let r = run(&["--data", &interview, "search", "cnpc", "--json"]).ok();
    let hits = r.json();
    let hits = hits.as_array().expect("a JSON array");
    assert!(!hits.is_empty());
    assert_eq!(hits[0]["id"], REFINERY);
    let keys: Vec<&str> = Category::ALL.iter().map(|c| c.key()).collect();
    let mut last = f64::INFINITY;
    for hit in hits {
        let category = hit["category"].as_str().expect("category");
        assert!(keys.contains(&category), "{hit}");
        assert!(hit["id"].is_string(), "{hit}");
        assert!(hit["title"]["en"].is_string() && hit["title"]["ru"].is_string());
        let score = hit["score"].as_f64().expect("numeric score");
        assert!(score <= last, "hits not best first: {hits:?}");
        last = score;
    }
}

#[test]
fn search_json_says_through_which_source_a_hit_matched() {
    // A word only in the note of the TRT page the Alatau City record cites.
    let r = run(&["search", "akorda cscec", "--json", "--limit", "1"]).ok();
    let hits = r.json();
    let hit = &hits[0];
    assert_eq!(hit["id"], "inv-alatau-cscec");
    assert_eq!(
        hit["fields"],
        serde_json::json!(["title", "companies", "summary", "note"])
    );
    assert_eq!(
        hit["evidence"],
        serde_json::json!([
            {"source": "trt-alatau", "outlet": "TRT (Russian service)", "fields": ["note"]}
        ])
    );
    // An outlet cited by one record: the source itself first, then the record citing it,
    // in the same shape as before.
    let r = run(&["search", "kursiv", "--json"]).ok();
    let hits = r.json();
    assert_eq!(
        hits,
        serde_json::json!([
            {
                "kind": "source",
                "id": "kursiv-urea",
                "score": hits[0]["score"],
                "outlet": "Kursiv",
                "title": {
                    "en": "KazMunayGas and CNPC to launch $1.5 billion fertilizer production",
                    "ru": "«КазМунайГаз» и CNPC запустят производство удобрений за 1,5 млрд долларов"
                },
                "url": "https://kz.kursiv.media/?p=6286849",
                "fields": ["outlet", "host"]
            },
            {
                "category": "investments",
                "id": "inv-aktobe-urea",
                "score": hits[1]["score"],
                "title": hits[1]["title"],
                "fields": ["outlet"],
                "evidence": [{"source": "kursiv-urea", "outlet": "Kursiv", "fields": ["outlet"]}]
            }
        ])
    );
    assert!(
        hits[0]["score"].as_i64() > hits[1]["score"].as_i64(),
        "{hits}"
    );
}

#[test]
fn search_lists_the_events_and_sources_it_finds_with_their_kind() {
    // Only the 31 August reception names Peng Liyuan: among its people and in its summary.
    let r = run(&["search", "Peng Liyuan", "--json"]).ok();
    let hits = r.json();
    assert_eq!(
        hits,
        serde_json::json!([{
            "kind": "event",
            "id": "ev-0831-reception",
            "score": hits[0]["score"],
            "title": {
                "en": "Official reception for heads of delegations",
                "ru": "Официальный приём для глав делегаций"
            },
            "date": "2025-08-31",
            "fields": ["people", "summary"]
        }])
    );
    assert!(hits[0]["score"].as_i64() > Some(0), "{hits}");
    // An outlet no record cites: found by its name and its site.
    let r = run(&["search", "vedomosti", "--json"]).ok();
    let hits = r.json();
    assert_eq!(
        hits,
        serde_json::json!([{
            "kind": "source",
            "id": "ved-parade",
            "score": hits[0]["score"],
            "outlet": "Vedomosti",
            "published": "2025-09-03",
            "title": {
                "en": "How the celebrations for the 80th anniversary of the end of WWII went in Beijing",
                "ru": "Как в Пекине прошли торжества к 80-летию окончания Второй мировой войны"
            },
            "url": "https://www.vedomosti.ru/politics/articles/2025/09/03/1136185-kak-proshli-torzhestva",
            "fields": ["outlet", "host"]
        }])
    );
    // In lines: kind, id, then the event's title and day, or the source's outlet, day and
    // headline.
    let r = run(&["search", "parade"]).ok();
    assert_eq!(
        r.lines(),
        [
            "event        ev-0903-parade  Victory parade in Beijing (2025-09-03)",
            "source       nur-parade      NUR.KZ (2025-09-03): How the military parade in Beijing went",
        ]
    );
    // A tab holds records only.
    let o = run(&["search", "parade", "--tab", "agreements"]);
    assert_eq!(o.code, Some(1), "{}", o.out());
}

// ---- list

#[test]
fn list_prints_every_record_once_in_order() {
    let d = dataset();
    let total: usize = Category::ALL.iter().map(|&c| d.len(c)).sum();
    let r = run(&["list"]).ok();
    let lines = r.lines();
    assert_eq!(lines.len(), total, "{}", r.out());
    for (line, (_, rec)) in lines.iter().zip(d.all_records()) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(&cols[..2], [rec.category().key(), rec.id()], "{line:?}");
        assert!(line.ends_with(rec.title().get(Lang::En)), "{line:?}");
    }
}

#[test]
fn list_one_category_as_json() {
    let d = dataset();
    let r = run(&["list", "quotes", "--json"]).ok();
    let items = r.json();
    let items = items.as_array().expect("a JSON array");
    let ids: Vec<&str> = items.iter().map(|i| i["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = d
        .records(Category::Quotes)
        .map(|(_, rec)| rec.id())
        .collect();
    assert_eq!(ids, expected);
    assert!(items.iter().all(|i| i["category"] == "quotes"));
}

#[test]
fn list_in_russian_prints_russian_titles() {
    let d = dataset();
    let r = run(&["list", "--lang", "ru"]).ok();
    for (line, (_, rec)) in r.lines().iter().zip(d.all_records()) {
        let title = rec.title().get(Lang::Ru).replace('\n', " ");
        assert!(line.ends_with(&title), "{line:?} should end with {title:?}");
    }
    assert!(r.out().contains("ШОС"), "{}", r.out());
}

// ---- check, --data

#[test]
fn check_counts_the_embedded_dataset() {
    let d = dataset();
    let r = run(&["check"]).ok();
    assert!(r.lines()[0].ends_with(": ok"), "{}", r.out());
    for c in Category::ALL {
        let n = d.len(c).to_string();
        assert!(
            r.lines()
                .iter()
                .any(|l| l.split_whitespace().eq([c.key(), n.as_str()])),
            "no count {n} for {}:\n{}",
            c.key(),
            r.out()
        );
    }
}

#[test]
fn check_a_broken_fixture_exits_3_naming_file_and_place() {
    let r = run(&["check", "tests/fixtures/bad/missing-comma.json"]).fails(3);
    assert!(
        names_a_location(&r.stderr, "missing-comma.json"),
        "{}",
        r.stderr
    );
    assert_eq!(r.out(), "");
}

#[test]
fn check_a_truncated_temp_file_exits_3_naming_file_and_place() {
    let file = TempFile::new("truncated", "{\n  \"format\": 1,\n  \"source\": {\n");
    let r = run(&["check", file.arg()]).fails(3);
    assert!(names_a_location(&r.stderr, file.arg()), "{}", r.stderr);
}

#[test]
fn data_before_the_command_reads_that_file() {
    let path = fixture("good/minimal.json");
    let d = load_file(&path, DEFAULT_MAX_BYTES).expect("minimal fixture loads");
    let expected: Vec<&str> = d.all_records().map(|(_, rec)| rec.id()).collect();
    let path = path.to_str().expect("UTF-8 path");
    let r = run(&["--data", path, "list"]).ok();
    assert_eq!(r.ids(), expected);

    let r = run(&["--data", path, "check"]).ok();
    assert!(r.lines()[0].starts_with(path), "{}", r.out());
}

#[test]
fn bad_data_fails_every_command_with_3() {
    let bad = "tests/fixtures/bad/truncated.json";
    for args in [
        &["--data", bad, "list"][..],
        &["--data", bad, "search", "cnpc"],
        &["--data", bad, "render"],
        &["--data", bad],
    ] {
        let r = run(args).fails(3);
        assert_eq!(r.out(), "", "{args:?}");
        assert!(
            names_a_location(&r.stderr, "truncated.json"),
            "{args:?}: {}",
            r.stderr
        );
    }
}

#[test]
fn max_bytes_refuses_a_larger_file_with_3() {
    let r = run(&[
        "--max-bytes",
        "10",
        "--data",
        "tests/fixtures/good/minimal.json",
        "list",
    ])
    .fails(3);
    assert!(r.stderr.contains("--max-bytes"), "{}", r.stderr);
    assert_eq!(r.out(), "");
}

#[test]
fn max_bytes_at_its_largest_value_is_no_limit() {
    let max = u64::MAX.to_string();
    let r = run(&[
        "--max-bytes",
        &max,
        "--data",
        "tests/fixtures/good/minimal.json",
        "list",
    ])
    .ok();
    assert!(!r.lines().is_empty());
}

// ---- schema

#[test]
fn schema_is_json_schema() {
    let r = run(&["schema"]).ok();
    let schema = r.json();
    assert!(schema.get("$schema").is_some(), "{schema}");
    assert!(schema["properties"]["investments"].is_object(), "{schema}");
}

// ---- render

#[test]
fn render_prints_exactly_the_frame_as_plain_text() {
    let r = run(&["render", "--tab", "quotes", "--size", "80x24"]).ok();
    assert!(
        !r.stdout.contains(&0x1b),
        "escape sequence in render output"
    );
    let lines = r.lines();
    assert_eq!(lines.len(), 24, "{}", r.out());
    for line in &lines {
        assert!(line.width() <= 80, "wider than 80: {line:?}");
    }
    assert!(
        r.out().contains("Speaker"),
        "not the quotes table:\n{}",
        r.out()
    );
}

#[test]
fn render_select_shows_the_record() {
    let r = run(&["render", "--select", REFINERY]).ok();
    assert!(r.out().contains("CNPC"), "{}", r.out());
    assert!(r.out().contains("Shymkent oil refinery"), "{}", r.out());
}

#[test]
fn render_select_of_an_unknown_id_is_a_usage_error() {
    let r = run(&["render", "--select", "nope"]).fails(2);
    assert!(r.stderr.contains("nope"), "{}", r.stderr);
    assert_eq!(r.stderr.trim().lines().count(), 1, "{}", r.stderr);
    assert_eq!(r.out(), "");
}

#[test]
fn render_size_must_be_width_x_height() {
    let r = run(&["render", "--size", "10"]).fails(2);
    assert!(r.stderr.contains("WIDTHxHEIGHT"), "{}", r.stderr);
    assert_eq!(r.out(), "");
}

#[test]
fn unknown_options_are_usage_errors() {
    run(&["list", "--bogus"]).fails(2);
    run(&["frobnicate"]).fails(2);
}

// ---- the dashboard without a terminal, --version

#[test]
fn the_dashboard_without_a_terminal_exits_1_pointing_at_list() {
    let r = run(&[]).fails(1);
    assert_eq!(r.out(), "", "drew to a pipe");
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("list"), "{}", r.stderr);
}

#[test]
fn version_prints_name_and_version() {
    // -V is the short form; --version goes on with the dataset (tests/cli_meta.rs).
    let r = run(&["-V"]).ok();
    assert_eq!(
        r.out(),
        format!("visit-dash {}\n", env!("CARGO_PKG_VERSION"))
    );
    let r = run(&["--version"]).ok();
    assert!(r
        .out()
        .starts_with(&format!("visit-dash {}\n", env!("CARGO_PKG_VERSION"))));
}

// ---- closed pipes

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // `visit-dash list | head -1`
    let mut child = command(&["list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut first = String::new();
    reader.read_line(&mut first).expect("read a line");
    assert!(first.starts_with("agreements "), "{first:?}");
    drop(reader);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn a_pipe_closed_before_any_output_is_not_an_error() {
    // A pipe whose reader is gone before the first write: EPIPE every time, whatever the
    // output's size.
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["search", "cnpc"],
        &["schema"],
        &["render"],
        &["check"],
    ] {
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = command(args)
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

// ---- files that cannot be read, and output that goes nowhere

#[test]
fn check_on_what_cannot_be_read_exits_1_saying_why() {
    let mut said = Vec::new();
    for path in [
        "tests/fixtures/good/no-such-file.json",
        "tests/fixtures/good",
        "tests/fixtures/good/minimal.json/inside",
        "/dev/zero",
    ] {
        let r = run(&["check", path]).fails(1);
        assert_eq!(r.out(), "", "{path}");
        said.push(r.stderr.clone());
        // The same file through --data, for another command and the dashboard.
        for args in [&["--data", path, "list"][..], &["--data", path]] {
            let again = run(args).fails(1);
            assert_eq!(again.stderr, r.stderr, "{args:?}");
        }
    }
    insta::assert_snapshot!(said.concat());
}

/// Runs the binary through `sh` with `redirect` applied to it, such as `>&-`.
fn run_redirected(redirect: &str, args: &[&str]) -> Run {
    let script = format!("exec \"$0\" \"$@\" {redirect}");
    let out = Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_visit-dash"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::null())
        .output()
        .expect("run sh");
    Run {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

const PRINTING: [&[&str]; 8] = [
    &["list"],
    &["list", "--json"],
    &["search", "cnpc"],
    &["schema"],
    &["render"],
    &["check"],
    &["export", "--format", "json"],
    &["--version"],
];

#[test]
fn a_closed_stdout_is_an_error_for_every_printing_command() {
    for args in PRINTING {
        let r = run_redirected(">&-", args).fails(1);
        assert_eq!(
            r.stderr, "visit-dash: cannot write output: standard output is closed\n",
            "{args:?}"
        );
    }
}

#[test]
fn a_stdout_that_cannot_be_written_is_an_error() {
    // (--version is printed by the argument parser, which cannot see this.)
    for args in PRINTING.iter().filter(|a| a[0] != "--version") {
        // Open for reading only: every write fails.
        let r = run_redirected("1</dev/null", args).fails(1);
        assert!(
            r.stderr.starts_with("visit-dash: "),
            "{args:?}: {}",
            r.stderr
        );
    }
    if Path::new("/dev/full").exists() {
        for args in PRINTING.iter().filter(|a| a[0] != "--version") {
            let r = run_redirected(">/dev/full", args).fails(1);
            assert_eq!(
                r.stderr,
                "visit-dash: cannot write output: No space left on device (os error 28)\n",
                "{args:?}"
            );
        }
    }
}

#[test]
fn an_export_to_a_file_needs_no_stdout() {
    let file = TempFile::new("no-stdout.json", "");
    let r = run_redirected(
        ">&-",
        &["export", "--format", "json", "--out", file.arg(), "--force"],
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let text = std::fs::read_to_string(file.arg()).expect("the export was written");
    assert!(text.starts_with('{'), "{text}");
}

#[test]
fn render_at_a_size_it_cannot_draw_is_a_usage_error_on_stderr() {
    for size in ["39x40", "120x9", "0x0"] {
        let r = run(&["render", "--size", size]).fails(2);
        assert_eq!(r.out(), "", "{size}: drew to stdout");
        assert!(
            r.stderr
                .contains("too small to draw; the dashboard needs at least 40x10"),
            "{size}: {}",
            r.stderr
        );
    }
    run(&["render", "--size", "40x10"]).ok();
}
