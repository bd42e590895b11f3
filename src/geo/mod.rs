//! The map's geometry, shared by the state (the Map view's cursor and its nearest place
//! each way) and the view that draws it: the region's borders and routes, where a place
//! lands on the screen, and which place a key or a click reaches. No drawing here.

pub mod project;
pub mod reference;

pub use project::{
    cell_of, dot_of, marker_at, markers_at, nearest_in_direction, priority_order, Direction,
};
pub use reference::{Frame, GeoError, MapData, Polyline, Route};

/// One place on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub lat: f64,
    pub lon: f64,
    /// The name written beside it, in the reader's language.
    pub label: String,
    /// How many records sit there; shown after the name when not zero, and decides which
    /// names give way when there is no room for all.
    pub count: usize,
    pub lit: bool,
    pub selected: bool,
}
