//! What the fuzz target does with one input, shared with `tests/fuzz_corpus.rs`, which runs
//! the seed corpus through it as an ordinary test.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use visit_dash::app::{update, Action, App, Mode, Tab};
use visit_dash::data::load::load_bytes;

/// Loads `bytes` as a dataset. A refusal must come with a message; a dataset that loads
/// is drawn on every tab at 80x24 and at 40x10, then a few characters taken from the input
/// are typed into the search, key by key, and every tab, the zoom, the facet popup and
/// the first slides are drawn again. Panics on any failure; returns whether it loaded.
pub fn load_render(bytes: &[u8]) -> bool {
    let data = match load_bytes("fuzz.json", bytes) {
        Ok(data) => data,
        Err(e) => {
            assert!(!e.to_string().is_empty(), "a refusal says why");
            return false;
        }
    };
    let mut app = App::new(data);
    for (w, h) in [(80, 24), (40, 10)] {
        update(&mut app, Action::Resize(w, h));
        for tab in Tab::ALL {
            update(&mut app, Action::GoTab(tab));
            draw(&app);
        }
    }
    update(&mut app, Action::SearchStart);
    for c in query(bytes) {
        update(&mut app, Action::SearchInput(c));
        draw(&app);
    }
    update(&mut app, Action::SearchAccept);
    for (w, h) in [(80, 24), (40, 10)] {
        update(&mut app, Action::Resize(w, h));
        for tab in Tab::ALL {
            update(&mut app, Action::GoTab(tab));
            draw(&app);
            if tab.category().is_some() {
                update(&mut app, Action::ToggleZoom);
                update(&mut app, Action::Bottom);
                draw(&app);
                update(&mut app, Action::ToggleZoom);
            }
        }
        update(&mut app, Action::FacetOpen);
        update(&mut app, Action::Down);
        draw(&app);
        update(&mut app, Action::FacetPick);
        draw(&app);
        update(&mut app, Action::GoTab(Tab::Overview));
        update(&mut app, Action::PresentStart);
        for _ in 0..3 {
            draw(&app);
            update(&mut app, Action::SlideNext);
        }
        update(&mut app, Action::SlideLast);
        draw(&app);
        update(&mut app, Action::PresentExit);
        assert_eq!(app.mode(), Mode::Normal);
    }
    true
}

/// Up to four characters of the input: letters and digits, from a place its length picks,
/// with a space before the last so queries of two words come up too.
fn query(bytes: &[u8]) -> Vec<char> {
    let text = String::from_utf8_lossy(bytes);
    let picked: Vec<char> = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .skip(bytes.len() % 31)
        .take(4)
        .collect();
    let mut out = picked.clone();
    if picked.len() == 4 {
        out.insert(3, ' ');
    }
    out
}

/// Draws `app` at its size; no cell may hold a control character.
fn draw(app: &App) {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width(), app.height())).expect("a test terminal");
    let frame = terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("a frame");
    for cell in frame.buffer.content() {
        assert!(
            !cell.symbol().contains(char::is_control),
            "a control character is drawn: {:?}",
            cell.symbol()
        );
    }
}
