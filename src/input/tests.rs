//! Every kind of sequence, reads cut anywhere, and bytes that are not UTF-8.

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers as M, MouseButton, MouseEvent,
    MouseEventKind,
};

use super::Parser;

/// Everything `bytes` make, read in one piece, with nothing more ready after it.
fn parse(bytes: &[u8]) -> Vec<Event> {
    parse_in(&[bytes])
}

/// The same, read in the pieces given.
pub(super) fn parse_in(pieces: &[&[u8]]) -> Vec<Event> {
    let mut p = Parser::new();
    let mut out = Vec::new();
    for piece in pieces {
        p.feed(piece);
        out.extend(std::iter::from_fn(|| p.next_event()));
    }
    p.idle();
    out.extend(std::iter::from_fn(|| p.next_event()));
    out
}

fn k(code: KeyCode, mods: M) -> Event {
    Event::Key(KeyEvent::new(code, mods))
}

fn ch(c: char) -> Event {
    k(KeyCode::Char(c), M::NONE)
}

fn mouse(kind: MouseEventKind, column: u16, row: u16, modifiers: M) -> Event {
    Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers,
    })
}

#[test]
fn printable_text_in_any_script() {
    assert_eq!(parse(b"q"), [ch('q')]);
    assert_eq!(parse(b"G"), [k(KeyCode::Char('G'), M::SHIFT)]);
    assert_eq!(
        parse("йЙ".as_bytes()),
        [ch('й'), k(KeyCode::Char('Й'), M::SHIFT)]
    );
    assert_eq!(parse("天😀".as_bytes()), [ch('天'), ch('😀')]);
}

#[test]
fn control_keys() {
    assert_eq!(parse(b"\r"), [k(KeyCode::Enter, M::NONE)]);
    assert_eq!(parse(b"\t"), [k(KeyCode::Tab, M::NONE)]);
    assert_eq!(parse(b"\x7f"), [k(KeyCode::Backspace, M::NONE)]);
    assert_eq!(parse(b"\x03"), [k(KeyCode::Char('c'), M::CONTROL)]);
    assert_eq!(parse(b"\x1a"), [k(KeyCode::Char('z'), M::CONTROL)]);
    assert_eq!(parse(b"\x0c"), [k(KeyCode::Char('l'), M::CONTROL)]);
    assert_eq!(parse(b"\x0a"), [k(KeyCode::Char('j'), M::CONTROL)]);
    assert_eq!(parse(b"\x00"), [k(KeyCode::Char(' '), M::CONTROL)]);
    assert_eq!(parse(b"\x1c"), [k(KeyCode::Char('4'), M::CONTROL)]);
}

#[test]
fn a_lone_esc_is_the_esc_key_only_when_nothing_follows() {
    assert_eq!(parse(b"\x1b"), [k(KeyCode::Esc, M::NONE)]);
    // Held while more bytes may come: nothing yet.
    let mut p = Parser::new();
    p.feed(b"\x1b");
    assert!(p.holds_escape());
    assert_eq!(p.next_event(), None);
    p.feed(b"[A");
    assert_eq!(p.next_event(), Some(k(KeyCode::Up, M::NONE)));
    assert!(!p.holds_escape());
    // Two in one read are two presses.
    assert_eq!(
        parse(b"\x1b\x1b"),
        [k(KeyCode::Esc, M::NONE), k(KeyCode::Esc, M::NONE)]
    );
}

#[test]
fn alt_is_an_esc_before_the_key() {
    assert_eq!(parse(b"\x1be"), [k(KeyCode::Char('e'), M::ALT)]);
    assert_eq!(parse(b"\x1bQ"), [k(KeyCode::Char('Q'), M::ALT | M::SHIFT)]);
    assert_eq!(parse("\x1bй".as_bytes()), [k(KeyCode::Char('й'), M::ALT)]);
    assert_eq!(
        parse(b"\x1b\x05"),
        [k(KeyCode::Char('e'), M::ALT | M::CONTROL)]
    );
    assert_eq!(parse(b"\x1b\r"), [k(KeyCode::Enter, M::ALT)]);
    // Alt-[ and Alt-O, when nothing follows them.
    assert_eq!(parse(b"\x1b["), [k(KeyCode::Char('['), M::ALT)]);
    assert_eq!(parse(b"\x1bO"), [k(KeyCode::Char('O'), M::ALT | M::SHIFT)]);
}

