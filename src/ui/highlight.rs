//! Text with the characters a search matched picked out.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::search::highlight;

/// `text` as spans in `style`, with the chars `query` matches in `style.patch(matched)`.
pub fn highlighted<'a>(text: &'a str, query: &str, style: Style, matched: Style) -> Line<'a> {
    let text = super::capped(text);
    let positions = if query.trim().is_empty() {
        Vec::new()
    } else {
        highlight(query, text)
    };
    if positions.is_empty() {
        return Line::from(Span::styled(text, style));
    }
    let hit = style.patch(matched);
    let mut spans = Vec::new();
    let mut start = 0;
    let mut current = false;
    let mut next = positions.iter().peekable();
    // Walk by chars, cutting spans at byte offsets of char boundaries only.
    for (i, (byte, _)) in text.char_indices().enumerate() {
        let is_hit = next.peek() == Some(&&i);
        if is_hit {
            next.next();
        }
        if is_hit != current && byte > start {
            spans.push(Span::styled(
                &text[start..byte],
                if current { hit } else { style },
            ));
            start = byte;
        }
        if is_hit != current {
            current = is_hit;
        }
    }
    if start < text.len() {
        spans.push(Span::styled(
            &text[start..],
            if current { hit } else { style },
        ));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Modifier;

    #[test]
    fn cyrillic_match_is_cut_on_char_boundaries() {
        let m = Style::new().add_modifier(Modifier::BOLD);
        let line = highlighted("Шымкентский НПЗ", "shymkent", Style::new(), m);
        let parts: Vec<(&str, bool)> = line
            .spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == m))
            .collect();
        assert_eq!(parts, [("Шымкент", true), ("ский НПЗ", false)]);
    }

    #[test]
    fn no_query_is_one_plain_span() {
        let line = highlighted("Tianjin", "", Style::new(), Style::new());
        assert_eq!(line.spans.len(), 1);
    }
}
