//! The console's screen: where the deck is, the notes, the next slide, the clock and the
//! countdown. Drawn from a `State` received and the time, so it is tested without a socket.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::message::State;

/// The last this many seconds of a talk are counted down in the warning colour.
pub const WARN_SECS: u64 = 120;

/// What the console shows now.
pub struct Screen<'a> {
    /// The channel's name, to say which deck is awaited.
    pub name: &'a str,
    pub state: Option<&'a State>,
    /// Seconds since 1970, and the local time as text.
    pub now: u64,
    pub clock: &'a str,
    /// `--duration`, which wins over the deck file's.
    pub duration: Option<u64>,
}

/// "mm:ss", or "h:mm:ss" from an hour on.
pub fn clock_text(secs: u64) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    }
}

/// The countdown's text and whether it is in its last minutes (or over).
pub fn countdown(elapsed: u64, duration: u64) -> (String, bool) {
    match duration.checked_sub(elapsed) {
        Some(left) => (format!("left {}", clock_text(left)), left <= WARN_SECS),
        None => (format!("over by {}", clock_text(elapsed - duration)), true),
    }
}

pub fn draw(screen: &Screen, area: Rect, buf: &mut Buffer) {
    let Some(state) = screen.state else {
        let text = vec![
            Line::styled(
                format!("No deck to follow on channel \"{}\": waiting.", screen.name),
                Style::new().add_modifier(Modifier::BOLD),
            ),
            Line::raw(""),
            Line::raw("Start `visit-dash --present` (or press p in the dashboard) in another"),
            Line::raw("terminal; this console follows it as soon as it starts. q quits."),
            Line::raw(""),
            Line::raw(screen.clock.to_string()),
        ];
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        return;
    };
    let [top, body, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let elapsed = screen.now.saturating_sub(state.started);
    let mut right = vec![
        Span::raw(format!("elapsed {}", clock_text(elapsed))),
        Span::raw(format!("  {}  ", screen.clock)),
    ];
    if let Some(d) = screen.duration.or(state.duration) {
        let (text, warn) = countdown(elapsed, d);
        let style = if warn {
            Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(Color::Green)
        };
        right.push(Span::styled(format!(" {text} "), style));
    }
    let right = Line::from(right);
    let right_w = u16::try_from(right.width()).unwrap_or(u16::MAX);
    let blank = if state.blank {
        "  [screen blanked]"
    } else {
        ""
    };
    Line::from(vec![
        Span::styled(
            format!(" Slide {} / {} ", state.slide, state.total),
            Style::new().add_modifier(Modifier::REVERSED),
        ),
        Span::styled(
            format!(" {}{blank}", state.title),
            Style::new().add_modifier(Modifier::BOLD),
        ),
    ])
    .render(top, buf);
    if top.width > right_w {
        let r = Rect::new(top.right() - right_w, top.y, right_w, 1);
        Clear.render(r, buf);
        right.render(r, buf);
    }
    let [notes, next] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body);
    let lines: Vec<Line> = state.notes.iter().map(|l| Line::raw(l.as_str())).collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().title(" Notes "))
        .render(notes, buf);
    let title = match &state.next_title {
        Some(t) => format!(" Next: {t} "),
        None => " Next: the end of the deck ".to_string(),
    };
    let lines: Vec<Line> = state
        .next_preview
        .iter()
        .map(|l| Line::styled(l.as_str(), Style::new().add_modifier(Modifier::DIM)))
        .collect();
    Paragraph::new(lines)
        .block(Block::bordered().title(title))
        .render(next, buf);
    Line::styled(
        " → Space next · ← back · g/G first/last · b blank · q quit this console",
        Style::new().add_modifier(Modifier::DIM),
    )
    .render(keys, buf);
}