#[test]
fn csi_and_ss3_keys() {
    let cases: &[(&[u8], KeyCode)] = &[
        (b"\x1b[A", KeyCode::Up),
        (b"\x1b[B", KeyCode::Down),
        (b"\x1b[C", KeyCode::Right),
        (b"\x1b[D", KeyCode::Left),
        (b"\x1b[H", KeyCode::Home),
        (b"\x1b[F", KeyCode::End),
        (b"\x1bOA", KeyCode::Up),
        (b"\x1bOH", KeyCode::Home),
        (b"\x1bOF", KeyCode::End),
        (b"\x1bOP", KeyCode::F(1)),
        (b"\x1bOS", KeyCode::F(4)),
        (b"\x1b[1~", KeyCode::Home),
        (b"\x1b[2~", KeyCode::Insert),
        (b"\x1b[3~", KeyCode::Delete),
        (b"\x1b[4~", KeyCode::End),
        (b"\x1b[5~", KeyCode::PageUp),
        (b"\x1b[6~", KeyCode::PageDown),
        (b"\x1b[15~", KeyCode::F(5)),
        (b"\x1b[17~", KeyCode::F(6)),
        (b"\x1b[21~", KeyCode::F(10)),
        (b"\x1b[23~", KeyCode::F(11)),
        (b"\x1b[24~", KeyCode::F(12)),
    ];
    for (bytes, code) in cases {
        assert_eq!(parse(bytes), [k(*code, M::NONE)], "{bytes:?}");
    }
    assert_eq!(parse(b"\x1b[Z"), [k(KeyCode::BackTab, M::SHIFT)]);
}

#[test]
fn modifier_parameters() {
    assert_eq!(parse(b"\x1b[1;5A"), [k(KeyCode::Up, M::CONTROL)]);
    assert_eq!(parse(b"\x1b[1;2D"), [k(KeyCode::Left, M::SHIFT)]);
    assert_eq!(parse(b"\x1b[1;3H"), [k(KeyCode::Home, M::ALT)]);
    assert_eq!(
        parse(b"\x1b[5;6~"),
        [k(KeyCode::PageUp, M::CONTROL | M::SHIFT)]
    );
    assert_eq!(parse(b"\x1b[3;3~"), [k(KeyCode::Delete, M::ALT)]);
    assert_eq!(parse(b"\x1b[1;5P"), [k(KeyCode::F(1), M::CONTROL)]);
    assert_eq!(parse(b"\x1bO2R"), [k(KeyCode::F(3), M::SHIFT)]);
    // A release reported with its kind.
    assert_eq!(
        parse(b"\x1b[1;1:3B"),
        [Event::Key(KeyEvent::new_with_kind(
            KeyCode::Down,
            M::NONE,
            KeyEventKind::Release
        ))]
    );
    // CSI u, as terminals with the fixterms encoding send a modified letter.
    assert_eq!(parse(b"\x1b[101;5u"), [k(KeyCode::Char('e'), M::CONTROL)]);
    assert_eq!(parse(b"\x1b[27u"), [k(KeyCode::Esc, M::NONE)]);
}

