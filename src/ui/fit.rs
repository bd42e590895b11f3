//! Cutting text to a number of display columns, by whole characters, with an ellipsis.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

/// `line` cut to at most `width` columns; a cut line ends in "…". Wide characters (CJK)
/// are never split, and span styles are kept.
pub fn fit(line: Line<'_>, width: u16) -> Line<'_> {
    let width = usize::from(width);
    if line.width() <= width {
        return line;
    }
    if width == 0 {
        return Line::default();
    }
    let budget = width - 1; // room for the ellipsis
    let mut used = 0;
    let mut spans = Vec::new();
    let mut last_style = line.style;
    'outer: for span in line.spans {
        let mut kept = String::new();
        for c in span.content.chars() {
            let w = c.width().unwrap_or(0);
            if used + w > budget {
                if !kept.is_empty() {
                    spans.push(Span::styled(kept, span.style));
                }
                last_style = span.style;
                break 'outer;
            }
            used += w;
            kept.push(c);
        }
        last_style = span.style;
        spans.push(Span::styled(kept, span.style));
    }
    spans.push(Span::styled("…", last_style));
    Line::from(spans).style(line.style)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(l: &Line) -> String {
        l.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn short_text_is_untouched() {
        assert_eq!(text(&fit(Line::from("CNPC"), 10)), "CNPC");
    }

    #[test]
    fn long_text_ends_in_an_ellipsis_within_the_width() {
        let l = fit(Line::from("Under construction"), 10);
        assert_eq!(text(&l), "Under con…");
        assert_eq!(l.width(), 10);
    }

    #[test]
    fn wide_characters_are_not_split() {
        let l = fit(Line::from("天津天津"), 4);
        assert_eq!(text(&l), "天…");
        assert!(l.width() <= 4);
        assert_eq!(text(&fit(Line::from("Шымкент"), 4)), "Шым…");
        assert_eq!(text(&fit(Line::from("abc"), 0)), "");
    }
}
