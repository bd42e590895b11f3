//! Shaping the deck from the slide index: the presenter moves slides up and down, hides
//! them and shows them again. A shaped deck is a plan, as a deck file gives, so it presents,
//! saves and loads back the same way.

use std::borrow::Cow;

use super::action::Action;
use super::deck::{Deck, Slide};
use super::deck_file::{Plan, Planned};
use super::present::go;
use super::state::App;
use super::update::Effect;
use crate::words::{say, W};

/// The running order the index lists: the plan's, hidden slides included, or the deck's
/// slides as built.
pub fn order(deck: &Deck) -> Cow<'_, [Planned]> {
    match &deck.plan {
        Some(plan) => Cow::Borrowed(&plan.slides),
        None => Cow::Owned(deck.slides.iter().map(|s| Planned::shown(*s)).collect()),
    }
}

/// The plan the deck follows, or one made of the slides on show: what a save writes.
pub fn plan_of(deck: &Deck) -> Plan {
    deck.plan.clone().unwrap_or_else(|| Plan {
        slides: order(deck).into_owned(),
        ..Plan::default()
    })
}

/// How many shown slides come before row `row` of `order`: the slide number, from 0, of
/// that row, or of the next shown row when it is hidden.
fn shown_before(order: &[Planned], row: usize) -> usize {
    order.iter().take(row).filter(|p| !p.hidden).count()
}

/// The row of shown slide `n`.
fn row_of(order: &[Planned], n: usize) -> usize {
    order
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.hidden)
        .nth(n)
        .map_or(0, |(row, _)| row)
}

/// Opens or closes the index; it opens on the current slide's row.
pub fn toggle_index(deck: &mut Deck) {
    deck.index = !deck.index;
    if deck.index {
        deck.cursor = row_of(&order(deck), deck.current);
    }
}

/// Moves the index's cursor by `by` rows (clamped); on a shown slide, the deck goes there.
pub fn step_cursor(deck: &mut Deck, by: i64) {
    let order = order(deck);
    let last = order.len().saturating_sub(1);
    let row = i64::try_from(deck.cursor)
        .unwrap_or(i64::MAX)
        .saturating_add(by)
        .clamp(0, i64::try_from(last).unwrap_or(i64::MAX));
    let row = usize::try_from(row).unwrap_or(0);
    let target = order
        .get(row)
        .filter(|p| !p.hidden)
        .map(|_| shown_before(&order, row));
    deck.cursor = row;
    if let Some(n) = target {
        go(deck, n);
    }
}

/// What an edit in the index did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shaped {
    Done,
    /// Nothing to do (the first row moved up, an empty deck).
    Nothing,
    /// The last shown slide cannot be hidden: a deck shows at least one slide.
    LastShown,
}

/// Moves the slide under the cursor one row up (`up`) or down, the cursor with it.
pub fn move_slide(deck: &mut Deck, up: bool) -> Shaped {
    let row = deck.cursor;
    let len = order(deck).len();
    let other = if up {
        row.checked_sub(1)
    } else {
        row.checked_add(1).filter(|r| *r < len)
    };
    let Some(other) = other else {
        return Shaped::Nothing;
    };
    edit(deck, |slides, current| {
        slides.swap(row, other);
        if *current == row {
            *current = other;
        } else if *current == other {
            *current = row;
        }
    });
    deck.cursor = other;
    Shaped::Done
}

/// Hides the slide under the cursor, or shows it again.
pub fn toggle_hidden(deck: &mut Deck) -> Shaped {
    let order = order(deck);
    let Some(p) = order.get(deck.cursor) else {
        return Shaped::Nothing;
    };
    if !p.hidden && order.iter().filter(|p| !p.hidden).count() <= 1 {
        return Shaped::LastShown;
    }
    let row = deck.cursor;
    edit(deck, |slides, _| {
        if let Some(p) = slides.get_mut(row) {
            p.hidden = !p.hidden;
        }
    });
    Shaped::Done
}

/// Applies `change` to the running order (made a plan if the deck had none), given the
/// current slide's row to keep track of, then presents the new order from that slide, or
/// from the next shown one when it was hidden.
fn edit(deck: &mut Deck, change: impl FnOnce(&mut Vec<Planned>, &mut usize)) {
    let mut plan = plan_of(deck);
    let mut current = row_of(&plan.slides, deck.current);
    change(&mut plan.slides, &mut current);
    deck.slides = plan.shown().map(|p| p.slide).collect::<Vec<Slide>>();
    let n = shown_before(&plan.slides, current).min(deck.slides.len().saturating_sub(1));
    deck.plan = Some(plan);
    // The slide on show may stay the same while its number changes.
    deck.current = n;
    deck.page = 0;
    deck.pages.set(1);
}

/// A key that moves through the deck, or shapes it in the open index: in the index the
/// cursor moves and slides move or hide; on a slide the deck steps, and shaping does nothing.
pub(super) fn slide_key(app: &mut App, action: &Action) -> Effect {
    if app.deck.index {
        act(app, action);
        return Effect::Redraw;
    }
    match action {
        Action::SlideMoveUp | Action::SlideMoveDown | Action::SlideHide => Effect::None,
        _ => {
            super::present::step(&mut app.deck, action);
            Effect::Redraw
        }
    }
}

/// An action of the open index: the cursor moves, slides move or hide, and the toast says
/// when an edit is refused. Returns whether anything changed.
pub(super) fn act(app: &mut App, action: &Action) -> bool {
    let deck = &mut app.deck;
    let far = i64::try_from(deck.slides.len().max(order(deck).len())).unwrap_or(i64::MAX);
    let shaped = match action {
        Action::SlideNext => return cursor_moved(deck, 1),
        Action::SlidePrev => return cursor_moved(deck, -1),
        Action::SlideFirst => return cursor_moved(deck, -far),
        Action::SlideLast => return cursor_moved(deck, far),
        Action::SlideMoveUp => move_slide(deck, true),
        Action::SlideMoveDown => move_slide(deck, false),
        Action::SlideHide => toggle_hidden(deck),
        _ => Shaped::Nothing,
    };
    if shaped == Shaped::LastShown {
        app.toast = Some(say(W::LastSlideShown, app.lang()).to_string());
    }
    shaped != Shaped::Nothing
}

fn cursor_moved(deck: &mut Deck, by: i64) -> bool {
    let before = deck.cursor;
    step_cursor(deck, by);
    deck.cursor != before
}
