//! Format 1 to format 2: the article becomes the one source, and each record's paragraphs
//! become its evidence, with the record's own summary as what the article says.

use super::schema as v1;
use crate::data::clean::Clean;
use crate::data::schema::{
    Agreement, ClaimedBy, Company, Corridor, Dataset, Evidence, Figure, Investment, Lang, Note,
    Novelty, Pattern, Person, Quote, Source, SourceKind, Text, Visit, Vocabulary, FORMAT,
};

/// The id the article gets as a source.
pub const ARTICLE: &str = "article";

/// The same visit in format 2. Format 1 told every record as an outcome of the visit, so
/// every record is `new`; whose claim it is follows from the kind of article.
pub fn migrate(d: v1::Dataset) -> Dataset {
    let kind = source_kind(&d.source.kind);
    let claimed_by = match kind {
        SourceKind::Official => ClaimedBy::Official,
        SourceKind::News | SourceKind::Aggregator => ClaimedBy::Press,
        SourceKind::Interview | SourceKind::Analysis => ClaimedBy::Expert,
    };
    let source = Source {
        id: Clean::from(ARTICLE),
        outlet: d.source.outlet,
        url: None,
        title: None,
        published: Some(d.source.date),
        language: d.source.language,
        kind,
        paragraphs: Some(d.source.paragraphs),
        interviewee: d.source.interviewee,
    };
    let new = Novelty::New;
    Dataset {
        format: FORMAT,
        visit: Visit {
            evidence: noted(d.visit.paragraphs, &d.visit.summary),
            title: d.visit.title,
            leader: d.visit.leader,
            host: d.visit.host,
            event: d.visit.event,
            place: d.visit.place,
            start: None,
            end: None,
            places: Vec::new(),
            summary: d.visit.summary,
        },
        sources: vec![source],
        vocabulary: Vocabulary {
            sectors: d.vocabulary.sectors,
            statuses: d.vocabulary.statuses,
            places: Vec::new(),
        },
        people: d.people.into_iter().map(person).collect(),
        companies: d.companies.into_iter().map(company).collect(),
        context: d
            .context
            .into_iter()
            .map(|n| Note {
                evidence: noted(n.paragraphs, &n.summary),
                id: n.id,
                title: n.title,
                summary: n.summary,
                figures: Vec::new(),
                claimed_by,
            })
            .collect(),
        investment_pattern: d.investment_pattern.map(|p| Pattern {
            evidence: noted(p.paragraphs, &p.summary),
            summary: p.summary,
            traditional: p.traditional,
            growing: p.growing,
            claimed_by,
        }),
        events: Vec::new(),
        agreements: d
            .agreements
            .into_iter()
            .map(|a| Agreement {
                evidence: noted(a.paragraphs, &a.summary),
                id: a.id,
                title: a.title,
                summary: a.summary,
                claimed_by,
                novelty: new,
                event: None,
                status: a.status,
                status_reports: Vec::new(),
                sectors: a.sectors,
                actors: a.actors,
                places: Vec::new(),
                place: a.place,
                figures: figures(a.figures),
            })
            .collect(),
        investments: d
            .investments
            .into_iter()
            .map(|i| Investment {
                evidence: noted(i.paragraphs, &i.summary),
                id: i.id,
                title: i.title,
                summary: i.summary,
                claimed_by,
                novelty: new,
                event: None,
                status: i.status,
                status_reports: Vec::new(),
                companies: i.companies,
                sectors: i.sectors,
                places: Vec::new(),
                place: i.place,
                figures: figures(i.figures),
            })
            .collect(),
        corridors: d
            .corridors
            .into_iter()
            .map(|c| Corridor {
                evidence: noted(c.paragraphs, &c.summary),
                id: c.id,
                title: c.title,
                aliases: c.aliases,
                summary: c.summary,
                claimed_by,
                novelty: new,
                event: None,
                status: c.status,
                status_reports: Vec::new(),
                sectors: c.sectors,
                places: Vec::new(),
                figures: figures(c.figures),
            })
            .collect(),
        quotes: d
            .quotes
            .into_iter()
            .map(|q| Quote {
                // Format 1 quotes are the article's Russian words with a translation.
                evidence: vec![Evidence {
                    excerpt: Some(q.ru.clone()),
                    translation: Some(q.en.clone()),
                    ..cites(q.paragraphs)
                }],
                id: q.id,
                speaker: q.speaker,
                topic: q.topic,
                lang: Lang::Ru,
                ru: q.ru,
                en: q.en,
                sectors: q.sectors,
                event: None,
                claimed_by,
                novelty: new,
            })
            .collect(),
    }
}

/// Format 1 named the kind of article in words; the nearest kind of format 2.
fn source_kind(kind: &Text) -> SourceKind {
    let words = format!("{} {}", kind.en, kind.ru).to_lowercase();
    let has = |stems: &[&str]| stems.iter().any(|s| words.contains(s));
    if has(&["interview", "интервью"]) {
        SourceKind::Interview
    } else if has(&["analys", "opinion", "comment", "аналит", "мнени", "коммент"])
    {
        SourceKind::Analysis
    } else if has(&["official", "statement", "официал", "заявлени"]) {
        SourceKind::Official
    } else {
        SourceKind::News
    }
}

/// A bare citation of the article's paragraphs.
fn cites(paragraphs: Vec<u32>) -> Evidence {
    Evidence {
        source: Clean::from(ARTICLE),
        paragraphs,
        excerpt: None,
        translation: None,
        note: None,
        stance: None,
        date: None,
    }
}

/// The article's paragraphs, with what they say in the dataset's words.
fn noted(paragraphs: Vec<u32>, says: &Text) -> Vec<Evidence> {
    vec![Evidence {
        note: Some(says.clone()),
        ..cites(paragraphs)
    }]
}

fn person(p: v1::Person) -> Person {
    Person {
        id: p.id,
        name: p.name,
        role: p.role,
        aliases: Vec::new(),
        evidence: vec![cites(p.paragraphs)],
    }
}

fn company(c: v1::Company) -> Company {
    Company {
        id: c.id,
        name: c.name,
        aliases: c.aliases,
        evidence: vec![cites(c.paragraphs)],
    }
}

fn figures(list: Vec<v1::Figure>) -> Vec<Figure> {
    list.into_iter()
        .map(|f| Figure {
            label: f.label,
            value: f.value,
            unit: f.unit,
            qualifier: f.qualifier,
            horizon: f.horizon,
            currency: None,
            scale: None,
            source: None,
            date: None,
        })
        .collect()
}
