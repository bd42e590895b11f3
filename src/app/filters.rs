//! The filters on show: values of the facet dimensions, each a chip in the search line.
//! A record passes when, on every dimension with a filter, it has one of that dimension's
//! values: AND across dimensions, OR within one.

use crate::data::facets::{Dimension, Facts};
use crate::data::RecordRef;

/// One filter: a value of a dimension, as an index into the dimension's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Filter {
    pub dimension: Dimension,
    pub value: usize,
}

impl Filter {
    pub fn new(dimension: Dimension, value: usize) -> Filter {
        Filter { dimension, value }
    }
}

/// The active filters, in the order they were added (the chips' order).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    active: Vec<Filter>,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.active.is_empty()
    }

    /// The filters as chips, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = Filter> + '_ {
        self.active.iter().copied()
    }

    pub fn contains(&self, f: Filter) -> bool {
        self.active.contains(&f)
    }

    /// Adds a filter; false if it was already on.
    pub fn add(&mut self, f: Filter) -> bool {
        if self.contains(f) {
            return false;
        }
        self.active.push(f);
        true
    }

    /// Removes a filter; false if it was not on.
    pub fn remove(&mut self, f: Filter) -> bool {
        let before = self.active.len();
        self.active.retain(|&a| a != f);
        self.active.len() != before
    }

    /// Adds the filter, or removes it if it is on.
    pub fn toggle(&mut self, f: Filter) {
        if !self.remove(f) {
            self.active.push(f);
        }
    }

    /// Removes the newest filter, the last chip.
    pub fn pop(&mut self) -> Option<Filter> {
        self.active.pop()
    }

    pub fn clear(&mut self) {
        self.active.clear();
    }

    /// The values filtered on one dimension.
    pub fn values(&self, dim: Dimension) -> impl Iterator<Item = usize> + '_ {
        self.active
            .iter()
            .filter(move |f| f.dimension == dim)
            .map(|f| f.value)
    }

    /// The one value filtered on a dimension, when there is exactly one.
    pub fn only(&self, dim: Dimension) -> Option<usize> {
        let mut values = self.values(dim);
        match (values.next(), values.next()) {
            (Some(v), None) => Some(v),
            _ => None,
        }
    }

    /// Whether record `r` passes every filter, leaving out those on `except` (the panel
    /// counts a dimension's values under the other dimensions' filters, so picking a
    /// second value of it adds records rather than hiding all).
    pub fn passes(&self, facts: &Facts, r: RecordRef, except: Option<Dimension>) -> bool {
        Dimension::ALL
            .into_iter()
            .filter(|&d| Some(d) != except)
            .all(|d| {
                let mut wanted = self.values(d).peekable();
                if wanted.peek().is_none() {
                    return true;
                }
                let has = facts.of(d, r);
                wanted.any(|v| u32::try_from(v).is_ok_and(|v| has.contains(&v)))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_keep_their_order_and_come_off_one_at_a_time() {
        let mut f = Filters::default();
        let a = Filter::new(Dimension::Company, 1);
        let b = Filter::new(Dimension::Stage, 0);
        assert!(f.add(a));
        assert!(f.add(b));
        assert!(!f.add(a), "a filter is on once");
        assert_eq!(f.iter().collect::<Vec<_>>(), vec![a, b]);
        assert_eq!(f.only(Dimension::Company), Some(1));
        f.toggle(Filter::new(Dimension::Company, 2));
        assert_eq!(f.only(Dimension::Company), None, "two companies");
        assert_eq!(f.pop(), Some(Filter::new(Dimension::Company, 2)));
        f.toggle(a);
        assert_eq!(f.iter().collect::<Vec<_>>(), vec![b]);
        f.clear();
        assert!(f.is_empty());
    }
}
