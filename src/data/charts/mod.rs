//! The series the charts draw, computed from a dataset and the records on show, apart from
//! any drawing, so each can be checked against the dataset's own figures.
//!
//! Only outcomes are charted (agreements, investments, corridors): quotes are words, not
//! outcomes.

mod counts;
mod money;
mod target;

pub use counts::{novelty, pattern, sectors, stages};
pub use money::{money, value_text};
pub use target::targets;

use super::record::{Category, RecordRef};
use super::schema::{Dataset, Lang};
use crate::words::W;

/// The charts there are, in the order the deck and the Overview show them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartKind {
    Stage,
    Novelty,
    Money,
    Sectors,
    Target,
    Pattern,
}

impl ChartKind {
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Stage,
        ChartKind::Novelty,
        ChartKind::Money,
        ChartKind::Sectors,
        ChartKind::Target,
        ChartKind::Pattern,
    ];

    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            ChartKind::Stage => W::ChartStage,
            ChartKind::Novelty => W::ChartNovelty,
            ChartKind::Money => W::ChartMoney,
            ChartKind::Sectors => W::ChartSectors,
            ChartKind::Target => W::ChartTarget,
            ChartKind::Pattern => W::ChartPattern,
        }
        .get(lang)
    }

    /// A short machine name, for snapshot names and messages.
    pub fn key(self) -> &'static str {
        match self {
            ChartKind::Stage => "stage",
            ChartKind::Novelty => "novelty",
            ChartKind::Money => "money",
            ChartKind::Sectors => "sectors",
            ChartKind::Target => "target",
            ChartKind::Pattern => "pattern",
        }
    }
}

/// One bar: a value, or a range where the sources differ.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar stands for.
    pub label: String,
    /// The lowest value the sources give; the bar is solid up to it.
    pub low: f64,
    /// The highest; from `low` to here the bar is shaded. Equal to `low` when they agree.
    pub high: f64,
    /// The value as printed on the bar: "14", "$7.4bn – ~$7.7bn".
    pub value: String,
    /// What the figure measures, as the sources label it ("Cost of the urea complex").
    pub what: String,
    /// The outlets that give it, each once.
    pub sources: String,
    /// Figures of one label that differ between sources.
    pub differ: bool,
    /// The value this bar's length is measured against: the chart's longest bar, or the
    /// longest of its group where groups have units of their own.
    pub scale: f64,
    /// Drawn cut at the edge: far beyond the scale the other bars share.
    pub beyond: bool,
    /// Which colour of the palette it takes.
    pub tone: usize,
    /// A heading the bar sits under; bars of one group follow each other.
    pub group: Option<String>,
}

impl Bar {
    /// A bar of a count: the count printed on it.
    pub fn count(label: &str, n: usize, tone: usize) -> Bar {
        Bar {
            label: label.to_string(),
            low: n as f64,
            high: n as f64,
            value: n.to_string(),
            what: String::new(),
            sources: String::new(),
            differ: false,
            scale: 0.0,
            beyond: false,
            tone,
            group: None,
        }
    }
}

/// A chart's series and what a reader must know to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub kind: ChartKind,
    pub bars: Vec<Bar>,
    /// Lines under the bars: the legend, what was left out and why.
    pub notes: Vec<String>,
}

impl Chart {
    /// Nothing on show to draw: every bar at zero.
    pub fn is_empty(&self) -> bool {
        self.bars.iter().all(|b| b.high <= 0.0)
    }

    /// Each bar as a line of text ("Done: 14"), then the notes: for the speaker's notes
    /// and the handout.
    pub fn text_lines(&self, lang: Lang) -> Vec<String> {
        let mut out: Vec<String> = self
            .bars
            .iter()
            .map(|b| {
                let mut line = format!("{}: {}", b.label, b.value);
                if b.differ {
                    line.push_str(&format!(" ≠ {}", W::SourcesDiffer.get(lang)));
                }
                let about: Vec<&str> = [b.what.as_str(), b.sources.as_str()]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect();
                if !about.is_empty() {
                    line.push_str(&format!(" ({})", about.join(" · ")));
                }
                match &b.group {
                    Some(g) => format!("{g} — {line}"),
                    None => line,
                }
            })
            .collect();
        out.extend(self.notes.iter().cloned());
        out
    }
}

/// The chart `kind` of the records `shown`, in `lang`.
pub fn chart(d: &Dataset, shown: &[RecordRef], kind: ChartKind, lang: Lang) -> Chart {
    let mut chart = match kind {
        ChartKind::Stage => stages(d, shown, lang),
        ChartKind::Novelty => novelty(d, shown, lang),
        ChartKind::Money => money(d, shown, lang),
        ChartKind::Sectors => sectors(d, shown, lang),
        ChartKind::Target => targets(d, shown, lang),
        ChartKind::Pattern => pattern(d, shown, lang),
    };
    // Counts share one scale: the largest count.
    if matches!(
        kind,
        ChartKind::Stage | ChartKind::Novelty | ChartKind::Sectors | ChartKind::Pattern
    ) {
        let top = chart.bars.iter().map(|b| b.high).fold(0.0, f64::max);
        for b in &mut chart.bars {
            b.scale = top;
        }
    }
    chart
}

/// The outcomes among `shown`: quotes left out.
pub fn outcomes(shown: &[RecordRef]) -> impl Iterator<Item = RecordRef> + '_ {
    shown
        .iter()
        .copied()
        .filter(|r| r.category != Category::Quotes)
}
