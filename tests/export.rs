//! Exports: the Markdown brief reads as one, the CSV parses back, the JSON is a dataset
//! the dashboard opens again, files are written whole or not at all, and the command line
//! ties them together.

use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use visit_dash::cli::filters::FilterArgs;

use visit_dash::app::{App, Tab};
use visit_dash::cli::render::{app_for, View};
use visit_dash::data::{default_dataset, load_str, Category, Dataset, Lang, RecordRef};
use visit_dash::export::{
    csv, file_name, json, markdown, selection, write_atomic, write_new_file, Format, CSV_HEADER,
    SOURCES_SEPARATOR,
};

mod common;
use common::listing;

fn dataset() -> Dataset {
    default_dataset().unwrap_or_else(|e| panic!("{e}"))
}

/// The app as the dashboard would be after the user typed `search`, picked `sector` and
/// went to `tab`.
fn view(d: Dataset, lang: Lang, tab: Option<Category>, search: &str, sector: &str) -> App {
    let view = View {
        tab: tab.map(Tab::Records),
        search: (!search.is_empty()).then(|| search.to_string()),
        filters: FilterArgs {
            sector: [sector]
                .into_iter()
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            ..FilterArgs::default()
        },
        ..View::default()
    };
    app_for(d, lang, &view, 120, 40).unwrap_or_else(|e| panic!("{e}"))
}

fn ids(d: &Dataset, records: &[RecordRef]) -> Vec<String> {
    records
        .iter()
        .filter_map(|&r| d.get(r))
        .map(|rec| rec.id().to_string())
        .collect()
}

/// A fresh, empty directory of its own for one test.
fn scratch(name: &str) -> PathBuf {
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "visit-dash-export-{name}-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

// --- selection ---

#[test]
fn selection_is_what_the_tables_show_in_display_order() {
    let app = view(dataset(), Lang::En, None, "", "");
    let all = selection(&app, None);
    let file_order: Vec<RecordRef> = app.data().all_records().map(|(r, _)| r).collect();
    assert_eq!(all, file_order);

    let app = view(dataset(), Lang::En, None, "shymkent", "");
    let shown: Vec<RecordRef> = Category::ALL
        .into_iter()
        .flat_map(|c| {
            app.list(c)
                .rows
                .iter()
                .map(|h| h.record)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(!shown.is_empty());
    assert_eq!(selection(&app, None), shown);

    let only = selection(&app, Some(Category::Investments));
    assert!(!only.is_empty());
    assert!(only.iter().all(|r| r.category == Category::Investments));
}

// --- Markdown ---

#[test]
fn markdown_brief_of_everything_in_english() {
    let app = view(dataset(), Lang::En, None, "", "");
    insta::assert_snapshot!(markdown(&app, &selection(&app, None)));
}

#[test]
fn markdown_brief_of_a_search_in_russian() {
    let app = view(dataset(), Lang::Ru, None, "sinopek", "");
    insta::assert_snapshot!(markdown(&app, &selection(&app, None)));
}

#[test]
fn markdown_brief_says_when_nothing_matches() {
    let app = view(dataset(), Lang::En, None, "zzzzqqqq", "");
    let md = markdown(&app, &selection(&app, None));
    assert!(md.contains("No records match the filter."), "{md}");
    assert!(md.contains("Showing 0 of"), "{md}");
    assert!(!md.contains("\n## "), "{md}");
}

#[test]
fn markdown_escapes_syntax_in_data() {
    let mut d = dataset();
    d.agreements[0].title.en = "# *Big* | `deal` _now_".into();
    d.agreements[0].summary.en = "Line one\n# not a heading\n- not a list <b>".into();
    let app = view(d, Lang::En, Some(Category::Agreements), "", "");
    let md = markdown(&app, &selection(&app, Some(Category::Agreements)));
    assert!(
        md.contains("### \\# \\*Big\\* \\| \\`deal\\` \\_now\\_\n"),
        "{md}"
    );
    assert!(
        md.contains("Line one\n\\# not a heading\n\\- not a list \\<b>"),
        "{md}"
    );
    // Exactly one H1 and no stray headings from the data.
    assert_eq!(md.lines().filter(|l| l.starts_with("# ")).count(), 1);
}

#[test]
fn markdown_quotes_carry_both_languages_and_attribution() {
    let app = view(dataset(), Lang::En, Some(Category::Quotes), "", "");
    let md = markdown(&app, &selection(&app, Some(Category::Quotes)));
    let d = app.data();
    for q in &d.quotes {
        let who = d
            .person(&q.speaker)
            .map(|p| format!("> — {}, {}", p.name.en, p.role.en))
            .unwrap_or_default();
        assert!(md.contains(&format!("> «{}»", q.ru)), "{}", q.id);
        assert!(md.contains(&format!("> “{}”", q.en)), "{}", q.id);
        assert!(md.contains(&who), "{}", q.id);
    }
}

// --- CSV ---

/// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(field.is_empty(), "quote inside an unquoted field: {field}");
                quoted = true;
            }
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => assert_eq!(chars.next(), Some('\n'), "bare CR outside quotes"),
            '\n' => panic!("bare LF ends a row; RFC 4180 rows end in CRLF"),
            _ => field.push(c),
        }
        if c == '\r' {
            row.push(std::mem::take(&mut field));
            rows.push(std::mem::take(&mut row));
        }
    }
    assert!(!quoted, "unterminated quoted field");
    assert!(row.is_empty() && field.is_empty(), "last row lacks CRLF");
    rows
}

