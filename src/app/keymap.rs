//! The key table turned into a look-up, with the user's own bindings laid over it, and the
//! texts help, the footer and the README make of it.
//!
//! Keys typed on the Russian ЙЦУКЕН layout act as the key in the same place on QWERTY,
//! except while text is typed and where a Cyrillic letter is bound itself.

use std::collections::HashMap;
use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
pub use super::bindings::{action_name, bindings, Binding, Hint, Layer};
pub use super::key::{display, Key};
use super::russian_layout;
use super::tab::Tab;
use crate::data::Lang;

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
        FacetNextDim if back => FacetPrevDim,
        Right if back => Left,
        Top if matches!(key, "G" | "end") => Bottom,
        PageDown if back => PageUp,
        SlideFirst if matches!(key, "G" | "end") => SlideLast,
        SlideNext if back => SlidePrev,
        a => a.clone(),
    }
}

/// The actions a layer's table binds, each once, in table order: what a user may rebind.
pub fn bindable(layer: Layer) -> Vec<(&'static str, Action)> {
    let mut out: Vec<(&'static str, Action)> = Vec::new();
    for b in bindings().filter(|b| b.layer == layer) {
        for key in b.keys.iter().filter(|k| **k != "digits") {
            let action = paired(key, &b.action);
            if let Some(name) = action_name(&action) {
                if !out.iter().any(|(n, _)| *n == name) {
                    out.push((name, action));
                }
            }
        }
    }
    out
}

/// The default keys of an action in a layer, as the table names them.
pub fn default_keys(layer: Layer, action: &Action) -> Vec<&'static str> {
    bindings()
        .filter(|b| b.layer == layer)
        .flat_map(|b| b.keys.iter().map(move |k| (*k, b)))
        .filter(|(k, b)| *k != "digits" && paired(k, &b.action) == *action)
        .map(|(k, _)| k)
        .collect()
}

/// A user's binding: in `layer`, exactly these keys (names and parsed) do `action`.
#[derive(Clone, Debug)]
pub struct Rebind {
    pub layer: Layer,
    pub action: Action,
    pub keys: Vec<(String, Key)>,
}

/// The table turned into a look-up: key -> action, per layer.
pub struct Keymap {
    map: HashMap<(Layer, Key), Action>,
    rebinds: Vec<Rebind>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::with(Vec::new())
    }
}

impl Keymap {
    /// The table with the user's bindings over it: a rebound action loses its default keys,
    /// and a key the user binds leaves whatever the table gave it.
    pub fn with(rebinds: Vec<Rebind>) -> Keymap {
        let mut map = HashMap::new();
        let rebound = |layer: Layer, action: &Action| {
            rebinds
                .iter()
                .any(|r| r.layer == layer && r.action == *action)
        };
        for b in bindings() {
            for name in b.keys.iter().filter(|k| **k != "digits") {
                let action = paired(name, &b.action);
                if rebound(b.layer, &action) {
                    continue;
                }
                // The table is ours and tested: a name that does not parse is a bug caught
                // by `every_key_name_in_the_table_parses`, never input.
                if let Ok(key) = Key::parse(name) {
                    map.entry((b.layer, key)).or_insert(action);
                }
            }
        }
        for r in &rebinds {
            for (_, key) in &r.keys {
                map.insert((r.layer, *key), r.action.clone());
            }
        }
        Keymap { map, rebinds }
    }

    fn lookup(&self, layer: Layer, key: Key) -> Option<Action> {
        self.map
            .get(&(layer, key))
            .or_else(|| layer.parent().and_then(|p| self.map.get(&(p, key))))
            .or_else(|| self.map.get(&(Layer::Global, key)))
            .cloned()
    }

