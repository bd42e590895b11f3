//! Names for export files, after the view they hold.

use crate::app::App;
use crate::data::Category;

use super::Format;

/// Longest stem after `visit-dash-`, so names stay well inside file system limits.
const MAX_STEM: usize = 60;

/// A file name after the view: `visit-dash-investments-sinopek.md`, `visit-dash-all.csv`.
/// Only ASCII letters, digits and dashes, whatever was typed.
pub fn file_name(app: &App, tab: Option<Category>, format: Format) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(c) = tab {
        parts.push(c.key().to_string());
    }
    parts.push(slug(&crate::translit::fold(app.query.trim())));
    if let Some(id) = app.sector_id() {
        parts.push(slug(id));
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
    format!("visit-dash-{stem}.{}", format.extension())
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
}
