//! Everything a user can ask of the dashboard. Keys and mouse become these; only
//! `update` turns them into changes of state.

use super::deck::Blank;
use super::deck_file::Plan;
use super::filters::Filters;
use super::settings::ThemeName;
use super::tab::Tab;
use crate::data::Lang;
use crate::search::Found;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Ctrl-Z: hand the terminal back to the shell and stop until `fg`.
    Suspend,
    /// Ctrl-L: draw the whole screen again.
    Redraw,
    /// Text pasted in one piece (bracketed paste): typed into the search, never read as keys.
    Paste(String),
    NextTab,
    PrevTab,
    GoTab(Tab),
    Up,
    Down,
    /// ← and →: the previous and next tab, or on the map the nearest place that way.
    Left,
    Right,
    Top,
    Bottom,
    PageUp,
    PageDown,
    /// Enter: zoom the detail of the selected record, or leave the zoom.
    ToggleZoom,
    /// Hide the detail pane so the table has the whole width, or show it again.
    ToggleDetail,
    /// Backspace, Ctrl-o: back to where something was opened from.
    JumpBack,
    /// Forward again to where going back came from.
    JumpForward,
    /// Move the keys into the detail's related records, or back out.
    ToggleRelated,
    /// Esc in normal mode: leave the zoom, else clear the search and every filter.
    Back,
    SearchStart,
    SearchInput(char),
    SearchBackspace,
    SearchDeleteWord,
    SearchClearLine,
    /// Keep the filter and go back to navigating.
    SearchAccept,
    /// Drop the filter and go back to navigating.
    SearchCancel,
    /// Show the search's results ranked across every view (on the Overview).
    ShowResults,
    /// Open the facet panel.
    FacetOpen,
    /// Add the value under the cursor as a filter (or take it off) and close the panel.
    FacetPick,
    /// Close the panel, keeping the filters.
    FacetClose,
    /// A letter typed in the panel: it narrows the values.
    FacetInput(char),
    /// Delete a letter of the panel's query; on an empty query, take off the last filter.
    FacetBackspace,
    FacetClearQuery,
    /// Show the next or previous dimension's values.
    FacetNextDim,
    FacetPrevDim,
    /// Take off the newest filter (the last chip).
    FilterPop,
    /// Open the column chooser of the record table on show.
    ColumnsOpen,
    ColumnsClose,
    /// Show or hide the column under the chooser's cursor (not the title).
    ColumnToggle,
    /// Move the column under the chooser's cursor one place up or down.
    ColumnMoveUp,
    ColumnMoveDown,
    CycleSort,
    Copy,
    /// Open a source's page in the browser.
    OpenSource,
    /// Write what is on show to a Markdown brief in the working folder.
    Export,
    /// Show a message in the footer (the loop reports how an export went).
    Notify(String),
    ToggleHelp,
    CycleTheme,
    ToggleLang,
    /// Turn what is on show into slides, or leave them.
    PresentStart,
    /// Mark the selected record for the deck, or unmark it.
    ToggleMark,
    PresentExit,
    SlideNext,
    SlidePrev,
    SlideFirst,
    SlideLast,
    /// A digit of a slide number to jump to.
    SlideDigit(char),
    /// Go to the slide whose number was typed.
    SlideJump,
    SlideIndex,
    /// In the slide index: move the slide under the cursor one place up or down.
    SlideMoveUp,
    SlideMoveDown,
    /// In the slide index: hide the slide under the cursor, or show it again.
    SlideHide,
    /// Save the deck, as shaped, to a deck file in the working folder.
    DeckSave,
    /// Cover the slide with black or white until the next key.
    SlideBlank(Blank),
    /// Show the slide keys over the slide.
    SlideHelp,
    /// A key with no other meaning on a slide: it only uncovers a blanked or helped slide.
    SlideWake,
    /// A search run off the UI thread has finished: its generation, query and result.
    SearchDone(u64, String, Box<Found>),
    /// A search of many records has ranked a first sample of them: its generation, and what
    /// it found there (the sample's records, and every event and source).
    SearchEarly(u64, Box<Found>),
    Resize(u16, u16),
    /// The interface language, from the command line or the config.
    SetLang(Lang),
    /// The colour theme, from the command line or the config.
    SetTheme(ThemeName),
    /// The facet filters, from the command line (`--sector` and the others).
    SetFilters(Filters),
    /// Quote slides show both languages (`--bilingual`).
    SetBilingual(bool),
    /// The deck file's plan the next deck follows, or none.
    SetPlan(Option<Box<Plan>>),
    Click(u16, u16),
    ScrollUp(u16, u16),
    ScrollDown(u16, u16),
}
