//! Every colour and emphasis the view uses, in one value per theme.

use std::sync::OnceLock;

use ratatui::style::{Color, Modifier, Style};

use crate::app::ThemeName;
use crate::data::Stage;

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    /// The whole screen: text and background.
    pub base: Style,
    pub header: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub border: Style,
    pub border_focus: Style,
    pub heading: Style,
    pub table_header: Style,
    pub selected: Style,
    /// Characters a search matched.
    pub matched: Style,
    pub muted: Style,
    pub label: Style,
    pub figure: Style,
    pub achieved: Style,
    pub underway: Style,
    pub intended: Style,
    pub footer: Style,
    pub key: Style,
    pub popup: Style,
    pub quote: Style,
}

impl Theme {
    pub fn get(name: ThemeName) -> Theme {
        if let Some((custom, theme)) = CUSTOM.get() {
            if *custom == name {
                return *theme;
            }
        }
        Theme::built_in(name)
    }

    /// A built-in theme, whatever the config file says.
    pub fn built_in(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => dark(),
            ThemeName::Light => light(),
            ThemeName::HighContrast => high_contrast(),
            ThemeName::Mono => mono(),
        }
    }

    pub fn stage(&self, stage: Option<Stage>) -> Style {
        match stage {
            Some(Stage::Achieved) => self.achieved,
            Some(Stage::Underway) => self.underway,
            Some(Stage::Intended) => self.intended,
            None => self.muted,
        }
    }
}

static CUSTOM: OnceLock<(ThemeName, Theme)> = OnceLock::new();

/// Draws `theme` (from the config file) in place of the built-in `name`, once, at start-up.
pub fn install_custom(name: ThemeName, theme: Theme) {
    let _ = CUSTOM.set((name, theme));
}

fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

const BOLD: Modifier = Modifier::BOLD;

fn dark() -> Theme {
    Theme {
        base: Style::new(),
        header: fg(Color::Cyan).add_modifier(BOLD),
        tab: fg(Color::Gray),
        tab_active: Style::new()
            .fg(Color::Black)
            .bg(Color::Cyan)
            .add_modifier(BOLD),
        border: fg(Color::DarkGray),
        border_focus: fg(Color::Cyan),
        heading: fg(Color::Cyan).add_modifier(BOLD),
        table_header: fg(Color::Yellow).add_modifier(BOLD),
        selected: Style::new()
            .bg(Color::Blue)
            .fg(Color::White)
            .add_modifier(BOLD),
        matched: fg(Color::Yellow).add_modifier(BOLD | Modifier::UNDERLINED),
        muted: fg(Color::DarkGray),
        label: fg(Color::Cyan),
        figure: fg(Color::Yellow).add_modifier(BOLD),
        achieved: fg(Color::Green),
        underway: fg(Color::Yellow),
        intended: fg(Color::Magenta),
        footer: fg(Color::Gray),
        key: fg(Color::Cyan).add_modifier(BOLD),
        popup: Style::new().fg(Color::White).bg(Color::Black),
        quote: fg(Color::White).add_modifier(Modifier::ITALIC),
    }
}

/// Dark text on white, for lit rooms and projectors.
fn light() -> Theme {
    let base = Style::new().fg(Color::Black).bg(Color::White);
    Theme {
        base,
        header: fg(Color::Blue).add_modifier(BOLD),
        tab: fg(Color::Black),
        tab_active: Style::new()
            .fg(Color::White)
            .bg(Color::Blue)
            .add_modifier(BOLD),
        border: fg(Color::Gray),
        border_focus: fg(Color::Blue),
        heading: fg(Color::Blue).add_modifier(BOLD),
        table_header: fg(Color::Black).add_modifier(BOLD | Modifier::UNDERLINED),
        selected: Style::new()
            .bg(Color::Blue)
            .fg(Color::White)
            .add_modifier(BOLD),
        matched: fg(Color::Red).add_modifier(BOLD | Modifier::UNDERLINED),
        muted: fg(Color::DarkGray),
        label: fg(Color::Blue),
        figure: fg(Color::Red).add_modifier(BOLD),
        achieved: fg(Color::Green).add_modifier(BOLD),
        underway: fg(Color::Rgb(160, 90, 0)).add_modifier(BOLD),
        intended: fg(Color::Magenta).add_modifier(BOLD),
        footer: fg(Color::Black),
        key: fg(Color::Blue).add_modifier(BOLD),
        popup: base,
        quote: fg(Color::Black).add_modifier(Modifier::ITALIC),
    }
}

/// Black on white and nothing between: no mid-tones to wash out.
fn high_contrast() -> Theme {
    let base = Style::new().fg(Color::Black).bg(Color::White);
    let strong = base.add_modifier(BOLD);
    let inverse = Style::new()
        .fg(Color::White)
        .bg(Color::Black)
        .add_modifier(BOLD);
    Theme {
        base,
        header: strong,
        tab: base,
        tab_active: inverse,
        border: base,
        border_focus: strong,
        heading: strong.add_modifier(Modifier::UNDERLINED),
        table_header: strong.add_modifier(Modifier::UNDERLINED),
        selected: inverse,
        matched: strong.add_modifier(Modifier::UNDERLINED),
        muted: base,
        label: strong,
        figure: strong,
        achieved: strong,
        underway: strong,
        intended: strong,
        footer: base,
        key: strong,
        popup: base,
        quote: base.add_modifier(Modifier::ITALIC),
    }
}

/// Modifiers only. With NO_COLOR set, crossterm resets colours after modifiers, so a
/// selection drawn as colour plus reverse would vanish; reverse alone survives.
fn mono() -> Theme {
    let plain = Style::new();
    let bold = plain.add_modifier(BOLD);
    let reverse = plain.add_modifier(Modifier::REVERSED | BOLD);
    Theme {
        base: plain,
        header: bold,
        tab: plain,
        tab_active: reverse,
        border: plain,
        border_focus: bold,
        heading: bold.add_modifier(Modifier::UNDERLINED),
        table_header: bold.add_modifier(Modifier::UNDERLINED),
        selected: reverse,
        matched: plain.add_modifier(Modifier::UNDERLINED | BOLD),
        muted: plain.add_modifier(Modifier::DIM),
        label: bold,
        figure: bold,
        achieved: bold,
        underway: plain,
        intended: plain.add_modifier(Modifier::ITALIC),
        footer: plain,
        key: bold,
        popup: plain,
        quote: plain.add_modifier(Modifier::ITALIC),
    }
}
