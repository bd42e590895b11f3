//! OSC 8 hyperlinks: the source addresses on screen are painted over as links through the
//! backend, after the frame, so no cell holds an escape and the text shown does not change;
//! `show` links its addresses only when asked (a terminal), never in plain text.

use crossterm::event::KeyCode;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::Terminal;

use visit_dash::app::{update, Action, App, Tab};
use visit_dash::cli::show;
use visit_dash::data::{Category, Lang};
use visit_dash::ui::frame_text::to_text;
use visit_dash::ui::links::{find, osc8, paint};

mod common;
use common::press;

/// What the backend writes, kept for the test to read.
#[derive(Clone, Default)]
struct Shared(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Strips escape sequences (CSI and OSC) from terminal output, leaving what shows.
fn visible(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\x1b' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('[') => {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
            Some(']') => {
                while let Some(c) = chars.next() {
                    if c == '\x1b' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn the_detail_pane_addresses_are_painted_as_links_and_the_text_stays() {
    let mut app = App::new(common::embedded());
    update(&mut app, Action::Resize(120, 40));
    update(&mut app, Action::GoTab(Tab::Records(Category::Investments)));
    press(&mut app, KeyCode::Enter);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("terminal");
    let frame = terminal
        .draw(|f| f.render_widget(&app, f.area()))
        .expect("draw");
    let buf = frame.buffer.clone();
    let screen = to_text(&buf);
    assert!(!screen.contains('\x1b'), "no cell holds an escape");

    let urls: Vec<&str> = app
        .data()
        .sources
        .iter()
        .filter_map(|s| s.url.as_deref())
        .collect();
    let links = find(&buf, &urls);
    assert!(
        !links.is_empty(),
        "the zoomed detail shows addresses:\n{screen}"
    );
    for link in &links {
        let shown: String = link.cells.iter().map(|(_, _, c)| c.symbol()).collect();
        assert!(
            link.url.starts_with(&shown),
            "{shown} is the start of {}",
            link.url
        );
        assert!(screen.contains(&shown));
    }
    let whole = links
        .iter()
        .find(|l| l.cells.len() == l.url.len())
        .expect("an address shown whole");

    let written = Shared::default();
    let mut backend = CrosstermBackend::new(written.clone());
    paint(&mut backend, std::slice::from_ref(whole)).expect("paint");
    let out = String::from_utf8(written.0.borrow().clone()).expect("utf-8");
    let open = format!("\x1b]8;;{}\x1b\\", whole.url);
    assert!(out.starts_with(&open), "{out:?}");
    assert!(out.ends_with("\x1b]8;;\x1b\\"), "{out:?}");
    assert_eq!(visible(out.as_bytes()), whole.url, "the same text, linked");
    // The cells are written back where they were.
    let (x, y, _) = whole.cells[0];
    assert!(
        out.contains(&format!("\x1b[{};{}H", y + 1, x + 1)),
        "{out:?}"
    );
}

#[test]
fn a_wrapped_address_is_linked_on_both_rows() {
    let mut app = App::new(common::embedded());
    // Narrow: the detail sits under the table and long addresses wrap.
    update(&mut app, Action::Resize(60, 40));
    update(&mut app, Action::GoTab(Tab::Records(Category::Investments)));
    press(&mut app, KeyCode::Enter);
    // Down the detail to its evidence, where the addresses are (related records follow it).
    let urls: Vec<String> = app
        .data()
        .sources
        .iter()
        .filter_map(|s| s.url.as_deref().map(str::to_string))
        .collect();
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    let mut terminal = Terminal::new(TestBackend::new(60, 40)).expect("terminal");
    let mut wrapped = None;
    let mut last = String::new();
    for _ in 0..200 {
        let frame = terminal
            .draw(|f| f.render_widget(&app, f.area()))
            .expect("draw");
        let buf = frame.buffer.clone();
        last = to_text(&buf);
        wrapped = find(&buf, &urls)
            .into_iter()
            .find(|l| l.cells.first().map(|c| c.1) != l.cells.last().map(|c| c.1));
        if wrapped.is_some() {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    let wrapped = wrapped.unwrap_or_else(|| panic!("no wrapped address in\n{last}"));
    let shown: String = wrapped.cells.iter().map(|(_, _, c)| c.symbol()).collect();
    assert_eq!(shown, wrapped.url);
}

#[test]
fn show_links_its_addresses_only_when_asked() {
    let d = common::embedded();
    let (_, rec) = d
        .all_records()
        .find(|(_, r)| r.evidence().len() > 1)
        .expect("a record");
    let url = rec
        .evidence()
        .iter()
        .find_map(|e| d.source(&e.source)?.url.clone())
        .expect("an address");
    let mut plain = Vec::new();
    show::run(&d, rec, false, Lang::En, false, &mut plain).expect("show");
    let plain = String::from_utf8(plain).expect("utf-8");
    assert!(!plain.contains('\x1b'));
    assert!(plain.contains(&format!("    {url}\n")));

    let mut linked = Vec::new();
    show::run(&d, rec, false, Lang::En, true, &mut linked).expect("show");
    let linked = String::from_utf8(linked).expect("utf-8");
    assert!(
        linked.contains(&format!("    {}\n", osc8(&url, &url))),
        "{linked}"
    );
    assert_eq!(visible(linked.as_bytes()), plain, "the same text");
}
