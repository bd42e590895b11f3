//! Charts of counts: outcomes by stage, by novelty, by sector, and in the sectors the
//! expert names as where investment has gone and where interest grows.

use std::collections::HashMap;

use super::{outcomes, Bar, Chart, ChartKind};
use crate::data::record::RecordRef;
use crate::data::schema::{Dataset, Lang, Novelty, Stage};
use crate::words::W;

fn stage_of(d: &Dataset, r: RecordRef) -> Option<Stage> {
    let rec = d.get(r)?;
    Some(d.status(rec.status()?)?.stage)
}

/// Done, under way, only intended; and the outcomes no source gives a status for.
pub fn stages(d: &Dataset, shown: &[RecordRef], lang: Lang) -> Chart {
    let mut counts = [0usize; 4];
    for r in outcomes(shown) {
        let slot = match stage_of(d, r) {
            Some(Stage::Achieved) => 0,
            Some(Stage::Underway) => 1,
            Some(Stage::Intended) => 2,
            None => 3,
        };
        counts[slot] += 1;
    }
    let names = [W::Achieved, W::Underway, W::Intended, W::NoStatus];
    let mut bars: Vec<Bar> = names
        .iter()
        .zip(counts)
        .enumerate()
        .map(|(i, (w, n))| Bar::count(w.get(lang), n, i))
        .collect();
    // "No status" only when some outcome lacks one.
    if counts[3] == 0 {
        bars.pop();
    }
    Chart {
        kind: ChartKind::Stage,
        bars,
        notes: Vec::new(),
    }
}

/// New at the visit, an earlier project advanced, mentioned and not new.
pub fn novelty(d: &Dataset, shown: &[RecordRef], lang: Lang) -> Chart {
    let kinds = [
        (Novelty::New, W::New),
        (Novelty::Advanced, W::Advanced),
        (Novelty::Existing, W::Existing),
    ];
    let bars = kinds
        .iter()
        .enumerate()
        .map(|(i, (kind, w))| {
            let n = outcomes(shown)
                .filter_map(|r| d.get(r))
                .filter(|rec| rec.novelty() == *kind)
                .count();
            Bar::count(w.get(lang), n, i)
        })
        .collect();
    Chart {
        kind: ChartKind::Novelty,
        bars,
        notes: Vec::new(),
    }
}

/// How many outcomes name each sector: most first, then in the vocabulary's order.
fn sector_counts(d: &Dataset, shown: &[RecordRef]) -> Vec<usize> {
    let at: HashMap<&str, usize> = d
        .vocabulary
        .sectors
        .iter()
        .enumerate()
        .map(|(i, s)| (s.id.as_str(), i))
        .collect();
    let mut counts = vec![0usize; d.vocabulary.sectors.len()];
    for rec in outcomes(shown).filter_map(|r| d.get(r)) {
        for s in rec.sectors() {
            if let Some(n) = at.get(s.as_str()).and_then(|i| counts.get_mut(*i)) {
                *n += 1;
            }
        }
    }
    counts
}

/// Outcomes by sector; an outcome counts once under each of its sectors.
pub fn sectors(d: &Dataset, shown: &[RecordRef], lang: Lang) -> Chart {
    let counts = sector_counts(d, shown);
    let mut order: Vec<usize> = (0..counts.len()).filter(|i| counts[*i] > 0).collect();
    order.sort_by_key(|i| std::cmp::Reverse(counts[*i]));
    let bars = order
        .into_iter()
        .map(|i| Bar::count(d.vocabulary.sectors[i].name.get(lang), counts[i], 4))
        .collect();
    Chart {
        kind: ChartKind::Sectors,
        bars,
        notes: vec![W::EachSectorCounts.get(lang).to_string()],
    }
}

/// The expert's sectors, where investment has gone and where interest grows, each with
/// the number of the visit's outcomes on show in it. Empty without such a reading.
pub fn pattern(d: &Dataset, shown: &[RecordRef], lang: Lang) -> Chart {
    let mut chart = Chart {
        kind: ChartKind::Pattern,
        bars: Vec::new(),
        notes: Vec::new(),
    };
    let Some(p) = &d.investment_pattern else {
        return chart;
    };
    let counts = sector_counts(d, shown);
    let groups = [
        (&p.traditional, W::InvestmentHasGone, 5),
        (&p.growing, W::InterestGrows, 6),
    ];
    for (ids, heading, tone) in groups {
        for id in ids {
            let at = d.vocabulary.sectors.iter().position(|v| v.id == *id);
            let name = at.map_or(id.as_str(), |i| d.vocabulary.sectors[i].name.get(lang));
            let n = at.map_or(0, |i| counts[i]);
            let mut bar = Bar::count(name, n, tone);
            bar.group = Some(heading.get(lang).to_string());
            chart.bars.push(bar);
        }
    }
    let outlets: Vec<String> = p
        .evidence
        .iter()
        .map(|e| d.attributed(String::new(), &e.source, None, lang))
        .map(|s| s.trim().trim_matches(['(', ')']).to_string())
        .collect();
    chart.notes.push(format!(
        "{} {} ({})",
        W::SectorsAsNamed.get(lang),
        outlets.join("; "),
        p.claimed_by.label(lang)
    ));
    chart.notes.push(W::PatternCounts.get(lang).to_string());
    chart
}
