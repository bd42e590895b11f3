//! What follows an ESC: Alt with a key, CSI and SS3 key sequences (arrows, Home/End,
//! PageUp/Down, Insert/Delete, F1-F12, with their modifiers), mouse reports (SGR 1006,
//! urxvt 1015 and X10), focus reports and the start of a bracketed paste.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::parse::{char_key, key, step, Step};

/// The longest escape sequence decoded: a longer one is garbage, skipped whole.
const MAX_SEQUENCE: usize = 64;
/// How much of an unfinished sequence is held waiting for its end before it is dropped.
const MAX_HELD: usize = 4096;

/// Parses what starts with an ESC (`buf[0]`).
pub(super) fn after_esc(buf: &[u8]) -> Step {
    match buf.get(1) {
        None => Step::More,
        Some(b'[') => csi(buf),
        Some(b'O') => ss3(buf),
        Some(0x1b) => Step::Event(esc(), 1),
        Some(_) => match step(&buf[1..]) {
            Step::Event(Event::Key(k), n) => Step::Event(with_alt(k), n + 1),
            Step::More => Step::More,
            // An ESC before something that is not a key stands alone.
            _ => Step::Event(esc(), 1),
        },
    }
}

fn esc() -> Event {
    key(KeyCode::Esc, KeyModifiers::NONE)
}

fn with_alt(k: KeyEvent) -> Event {
    Event::Key(KeyEvent {
        modifiers: k.modifiers | KeyModifiers::ALT,
        ..k
    })
}

/// ESC [, parameter and intermediate bytes, one final byte. A byte that cannot be in the
/// sequence ends it: what came before is dropped, and parsing goes on at that byte.
fn csi(buf: &[u8]) -> Step {
    if buf.get(2) == Some(&b'M') {
        return x10_mouse(buf);
    }
    for (i, &b) in buf.iter().enumerate().skip(2) {
        match b {
            0x20..=0x3f => {}
            0x40..=0x7e if i >= MAX_SEQUENCE => return Step::Skip(i + 1),
            0x40..=0x7e => {
                let len = i + 1;
                let params = std::str::from_utf8(&buf[2..i]).unwrap_or("\u{0}");
                return decode_csi(params, b, len).unwrap_or(Step::Skip(len));
            }
            _ => return Step::Skip(i),
        }
    }
    held(buf)
}

/// An unfinished sequence waits for more bytes, unless it has grown past all reason.
fn held(buf: &[u8]) -> Step {
    if buf.len() > MAX_HELD {
        Step::Skip(buf.len())
    } else {
        Step::More
    }
}

fn decode_csi(params: &str, last: u8, len: usize) -> Option<Step> {
    if let Some(mouse) = params.strip_prefix('<') {
        return sgr_mouse(mouse, last).map(|e| Step::Event(e, len));
    }
    // Private replies (`?`, `>`, `=`) and intermediates are nothing the app asked for.
    if !params
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b';' || b == b':')
    {
        return None;
    }
    let event = match last {
        b'~' if params == "200" => return Some(Step::PasteStart(len)),
        b'~' => tilde_key(params)?,
        b'Z' => {
            let (mods, kind) = modifiers_of(params)?;
            key_of(KeyCode::BackTab, mods | KeyModifiers::SHIFT, kind)
        }
        b'I' if params.is_empty() => Event::FocusGained,
        b'O' if params.is_empty() => Event::FocusLost,
        b'u' => csi_u_key(params)?,
        b'M' => urxvt_mouse(params)?,
        _ => {
            let (mods, kind) = modifiers_of(params)?;
            key_of(letter_key(last)?, mods, kind)
        }
    };
    Some(Step::Event(event, len))
}

/// The keys named by a final letter, in CSI and SS3 alike.
fn letter_key(last: u8) -> Option<KeyCode> {
    Some(match last {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P' => KeyCode::F(1),
        b'Q' => KeyCode::F(2),
        b'R' => KeyCode::F(3),
        b'S' => KeyCode::F(4),
        _ => return None,
    })
}

