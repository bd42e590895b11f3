//! The deck of slides and where the presenter is in it: plain state, built by `present`.

use std::cell::Cell;

use super::deck_file::Plan;
use crate::data::charts::ChartKind;
use crate::data::{RecordRef, Stage};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The visit, date, place and source.
    Title,
    /// One headline figure, big: the `figure`-th figure of `record`.
    Figure {
        record: RecordRef,
        figure: usize,
    },
    /// The agreements at one stage.
    Agreements(Stage),
    /// One agreement, investment or corridor: title, figures, status, places, sources.
    Record(RecordRef),
    Quote(RecordRef),
    /// One chart of the records on show, drawn from the data.
    Chart(ChartKind),
    /// Done versus under way versus only intended.
    Summary,
    /// The region with the places of the records on show and the routes.
    Map,
}

/// What covers the slide while the room should look at the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    Black,
    White,
}

/// The deck and where the presenter is in it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Deck {
    pub slides: Vec<Slide>,
    pub current: usize,
    /// Digits typed so far for a jump (`12` then Enter).
    pub jump: String,
    /// The slide index overlay is open.
    pub index: bool,
    /// The index's row under the cursor: a place in the running order, hidden slides
    /// included (see `shape`).
    pub cursor: usize,
    /// The screen is blanked; any key brings the slide back.
    pub blank: Option<Blank>,
    /// The slide keys are shown over the slide.
    pub help: bool,
    /// Quote slides show both languages, not only the current one.
    pub bilingual: bool,
    /// A deck file's slides, notes, title and duration, or the deck as shaped in the index;
    /// it takes the place of marks and view.
    pub plan: Option<Plan>,
    /// Records marked in the dashboard for the deck, in the order marked.
    pub marks: Vec<RecordRef>,
    /// Which screenful of a slide too long for the screen is shown.
    pub page: usize,
    /// How many screenfuls the current slide took when last drawn (the view measures it).
    pub pages: Cell<usize>,
}
