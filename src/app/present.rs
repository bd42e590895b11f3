//! Presentation mode: the records on show, turned into a deck of slides.

use crate::data::charts::{chart, Chart, ChartKind};
use crate::data::{Category, RecordRef, Stage};

pub use super::deck::{Blank, Deck, Slide};

use super::action::Action;
use super::map_places::map_places;
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
    if let Some(plan) = &app.deck.plan {
        return plan.shown().map(|p| p.slide).collect();
    }
    let mut slides = vec![Slide::Title];
    if !app.deck.marks.is_empty() {
        slides.extend(app.deck.marks.iter().map(|r| match r.category {
            Category::Quotes => Slide::Quote(*r),
            _ => Slide::Record(*r),
        }));
        return slides;
    }
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
    // After the groups, every agreement has a slide of its own, as investments do.
    slides.extend(agreements.iter().map(|r| Slide::Record(*r)));
    slides.extend(shown(Category::Investments).into_iter().map(Slide::Record));
    slides.extend(shown(Category::Corridors).into_iter().map(Slide::Record));
    slides.extend(shown(Category::Quotes).into_iter().map(Slide::Quote));
    // The map counts every tab's records, so it comes only in a deck of every tab.
    if only.is_none() && map_places(app).iter().any(|m| m.count > 0) {
        slides.push(Slide::Map);
    }
    slides.extend(
        ChartKind::ALL
            .into_iter()
            .filter(|k| !chart_of(app, *k).is_empty())
            .map(Slide::Chart),
    );
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

/// The records a chart counts: every tab's on show, or only the current tab's when it is
/// one category (as the deck holds).
pub fn on_show(app: &App) -> Vec<RecordRef> {
    let only = app.tab.category();
    Category::ALL
        .into_iter()
        .filter(|c| only.is_none_or(|o| o == *c))
        .flat_map(|c| app.list(c).rows.iter().map(|h| h.record))
        .collect()
}

/// The chart `kind` of the records on show, in the language on show.
pub fn chart_of(app: &App, kind: ChartKind) -> Chart {
    chart(&app.data, &on_show(app), kind, app.lang())
}

/// The deck file's notes for slide `n`, if a deck file shapes the deck.
pub fn file_notes(deck: &Deck, n: usize) -> &str {
    deck.plan
        .as_ref()
        .and_then(|p| p.shown().nth(n))
        .map_or("", |p| p.notes.as_str())
}

/// The title the title slide shows: the deck file's, or the visit's.
pub fn deck_title(app: &App) -> String {
    match app.deck.plan.as_ref().and_then(|p| p.title.as_deref()) {
        Some(t) => t.to_string(),
        None => app.data.visit.title.get(app.lang()).to_string(),
    }
}

/// Marks `r` for the deck, at the end of the marks, or unmarks it.
pub fn toggle_mark(deck: &mut Deck, r: RecordRef) {
    match deck.marks.iter().position(|m| *m == r) {
        Some(i) => {
            deck.marks.remove(i);
        }
        None => deck.marks.push(r),
    }
}

/// While the slide is blanked or its keys are shown, a key only uncovers it: returns
/// whether `action` was taken that way. Quitting, resizing and background results still act.
pub fn uncover(deck: &mut Deck, action: &Action) -> bool {
    use Action::*;
    if deck.blank.is_none() && !deck.help {
        return matches!(action, SlideWake);
    }
    if matches!(
        action,
        Quit | Suspend | Redraw | Resize(..) | SearchDone(..) | SearchEarly(..) | Notify(_)
    ) {
        return false;
    }
    deck.blank = None;
    deck.help = false;
    true
}

/// Moves through the deck: a slide too long for the screen is shown a screenful at a time,
/// so next and previous first turn its pages.
pub fn step(deck: &mut Deck, action: &Action) {
    let last = deck.slides.len().saturating_sub(1);
    let pages = deck.pages.get().max(1);
    deck.jump.clear();
    match action {
        Action::SlideNext if deck.page + 1 < pages => deck.page += 1,
        Action::SlideNext => go(deck, (deck.current + 1).min(last)),
        Action::SlidePrev if deck.page > 0 => deck.page = deck.page.min(pages) - 1,
        Action::SlidePrev => go(deck, deck.current.saturating_sub(1)),
        Action::SlideFirst => go(deck, 0),
        _ => go(deck, last),
    }
}

/// Shows slide `n` from its first screenful.
pub fn go(deck: &mut Deck, n: usize) {
    if n != deck.current {
        deck.page = 0;
        deck.pages.set(1);
    }
    deck.current = n;
}

impl App {
    /// Runs `look` with slide `n` on show as the deck would show it (no index, help or
    /// blank over it, its first screenful), then puts the deck back as it was: the
    /// presenter console's picture of the next slide.
    pub fn with_slide_shown<T>(&mut self, n: usize, look: impl FnOnce(&App) -> T) -> T {
        let d = &mut self.deck;
        let saved = (
            d.current,
            d.page,
            d.pages.get(),
            d.blank.take(),
            d.index,
            d.help,
        );
        d.index = false;
        d.help = false;
        d.current = n;
        d.page = 0;
        let seen = look(self);
        let d = &mut self.deck;
        (d.current, d.page) = (saved.0, saved.1);
        d.pages.set(saved.2);
        (d.blank, d.index, d.help) = (saved.3, saved.4, saved.5);
        seen
    }
}