#[test]
fn sgr_mouse_press_release_drag_and_scroll() {
    use MouseEventKind::*;
    let left = MouseButton::Left;
    assert_eq!(parse(b"\x1b[<0;10;2M"), [mouse(Down(left), 9, 1, M::NONE)]);
    assert_eq!(parse(b"\x1b[<0;10;2m"), [mouse(Up(left), 9, 1, M::NONE)]);
    assert_eq!(
        parse(b"\x1b[<2;1;1M"),
        [mouse(Down(MouseButton::Right), 0, 0, M::NONE)]
    );
    assert_eq!(parse(b"\x1b[<32;5;6M"), [mouse(Drag(left), 4, 5, M::NONE)]);
    assert_eq!(parse(b"\x1b[<35;5;6M"), [mouse(Moved, 4, 5, M::NONE)]);
    assert_eq!(parse(b"\x1b[<64;3;4M"), [mouse(ScrollUp, 2, 3, M::NONE)]);
    assert_eq!(parse(b"\x1b[<65;3;4M"), [mouse(ScrollDown, 2, 3, M::NONE)]);
    // Shift 4, Alt 8, Ctrl 16.
    assert_eq!(
        parse(b"\x1b[<20;7;8M"),
        [mouse(Down(left), 6, 7, M::SHIFT | M::CONTROL)]
    );
    assert_eq!(parse(b"\x1b[<72;1;1M"), [mouse(ScrollUp, 0, 0, M::ALT)]);
    // Columns past 223, which only SGR can report.
    assert_eq!(
        parse(b"\x1b[<0;300;2M"),
        [mouse(Down(left), 299, 1, M::NONE)]
    );
}

#[test]
fn older_mouse_encodings() {
    use MouseEventKind::*;
    // urxvt (1015): the button plus 32.
    assert_eq!(
        parse(b"\x1b[32;10;2M"),
        [mouse(Down(MouseButton::Left), 9, 1, M::NONE)]
    );
    // X10: three raw bytes, each plus 32; a column past 95 is a byte that is not UTF-8.
    assert_eq!(
        parse(&[0x1b, b'[', b'M', 32, 33 + 9, 33 + 1]),
        [mouse(Down(MouseButton::Left), 9, 1, M::NONE)]
    );
    assert_eq!(
        parse(&[0x1b, b'[', b'M', 35, 0xc8, 34, b'q']),
        [mouse(Up(MouseButton::Left), 167, 1, M::NONE), ch('q')]
    );
}

#[test]
fn bracketed_paste_whole_and_cut_across_reads() {
    let whole = parse(b"\x1b[200~Sinopec\nthe plan\tq\x1b[201~q");
    assert_eq!(
        whole,
        [Event::Paste("Sinopec\nthe plan\tq".into()), ch('q')]
    );
    // Cut inside the start marker, the text, a character and the end marker.
    let cut = parse_in(&[
        b"\x1b[20",
        "0~Кит".as_bytes(),
        &"ай".as_bytes()[..1],
        &"ай".as_bytes()[1..],
        b"\x1b[2",
        b"01",
        b"~",
    ]);
    assert_eq!(cut, [Event::Paste("Китай".into())]);
    // An escape sequence inside a paste is text, not a key.
    assert_eq!(
        parse(b"\x1b[200~a\x1b[Ab\x1b[201~"),
        [Event::Paste("a\x1b[Ab".into())]
    );
    assert_eq!(parse(b"\x1b[200~\x1b[201~"), [Event::Paste(String::new())]);
}

#[test]
fn a_paste_that_never_ends_keeps_a_bounded_part() {
    let mut p = Parser::new();
    p.feed(b"\x1b[200~");
    let chunk = vec![b'x'; 64 * 1024];
    for _ in 0..(super::MAX_PASTE_BYTES / chunk.len() + 4) {
        p.feed(&chunk);
    }
    assert_eq!(p.next_event(), None);
    p.feed(b"\x1b[201~");
    match p.next_event() {
        Some(Event::Paste(text)) => assert_eq!(text.len(), super::MAX_PASTE_BYTES),
        other => panic!("expected a paste, got {other:?}"),
    }
}

#[test]
fn focus_in_and_out() {
    assert_eq!(parse(b"\x1b[I"), [Event::FocusGained]);
    assert_eq!(parse(b"\x1b[O"), [Event::FocusLost]);
}

