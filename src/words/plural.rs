//! Counted nouns: "1 corridor", "2 коридора", "9 соглашений".

use crate::data::Lang;

/// A noun that is counted: its forms in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Noun {
    Agreement,
    Investment,
    Corridor,
    Quote,
    Record,
    Source,
    Event,
    Document,
}

impl Noun {
    /// English singular and plural; Russian forms for one (1, 21), few (2-4, 22-24) and
    /// many (0, 5-20, 25-30, 11-14).
    fn forms(self) -> ([&'static str; 2], [&'static str; 3]) {
        match self {
            Noun::Agreement => (
                ["agreement", "agreements"],
                ["соглашение", "соглашения", "соглашений"],
            ),
            Noun::Investment => (
                ["investment", "investments"],
                ["инвестиция", "инвестиции", "инвестиций"],
            ),
            Noun::Corridor => (
                ["corridor", "corridors"],
                ["коридор", "коридора", "коридоров"],
            ),
            Noun::Quote => (["quote", "quotes"], ["цитата", "цитаты", "цитат"]),
            Noun::Record => (["record", "records"], ["запись", "записи", "записей"]),
            Noun::Source => (
                ["source", "sources"],
                ["источник", "источника", "источников"],
            ),
            Noun::Event => (["event", "events"], ["событие", "события", "событий"]),
            Noun::Document => (
                ["document", "documents"],
                ["документ", "документа", "документов"],
            ),
        }
    }

    /// The form `n` takes: "1 corridor", "2 коридора", "5 коридоров", "21 цитата".
    pub fn form(self, n: usize, lang: Lang) -> &'static str {
        let (en, ru) = self.forms();
        match lang {
            Lang::En if n == 1 => en[0],
            Lang::En => en[1],
            Lang::Ru => ru[russian_plural(n)],
        }
    }
}

/// "9 соглашений", "1 corridor".
pub fn count(n: usize, noun: Noun, lang: Lang) -> String {
    format!("{n} {}", noun.form(n, lang))
}

/// Which Russian form a number takes: 0 one, 1 few, 2 many.
fn russian_plural(n: usize) -> usize {
    let (last, last_two) = (n % 10, n % 100);
    if last == 1 && last_two != 11 {
        0
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        1
    } else {
        2
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let cases = [
            (0, "0 corridors", "0 коридоров"),
            (1, "1 corridor", "1 коридор"),
            (2, "2 corridors", "2 коридора"),
            (5, "5 corridors", "5 коридоров"),
            (11, "11 corridors", "11 коридоров"),
            (21, "21 corridors", "21 коридор"),
            (22, "22 corridors", "22 коридора"),
            (25, "25 corridors", "25 коридоров"),
            (112, "112 corridors", "112 коридоров"),
            (101, "101 corridors", "101 коридор"),
        ];
        for (n, en, ru) in cases {
            assert_eq!(count(n, Noun::Corridor, Lang::En), en);
            assert_eq!(count(n, Noun::Corridor, Lang::Ru), ru);
        }
        assert_eq!(count(9, Noun::Agreement, Lang::Ru), "9 соглашений");
        assert_eq!(count(6, Noun::Quote, Lang::Ru), "6 цитат");
        assert_eq!(count(3, Noun::Quote, Lang::Ru), "3 цитаты");
    }
}