/// `CSI code ; modifiers ~`: the editing keys and F1-F12 (and beyond, as crossterm names
/// them).
fn tilde_key(params: &str) -> Option<Event> {
    let (first, rest) = params.split_once(';').unwrap_or((params, ""));
    let code = match first.parse::<u8>().ok()? {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        n @ 11..=15 => KeyCode::F(n - 10),
        n @ 17..=21 => KeyCode::F(n - 11),
        n @ 23..=26 => KeyCode::F(n - 12),
        n @ 28..=29 => KeyCode::F(n - 15),
        n @ 31..=34 => KeyCode::F(n - 17),
        _ => return None,
    };
    let (mods, kind) = modifier_param(rest)?;
    Some(key_of(code, mods, kind))
}

/// The modifiers of a letter-final key: `1;5` (or a lone `5`); none when there are no
/// parameters or the first stands alone as 1. Another first number (a cursor report's row)
/// is no key.
fn modifiers_of(params: &str) -> Option<(KeyModifiers, KeyEventKind)> {
    match params.split_once(';') {
        Some(("" | "1", rest)) => modifier_param(rest),
        Some(_) => None,
        None if params.is_empty() || params == "1" => {
            Some((KeyModifiers::NONE, KeyEventKind::Press))
        }
        None => modifier_param(params),
    }
}

/// One modifier parameter, `mask` or `mask:kind`, mask being 1 + the bits of the keys held.
fn modifier_param(param: &str) -> Option<(KeyModifiers, KeyEventKind)> {
    if param.is_empty() {
        return Some((KeyModifiers::NONE, KeyEventKind::Press));
    }
    let mut parts = param.split(':');
    let held = parts.next()?.parse::<u8>().ok()?.saturating_sub(1);
    let kind = match parts.next().map(str::parse::<u8>) {
        None | Some(Ok(1)) => KeyEventKind::Press,
        Some(Ok(2)) => KeyEventKind::Repeat,
        Some(Ok(3)) => KeyEventKind::Release,
        Some(_) => return None,
    };
    let mods = held_keys(
        held,
        &[
            (1, KeyModifiers::SHIFT),
            (2, KeyModifiers::ALT),
            (4, KeyModifiers::CONTROL),
            (8, KeyModifiers::SUPER),
            (16, KeyModifiers::HYPER),
            (32, KeyModifiers::META),
        ],
    );
    Some((mods, kind))
}

/// The modifiers whose bits are set in `bits`, by a table of bit and modifier.
fn held_keys(bits: u8, table: &[(u8, KeyModifiers)]) -> KeyModifiers {
    table
        .iter()
        .filter(|(bit, _)| bits & bit != 0)
        .fold(KeyModifiers::NONE, |mods, (_, m)| mods | *m)
}

/// `CSI codepoint ; modifiers u`, as terminals send keys with the "fixterms" encoding.
fn csi_u_key(params: &str) -> Option<Event> {
    let mut fields = params.split(';');
    let codepoint = fields.next()?.split(':').next()?.parse::<u32>().ok()?;
    let (mut mods, kind) = modifier_param(fields.next().unwrap_or(""))?;
    let code = match char::from_u32(codepoint)? {
        '\x1b' => KeyCode::Esc,
        '\r' => KeyCode::Enter,
        '\t' if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        '\t' => KeyCode::Tab,
        '\x7f' | '\x08' => KeyCode::Backspace,
        c if c.is_control() => return None,
        c => {
            if c.is_uppercase() {
                mods |= KeyModifiers::SHIFT;
            }
            KeyCode::Char(c)
        }
    };
    Some(key_of(code, mods, kind))
}

fn key_of(code: KeyCode, mods: KeyModifiers, kind: KeyEventKind) -> Event {
    Event::Key(KeyEvent::new_with_kind(code, mods, kind))
}

/// ESC O and one final byte (after optional modifier digits): arrows, Home/End, F1-F4. An
/// ESC O followed by what cannot end it was Alt-Shift-O.
fn ss3(buf: &[u8]) -> Step {
    for (i, &b) in buf.iter().enumerate().skip(2) {
        match b {
            b'0'..=b'9' | b';' => {}
            0x40..=0x7e if i >= MAX_SEQUENCE => return Step::Skip(i + 1),
            0x40..=0x7e => {
                let params = std::str::from_utf8(&buf[2..i]).unwrap_or("\u{0}");
                let event = modifiers_of(params)
                    .zip(letter_key(b))
                    .map(|((mods, kind), code)| key_of(code, mods, kind));
                return match event {
                    Some(e) => Step::Event(e, i + 1),
                    None => Step::Skip(i + 1),
                };
            }
            _ if i == 2 => match char_key('O') {
                Event::Key(k) => return Step::Event(with_alt(k), 2),
                _ => return Step::Skip(2),
            },
            _ => return Step::Skip(i),
        }
    }
    held(buf)
}

