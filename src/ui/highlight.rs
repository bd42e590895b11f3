//! Text with the characters a search matched picked out.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::search::{highlight, highlight_title};

/// `text`, a body (summary, quote), as spans in `style`, with the chars `query` matches in
/// `style.patch(matched)`.
pub fn highlighted<'a>(text: &'a str, query: &str, style: Style, matched: Style) -> Line<'a> {
    let text = super::capped(text);
    let positions = if query.trim().is_empty() {
        Vec::new()
    } else {
        highlight(query, text)
    };
    marked(text, &positions, style, matched)
}

/// [`highlighted`] for a title or a name, where the search also matches letters typed
/// with gaps inside one word ("tkyv" marks T, k, y and v of "Tokayev").
pub fn highlighted_title<'a>(text: &'a str, query: &str, style: Style, matched: Style) -> Line<'a> {
    let text = super::capped(text);
    let positions = if query.trim().is_empty() {
        Vec::new()
    } else {
        highlight_title(query, text)
    };
    marked(text, &positions, style, matched)
}

/// `text` cut into spans at the edges of the chars at `positions`.
fn marked<'a>(text: &'a str, positions: &[usize], style: Style, matched: Style) -> Line<'a> {
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

    fn parts<'a>(line: &'a Line<'a>, m: Style) -> Vec<(&'a str, bool)> {
        line.spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == m))
            .collect()
    }

    #[test]
    fn short_words_are_marked_only_at_a_word_start() {
        let m = Style::new().add_modifier(Modifier::BOLD);
        let line = highlighted("Grain and AI centres", "ai", Style::new(), m);
        assert_eq!(
            parts(&line, m),
            [("Grain and ", false), ("AI", true), (" centres", false)]
        );
        // Scattered letters never across a word break, and never in a body.
        let line = highlighted_title("artificial intelligence", "ai", Style::new(), m);
        assert_eq!(parts(&line, m), [("artificial intelligence", false)]);
        let line = highlighted("Tokayev said", "tkyv", Style::new(), m);
        assert_eq!(parts(&line, m), [("Tokayev said", false)]);
    }

    #[test]
    fn scattered_letters_are_marked_in_titles() {
        let m = Style::new().add_modifier(Modifier::BOLD);
        let line = highlighted_title("Tokayev said", "tkyv", Style::new(), m);
        assert_eq!(
            parts(&line, m),
            [
                ("T", true),
                ("o", false),
                ("k", true),
                ("a", false),
                ("y", true),
                ("e", false),
                ("v", true),
                (" said", false)
            ]
        );
    }

    #[test]
    fn a_typo_marks_the_word_it_stands_for() {
        let m = Style::new().add_modifier(Modifier::BOLD);
        let line = highlighted("Built by Sinopec.", "sinpoec", Style::new(), m);
        assert_eq!(
            parts(&line, m),
            [("Built by ", false), ("Sinopec", true), (".", false)]
        );
    }

    #[test]
    fn no_query_is_one_plain_span() {
        let line = highlighted("Tianjin", "", Style::new(), Style::new());
        assert_eq!(line.spans.len(), 1);
    }
}
