//! Typo matches outside the candidates of a shorter query. Typing "sinpo" rules out the
//! Sinopec records, and "sinpoec" (one edit from "sinopec") finds them: so a search that
//! starts from an earlier one's candidates also takes every record holding a typo variant
//! of a word the earlier query did not hold (as the last word grows while it is typed).
//! A word both hold rules out again whatever it ruled out before. That is one literal find
//! per variant, far less than a search.

use std::borrow::Cow;

use super::index::Index;
use super::matching::occurs_as_word;
use super::query::Term;
use super::{offset, query_key, split, Earlier};

/// How often (in records) the scan checks whether it has been cancelled.
const CANCEL_EVERY: usize = 4096;

impl Index {
    /// `pool`, and when it holds only the candidates of an `earlier` search, the records
    /// outside it where a typo variant of a word of `terms` the earlier query did not hold
    /// occurs, in entry order. None if cancelled.
    pub(super) fn widen<'a>(
        &self,
        pool: Cow<'a, [u32]>,
        earlier: Option<&Earlier>,
        terms: &[Term],
        cancelled: &(dyn Fn() -> bool + Sync),
    ) -> Option<Cow<'a, [u32]>> {
        let Some(earlier) = earlier else {
            return Some(pool);
        };
        let before = query_key(&earlier.query);
        let before: Vec<&str> = before.split_whitespace().collect();
        let with_variants: Vec<&Term> = terms
            .iter()
            .filter(|t| !t.word.variants.is_empty() && !before.contains(&t.word.text.as_str()))
            .collect();
        if with_variants.is_empty() {
            return Some(pool);
        }
        // Names holding a variant, worked out once.
        let names: Vec<bool> = (0..self.names.len())
            .map(|id| {
                let name = self.names.get(id);
                with_variants
                    .iter()
                    .any(|t| t.word.variants.iter().any(|v| occurs_as_word(name, v)))
            })
            .collect();
        let mut inside = vec![false; self.entries.len()];
        for &i in pool.iter() {
            if let Some(slot) = inside.get_mut(i as usize) {
                *slot = true;
            }
        }
        let outside: Vec<u32> = (0..offset(self.entries.len()))
            .filter(|&i| !inside.get(i as usize).copied().unwrap_or(true))
            .collect();
        let mut extra = Vec::new();
        for part in split(&outside, |part| {
            let mut found = Vec::new();
            for (n, &i) in part.iter().enumerate() {
                if n % CANCEL_EVERY == CANCEL_EVERY - 1 && cancelled() {
                    return None;
                }
                let Some(e) = self.entries.get(i as usize) else {
                    continue;
                };
                let own = self.own_text(e);
                let in_names = self
                    .names_of(e)
                    .iter()
                    .any(|&id| names.get(id as usize).copied().unwrap_or(false));
                let in_own = || {
                    with_variants.iter().any(|t| {
                        t.word
                            .variants
                            .iter()
                            .any(|v| v.mask & !e.mask == 0 && occurs_as_word(own, v))
                    })
                };
                if in_names || in_own() {
                    found.push(i);
                }
            }
            Some(found)
        }) {
            extra.extend(part?);
        }
        if extra.is_empty() {
            return Some(pool);
        }
        let mut all = pool.into_owned();
        all.extend(extra);
        all.sort_unstable();
        Some(Cow::Owned(all))
    }
}
