//! The config file's TOML, read with the place of every value kept so each refusal can
//! point at it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use super::colour;
use super::Config;
use crate::app::keymap::{bindable, Key, Layer, Rebind};
use crate::app::Tab;
use crate::data::Lang;

/// A refusal: the byte offset it is about, and what was expected.
pub type Refusal = (usize, String);

/// The built-in themes' names, as `--theme` takes them.
pub const BUILT_IN_THEMES: [&str; 4] = ["dark", "light", "high-contrast", "mono"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    theme: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
    mouse: Option<bool>,
    tab: Option<Spanned<String>>,
    data: Option<PathBuf>,
    #[serde(default)]
    themes: BTreeMap<Spanned<String>, BTreeMap<Spanned<String>, Spanned<String>>>,
    #[serde(default)]
    keys: RawKeys,
}

type RawLayer = BTreeMap<Spanned<String>, Spanned<Vec<Spanned<String>>>>;

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKeys {
    #[serde(default)]
    global: RawLayer,
    #[serde(default)]
    normal: RawLayer,
    #[serde(default)]
    search: RawLayer,
    #[serde(default)]
    facet: RawLayer,
    #[serde(default)]
    columns: RawLayer,
    #[serde(default)]
    help: RawLayer,
    #[serde(default)]
    present: RawLayer,
    #[serde(default)]
    index: RawLayer,
}

/// Parses and checks the whole file.
pub fn parse(text: &str) -> Result<Config, Refusal> {
    let raw: Raw = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start);
        (at, e.message().trim_end().to_string())
    })?;
    let mut config = Config {
        mouse: raw.mouse,
        data: raw.data,
        ..Config::default()
    };
    if let Some(lang) = raw.lang {
        config.lang = Some(match lang.get_ref().as_str() {
            "en" => Lang::En,
            "ru" => Lang::Ru,
            other => {
                return Err(at(
                    &lang,
                    format!("unknown lang `{other}`, expected `en` or `ru`"),
                ))
            }
        });
    }
    if let Some(tab) = raw.tab {
        let parsed = Tab::parse(tab.get_ref());
        let names: Vec<String> = Tab::ALL.iter().map(|t| format!("`{}`", t.key())).collect();
        config.tab = Some(parsed.ok_or_else(|| {
            at(
                &tab,
                format!(
                    "unknown tab `{}`, expected one of {}",
                    tab.get_ref(),
                    names.join(", ")
                ),
            )
        })?);
    }
    for (name, roles) in &raw.themes {
        let theme = colour::custom_theme(name, roles)?;
        if let Some(warning) = theme.contrast_warning() {
            config.warnings.push(warning);
        }
        config.themes.push(theme);
    }
    if let Some(theme) = raw.theme {
        let name = theme.get_ref();
        let custom = config.themes.iter().any(|t| t.name == *name);
        if !custom && !BUILT_IN_THEMES.contains(&name.as_str()) {
            let mut known: Vec<String> = BUILT_IN_THEMES.iter().map(|n| format!("`{n}`")).collect();
            known.extend(config.themes.iter().map(|t| format!("`{}`", t.name)));
            return Err(at(
                &theme,
                format!(
                    "unknown theme `{name}`, expected one of {}",
                    known.join(", ")
                ),
            ));
        }
        config.theme = Some(name.clone());
    }
    let k = &raw.keys;
    for (layer, table) in [
        (Layer::Global, &k.global),
        (Layer::Normal, &k.normal),
        (Layer::Search, &k.search),
        (Layer::Facet, &k.facet),
        (Layer::Columns, &k.columns),
        (Layer::Help, &k.help),
        (Layer::Present, &k.present),
        (Layer::Index, &k.index),
    ] {
        config.rebinds.extend(layer_rebinds(layer, table)?);
    }
    Ok(config)
}

/// One mode's bindings, checked: known actions, keys that parse, no key given twice.
fn layer_rebinds(layer: Layer, table: &RawLayer) -> Result<Vec<Rebind>, Refusal> {
    let actions = bindable(layer);
    // In file order, so "bound twice" points at the second.
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(name, _)| name.span().start);
    let mut seen: Vec<(Key, String, &str)> = Vec::new();
    let mut out = Vec::new();
    for (name, keys) in entries {
        let Some((action_name, action)) = actions.iter().find(|(n, _)| n == name.get_ref()) else {
            let known: Vec<String> = actions.iter().map(|(n, _)| format!("`{n}`")).collect();
            return Err(at(
                name,
                format!(
                    "unknown action `{}` in [keys.{}], expected one of {}",
                    name.get_ref(),
                    layer_name(layer),
                    known.join(", ")
                ),
            ));
        };
        let mut parsed = Vec::new();
        for key in keys.get_ref() {
            let k = Key::parse(key.get_ref()).map_err(|e| {
                at(
                    key,
                    format!(
                        "{e}, expected a key such as `q`, `G`, `ctrl-u`, `shift-tab`, `pgdown`"
                    ),
                )
            })?;
            if let Some((_, first, other)) = seen.iter().find(|(s, _, _)| *s == k) {
                // Two spellings of one key ("ctrl-c", "Ctrl-c") are named both.
                let spelled = if first == key.get_ref() {
                    String::new()
                } else {
                    format!(" (as `{first}`)")
                };
                return Err(at(
                    key,
                    format!(
                        "key `{}` is bound twice in [keys.{}]: to `{other}`{spelled} and to \
                         `{action_name}`, expected each key once per mode",
                        key.get_ref(),
                        layer_name(layer)
                    ),
                ));
            }
            seen.push((k, key.get_ref().clone(), action_name));
            parsed.push((key.get_ref().clone(), k));
        }
        out.push(Rebind {
            layer,
            action: action.clone(),
            keys: parsed,
        });
    }
    Ok(out)
}

/// The name of a layer's table in the file: `[keys.normal]`.
pub fn layer_name(layer: Layer) -> &'static str {
    match layer {
        Layer::Global => "global",
        Layer::Normal => "normal",
        Layer::Search => "search",
        Layer::Facet => "facet",
        Layer::Columns => "columns",
        Layer::Help => "help",
        Layer::Present => "present",
        Layer::Index => "index",
    }
}

/// A refusal at a value's place.
pub fn at<T>(value: &Spanned<T>, message: String) -> Refusal {
    (value.span().start, message)
}
