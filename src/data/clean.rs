//! `Clean`: a string that was made safe for a terminal the moment it was parsed.
//!
//! Every string in a dataset deserializes through this type, so no field can be
//! forgotten: control characters become visible placeholders, tabs become spaces,
//! and bidi overrides and zero-width characters are dropped. Text is then put in Unicode
//! NFC, so a decomposed "й" (и + U+0306) is the same text as a precomposed one, and a
//! combining mark that opens a text gets U+25CC (◌) as its base: on its own it would
//! attach to whatever the terminal drew before it (a border, the search prompt).

use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
// Box<str>, not String: a dataset holds millions of these, and none of them grows.
pub struct Clean(Box<str>);

impl Clean {
    pub fn new(raw: &str) -> Self {
        Clean(sanitize(raw).into_owned().into_boxed_str())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Clean {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Clean {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for Clean {
    fn from(raw: &str) -> Self {
        Clean::new(raw)
    }
}

impl<'de> Deserialize<'de> for Clean {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Cow::<str>::deserialize(d)?;
        Ok(match sanitize(&raw) {
            Cow::Borrowed(_) => Clean(raw.into_owned().into_boxed_str()),
            Cow::Owned(s) => Clean(s.into_boxed_str()),
        })
    }
}

/// What a lone combining mark at the start of a text is given as its base.
pub const MARK_BASE: char = '\u{25cc}';

/// `s` in NFC, with [`MARK_BASE`] before a combining mark that opens it. Borrows when
/// nothing changes, as for all ASCII and nearly all other text.
pub fn normalize(s: &str) -> Cow<'_, str> {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if s.is_ascii() {
        return Cow::Borrowed(s);
    }
    let leading_mark = s.chars().next().is_some_and(is_combining_mark);
    let nfc = matches!(is_nfc_quick(s.chars()), IsNormalized::Yes);
    if nfc && !leading_mark {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + MARK_BASE.len_utf8());
    if leading_mark {
        out.push(MARK_BASE);
    }
    if nfc {
        out.push_str(s);
    } else {
        out.extend(s.nfc());
    }
    Cow::Owned(out)
}

impl Serialize for Clean {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl JsonSchema for Clean {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        "String".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        String::json_schema(generator)
    }
}

/// What a character becomes on screen.
enum Fate {
    Keep,
    Drop,
    Replace(char),
}

fn fate(c: char) -> Fate {
    match c {
        '\t' => Fate::Replace(' '),
        '\n' => Fate::Keep,
        // C0 controls and DEL show as the Unicode "control picture" for them,
        // so a reader can see that the data holds something odd.
        '\0'..='\u{1f}' => Fate::Replace(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\u{7f}' => Fate::Replace('\u{2421}'),
        '\u{80}'..='\u{9f}' => Fate::Replace('\u{fffd}'),
        // Bidi embeddings, overrides and isolates; zero-width characters; BOM.
        '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061c}'
        | '\u{feff}' => Fate::Drop,
        _ => Fate::Keep,
    }
}

/// Whether `c` passes sanitising unchanged: what a query may take from the keyboard or a
/// paste.
pub fn is_kept(c: char) -> bool {
    matches!(fate(c), Fate::Keep) && c != '\n'
}

/// Sanitises text for display, then normalises it (see [`normalize`]); borrows when
/// nothing needs to change.
pub fn sanitize(raw: &str) -> Cow<'_, str> {
    // Nearly every text of a dataset is made of these alone: skip the per-character rules
    // and the normalisation tables, which dominated reading a large file.
    if all_plain(raw) {
        return Cow::Borrowed(raw);
    }
    match strip(raw) {
        Cow::Borrowed(s) => normalize(s),
        Cow::Owned(s) => match normalize(&s) {
            Cow::Borrowed(_) => Cow::Owned(s),
            Cow::Owned(n) => Cow::Owned(n),
        },
    }
}

/// Characters that sanitising keeps as they are, that are in NFC on their own and have
/// combining class 0, so a text of nothing else is already clean: printable ASCII, Latin,
/// Cyrillic, and the common dashes, quotes and currency signs. A test checks each of them
/// against the full rules.
fn plain(c: char) -> bool {
    matches!(
        c,
        ' '..='~'
            | '\n'
            | '\u{a0}'..='\u{2ff}'
            | '\u{400}'..='\u{482}'
            | '\u{48a}'..='\u{52f}'
            | '\u{2010}'..='\u{2027}'
            | '\u{2030}'..='\u{205e}'
            | '\u{20a0}'..='\u{20c0}'
    )
}

/// `s.chars().all(plain)`, read a byte at a time: a character's first byte alone says
/// whether it is plain for all of printable ASCII, most Latin and Cyrillic, so those are
/// never decoded. (Continuation bytes pass: the text is valid UTF-8.)
fn all_plain(s: &str) -> bool {
    let bytes = s.as_bytes();
    // Nearly always true, and a tight loop with no decoding.
    if bytes
        .iter()
        .all(|&b| matches!(LEAD[usize::from(b)], Lead::Plain))
    {
        return true;
    }
    bytes
        .iter()
        .enumerate()
        .all(|(i, &b)| match LEAD[usize::from(b)] {
            Lead::Plain => true,
            Lead::Other => false,
            Lead::Decode => s[i..].chars().next().is_some_and(plain),
        })
}

#[derive(Clone, Copy)]
enum Lead {
    /// Starts (or continues) only plain characters.
    Plain,
    /// Starts plain and other characters: decode it.
    Decode,
    /// Starts no plain character.
    Other,
}

/// What each byte value says of the character it belongs to; see [`plain`].
const LEAD: [Lead; 256] = {
    let mut table = [Lead::Other; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' '..=b'~' | b'\n' | 0x80..=0xbf => Lead::Plain,
            // U+00C0 to U+02FF; U+0400 to U+047F; U+04C0 to U+04FF.
            0xc3..=0xcb | 0xd0 | 0xd1 | 0xd3 => Lead::Plain,
            // U+0080 to U+00BF (C1 controls among them); U+0480 to U+04BF (combining
            // marks among them); U+0500 to U+053F; U+2000 to U+2FFF.
            0xc2 | 0xd2 | 0xd4 | 0xe2 => Lead::Decode,
            _ => Lead::Other,
        };
        b += 1;
    }
    table
};