#[test]
fn csv_has_a_header_and_one_row_per_record() {
    let app = view(common::dataset(), Lang::En, None, "", "");
    let records = selection(&app, None);
    let rows = parse_csv(&csv(&app, &records));
    assert_eq!(rows[0], CSV_HEADER);
    assert_eq!(rows.len(), records.len() + 1);
    assert!(rows.iter().all(|r| r.len() == CSV_HEADER.len()));
    let got: Vec<String> = rows[1..].iter().map(|r| r[1].clone()).collect();
    assert_eq!(got, ids(app.data(), &records));

    let tourism = rows
        .iter()
        .find(|r| r[1] == "agr-tourism-year")
        .unwrap_or_else(|| panic!("no agr-tourism-year row"));
    assert_eq!(tourism[0], "agreements");
    assert_eq!(tourism[7], "Kassym-Jomart Tokayev, President of Kazakhstan");
    let corridor = rows
        .iter()
        .find(|r| r[0] == "corridors")
        .unwrap_or_else(|| panic!("no corridor row"));
    for row in &rows[1..] {
        assert!(
            ["", "achieved", "underway", "intended"].contains(&row[4].as_str()),
            "{row:?}"
        );
    }
    assert!(
        corridor[9].contains("10 million tonnes a year"),
        "{:?}",
        corridor
    );
}

#[test]
fn csv_is_in_the_apps_language() {
    let app = view(
        common::dataset(),
        Lang::Ru,
        Some(Category::Investments),
        "",
        "",
    );
    let rows = parse_csv(&csv(&app, &selection(&app, Some(Category::Investments))));
    assert_eq!(rows[0], CSV_HEADER, "the header stays machine-readable");
    assert!(rows[1][2].contains("Синопек"), "{:?}", rows[1]);
}

#[test]
fn csv_quoted_fields_round_trip_and_formulas_are_defused() {
    let mut d = dataset();
    d.agreements[0].title.en = "He said \"yes\", then\nleft".into();
    d.agreements[1].title.en = "=HYPERLINK(\"http://example.com\",\"click\")".into();
    d.agreements[2].title.en = "+1 more".into();
    d.agreements[3].title.en = "-2 less".into();
    d.agreements[4].title.en = "@SUM(A1)".into();
    let app = view(d, Lang::En, Some(Category::Agreements), "", "");
    let rows = parse_csv(&csv(&app, &selection(&app, Some(Category::Agreements))));
    assert_eq!(rows[1][2], "He said \"yes\", then\nleft");
    assert_eq!(rows[2][2], "'=HYPERLINK(\"http://example.com\",\"click\")");
    assert_eq!(rows[3][2], "'+1 more");
    assert_eq!(rows[4][2], "'-2 less");
    assert_eq!(rows[5][2], "'@SUM(A1)");
    for row in &rows {
        for field in row {
            assert!(!field.starts_with(['=', '+', '-', '@']), "{field}");
        }
    }
}

