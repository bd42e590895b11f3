//! The filter flags and the vocabulary lists on the built binary, on the embedded dataset:
//! a name in either script or an id, OR within a flag given twice, AND across flags, and a
//! value the dataset lacks refused with exit 2 and the values there are.

use std::process::Command;

struct Run {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn visit_dash(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .args(args)
        .env_remove("VISIT_DASH_LANG")
        .env_remove("VISIT_DASH_THEME")
        .env("XDG_CONFIG_HOME", env!("CARGO_TARGET_TMPDIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run visit-dash: {e}"));
    Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The id column of `search`'s or `list`'s lines.
fn ids(out: &str) -> Vec<String> {
    out.lines()
        .filter_map(|l| l.split_whitespace().nth(1))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_company_is_named_by_id_or_by_name_in_either_script() {
    let by_id = visit_dash(&["export", "--format", "csv", "--company", "sinopec"]);
    assert_eq!(by_id.code, Some(0), "{}", by_id.stderr);
    for name in ["Синопек", "SINOPEC", "«Синопек»", "синопек"] {
        let run = visit_dash(&["export", "--format", "csv", "--company", name]);
        assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
        assert_eq!(run.stdout, by_id.stdout, "{name}");
    }
    // Header and the one Sinopec record.
    assert_eq!(by_id.stdout.lines().count(), 2, "{}", by_id.stdout);
    assert!(by_id.stdout.contains("inv-atyrau-polyethylene"));
}

#[test]
fn filters_add_up_within_a_flag_and_narrow_across_flags() {
    let run = visit_dash(&[
        "search",
        "project",
        "--company",
        "cnpc",
        "--company",
        "Сибур",
    ]);
    let mut got = ids(&run.stdout);
    got.sort();
    let run_all = visit_dash(&["search", "project"]);
    let want: Vec<String> = ids(&run_all.stdout)
        .into_iter()
        .filter(|id| {
            [
                "inv-aktobe-urea",
                "inv-shymkent-refinery",
                "inv-atyrau-polyethylene",
            ]
            .contains(&id.as_str())
        })
        .collect();
    let mut want = want;
    want.sort();
    assert_eq!(got, want, "{}", run.stderr);

    // A place as well: only the Shymkent one of CNPC's.
    let run = visit_dash(&[
        "search",
        "refinery",
        "--company",
        "cnpc",
        "--place",
        "Шымкент",
    ]);
    assert_eq!(
        ids(&run.stdout),
        ["inv-shymkent-refinery"],
        "{}",
        run.stderr
    );
    // Nothing left is a search that found nothing: exit 1.
    let run = visit_dash(&[
        "search",
        "refinery",
        "--company",
        "sinopec",
        "--place",
        "shymkent",
    ]);
    assert_eq!(run.code, Some(1));
}

#[test]
fn a_value_the_dataset_lacks_exits_2_listing_the_values() {
    let run = visit_dash(&["render", "--sector", "space"]);
    assert_eq!(run.code, Some(2));
    assert_eq!(run.stdout, "");
    let first = run.stderr.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        "visit-dash: no sector `space` in the dataset; give an id or a name (English or Russian), one of:"
    );
    let list = visit_dash(&["list", "sectors"]);
    let listed: Vec<&str> = run.stderr.lines().skip(1).map(str::trim).collect();
    let want: Vec<String> = list
        .stdout
        .lines()
        .map(|l| {
            // `list` has the count between the id and the names.
            let mut parts = l.split_whitespace();
            let id = parts.next().unwrap_or_default();
            let _count = parts.next();
            format!("{id}  {}", parts.collect::<Vec<_>>().join(" "))
        })
        .collect();
    let squeeze = |l: &str| {
        let (id, rest) = l.split_once(' ').unwrap_or((l, ""));
        format!(
            "{id}  {}",
            rest.split_whitespace().collect::<Vec<_>>().join(" ")
        )
    };
    let listed: Vec<String> = listed.iter().map(|l| squeeze(l)).collect();
    assert_eq!(listed, want, "every sector, as `list sectors` names it");

    let run = visit_dash(&["--person", "nobody"]);
    assert_eq!(
        run.code,
        Some(2),
        "the dashboard refuses it before the terminal"
    );
    assert!(run
        .stderr
        .starts_with("visit-dash: no person `nobody` in the dataset"));
    assert!(run
        .stderr
        .contains("\n  tokayev      Kassym-Jomart Tokayev · Касым-Жомарт Токаев\n"));
    let run = visit_dash(&["export", "--format", "md", "--source", "nonsense"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("no source `nonsense`"),
        "{}",
        run.stderr
    );
}

#[test]
fn list_companies_prints_ids_counts_and_both_names() {
    let run = visit_dash(&["list", "companies"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    insta::assert_snapshot!("list_companies", run.stdout);
    let json = visit_dash(&["list", "people", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    let tokayev = &v[0];
    assert_eq!(tokayev["id"], "tokayev");
    assert_eq!(tokayev["ru"], "Касым-Жомарт Токаев");
    assert!(tokayev["records"].as_u64().is_some_and(|n| n > 10));
    // The records' list is as before.
    let records = visit_dash(&["list", "corridors"]);
    assert!(
        records.stdout.starts_with("corridors"),
        "{}",
        records.stdout
    );
}

#[test]
fn render_shows_the_chips_of_the_flags() {
    let run = visit_dash(&[
        "--lang",
        "ru",
        "render",
        "--company",
        "kmg",
        "--place",
        "atyrau-region",
        "--size",
        "120x40",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("компания: «КазМунайГаз» ×"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("место: Атырауская область ×"),
        "{}",
        run.stdout
    );
}