/// Control, bidi and zero-width characters made harmless.
fn strip(raw: &str) -> Cow<'_, str> {
    if raw.chars().all(|c| matches!(fate(c), Fate::Keep)) {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        match fate(c) {
            Fate::Keep => out.push(c),
            Fate::Drop => {}
            Fate::Replace(r) => out.push(r),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(sanitize("Шымкент, 10 млн т"), Cow::Borrowed(_)));
    }

    #[test]
    fn plain_characters_pass_the_full_rules_unchanged() {
        use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
        use unicode_normalization::{is_nfc_quick, IsNormalized};
        let plain_chars: Vec<char> = (0..=0x2fff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| plain(c))
            .collect();
        assert!(plain_chars.len() > 1000);
        for c in plain_chars {
            assert!(matches!(fate(c), Fate::Keep), "{c:?} is not kept");
            let one = std::iter::once(c);
            assert!(
                matches!(is_nfc_quick(one), IsNormalized::Yes),
                "{c:?} is not NFC"
            );
            assert_eq!(canonical_combining_class(c), 0, "{c:?} combines");
            assert!(!is_combining_mark(c), "{c:?} is a mark");
        }
        // Read a byte at a time, the same answer for every character, alone and in a text.
        for c in (0..=0x3_0000_u32).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("aй{c}"), format!("{c}ы\u{2014}")] {
                assert_eq!(all_plain(&text), text.chars().all(plain), "{text:?}");
            }
        }
        // Outside them, the full rules still apply.
        assert!(!plain('\u{301}') && !plain('\u{2000}') && !plain('\u{200b}'));
        assert!(!plain('\t') && !plain('\u{7f}') && !plain('\u{9b}') && !plain('\u{483}'));
    }

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\u{241b}[31mb");
        assert_eq!(sanitize("bell\u{7}"), "bell\u{2407}");
        assert_eq!(sanitize("del\u{7f}"), "del\u{2421}");
        assert_eq!(sanitize("csi\u{9b}2J"), "csi\u{fffd}2J");
        assert_eq!(sanitize("cr\rx"), "cr\u{240d}x");
    }

    #[test]
    fn tabs_become_spaces_and_newlines_stay() {
        assert_eq!(sanitize("a\tb\nc"), "a b\nc");
    }

    #[test]
    fn bidi_and_zero_width_are_removed() {
        assert_eq!(sanitize("\u{202e}evil\u{202c}"), "evil");
        assert_eq!(sanitize("a\u{200b}b\u{2066}c\u{2069}\u{feff}"), "abc");
    }

    #[test]
    fn text_is_put_in_nfc() {
        // и + combining breve is й; e + combining acute is é.
        assert_eq!(sanitize("Кита\u{438}\u{306}"), "Кита\u{439}");
        assert_eq!(sanitize("Кита\u{438}\u{306}").chars().count(), 5);
        assert_eq!(sanitize("Cafe\u{301}"), "Caf\u{e9}");
        assert!(matches!(sanitize("Китай café"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_leading_combining_mark_gets_a_base() {
        assert_eq!(sanitize("\u{301}abc"), "\u{25cc}\u{301}abc");
        assert_eq!(sanitize("\u{301}\u{308}"), "\u{25cc}\u{301}\u{308}");
        // Also when what stood before it was dropped.
        assert_eq!(sanitize("\u{200b}\u{301}x"), "\u{25cc}\u{301}x");
        // A mark inside a text keeps its letter.
        assert_eq!(sanitize("x\u{301}"), "x\u{301}");
        let c: Clean = serde_json::from_str(r#""\u0306Китаи\u0306""#).unwrap();
        assert_eq!(c.as_str(), "\u{25cc}\u{306}Китай");
    }

    #[test]
    fn deserializing_cleans_json_escapes() {
        let c: Clean = serde_json::from_str(r#""x\u001b]52;c;aGk=\u0007y""#).unwrap();
        assert_eq!(c.as_str(), "x\u{241b}]52;c;aGk=\u{2407}y");
    }
}
