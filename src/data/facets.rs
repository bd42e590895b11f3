//! The dimensions records can be faceted on, the values of each, and which values every
//! record has, looked up once per dataset.
//!
//! People are the ones the data names on a record: an agreement's actors, a quote's
//! speaker, and the interviewee of a source when the record is that expert's claim.

use foldhash::HashMap;

use super::catalogue::slot;
use super::clean::Clean;
use super::record::{Category, Record, RecordRef};
use super::schema::{ClaimedBy, Dataset, Lang, Novelty, Stage};
use crate::words::W;

/// A dimension of the facet panel, in the panel's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    #[default]
    Sector,
    Company,
    Person,
    Place,
    Status,
    Stage,
    Novelty,
    Source,
}

impl Dimension {
    pub const ALL: [Dimension; 8] = [
        Dimension::Sector,
        Dimension::Company,
        Dimension::Person,
        Dimension::Place,
        Dimension::Status,
        Dimension::Stage,
        Dimension::Novelty,
        Dimension::Source,
    ];

    /// The machine name, as the command line and chips in messages name it.
    pub fn key(self) -> &'static str {
        match self {
            Dimension::Sector => "sector",
            Dimension::Company => "company",
            Dimension::Person => "person",
            Dimension::Place => "place",
            Dimension::Status => "status",
            Dimension::Stage => "stage",
            Dimension::Novelty => "novelty",
            Dimension::Source => "source",
        }
    }

    /// The chip's label: "company", "компания".
    pub fn label(self, lang: Lang) -> &'static str {
        let w = match self {
            Dimension::Sector => W::SectorLower,
            Dimension::Company => W::CompanyLower,
            Dimension::Person => W::PersonLower,
            Dimension::Place => W::PlaceLower,
            Dimension::Status => W::StatusLower,
            Dimension::Stage => W::StageLower,
            Dimension::Novelty => W::NoveltyLower,
            Dimension::Source => W::SourceLower,
        };
        w.get(lang)
    }

    fn position(self) -> usize {
        Dimension::ALL.iter().position(|&d| d == self).unwrap_or(0)
    }

    /// The next dimension, wrapping round.
    pub fn next(self) -> Dimension {
        Dimension::ALL[(self.position() + 1) % Dimension::ALL.len()]
    }

    pub fn prev(self) -> Dimension {
        let n = Dimension::ALL.len();
        Dimension::ALL[(self.position() + n - 1) % n]
    }
}

/// One value of a dimension as a reader knows it: its id, its names, other spellings.
#[derive(Clone, Copy, Debug)]
pub struct Value<'a> {
    pub id: &'a str,
    pub en: &'a str,
    pub ru: &'a str,
    pub aliases: &'a [Clean],
}

impl Value<'_> {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => self.en,
            Lang::Ru => self.ru,
        }
    }
}

const STAGES: [Stage; 3] = [Stage::Achieved, Stage::Underway, Stage::Intended];
const NOVELTIES: [Novelty; 3] = [Novelty::New, Novelty::Advanced, Novelty::Existing];

fn stage_value(s: Stage) -> Value<'static> {
    let (id, w) = match s {
        Stage::Achieved => ("achieved", W::Achieved),
        Stage::Underway => ("underway", W::Underway),
        Stage::Intended => ("intended", W::Intended),
    };
    Value {
        id,
        en: w.get(Lang::En),
        ru: w.get(Lang::Ru),
        aliases: &[],
    }
}

fn novelty_value(n: Novelty) -> Value<'static> {
    Value {
        id: n.key(),
        en: n.label(Lang::En),
        ru: n.label(Lang::Ru),
        aliases: &[],
    }
}

impl Dataset {
    /// How many values a dimension has.
    pub fn value_count(&self, dim: Dimension) -> usize {
        match dim {
            Dimension::Sector => self.vocabulary.sectors.len(),
            Dimension::Company => self.companies.len(),
            Dimension::Person => self.people.len(),
            Dimension::Place => self.vocabulary.places.len(),
            Dimension::Status => self.vocabulary.statuses.len(),
            Dimension::Stage => STAGES.len(),
            Dimension::Novelty => NOVELTIES.len(),
            Dimension::Source => self.sources.len(),
        }
    }