#[test]
fn markdown_cites_each_source_once_in_numbered_footnotes_with_its_address() {
    let app = view(dataset(), Lang::En, None, "", "");
    let brief = markdown(&app, &selection(&app, None));
    let d = app.data();
    let defined: Vec<&str> = brief.lines().filter(|l| l.starts_with("[^")).collect();
    assert!(defined.len() > 20, "{defined:?}");
    for (i, line) in defined.iter().enumerate() {
        let n = i + 1;
        let (label, text) = line.split_once(": ").expect("a footnote");
        assert_eq!(label, format!("[^{n}]"), "numbered in order");
        // Outlet, date, <URL>: the address of a source the dataset holds.
        let url = text
            .rsplit_once(", <")
            .and_then(|(_, u)| u.strip_suffix('>'))
            .unwrap_or_else(|| panic!("no address in {line}"));
        let source = d
            .sources
            .iter()
            .find(|s| s.url.as_deref() == Some(url))
            .unwrap_or_else(|| panic!("{url} is no source's"));
        assert!(text.starts_with(source.outlet.as_str()), "{line}");
        if let Some(date) = &source.published {
            assert_eq!(
                text,
                format!("{}, {date}, <{url}>", source.outlet),
                "{line}"
            );
        }
        assert!(brief.contains(&format!("[^{n}];")) || brief.contains(&format!("[^{n}]*")));
    }
    // Every record's source line points only at footnotes that exist.
    for line in brief.lines().filter(|l| l.starts_with("*Source: ")) {
        for part in line.split("[^").skip(1) {
            let n: usize = part[..part.find(']').expect("]")]
                .parse()
                .expect("a number");
            assert!((1..=defined.len()).contains(&n), "{line}");
        }
    }
}

#[test]
fn csv_sources_column_names_each_source_once_with_its_address() {
    let app = view(dataset(), Lang::En, None, "", "");
    let records = selection(&app, None);
    let rows = parse_csv(&csv(&app, &records));
    let col = CSV_HEADER
        .iter()
        .position(|h| *h == "sources")
        .expect("a sources column");
    assert!(
        rows.iter().all(|r| r.len() == CSV_HEADER.len()),
        "one cell each"
    );
    let d = app.data();
    for (row, &r) in rows[1..].iter().zip(&records) {
        let rec = d.get(r).expect("record");
        let mut expected = Vec::new();
        for id in rec.evidence().iter().map(|e| e.source.as_str()) {
            let s = d.source(id).expect("source");
            let part = match s.url.as_deref() {
                Some(url) => format!("{} {url}", s.outlet),
                None => s.outlet.to_string(),
            };
            if !expected.contains(&part) {
                expected.push(part);
            }
        }
        let cell: Vec<&str> = row[col].split(SOURCES_SEPARATOR).collect();
        assert_eq!(cell, expected, "{}", rec.id());
    }
    let several = rows[1..]
        .iter()
        .find(|r| r[col].matches(SOURCES_SEPARATOR).count() >= 2)
        .expect("a record with three sources");
    assert!(several[col].contains("https://"), "{several:?}");
}

// --- JSON ---

