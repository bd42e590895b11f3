//! The texts of a record's evidence a search reads: who published each source it cites and
//! the source's headline (shared by every record citing it), and the source's words, their
//! translation and the dataset's note (the record's own).

use std::collections::HashMap;

use crate::data::{Evidence, Source};

use super::keys::FieldKind;

/// Calls `each` with every searched text of `evidence`, with the source it comes from.
/// An item citing a source the dataset lacks still gives its own words.
pub(super) fn each_text<'a>(
    sources: &HashMap<&'a str, &'a Source>,
    evidence: &'a [Evidence],
    each: &mut dyn FnMut(FieldKind, Option<&'a Source>, &'a str),
) {
    for ev in evidence {
        let source = sources.get(ev.source.as_str()).copied();
        if let Some(s) = source {
            each(FieldKind::Outlet, Some(s), &s.outlet);
            if let Some(title) = &s.title {
                each(FieldKind::Source, Some(s), &title.en);
                each(FieldKind::Source, Some(s), &title.ru);
            }
        }
        if let Some(x) = &ev.excerpt {
            each(FieldKind::Excerpt, source, x);
        }
        if let Some(t) = &ev.translation {
            each(FieldKind::Translation, source, t);
        }
        if let Some(n) = &ev.note {
            each(FieldKind::Note, source, &n.en);
            each(FieldKind::Note, source, &n.ru);
        }
    }
}
