//! Which columns each record table shows, and in what order: the column chooser (`c`).
//! The title column always shows: a table without it would not say which record a row is.

use ratatui::layout::Position;

use crate::data::catalogue::slot;
use crate::data::Category;
use crate::words::{say, W};

use super::action::Action;
use super::state::{App, Mode};
use super::update::Effect;

/// A column of a record table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnId {
    /// The record's title (a quote's topic): always shown.
    Title,
    /// A quote's speaker.
    Speaker,
    Companies,
    /// An investment's first sector.
    Sector,
    Sectors,
    Place,
    /// A corridor's first figure.
    Target,
    Status,
    /// How many sources the record cites.
    Sources,
}

/// A category's columns in their default order.
pub fn defaults(c: Category) -> &'static [ColumnId] {
    use ColumnId::*;
    match c {
        Category::Agreements => &[Title, Status, Sectors, Sources],
        Category::Investments => &[Title, Companies, Sector, Place, Status, Sources],
        Category::Corridors => &[Title, Target, Status, Sources],
        Category::Quotes => &[Speaker, Title, Sources],
    }
}

/// One column of a table as chosen: which, and whether it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: ColumnId,
    pub shown: bool,
}

/// Every record table's columns as chosen, and the chooser's cursor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Columns {
    tables: [Vec<Choice>; 4],
    /// The table the chooser is open for, and the row under its cursor.
    pub chooser: Category,
    pub cursor: usize,
}

impl Default for Columns {
    fn default() -> Columns {
        let table = |c| {
            defaults(c)
                .iter()
                .map(|&id| Choice { id, shown: true })
                .collect()
        };
        Columns {
            tables: Category::ALL.map(table),
            chooser: Category::Agreements,
            cursor: 0,
        }
    }
}

impl Columns {
    /// A table's columns in the chosen order, hidden ones included.
    pub fn choices(&self, c: Category) -> &[Choice] {
        &self.tables[slot(c)]
    }

    /// The columns a table shows, in order.
    pub fn shown(&self, c: Category) -> Vec<ColumnId> {
        self.choices(c)
            .iter()
            .filter(|ch| ch.shown)
            .map(|ch| ch.id)
            .collect()
    }

    /// Shows or hides column `i` of `c`; false (nothing changed) for the title.
    fn toggle(&mut self, c: Category, i: usize) -> bool {
        match self.tables[slot(c)].get_mut(i) {
            Some(ch) if ch.id != ColumnId::Title => {
                ch.shown = !ch.shown;
                true
            }
            _ => false,
        }
    }

    /// Moves the column under the cursor one place up (`-1`) or down (`1`), the cursor
    /// with it.
    fn shift(&mut self, by: isize) {
        let table = &mut self.tables[slot(self.chooser)];
        let Some(to) = self.cursor.checked_add_signed(by) else {
            return;
        };
        if to < table.len() && self.cursor < table.len() {
            table.swap(self.cursor, to);
            self.cursor = to;
        }
    }

    fn step(&mut self, by: i64) {
        let last = self.choices(self.chooser).len().saturating_sub(1) as i64;
        self.cursor = (self.cursor as i64)
            .saturating_add(by)
            .clamp(0, last.max(0)) as usize;
    }
}

/// Applies an action of the chooser: open, close, move, show or hide, reorder.
pub(super) fn apply(app: &mut App, action: &Action) -> Effect {
    let cols = &mut app.columns;
    match action {
        Action::ColumnsOpen => {
            let Some(c) = app.tab.category() else {
                app.toast = Some(say(W::NoColumns, app.lang()).to_string());
                return Effect::Redraw;
            };
            cols.chooser = c;
            cols.cursor = 0;
            app.mode = Mode::Columns;
        }
        Action::ColumnsClose => app.mode = Mode::Normal,
        Action::ColumnToggle => toggle(app, app.columns.cursor),
        Action::ColumnMoveUp => cols.shift(-1),
        Action::ColumnMoveDown => cols.shift(1),
        Action::Up => cols.step(-1),
        Action::Down => cols.step(1),
        Action::Top | Action::PageUp => cols.step(i64::MIN / 2),
        Action::Bottom | Action::PageDown => cols.step(i64::MAX / 2),
        _ => return Effect::None,
    }
    Effect::Redraw
}

/// Shows or hides column `i` of the chooser's table; the title is refused, with a word why.
fn toggle(app: &mut App, i: usize) {
    let c = app.columns.chooser;
    if !app.columns.toggle(c, i) {
        app.toast = Some(say(W::TitleStays, app.lang()).to_string());
    }
}

/// A click in the chooser: on a row, selects it; on its check mark, shows or hides it.
pub(super) fn click(app: &mut App, x: u16, y: u16) -> Effect {
    let list = app.measured.chooser.get();
    if !list.contains(Position::new(x, y)) {
        return Effect::None;
    }
    let i = usize::from(y - list.y);
    if i >= app.columns.choices(app.columns.chooser).len() {
        return Effect::None;
    }
    app.columns.cursor = i;
    if x < list.x.saturating_add(CHECK_WIDTH) {
        toggle(app, i);
    }
    Effect::Redraw
}

/// The wheel in the chooser moves its cursor.
pub(super) fn wheel(app: &mut App, by: i32) -> Effect {
    app.columns.step(i64::from(by));
    Effect::Redraw
}

/// The columns at the left of each chooser row that hold its check mark (" ✓ "): a click
/// there shows or hides the column.
pub const CHECK_WIDTH: u16 = 3;
