//! A chart as lines of text: horizontal bars with their values printed beside them, so the
//! numbers read without colour and paste into a document as they are.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::super::fit::fit;
use super::super::theme::Theme;
use super::palette::bar_style;
use crate::app::ThemeName;
use crate::data::charts::{Bar, Chart, ChartKind};
use crate::data::Lang;
use crate::words::W;

const SOLID: char = '█';
const SHADE: char = '▒';
const CUT: char = '»';

/// How a chart is drawn: its styles, and whether each money bar's sources get a row.
pub struct Look<'a> {
    pub theme: &'a Theme,
    pub name: ThemeName,
    /// Where a fact comes from.
    pub source: Style,
    pub lang: Lang,
    /// Sources on the bar's own row, after the value, rather than on a row of their own.
    pub compact: bool,
}

/// `chart` as lines no wider than `width`, its title first. Labels and sources are cut to
/// fit with "…"; values never are.
pub fn lines(chart: &Chart, width: u16, look: &Look) -> Vec<Line<'static>> {
    let w = usize::from(width);
    let mut out = vec![fit(
        Line::styled(chart.kind.title(look.lang).to_string(), look.theme.heading),
        width,
    )];
    if chart.is_empty() {
        out.push(Line::styled(
            W::NothingToChart.get(look.lang).to_string(),
            look.theme.muted,
        ));
        return out;
    }
    let wide = matches!(chart.kind, ChartKind::Money | ChartKind::Target);
    let mut group: Option<&str> = None;
    let values_w = chart
        .bars
        .iter()
        .map(|b| value_width(b, look.lang))
        .max()
        .unwrap_or(0);
    if wide {
        let bar_w = w.saturating_sub(values_w + 1).min(60);
        for b in &chart.bars {
            heading(&mut out, &mut group, b, width, look);
            wide_bar(&mut out, b, bar_w, width, look);
        }
    } else {
        // Labels before bars, but a bar keeps at least a third of the width.
        let label_w = chart
            .bars
            .iter()
            .map(|b| b.label.width())
            .max()
            .unwrap_or(0)
            .min(w.saturating_sub(values_w + 2 + w / 3));
        let bar_w = w.saturating_sub(label_w + values_w + 2).min(60);
        for b in &chart.bars {
            heading(&mut out, &mut group, b, width, look);
            let label = fit(Line::raw(b.label.clone()), label_w as u16);
            let pad = label_w.saturating_sub(label.width());
            let mut spans = label.spans;
            spans.push(Span::raw(format!("{} ", " ".repeat(pad))));
            spans.extend(bar_spans(b, bar_w, look));
            spans.push(Span::styled(format!(" {}", b.value), look.theme.figure));
            out.push(Line::from(spans));
        }
    }
    for n in &chart.notes {
        let note = Line::styled(n.clone(), look.source);
        // Compact charts keep to their rows; a slide wraps its notes.
        out.push(if look.compact { fit(note, width) } else { note });
    }
    out
}

/// Whether `chart` can be drawn `width` columns wide with every value whole: a bar of at
/// least one cell, its value and mark, and for counts a label of a few letters.
pub fn fits(chart: &Chart, width: u16, lang: Lang) -> bool {
    let values = chart
        .bars
        .iter()
        .map(|b| value_width(b, lang))
        .max()
        .unwrap_or(0);
    let labels = match chart.kind {
        ChartKind::Money | ChartKind::Target => 0,
        _ => MIN_LABEL + 1,
    };
    labels + 1 + values <= usize::from(width)
}

/// A count's label is never cut shorter than this.
const MIN_LABEL: usize = 6;

/// The heading of the bar's group, when the group changes.
fn heading<'a>(
    out: &mut Vec<Line<'static>>,
    group: &mut Option<&'a str>,
    b: &'a Bar,
    width: u16,
    look: &Look,
) {
    let now = b.group.as_deref();
    if now.is_some() && now != *group {
        out.push(fit(
            Line::styled(now.unwrap_or_default().to_string(), look.theme.label),
            width,
        ));
    }
    *group = now;
}

/// The columns a bar's value takes, with the mark that its sources differ.
fn value_width(b: &Bar, lang: Lang) -> usize {
    let mark = if b.differ {
        differ_mark(lang).width()
    } else {
        0
    };
    b.value.width() + mark + 1
}

fn differ_mark(lang: Lang) -> String {
    format!("  ≠ {}", W::SourcesDiffer.get(lang))
}

/// A money or target bar: its label on one row, then the bar with its value, then what it
/// measures and where it comes from. Compact, the sources share the label's row (each
/// side cut to its half when both are long) and what it measures is left out.
fn wide_bar(out: &mut Vec<Line<'static>>, b: &Bar, bar_w: usize, width: u16, look: &Look) {
    let w = usize::from(width);
    if look.compact && !b.sources.is_empty() {
        let sources_w = b.sources.width().min(w / 2);
        let label_w = w.saturating_sub(sources_w + 3).max(w - w / 2 - 3);
        let mut spans = fit(Line::raw(b.label.clone()), label_w as u16).spans;
        spans.push(Span::styled(" · ", look.source));
        spans.extend(fit(Line::styled(b.sources.clone(), look.source), (w / 2) as u16).spans);
        out.push(fit(Line::from(spans), width));
    } else {
        out.push(fit(Line::raw(b.label.clone()), width));
    }
    let mut spans = bar_spans(b, bar_w, look);
    spans.push(Span::styled(format!(" {}", b.value), look.theme.figure));
    if b.differ {
        spans.push(Span::styled(differ_mark(look.lang), look.theme.key));
    }
    out.push(Line::from(spans));
    if !look.compact {
        let about: Vec<&str> = [b.what.as_str(), b.sources.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        out.push(fit(
            Line::styled(format!("  {}", about.join(" · ")), look.source),
            width,
        ));
    }
}

/// The bar itself, `bar_w` columns at most: solid to the lowest value, shaded on to the
/// highest, cut with "»" when far beyond the scale.
fn bar_spans(b: &Bar, bar_w: usize, look: &Look) -> Vec<Span<'static>> {
    let style = bar_style(look.name, look.theme.base, b.tone);
    let cells = |v: f64| -> usize {
        if b.scale <= 0.0 || v <= 0.0 || bar_w == 0 {
            return 0;
        }
        // A value above zero always shows at least one cell.
        let n = (v / b.scale * bar_w as f64).round();
        (n as usize).clamp(1, bar_w)
    };
    let (solid, shaded, cut) = if b.beyond {
        (bar_w.saturating_sub(1), 0, 1)
    } else {
        let low = cells(b.low);
        let high = cells(b.high).max(low);
        (low, high - low, 0)
    };
    vec![Span::styled(
        format!(
            "{}{}{}",
            SOLID.to_string().repeat(solid),
            SHADE.to_string().repeat(shaded),
            CUT.to_string().repeat(cut)
        ),
        style,
    )]
}
