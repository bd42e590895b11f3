//! The deck of slides and where the presenter is in it: plain state, built by `present`.

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
    /// One investment or corridor.
    Record(RecordRef),
    Quote(RecordRef),
    /// Done versus under way versus only intended.
    Summary,
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
}
