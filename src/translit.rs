//! Search keys: text folded so that a reader can type Latin, Cyrillic or Kazakh and still
//! find a name written in either script ("shymkent" finds «Шымкент», "казах" finds
//! "Kazakhstan").
//!
//! Folding lowercases, transliterates Cyrillic (Russian and Kazakh letters) to Latin with a
//! plain English-style scheme, and strips common Latin diacritics. Anything else passes
//! through unchanged, so CJK, emoji and digits stay searchable as themselves.
//!
//! Three rules make the Kazakh spellings meet: the 2021 Kazakh Latin letters fold as their
//! Cyrillic twins do (ä ğ ñ ö ū ü ı ş ç as ә ғ ң ө ұ ү ы ш ч), "q" folds as "k" (қ is written
//! q), and "kh" folds as "k" (Russian х is written kh where Kazakh has қ), so "Qazaqstan",
//! «Қазақстан», «Казахстан» and "Kazakhstan" all fold to "kazakstan". A word typed with a
//! letter from the other script's keyboard is read in its main script first (see
//! [`lookalike`]).

mod lookalike;

/// What one lowercase char becomes in a search key.
enum Fold {
    Same,
    Drop,
    To(&'static str),
}

fn fold_char(c: char) -> Fold {
    use Fold::{Drop, Same, To};
    match c {
        // Russian.
        'а' => To("a"),
        'б' => To("b"),
        'в' => To("v"),
        'г' => To("g"),
        'д' => To("d"),
        'е' | 'ё' | 'э' => To("e"),
        'ж' => To("zh"),
        'з' => To("z"),
        'и' => To("i"),
        'й' | 'ы' => To("y"),
        'к' => To("k"),
        'л' => To("l"),
        'м' => To("m"),
        'н' => To("n"),
        'о' => To("o"),
        'п' => To("p"),
        'р' => To("r"),
        'с' => To("s"),
        'т' => To("t"),
        'у' => To("u"),
        'ф' => To("f"),
        'х' => To("kh"),
        'ц' => To("ts"),
        'ч' => To("ch"),
        'ш' => To("sh"),
        'щ' => To("shch"),
        'ъ' | 'ь' => Drop,
        'ю' => To("yu"),
        'я' => To("ya"),
        // Kazakh letters beyond the Russian alphabet.
        'ә' => To("a"),
        'ғ' => To("g"),
        'қ' => To("k"),
        'ң' => To("n"),
        'ө' => To("o"),
        'ұ' | 'ү' => To("u"),
        'һ' => To("h"),
        'і' => To("i"),
        // Latin letters with diacritics, as people type them without.
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => To("a"),
        // Kazakh Latin (2021) and the usual romanisations write ш, ч, ж so.
        'ş' | 'š' => To("sh"),
        'ç' | 'č' => To("ch"),
        'ž' => To("zh"),
        'ı' => To("y"),
        'ć' => To("c"),
        'ď' | 'đ' => To("d"),
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => To("e"),
        'ğ' | 'ģ' => To("g"),
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => To("i"),
        'ķ' => To("k"),
        'ĺ' | 'ļ' | 'ľ' | 'ł' => To("l"),
        'ñ' | 'ń' | 'ň' | 'ņ' => To("n"),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => To("o"),
        'ŕ' | 'ř' => To("r"),
        'ś' | 'ș' => To("s"),
        'ß' => To("ss"),
        'ť' | 'ţ' | 'ț' => To("t"),
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => To("u"),
        'ý' | 'ÿ' => To("y"),
        'ź' | 'ż' => To("z"),
        'æ' => To("ae"),
        'œ' => To("oe"),
        // Typographic quotes and dashes, so what a keyboard types matches what was typeset.
        '‘' | '’' | 'ʼ' => To("'"),
        '“' | '”' | '«' | '»' | '„' => To("\""),
        '‐' | '‑' | '‒' | '–' | '—' | '−' => To("-"),
        // Combining marks: decomposed accents, and the dot that 'İ' gains when lowercased.
        '\u{300}'..='\u{36f}' => Drop,
        // The base a lone leading mark is given when a text is cleaned: not a letter.
        '\u{25cc}' => Drop,
        _ => Same,
    }
}

/// Feeds every char of the folded `s` to `emit`, with the char index in `s` it came from.
fn fold_each(s: &str, emit: impl FnMut(char, usize)) {
    let mut out = Emitter { emit, last: None };
    match lookalike::resolve(s) {
        Some(chars) => chars
            .into_iter()
            .enumerate()
            .for_each(|(i, c)| fold_one(c, i, &mut out)),
        None => s
            .chars()
            .enumerate()
            .for_each(|(i, c)| fold_one(c, i, &mut out)),
    }
}

/// Passes folded chars on, applying the rules that look at two in a row: "q" is "k", and
/// an "h" after a "k" adds nothing.
struct Emitter<F> {
    emit: F,
    last: Option<char>,
}

impl<F: FnMut(char, usize)> Emitter<F> {
    fn push(&mut self, c: char, i: usize) {
        let c = if c == 'q' { 'k' } else { c };
        if c == 'h' && self.last == Some('k') {
            self.last = Some('h');
            return;
        }
        self.last = Some(c);
        (self.emit)(c, i);
    }
}

fn fold_one<F: FnMut(char, usize)>(c: char, i: usize, out: &mut Emitter<F>) {
    // ASCII and the Russian alphabet cover nearly every char of a dataset: answer them
    // without the general tables.
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase(), i);
        return;
    }
    if let Some(folded) = russian(c) {
        folded.chars().for_each(|o| out.push(o, i));
        return;
    }
    for lc in c.to_lowercase() {
        match fold_char(lc) {
            Fold::Same => out.push(lc, i),
            Fold::Drop => {}
            Fold::To(folded) => folded.chars().for_each(|o| out.push(o, i)),
        }
    }
}