    /// The action a key press asks for in a mode or layer (`Layer::of_app` says which), if any.
    pub fn action(&self, event: KeyEvent, at: impl Into<Layer>) -> Option<Action> {
        let key = Key::of(event);
        let layer = at.into();
        if let Some(a) = self.lookup(layer, key) {
            return Some(a);
        }
        if let Some(a) = self.russian(layer, key) {
            return Some(a);
        }
        let plain = key.mods.is_empty();
        match (layer, key.code) {
            (Layer::Normal, KeyCode::Char(c @ '1'..='9')) if plain => {
                Tab::from_index(c as usize - '1' as usize).map(Action::GoTab)
            }
            (Layer::Present | Layer::Index, KeyCode::Char(c)) if plain && c.is_ascii_digit() => {
                Some(Action::SlideDigit(c))
            }
            (Layer::Present | Layer::Index, KeyCode::Enter) if plain => Some(Action::SlideJump),
            // Esc and a key typed right after it reach us as one Alt+key: take it as the
            // Esc rather than typing the letter into the query.
            (Layer::Search, _) if key.mods.contains(KeyModifiers::ALT) => {
                Some(Action::SearchCancel)
            }
            (Layer::Search, KeyCode::Char(c)) if plain => Some(Action::SearchInput(c)),
            // Letters typed in the facet panel narrow its values.
            (Layer::Facet, KeyCode::Char(c)) if plain => Some(Action::FacetInput(c)),
            // Any other key uncovers a blanked slide or closes the slide keys.
            (Layer::Present | Layer::Index, _) => Some(Action::SlideWake),
            _ => None,
        }
    }

    /// A Cyrillic letter read as the QWERTY key in its place. Letters typed into the search
    /// stay letters, as do those typed into the facet panel; only Ctrl combinations are
    /// commands there.
    fn russian(&self, layer: Layer, key: Key) -> Option<Action> {
        let KeyCode::Char(c) = key.code else {
            return None;
        };
        let ctrl = key.mods.contains(KeyModifiers::CONTROL);
        if matches!(layer, Layer::Search | Layer::Facet) && !ctrl {
            return None;
        }
        let mut q = russian_layout::qwerty(c)?;
        if ctrl {
            q = q.to_ascii_lowercase();
        }
        self.lookup(
            layer,
            Key {
                code: KeyCode::Char(q),
                mods: key.mods,
            },
        )
    }

