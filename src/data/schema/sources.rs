//! Where the facts come from: sources, the evidence that cites them, the days of the visit
//! and the places on the map.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::shrunk::shrunk;
use super::{Lang, Text};
use crate::data::clean::Clean;
use crate::words::W;

/// What kind of page a source is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The presidency, ministries, the leaders' own words as they published them.
    Official,
    News,
    Interview,
    Analysis,
    /// A page that gathers others' reports.
    Aggregator,
}

impl SourceKind {
    pub fn key(self) -> &'static str {
        match self {
            SourceKind::Official => "official",
            SourceKind::News => "news",
            SourceKind::Interview => "interview",
            SourceKind::Analysis => "analysis",
            SourceKind::Aggregator => "aggregator",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SourceKind::Official => W::KindOfficial.get(lang),
            SourceKind::News => W::KindNews.get(lang),
            SourceKind::Interview => W::KindInterview.get(lang),
            SourceKind::Analysis => W::KindAnalysis.get(lang),
            SourceKind::Aggregator => W::KindAggregator.get(lang),
        }
    }
}

/// One page that reports on the visit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: Clean,
    /// Who published it.
    pub outlet: Clean,
    /// The page: http or https. Absent only where there is no page to link to (an article
    /// migrated from format 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<Clean>,
    /// The page's headline, in our words or translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Text>,
    /// Publication date, YYYY-MM-DD; absent when the page shows none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Clean>,
    /// The page's language, as an ISO 639-1 code.
    pub language: Clean,
    pub kind: SourceKind,
    /// How many numbered paragraphs it has, for sources cited by paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paragraphs: Option<u32>,
    /// The person interviewed: a person id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interviewee: Option<Clean>,
}

impl Source {
    /// The site of its page, without a leading `www.`: `qazinform.com` for
    /// `https://qazinform.com/news/...`. None when it has no page or the address has no host.
    pub fn host(&self) -> Option<&str> {
        let url = self.url.as_deref()?;
        let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        // Past any user name, before any port.
        let host = authority.rsplit('@').next().unwrap_or("");
        let host = host.split(':').next().unwrap_or("");
        let host = host.strip_prefix("www.").unwrap_or(host);
        (!host.is_empty()).then_some(host)
    }
}

/// How a source stands to a record as the dataset states it.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Supports,
    Disputes,
    /// Says something later or different that moves the record on (a status, a figure).
    Updates,
}

impl Stance {
    pub fn key(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Disputes => "disputes",
            Stance::Updates => "updates",
        }
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Stance::Supports => W::Supports.get(lang),
            Stance::Disputes => W::Disputes.get(lang),
            Stance::Updates => W::StanceUpdates.get(lang),
        }
    }
}

/// What one source says about a claim: its exact words, or what it says in ours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// A source id.
    pub source: Clean,
    /// 1-based paragraph numbers, for a source with numbered paragraphs.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub paragraphs: Vec<u32>,
    /// The source's exact words, in its language: a few sentences at most.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<Clean>,
    /// A faithful translation of the excerpt into the other of English and Russian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<Clean>,
    /// What the source says, in our words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stance: Option<Stance>,
    /// When the source states it, YYYY-MM-DD, if that differs from its publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Clean>,
}

impl Evidence {
    /// The stance, where none is given: the source states the record.
    pub fn stance_or_supports(&self) -> Stance {
        self.stance.unwrap_or(Stance::Supports)
    }
}

/// A moment of the visit, for the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Clean,
    /// YYYY-MM-DD.
    pub date: Clean,
    /// A place id; absent when the sources name no place (an article, a call).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<Clean>,
    pub title: Text,
    pub summary: Text,
    /// Person ids.
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub participants: Vec<Clean>,
    #[serde(deserialize_with = "shrunk")]
    pub evidence: Vec<Evidence>,
}

/// A place on the map: reference geography, not a claim of the sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Place {
    pub id: Clean,
    pub name: Text,
    #[serde(
        deserialize_with = "shrunk",
        default,
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<Clean>,
    /// Degrees north, -90 to 90.
    pub lat: f64,
    /// Degrees east, -180 to 180.
    pub lon: f64,
    /// The point is a region's centre, not a town.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// Where the coordinates come from: GeoNames, Natural Earth ...
    pub gazetteer: Clean,
}
