//! Format 1, as files written for it still say: one visit read from one article, every
//! record naming the 1-based paragraphs it comes from. Read only, then migrated.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::data::clean::Clean;
use crate::data::schema::{Sector, Status, Text};

/// A figure as the article states it: "more than 20 documents", "10 million tonnes a year in
/// the coming years".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What is counted or targeted.
    pub label: Text,
    pub value: f64,
    pub unit: Text,
    /// "more than", "up to" ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Text>,
    /// When, as the article puts it: "in the coming years".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<Text>,
}

/// Where the facts come from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The outlet that published the article.
    pub outlet: Clean,
    /// Publication date, YYYY-MM-DD.
    pub date: Clean,
    /// The article's language, as an ISO 639-1 code.
    pub language: Clean,
    /// What kind of piece it is: interview, report ...
    pub kind: Text,
    /// The person interviewed, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewee: Option<Clean>,
    /// How many paragraphs the article has (headings count as paragraphs).
    pub paragraphs: u32,
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
    pub summary: Text,
    pub paragraphs: Vec<u32>,
}

/// The vocabularies records draw their sectors and statuses from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    pub sectors: Vec<Sector>,
    pub statuses: Vec<Status>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Clean,
    pub name: Text,
    pub role: Text,
    pub paragraphs: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Company {
    pub id: Clean,
    pub name: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Clean>,
    pub paragraphs: Vec<u32>,
}

/// A point of context or stance the source gives.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub id: Clean,
    pub title: Text,
    pub summary: Text,
    pub paragraphs: Vec<u32>,
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
    pub paragraphs: Vec<u32>,
}

/// A document signed, an announcement, a proposal or a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub id: Clean,
    pub title: Text,
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Clean>,
    pub sectors: Vec<Clean>,
    /// People who signed, announced or proposed it: person ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actors: Vec<Clean>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    pub paragraphs: Vec<u32>,
}

/// An investment or production project and the companies behind it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    pub id: Clean,
    pub title: Text,
    pub summary: Text,
    /// Company ids.
    pub companies: Vec<Clean>,
    pub sectors: Vec<Clean>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Clean>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    pub paragraphs: Vec<u32>,
}

/// A transport or trade corridor and its targets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Corridor {
    pub id: Clean,
    pub title: Text,
    /// Other names of the route ("Middle Corridor", "Средний коридор").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<Clean>,
    pub summary: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Clean>,
    pub sectors: Vec<Clean>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    pub paragraphs: Vec<u32>,
}

/// Words a person said, in the original Russian with an English translation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: Clean,
    /// A person id.
    pub speaker: Clean,
    /// What the quote speaks to.
    pub topic: Text,
    /// The words as spoken, in Russian.
    pub ru: Clean,
    /// A faithful English translation.
    pub en: Clean,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<Clean>,
    pub paragraphs: Vec<u32>,
}

/// One visit: the whole dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Format version: 1.
    pub format: u32,
    pub source: Source,
    pub visit: Visit,
    pub vocabulary: Vocabulary,
    pub people: Vec<Person>,
    #[serde(default)]
    pub companies: Vec<Company>,
    #[serde(default)]
    pub context: Vec<Note>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_pattern: Option<Pattern>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default)]
    pub investments: Vec<Investment>,
    #[serde(default)]
    pub corridors: Vec<Corridor>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
}
