//! The Map view's own state and keys: which place the cursor is on, the list of the records
//! there, and the record the user came with (its places stay lit).

use ratatui::layout::{Position, Rect};

use super::action::Action;
use super::map_places::{
    list_offset, map_areas, map_data, map_places, markers, records_at, MapPlace,
};
use super::moves::screen;
use super::open::open;
use super::state::App;
use super::update::Effect;
use crate::data::RecordRef;
use crate::geo::{marker_at, nearest_in_direction, Direction};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MapView {
    /// The place the cursor is on (an index into the place vocabulary); until a key or a
    /// click moves it, the map's most important place.
    place: Option<usize>,
    /// The list of the records at the place is open, with its cursor here.
    list: Option<usize>,
    /// The record selected where the user came from.
    record: Option<RecordRef>,
}

impl MapView {
    /// The place the cursor was moved to, if it was.
    pub fn place(&self) -> Option<usize> {
        self.place
    }

    /// The cursor of the list of records, while it is open.
    pub fn list_cursor(&self) -> Option<usize> {
        self.list
    }

    /// Comes to the map from a view where `record` was selected.
    pub fn arrive(&mut self, record: Option<RecordRef>) {
        self.record = record;
        self.list = None;
    }

    /// The place the cursor is on now (its default when it was never moved).
    pub fn place_in_hand(&self, app: &App) -> Option<usize> {
        self.place.or_else(|| {
            map_places(app)
                .into_iter()
                .find(|m| m.selected)
                .map(|m| m.place)
        })
    }

    /// The record whose places light up: the one under the list's cursor while the list is
    /// open, else the one the user came with.
    pub fn record_in_hand(&self, app: &App) -> Option<RecordRef> {
        if let (Some(cursor), Some(place)) = (self.list, self.place) {
            if let Some(r) = records_at(app, place).get(cursor) {
                return Some(*r);
            }
        }
        self.record
    }
}

impl App {
    /// The Map view's state.
    pub fn map_view(&self) -> &MapView {
        &self.map
    }
}

/// What an action does on the Map view; `None` leaves it to the dashboard (tabs, search,
/// Esc with no list open, and so on).
pub(super) fn act(app: &mut App, action: &Action) -> Option<Effect> {
    let list_len = |app: &App| {
        app.map
            .place_in_hand(app)
            .map_or(0, |p| records_at(app, p).len())
    };
    if let Some(cursor) = app.map.list {
        let last = list_len(app).saturating_sub(1);
        let cursor = cursor.min(last);
        let to = match action {
            Action::Up => cursor.saturating_sub(1),
            Action::Down => cursor.saturating_add(1).min(last),
            Action::Top | Action::PageUp => 0,
            Action::Bottom | Action::PageDown => last,
            Action::Left | Action::Right => cursor,
            Action::Back => {
                app.map.list = None;
                return Some(Effect::Redraw);
            }
            Action::ToggleZoom => return Some(open_listed(app, cursor)),
            Action::Click(x, y) => return click_list(app, *x, *y, cursor),
            _ => return None,
        };
        app.map.list = Some(to);
        return Some(Effect::Redraw);
    }
    let direction = match action {
        Action::Up => Direction::Up,
        Action::Down => Direction::Down,
        Action::Left => Direction::Left,
        Action::Right => Direction::Right,
        Action::Top | Action::Bottom | Action::PageUp | Action::PageDown => {
            return Some(Effect::None)
        }
        Action::ToggleZoom => return Some(open_list(app)),
        Action::Click(x, y) => return click_map(app, *x, *y),
        _ => return None,
    };
    // A map with no place at all leaves the arrows to the tabs; on one with places, where no
    // place lies that way the key does nothing rather than leave the map.
    if map_places(app).is_empty() {
        return None;
    }
    Some(step(app, direction).unwrap_or(Effect::None))
}

/// Moves the cursor to the nearest place in `direction`, if there is one.
fn step(app: &mut App, direction: Direction) -> Option<Effect> {
    let (area, places) = map_and_places(app);
    let frame = map_data()?.frame;
    let from = places.iter().position(|m| m.selected)?;
    let marks = markers(app, &places, app.lang());
    let to = nearest_in_direction(area, &frame, &marks, from, direction)?;
    app.map.place = places.get(to).map(|m| m.place);
    Some(Effect::Redraw)
}

/// Enter on a place: the list of the records on show there, if it has any.
fn open_list(app: &mut App) -> Effect {
    let Some(place) = app.map.place_in_hand(app) else {
        return Effect::None;
    };
    if records_at(app, place).is_empty() {
        return Effect::None;
    }
    app.map.place = Some(place);
    app.map.list = Some(0);
    Effect::Redraw
}

/// Enter in the list: the record under its cursor, opened in its own view.
fn open_listed(app: &mut App, cursor: usize) -> Effect {
    let listed = app
        .map
        .place_in_hand(app)
        .and_then(|p| records_at(app, p).get(cursor).copied());
    let Some(r) = listed else {
        return Effect::None;
    };
    app.map.list = None;
    open(app, r);
    Effect::Redraw
}

fn map_and_places(app: &App) -> (Rect, Vec<MapPlace>) {
    (map_areas(app, screen(app)).map, map_places(app))
}

/// A click on the map selects the place drawn under it.
fn click_map(app: &mut App, x: u16, y: u16) -> Option<Effect> {
    let (area, places) = map_and_places(app);
    if !area.contains(Position::new(x, y)) {
        return None;
    }
    let frame = map_data()?.frame;
    let marks = markers(app, &places, app.lang());
    let i = marker_at(area, &frame, &marks, x, y)?;
    app.map.place = places.get(i).map(|m| m.place);
    Some(Effect::Redraw)
}

/// A click on a row of the list moves its cursor there; elsewhere on the map it closes.
fn click_list(app: &mut App, x: u16, y: u16, cursor: usize) -> Option<Effect> {
    let a = map_areas(app, screen(app));
    let list = a.list?;
    let pos = Position::new(x, y);
    if list.contains(pos) {
        let first = list.y.saturating_add(1);
        let row = usize::from(y.checked_sub(first)?);
        let shown = list.height.saturating_sub(2);
        let offset = list_offset(cursor, shown);
        let len = records_at(app, app.map.place_in_hand(app)?).len();
        if y < list.bottom().saturating_sub(1) && offset + row < len {
            app.map.list = Some(offset + row);
        }
        return Some(Effect::Redraw);
    }
    if a.map.contains(pos) {
        app.map.list = None;
        return click_map(app, x, y).or(Some(Effect::Redraw));
    }
    None
}
