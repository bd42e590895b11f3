//! The names an index keeps once, however many records carry them.

use super::index::{SEPARATOR, WEIGHT_NAME};
use super::offset;

/// Distinct texts, each kept once: `text[starts[i]..starts[i + 1] - 1]` is text `i`, which
/// weighs `weights[i]` (a company name more than an outlet).
#[derive(Default)]
pub(super) struct Names {
    pub(super) text: String,
    starts: Vec<u32>,
    weights: Vec<u8>,
}

impl Names {
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn get(&self, i: usize) -> &str {
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&a), Some(&b)) => self.text.get(a as usize..b as usize - 1).unwrap_or(""),
            _ => "",
        }
    }

    pub fn weight(&self, i: usize) -> u8 {
        self.weights.get(i).copied().unwrap_or(WEIGHT_NAME)
    }

    pub(super) fn push(&mut self, name: &str, weight: u8) -> u32 {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.text.push_str(name);
        self.text.push(SEPARATOR);
        self.starts.push(offset(self.text.len()));
        self.weights.push(weight);
        offset(self.len() - 1)
    }

    /// The same text used where it weighs more (an outlet that is also a company) counts
    /// at its most.
    pub(super) fn raise(&mut self, i: u32, weight: u8) {
        if let Some(w) = self.weights.get_mut(i as usize) {
            *w = (*w).max(weight);
        }
    }
}
