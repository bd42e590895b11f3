//! The dataset format, version 2: one JSON document describing one visit, from every source
//! that reports on it.
//!
//! Every text a reader sees is a [`Text`] in English and Russian. Sectors, statuses and
//! places come from vocabularies declared in the same file; people, companies, sources and
//! events are records that others refer to by id. Every claim carries its evidence: which
//! source says it, where, in which words. Optional fields stay out where the sources say
//! nothing. Format 1 files (one article, paragraph numbers) are read by [`super::format1`]
//! and migrated to this shape.

mod records;
mod shrunk;
mod sources;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::clean::Clean;
use shrunk::shrunk;

pub use records::{
    Agreement, ClaimedBy, Corridor, Figure, Investment, Novelty, Quote, StatusReport,
};
pub use sources::{Event, Evidence, Place, Source, SourceKind, Stance};

/// The format version this build writes; it reads this one and [`FORMAT_1`].
pub const FORMAT: u32 = 2;
/// The first format: one article, every record citing its paragraphs.
pub const FORMAT_1: u32 = 1;

/// An interface or data language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    /// Of two interface words, the one in this language.
    pub fn pick(self, en: &'static str, ru: &'static str) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Ru => ru,
        }
    }

    pub fn toggle(self) -> Lang {
        match self {
            Lang::En => Lang::Ru,
            Lang::Ru => Lang::En,
        }
    }

    /// The language's ISO 639-1 code, as sources name theirs.
    pub fn code(self) -> &'static str {
        self.pick("en", "ru")
    }
}

/// A text shown to readers, in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub en: Clean,
    pub ru: Clean,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ru => &self.ru,
        }
    }
}

/// The visit itself.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Visit {
    pub title: Text,
    /// The visiting leader: a person id.
    pub leader: Clean,
    pub host: Text,
    pub event: Text,
    pub place: Text,
    /// First day, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Clean>,
    /// Last day, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Clean>,
    /// Place ids of the cities visited.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub places: Vec<Clean>,
    pub summary: Text,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

/// A sector in the vocabulary.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    pub id: Clean,
    pub name: Text,
    /// Other names a reader may search for ("renewables", "ВИЭ").
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<Clean>,
}

/// How far along a status is: done, under way, or only intended.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Achieved,
    Underway,
    Intended,
}

/// A status in the vocabulary, worded as the sources state it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Status {
    pub id: Clean,
    pub name: Text,
    pub stage: Stage,
}

/// The vocabularies records draw their sectors, statuses and places from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    #[serde(deserialize_with = "shrunk")]
    pub sectors: Vec<Sector>,
    pub statuses: Vec<Status>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub places: Vec<Place>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Clean,
    pub name: Text,
    pub role: Text,
    /// Other spellings a reader may search for.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<Clean>,
    /// Where the sources name the person; may cite paragraphs alone.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub evidence: Vec<Evidence>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub id: Clean,
    pub name: Text,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<Clean>,
    /// Where the sources name the company; may cite paragraphs alone.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub evidence: Vec<Evidence>,
}

/// A point of context: trade, investment stock, an assessment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: Clean,
    pub title: Text,
    pub summary: Text,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub figures: Vec<Figure>,
    pub claimed_by: ClaimedBy,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

/// Where investment has gone, and where interest is growing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    pub summary: Text,
    /// Sector ids that traditionally draw investment.
    pub traditional: Vec<Clean>,
    /// Sector ids of growing interest.
    pub growing: Vec<Clean>,
    pub claimed_by: ClaimedBy,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

/// One visit: the whole dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Format version: 2 (a file saying 1 is read as format 1 and migrated).
    pub format: u32,
    pub visit: Visit,
    /// Every source once; evidence, figures and status reports name them by id.
    pub sources: Vec<Source>,
    pub vocabulary: Vocabulary,
    pub people: Vec<Person>,
    #[serde(deserialize_with = "shrunk", default)]
    pub companies: Vec<Company>,
    #[serde(default)]
    pub context: Vec<Note>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_pattern: Option<Pattern>,
    /// The timeline: what happened on which day, where.
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub investments: Vec<Investment>,
    #[serde(default)]
    pub corridors: Vec<Corridor>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}
