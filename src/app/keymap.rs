//! Keys as data: one table of bindings per layer, read by the key map, the help screen, the
//! footer hints and the README's key table (a test keeps the README in step).
//!
//! A binding names keys as text ("q", "ctrl-u", "shift-tab", "pgdown"), so a user's
//! bindings can be written the same way. A key matches only with the modifiers it names:
//! Ctrl-E is not `e`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::deck::Blank;
use super::state::Mode;
use super::tab::Tab;
use crate::data::Lang;

/// Which keys are read: one layer per mode, and keys that act in every mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    Global,
    Normal,
    Search,
    Facet,
    Help,
    Present,
}

impl Layer {
    pub fn of(mode: Mode) -> Layer {
        match mode {
            Mode::Normal => Layer::Normal,
            Mode::Search => Layer::Search,
            Mode::Facet => Layer::Facet,
            Mode::Help => Layer::Help,
            Mode::Present => Layer::Present,
        }
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

/// Every binding, in the order help shows them.
pub static BINDINGS: &[Binding] = &[
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
        "filter by sector: counts, Enter picks, Esc clears",
        "фильтр по отрасли: Enter — выбрать, Esc — сбросить",
        ("sector", "отрасль"),
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
        ["enter"],
        Action::ToggleZoom,
        "zoom the detail; again to go back",
        "развернуть подробности; ещё раз — назад",
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
        ["left", "right", "h", "l", "tab", "shift-tab", "[", "]"],
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
        "leave the zoom, then clear the search and the sector",
        "свернуть, затем сбросить поиск и отрасль",
        ("back", "назад"),
        Hint::Zoomed
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
        "delete a character",
        "удалить символ"
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
        ["enter", "space"],
        Action::FacetPick,
        "filter by the sector",
        "выбрать отрасль",
        ("filter", "выбрать"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["esc", "backspace"],
        Action::FacetClear,
        "all sectors",
        "все отрасли",
        ("all sectors", "все отрасли"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["s", "q"],
        Action::FacetClose,
        "close",
        "закрыть",
        ("close", "закрыть"),
        Hint::Footer
    ),
    bind!(
        Facet,
        ["up", "down", "k", "j"],
        Action::Down,
        "move",
        "выбор"
    ),
    bind!(
        Facet,
        ["g", "G", "home", "end"],
        Action::Top,
        "first / last",
        "первая / последняя"
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
];

/// Keys that share a line of the table but act in opposite directions: the first named key
/// of each pair takes the first action.
fn paired(key: &str, action: &Action) -> Action {
    use Action::*;
    let back = matches!(
        key,
        "up" | "k"
            | "left"
            | "h"
            | "shift-tab"
            | "["
            | "g"
            | "home"
            | "pgup"
            | "ctrl-u"
            | "backspace"
    );
    match action {
        Down if back => Up,
        NextTab if back => PrevTab,
        Top if matches!(key, "G" | "end") => Bottom,
        PageDown if back => PageUp,
        SlideFirst if matches!(key, "G" | "end") => SlideLast,
        SlideNext if back => SlidePrev,
        a => a.clone(),
    }
}

/// A key as the table names it, parsed: its code and exact modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    /// The key of a terminal event, with Shift folded into the character it produced.
    pub fn of(event: KeyEvent) -> Key {
        let mut mods =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        let code = match event.code {
            // Terminals send Ctrl with the lowercase letter; some with the uppercase.
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c => c,
        };
        Key { code, mods }
    }

    /// Parses a key name: "q", "G", "ctrl-u", "alt-x", "shift-tab", "pgdown", "space".
    pub fn parse(name: &str) -> Result<Key, String> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = name;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, m) = if lower.starts_with("ctrl-") {
                (5, KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                (4, KeyModifiers::ALT)
            } else if lower.starts_with("shift-") {
                (6, KeyModifiers::SHIFT)
            } else {
                break;
            };
            if rest.len() == prefix {
                break;
            }
            mods |= m;
            rest = &rest[prefix..];
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if mods.contains(KeyModifiers::SHIFT) => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "backspace" => KeyCode::Backspace,
            "space" => KeyCode::Char(' '),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdown" | "pagedown" => KeyCode::PageDown,
            "delete" | "del" => KeyCode::Delete,
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => KeyCode::Char(if mods.contains(KeyModifiers::CONTROL) {
                        c.to_ascii_lowercase()
                    } else {
                        c
                    }),
                    _ => return Err(format!("unknown key `{name}`")),
                }
            }
        };
        if matches!(code, KeyCode::Char(_)) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Ok(Key { code, mods })
    }
}

/// How a key name reads in help and the README: arrows as arrows, "Ctrl-u", "PgUp".
pub fn display(name: &str) -> String {
    let mut out = String::new();
    let mut rest = name;
    for (prefix, shown) in [("ctrl-", "Ctrl-"), ("alt-", "Alt-"), ("shift-", "Shift-")] {
        if let Some(r) = rest.strip_prefix(prefix) {
            if !r.is_empty() {
                out.push_str(shown);
                rest = r;
            }
        }
    }
    let key = match rest {
        "up" => "↑",
        "down" => "↓",
        "left" => "←",
        "right" => "→",
        "enter" => "Enter",
        "esc" => "Esc",
        "tab" => "Tab",
        "backspace" => "Backspace",
        "space" => "Space",
        "home" => "Home",
        "end" => "End",
        "pgup" => "PgUp",
        "pgdown" => "PgDn",
        other => other,
    };
    out.push_str(key);
    out
}

