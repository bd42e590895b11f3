//! The colours of the bars: the Okabe–Ito palette, which reads for the common kinds of
//! colour blindness. Every value is also printed, and ranges are shaded, so colour only
//! helps: in the high-contrast theme bars are black, and with NO_COLOR they have none.

use ratatui::style::{Color, Style};

use crate::app::ThemeName;

const GREEN: Color = Color::Rgb(0, 158, 115);
const ORANGE: Color = Color::Rgb(230, 159, 0);
const SKY: Color = Color::Rgb(86, 180, 233);
const PURPLE: Color = Color::Rgb(204, 121, 167);
const BLUE: Color = Color::Rgb(0, 114, 178);
const VERMILION: Color = Color::Rgb(213, 94, 0);
const YELLOW: Color = Color::Rgb(240, 228, 66);

/// On a dark background the light members of the palette.
const ON_DARK: [Color; 7] = [GREEN, ORANGE, SKY, PURPLE, SKY, VERMILION, YELLOW];
/// On white, the darker ones: no yellow, vermilion for orange.
const ON_LIGHT: [Color; 7] = [GREEN, VERMILION, BLUE, PURPLE, BLUE, VERMILION, GREEN];

/// The style of a bar of `tone` in `theme`, laid over the theme's text style.
pub fn bar_style(theme: ThemeName, base: Style, tone: usize) -> Style {
    let pick = |colours: &[Color; 7]| colours[tone % colours.len()];
    match theme {
        ThemeName::Dark => base.fg(pick(&ON_DARK)),
        ThemeName::Light => base.fg(pick(&ON_LIGHT)),
        ThemeName::HighContrast => base.fg(Color::Black),
        ThemeName::Mono => base,
    }
}
