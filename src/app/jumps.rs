//! Where the user was before opening something, as vim's jump list: opening a record
//! records the place it was opened from; going back returns there, and forward again.

use super::tab::Tab;
use crate::data::RecordRef;

/// A place in the dashboard: a view and what was selected in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub tab: Tab,
    /// The selected record, on a view of records (or an Overview outcome).
    pub record: Option<RecordRef>,
    /// The selected row, where the view has rows that are not records (a timeline row, a
    /// source), and the related record under the cursor when one was.
    pub row: usize,
    pub related: Option<usize>,
}

/// At most this many places back are kept; the oldest go first.
const KEPT: usize = 100;

/// The places behind and ahead of the current one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Jumps {
    back: Vec<Location>,
    forward: Vec<Location>,
}

impl Jumps {
    /// Opening something from `here`: it becomes the last place back, and whatever was
    /// ahead is dropped, as a new branch.
    pub fn leave(&mut self, here: Location) {
        self.forward.clear();
        if self.back.last() != Some(&here) {
            self.back.push(here);
        }
        if self.back.len() > KEPT {
            self.back.remove(0);
        }
    }

    /// The place to go back to from `here`, which moves ahead; None at the start.
    pub fn back(&mut self, here: Location) -> Option<Location> {
        let to = self.back.pop()?;
        self.forward.push(here);
        Some(to)
    }

    /// The place to go forward to from `here`, which moves back; None at the end.
    pub fn forward(&mut self, here: Location) -> Option<Location> {
        let to = self.forward.pop()?;
        self.back.push(here);
        Some(to)
    }

    /// How many places there are to go back to, and forward to.
    pub fn counts(&self) -> (usize, usize) {
        (self.back.len(), self.forward.len())
    }

    pub fn is_empty(&self) -> bool {
        self.back.is_empty() && self.forward.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Category;

    fn at(tab: Tab, row: usize) -> Location {
        Location {
            tab,
            record: None,
            row,
            related: None,
        }
    }

    #[test]
    fn back_and_forward_walk_the_places_left() {
        let mut j = Jumps::default();
        assert!(j.is_empty());
        let a = at(Tab::Overview, 3);
        let b = at(Tab::Records(Category::Investments), 1);
        let c = at(Tab::Timeline, 7);
        j.leave(a);
        j.leave(b);
        assert_eq!(j.counts(), (2, 0));
        assert_eq!(j.back(c), Some(b));
        assert_eq!(j.back(b), Some(a));
        assert_eq!(j.back(a), None);
        assert_eq!(j.counts(), (0, 2));
        assert_eq!(j.forward(a), Some(b));
        assert_eq!(j.forward(b), Some(c));
        assert_eq!(j.forward(c), None);
        assert_eq!(j.counts(), (2, 0));
    }

    #[test]
    fn opening_after_going_back_drops_what_was_ahead() {
        let mut j = Jumps::default();
        let a = at(Tab::Overview, 0);
        let b = at(Tab::Timeline, 2);
        j.leave(a);
        assert_eq!(j.back(b), Some(a));
        assert_eq!(j.counts(), (0, 1));
        j.leave(a);
        assert_eq!(j.counts(), (1, 0));
        // The same place twice in a row is kept once.
        j.leave(a);
        assert_eq!(j.counts(), (1, 0));
    }

    #[test]
    fn only_the_newest_places_are_kept() {
        let mut j = Jumps::default();
        for i in 0..KEPT + 5 {
            j.leave(at(Tab::Sources, i));
        }
        assert_eq!(j.counts(), (KEPT, 0));
        let here = at(Tab::Overview, 0);
        assert_eq!(j.back(here), Some(at(Tab::Sources, KEPT + 4)));
    }
}
