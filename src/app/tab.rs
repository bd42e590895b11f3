//! The dashboard's tabs, in order.

use crate::data::{Category, Lang};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Overview,
    Records(Category),
}

impl Tab {
    pub const ALL: [Tab; 5] = [
        Tab::Overview,
        Tab::Records(Category::Agreements),
        Tab::Records(Category::Investments),
        Tab::Records(Category::Corridors),
        Tab::Records(Category::Quotes),
    ];

    pub fn index(self) -> usize {
        Tab::ALL.iter().position(|t| *t == self).unwrap_or(0)
    }

    pub fn from_index(i: usize) -> Option<Tab> {
        Tab::ALL.get(i).copied()
    }

    pub fn next(self) -> Tab {
        Tab::ALL[(self.index() + 1) % Tab::ALL.len()]
    }

    pub fn prev(self) -> Tab {
        Tab::ALL[(self.index() + Tab::ALL.len() - 1) % Tab::ALL.len()]
    }

    pub fn category(self) -> Option<Category> {
        match self {
            Tab::Overview => None,
            Tab::Records(c) => Some(c),
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Tab::Overview => match lang {
                Lang::En => "Overview",
                Lang::Ru => "Обзор",
            },
            Tab::Records(c) => c.label(lang),
        }
    }

    /// The name used on the command line (`--tab investments`).
    pub fn key(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::Records(c) => c.key(),
        }
    }

    pub fn parse(name: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.key() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_prev_wrap_around() {
        assert_eq!(Tab::Overview.prev(), Tab::Records(Category::Quotes));
        assert_eq!(Tab::Records(Category::Quotes).next(), Tab::Overview);
        for t in Tab::ALL {
            assert_eq!(t.next().prev(), t);
            assert_eq!(Tab::parse(t.key()), Some(t));
        }
    }
}
