//! What the deck and the presenter console say to each other: one JSON object a line, with a
//! version. Everything received is checked and every string cleaned of control characters
//! before use, so nothing a peer sends can drive a terminal.

use serde::{Deserialize, Serialize};

use crate::data::clean::sanitize;

/// The protocol version both sides must speak.
pub const VERSION: u32 = 1;
/// A longer line is refused unread.
pub const MAX_LINE: usize = 256 * 1024;
/// Caps on what a state may hold, so a peer cannot make the other side allocate without end.
const MAX_ROWS: usize = 2_000;

/// A move through the deck, asked by either side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Move {
    Next,
    Prev,
    First,
    Last,
    Blank,
}

/// Where the deck is, for the console.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// The slide shown, from 1, and how many there are.
    pub slide: usize,
    pub total: usize,
    pub title: String,
    /// The next slide's title and a small picture of it, one string a row.
    pub next_title: Option<String>,
    pub next_preview: Vec<String>,
    /// The speaker's notes for this slide, one string a line.
    pub notes: Vec<String>,
    /// When the deck started, in seconds since 1970, and the talk's planned length.
    pub started: u64,
    pub duration: Option<u64>,
    pub blank: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Message {
    State(State),
    Move { to: Move },
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    v: u32,
    message: Message,
}

/// One line to send, newline included.
pub fn encode(message: &Message) -> String {
    let envelope = Envelope {
        v: VERSION,
        message: message.clone(),
    };
    let mut line = serde_json::to_string(&envelope).unwrap_or_default();
    line.push('\n');
    line
}

/// A line received, checked and cleaned; errors say what was wrong.
pub fn decode(line: &str) -> Result<Message, String> {
    if line.len() > MAX_LINE {
        return Err(format!(
            "a message of {} bytes; at most {MAX_LINE}",
            line.len()
        ));
    }
    let envelope: Envelope =
        serde_json::from_str(line.trim_end()).map_err(|e| format!("not a message: {e}"))?;
    if envelope.v != VERSION {
        return Err(format!(
            "message version {}; this program speaks version {VERSION}",
            envelope.v
        ));
    }
    Ok(match envelope.message {
        Message::State(s) => Message::State(clean(s)?),
        m => m,
    })
}

fn clean(s: State) -> Result<State, String> {
    if s.next_preview.len() > MAX_ROWS || s.notes.len() > MAX_ROWS {
        return Err(format!("a state of more than {MAX_ROWS} rows"));
    }
    let one = |t: String| sanitize(&t).replace('\n', " ");
    Ok(State {
        title: one(s.title),
        next_title: s.next_title.map(one),
        next_preview: s.next_preview.into_iter().map(one).collect(),
        notes: s.notes.into_iter().map(one).collect(),
        ..s
    })
}
