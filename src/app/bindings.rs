//! The key table as data: one line per binding, read by the key map, the help screen, the
//! footer hints and the README's key table (a test keeps the README in step).
//!
//! A binding names keys as text ("q", "ctrl-u", "shift-tab", "pgdown"), so a user's
//! bindings in the config file are written the same way.

use super::action::Action;
use super::state::{App, Mode};
use super::tab::Tab;
pub use names::action_name;

/// Which keys are read: one layer per mode, and keys that act in every mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    Global,
    Normal,
    Search,
    Facet,
    /// The column chooser of a record table.
    Columns,
    Help,
    Present,
    /// The slide index, open over a slide: its own keys, then the slides'.
    Index,
}

impl Layer {
    pub fn of(mode: Mode) -> Layer {
        match mode {
            Mode::Normal => Layer::Normal,
            Mode::Search => Layer::Search,
            Mode::Facet => Layer::Facet,
            Mode::Columns => Layer::Columns,
            Mode::Help => Layer::Help,
            Mode::Present => Layer::Present,
        }
    }

    /// The layer the keyboard talks to in `app` now: the index's while it is open.
    pub fn of_app(app: &App) -> Layer {
        if app.mode == Mode::Present && app.deck.index {
            Layer::Index
        } else {
            Layer::of(app.mode)
        }
    }

    /// The layer whose keys also act here when this one does not bind a key.
    pub fn parent(self) -> Option<Layer> {
        match self {
            Layer::Index => Some(Layer::Present),
            _ => None,
        }
    }
}

impl From<Mode> for Layer {
    fn from(mode: Mode) -> Layer {
        Layer::of(mode)
    }
}

/// Where a binding's short label shows in the footer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    None,
    /// In the footer of its layer.
    Footer,
    /// Only while a record's detail is zoomed (normal layer).
    Zoomed,
    /// Both.
    Always,
}

/// One line of the table: the keys, what they do, and how help and the footer say it.
pub struct Binding {
    pub layer: Layer,
    /// Key names; `digits` stands for the number keys of the tabs.
    pub keys: &'static [&'static str],
    pub action: Action,
    /// What it does, for the help screen and the README: English, Russian.
    pub help: (&'static str, &'static str),
    /// The footer's short label: English, Russian.
    pub short: (&'static str, &'static str),
    pub hint: Hint,
}

macro_rules! bind {
    ($layer:ident, [$($k:expr),+], $action:expr, $en:expr, $ru:expr) => {
        bind!($layer, [$($k),+], $action, $en, $ru, ("", ""), Hint::None)
    };
    ($layer:ident, [$($k:expr),+], $action:expr, $en:expr, $ru:expr, $short:expr, $hint:expr) => {
        Binding {
            layer: Layer::$layer,
            keys: &[$($k),+],
            action: $action,
            help: ($en, $ru),
            short: $short,
            hint: $hint,
        }
    };
}

/// Every binding, in the order help shows them: the dashboard's, then the other modes'.
pub fn bindings() -> impl Iterator<Item = &'static Binding> {
    DASHBOARD.iter().chain(modes::MODES.iter())
}

