//! Names for export files, after the view they hold.

use crate::app::App;
use crate::data::Category;

use super::Format;

/// Longest stem after `visit-dash-`, so names stay well inside file system limits.
const MAX_STEM: usize = 60;

/// A file name after the view: `visit-dash-investments-sinopek.md`, `visit-dash-all.csv`.
/// Only ASCII letters, digits and dashes, whatever was typed. A query with no Latin or
/// Cyrillic letter (`天津`) is named by a short hash of it, so a filtered brief is never
/// named as if it held everything.
pub fn file_name(app: &App, tab: Option<Category>, format: Format) -> String {
    format!("visit-dash-{}.{}", stem(app, tab), format.extension())
}

/// A deck file's name, after the view its deck was built from, as exports are named:
/// `visit-dash-deck-all.json`, `visit-dash-deck-investments-sinopek.json`.
pub fn deck_file_name(app: &App, tab: Option<Category>) -> String {
    format!("visit-dash-deck-{}.json", stem(app, tab))
}

/// The part of a name after the view: tab, query and sector, or `all`.
fn stem(app: &App, tab: Option<Category>) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = tab {
        parts.push(c.key().to_string());
    }
    parts.push(query_part(app.query().trim()));
    // Each filter's value id, in the order the chips show them.
    for f in app.filters().iter() {
        if let Some(v) = app.data().value(f.dimension, f.value) {
            parts.push(slug(v.id));
        }
    }
    parts.retain(|p| !p.is_empty());
    let mut stem = parts.join("-");
    if stem.len() > MAX_STEM {
        stem.truncate(MAX_STEM);
        stem.truncate(stem.trim_end_matches('-').len());
    }
    if stem.is_empty() {
        stem.push_str("all");
    }
    stem
}

/// The query as a slug (Cyrillic transliterated), or `search-` and a hash when no letter
/// or digit of it survives; empty for no query.
fn query_part(query: &str) -> String {
    let slug = slug(&crate::translit::fold(query));
    if slug.is_empty() && !query.is_empty() {
        format!("search-{:08x}", short_hash(query))
    } else {
        slug
    }
}

/// FNV-1a of the text folded to 32 bits: the same query gets the same name on every run
/// and every machine, which the standard library's hasher does not promise.
fn short_hash(s: &str) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // The two halves folded together: truncating to 32 bits is intended.
    ((h >> 32) ^ (h & 0xffff_ffff)) as u32
}

/// Lowercase ASCII letters and digits, runs of anything else as one dash.
fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(out.trim_end_matches('-').len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("\"sinopek\""), "sinopek");
        assert_eq!(slug("Oil & gas / 2025"), "oil-gas-2025");
        assert_eq!(slug("天津"), "");
        assert_eq!(slug("smart_cities.v2"), "smart-cities-v2");
    }

    #[test]
    fn a_query_without_letters_is_named_by_a_stable_hash() {
        assert_eq!(query_part(""), "");
        assert_eq!(query_part("Sinopec"), "sinopec");
        let han = query_part("天津 😀");
        assert_eq!(han, format!("search-{:08x}", short_hash("天津 😀")));
        assert_eq!(han.len(), "search-".len() + 8);
        assert_ne!(han, query_part("天津"));
        // FNV-1a's published value for "a", folded.
        assert_eq!(short_hash("a"), 0xaf63_dc4c ^ 0x8601_ec8c);
    }
}