#[test]
fn json_of_a_filter_is_a_valid_dataset_of_exactly_the_selection() {
    let app = view(dataset(), Lang::En, None, "", "energy");
    let records = selection(&app, None);
    assert!(records.len() > 1);
    let text = json(&app, &records);
    let back = load_str("export.json", &text).unwrap_or_else(|e| panic!("{e}"));
    let mut want = ids(app.data(), &records);
    let mut got: Vec<String> = back
        .all_records()
        .map(|(_, r)| r.id().to_string())
        .collect();
    want.sort();
    got.sort();
    assert_eq!(got, want);
    // Everything but the records is kept.
    assert_eq!(back.sources, app.data().sources);
    assert_eq!(back.visit, app.data().visit);
    assert_eq!(back.vocabulary, app.data().vocabulary);
    assert_eq!(back.people, app.data().people);
    assert_eq!(back.companies, app.data().companies);
    assert_eq!(back.context, app.data().context);
    assert_eq!(back.investment_pattern, app.data().investment_pattern);
}

#[test]
fn json_keeps_file_order_whatever_the_display_order() {
    let app = view(dataset(), Lang::En, None, "oil gas", "");
    let records = selection(&app, None);
    let back = load_str("export.json", &json(&app, &records)).unwrap_or_else(|e| panic!("{e}"));
    let file_order: Vec<String> = app
        .data()
        .all_records()
        .map(|(_, r)| r.id().to_string())
        .filter(|id| ids(app.data(), &records).contains(id))
        .collect();
    let got: Vec<String> = back
        .all_records()
        .map(|(_, r)| r.id().to_string())
        .collect();
    assert_eq!(got, file_order);
}

#[test]
fn json_of_everything_reloads_equal_to_the_dataset() {
    let app = view(dataset(), Lang::Ru, None, "", "");
    let back = load_str("export.json", &json(&app, &selection(&app, None)))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, **app.data());
}

#[test]
fn json_of_nothing_is_still_a_dataset() {
    let app = view(dataset(), Lang::En, None, "zzzzqqqq", "");
    let back = load_str("export.json", &json(&app, &[])).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.all_records().count(), 0);
}

// --- file names ---

#[test]
fn file_names_follow_the_view() {
    let d = dataset();
    let name = |tab, search: &str, sector: &str, format| {
        let app = view(d.clone(), Lang::En, tab, search, sector);
        file_name(&app, tab, format)
    };
    assert_eq!(name(None, "", "", Format::Csv), "visit-dash-all.csv");
    assert_eq!(
        name(Some(Category::Investments), "sinopek", "", Format::Md),
        "visit-dash-investments-sinopek.md"
    );
    assert_eq!(
        name(None, "", "energy", Format::Json),
        "visit-dash-energy.json"
    );
    assert_eq!(
        name(Some(Category::Quotes), "", "", Format::Md),
        "visit-dash-quotes.md"
    );
    assert_eq!(
        name(None, "«Синопек»", "", Format::Md),
        "visit-dash-sinopek.md"
    );
    assert_eq!(
        name(None, "Шымкент НПЗ", "oil-gas", Format::Csv),
        "visit-dash-shymkent-npz-oil-gas.csv"
    );
    assert_eq!(
        name(None, "../../etc/passwd", "", Format::Md),
        "visit-dash-etc-passwd.md"
    );
    // No Latin or Cyrillic letter: a short stable hash, never the name of everything.
    let han = name(None, "天津 😀", "", Format::Md);
    assert_ne!(han, "visit-dash-all.md");
    assert!(
        han.starts_with("visit-dash-search-") && han.ends_with(".md"),
        "{han}"
    );
    assert_eq!(han.len(), "visit-dash-search-12345678.md".len(), "{han}");
    assert_eq!(han, name(None, "天津 😀", "", Format::Md), "not stable");
    assert_ne!(han, name(None, "天津", "", Format::Md));
    assert_eq!(
        name(Some(Category::Quotes), "天津", "", Format::Md),
        name(None, "天津", "", Format::Md).replace("dash-", "dash-quotes-")
    );

    let long = name(
        Some(Category::Agreements),
        &"a b ".repeat(100),
        "",
        Format::Md,
    );
    assert!(long.len() <= 80, "{long}");
    assert!(long.starts_with("visit-dash-agreements-a-b-"), "{long}");
    assert!(long.ends_with("b.md") || long.ends_with("a.md"), "{long}");

    for n in [long, name(None, "Ӛ ✓ x/y\\z:*?", "", Format::Json)] {
        let stem = n.trim_end_matches(".md").trim_end_matches(".json");
        assert!(
            stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{n}"
        );
        assert!(!stem.ends_with('-') && !stem.contains("--"), "{n}");
    }
}

