//! Targets against their baselines, where a record holds both: a target is a figure with a
//! horizon ("by 2030") or a label that says target; its baseline is another figure of the
//! same record in the same unit (a yearly target may stand on a yearly or a one-year total:
//! "million tonnes a year" against "million tonnes").

use super::money::{outlets, value_text};
use super::{outcomes, Bar, Chart, ChartKind};
use crate::data::disagree::FigureGroup;
use crate::data::record::RecordRef;
use crate::data::schema::{Dataset, Lang};
use crate::words::W;

fn is_target(g: &FigureGroup<'_>) -> bool {
    g.figures.iter().any(|f| f.horizon.is_some())
        || g.label
            .en
            .to_lowercase()
            .split_whitespace()
            .any(|w| w == "target")
}

fn is_money(g: &FigureGroup<'_>) -> bool {
    g.figures.iter().any(|f| f.currency.is_some())
}

/// Whether `base` is measured in the unit `target` is, or its yearly form.
fn same_unit(base: &FigureGroup<'_>, target: &FigureGroup<'_>) -> bool {
    let (Some(b), Some(t)) = (base.figures.first(), target.figures.first()) else {
        return false;
    };
    let (b, t) = (b.unit.en.as_str(), t.unit.en.as_str());
    b == t
        || t.strip_prefix(b)
            .is_some_and(|rest| rest.trim() == "a year")
}

/// One group of two bars per target that has a baseline: the baseline, then the target,
/// on the scale of the larger.
pub fn targets(d: &Dataset, shown: &[RecordRef], lang: Lang) -> Chart {
    let mut bars = Vec::new();
    for rec in outcomes(shown).filter_map(|r| d.get(r)) {
        let groups = rec.figure_groups();
        for target in groups.iter().filter(|g| is_target(g) && !is_money(g)) {
            let Some(base) = groups
                .iter()
                .find(|g| !is_target(g) && !is_money(g) && same_unit(g, target))
            else {
                continue;
            };
            let pair: Vec<Bar> = [base, target]
                .iter()
                .enumerate()
                .map(|(i, g)| bar(d, g, i, rec.title().get(lang), lang))
                .collect();
            let scale = pair.iter().map(|b| b.high).fold(0.0, f64::max);
            bars.extend(pair.into_iter().map(|b| Bar { scale, ..b }));
        }
    }
    let mut notes = Vec::new();
    // The legend of the shading, when a bar is shaded.
    if bars.iter().any(|b| b.low < b.high) {
        notes.push(W::RangeLegend.get(lang).to_string());
    }
    notes.push(W::TargetScale.get(lang).to_string());
    Chart {
        kind: ChartKind::Target,
        bars,
        notes,
    }
}

fn bar(d: &Dataset, g: &FigureGroup<'_>, tone: usize, title: &str, lang: Lang) -> Bar {
    let low = g
        .figures
        .iter()
        .map(|f| f.value)
        .fold(f64::INFINITY, f64::min);
    let high = g.figures.iter().map(|f| f.value).fold(0.0, f64::max);
    let mut horizons: Vec<&str> = Vec::new();
    for h in g.figures.iter().filter_map(|f| f.horizon.as_ref()) {
        if !horizons.contains(&h.get(lang)) {
            horizons.push(h.get(lang));
        }
    }
    let mut label = g.label.get(lang).to_string();
    if !horizons.is_empty() {
        label.push_str(&format!(" ({})", horizons.join(" / ")));
    }
    let differ = g.differ();
    Bar {
        label,
        low: if low.is_finite() { low } else { 0.0 },
        high,
        value: value_text(&g.figures, lang),
        what: String::new(),
        sources: outlets(d, &g.figures).join(", "),
        differ,
        scale: 0.0,
        beyond: false,
        tone: tone + 2,
        group: Some(title.to_string()),
    }
}
