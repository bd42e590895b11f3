//! Keys to actions: one pure function, testable without a terminal.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::state::Mode;
use super::tab::Tab;

/// The action a key press asks for in `mode`, if any.
pub fn action_for(key: KeyEvent, mode: Mode) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && matches!(key.code, KeyCode::Char('c')) {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Search => search_key(key, ctrl),
        Mode::Facet => facet_key(key),
        Mode::Help => help_key(key),
        Mode::Normal => normal_key(key, ctrl),
        Mode::Present => present_key(key),
    }
}

fn normal_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use Action::*;
    Some(match key.code {
        KeyCode::Char('d') if ctrl => PageDown,
        KeyCode::Char('u') if ctrl => PageUp,
        KeyCode::Char('q') => Quit,
        KeyCode::Tab | KeyCode::Char(']') | KeyCode::Right | KeyCode::Char('l') => NextTab,
        KeyCode::BackTab | KeyCode::Char('[') | KeyCode::Left | KeyCode::Char('h') => PrevTab,
        KeyCode::Char(c @ '1'..='5') => GoTab(Tab::from_index(c as usize - '1' as usize)?),
        KeyCode::Up | KeyCode::Char('k') => Up,
        KeyCode::Down | KeyCode::Char('j') => Down,
        KeyCode::Home | KeyCode::Char('g') => Top,
        KeyCode::End | KeyCode::Char('G') => Bottom,
        KeyCode::PageUp => PageUp,
        KeyCode::PageDown => PageDown,
        KeyCode::Enter => ToggleZoom,
        KeyCode::Esc => Back,
        KeyCode::Char('/') => SearchStart,
        KeyCode::Char('s') => FacetOpen,
        KeyCode::Char('o') => CycleSort,
        KeyCode::Char('y') => Copy,
        KeyCode::Char('e') => Export,
        KeyCode::Char('?') => ToggleHelp,
        KeyCode::Char('t') => CycleTheme,
        KeyCode::Char('L') => ToggleLang,
        KeyCode::Char('p') => PresentStart,
        _ => return None,
    })
}

fn present_key(key: KeyEvent) -> Option<Action> {
    use Action::*;
    Some(match key.code {
        KeyCode::Right
        | KeyCode::Char(' ')
        | KeyCode::PageDown
        | KeyCode::Char('l')
        | KeyCode::Char('j')
        | KeyCode::Down => SlideNext,
        KeyCode::Left
        | KeyCode::PageUp
        | KeyCode::Backspace
        | KeyCode::Char('h')
        | KeyCode::Char('k')
        | KeyCode::Up => SlidePrev,
        KeyCode::Home | KeyCode::Char('g') => SlideFirst,
        KeyCode::End | KeyCode::Char('G') => SlideLast,
        KeyCode::Char(c) if c.is_ascii_digit() => SlideDigit(c),
        KeyCode::Enter => SlideJump,
        KeyCode::Char('i') => SlideIndex,
        KeyCode::Esc | KeyCode::Char('p') => PresentExit,
        KeyCode::Char('q') => Quit,
        KeyCode::Char('t') => CycleTheme,
        KeyCode::Char('L') => ToggleLang,
        _ => return None,
    })
}

fn search_key(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use Action::*;
    // Esc and a key typed right after it reach us as one Alt+key: take it as the Esc
    // rather than typing the letter into the query.
    if key.modifiers.contains(KeyModifiers::ALT) {
        return Some(SearchCancel);
    }
    Some(match key.code {
        KeyCode::Char('w') if ctrl => SearchDeleteWord,
        KeyCode::Char('u') if ctrl => SearchClearLine,
        KeyCode::Char('h') if ctrl => SearchBackspace,
        KeyCode::Char(_) if ctrl => return None,
        KeyCode::Char(c) => SearchInput(c),
        KeyCode::Backspace => SearchBackspace,
        KeyCode::Enter => SearchAccept,
        KeyCode::Esc => SearchCancel,
        KeyCode::Up => Up,
        KeyCode::Down => Down,
        KeyCode::PageUp => PageUp,
        KeyCode::PageDown => PageDown,
        KeyCode::Tab => NextTab,
        KeyCode::BackTab => PrevTab,
        _ => return None,
    })
}

fn facet_key(key: KeyEvent) -> Option<Action> {
    use Action::*;
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Up,
        KeyCode::Down | KeyCode::Char('j') => Down,
        KeyCode::Home | KeyCode::Char('g') => Top,
        KeyCode::End | KeyCode::Char('G') => Bottom,
        KeyCode::Enter | KeyCode::Char(' ') => FacetPick,
        KeyCode::Esc | KeyCode::Backspace => FacetClear,
        KeyCode::Char('s') | KeyCode::Char('q') => FacetClose,
        _ => return None,
    })
}

fn help_key(key: KeyEvent) -> Option<Action> {
    use Action::*;
    Some(match key.code {
        KeyCode::Esc | KeyCode::Char('?') | KeyCode::Char('q') | KeyCode::Enter => ToggleHelp,
        KeyCode::Up | KeyCode::Char('k') => Up,
        KeyCode::Down | KeyCode::Char('j') => Down,
        KeyCode::PageUp => PageUp,
        KeyCode::PageDown => PageDown,
        KeyCode::Home | KeyCode::Char('g') => Top,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Category;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn ctrl_c_quits_in_every_mode() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for mode in [
            Mode::Normal,
            Mode::Search,
            Mode::Facet,
            Mode::Help,
            Mode::Present,
        ] {
            assert_eq!(action_for(ctrl_c, mode), Some(Action::Quit), "{mode:?}");
        }
    }

    #[test]
    fn letters_are_commands_in_normal_mode_and_text_in_search() {
        assert_eq!(
            action_for(key(KeyCode::Char('q')), Mode::Normal),
            Some(Action::Quit)
        );
        assert_eq!(
            action_for(key(KeyCode::Char('q')), Mode::Search),
            Some(Action::SearchInput('q'))
        );
        assert_eq!(
            action_for(key(KeyCode::Char('ш')), Mode::Search),
            Some(Action::SearchInput('ш'))
        );
    }

    #[test]
    fn esc_run_into_a_letter_while_searching_cancels_the_search() {
        let alt_q = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT);
        assert_eq!(action_for(alt_q, Mode::Search), Some(Action::SearchCancel));
    }

    #[test]
    fn digits_pick_tabs() {
        assert_eq!(
            action_for(key(KeyCode::Char('3')), Mode::Normal),
            Some(Action::GoTab(Tab::Records(Category::Investments)))
        );
        assert_eq!(action_for(key(KeyCode::Char('6')), Mode::Normal), None);
    }

    #[test]
    fn esc_means_back_clear_or_close_by_mode() {
        let esc = key(KeyCode::Esc);
        assert_eq!(action_for(esc, Mode::Normal), Some(Action::Back));
        assert_eq!(action_for(esc, Mode::Search), Some(Action::SearchCancel));
        assert_eq!(action_for(esc, Mode::Facet), Some(Action::FacetClear));
        assert_eq!(action_for(esc, Mode::Help), Some(Action::ToggleHelp));
        assert_eq!(action_for(esc, Mode::Present), Some(Action::PresentExit));
    }
}
