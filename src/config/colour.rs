//! Custom themes: colours per role of the view's theme, laid over a built-in theme, and
//! the WCAG contrast of their text on their background.

use std::collections::BTreeMap;
use std::str::FromStr;

use ratatui::style::Color;
use toml::Spanned;

use super::file::{at, Refusal};
use crate::app::ThemeName;
use crate::ui::Theme;

/// The roles a custom theme may colour: the foreground of each style of the view, and the
/// backgrounds of the screen, the active tab, the selection and popups.
pub const ROLES: [&str; 24] = [
    "text",
    "background",
    "header",
    "tab",
    "tab_active",
    "tab_active_background",
    "border",
    "border_focus",
    "heading",
    "table_header",
    "selected",
    "selected_background",
    "matched",
    "muted",
    "label",
    "figure",
    "achieved",
    "underway",
    "intended",
    "footer",
    "key",
    "popup",
    "popup_background",
    "quote",
];

/// A theme from the config file.
#[derive(Clone, Debug, PartialEq)]
pub struct CustomTheme {
    pub name: String,
    /// The built-in theme it changes, and whose place it takes when `t` cycles.
    pub based_on: ThemeName,
    pub colours: Vec<(&'static str, Color)>,
}

/// Reads one `[themes.NAME]` table.
pub fn custom_theme(
    name: &Spanned<String>,
    roles: &BTreeMap<Spanned<String>, Spanned<String>>,
) -> Result<CustomTheme, Refusal> {
    let mut theme = CustomTheme {
        name: name.get_ref().clone(),
        based_on: ThemeName::Dark,
        colours: Vec::new(),
    };
    for (role, value) in roles {
        if role.get_ref() == "based_on" {
            theme.based_on = match value.get_ref().as_str() {
                "dark" => ThemeName::Dark,
                "light" => ThemeName::Light,
                "high-contrast" => ThemeName::HighContrast,
                other => {
                    return Err(at(
                        value,
                        format!(
                            "unknown theme `{other}` for based_on, expected `dark`, `light` or \
                             `high-contrast`"
                        ),
                    ))
                }
            };
            continue;
        }
        let Some(known) = ROLES.iter().find(|r| **r == role.get_ref()) else {
            let list: Vec<String> = ROLES.iter().map(|r| format!("`{r}`")).collect();
            return Err(at(
                role,
                format!(
                    "unknown role `{}` in [themes.{}], expected `based_on` or one of {}",
                    role.get_ref(),
                    theme.name,
                    list.join(", ")
                ),
            ));
        };
        let colour = parse_colour(value.get_ref()).ok_or_else(|| {
            at(
                value,
                format!(
                    "`{}` is not a colour, expected a name such as `blue` or `light-red`, \
                     `#rrggbb`, or a number 0-255",
                    value.get_ref()
                ),
            )
        })?;
        theme.colours.push((known, colour));
    }
    Ok(theme)
}

/// A colour as a config file writes it: a name, `#rrggbb`, or a 256-colour index.
pub fn parse_colour(text: &str) -> Option<Color> {
    let text = text.trim();
    if text.is_empty() || text.eq_ignore_ascii_case("reset") {
        return None;
    }
    Color::from_str(text).ok()
}

impl CustomTheme {
    fn colour(&self, role: &str) -> Option<Color> {
        self.colours
            .iter()
            .rev()
            .find(|(r, _)| *r == role)
            .map(|(_, c)| *c)
    }

    /// The built-in theme with this theme's colours laid over it.
    pub fn build(&self) -> Theme {
        let mut t = Theme::built_in(self.based_on);
        for (role, c) in &self.colours {
            let c = *c;
            match *role {
                "text" => t.base = t.base.fg(c),
                "background" => t.base = t.base.bg(c),
                "header" => t.header = t.header.fg(c),
                "tab" => t.tab = t.tab.fg(c),
                "tab_active" => t.tab_active = t.tab_active.fg(c),
                "tab_active_background" => t.tab_active = t.tab_active.bg(c),
                "border" => t.border = t.border.fg(c),
                "border_focus" => t.border_focus = t.border_focus.fg(c),
                "heading" => t.heading = t.heading.fg(c),
                "table_header" => t.table_header = t.table_header.fg(c),
                "selected" => t.selected = t.selected.fg(c),
                "selected_background" => t.selected = t.selected.bg(c),
                "matched" => t.matched = t.matched.fg(c),
                "muted" => t.muted = t.muted.fg(c),
                "label" => t.label = t.label.fg(c),
                "figure" => t.figure = t.figure.fg(c),
                "achieved" => t.achieved = t.achieved.fg(c),
                "underway" => t.underway = t.underway.fg(c),
                "intended" => t.intended = t.intended.fg(c),
                "footer" => t.footer = t.footer.fg(c),
                "key" => t.key = t.key.fg(c),
                "popup" => t.popup = t.popup.fg(c),
                "popup_background" => t.popup = t.popup.bg(c),
                "quote" => t.quote = t.quote.fg(c),
                _ => {}
            }
        }
        t
    }