/// The keys a binding lists, as help shows them; `digits` become "1–N" for `tabs` tabs.
pub fn keys_text(binding: &Binding, tabs: usize) -> String {
    binding
        .keys
        .iter()
        .map(|k| match *k {
            "digits" if binding.layer == Layer::Normal => format!("1–{tabs}"),
            "digits" => "0–9".to_string(),
            k => display(k),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The table turned into a look-up: key -> action, per layer.
pub struct Keymap {
    map: HashMap<(Layer, Key), Action>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        let mut map = HashMap::new();
        for b in BINDINGS {
            for name in b.keys {
                if *name == "digits" {
                    continue;
                }
                // The table is ours and tested: a name that does not parse is a bug caught
                // by `every_key_name_parses`, never input.
                if let Ok(key) = Key::parse(name) {
                    map.entry((b.layer, key))
                        .or_insert_with(|| paired(name, &b.action));
                }
            }
        }
        Keymap { map }
    }
}

impl Keymap {
    /// The action a key press asks for in `mode`, if any.
    pub fn action(&self, event: KeyEvent, mode: Mode) -> Option<Action> {
        let key = Key::of(event);
        let layer = Layer::of(mode);
        if let Some(a) = self.map.get(&(Layer::Global, key)) {
            return Some(a.clone());
        }
        if let Some(a) = self.map.get(&(layer, key)) {
            return Some(a.clone());
        }
        let plain = key.mods.is_empty();
        match (layer, key.code) {
            (Layer::Normal, KeyCode::Char(c @ '1'..='9')) if plain => {
                Tab::from_index(c as usize - '1' as usize).map(Action::GoTab)
            }
            (Layer::Present, KeyCode::Char(c)) if plain && c.is_ascii_digit() => {
                Some(Action::SlideDigit(c))
            }
            (Layer::Present, KeyCode::Enter) if plain => Some(Action::SlideJump),
            // Any other key uncovers a blanked slide or closes the slide keys.
            (Layer::Present, _) => Some(Action::SlideWake),
            // Esc and a key typed right after it reach us as one Alt+key: take it as the
            // Esc rather than typing the letter into the query.
            (Layer::Search, _) if key.mods.contains(KeyModifiers::ALT) => {
                Some(Action::SearchCancel)
            }
            (Layer::Search, KeyCode::Char(c)) if plain => Some(Action::SearchInput(c)),
            _ => None,
        }
    }
}

/// The action a key press asks for in `mode` under the default bindings.
pub fn action_for(key: KeyEvent, mode: Mode) -> Option<Action> {
    static DEFAULT: OnceLock<Keymap> = OnceLock::new();
    DEFAULT.get_or_init(Keymap::default).action(key, mode)
}

/// One hint of the footer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FooterHint {
    pub keys: String,
    pub label: &'static str,
    /// Help and quit: kept when the footer is too narrow for every hint, since every
    /// other key can be found from help.
    pub essential: bool,
}

/// The footer's hints for a layer.
pub fn hints(layer: Layer, zoomed: bool, lang: Lang, tabs: usize) -> Vec<FooterHint> {
    BINDINGS
        .iter()
        .filter(|b| b.layer == layer)
        .filter(|b| match (b.hint, zoomed) {
            (Hint::None, _) => false,
            (Hint::Always, _) => true,
            (Hint::Footer, z) => !z,
            (Hint::Zoomed, z) => z,
        })
        .map(|b| {
            // One key per hint, the first the table names: the footer is one line.
            let keys = match b.keys {
                ["up", "down", ..] => "↑↓".to_string(),
                [first, ..] if *first == "digits" => keys_text(b, tabs),
                [first, ..] => display(first),
                [] => String::new(),
            };
            FooterHint {
                keys,
                label: pick(b.short, lang),
                essential: matches!(b.action, Action::ToggleHelp | Action::Quit),
            }
        })
        .collect()
}

/// The help screen's rows for a layer, global keys last: (keys, what they do).
pub fn help_rows(layers: &[Layer], lang: Lang, tabs: usize) -> Vec<(String, &'static str)> {
    layers
        .iter()
        .chain(std::iter::once(&Layer::Global))
        .flat_map(|layer| BINDINGS.iter().filter(move |b| b.layer == *layer))
        .map(|b| (keys_text(b, tabs), pick(b.help, lang)))
        .collect()
}

fn pick(words: (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::En => words.0,
        Lang::Ru => words.1,
    }
}

/// The README's key table for the dashboard, in Markdown: generated from the bindings, and
/// compared with the README by a test.
pub fn readme_table(tabs: usize) -> String {
    let mut out = String::from("| key | does |\n| --- | --- |\n");
    for layer in [Layer::Normal, Layer::Global] {
        for b in BINDINGS.iter().filter(|b| b.layer == layer) {
            let keys: Vec<String> = keys_text(b, tabs)
                .split(' ')
                .map(|k| format!("`{k}`"))
                .collect();
            out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help.0));
        }
    }
    out
}
