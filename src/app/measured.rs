//! Scroll limits and click targets the view records while it draws.

use std::cell::{Cell, RefCell};

use ratatui::layout::Rect;

use super::filters::Filter;

/// How far each scrolling pane can scroll, as the view measured it when it last drew.
/// The view records these while drawing (it alone wraps text); `update` clamps scrolls to
/// them, so input handling never lays text out. Unmeasured, nothing is clamped.
#[derive(Debug)]
pub struct Measured {
    pub detail_max: Cell<u16>,
    pub help_max: Cell<u16>,
    /// The wrapped rows (from, to) each related record of the detail takes, and the
    /// detail's scroll as drawn: where a click lands.
    pub related_rows: std::cell::RefCell<(Vec<(u16, u16)>, u16)>,
    /// Where each filter chip was drawn in the search line: its first and past-last
    /// columns, so a click on it takes it off.
    pub chips: RefCell<Vec<(u16, u16, Filter)>>,
    /// The facet panel's dimensions, one a row, and its values with the index of the
    /// first one drawn.
    pub facet_dims: Cell<Rect>,
    pub facet_values: Cell<(Rect, usize)>,
    /// The column chooser's rows, one a column.
    pub chooser: Cell<Rect>,
}

impl Default for Measured {
    fn default() -> Measured {
        Measured {
            detail_max: Cell::new(u16::MAX),
            help_max: Cell::new(u16::MAX),
            related_rows: Default::default(),
            chips: RefCell::new(Vec::new()),
            facet_dims: Cell::default(),
            facet_values: Cell::default(),
            chooser: Cell::default(),
        }
    }
}