    /// A warning when the text on the background is under WCAG AA's 4.5:1. Colours the
    /// terminal chooses itself are taken as white on black for a dark theme.
    pub fn contrast_warning(&self) -> Option<String> {
        let base = Theme::built_in(self.based_on).base;
        let text = self.colour("text").or(base.fg).unwrap_or(Color::White);
        let back = self
            .colour("background")
            .or(base.bg)
            .unwrap_or(Color::Black);
        let ratio = contrast(rgb(text)?, rgb(back)?);
        (ratio < 4.5).then(|| {
            format!(
                "theme `{}`: text on background has a contrast of {:.2}:1, under the 4.5:1 \
                 that WCAG AA asks for; it may be hard to read",
                self.name, ratio
            )
        })
    }
}

/// The colour a role has in a theme, if it sets one.
pub fn role_colour(t: &Theme, role: &str) -> Option<Color> {
    match role {
        "text" => t.base.fg,
        "background" => t.base.bg,
        "header" => t.header.fg,
        "tab" => t.tab.fg,
        "tab_active" => t.tab_active.fg,
        "tab_active_background" => t.tab_active.bg,
        "border" => t.border.fg,
        "border_focus" => t.border_focus.fg,
        "heading" => t.heading.fg,
        "table_header" => t.table_header.fg,
        "selected" => t.selected.fg,
        "selected_background" => t.selected.bg,
        "matched" => t.matched.fg,
        "muted" => t.muted.fg,
        "label" => t.label.fg,
        "figure" => t.figure.fg,
        "achieved" => t.achieved.fg,
        "underway" => t.underway.fg,
        "intended" => t.intended.fg,
        "footer" => t.footer.fg,
        "key" => t.key.fg,
        "popup" => t.popup.fg,
        "popup_background" => t.popup.bg,
        "quote" => t.quote.fg,
        _ => None,
    }
}

/// How a config file writes a colour: `light-red`, `#a05a00`, `42`.
pub fn colour_name(c: Color) -> String {
    match c {
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        Color::Indexed(i) => i.to_string(),
        named => {
            let text = format!("{named:?}");
            let mut out = String::new();
            for (i, ch) in text.chars().enumerate() {
                if ch.is_ascii_uppercase() && i > 0 {
                    out.push('-');
                }
                out.push(ch.to_ascii_lowercase());
            }
            out
        }
    }
}

/// The red, green and blue a colour usually shows as (xterm's defaults for the 16 named).
fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    const NAMED: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let index = match c {
        Color::Rgb(r, g, b) => return Some((r, g, b)),
        Color::Reset => return None,
        Color::Indexed(i) => i,
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
    };
    Some(match index {
        0..=15 => NAMED[usize::from(index)],
        16..=231 => {
            let step = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let i = index - 16;
            (step(i / 36), step((i / 6) % 6), step(i % 6))
        }
        _ => {
            let v = 8 + (index - 232) * 10;
            (v, v, v)
        }
    })
}

/// WCAG 2 contrast ratio of two colours, from 1 to 21.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn channel(v: u8) -> f64 {
        let c = f64::from(v) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    let lum =
        |(r, g, b): (u8, u8, u8)| 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    let (x, y) = (lum(a), lum(b));
    let (hi, lo) = if x > y { (x, y) } else { (y, x) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_matches_the_wcag_reference_values() {
        assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 0.01);
        assert!((contrast((255, 255, 255), (255, 255, 255)) - 1.0).abs() < 0.01);
        // #777777 on white is the classic just-under-AA grey.
        let grey = contrast((0x77, 0x77, 0x77), (255, 255, 255));
        assert!(grey < 4.5 && grey > 4.4, "{grey}");
    }

    #[test]
    fn colours_parse_by_name_hex_and_index() {
        assert_eq!(parse_colour("blue"), Some(Color::Blue));
        assert_eq!(parse_colour("#102030"), Some(Color::Rgb(16, 32, 48)));
        assert_eq!(parse_colour("42"), Some(Color::Indexed(42)));
        assert_eq!(parse_colour("bluish"), None);
        assert_eq!(parse_colour(""), None);
    }

    #[test]
    fn every_colour_of_the_built_in_themes_reads_back_as_written() {
        for name in [ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast] {
            let theme = Theme::built_in(name);
            for role in ROLES {
                if let Some(c) = role_colour(&theme, role) {
                    assert_eq!(parse_colour(&colour_name(c)), Some(c), "{role}");
                }
            }
        }
    }

    #[test]
    fn the_colour_cube_and_greys_have_their_xterm_values() {
        assert_eq!(rgb(Color::Indexed(16)), Some((0, 0, 0)));
        assert_eq!(rgb(Color::Indexed(231)), Some((255, 255, 255)));
        assert_eq!(rgb(Color::Indexed(255)), Some((238, 238, 238)));
    }
}
