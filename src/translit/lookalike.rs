//! Letters that look alike in Latin and Cyrillic ("с" and "c", "Н" and "H"). A word typed
//! with one letter from the wrong keyboard layout ("cnpс" with a Cyrillic "с") is read in
//! the script most of its letters are in, so it folds as the word it looks like. Words in
//! one script are left alone: "сок" is still Russian, and folds to "sok".

/// Pairs of (Cyrillic, Latin) letters drawn alike, lowercase and uppercase.
const PAIRS: [(char, char); 30] = [
    ('а', 'a'),
    ('в', 'b'),
    ('е', 'e'),
    ('к', 'k'),
    ('м', 'm'),
    ('н', 'h'),
    ('о', 'o'),
    ('р', 'p'),
    ('с', 'c'),
    ('т', 't'),
    ('у', 'y'),
    ('х', 'x'),
    ('і', 'i'),
    ('ј', 'j'),
    ('ѕ', 's'),
    ('А', 'A'),
    ('В', 'B'),
    ('Е', 'E'),
    ('К', 'K'),
    ('М', 'M'),
    ('Н', 'H'),
    ('О', 'O'),
    ('Р', 'P'),
    ('С', 'C'),
    ('Т', 'T'),
    ('У', 'Y'),
    ('Х', 'X'),
    ('І', 'I'),
    ('Ј', 'J'),
    ('Ѕ', 'S'),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Other,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' => Script::Latin,
        '\u{c0}'..='\u{24f}' if c.is_alphabetic() => Script::Latin,
        '\u{400}'..='\u{52f}' => Script::Cyrillic,
        _ => Script::Other,
    }
}

/// A char's look-alike in the other script, if it has one.
fn twin(c: char, to: Script) -> Option<char> {
    PAIRS.iter().find_map(|&(cyr, lat)| match to {
        Script::Latin if c == cyr => Some(lat),
        Script::Cyrillic if c == lat => Some(cyr),
        _ => None,
    })
}

/// The chars of `s` with each mixed-script word's minority look-alikes replaced by their
/// twins in the word's main script; None when no word mixes scripts (nearly always). A
/// word is a run of letters, digits and combining marks; a word with as many Latin as
/// Cyrillic letters is left as it is. One char in, one char out, so char indexes hold.
pub(super) fn resolve(s: &str) -> Option<Vec<char>> {
    if s.is_ascii() || !has_mixed_word(s) {
        return None;
    }
    let mut chars: Vec<char> = s.chars().collect();
    let mut changed = false;
    let mut start = 0;
    while start < chars.len() {
        let end = chars[start..]
            .iter()
            .position(|&c| !in_word(c))
            .map_or(chars.len(), |n| start + n);
        let word = &mut chars[start..end];
        let count = |want: Script| word.iter().filter(|&&c| script(c) == want).count();
        let (latin, cyrillic) = (count(Script::Latin), count(Script::Cyrillic));
        let main = match (latin, cyrillic) {
            (0, _) | (_, 0) => None,
            (l, c) if l > c => Some(Script::Latin),
            (l, c) if c > l => Some(Script::Cyrillic),
            _ => None,
        };
        if let Some(main) = main {
            for c in word.iter_mut() {
                if let Some(t) = twin(*c, main) {
                    *c = t;
                    changed = true;
                }
            }
        }
        start = end + 1;
    }
    changed.then_some(chars)
}

fn in_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_mark(c)
}

/// Whether some word of `s` holds both Latin and Cyrillic letters: one pass, nothing
/// allocated, as every text of a dataset is folded.
fn has_mixed_word(s: &str) -> bool {
    let (mut latin, mut cyrillic) = (false, false);
    for c in s.chars() {
        match script(c) {
            Script::Latin => latin = true,
            Script::Cyrillic => cyrillic = true,
            Script::Other if !in_word(c) => (latin, cyrillic) = (false, false),
            Script::Other => {}
        }
        if latin && cyrillic {
            return true;
        }
    }
    false
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::resolve;

    fn resolved(s: &str) -> String {
        resolve(s).map_or_else(|| s.to_string(), |v| v.into_iter().collect())
    }

    #[test]
    fn a_stray_letter_takes_the_script_of_its_word() {
        // Cyrillic с in a Latin word, Latin e and o in Cyrillic ones.
        assert_eq!(resolved("cnp\u{441}"), "cnpc");
        assert_eq!(resolved("Шымк\u{65}нт"), "Шымкент");
        assert_eq!(resolved("Син\u{6f}пек"), "Синопек");
        assert_eq!(resolved("\u{421}NPC"), "CNPC");
    }

    #[test]
    fn words_in_one_script_are_left_alone() {
        assert!(resolve("шымкент").is_none());
        assert!(resolve("CNPC и Синопек").is_none());
        assert!(resolve("сок soc").is_none());
        assert!(resolve("Shymkent").is_none());
        // Half and half: no way to tell, so nothing changes.
        assert!(resolve("с\u{6e}").is_none());
    }

    #[test]
    fn each_word_is_read_on_its_own() {
        assert_eq!(resolved("cnp\u{441} и Шымк\u{65}нт"), "cnpc и Шымкент");
        assert_eq!(resolved("ab\u{441}-\u{441}ок"), "abc-сок");
    }
}
