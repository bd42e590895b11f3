//! A uniform view over the four kinds of record, so search, lists and views treat them alike.

use super::clean::Clean;
use super::schema::{
    Agreement, ClaimedBy, Company, Corridor, Dataset, Evidence, Figure, Investment, Lang, Novelty,
    Person, Quote, Sector, Status, StatusReport, Text,
};
use crate::words::{Noun, W};

/// The browsable categories, in tab order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, clap::ValueEnum)]
pub enum Category {
    Agreements,
    Investments,
    Corridors,
    Quotes,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::Agreements,
        Category::Investments,
        Category::Corridors,
        Category::Quotes,
    ];

    /// The machine name used on the command line and in JSON.
    pub fn key(self) -> &'static str {
        match self {
            Category::Agreements => "agreements",
            Category::Investments => "investments",
            Category::Corridors => "corridors",
            Category::Quotes => "quotes",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        let w = match self {
            Category::Agreements => W::Agreements,
            Category::Investments => W::Investments,
            Category::Corridors => W::Corridors,
            Category::Quotes => W::Quotes,
        };
        w.get(lang)
    }

    /// The counted noun of one record of this category.
    pub fn noun(self) -> Noun {
        match self {
            Category::Agreements => Noun::Agreement,
            Category::Investments => Noun::Investment,
            Category::Corridors => Noun::Corridor,
            Category::Quotes => Noun::Quote,
        }
    }
}

/// Points at one record of a dataset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordRef {
    pub category: Category,
    pub index: usize,
}

/// One record of any category, borrowed from its dataset.
#[derive(Clone, Copy, Debug)]
pub enum Record<'a> {
    Agreement(&'a Agreement),
    Investment(&'a Investment),
    Corridor(&'a Corridor),
    Quote(&'a Quote),
}

impl<'a> Record<'a> {
    pub fn category(&self) -> Category {
        match self {
            Record::Agreement(_) => Category::Agreements,
            Record::Investment(_) => Category::Investments,
            Record::Corridor(_) => Category::Corridors,
            Record::Quote(_) => Category::Quotes,
        }
    }

    pub fn id(&self) -> &'a str {
        match self {
            Record::Agreement(r) => &r.id,
            Record::Investment(r) => &r.id,
            Record::Corridor(r) => &r.id,
            Record::Quote(r) => &r.id,
        }
    }

    /// The headline: a quote's headline is its topic.
    pub fn title(&self) -> &'a Text {
        match self {
            Record::Agreement(r) => &r.title,
            Record::Investment(r) => &r.title,
            Record::Corridor(r) => &r.title,
            Record::Quote(r) => &r.topic,
        }
    }

    /// The body text in one language: a quote's body is its words.
    pub fn body(&self, lang: Lang) -> &'a str {
        match self {
            Record::Agreement(r) => r.summary.get(lang),
            Record::Investment(r) => r.summary.get(lang),
            Record::Corridor(r) => r.summary.get(lang),
            Record::Quote(r) => match lang {
                Lang::En => &r.en,
                Lang::Ru => &r.ru,
            },
        }
    }

    pub fn status(&self) -> Option<&'a str> {
        match self {
            Record::Agreement(r) => r.status.as_deref(),
            Record::Investment(r) => r.status.as_deref(),
            Record::Corridor(r) => r.status.as_deref(),
            Record::Quote(_) => None,
        }
    }

    pub fn sectors(&self) -> &'a [Clean] {
        match self {
            Record::Agreement(r) => &r.sectors,
            Record::Investment(r) => &r.sectors,
            Record::Corridor(r) => &r.sectors,
            Record::Quote(r) => &r.sectors,
        }
    }

    pub fn figures(&self) -> &'a [Figure] {
        match self {
            Record::Agreement(r) => &r.figures,
            Record::Investment(r) => &r.figures,
            Record::Corridor(r) => &r.figures,
            Record::Quote(_) => &[],
        }
    }

    /// Where, in words (kept from format 1); `places` names places of the vocabulary.
    pub fn place(&self) -> Option<&'a Text> {
        match self {
            Record::Agreement(r) => r.place.as_ref(),
            Record::Investment(r) => r.place.as_ref(),
            Record::Corridor(_) | Record::Quote(_) => None,
        }
    }

    /// Place ids.
    pub fn places(&self) -> &'a [Clean] {
        match self {
            Record::Agreement(r) => &r.places,
            Record::Investment(r) => &r.places,
            Record::Corridor(r) => &r.places,
            Record::Quote(_) => &[],
        }
    }

    /// The event id the record belongs to.
    pub fn event(&self) -> Option<&'a str> {
        match self {
            Record::Agreement(r) => r.event.as_deref(),
            Record::Investment(r) => r.event.as_deref(),
            Record::Corridor(r) => r.event.as_deref(),
            Record::Quote(r) => r.event.as_deref(),
        }
    }

    /// How each source stated the status, when they differ or it changed.
    pub fn status_reports(&self) -> &'a [StatusReport] {
        match self {
            Record::Agreement(r) => &r.status_reports,
            Record::Investment(r) => &r.status_reports,
            Record::Corridor(r) => &r.status_reports,
            Record::Quote(_) => &[],
        }
    }

    /// Whose claim it is.
    pub fn claimed_by(&self) -> ClaimedBy {
        match self {
            Record::Agreement(r) => r.claimed_by,
            Record::Investment(r) => r.claimed_by,
            Record::Corridor(r) => r.claimed_by,
            Record::Quote(r) => r.claimed_by,
        }
    }

    /// Whether it is an outcome of the visit.
    pub fn novelty(&self) -> Novelty {
        match self {
            Record::Agreement(r) => r.novelty,
            Record::Investment(r) => r.novelty,
            Record::Corridor(r) => r.novelty,
            Record::Quote(r) => r.novelty,
        }
    }

    /// What each source says about it: never empty in a valid dataset.
    pub fn evidence(&self) -> &'a [Evidence] {
        match self {
            Record::Agreement(r) => &r.evidence,
            Record::Investment(r) => &r.evidence,
            Record::Corridor(r) => &r.evidence,
            Record::Quote(r) => &r.evidence,
        }
    }

    /// Every paragraph its evidence cites, in order, whatever the source.
    pub fn cited_paragraphs(&self) -> Vec<u32> {
        self.evidence()
            .iter()
            .flat_map(|e| e.paragraphs.iter().copied())
            .collect()
    }

    /// Company ids (investments only).
    pub fn companies(&self) -> &'a [Clean] {
        match self {
            Record::Investment(r) => &r.companies,
            _ => &[],
        }
    }

    /// Person ids: actors of an agreement, the speaker of a quote.
    pub fn people(&self) -> &'a [Clean] {
        match self {
            Record::Agreement(r) => &r.actors,
            Record::Quote(r) => std::slice::from_ref(&r.speaker),
            _ => &[],
        }
    }

    /// Other names of the record (corridors only).
    pub fn aliases(&self) -> &'a [Clean] {
        match self {
            Record::Corridor(r) => &r.aliases,
            _ => &[],
        }
    }
}

