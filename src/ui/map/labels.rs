//! Where the markers' names go: beside their marker, never over another name or marker;
//! a name that finds no room is left out, the lesser ones (fewer records) first.

use std::collections::HashSet;

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::geo::{cell_of, priority_order, Frame, Marker};

/// Below this size the map names only the five most important markers, so it stays legible.
const SMALL_WIDTH: u16 = 100;
const SMALL_HEIGHT: u16 = 30;
const SMALL_BUDGET: usize = 5;
/// A longer name is cut: a label is a pointer, not a paragraph.
const MAX_CHARS: usize = 40;

/// A name placed on the map: which marker, its first cell, and what is written there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlacedLabel {
    pub marker: usize,
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub text: String,
}

/// How many names the map shows in `area`.
pub fn label_budget(area: Rect) -> usize {
    if area.width < SMALL_WIDTH || area.height < SMALL_HEIGHT {
        SMALL_BUDGET
    } else {
        usize::MAX
    }
}

/// The text written beside a marker: its name, and its record count when it has any.
pub fn label_text(marker: &Marker) -> String {
    // Control characters would move the cursor or be drawn as nothing: a blank stands in.
    let name: String = marker
        .label
        .chars()
        .take(MAX_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if marker.count > 0 {
        format!("{name} ({})", marker.count)
    } else {
        name
    }
}

/// Places the names, most important first (see `priority_order`), each at the first of its
/// candidate spots that stays inside `area`, covers and touches no marker and keeps a blank
/// cell between it and every other name on its row.
pub fn place_labels(area: Rect, frame: &Frame, markers: &[Marker]) -> Vec<PlacedLabel> {
    let cells: Vec<Option<(u16, u16)>> = markers
        .iter()
        .map(|m| cell_of(area, frame, m.lat, m.lon))
        .collect();
    let marker_cells: HashSet<(u16, u16)> = cells.iter().flatten().copied().collect();
    let mut taken_cells: HashSet<(u16, u16)> = HashSet::new();
    let mut placed: Vec<PlacedLabel> = Vec::new();
    let budget = label_budget(area);
    for i in priority_order(markers) {
        if placed.len() >= budget {
            break;
        }
        let Some(cell) = cells[i] else { continue };
        // A marker hidden under a more important one in the same cell gets no name either.
        if !taken_cells.insert(cell) {
            continue;
        }
        let text = label_text(&markers[i]);
        let Ok(width) = u16::try_from(text.width()) else {
            continue;
        };
        if width == 0 {
            continue;
        }
        let spot = candidates(cell, width)
            .into_iter()
            .flatten()
            .find(|&(x, y)| fits(area, &marker_cells, &placed, x, y, width));
        if let Some((x, y)) = spot {
            placed.push(PlacedLabel {
                marker: i,
                x,
                y,
                width,
                text,
            });
        }
    }
    placed
}

/// The spots tried for a name of `width` beside the marker at `(cx, cy)`, in order: right,
/// left, then above and below, leaning right and then left.
fn candidates((cx, cy): (u16, u16), width: u16) -> [Option<(u16, u16)>; 6] {
    let right = cx.checked_add(2);
    let left = cx.checked_sub(width.saturating_add(1));
    let lean_right = cx.checked_add(1);
    let lean_left = cx.checked_sub(width);
    let up = cy.checked_sub(1);
    let down = cy.checked_add(1);
    [
        right.map(|x| (x, cy)),
        left.map(|x| (x, cy)),
        lean_right.zip(up),
        lean_right.zip(down),
        lean_left.zip(up),
        lean_left.zip(down),
    ]
}

fn fits(
    area: Rect,
    markers: &HashSet<(u16, u16)>,
    placed: &[PlacedLabel],
    x: u16,
    y: u16,
    width: u16,
) -> bool {
    let (x, y, w) = (u32::from(x), u32::from(y), u32::from(width));
    let inside = x >= u32::from(area.left())
        && x + w <= u32::from(area.right())
        && y >= u32::from(area.top())
        && y < u32::from(area.bottom());
    if !inside {
        return false;
    }
    // Inside the area, so every cell fits in u16. The cells just before and after count too:
    // a name that touches another marker ("●○Shymkent") reads as that marker's.
    let covers_marker = (x.saturating_sub(1)..x + w + 1).any(|cx| {
        u16::try_from(cx)
            .ok()
            .zip(u16::try_from(y).ok())
            .is_some_and(|cell| markers.contains(&cell))
    });
    if covers_marker {
        return false;
    }
    placed.iter().all(|p| {
        let (px, pw) = (u32::from(p.x), u32::from(p.width));
        // Strictly past the other name: one blank cell stays between them.
        u32::from(p.y) != y || x > px + pw || px > x + w
    })
}
