//! The bottom line: key hints, or a message, and where the selection is.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::fit::fit;
use super::theme::Theme;
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::{active, bindings, display, hints, FooterHint, Layer};
use crate::app::Action;
use crate::app::{App, Mode, Tab};
use crate::words::{say, W};

/// The hints that fit in `room` columns, whole: a hint cut in half ("q qu…") reads as
/// nothing. The essential ones are kept longest; the rest give way from the end. Shown in
/// the table's order.
fn fitting(hints: Vec<FooterHint>, room: usize) -> Vec<FooterHint> {
    // A leading space, then two columns between hints.
    let mut used = 1;
    let mut keep = vec![false; hints.len()];
    let essential_first = (0..hints.len())
        .filter(|&i| hints[i].essential)
        .chain((0..hints.len()).filter(|&i| !hints[i].essential));
    for i in essential_first {
        let h = &hints[i];
        let w = h.keys.width() + 1 + h.label.width() + if used > 1 { 2 } else { 0 };
        if used + w <= room {
            used += w;
            keep[i] = true;
        }
    }
    hints
        .into_iter()
        .zip(keep)
        .filter_map(|(h, k)| k.then_some(h))
        .collect()
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    buf.set_style(area, theme.footer);
    let position = app.current().map(|list| {
        let pos = if list.rows.is_empty() {
            "0 / 0".to_string()
        } else {
            let of = say(W::Of, app.lang());
            format!("{} {of} {}", list.selected + 1, list.rows.len())
        };
        format!(" {pos} ")
    });
    // How many records are marked for the deck, beside the position.
    let position = match (position, app.deck().marks.len()) {
        (p, 0) => p,
        (p, n) => {
            let marked = format!(" {} ", W::MarkedCount.fill(app.lang(), &[("n", &n)]));
            Some(format!("{marked}·{}", p.unwrap_or_default()))
        }
    };
    let position = match (jumps(app), position) {
        (None, p) => p,
        (Some(j), Some(p)) => Some(format!("{j}·{p}")),
        (Some(j), None) => Some(j),
    };
    let position_w = position
        .as_deref()
        .map_or(0, unicode_width::UnicodeWidthStr::width) as u16;
    let left = match app.toast() {
        Some(message) => Line::styled(format!(" {message}"), theme.key),
        None => {
            let layer = Layer::of(app.mode());
            let zoomed = app.zoom() && app.mode() == Mode::Normal;
            let mut hints = hints(layer, zoomed, app.lang(), Tab::ALL.len());
            // Enter opens the selected outcome on the Overview (and a result in its list)
            // and the place's records on the Map: it zooms nothing there.
            if layer == Layer::Normal && matches!(app.tab(), Tab::Overview | Tab::Map) {
                for h in hints.iter_mut().filter(|h| h.action == Action::ToggleZoom) {
                    h.label = say(W::HintOpen, app.lang());
                }
            }
            let room = usize::from(area.width.saturating_sub(position_w + 1));
            let mut spans = vec![Span::raw(" ")];
            for (i, h) in fitting(hints, room).into_iter().enumerate() {
                if i > 0 {
                    spans.push(Span::raw("  "));
                }
                spans.push(Span::styled(h.keys, theme.key));
                spans.push(Span::styled(format!(" {}", h.label), theme.footer));
            }
            Line::from(spans)
        }
    };
    fit(left, area.width.saturating_sub(position_w + 1)).render(area, buf);
    if let Some(text) = position {
        if area.width > position_w {
            let r = Rect::new(area.right() - position_w, area.y, position_w, 1);
            Span::styled(text, theme.tab_active).render(r, buf);
        }
    }
}

/// The jump list, when it holds anything: " ⌫ back 2 · f forward 1 ".
fn jumps(app: &App) -> Option<String> {
    if app.jumps().is_empty() {
        return None;
    }
    let (back, forward) = app.jumps().counts();
    let mut parts = Vec::new();
    for (n, action, word) in [
        (back, Action::JumpBack, W::JumpsBack),
        (forward, Action::JumpForward, W::JumpsForward),
    ] {
        if n > 0 {
            parts.push(format!(
                "{} {} {n}",
                first_key(&action),
                say(word, app.lang())
            ));
        }
    }
    Some(format!(" {} ", parts.join(" · ")))
}

/// The first key of an action in the key map in use, as the footer shows it.
fn first_key(action: &Action) -> String {
    let keymap = active();
    bindings()
        .filter(|b| b.layer == Layer::Normal && b.action == *action)
        .flat_map(|b| keymap.line_keys(b))
        .next()
        .map_or_else(String::new, |k| match k.as_str() {
            "backspace" => "⌫".to_string(),
            k => display(k),
        })
}
