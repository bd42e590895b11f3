//! Where a place lands on the screen, and which marker a key or a click reaches.

use ratatui::layout::Rect;

use super::reference::Frame;
use super::Marker;

/// Braille dots per cell, across and down: the canvas draws at this resolution.
const DOTS_X: f64 = 2.0;
const DOTS_Y: f64 = 4.0;

/// The braille dot `(x, y)` within `area` that `(lat, lon)` falls on, counted from the area's
/// top-left corner, as ratatui's canvas rounds it; `None` outside the frame or an empty area.
pub fn dot_of(area: Rect, frame: &Frame, lat: f64, lon: f64) -> Option<(u32, u32)> {
    if area.is_empty() || !frame.contains(lat, lon) {
        return None;
    }
    let res_x = f64::from(area.width) * DOTS_X - 1.0;
    let res_y = f64::from(area.height) * DOTS_Y - 1.0;
    let x = ((lon - frame.west) * res_x / (frame.east - frame.west)).round();
    let y = ((frame.north - lat) * res_y / (frame.north - frame.south)).round();
    // Both lie in 0..=res by the frame check; the casts cannot wrap.
    Some((x as u32, y as u32))
}

/// The terminal cell (absolute, like the buffer's) on which `(lat, lon)` is drawn.
pub fn cell_of(area: Rect, frame: &Frame, lat: f64, lon: f64) -> Option<(u16, u16)> {
    let (x, y) = dot_of(area, frame, lat, lon)?;
    let cx = u16::try_from(x / 2).ok()?;
    let cy = u16::try_from(y / 4).ok()?;
    Some((area.x.saturating_add(cx), area.y.saturating_add(cy)))
}

/// The order in which markers claim a cell and a label: the selected one, then the lit, then
/// those with more records, then by label so the order never depends on the input's order.
pub fn priority_order(markers: &[Marker]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..markers.len()).collect();
    order.sort_by(|&a, &b| {
        let (ma, mb) = (&markers[a], &markers[b]);
        mb.selected
            .cmp(&ma.selected)
            .then(mb.lit.cmp(&ma.lit))
            .then(mb.count.cmp(&ma.count))
            .then(ma.label.cmp(&mb.label))
            .then(a.cmp(&b))
    });
    order
}

/// The marker drawn on cell `(x, y)`: when several share the cell, the one drawn on top.
pub fn marker_at(area: Rect, frame: &Frame, markers: &[Marker], x: u16, y: u16) -> Option<usize> {
    markers_at(area, frame, markers, x, y).into_iter().next()
}

/// Every marker on cell `(x, y)`, the one drawn on top first: a click on a crowded cell can
/// offer them all.
pub fn markers_at(area: Rect, frame: &Frame, markers: &[Marker], x: u16, y: u16) -> Vec<usize> {
    priority_order(markers)
        .into_iter()
        .filter(|&i| cell_of(area, frame, markers[i].lat, markers[i].lon) == Some((x, y)))
        .collect()
}

/// An arrow key's direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Left,
    Right,
}

/// The marker an arrow key moves to from marker `from`: the nearest one whose position on the
/// screen lies in that direction (within 45 degrees of it), off-axis distance counting double.
/// Positions are in dots, so markers that share a cell can still be told apart; markers at
/// the very same point (a town and the region named after it) are reached in list order,
/// Right and Down going forward, Left and Up back, one step before anything farther.
pub fn nearest_in_direction(
    area: Rect,
    frame: &Frame,
    markers: &[Marker],
    from: usize,
    direction: Direction,
) -> Option<usize> {
    let start = markers.get(from)?;
    let (x0, y0) = screen_point(area, frame, start)?;
    let mut best: Option<(f64, usize)> = None;
    for (i, m) in markers.iter().enumerate() {
        if i == from {
            continue;
        }
        let Some((x, y)) = screen_point(area, frame, m) else {
            continue;
        };
        let (dx, dy) = (x - x0, y - y0);
        if dx == 0.0 && dy == 0.0 {
            let forward = matches!(direction, Direction::Right | Direction::Down);
            // The nearest in list order: the score grows with the distance in the list.
            let steps = i.abs_diff(from) as f64;
            if forward == (i > from) && best.is_none_or(|(s, _)| steps * 1e-9 < s) {
                best = Some((steps * 1e-9, i));
            }
            continue;
        }
        let (along, across) = match direction {
            Direction::Right => (dx, dy),
            Direction::Left => (-dx, dy),
            Direction::Down => (dy, dx),
            Direction::Up => (-dy, dx),
        };
        if along <= 0.0 || across.abs() > along {
            continue;
        }
        let score = along + 2.0 * across.abs();
        if best.is_none_or(|(s, _)| score < s) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

/// A marker's position in cell widths, with rows counted as two widths: a terminal cell is
/// about twice as tall as it is wide, so distances match what the eye sees.
fn screen_point(area: Rect, frame: &Frame, m: &Marker) -> Option<(f64, f64)> {
    let (x, y) = dot_of(area, frame, m.lat, m.lon)?;
    Some((f64::from(x) / DOTS_X, f64::from(y) / DOTS_Y * 2.0))
}
