//! Drawing the lines: each layer (borders, routes) goes through ratatui's braille canvas on a
//! scratch buffer, then onto the screen with its own full style. Dots of a route that shares
//! a cell with a border are added to the border's dots, not drawn over them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker as Dots;
use ratatui::widgets::canvas::{Canvas, Line};
use ratatui::widgets::Widget;

use crate::geo::{Frame, Polyline};

const BRAILLE_BLANK: u32 = 0x2800;
const BRAILLE_FULL: u32 = 0x28FF;

/// Draws `lines` in braille over `area` of `buf`, in `style`.
pub fn braille_lines<'a>(
    area: Rect,
    buf: &mut Buffer,
    frame: &Frame,
    lines: impl Iterator<Item = &'a Polyline> + Clone,
    style: Style,
) {
    if area.is_empty() {
        return;
    }
    let scratch_area = Rect::new(0, 0, area.width, area.height);
    let mut scratch = Buffer::empty(scratch_area);
    Canvas::default()
        .marker(Dots::Braille)
        .x_bounds([frame.west, frame.east])
        .y_bounds([frame.south, frame.north])
        .paint(|ctx| {
            for line in lines.clone() {
                for pair in line.windows(2) {
                    let ((x1, y1), (x2, y2)) = (pair[0], pair[1]);
                    ctx.draw(&Line::new(x1, y1, x2, y2, Color::Reset));
                }
            }
        })
        .render(scratch_area, &mut scratch);
    for y in 0..area.height {
        for x in 0..area.width {
            let Some(dots) = braille_bits(scratch[(x, y)].symbol()) else {
                continue;
            };
            if dots == 0 {
                continue;
            }
            let (bx, by) = (area.x.saturating_add(x), area.y.saturating_add(y));
            let Some(cell) = buf.cell_mut((bx, by)) else {
                continue;
            };
            let under = braille_bits(cell.symbol()).unwrap_or(0);
            if let Some(c) = char::from_u32(BRAILLE_BLANK | under | dots) {
                cell.set_char(c).set_style(style);
            }
        }
    }
}

/// The dots of a braille cell, or `None` for any other symbol.
fn braille_bits(symbol: &str) -> Option<u32> {
    let mut chars = symbol.chars();
    let c = u32::from(chars.next()?);
    if chars.next().is_some() || !(BRAILLE_BLANK..=BRAILLE_FULL).contains(&c) {
        return None;
    }
    Some(c - BRAILLE_BLANK)
}
