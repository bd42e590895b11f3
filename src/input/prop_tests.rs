//! Arbitrary bytes: the parser never panics, reads cut anywhere change nothing, and a key
//! after garbage is read as it would be alone.

use proptest::prelude::*;

use super::tests::parse_in;

/// One well-formed key, mouse report or paste, as a terminal sends it.
fn well_formed() -> impl Strategy<Value = Vec<u8>> {
    let text = any::<char>()
        .prop_filter("a typed character", |c| !c.is_control())
        .prop_map(|c| c.to_string().into_bytes());
    let control = prop_oneof![1u8..=26, 28u8..=31, Just(0x7f), Just(0)].prop_map(|b| vec![b]);
    let alt = (b'a'..=b'z').prop_map(|b| vec![0x1b, b]);
    let finals = prop::sample::select(b"ABCDHFPQRS".to_vec());
    let letter = (finals, 1u8..=8).prop_map(|(f, m)| format!("\x1b[1;{m}{}", char::from(f)));
    let codes = prop::sample::select(vec![1u8, 2, 3, 4, 5, 6, 11, 15, 17, 21, 23, 24]);
    let tilde = (codes, 1u8..=8).prop_map(|(c, m)| format!("\x1b[{c};{m}~"));
    let buttons = prop::sample::select(vec![0u16, 1, 2, 4, 8, 16, 32, 35, 64, 65]);
    let mouse = (buttons, 1u16..=500, 1u16..=200, any::<bool>())
        .prop_map(|(b, x, y, up)| format!("\x1b[<{b};{x};{y}{}", if up { 'm' } else { 'M' }));
    let paste = "[^\x1b]{0,40}".prop_map(|t| format!("\x1b[200~{t}\x1b[201~"));
    prop_oneof![
        text,
        control,
        alt,
        Just(b"\x1b".to_vec()),
        Just(b"\x1b[A".to_vec()),
        Just(b"\x1bOP".to_vec()),
        Just(b"\x1b[Z".to_vec()),
        Just(b"\x1b[I".to_vec()),
        letter.prop_map(String::into_bytes),
        tilde.prop_map(String::into_bytes),
        mouse.prop_map(String::into_bytes),
        paste.prop_map(String::into_bytes),
    ]
}

proptest! {
    #[test]
    fn any_bytes_in_any_pieces_parse_alike_and_never_panic(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
    ) {
        let whole = parse_in(&[&bytes]);
        let mut at: Vec<usize> = cuts.iter().map(|c| c.index(bytes.len() + 1)).collect();
        at.sort_unstable();
        let mut pieces = Vec::new();
        let mut from = 0;
        for to in at {
            pieces.push(&bytes[from..to]);
            from = to;
        }
        pieces.push(&bytes[from..]);
        prop_assert_eq!(parse_in(&pieces), whole);
    }

    #[test]
    fn a_key_after_garbage_is_read_as_alone(
        // Anything but ESC, which would make the key part of a sequence: stray bytes, cut
        // characters, controls and text.
        garbage in prop::collection::vec(any::<u8>().prop_filter("no ESC", |b| *b != 0x1b), 0..40),
        key in well_formed(),
    ) {
        let alone = parse_in(&[&key]);
        prop_assert!(!alone.is_empty(), "{:?} made nothing", key);
        let after = parse_in(&[&[garbage.as_slice(), &key].concat()]);
        prop_assert!(after.ends_with(&alone), "{:?} then {:?}: {:?}", garbage, key, after);
        // And when the garbage came in a read of its own.
        let apart = parse_in(&[&garbage, &key]);
        prop_assert!(apart.ends_with(&alone), "{:?}, {:?}: {:?}", garbage, key, apart);
    }
}
