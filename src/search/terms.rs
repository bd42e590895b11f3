//! The words of a query, prepared once per search: what each makes of the index's names,
//! and the words together as a phrase.

use memchr::memmem;

use super::close::near_in;
use super::index::Index;
use super::matching::Word;
use super::{offset, query_key, split};

/// What one query word makes of one name.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct NameVerdict {
    /// Its best score there, if it matches.
    pub score: Option<i64>,
    /// Whether it, or a longer word it begins, could match there.
    pub possible: bool,
}

impl NameVerdict {
    fn of(name: &str, weight: u8, w: &Word) -> NameVerdict {
        let score = w.score_in(name, weight);
        NameVerdict {
            score,
            possible: score.is_some() || near_in(name, w),
        }
    }
}

/// A query word, with what it makes of the index's names.
pub(super) struct Term {
    pub word: Word,
    /// A verdict for every name, worked out up front when there are fewer names than
    /// records to search (as when thousands of records share a few dozen companies);
    /// empty when it is less work to look at each record's names as it comes.
    names: Vec<NameVerdict>,
    /// On the first word of a query of several: the words as one phrase.
    phrase: Option<memmem::Finder<'static>>,
}

impl Term {
    pub fn name(&self, index: &Index, id: u32) -> NameVerdict {
        match self.names.get(id as usize) {
            Some(v) => *v,
            None => {
                let i = id as usize;
                NameVerdict::of(index.names.get(i), index.names.weight(i), &self.word)
            }
        }
    }
}

impl Index {
    /// The words of `query`, prepared for a search of `records` records.
    pub(super) fn terms(&self, query: &str, records: usize) -> Vec<Term> {
        let upfront = self.names.len() <= records;
        let key = query_key(query);
        let words: Vec<&str> = key.split_whitespace().collect();
        let mut terms: Vec<Term> = words
            .iter()
            .map(|w| {
                let word = Word::new(w, &self.counts, Some(&self.vocabulary));
                self.term(word, upfront)
            })
            .collect();
        if let (true, Some(first)) = (words.len() > 1, terms.first_mut()) {
            first.phrase = Some(memmem::Finder::new(words.join(" ").as_bytes()).into_owned());
        }
        terms
    }

    fn term(&self, word: Word, upfront: bool) -> Term {
        let names = if upfront {
            let ids: Vec<u32> = (0..offset(self.names.len())).collect();
            split(&ids, |part| {
                part.iter()
                    .map(|&id| {
                        let i = id as usize;
                        NameVerdict::of(self.names.get(i), self.names.weight(i), &word)
                    })
                    .collect::<Vec<_>>()
            })
            .concat()
        } else {
            Vec::new()
        };
        Term {
            word,
            names,
            phrase: None,
        }
    }

    /// What a hit scoring `total` gains when its words stand together, as typed, in one of
    /// its titles or names: "china development bank" is the bank's record before the one
    /// about an SCO development bank of China. Worked out for hits only.
    pub(super) fn phrase_bonus(
        &self,
        terms: &[Term],
        titles: &str,
        names: &[u32],
        total: i64,
    ) -> i64 {
        let Some(phrase) = terms.first().and_then(|t| t.phrase.as_ref()) else {
            return 0;
        };
        let together = phrase.find(titles.as_bytes()).is_some()
            || names.iter().any(|&id| {
                phrase
                    .find(self.names.get(id as usize).as_bytes())
                    .is_some()
            });
        if together {
            total / 2
        } else {
            0
        }
    }
}