/// The keys of every mode and of the dashboard itself.
static DASHBOARD: &[Binding] = &[
    bind!(Global, ["ctrl-c"], Action::Quit, "quit", "выход"),
    bind!(
        Global,
        ["ctrl-z"],
        Action::Suspend,
        "suspend to the shell (fg to come back)",
        "в фон (fg — вернуться)"
    ),
    bind!(
        Global,
        ["ctrl-l"],
        Action::Redraw,
        "redraw the screen",
        "перерисовать экран"
    ),
    bind!(
        Normal,
        ["/"],
        Action::SearchStart,
        "search every tab at once, live",
        "поиск по всем вкладкам сразу",
        ("search", "поиск"),
        Hint::Footer
    ),
    bind!(
        Normal,
        ["s"],
        Action::FacetOpen,
        "filter: sector, company, person, place, status, stage, novelty, source, with counts",
        "фильтр: отрасль, компания, человек, место, статус, стадия, новизна, источник",
        ("filter", "фильтр"),
        Hint::Footer
    ),
    bind!(
        Normal,
        ["digits"],
        Action::GoTab(Tab::Overview),
        "go to a tab",
        "перейти на вкладку",
        ("tabs", "вкладки"),
        Hint::Footer
    ),
    bind!(
        Normal,
        ["R"],
        Action::ShowResults,
        "the search's records, events and sources in one ranked list; Enter or a click opens one",
        "найденные записи, события и источники одним списком; Enter или щелчок открывает",
        ("results", "результаты"),
        Hint::None
    ),
    bind!(
        Normal,
        ["enter"],
        Action::ToggleZoom,
        "open what is selected in its own view, or zoom the detail; again to go back",
        "открыть выбранное в его разделе или развернуть подробности; ещё раз — назад",
        ("detail", "подробно"),
        Hint::Footer
    ),
    bind!(
        Normal,
        ["up", "down", "k", "j"],
        Action::Down,
        "move the selection (in a zoomed detail: scroll)",
        "выбор строки (в развёрнутых подробностях — прокрутка)",
        ("scroll", "прокрутка"),
        Hint::Zoomed
    ),
    bind!(
        Normal,
        ["left", "right", "h", "l"],
        Action::Right,
        "previous / next tab (on the map the arrows and h j k l move between places, Enter lists the records at one, Esc closes the list)",
        "предыдущая / следующая вкладка (на карте стрелки и h j k l переходят между местами, Enter — записи в месте, Esc закрывает список)"
    ),
    bind!(
        Normal,
        ["tab", "shift-tab", "[", "]"],
        Action::NextTab,
        "previous / next tab",
        "предыдущая / следующая вкладка"
    ),
    bind!(
        Normal,
        ["g", "G", "home", "end"],
        Action::Top,
        "first / last row",
        "первая / последняя строка"
    ),
    bind!(
        Normal,
        ["pgup", "pgdown", "ctrl-u", "ctrl-d"],
        Action::PageDown,
        "a page up / down",
        "страница вверх / вниз"
    ),
    bind!(
        Normal,
        ["esc"],
        Action::Back,
        "leave the related records or the zoom, then clear the search and every filter",
        "выйти из связанных записей или свернуть, затем сбросить поиск и все фильтры",
        ("back", "назад"),
        Hint::Zoomed
    ),
    bind!(
        Normal,
        ["z"],
        Action::ToggleDetail,
        "hide the detail pane to give the table the whole width, or show it",
        "скрыть подробности, чтобы таблица заняла всю ширину, или показать их"
    ),
    bind!(
        Normal,
        ["c"],
        Action::ColumnsOpen,
        "choose a table's columns: show, hide, order (the title always shows)",
        "выбрать столбцы таблицы: показать, скрыть, порядок (заголовок всегда виден)"
    ),
    bind!(
        Normal,
        ["backspace", "ctrl-o"],
        Action::JumpBack,
        "back to where you opened something from",
        "назад, туда, откуда открыли запись"
    ),
    bind!(
        Normal,
        ["f"],
        Action::JumpForward,
        "forward again, after going back",
        "снова вперёд после возврата"
    ),
    bind!(
        Normal,
        ["r"],
        Action::ToggleRelated,
        "move into the detail's related records (Enter opens one), or back out",
        "перейти к связанным записям (Enter — открыть) или выйти из них"
    ),
    bind!(
        Normal,
        ["x"],
        Action::FilterPop,
        "take off the last filter (the last chip in the search line)",
        "снять последний фильтр (последний в строке поиска)"
    ),
    bind!(
        Normal,
        ["o"],
        Action::CycleSort,
        "cycle the sort: source order (relevance while searching), title, status",
        "сменить порядок: как в источнике (при поиске — по релевантности), по названию, по статусу",
        ("sort", "порядок"),
        Hint::Footer
    ),
    bind!(
        Normal,
        ["y"],
        Action::Copy,
        "copy the selected record as text (OSC 52, works over SSH)",
        "скопировать запись как текст (OSC 52, работает по SSH)",
        ("copy", "копировать"),
        Hint::Zoomed
    ),
    bind!(
        Normal,
        ["O"],
        Action::OpenSource,
        "open the page of the selected record's first source (or the selected source) in the browser",
        "открыть в браузере страницу первого источника записи (или выбранного источника)"
    ),
    bind!(
        Normal,
        ["e"],
        Action::Export,
        "export what is on show to a Markdown brief in the working folder",
        "сохранить показанное в Markdown-справку в рабочей папке"
    ),
    bind!(
        Normal,
        ["L"],
        Action::ToggleLang,
        "switch every text, data and interface, between English and Russian",
        "переключить все тексты, данные и интерфейс, между английским и русским",
        ("русский", "English"),
        Hint::Footer
    ),
    bind!(
        Normal,
        ["t"],
        Action::CycleTheme,
        "cycle the theme: dark, light, high-contrast",
        "сменить тему: тёмная, светлая, контрастная"
    ),
    bind!(
        Normal,
        ["p"],
        Action::PresentStart,
        "presentation mode (with marks: the marked records, in the order marked)",
        "режим презентации (с отметками: отмеченные записи по порядку)"
    ),
    bind!(
        Normal,
        ["m"],
        Action::ToggleMark,
        "mark or unmark the selected record for the deck",
        "отметить запись для презентации или снять отметку"
    ),
    bind!(
        Normal,
        ["?"],
        Action::ToggleHelp,
        "every key",
        "все клавиши",
        ("help", "справка"),
        Hint::Always
    ),
    bind!(
        Normal,
        ["q"],
        Action::Quit,
        "quit",
        "выход",
        ("quit", "выход"),
        Hint::Footer
    ),
];

mod modes;
mod names;
