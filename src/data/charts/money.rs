//! Money by outcome, on one scale: each outcome's money figures in US dollars as its
//! sources give them, a range where they differ. Figures are never added up: a total (the
//! value of the commercial documents) may hold its parts (the plants it names).

use super::{outcomes, Bar, Chart, ChartKind};
use crate::data::disagree::{figure_short, number, qualifier_prefix, FigureGroup};
use crate::data::record::RecordRef;
use crate::data::schema::{Dataset, Figure, Lang};
use crate::words::W;

/// The one currency drawn; others are named in a note, never converted.
const DRAWN: &str = "USD";

/// A bar this many times longer than the next is drawn cut, so the others stay readable.
const BEYOND: f64 = 10.0;

/// Each outcome's US-dollar figures, one bar per label, largest first.
pub fn money(d: &Dataset, shown: &[RecordRef], lang: Lang) -> Chart {
    let mut bars = Vec::new();
    let mut left_out = Vec::new();
    for rec in outcomes(shown).filter_map(|r| d.get(r)) {
        for group in rec.figure_groups() {
            let usd: Vec<&Figure> = group
                .figures
                .iter()
                .copied()
                .filter(|f| f.currency.as_deref() == Some(DRAWN))
                .collect();
            for f in group
                .figures
                .iter()
                .filter(|f| f.currency.as_deref().is_some_and(|c| c != DRAWN))
            {
                left_out.push(format!(
                    "{} ({})",
                    figure_short(f, lang),
                    rec.title().get(lang)
                ));
            }
            if usd.is_empty() {
                continue;
            }
            let same = FigureGroup {
                label: group.label,
                figures: usd.clone(),
            };
            let amounts = usd.iter().filter_map(|f| f.amount());
            let low = amounts.clone().fold(f64::INFINITY, f64::min);
            let high = amounts.fold(0.0, f64::max);
            let differ = same.differ();
            bars.push(Bar {
                label: rec.title().get(lang).to_string(),
                low,
                high,
                value: value_text(&usd, lang),
                what: group.label.get(lang).to_string(),
                sources: outlets(d, &usd).join(", "),
                differ,
                scale: 0.0,
                beyond: false,
                tone: 1,
                group: None,
            });
        }
    }
    bars.sort_by(|a, b| b.high.total_cmp(&a.high));
    // From the top down to the first gap of ten times, bars are drawn cut.
    // Only the top half may be cut, so most bars always share the scale.
    let cut = (0..bars.len() / 2)
        .find(|&i| bars[i].high > BEYOND * bars[i + 1].high)
        .map_or(0, |i| i + 1);
    let scale = bars.get(cut).map_or(0.0, |b| b.high);
    for (i, b) in bars.iter_mut().enumerate() {
        b.scale = scale;
        b.beyond = i < cut;
    }
    let mut notes = Vec::new();
    // The legend of the shading, when a bar is shaded.
    if bars.iter().any(|b| b.low < b.high) {
        notes.push(W::RangeLegend.get(lang).to_string());
    }
    if cut > 0 {
        notes.push(W::BeyondScale.get(lang).to_string());
    }
    notes.push(W::NotAddedUp.get(lang).to_string());
    if !left_out.is_empty() {
        notes.push(format!(
            "{} {}",
            W::NotConverted.get(lang),
            left_out.join("; ")
        ));
    }
    Chart {
        kind: ChartKind::Money,
        bars,
        notes,
    }
}

/// The outlets that state `figures`, each once, in file order.
pub fn outlets(d: &Dataset, figures: &[&Figure]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in figures {
        let Some(id) = f.source.as_deref() else {
            continue;
        };
        let name = d.source(id).map_or(id, |s| s.outlet.as_str()).to_string();
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// The figures of one label as printed on a bar: one value, each form the sources use
/// ("$15bn / more than $15bn"), or the range from the lowest to the highest
/// ("more than $1bn – $1.5bn"). A unit other than money is written once, at the end.
pub fn value_text(figures: &[&Figure], lang: Lang) -> String {
    let mut sorted: Vec<&Figure> = figures.to_vec();
    let amount = |f: &Figure| f.amount().unwrap_or(f.value);
    sorted.sort_by(|a, b| amount(a).total_cmp(&amount(b)));
    let money = sorted.iter().all(|f| f.currency.is_some());
    let short = |f: &Figure| {
        if money {
            figure_short(f, lang)
        } else {
            format!("{}{}", qualifier_prefix(f, lang), number(f.value))
        }
    };
    let mut forms: Vec<String> = Vec::new();
    for f in &sorted {
        let s = short(f);
        if !forms.contains(&s) {
            forms.push(s);
        }
    }
    let (Some(first), Some(last)) = (sorted.first(), sorted.last()) else {
        return String::new();
    };
    let text = if amount(first) < amount(last) {
        format!("{} – {}", short(first), short(last))
    } else {
        forms.join(" / ")
    };
    if money {
        text
    } else {
        format!("{text} {}", first.unit.get(lang))
    }
}
