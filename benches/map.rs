//! The map: reading the bundled geography once, and drawing one frame of it with the visit's
//! places at the three sizes the snapshots use and at 300x90.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use visit_dash::ui::map::{self, MapData, MapStyles, Marker};

mod common;

const PLACES: [(&str, f64, f64); 11] = [
    ("Astana", 51.18, 71.45),
    ("Almaty", 43.25, 76.91),
    ("Atyrau", 47.10, 51.88),
    ("Shymkent", 42.31, 69.60),
    ("Aktobe", 50.28, 57.21),
    ("Shu", 43.61, 73.76),
    ("Turkestan", 43.29, 68.26),
    ("Alatau", 43.87, 77.06),
    ("Aktau", 43.66, 51.17),
    ("Tianjin", 39.14, 117.18),
    ("Beijing", 39.91, 116.40),
];

fn map_bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("map");
    group.bench_function("load", |b| {
        b.iter(|| MapData::bundled().expect("bundled geography loads"))
    });
    let data = MapData::bundled().expect("bundled geography loads");
    let markers: Vec<Marker> = PLACES
        .iter()
        .enumerate()
        .map(|(i, &(label, lat, lon))| Marker {
            lat,
            lon,
            label: label.to_string(),
            count: i % 4,
            lit: i % 3 == 0,
            selected: i == 0,
        })
        .collect();
    for (w, h) in [(80u16, 24u16), (120, 40), (200, 60), (300, 90)] {
        let area = Rect::new(0, 0, w, h);
        let mut buf = Buffer::empty(area);
        group.bench_function(BenchmarkId::new("render", format!("{w}x{h}")), |b| {
            b.iter(|| map::render(area, &mut buf, &data, &markers, &MapStyles::default()))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::short_runs(Duration::from_millis(300), Duration::from_secs(1));
    targets = map_bench
}
criterion_main!(benches);
