//! The JSON export: a dataset in the dashboard's own format, narrowed to the view.

use crate::app::App;
use crate::data::{Category, Dataset, RecordRef};

/// A dataset holding only `records`, everything else kept, pretty-printed: it validates,
/// so `check` accepts it and `--data` opens it. Records stay in file order, since a
/// dataset's lists follow the article and the dashboard's "article order" relies on it.
pub fn json(app: &App, records: &[RecordRef]) -> String {
    let d = app.data();
    let mut keep: Vec<RecordRef> = records.to_vec();
    keep.sort_unstable();
    keep.dedup();
    let pick = |c: Category| -> Vec<usize> {
        keep.iter()
            .filter(|r| r.category == c)
            .map(|r| r.index)
            .collect()
    };
    let out = Dataset {
        agreements: take(&d.agreements, &pick(Category::Agreements)),
        investments: take(&d.investments, &pick(Category::Investments)),
        corridors: take(&d.corridors, &pick(Category::Corridors)),
        quotes: take(&d.quotes, &pick(Category::Quotes)),
        // Everything else whole; the record lists above are all that a view narrows.
        format: d.format,
        sources: d.sources.clone(),
        events: d.events.clone(),
        visit: d.visit.clone(),
        vocabulary: d.vocabulary.clone(),
        people: d.people.clone(),
        companies: d.companies.clone(),
        context: d.context.clone(),
        investment_pattern: d.investment_pattern.clone(),
    };
    match serde_json::to_string_pretty(&out) {
        Ok(mut s) => {
            s.push('\n');
            s
        }
        // The schema's types serialize infallibly; this only guards the signature.
        Err(e) => format!("{{\"error\": {:?}}}\n", e.to_string()),
    }
}

fn take<T: Clone>(list: &[T], indices: &[usize]) -> Vec<T> {
    indices
        .iter()
        .filter_map(|&i| list.get(i).cloned())
        .collect()
}