    /// Value `i` of a dimension.
    pub fn value(&self, dim: Dimension, i: usize) -> Option<Value<'_>> {
        Some(match dim {
            Dimension::Sector => {
                let s = self.vocabulary.sectors.get(i)?;
                text_value(&s.id, &s.name, &s.aliases)
            }
            Dimension::Company => {
                let c = self.companies.get(i)?;
                text_value(&c.id, &c.name, &c.aliases)
            }
            Dimension::Person => {
                let p = self.people.get(i)?;
                text_value(&p.id, &p.name, &p.aliases)
            }
            Dimension::Place => {
                let p = self.vocabulary.places.get(i)?;
                text_value(&p.id, &p.name, &p.aliases)
            }
            Dimension::Status => {
                let s = self.vocabulary.statuses.get(i)?;
                text_value(&s.id, &s.name, &[])
            }
            Dimension::Stage => stage_value(*STAGES.get(i)?),
            Dimension::Novelty => novelty_value(*NOVELTIES.get(i)?),
            Dimension::Source => {
                let s = self.sources.get(i)?;
                Value {
                    id: &s.id,
                    en: &s.outlet,
                    ru: &s.outlet,
                    aliases: &[],
                }
            }
        })
    }

    /// Every value of a dimension, in the dataset's order.
    pub fn values(&self, dim: Dimension) -> impl Iterator<Item = Value<'_>> {
        (0..self.value_count(dim)).filter_map(move |i| self.value(dim, i))
    }
}

fn text_value<'a>(id: &'a Clean, name: &'a super::Text, aliases: &'a [Clean]) -> Value<'a> {
    Value {
        id,
        en: &name.en,
        ru: &name.ru,
        aliases,
    }
}

/// Which values every record has on every dimension, as indexes into the dimension's
/// values: `ids[d][c][starts[d][c][i]..starts[d][c][i + 1]]` for record `i` of category `c`.
#[derive(Debug, Default)]
pub struct Facts {
    ids: Vec<[Vec<u32>; 4]>,
    starts: Vec<[Vec<u32>; 4]>,
}

impl Facts {
    pub fn new(data: &Dataset) -> Facts {
        // Sources that interview someone, looked up once rather than once per record.
        let interviewees: HashMap<&str, &str> = data
            .sources
            .iter()
            .filter_map(|s| Some((s.id.as_str(), s.interviewee.as_deref()?)))
            .collect();
        let index: Vec<HashMap<&str, u32>> = Dimension::ALL
            .iter()
            .map(|&dim| {
                let values = data.values(dim).enumerate();
                values
                    .map(|(i, v)| (v.id, u32::try_from(i).unwrap_or(u32::MAX)))
                    .collect()
            })
            .collect();
        let mut facts = Facts {
            ids: Dimension::ALL.iter().map(|_| Default::default()).collect(),
            starts: Dimension::ALL.iter().map(|_| Default::default()).collect(),
        };
        // One buffer for every record's ids: a large dataset has millions of records.
        let mut named: Vec<&str> = Vec::new();
        for c in Category::ALL {
            for starts in &mut facts.starts {
                starts[slot(c)].push(0);
            }
            // Each record once, for every dimension: its fields are read while in cache.
            for (_, rec) in data.records(c) {
                for (d, &dim) in Dimension::ALL.iter().enumerate() {
                    let ids = &mut facts.ids[d][slot(c)];
                    let from = ids.len();
                    named.clear();
                    value_ids(data, &interviewees, dim, &rec, &mut named);
                    for id in &named {
                        if let Some(&i) = index[d].get(id) {
                            if !ids[from..].contains(&i) {
                                ids.push(i);
                            }
                        }
                    }
                    let end = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                    facts.starts[d][slot(c)].push(end);
                }
            }
        }
        facts
    }

    /// The values record `r` has on `dim`.
    pub fn of(&self, dim: Dimension, r: RecordRef) -> &[u32] {
        let d = dim.position();
        let (Some(ids), Some(starts)) = (self.ids.get(d), self.starts.get(d)) else {
            return &[];
        };
        let (ids, starts) = (&ids[slot(r.category)], &starts[slot(r.category)]);
        match (starts.get(r.index), starts.get(r.index + 1)) {
            (Some(&a), Some(&b)) => ids.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Puts the ids of the values a record names on a dimension in `out`; the caller looks
/// them up.
fn value_ids<'a>(
    data: &'a Dataset,
    interviewees: &HashMap<&str, &'a str>,
    dim: Dimension,
    rec: &Record<'a>,
    out: &mut Vec<&'a str>,
) {
    let ids = |list: &'a [Clean]| list.iter().map(|c| c.as_str());
    match dim {
        Dimension::Sector => out.extend(ids(rec.sectors())),
        Dimension::Company => out.extend(ids(rec.companies())),
        Dimension::Person => {
            out.extend(ids(rec.people()));
            // An expert's claim is the interviewee's, where a cited source names one.
            if rec.claimed_by() == ClaimedBy::Expert {
                out.extend(
                    rec.evidence()
                        .iter()
                        .filter_map(|e| interviewees.get(e.source.as_str()).copied()),
                );
            }
        }
        Dimension::Place => out.extend(ids(rec.places())),
        Dimension::Status => out.extend(rec.status()),
        Dimension::Stage => out.extend(
            rec.status()
                .and_then(|s| data.status(s))
                .map(|s| stage_value(s.stage).id),
        ),
        Dimension::Novelty => out.push(novelty_value(rec.novelty()).id),
        Dimension::Source => out.extend(rec.evidence().iter().map(|e| e.source.as_str())),
    }
}
