//! The four kinds of record, and what every record states about itself: whose claim it is,
//! whether it is new, its figures and its status as each source gave them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::shrunk::shrunk;
use super::{Evidence, Lang, Text};
use crate::data::clean::Clean;

/// Whose claim a record is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum ClaimedBy {
    /// The presidency, ministries, the leaders' own words as they published them.
    Official,
    /// News reports.
    Press,
    /// An expert's reading, an interview, an analysis.
    Expert,
}

impl ClaimedBy {
    pub fn key(self) -> &'static str {
        match self {
            ClaimedBy::Official => "official",
            ClaimedBy::Press => "press",
            ClaimedBy::Expert => "expert",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            ClaimedBy::Official => lang.pick("official", "официально"),
            ClaimedBy::Press => lang.pick("press", "пресса"),
            ClaimedBy::Expert => lang.pick("expert", "эксперт"),
        }
    }
}

/// Whether a record is an outcome of the visit.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Novelty {
    /// Signed, opened, proposed or announced during the visit.
    New,
    /// A further step in an earlier project.
    Advanced,
    /// Mentioned, not new.
    Existing,
}

impl Novelty {
    pub fn key(self) -> &'static str {
        match self {
            Novelty::New => "new",
            Novelty::Advanced => "advanced",
            Novelty::Existing => "existing",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Novelty::New => lang.pick("new at the visit", "новое на визите"),
            Novelty::Advanced => lang.pick("advanced", "продвинулось"),
            Novelty::Existing => lang.pick("existing", "существующее"),
        }
    }
}

/// How one source stated a record's status, and when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusReport {
    /// A status id.
    pub status: Clean,
    /// A source id.
    pub source: Clean,
    /// YYYY-MM-DD.
    pub date: Clean,
}

/// A figure as a source states it: "more than 20 documents", "$7.4bn".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What is counted or targeted; figures that disagree share a label.
    pub label: Text,
    pub value: f64,
    pub unit: Text,
    /// "more than", "about" ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<Text>,
    /// When, as the source puts it: "in the coming years".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub horizon: Option<Text>,
    /// For money: an ISO 4217 code such as USD, CNY, KZT.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<Clean>,
    /// For money: value × scale is the amount in the currency (1000000000 for "billion").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<u64>,
    /// The source id that states this figure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Clean>,
    /// When the source stated it, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Clean>,
}

impl Figure {
    /// The amount in its currency (value × scale), for money.
    pub fn amount(&self) -> Option<f64> {
        self.currency.as_ref()?;
        Some(self.value * self.scale.unwrap_or(1) as f64)
    }
}

/// A document signed, an announcement, a proposal or a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub id: Clean,
    pub title: Text,
    pub summary: Text,
    pub claimed_by: ClaimedBy,
    pub novelty: Novelty,
    /// The event id it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Clean>,
    /// The latest status as the sources state it: a status id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Clean>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub status_reports: Vec<StatusReport>,
    #[serde(deserialize_with = "shrunk")]
    pub sectors: Vec<Clean>,
    /// People who signed, announced or proposed it: person ids.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub actors: Vec<Clean>,
    /// Place ids.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub places: Vec<Clean>,
    /// Where, in words, when no place of the vocabulary says it (kept from format 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub figures: Vec<Figure>,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

/// An investment or production project and the companies behind it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Investment {
    pub id: Clean,
    pub title: Text,
    pub summary: Text,
    pub claimed_by: ClaimedBy,
    pub novelty: Novelty,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Clean>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Clean>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub status_reports: Vec<StatusReport>,
    /// Company ids.
    #[serde(deserialize_with = "shrunk")]
    pub companies: Vec<Clean>,
    #[serde(deserialize_with = "shrunk")]
    pub sectors: Vec<Clean>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub places: Vec<Clean>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Text>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub figures: Vec<Figure>,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

/// A transport or trade corridor and its targets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Corridor {
    pub id: Clean,
    pub title: Text,
    /// Other names of the route ("Middle Corridor", "Средний коридор").
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<Clean>,
    pub summary: Text,
    pub claimed_by: ClaimedBy,
    pub novelty: Novelty,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Clean>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Clean>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub status_reports: Vec<StatusReport>,
    #[serde(deserialize_with = "shrunk")]
    pub sectors: Vec<Clean>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub places: Vec<Clean>,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub figures: Vec<Figure>,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

fn is_ru(lang: &Lang) -> bool {
    *lang == Lang::Ru
}

/// Words a person said, exact in one language and faithfully translated into the other.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: Clean,
    /// A person id.
    pub speaker: Clean,
    /// What the quote speaks to.
    pub topic: Text,
    /// Which of `ru` and `en` holds the exact words as the source gives them.
    #[serde(default = "ru", skip_serializing_if = "is_ru")]
    pub lang: Lang,
    pub ru: Clean,
    pub en: Clean,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub sectors: Vec<Clean>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Clean>,
    pub claimed_by: ClaimedBy,
    pub novelty: Novelty,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

fn ru() -> Lang {
    Lang::Ru
}
