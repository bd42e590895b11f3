//! The dashboard's views, in order: one list from which the number keys, the tab bar,
//! `--tab`, help and the footer all follow. Adding a view is an entry here, a variant of
//! `Tab`, and its drawing in `ui` (the match there is exhaustive, so it cannot be missed).

use crate::data::{Category, Lang};
use crate::words::W;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Tab {
    #[default]
    Overview,
    Records(Category),
    /// The visit day by day, each event with its outcomes.
    Timeline,
    /// Every source, with how many records it supports or disputes.
    Sources,
    /// The places of the records on a map of the region.
    Map,
}

/// One view: what it shows, its name in both languages, and its name on the command line.
#[derive(Clone, Copy, Debug)]
pub struct View {
    pub tab: Tab,
    /// `--tab NAME`.
    pub cli: &'static str,
    pub name: W,
    /// The name on a narrow tab bar.
    pub short: W,
}

/// Every view, in tab order; the number key of each is its place here, from 1.
pub const VIEWS: [View; 8] = [
    View {
        tab: Tab::Overview,
        cli: "overview",
        name: W::Overview,
        short: W::ShortOverview,
    },
    View {
        tab: Tab::Records(Category::Agreements),
        cli: "agreements",
        name: W::Agreements,
        short: W::ShortAgreements,
    },
    View {
        tab: Tab::Records(Category::Investments),
        cli: "investments",
        name: W::Investments,
        short: W::ShortInvestments,
    },
    View {
        tab: Tab::Records(Category::Corridors),
        cli: "corridors",
        name: W::Corridors,
        short: W::ShortCorridors,
    },
    View {
        tab: Tab::Records(Category::Quotes),
        cli: "quotes",
        name: W::Quotes,
        short: W::ShortQuotes,
    },
    View {
        tab: Tab::Timeline,
        cli: "timeline",
        name: W::Timeline,
        short: W::ShortTimeline,
    },
    View {
        tab: Tab::Sources,
        cli: "sources",
        name: W::Sources,
        short: W::ShortSources,
    },
    View {
        tab: Tab::Map,
        cli: "map",
        name: W::Map,
        short: W::ShortMap,
    },
];

impl Tab {
    /// Every tab, in order (from `VIEWS`).
    pub const ALL: [Tab; VIEWS.len()] = {
        let mut all = [Tab::Overview; VIEWS.len()];
        let mut i = 0;
        while i < VIEWS.len() {
            all[i] = VIEWS[i].tab;
            i += 1;
        }
        all
    };

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
            Tab::Records(c) => Some(c),
            _ => None,
        }
    }

    fn view(self) -> &'static View {
        &VIEWS[self.index()]
    }

    pub fn label(self, lang: Lang) -> &'static str {
        self.view().name.get(lang)
    }

    pub fn short_label(self, lang: Lang) -> &'static str {
        self.view().short.get(lang)
    }

    /// The name used on the command line (`--tab investments`).
    pub fn key(self) -> &'static str {
        self.view().cli
    }

    pub fn parse(name: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.key() == name)
    }
}

/// `--tab NAME` on the command line: one of the views' names, which help lists.
pub fn arg_parser() -> impl clap::builder::TypedValueParser<Value = Tab> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(VIEWS.map(|v| v.cli))
        .try_map(|name| Tab::parse(&name).ok_or("not a view"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_and_prev_wrap_around() {
        let last = Tab::ALL[Tab::ALL.len() - 1];
        assert_eq!(Tab::Overview.prev(), last);
        assert_eq!(last.next(), Tab::Overview);
        for t in Tab::ALL {
            assert_eq!(t.next().prev(), t);
            assert_eq!(Tab::parse(t.key()), Some(t));
        }
    }

    #[test]
    fn every_view_is_listed_once() {
        for (i, v) in VIEWS.iter().enumerate() {
            assert_eq!(v.tab.index(), i, "{:?} listed twice", v.tab);
        }
    }
}
