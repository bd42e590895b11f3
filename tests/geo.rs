//! The map's geography files: they load, they hold what the map needs, they are what their
//! script makes, and a broken one is refused with a located message.

use std::path::Path;
use std::process::Command;

use visit_dash::geo::reference::{BORDERS_JSON, ROUTES_JSON};
use visit_dash::geo::{GeoError, MapData};

fn data() -> MapData {
    MapData::bundled().unwrap_or_else(|e| panic!("bundled geography: {e}"))
}

#[test]
fn the_borders_are_small_and_cover_the_corridor_countries() {
    assert!(BORDERS_JSON.len() < 40_000, "{} bytes", BORDERS_JSON.len());
    let d = data();
    for c in [
        "Kazakhstan",
        "China",
        "Azerbaijan",
        "Georgia",
        "Turkey",
        "Russia",
        "Iran",
    ] {
        assert!(d.countries.iter().any(|n| n == c), "{c} missing");
    }
    assert!(d.borders.len() > 20, "{} lines", d.borders.len());
    // The loader refuses points outside the frame; the frame holds Istanbul and Beijing.
    assert!(d.frame.contains(41.01, 28.95) && d.frame.contains(39.91, 116.40));
}

#[test]
fn the_middle_corridor_crosses_the_caspian_from_aktau_to_baku() {
    let d = data();
    let corridor = d
        .routes
        .iter()
        .find(|r| r.id == "middle-corridor")
        .expect("the Middle Corridor");
    let aktau = (51.17, 43.66);
    let baku = (49.89, 40.38);
    let crossing = corridor
        .lines
        .iter()
        .any(|l| l.windows(2).any(|w| w[0] == aktau && w[1] == baku));
    assert!(crossing, "{:?}", corridor.lines);
    let dostyk_moyynty = d
        .routes
        .iter()
        .find(|r| r.id == "dostyk-moyynty")
        .expect("the Dostyk-Moyynty line");
    let line = &dostyk_moyynty.lines[0];
    assert_eq!(line.first(), Some(&(82.48, 45.25)), "Dostyk");
    assert_eq!(line.last(), Some(&(73.35, 47.22)), "Moyynty");
    assert_eq!(dostyk_moyynty.name_ru, "Железная дорога Достык — Мойынты");
}

/// Reruns the network-free stage of scripts/geo/borders.py (from data/geo/source/) and fails
/// if the committed files differ. Skipped, saying so, where there is no python3.
#[test]
fn the_geography_files_are_what_the_script_builds() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = match Command::new("python3")
        .arg(root.join("scripts/geo/borders.py"))
        .arg("check")
        .output()
    {
        Ok(out) => out,
        Err(e) => {
            eprintln!("skipped: python3 could not be run ({e}); the check needs Python 3.8+");
            return;
        }
    };
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn refused(borders: &str, routes: &str) -> String {
    match MapData::from_json(("b.json", borders), ("r.json", routes)) {
        Ok(_) => panic!("accepted"),
        Err(GeoError {
            file,
            path,
            message,
        }) => format!("{file}: at {path}: {message}"),
    }
}

const FRAME: &str = r#""frame": {"west": 26.0, "east": 122.0, "south": 32.0, "north": 56.0}"#;

fn borders(lines: &str) -> String {
    format!(r#"{{"note": "n", {FRAME}, "countries": ["Kazakhstan"], "lines": {lines}}}"#)
}

#[test]
fn broken_geography_is_refused_with_where_and_what() {
    let routes_ok = r#"{"note": "n", "waypoints": [], "routes": []}"#;
    assert_eq!(
        refused(&borders("[[70.0, 45.0, 71.0]]"), routes_ok),
        "b.json: at lines[0]: expected an even number (at least 4) of coordinates, found 3"
    );
    assert_eq!(
        refused(
            &borders("[[70.0, 45.0, 71.0, 45.0, 10.0, 45.0]]"),
            routes_ok
        ),
        "b.json: at lines[0][4]: expected a point inside the frame"
    );
    let flipped = r#"{"note": "n", "frame": {"west": 122.0, "east": 26.0, "south": 32.0, "north": 56.0}, "countries": [], "lines": []}"#;
    assert_eq!(
        refused(flipped, routes_ok),
        "b.json: at frame: expected finite bounds with west < east and south < north"
    );
    let dangling = r#"{"note": "n",
        "waypoints": [{"id": "aktau", "geonames": "Aktau", "country": "KZ", "lat": 43.66, "lon": 51.17}],
        "routes": [{"id": "r", "name": {"en": "R", "ru": "Р"}, "paths": [["aktau", "baku"]]}]}"#;
    assert_eq!(
        refused(&borders("[]"), dangling),
        "r.json: at routes[0].paths[0][1]: expected the id of a waypoint, found \"baku\""
    );
    assert_eq!(
        refused(&borders("[[70.0, \"x\"]]"), routes_ok),
        "b.json: at lines[0][1]: invalid type: string \"x\", expected f64 at line 1 column 133"
    );
}

#[test]
fn the_routes_file_names_its_gazetteer() {
    assert!(ROUTES_JSON.contains("GeoNames (CC BY 4.0)"));
    assert!(BORDERS_JSON.contains("Natural Earth (public domain)"));
}
