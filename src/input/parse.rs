//! The byte-level parser: text, control keys, Alt as an ESC prefix, and pastes; escape
//! sequences are decoded in `escape.rs`.
//!
//! Bytes may arrive in any pieces: what is not complete yet is kept for the next read. A
//! byte that cannot start or continue what it is in is dropped alone, and parsing goes on
//! at the byte after it, so no well-formed key is lost to garbage before it.

use std::collections::VecDeque;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use super::escape;

/// The most of one paste that is kept: a paste is typed into a query far shorter than this,
/// and a paste that never ends must not take all memory. The rest is read and dropped.
pub const MAX_PASTE_BYTES: usize = 1 << 20;

/// What ends a bracketed paste.
const PASTE_END: &[u8] = b"\x1b[201~";

/// What one step of parsing found at the start of the bytes it was given.
#[derive(Debug, PartialEq)]
pub(super) enum Step {
    /// An event, made of this many bytes.
    Event(Event, usize),
    /// This many bytes mean nothing (invalid, or a sequence the app has no use for).
    Skip(usize),
    /// A bracketed paste starts after this many bytes.
    PasteStart(usize),
    /// Not complete yet: wait for more bytes.
    More,
}

/// Turns bytes read from the terminal into events, across reads.
#[derive(Debug, Default)]
pub struct Parser {
    /// Bytes read but not yet parsed: the start of an incomplete sequence or character.
    pending: Vec<u8>,
    /// The text of a paste that has started and not yet ended.
    paste: Option<Vec<u8>>,
    events: VecDeque<Event>,
}

impl Parser {
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Parses `bytes`, as read, after whatever the previous reads left incomplete.
    pub fn feed(&mut self, bytes: &[u8]) {
        self.pending.extend_from_slice(bytes);
        let mut at = 0;
        while at < self.pending.len() {
            if self.paste.is_some() {
                at = self.paste_from(at);
                if self.paste.is_some() {
                    break;
                }
                continue;
            }
            match step(&self.pending[at..]) {
                Step::Event(event, n) => {
                    self.events.push_back(event);
                    at += n;
                }
                Step::Skip(n) => at += n,
                Step::PasteStart(n) => {
                    self.paste = Some(Vec::new());
                    at += n;
                }
                Step::More => break,
            }
        }
        self.pending.drain(..at);
    }

    /// Whether what is held is an ESC, or ESC [ or ESC O, that more bytes would make the
    /// start of a sequence: the reader then checks if more are ready before calling `idle`.
    pub fn holds_escape(&self) -> bool {
        self.paste.is_none() && matches!(self.pending[..], [0x1b] | [0x1b, b'[' | b'O'])
    }

    /// No more bytes are ready: an ESC held alone was the Esc key, and ESC [ or ESC O was
    /// Alt with `[` or `O`, not the start of a sequence.
    pub fn idle(&mut self) {
        if !self.holds_escape() {
            return;
        }
        let event = match self.pending[..] {
            [_, c] => {
                let mods = if c == b'O' {
                    KeyModifiers::ALT | KeyModifiers::SHIFT
                } else {
                    KeyModifiers::ALT
                };
                key(KeyCode::Char(char::from(c)), mods)
            }
            _ => key(KeyCode::Esc, KeyModifiers::NONE),
        };
        self.pending.clear();
        self.events.push_back(event);
    }

    /// The next event parsed, oldest first.
    pub fn next_event(&mut self) -> Option<Event> {
        self.events.pop_front()
    }

