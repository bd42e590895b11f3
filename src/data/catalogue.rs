//! What the views ask of every record again and again, looked up once per dataset: each
//! record's stage and its sectors as indexes into the vocabulary.

use std::collections::HashMap;

use super::record::{Category, RecordRef};
use super::schema::{Dataset, Stage};

/// Derived from a dataset once; answers without string look-ups.
#[derive(Debug, Default)]
pub struct Catalogue {
    /// Each record's stage, by category slot.
    stages: [Vec<Option<Stage>>; 4],
    /// Each record's sectors as indexes into the vocabulary:
    /// `sector_ids[c][sector_starts[c][i]..sector_starts[c][i + 1]]` for record `i`.
    sector_ids: [Vec<u16>; 4],
    sector_starts: [Vec<u32>; 4],
}

impl Catalogue {
    pub fn new(data: &Dataset) -> Catalogue {
        let stages = Category::ALL.map(|c| {
            data.records(c)
                .map(|(_, rec)| Some(data.status(rec.status()?)?.stage))
                .collect()
        });
        let vocabulary: HashMap<&str, u16> = data
            .vocabulary
            .sectors
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id.as_str(), u16::try_from(i).unwrap_or(u16::MAX)))
            .collect();
        let mut sector_ids: [Vec<u16>; 4] = Default::default();
        let mut sector_starts: [Vec<u32>; 4] = Default::default();
        for c in Category::ALL {
            let (ids, starts) = (&mut sector_ids[slot(c)], &mut sector_starts[slot(c)]);
            starts.push(0);
            for (_, rec) in data.records(c) {
                ids.extend(
                    rec.sectors()
                        .iter()
                        .filter_map(|s| vocabulary.get(s.as_str())),
                );
                starts.push(u32::try_from(ids.len()).unwrap_or(u32::MAX));
            }
        }
        Catalogue {
            stages,
            sector_ids,
            sector_starts,
        }
    }

    /// A record's stage; none for a record with no status.
    pub fn stage(&self, r: RecordRef) -> Option<Stage> {
        self.stages[slot(r.category)]
            .get(r.index)
            .copied()
            .flatten()
    }

    /// A record's sectors, as indexes into the vocabulary.
    pub fn sectors(&self, r: RecordRef) -> &[u16] {
        let starts = &self.sector_starts[slot(r.category)];
        match (starts.get(r.index), starts.get(r.index + 1)) {
            (Some(&a), Some(&b)) => self.sector_ids[slot(r.category)]
                .get(a as usize..b as usize)
                .unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Where a category's entries live in the catalogue's arrays.
pub fn slot(c: Category) -> usize {
    match c {
        Category::Agreements => 0,
        Category::Investments => 1,
        Category::Corridors => 2,
        Category::Quotes => 3,
    }
}
