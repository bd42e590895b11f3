//! Presentation mode: the records on show, turned into a deck of slides.

use crate::data::{Category, RecordRef, Stage};

pub use super::deck::{Deck, Slide};

use super::state::App;

/// The slides for what `app` shows now: its search and sector filter, and the current tab
/// when that is one category.
pub fn build(app: &App) -> Vec<Slide> {
    let only = app.tab.category();
    let shown = |c: Category| -> Vec<RecordRef> {
        if only.is_some_and(|o| o != c) {
            return Vec::new();
        }
        app.list(c).rows.iter().map(|h| h.record).collect()
    };
    let mut slides = vec![Slide::Title];
    for c in Category::ALL {
        for r in shown(c) {
            let figures = app.data.get(r).map_or(0, |rec| rec.figures().len());
            slides.extend((0..figures).map(|figure| Slide::Figure { record: r, figure }));
        }
    }
    let agreements = shown(Category::Agreements);
    for stage in [Stage::Achieved, Stage::Underway, Stage::Intended] {
        if agreements.iter().any(|r| app.stage(*r) == Some(stage)) {
            slides.push(Slide::Agreements(stage));
        }
    }
    // An agreement with no status (the article gives none) belongs to no group: it gets a
    // slide of its own rather than none.
    slides.extend(
        agreements
            .iter()
            .filter(|r| app.stage(**r).is_none())
            .map(|r| Slide::Record(*r)),
    );
    slides.extend(shown(Category::Investments).into_iter().map(Slide::Record));
    slides.extend(shown(Category::Corridors).into_iter().map(Slide::Record));
    slides.extend(shown(Category::Quotes).into_iter().map(Slide::Quote));
    slides.push(Slide::Summary);
    slides
}

/// The agreements on show at `stage`, for a group slide.
pub fn agreements_at(app: &App, stage: Stage) -> Vec<RecordRef> {
    let only = app.tab.category();
    if only.is_some_and(|o| o != Category::Agreements) {
        return Vec::new();
    }
    app.list(Category::Agreements)
        .rows
        .iter()
        .map(|h| h.record)
        .filter(|r| app.stage(*r) == Some(stage))
        .collect()
}

/// Records on show, by stage, for the summary slide.
pub fn by_stage(app: &App, stage: Stage) -> Vec<RecordRef> {
    let only = app.tab.category();
    Category::ALL
        .into_iter()
        .filter(|c| only.is_none_or(|o| o == *c))
        .flat_map(|c| app.list(c).rows.iter().map(|h| h.record))
        .filter(|r| app.stage(*r) == Some(stage))
        .collect()
}