    /// The key names a line of the table stands for now: the user's keys for an action
    /// they rebound, and the table's keys that still do what the line says.
    pub fn line_keys(&self, b: &Binding) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut started: Vec<&Action> = Vec::new();
        for name in b.keys {
            if *name == "digits" {
                out.push(name.to_string());
                continue;
            }
            let action = paired(name, &b.action);
            let rebind = self
                .rebinds
                .iter()
                .find(|r| r.layer == b.layer && r.action == action);
            if let Some(r) = rebind {
                // The user's new keys go where the action's first key was; the table's
                // keys they kept stay in their places.
                if !started.contains(&&r.action) {
                    started.push(&r.action);
                    let table: Vec<&str> = b
                        .keys
                        .iter()
                        .copied()
                        .filter(|k| paired(k, &b.action) == action)
                        .collect();
                    out.extend(
                        r.keys
                            .iter()
                            .map(|(n, _)| n)
                            .filter(|n| !table.contains(&n.as_str()))
                            .cloned(),
                    );
                }
                if r.keys.iter().any(|(n, _)| n == name) {
                    out.push(name.to_string());
                }
                continue;
            }
            let still = Key::parse(name)
                .ok()
                .and_then(|k| self.map.get(&(b.layer, k)))
                .is_some_and(|a| *a == action);
            if still {
                out.push(name.to_string());
            }
        }
        out
    }

    /// The keys of a line as help shows them; `digits` become "1–N" for `tabs` tabs.
    pub fn keys_text(&self, b: &Binding, tabs: usize) -> String {
        self.line_keys(b)
            .iter()
            .map(|k| match k.as_str() {
                "digits" if b.layer == Layer::Normal => format!("1–{tabs}"),
                "digits" => "0–9".to_string(),
                k => display(k),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The footer's hints for a layer.
    pub fn hints(&self, layer: Layer, zoomed: bool, lang: Lang, tabs: usize) -> Vec<FooterHint> {
        bindings()
            .filter(|b| b.layer == layer)
            .filter(|b| match (b.hint, zoomed) {
                (Hint::None, _) => false,
                (Hint::Always, _) => true,
                (Hint::Footer, z) => !z,
                (Hint::Zoomed, z) => z,
            })
            .filter_map(|b| {
                // One key per hint, the first the line names: the footer is one line.
                let keys = self.line_keys(b);
                let shown = match keys.as_slice() {
                    [up, down, ..] if up == "up" && down == "down" => "↑↓".to_string(),
                    [first, ..] if first == "digits" => self.keys_text(b, tabs),
                    [first, ..] => display(first),
                    [] => return None,
                };
                Some(FooterHint {
                    action: b.action.clone(),
                    keys: shown,
                    label: pick(b.short, lang),
                    essential: matches!(b.action, Action::ToggleHelp | Action::Quit),
                })
            })
            .collect()
    }

    /// The help screen's rows for some layers, global keys last: (keys, what they do).
    pub fn help_rows(
        &self,
        layers: &[Layer],
        lang: Lang,
        tabs: usize,
    ) -> Vec<(String, &'static str)> {
        layers
            .iter()
            .chain(std::iter::once(&Layer::Global))
            .flat_map(|layer| bindings().filter(move |b| b.layer == *layer))
            .map(|b| (self.keys_text(b, tabs), pick(b.help, lang)))
            .filter(|(keys, _)| !keys.is_empty())
            .collect()
    }
}

static ACTIVE: OnceLock<Keymap> = OnceLock::new();

/// Makes `keymap` the one the dashboard, help and the footer use, once, at start-up.
pub fn install(keymap: Keymap) -> &'static Keymap {
    let _ = ACTIVE.set(keymap);
    active()
}

/// The key map in use: the installed one, or the table's.
pub fn active() -> &'static Keymap {
    ACTIVE.get_or_init(Keymap::default)
}

/// The action a key press asks for in a mode or layer under the default bindings.
pub fn action_for(key: KeyEvent, at: impl Into<Layer>) -> Option<Action> {
    static DEFAULT: OnceLock<Keymap> = OnceLock::new();
    DEFAULT.get_or_init(Keymap::default).action(key, at)
}

/// One hint of the footer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FooterHint {
    /// What the line of the table does (its first key's action, for a pair of keys).
    pub action: Action,
    pub keys: String,
    pub label: &'static str,
    /// Help and quit: kept when the footer is too narrow for every hint, since every
    /// other key can be found from help.
    pub essential: bool,
}

/// The footer's hints for a layer under the key map in use.
pub fn hints(layer: Layer, zoomed: bool, lang: Lang, tabs: usize) -> Vec<FooterHint> {
    active().hints(layer, zoomed, lang, tabs)
}

/// The help screen's rows under the key map in use.
pub fn help_rows(layers: &[Layer], lang: Lang, tabs: usize) -> Vec<(String, &'static str)> {
    active().help_rows(layers, lang, tabs)
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
    table_of(&[Layer::Normal, Layer::Global], tabs)
}

/// The README's key table for the slides and the slide index, checked the same way.
pub fn readme_slide_table() -> String {
    table_of(&[Layer::Present, Layer::Index], 0)
}

fn table_of(layers: &[Layer], tabs: usize) -> String {
    let keymap = Keymap::default();
    let mut out = String::from("| key | does |\n| --- | --- |\n");
    for &layer in layers {
        for b in bindings().filter(|b| b.layer == layer) {
            let keys: Vec<String> = keymap
                .keys_text(b, tabs)
                .split(' ')
                .map(|k| format!("`{k}`"))
                .collect();
            out.push_str(&format!("| {} | {} |\n", keys.join(" "), b.help.0));
        }
    }
    out
}