/// `CSI < button ; column ; row M` (pressed) or `m` (released), 1-based.
fn sgr_mouse(params: &str, last: u8) -> Option<Event> {
    let [cb, x, y] = three_numbers(params)?;
    let (kind, modifiers) = mouse_kind(cb)?;
    let kind = match (last, kind) {
        (b'm', MouseEventKind::Down(button)) => MouseEventKind::Up(button),
        (b'm' | b'M', kind) => kind,
        _ => return None,
    };
    Some(mouse(kind, modifiers, x, y))
}

/// `CSI button+32 ; column ; row M` (urxvt, 1015).
fn urxvt_mouse(params: &str) -> Option<Event> {
    let [cb, x, y] = three_numbers(params)?;
    let (kind, modifiers) = mouse_kind(cb.checked_sub(32)?)?;
    Some(mouse(kind, modifiers, x, y))
}

/// ESC [ M and three bytes, each 32 more than the button and the 1-based column and row.
fn x10_mouse(buf: &[u8]) -> Step {
    let Some(&[cb, x, y]) = buf.get(3..6) else {
        return Step::More;
    };
    let to_cell = |b: u8| u16::from(b.saturating_sub(32));
    let event = cb
        .checked_sub(32)
        .and_then(|cb| mouse_kind(u16::from(cb)))
        .map(|(kind, mods)| mouse(kind, mods, to_cell(x), to_cell(y)));
    match event {
        Some(e) => Step::Event(e, 6),
        None => Step::Skip(6),
    }
}

fn three_numbers(params: &str) -> Option<[u16; 3]> {
    let mut it = params.split(';').map(str::parse::<u16>);
    let numbers = [it.next()?.ok()?, it.next()?.ok()?, it.next()?.ok()?];
    it.next().is_none().then_some(numbers)
}

/// A mouse report's column and row are 1-based; the app's cells are 0-based.
fn mouse(kind: MouseEventKind, modifiers: KeyModifiers, x: u16, y: u16) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column: x.saturating_sub(1),
        row: y.saturating_sub(1),
        modifiers,
    })
}

/// The button byte: its low two bits and bits 6-7 name the button, bit 5 says the mouse is
/// moving, bits 2-4 are Shift, Alt and Ctrl.
fn mouse_kind(cb: u16) -> Option<(MouseEventKind, KeyModifiers)> {
    let cb = u8::try_from(cb).ok()?;
    let button = (cb & 0b11) | ((cb & 0b1100_0000) >> 4);
    let moving = cb & 0b10_0000 != 0;
    let kind = match (button, moving) {
        (0, false) => MouseEventKind::Down(MouseButton::Left),
        (1, false) => MouseEventKind::Down(MouseButton::Middle),
        (2, false) => MouseEventKind::Down(MouseButton::Right),
        (0, true) => MouseEventKind::Drag(MouseButton::Left),
        (1, true) => MouseEventKind::Drag(MouseButton::Middle),
        (2, true) => MouseEventKind::Drag(MouseButton::Right),
        // Released, in the encodings that do not say which button.
        (3, false) => MouseEventKind::Up(MouseButton::Left),
        (3..=5, true) => MouseEventKind::Moved,
        (4, false) => MouseEventKind::ScrollUp,
        (5, false) => MouseEventKind::ScrollDown,
        (6, false) => MouseEventKind::ScrollLeft,
        (7, false) => MouseEventKind::ScrollRight,
        _ => return None,
    };
    let mods = held_keys(
        cb,
        &[
            (0b100, KeyModifiers::SHIFT),
            (0b1000, KeyModifiers::ALT),
            (0b1_0000, KeyModifiers::CONTROL),
        ],
    );
    Some((kind, mods))
}
