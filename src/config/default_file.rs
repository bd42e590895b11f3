//! `visit-dash config --default`: the whole config file with every setting at its default,
//! commented out, written from the key table so it never falls behind it.

use super::colour::{colour_name, role_colour, ROLES};
use super::file::layer_name;
use crate::app::keymap::{bindable, default_keys, Layer};
use crate::app::{Tab, ThemeName};
use crate::ui::Theme;

/// The default config file, every line commented.
pub fn default_file() -> String {
    let views: Vec<&str> = Tab::ALL.iter().map(|t| t.key()).collect();
    let mut out = format!(
        "# visit-dash config: uncomment a line to change it.\n\
         # The command line wins over the environment (NO_COLOR, VISIT_DASH_THEME,\n\
         # VISIT_DASH_LANG), which wins over this file, which wins over the defaults.\n\
         \n\
         # dark, light, high-contrast, mono, or the name of a theme under [themes]\n\
         # theme = \"dark\"\n\
         # en or ru: the language of the data and the interface\n\
         # lang = \"en\"\n\
         # false leaves the mouse to the terminal\n\
         # mouse = true\n\
         # the view to open on: {}\n\
         # tab = \"overview\"\n\
         # a dataset to read instead of the embedded one\n\
         # data = \"visit.json\"\n\
         \n\
         # A custom theme: a built-in one with some colours changed. Colours are names\n\
         # (blue, light-red), #rrggbb, or 0-255. Text on background under the 4.5:1\n\
         # contrast WCAG AA asks for gets a warning. Here, the light theme's colours.\n\
         # [themes.paper]\n\
         # based_on = \"light\"\n",
        views.join(", ")
    );
    let light = Theme::built_in(ThemeName::Light);
    for role in ROLES {
        if let Some(c) = role_colour(&light, role) {
            out.push_str(&format!("# {role} = \"{}\"\n", colour_name(c)));
        }
    }
    out.push_str(
        "\n# Keys: one table per mode; an action listed here gets exactly these keys in\n\
         # place of its defaults. Names: q, G, ctrl-u, alt-x, shift-tab, enter, esc, space,\n\
         # backspace, up, down, left, right, home, end, pgup, pgdown. The digit keys of the\n\
         # tabs and slides are not rebound. On the Russian layout a letter acts as the\n\
         # QWERTY key in its place unless that letter is bound itself.\n",
    );
    for layer in [
        Layer::Global,
        Layer::Normal,
        Layer::Search,
        Layer::Facet,
        Layer::Columns,
        Layer::Help,
        Layer::Present,
        Layer::Index,
    ] {
        out.push_str(&format!("\n# [keys.{}]\n", layer_name(layer)));
        for (name, action) in bindable(layer) {
            let keys: Vec<String> = default_keys(layer, &action)
                .iter()
                .map(|k| format!("{k:?}"))
                .collect();
            out.push_str(&format!("# {name} = [{}]\n", keys.join(", ")));
        }
    }
    out
}
