//! The Russian ЙЦУКЕН layout read back as QWERTY: the key in the same place.
//!
//! Only letters are mapped. Punctuation such as `/`, `?` and digits is typed on both
//! layouts (from other places), so it keeps its own meaning.

/// Lowercase ЙЦУКЕН letters and the QWERTY keys in their places, row by row.
const ROWS: [(&str, &str); 4] = [
    ("ё", "`"),
    ("йцукенгшщзхъ", "qwertyuiop[]"),
    ("фывапролджэ", "asdfghjkl;'"),
    ("ячсмитьбю", "zxcvbnm,."),
];

/// Uppercase letters: the same places with Shift.
const SHIFTED: [(&str, &str); 4] = [
    ("Ё", "~"),
    ("ЙЦУКЕНГШЩЗХЪ", "QWERTYUIOP{}"),
    ("ФЫВАПРОЛДЖЭ", "ASDFGHJKL:\""),
    ("ЯЧСМИТЬБЮ", "ZXCVBNM<>"),
];

/// The QWERTY character typed by the key that types `c` on ЙЦУКЕН, if `c` is one of its
/// letters.
pub fn qwerty(c: char) -> Option<char> {
    ROWS.iter().chain(SHIFTED.iter()).find_map(|(ru, en)| {
        let at = ru.chars().position(|r| r == c)?;
        en.chars().nth(at)
    })
}

#[cfg(test)]
mod tests {
    use super::qwerty;

    #[test]
    fn letters_map_to_the_key_in_their_place() {
        assert_eq!(qwerty('й'), Some('q'));
        assert_eq!(qwerty('ы'), Some('s'));
        assert_eq!(qwerty('о'), Some('j'));
        assert_eq!(qwerty('Ж'), Some(':'));
        assert_eq!(qwerty('Г'), Some('U'));
        assert_eq!(qwerty('ю'), Some('.'));
        assert_eq!(qwerty('ё'), Some('`'));
    }

    #[test]
    fn everything_else_is_left_alone() {
        for c in ['q', '/', '?', '1', ' ', 'ä', 'і'] {
            assert_eq!(qwerty(c), None, "{c}");
        }
    }

    #[test]
    fn rows_pair_up_letter_for_key() {
        for (ru, en) in super::ROWS.iter().chain(super::SHIFTED.iter()) {
            assert_eq!(ru.chars().count(), en.chars().count(), "{ru}");
        }
    }
}