// --- writing files ---

#[test]
fn write_atomic_creates_refuses_then_overwrites_with_force() {
    let dir = scratch("atomic");
    let path = dir.join("brief.md");

    write_atomic(&path, b"first", false).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(fs::read(&path).ok(), Some(b"first".to_vec()));

    let err = write_atomic(&path, b"second", false).err();
    let err = err.unwrap_or_else(|| panic!("overwrote without --force"));
    assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists);
    let msg = err.to_string();
    assert!(msg.contains("brief.md") && msg.contains("--force"), "{msg}");
    assert_eq!(fs::read(&path).ok(), Some(b"first".to_vec()));

    write_atomic(&path, b"third", true).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(fs::read(&path).ok(), Some(b"third".to_vec()));

    assert_eq!(listing(&dir), ["brief.md"], "temporary files left behind");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn write_atomic_leaves_nothing_when_it_fails() {
    let dir = scratch("atomic-fail");
    // A directory where the file should go: even --force must not replace it.
    let target = dir.join("taken");
    fs::create_dir(&target).unwrap_or_else(|e| panic!("{e}"));
    assert!(write_atomic(&target, b"x", true).is_err());
    assert!(target.is_dir());
    // A directory that does not exist.
    assert!(write_atomic(&dir.join("missing").join("f.md"), b"x", false).is_err());
    assert_eq!(listing(&dir), ["taken"]);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn new_files_count_on_past_ninety_nine() {
    let dir = scratch("numbered");
    let first = write_new_file(&dir, "brief.md", b"1").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first, dir.join("brief.md"));
    let second = write_new_file(&dir, "brief.md", b"2").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(second, dir.join("brief-2.md"));
    for n in 3..=120 {
        fs::write(dir.join(format!("brief-{n}.md")), b"taken").unwrap_or_else(|e| panic!("{e}"));
    }
    let next = write_new_file(&dir, "brief.md", b"new").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(next, dir.join("brief-121.md"));
    assert_eq!(fs::read(&next).ok(), Some(b"new".to_vec()));
    assert_eq!(
        fs::read(&first).ok(),
        Some(b"1".to_vec()),
        "an old file changed"
    );
    assert_eq!(listing(&dir).len(), 121, "temporary files left behind");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_new_file_in_a_missing_folder_is_an_error_not_a_loop() {
    let dir = scratch("numbered-missing");
    let err = write_new_file(&dir.join("gone"), "brief.md", b"x").err();
    assert_eq!(err.map(|e| e.kind()), Some(std::io::ErrorKind::NotFound));
    let _ = fs::remove_dir_all(&dir);
}

#[cfg(unix)]
mod special_files {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    use super::*;

    fn mode(path: &std::path::Path) -> u32 {
        fs::metadata(path).map_or(0, |m| m.permissions().mode() & 0o7777)
    }

    fn mkfifo(path: &std::path::Path) {
        let ok = Command::new("mkfifo")
            .arg(path)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "mkfifo {}", path.display());
    }

    #[test]
    fn force_keeps_a_private_file_private() {
        let dir = scratch("mode");
        let path = dir.join("brief.md");
        fs::write(&path, b"old").unwrap_or_else(|e| panic!("{e}"));
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600))
            .unwrap_or_else(|e| panic!("{e}"));
        write_atomic(&path, b"new", true).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fs::read(&path).ok(), Some(b"new".to_vec()));
        assert_eq!(mode(&path), 0o600);

        fs::set_permissions(&path, fs::Permissions::from_mode(0o640))
            .unwrap_or_else(|e| panic!("{e}"));
        let f = path.to_string_lossy().into_owned();
        let out = visit_dash(&["export", "--format", "csv", "--out", &f, "--force"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(mode(&path), 0o640);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn force_keeps_the_owner_where_permitted() {
        let dir = scratch("owner");
        let path = dir.join("brief.md");
        fs::write(&path, b"old").unwrap_or_else(|e| panic!("{e}"));
        // Only root may give a file away; elsewhere there is nothing to keep.
        if std::os::unix::fs::chown(&path, Some(4242), Some(4243)).is_err() {
            eprintln!("not permitted to change owners here; skipped");
            let _ = fs::remove_dir_all(&dir);
            return;
        }
        write_atomic(&path, b"new", true).unwrap_or_else(|e| panic!("{e}"));
        let meta = fs::metadata(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((meta.uid(), meta.gid()), (4242, 4243));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_replaced_file_is_a_new_file_and_hard_links_keep_the_old_text() {
        let dir = scratch("links");
        let path = dir.join("brief.md");
        let other = dir.join("other-name.md");
        fs::write(&path, b"old").unwrap_or_else(|e| panic!("{e}"));
        fs::hard_link(&path, &other).unwrap_or_else(|e| panic!("{e}"));
        write_atomic(&path, b"new", true).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fs::read(&path).ok(), Some(b"new".to_vec()));
        assert_eq!(fs::read(&other).ok(), Some(b"old".to_vec()));
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_symlink_to_a_file_stays_and_its_target_is_replaced() {
        let dir = scratch("symlink");
        let target = dir.join("real.md");
        let link = dir.join("link.md");
        fs::write(&target, b"old").unwrap_or_else(|e| panic!("{e}"));
        std::os::unix::fs::symlink(&target, &link).unwrap_or_else(|e| panic!("{e}"));
        write_atomic(&link, b"new", true).unwrap_or_else(|e| panic!("{e}"));
        let meta = fs::symlink_metadata(&link).unwrap_or_else(|e| panic!("{e}"));
        assert!(meta.file_type().is_symlink(), "the link was replaced");
        assert_eq!(fs::read(&target).ok(), Some(b"new".to_vec()));
        assert_eq!(listing(&dir), ["link.md", "real.md"]);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn special_files_are_refused_with_what_they_are() {
        let dir = scratch("special");
        let fifo = dir.join("pipe");
        mkfifo(&fifo);
        let to_null = dir.join("null-link");
        std::os::unix::fs::symlink("/dev/null", &to_null).unwrap_or_else(|e| panic!("{e}"));
        let to_dir = dir.join("dir-link.md");
        std::os::unix::fs::symlink(&dir, &to_dir).unwrap_or_else(|e| panic!("{e}"));
        let dangling = dir.join("dangling.md");
        std::os::unix::fs::symlink(dir.join("nowhere"), &dangling)
            .unwrap_or_else(|e| panic!("{e}"));
        let cases = [
            (fifo.clone(), "is a FIFO (named pipe)"),
            (to_null.clone(), "is a symbolic link to a character device"),
            (to_dir.clone(), "is a symbolic link to a directory"),
            (dangling.clone(), "is a symbolic link to nothing"),
        ];
        for (path, what) in &cases {
            for force in [false, true] {
                let err = write_atomic(path, b"x", force)
                    .err()
                    .unwrap_or_else(|| panic!("wrote {}", path.display()));
                let msg = err.to_string();
                assert!(
                    msg.starts_with(&format!("{} {what}", path.display())),
                    "{msg}"
                );
                assert!(
                    msg.ends_with("only a regular file is written or replaced"),
                    "{msg}"
                );
            }
        }
        for (path, _) in &cases {
            let meta = fs::symlink_metadata(path).unwrap_or_else(|e| panic!("{e}"));
            assert!(!meta.file_type().is_file(), "{} replaced", path.display());
        }
        assert!(fs::symlink_metadata("/dev/null").is_ok_and(|m| !m.is_file()));

        // The command line says the same and exits 1; /dev/null is never replaced.
        for target in ["/dev/null", &fifo.to_string_lossy()] {
            let out = visit_dash(&["export", "--format", "md", "--out", target, "--force"]);
            assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
            let err = text(&out.stderr);
            assert!(err.contains(&format!("{target} is a ")), "{err}");
            assert!(out.stdout.is_empty());
        }
        assert!(fs::symlink_metadata("/dev/null").is_ok_and(|m| !m.is_file()));
        let _ = fs::remove_dir_all(&dir);
    }
}

#[test]
fn cli_out_dash_is_standard_output() {
    let dir = scratch("dash");
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(["export", "--format", "csv", "--out", "-"])
        .current_dir(&dir)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows = parse_csv(&text(&out.stdout));
    assert_eq!(rows[0], CSV_HEADER);
    assert_eq!(rows.len(), dataset().all_records().count() + 1);
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
    assert!(listing(&dir).is_empty(), "{:?}", listing(&dir));
    let _ = fs::remove_dir_all(&dir);
}

// --- the command line ---

fn visit_dash(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .unwrap_or_else(|e| panic!("cannot run visit-dash: {e}"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn cli_prints_csv_of_one_tab() {
    let out = visit_dash(&["export", "--format", "csv", "--tab", "investments"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows = parse_csv(&text(&out.stdout));
    assert_eq!(rows[0], CSV_HEADER);
    assert_eq!(rows.len(), dataset().investments.len() + 1);
    assert!(rows[1..].iter().all(|r| r[0] == "investments"));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn cli_writes_a_file_and_will_not_overwrite_it_without_force() {
    let dir = scratch("cli");
    let file = dir.join("brief.md");
    let f = file.to_string_lossy().into_owned();

    let out = visit_dash(&["export", "--format", "md", "--out", &f]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let total = dataset().all_records().count();
    assert_eq!(
        text(&out.stderr).trim_end(),
        format!("wrote {total} records to {f}")
    );
    let first = fs::read(&file).unwrap_or_else(|e| panic!("{e}"));
    assert!(text(&first).starts_with("# President Tokayev"));

    let out = visit_dash(&[
        "--lang", "ru", "export", "--format", "md", "--search", "sinopek", "--out", &f,
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(fs::read(&file).ok(), Some(first.clone()), "file changed");

    let out = visit_dash(&[
        "--lang", "ru", "export", "--format", "md", "--search", "sinopek", "--out", &f, "--force",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&fs::read(&file).unwrap_or_default()).starts_with("# Визит"));
    assert_eq!(listing(&dir), ["brief.md"]);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn cli_json_export_passes_check_and_opens_with_data() {
    let dir = scratch("cli-json");
    let d = dir.to_string_lossy().into_owned();
    // Into a directory: the name follows the view.
    let out = visit_dash(&[
        "export", "--format", "json", "--sector", "energy", "--out", &d,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let file = dir.join("visit-dash-energy.json");
    assert!(file.is_file(), "{:?}", listing(&dir));
    let f = file.to_string_lossy().into_owned();

    let out = visit_dash(&["check", &f]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = visit_dash(&["--data", &f, "export", "--format", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows = parse_csv(&text(&out.stdout));
    assert!(rows.len() > 1);
    assert!(
        rows[1..].iter().all(|r| r[5].contains("Energy")),
        "{rows:?}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn cli_unknown_sector_is_a_usage_error() {
    let out = visit_dash(&["export", "--format", "md", "--sector", "nonsense"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("nonsense"));
    assert!(out.stdout.is_empty());
}

// --- the module's shape ---

#[test]
fn each_format_and_the_writer_have_a_small_file_of_their_own() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/export");
    for name in ["mod.rs", "markdown.rs", "csv.rs", "json.rs", "atomic.rs"] {
        let path = dir.join(name);
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let lines = text.lines().count();
        assert!(lines <= 400, "{name} has {lines} lines");
    }
}