/// The fold of a Russian letter, either case, by table.
fn russian(c: char) -> Option<&'static str> {
    const LOWER: [&str; 32] = [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
        "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
    ];
    match c {
        'А'..='Я' => LOWER.get(c as usize - 'А' as usize).copied(),
        'а'..='я' => LOWER.get(c as usize - 'а' as usize).copied(),
        'Ё' | 'ё' => Some("e"),
        _ => None,
    }
}

/// The search key of a text.
pub fn fold(s: &str) -> String {
    // Most keys in an index are plain ASCII; skip the tables for them.
    if s.is_ascii() {
        let lower = s.to_ascii_lowercase();
        if memchr::memchr(b'q', lower.as_bytes()).is_none()
            && memchr::memmem::find(lower.as_bytes(), b"kh").is_none()
        {
            return lower;
        }
        let mut out = String::with_capacity(s.len());
        let mut last = 0u8;
        for b in lower.bytes() {
            let b = if b == b'q' { b'k' } else { b };
            if !(b == b'h' && last == b'k') {
                out.push(char::from(b));
            }
            last = b;
        }
        return out;
    }
    let mut out = String::with_capacity(s.len());
    fold_each(s, |c, _| out.push(c));
    out
}

/// The search key of a text, and for every char of the key the char index of the char of
/// `s` it came from, so positions matched in the key can be shown on the original text.
pub fn fold_with_map(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut map = Vec::with_capacity(s.len());
    fold_each(s, |c, i| {
        out.push(c);
        map.push(i);
    });
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_is_lowercased() {
        assert_eq!(fold("Shymkent CNPC"), "shymkent cnpc");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn cyrillic_and_latin_spellings_meet() {
        assert_eq!(fold("Шымкент"), "shymkent");
        assert_eq!(fold("шымкент"), fold("Shymkent"));
        assert_eq!(fold("«Синопек»"), "\"sinopek\"");
        assert_eq!(fold("Казахстан"), "kazakstan");
        assert!(fold("Kazakhstan").starts_with(&fold("Казах")));
        assert!(fold("Казахстан").starts_with(&fold("Казах")));
    }

    #[test]
    fn the_russian_table_agrees_with_the_general_one() {
        for c in ('А'..='я').chain(['Ё', 'ё']) {
            let table = russian(c).map(str::to_string);
            let general: String = c
                .to_lowercase()
                .map(|l| match fold_char(l) {
                    Fold::Same => l.to_string(),
                    Fold::Drop => String::new(),
                    Fold::To(o) => o.to_string(),
                })
                .collect();
            assert_eq!(table, Some(general), "{c}");
        }
    }

    #[test]
    fn full_russian_alphabet() {
        assert_eq!(
            fold("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"),
            "abvgdeezhziyklmnoprstufktschshshchyeyuya"
        );
        assert_eq!(fold("Объём"), "obem");
    }

    #[test]
    fn kazakh_letters() {
        assert_eq!(fold("ӘҒҚҢӨҰҮҺІ"), "agknouuhi");
        assert_eq!(fold("Қазақстан"), "kazakstan");
    }

    #[test]
    fn every_spelling_of_kazakhstan_folds_alike() {
        for s in [
            "Qazaqstan",
            "Қазақстан",
            "Казахстан",
            "Kazakhstan",
            "KAZAKHSTAN",
        ] {
            assert_eq!(fold(s), "kazakstan", "{s}");
        }
    }

    #[test]
    fn kazakh_latin_letters_fold_as_their_cyrillic_twins() {
        // 2021 alphabet: each Latin letter beside the Cyrillic one it writes.
        for (latin, cyrillic) in [
            ("ä", "ә"),
            ("ğ", "ғ"),
            ("q", "қ"),
            ("ñ", "ң"),
            ("ö", "ө"),
            ("ū", "ұ"),
            ("ü", "ү"),
            ("h", "һ"),
            ("i", "і"),
            ("ı", "ы"),
            ("ş", "ш"),
            ("ç", "ч"),
            ("Ä", "Ә"),
            ("Ğ", "Ғ"),
            ("Q", "Қ"),
            ("Ñ", "Ң"),
            ("Ö", "Ө"),
            ("Ū", "Ұ"),
            ("Ü", "Ү"),
            ("Ş", "Ш"),
            ("İ", "І"),
        ] {
            assert_eq!(fold(latin), fold(cyrillic), "{latin} / {cyrillic}");
        }
        assert_eq!(fold("Şımkent"), fold("Шымкент"));
        assert_eq!(fold("Şymkent"), "shymkent");
        assert_eq!(fold("Aqtöbe"), fold("Ақтөбе"));
        assert_eq!(fold("Türkistan"), fold("Түркістан"));
        assert_eq!(fold("Almaty"), fold("Алматы"));
    }

    #[test]
    fn look_alike_letters_do_not_change_plain_words() {
        // Whole words in one script transliterate as before.
        assert_eq!(fold("шымкент"), "shymkent");
        assert_eq!(fold("сок"), "sok");
        assert_eq!(fold("Синопек"), "sinopek");
        assert_eq!(fold("хром"), "krom");
        assert_eq!(fold("Китай"), "kitay");
        // A Latin word with one Cyrillic letter, and the other way round.
        assert_eq!(fold("cnp\u{441}"), "cnpc");
        assert_eq!(fold("\u{421}NPC"), "cnpc");
        assert_eq!(fold("Шымк\u{65}нт"), "shymkent");
        assert_eq!(fold("Sin\u{43e}pec"), "sinopec");
    }

    #[test]
    fn the_ascii_shortcut_agrees_with_the_general_path() {
        for s in ["Kazakhstan", "Iraq", "khh kh k h", "QKH", "Ahk", ""] {
            let (general, _) = fold_with_map(s);
            assert_eq!(fold(s), general, "{s}");
        }
    }

    #[test]
    fn the_mark_base_is_not_searched() {
        assert_eq!(fold("\u{25cc}\u{301}sinopec"), "sinopec");
    }

    #[test]
    fn latin_diacritics() {
        assert_eq!(
            fold("Café Ñandú Øresund Straße"),
            "cafe nandu oresund strasse"
        );
        // A decomposed accent folds like a precomposed one.
        assert_eq!(fold("Cafe\u{301}"), "cafe");
        assert_eq!(fold("İstanbul"), "istanbul");
    }

    #[test]
    fn other_scripts_pass_through() {
        assert_eq!(fold("天津 🚆 2025"), "天津 🚆 2025");
        assert_eq!(fold("Xi’s — «hub»"), "xi's - \"hub\"");
    }

    #[test]
    fn map_points_back_to_source_chars() {
        let (key, map) = fold_with_map("Шы́мкент!");
        assert_eq!(key, "shymkent!");
        // "ш" gives two chars; the combining acute on "ы" gives none.
        assert_eq!(map, vec![0, 0, 1, 3, 4, 5, 6, 7, 8]);

        let (key, map) = fold_with_map("Объём 天");
        assert_eq!(key, "obem 天");
        assert_eq!(map, vec![0, 1, 3, 4, 5, 6]);

        let (key, map) = fold_with_map("");
        assert!(key.is_empty() && map.is_empty());
    }

    #[test]
    fn map_matches_key_length() {
        for s in ["Щука ß İ", "🇰🇿 Астана", "ǅungla", "e\u{301}\u{301}"] {
            let (key, map) = fold_with_map(s);
            assert_eq!(key.chars().count(), map.len(), "{s}");
            assert_eq!(key, fold(s), "{s}");
            let n = s.chars().count();
            assert!(map.iter().all(|&i| i < n), "{s}");
            assert!(map.windows(2).all(|w| w[0] <= w[1]), "{s}");
        }
    }
}
