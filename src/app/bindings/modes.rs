//! The key table of search, the facet panel, the column chooser, help and the slides.

use super::{Binding, Hint, Layer};
use crate::app::action::Action;
use crate::app::deck::Blank;

pub(super) static MODES: &[Binding] = &[
    bind!(
        Search,
        ["enter"],
        Action::SearchAccept,
        "keep the filter",
        "оставить фильтр",
        ("keep", "оставить"),
        Hint::Footer
    ),
    bind!(
        Search,
        ["esc"],
        Action::SearchCancel,
        "clear the search",
        "сбросить поиск",
        ("clear", "сбросить"),
        Hint::Footer
    ),
    bind!(
        Search,
        ["up", "down"],
        Action::Down,
        "move the selection",
        "выбор строки",
        ("move", "выбор"),
        Hint::Footer
    ),
    bind!(
        Search,
        ["pgup", "pgdown"],
        Action::PageDown,
        "a page up / down",
        "страница вверх / вниз"
    ),
    bind!(
        Search,
        ["tab", "shift-tab"],
        Action::NextTab,
        "previous / next tab",
        "предыдущая / следующая вкладка"
    ),
    bind!(
        Search,
        ["backspace", "ctrl-h"],
        Action::SearchBackspace,
        "delete a character; on an empty query, take off the last filter",
        "удалить символ; при пустой строке — снять последний фильтр"
    ),
    bind!(
        Search,
        ["ctrl-w"],
        Action::SearchDeleteWord,
        "delete a word",
        "удалить слово"
    ),
    bind!(
        Search,
        ["ctrl-u"],
        Action::SearchClearLine,
        "clear the line",
        "очистить строку"
    ),
    bind!(
        Facet,
        ["enter"],
        Action::FacetPick,
        "add the value as a filter (on an active value: take it off)",
        "добавить значение в фильтр (у выбранного — снять)",
        ("filter", "фильтр"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["esc"],
        Action::FacetClose,
        "close, keeping the filters",
        "закрыть, оставив фильтры",
        ("close", "закрыть"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["tab", "shift-tab", "right", "left"],
        Action::FacetNextDim,
        "next / previous dimension",
        "следующее / предыдущее измерение",
        ("dimension", "измерение"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["up", "down"],
        Action::Down,
        "move",
        "выбор",
        ("move", "выбор"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["pgup", "pgdown"],
        Action::PageDown,
        "a page up / down",
        "страница вверх / вниз"
    ),
    bind!(
        Facet,
        ["home", "end"],
        Action::Top,
        "first / last",
        "первая / последняя"
    ),
    bind!(
        Facet,
        ["backspace", "ctrl-h"],
        Action::FacetBackspace,
        "delete a letter; on an empty query, take off the last filter",
        "удалить букву; при пустой строке — снять последний фильтр",
        ("unfilter", "снять"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["ctrl-u"],
        Action::FacetClearQuery,
        "clear what is typed",
        "очистить строку"
    ),
    bind!(
        Columns,
        ["space", "enter"],
        Action::ColumnToggle,
        "show or hide the column (the title always shows)",
        "показать или скрыть столбец (заголовок виден всегда)",
        ("show/hide", "показать/скрыть"),
        Hint::Footer
    ),
    bind!(
        Columns,
        ["K", "shift-up"],
        Action::ColumnMoveUp,
        "move the column up (left in the table)",
        "передвинуть столбец выше (левее в таблице)",
        ("up", "выше"),
        Hint::Footer
    ),
    bind!(
        Columns,
        ["J", "shift-down"],
        Action::ColumnMoveDown,
        "move the column down (right in the table)",
        "передвинуть столбец ниже (правее в таблице)",
        ("down", "ниже"),
        Hint::Footer
    ),
    bind!(
        Columns,
        ["up", "down", "k", "j"],
        Action::Down,
        "move",
        "выбор",
        ("move", "выбор"),
        Hint::Footer
    ),
    bind!(
        Columns,
        ["home", "end"],
        Action::Top,
        "first / last",
        "первый / последний"
    ),
    bind!(
        Columns,
        ["esc", "c", "q"],
        Action::ColumnsClose,
        "close",
        "закрыть",
        ("close", "закрыть"),
        Hint::Footer
    ),
    bind!(
        Help,
        ["esc", "?", "q", "enter"],
        Action::ToggleHelp,
        "close help",
        "закрыть справку",
        ("close help", "закрыть справку"),
        Hint::Footer
    ),
    bind!(
        Help,
        ["up", "down", "k", "j"],
        Action::Down,
        "scroll",
        "прокрутка"
    ),
    bind!(
        Help,
        ["pgup", "pgdown"],
        Action::PageDown,
        "a page up / down",
        "страница вверх / вниз"
    ),
    bind!(Help, ["g", "home"], Action::Top, "top", "в начало"),
    bind!(
        Present,
        ["right", "space", "pgdown", "l", "j", "down"],
        Action::SlideNext,
        "next slide",
        "следующий слайд"
    ),
    bind!(
        Present,
        ["left", "pgup", "backspace", "h", "k", "up"],
        Action::SlidePrev,
        "previous slide",
        "предыдущий слайд"
    ),
    bind!(
        Present,
        ["g", "G", "home", "end"],
        Action::SlideFirst,
        "first / last slide",
        "первый / последний слайд"
    ),
    bind!(
        Present,
        ["digits"],
        Action::SlideJump,
        "a number, then Enter: jump to that slide",
        "номер, затем Enter: перейти к слайду"
    ),
    bind!(
        Present,
        ["i"],
        Action::SlideIndex,
        "the slide index",
        "список слайдов"
    ),
    bind!(
        Present,
        ["esc", "p"],
        Action::PresentExit,
        "back to the dashboard",
        "назад к панели"
    ),
    bind!(
        Present,
        ["t"],
        Action::CycleTheme,
        "cycle the theme",
        "сменить тему"
    ),
    bind!(
        Present,
        ["L"],
        Action::ToggleLang,
        "English / русский",
        "English / русский"
    ),
    bind!(
        Present,
        ["b", "."],
        Action::SlideBlank(Blank::Black),
        "blank the screen black; any key brings the slide back",
        "затемнить экран; любая клавиша возвращает слайд"
    ),
    bind!(
        Present,
        ["w"],
        Action::SlideBlank(Blank::White),
        "blank the screen white; any key brings the slide back",
        "белый экран; любая клавиша возвращает слайд"
    ),
    bind!(
        Present,
        ["?"],
        Action::SlideHelp,
        "these keys",
        "эти клавиши"
    ),
    bind!(Present, ["q"], Action::Quit, "quit", "выход"),
    bind!(
        Index,
        ["K", "shift-up"],
        Action::SlideMoveUp,
        "in the index: move the slide up",
        "в списке: передвинуть слайд выше",
        ("up", "выше"),
        Hint::Footer
    ),
    bind!(
        Index,
        ["J", "shift-down"],
        Action::SlideMoveDown,
        "in the index: move the slide down",
        "в списке: передвинуть слайд ниже",
        ("down", "ниже"),
        Hint::Footer
    ),
    bind!(
        Index,
        ["x"],
        Action::SlideHide,
        "in the index: hide the slide (skipped when presenting), or show it again",
        "в списке: скрыть слайд (при показе пропускается) или вернуть его",
        ("hide", "скрыть"),
        Hint::Footer
    ),
    bind!(
        Index,
        ["s"],
        Action::DeckSave,
        "in the index: save the deck to a deck file in the working folder",
        "в списке: сохранить презентацию в файл в рабочей папке",
        ("save", "сохранить"),
        Hint::Footer
    ),
];