impl Dataset {
    pub fn len(&self, category: Category) -> usize {
        match category {
            Category::Agreements => self.agreements.len(),
            Category::Investments => self.investments.len(),
            Category::Corridors => self.corridors.len(),
            Category::Quotes => self.quotes.len(),
        }
    }

    /// How many records there are, all categories together.
    pub fn record_count(&self) -> usize {
        Category::ALL.into_iter().map(|c| self.len(c)).sum()
    }

    /// The record `r` points at, or None if it is out of range.
    pub fn get(&self, r: RecordRef) -> Option<Record<'_>> {
        match r.category {
            Category::Agreements => self.agreements.get(r.index).map(Record::Agreement),
            Category::Investments => self.investments.get(r.index).map(Record::Investment),
            Category::Corridors => self.corridors.get(r.index).map(Record::Corridor),
            Category::Quotes => self.quotes.get(r.index).map(Record::Quote),
        }
    }

    /// Every record of a category, in file order.
    pub fn records(&self, category: Category) -> impl Iterator<Item = (RecordRef, Record<'_>)> {
        (0..self.len(category)).filter_map(move |index| {
            let r = RecordRef { category, index };
            self.get(r).map(|rec| (r, rec))
        })
    }

    /// Every record, category by category.
    pub fn all_records(&self) -> impl Iterator<Item = (RecordRef, Record<'_>)> {
        Category::ALL.into_iter().flat_map(move |c| self.records(c))
    }

    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id.as_str() == id)
    }

    pub fn company(&self, id: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.id.as_str() == id)
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.vocabulary.sectors.iter().find(|s| s.id.as_str() == id)
    }

    pub fn status(&self, id: &str) -> Option<&Status> {
        self.vocabulary
            .statuses
            .iter()
            .find(|s| s.id.as_str() == id)
    }
}