    /// Takes paste text from `pending[at..]` up to the end marker; returns where parsing
    /// goes on. Leaves `paste` set while the end has not come, keeping back the bytes that
    /// could be the start of a marker cut by the read.
    fn paste_from(&mut self, at: usize) -> usize {
        let rest = &self.pending[at..];
        let found = memchr::memmem::find(rest, PASTE_END);
        let (body, next) = match found {
            Some(end) => (end, at + end + PASTE_END.len()),
            None => {
                let keep = partial_suffix(rest, PASTE_END);
                (rest.len() - keep, self.pending.len() - keep)
            }
        };
        let Some(text) = self.paste.as_mut() else {
            return at;
        };
        let room = MAX_PASTE_BYTES.saturating_sub(text.len());
        text.extend_from_slice(&rest[..body.min(room)]);
        if found.is_some() {
            if let Some(text) = self.paste.take() {
                // Invalid bytes in a paste become U+FFFD: the paste is kept, not lost.
                let text = String::from_utf8_lossy(&text).into_owned();
                self.events.push_back(Event::Paste(text));
            }
        }
        next
    }
}

/// How many bytes at the end of `bytes` are the start of `marker` (less than all of it).
fn partial_suffix(bytes: &[u8], marker: &[u8]) -> usize {
    (1..marker.len())
        .rev()
        .find(|&n| bytes.ends_with(&marker[..n]))
        .unwrap_or(0)
}

/// Parses one event at the start of `buf` (which is not empty).
pub(super) fn step(buf: &[u8]) -> Step {
    let Some(&first) = buf.first() else {
        return Step::More;
    };
    match first {
        0x1b => escape::after_esc(buf),
        b'\r' => Step::Event(key(KeyCode::Enter, KeyModifiers::NONE), 1),
        b'\t' => Step::Event(key(KeyCode::Tab, KeyModifiers::NONE), 1),
        0x7f => Step::Event(key(KeyCode::Backspace, KeyModifiers::NONE), 1),
        0x00 => Step::Event(key(KeyCode::Char(' '), KeyModifiers::CONTROL), 1),
        // Ctrl with a letter; in raw mode 0x0a is Ctrl-J, as crossterm reads it.
        c @ 0x01..=0x1a => Step::Event(ctrl(char::from(c - 1 + b'a')), 1),
        c @ 0x1c..=0x1f => Step::Event(ctrl(char::from(c - 0x1c + b'4')), 1),
        _ => utf8_char(buf),
    }
}

/// One UTF-8 character at the start of `buf`; a byte that cannot be in one is dropped alone,
/// and a character cut short is dropped up to the byte that cut it.
fn utf8_char(buf: &[u8]) -> Step {
    let Some(&lead) = buf.first() else {
        return Step::More;
    };
    // The length of the character, and the range its second byte must be in (which rules
    // out overlong forms, surrogates and code points past U+10FFFF).
    let (len, second) = match lead {
        0x00..=0x7f => (1, 0x80..=0xbf),
        0xc2..=0xdf => (2, 0x80..=0xbf),
        0xe0 => (3, 0xa0..=0xbf),
        0xe1..=0xec | 0xee..=0xef => (3, 0x80..=0xbf),
        0xed => (3, 0x80..=0x9f),
        0xf0 => (4, 0x90..=0xbf),
        0xf1..=0xf3 => (4, 0x80..=0xbf),
        0xf4 => (4, 0x80..=0x8f),
        // A continuation byte with no lead, or a byte that is never in UTF-8.
        _ => return Step::Skip(1),
    };
    for i in 1..len {
        let Some(&b) = buf.get(i) else {
            return Step::More;
        };
        let fits = if i == 1 {
            second.contains(&b)
        } else {
            (0x80..=0xbf).contains(&b)
        };
        if !fits {
            return Step::Skip(i);
        }
    }
    let c = std::str::from_utf8(&buf[..len])
        .ok()
        .and_then(|s| s.chars().next());
    match c {
        // C1 controls are not keys: a terminal sends them only as garbage.
        Some(c) if !c.is_control() => Step::Event(char_key(c), len),
        _ => Step::Skip(len),
    }
}

/// A typed character; an uppercase one carries Shift, as crossterm reports it.
pub(super) fn char_key(c: char) -> Event {
    let mods = if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    key(KeyCode::Char(c), mods)
}

fn ctrl(c: char) -> Event {
    key(KeyCode::Char(c), KeyModifiers::CONTROL)
}

pub(super) fn key(code: KeyCode, mods: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}
