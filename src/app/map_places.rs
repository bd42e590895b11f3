//! What the Map view shows, worked out from the state: the places records sit at, how many
//! of the records on show are at each, which are lit, and where the map and its panes go
//! on the screen. The view draws from this and `update` hit-tests against it, so the two
//! never disagree.

use std::collections::HashMap;
use std::sync::OnceLock;

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Borders};

use super::layout::{areas, WIDE};
use super::state::App;
use crate::data::{Category, Lang, RecordRef};
use crate::geo::{priority_order, MapData, Marker};

/// The bundled borders and routes, read once; `None` if they do not parse (a test keeps them
/// parsing, so the view only ever says so rather than panicking).
pub fn map_data() -> Option<&'static MapData> {
    static DATA: OnceLock<Option<MapData>> = OnceLock::new();
    DATA.get_or_init(|| MapData::bundled().ok()).as_ref()
}

/// One place on the map, as the view shows it now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MapPlace {
    /// An index into the dataset's place vocabulary.
    pub place: usize,
    /// How many of the records on show (after search, sector and source) sit here.
    pub count: usize,
    /// The filters or the record in hand point here.
    pub lit: bool,
    /// The cursor is here.
    pub selected: bool,
}

/// Every place at least one record of the dataset sits at, in vocabulary order: the set
/// stays the same while filters change, only counts and lights do.
pub fn map_places(app: &App) -> Vec<MapPlace> {
    let d = &app.data;
    let index: HashMap<&str, usize> = d
        .vocabulary
        .places
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let places_of = |r: RecordRef| -> Vec<usize> {
        let mut out: Vec<usize> = d.get(r).map_or_else(Vec::new, |rec| {
            rec.places()
                .iter()
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect()
        });
        out.sort_unstable();
        out.dedup();
        out
    };
    let n = d.vocabulary.places.len();
    let mut used = vec![false; n];
    for (r, _) in d.all_records() {
        for i in places_of(r) {
            used[i] = true;
        }
    }
    let mut counts = vec![0usize; n];
    for h in app.lists.iter().flat_map(|l| l.rows.iter()) {
        for i in places_of(h.record) {
            counts[i] += 1;
        }
    }
    let in_hand = app.map_view().record_in_hand(app).map(places_of);
    let filtering = app.filtering();
    let mut places: Vec<MapPlace> = (0..n)
        .filter(|&i| used[i])
        .map(|i| MapPlace {
            place: i,
            count: counts[i],
            lit: (filtering && counts[i] > 0) || in_hand.as_ref().is_some_and(|p| p.contains(&i)),
            selected: false,
        })
        .collect();
    let chosen = app
        .map_view()
        .place()
        .and_then(|p| places.iter().position(|m| m.place == p))
        .or_else(|| default_place(app, &places));
    if let Some(m) = chosen.and_then(|i| places.get_mut(i)) {
        m.selected = true;
    }
    places
}

/// Where the cursor starts: on the most important place, as the map ranks them for names.
fn default_place(app: &App, places: &[MapPlace]) -> Option<usize> {
    priority_order(&markers(app, places, app.lang()))
        .first()
        .copied()
}

/// The places as the map widget draws them, named in `lang`. A place none of the records on
/// show sits at keeps its marker but not its name, so the names left are the answer.
pub fn markers(app: &App, places: &[MapPlace], lang: Lang) -> Vec<Marker> {
    places
        .iter()
        .filter_map(|m| {
            let p = app.data.vocabulary.places.get(m.place)?;
            Some(Marker {
                lat: p.lat,
                lon: p.lon,
                label: if m.count > 0 {
                    p.name.get(lang).to_string()
                } else {
                    String::new()
                },
                count: m.count,
                lit: m.lit,
                selected: m.selected,
            })
        })
        .collect()
}

/// The records on show that sit at `place` (a vocabulary index), tab by tab in table order.
pub fn records_at(app: &App, place: usize) -> Vec<RecordRef> {
    let Some(id) = app.data.vocabulary.places.get(place).map(|p| p.id.as_str()) else {
        return Vec::new();
    };
    Category::ALL
        .into_iter()
        .flat_map(|c| app.list(c).rows.iter().map(|h| h.record))
        .filter(|r| {
            app.data
                .get(*r)
                .is_some_and(|rec| rec.places().iter().any(|p| p.as_str() == id))
        })
        .collect()
}

/// The first row the list shows when its cursor is on `cursor` and `shown` rows fit.
pub fn list_offset(cursor: usize, shown: u16) -> usize {
    cursor.saturating_sub(usize::from(shown.saturating_sub(1)))
}

/// Where the Map view's parts go.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapAreas {
    /// The map's frame, with its border and title.
    pub block: Rect,
    /// Inside the frame: where the map itself is drawn.
    pub map: Rect,
    /// The pane that names the selected place: beside the map when wide, under it when not.
    pub pane: Rect,
    /// The list of the records at the place, over the map, while it is open.
    pub list: Option<Rect>,
}

/// Rows of the pane under the map on a narrow screen: its border and three lines.
const PANE_HEIGHT: u16 = 5;
/// Columns of the pane beside the map on a wide screen.
const PANE_WIDTH: u16 = 40;
/// The list over the map is at most this wide.
const LIST_WIDTH: u16 = 76;

pub fn map_areas(app: &App, area: Rect) -> MapAreas {
    let body = areas(app, area).body;
    let (block, pane) = if area.width >= WIDE {
        let [b, p] =
            Layout::horizontal([Constraint::Min(0), Constraint::Length(PANE_WIDTH)]).areas(body);
        (b, p)
    } else {
        let [b, p] =
            Layout::vertical([Constraint::Min(0), Constraint::Length(PANE_HEIGHT)]).areas(body);
        (b, p)
    };
    let map = Block::default().borders(Borders::ALL).inner(block);
    let list = app.map_view().list_cursor().map(|_| {
        let rows = app
            .map_view()
            .place_in_hand(app)
            .map_or(0, |p| records_at(app, p).len());
        let height = u16::try_from(rows)
            .unwrap_or(u16::MAX)
            .saturating_add(2)
            .min(map.height);
        let width = LIST_WIDTH.min(map.width);
        // At the bottom of the map, centred: the north, where most names sit, stays in view.
        let x = map.x.saturating_add((map.width - width) / 2);
        let y = map.bottom().saturating_sub(height);
        Rect::new(x, y, width, height)
    });
    MapAreas {
        block,
        map,
        pane,
        list,
    }
}