#[test]
fn split_reads_make_the_same_events() {
    let stream = "a\x1b[1;5Cй\x1b[<0;4;5M\x1bx\x1b[6~\x1bOQ\x1b[200~п\x1b[201~😀\r".as_bytes();
    let whole = parse(stream);
    assert_eq!(whole.len(), 10, "{whole:?}");
    for cut in 1..stream.len() {
        let (a, b) = stream.split_at(cut);
        assert_eq!(parse_in(&[a, b]), whole, "cut at {cut}");
    }
    let bytes: Vec<&[u8]> = stream.chunks(1).collect();
    assert_eq!(parse_in(&bytes), whole, "one byte a read");
}

#[test]
fn a_stray_byte_is_dropped_alone() {
    // The case that ate a key: a lead byte, then the key.
    assert_eq!(parse(b"\xc3q"), [ch('q')]);
    assert_eq!(parse(b"\xc3sinopec").len(), 7);
    assert_eq!(parse_in(&[b"\xc3", b"q"]), [ch('q')]);
    // Bytes never in UTF-8, and a continuation byte with no lead.
    assert_eq!(parse(b"\xffq"), [ch('q')]);
    assert_eq!(parse(b"\xc0\xc1\xf5\xfe\x80q"), [ch('q')]);
    // Overlong forms and surrogates are not characters.
    assert_eq!(parse(b"\xe0\x80\x80q"), [ch('q')]);
    assert_eq!(parse(b"\xed\xa0\x80q"), [ch('q')]);
    assert_eq!(parse(b"\xf4\x90\x80\x80q"), [ch('q')]);
    // A C1 control written as UTF-8 is no key.
    assert_eq!(parse(b"\xc2\x9bq"), [ch('q')]);
    // A stray byte inside a key sequence ends it; what follows is read.
    assert_eq!(parse(b"\x1b[1;\xffq"), [ch('q')]);
}

#[test]
fn a_character_cut_short_gives_way_to_what_follows() {
    // The first two bytes of a three-byte character, then Esc, or a key sequence.
    assert_eq!(parse(b"\xe2\x82\x1b"), [k(KeyCode::Esc, M::NONE)]);
    assert_eq!(parse(b"\xe2\x82\x1b[A"), [k(KeyCode::Up, M::NONE)]);
    assert_eq!(parse(b"\xf0\x9f\x98q"), [ch('q')]);
    // A cut character followed by a whole one.
    assert_eq!(
        parse(&[b"\xd0".as_slice(), "й".as_bytes()].concat()),
        [ch('й')]
    );
    // A lead byte waits for more; alone at the end it makes nothing.
    assert_eq!(parse(b"\xc3"), []);
}

#[test]
fn invalid_bytes_in_a_paste_are_replaced_and_the_paste_kept() {
    assert_eq!(
        parse(b"\x1b[200~Sino\xffpec\xc3\x1b[201~q"),
        [Event::Paste("Sino\u{fffd}pec\u{fffd}".into()), ch('q')]
    );
}

#[test]
fn sequences_the_app_has_no_use_for_are_skipped_whole() {
    // A cursor report, device attributes, an unknown tilde key, an unfinished-looking CSI
    // that runs too long: none leaves bytes behind to be read as keys.
    assert_eq!(parse(b"\x1b[12;40Rq"), [ch('q')]);
    assert_eq!(parse(b"\x1b[?62;22cq"), [ch('q')]);
    assert_eq!(parse(b"\x1b[99~q"), [ch('q')]);
    assert_eq!(parse(b"\x1b[201~q"), [ch('q')]);
    // The first `q` ends the long sequence, as any final byte would.
    let long = [b"\x1b[".as_slice(), &[b'1'; 100], b"qq"].concat();
    assert_eq!(parse(&long), [ch('q')]);
    assert_eq!(parse(b"\x1b[<0;1M\x1b[<999;1;1Mq"), [ch('q')]);
    // A sequence that never ends is dropped once it has grown too long to be one.
    let endless = [b"\x1b[".as_slice(), &[b'1'; 5000]].concat();
    assert_eq!(parse(&endless), []);
}
