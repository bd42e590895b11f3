//! A map of the region on ratatui's braille canvas: country borders, the routes, and the
//! places of the dataset as markers with their names.
//!
//! The widget takes plain data, so the caller decides what a marker is and how it looks:
//! `map::render(area, buf, &MapData, &[Marker], &MapStyles)`.

pub mod draw;
pub mod labels;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

// The geometry the widget draws with, under the names the map's callers know it by.
pub use crate::geo::{
    cell_of, dot_of, marker_at, markers_at, nearest_in_direction, priority_order, Direction, Frame,
    GeoError, MapData, Marker, Polyline, Route,
};
pub use labels::{label_budget, label_text, place_labels, PlacedLabel};

/// The symbol of a place no current filter or selection points at.
pub const SYMBOL_PLAIN: char = '○';
/// The symbol of a place the search, the facets or the selected record light up.
pub const SYMBOL_LIT: char = '●';
/// The symbol of the place the cursor is on.
pub const SYMBOL_SELECTED: char = '◉';

/// The styles the map draws with. Symbols tell markers apart on their own, so a theme
/// without colour can leave every style plain.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapStyles {
    /// The whole area, under everything else.
    pub base: Style,
    pub border: Style,
    pub route: Style,
    /// A marker that is neither lit nor selected, and its name.
    pub marker: Style,
    pub lit: Style,
    pub selected: Style,
}

/// The symbol a marker is drawn with.
pub fn symbol(marker: &Marker) -> char {
    if marker.selected {
        SYMBOL_SELECTED
    } else if marker.lit {
        SYMBOL_LIT
    } else {
        SYMBOL_PLAIN
    }
}

fn style_of(marker: &Marker, styles: &MapStyles) -> Style {
    if marker.selected {
        styles.selected
    } else if marker.lit {
        styles.lit
    } else {
        styles.marker
    }
}

/// Draws the map into `area` of `buf`: borders, then routes, then markers (the most
/// important on top where they share a cell), then the names that fit.
pub fn render(
    area: Rect,
    buf: &mut Buffer,
    data: &MapData,
    markers: &[Marker],
    styles: &MapStyles,
) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    buf.set_style(area, styles.base);
    draw::braille_lines(area, buf, &data.frame, data.borders.iter(), styles.border);
    let routes = data.routes.iter().flat_map(|r| r.lines.iter());
    draw::braille_lines(area, buf, &data.frame, routes, styles.route);
    for &i in priority_order(markers).iter().rev() {
        let m = &markers[i];
        if let Some(cell) = cell_of(area, &data.frame, m.lat, m.lon) {
            if let Some(c) = buf.cell_mut(cell) {
                c.set_char(symbol(m)).set_style(style_of(m, styles));
            }
        }
    }
    let labels = place_labels(area, &data.frame, markers);
    // A blank cell each side keeps a name from running into the lines; labels keep one
    // cell apart and never cover a marker, so a blank never erases either.
    for label in &labels {
        let after = label.x.saturating_add(label.width);
        for x in [label.x.checked_sub(1), Some(after)].into_iter().flatten() {
            let on_marker = markers
                .iter()
                .any(|m| cell_of(area, &data.frame, m.lat, m.lon) == Some((x, label.y)));
            if x >= area.left() && x < area.right() && !on_marker {
                if let Some(c) = buf.cell_mut((x, label.y)) {
                    c.set_char(' ').set_style(styles.base);
                }
            }
        }
    }
    for label in &labels {
        let style = style_of(&markers[label.marker], styles);
        buf.set_stringn(
            label.x,
            label.y,
            &label.text,
            usize::from(label.width),
            style,
        );
    }
}
