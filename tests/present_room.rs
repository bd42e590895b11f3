//! In front of the room: blanking the screen, the slide keys, one slide per agreement,
//! quotes in one language or two, legible sources, and slides too long for the screen.

use crossterm::event::KeyCode;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::Terminal;

use visit_dash::app::present::{Blank, Slide};
use visit_dash::app::{update, Action, App, Mode};
use visit_dash::data::{Category, Lang, Record};
use visit_dash::ui::frame_text::to_text;

mod common;
use common::{dataset, keys, press};

fn presenting(w: u16, h: u16, lang: Lang) -> App {
    let mut app = App::new(dataset());
    update(&mut app, Action::SetLang(lang));
    update(&mut app, Action::Resize(w, h));
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.mode(), Mode::Present);
    app
}

fn draw(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width(), app.height())).expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("drawing on a test terminal");
    terminal.backend().buffer().clone()
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn go_to(app: &mut App, pick: impl Fn(&Slide) -> bool) {
    let n = app
        .deck()
        .slides
        .iter()
        .position(pick)
        .expect("the deck has such a slide");
    keys(app, &(n + 1).to_string());
    press(app, KeyCode::Enter);
    assert_eq!(app.deck().current, n);
}

#[test]
fn b_blanks_black_w_white_and_any_key_brings_the_slide_back() {
    let mut app = presenting(80, 24, Lang::En);
    press(&mut app, KeyCode::Right);
    let slide = to_text(&draw(&app));
    for (key, blank, colour) in [
        ('b', Blank::Black, Color::Black),
        ('.', Blank::Black, Color::Black),
        ('w', Blank::White, Color::White),
    ] {
        press(&mut app, KeyCode::Char(key));
        assert_eq!(app.deck().blank, Some(blank), "{key}");
        let buf = draw(&app);
        for cell in buf.content() {
            assert_eq!(
                cell.symbol(),
                " ",
                "{key}: nothing is written on a blank screen"
            );
            assert_eq!(cell.bg, colour, "{key}");
        }
        // Any key, even one that would move, only brings the slide back.
        press(&mut app, KeyCode::Right);
        assert_eq!(app.deck().blank, None);
        assert_eq!(app.deck().current, 1, "the key that uncovered did not move");
        assert_eq!(to_text(&draw(&app)), slide);
    }
    // A key that means nothing else uncovers too.
    press(&mut app, KeyCode::Char('b'));
    press(&mut app, KeyCode::Char('x'));
    assert_eq!(app.deck().blank, None);
}

#[test]
fn question_mark_shows_the_slide_keys_from_the_key_table() {
    let mut app = presenting(100, 30, Lang::En);
    press(&mut app, KeyCode::Char('?'));
    assert!(app.deck().help);
    let screen = to_text(&draw(&app));
    for text in [
        "Slide keys",
        "next slide",
        "the slide index",
        "a number, then Enter: jump to that slide",
        "blank the screen black",
        "blank the screen white",
    ] {
        assert!(screen.contains(text), "{text:?} missing:\n{screen}");
    }
    press(&mut app, KeyCode::Char('j'));
    assert!(!app.deck().help, "any key closes the slide keys");
    assert_eq!(app.deck().current, 0, "and does nothing else");

    let mut app = presenting(100, 30, Lang::Ru);
    press(&mut app, KeyCode::Char('?'));
    let screen = to_text(&draw(&app));
    assert!(screen.contains("следующий слайд"), "{screen}");
}

#[test]
fn every_agreement_has_its_own_slide_with_status_place_and_source() {
    let d = dataset();
    let mut app = presenting(120, 40, Lang::En);
    for (r, rec) in d.records(Category::Agreements) {
        assert!(
            app.deck().slides.contains(&Slide::Record(r)),
            "{}",
            rec.id()
        );
        go_to(&mut app, |s| *s == Slide::Record(r));
        let screen = flat(&to_text(&draw(&app)));
        assert!(
            screen.contains(&flat(rec.title().get(Lang::En))),
            "{screen}"
        );
        if let Some(status) = rec.status().and_then(|s| d.status(s)) {
            assert!(
                screen.contains(&flat(status.name.get(Lang::En))),
                "{screen}"
            );
        }
        if let Some(place) = rec.place() {
            assert!(screen.contains(&flat(place.get(Lang::En))), "{screen}");
        }
        assert!(screen.contains("BAQ.KZ"), "{screen}");
    }
}

#[test]
fn quotes_show_one_language_unless_bilingual() {
    let d = dataset();
    let (r, q) = d
        .records(Category::Quotes)
        .find_map(|(r, rec)| match rec {
            Record::Quote(q) => Some((r, q.clone())),
            _ => None,
        })
        .expect("a quote");
    let ru_words = flat(&q.ru).chars().take(20).collect::<String>();
    let en_words = flat(&q.en).chars().take(20).collect::<String>();

    let mut app = presenting(160, 48, Lang::En);
    go_to(&mut app, |s| *s == Slide::Quote(r));
    let screen = flat(&to_text(&draw(&app)));
    assert!(screen.contains(&en_words), "{screen}");
    assert!(!screen.contains(&ru_words), "{screen}");

    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(160, 48));
    update(&mut app, Action::SetBilingual(true));
    press(&mut app, KeyCode::Char('p'));
    assert!(app.deck().bilingual, "a new deck keeps --bilingual");
    go_to(&mut app, |s| *s == Slide::Quote(r));
    let screen = flat(&to_text(&draw(&app)));
    assert!(
        screen.contains(&en_words) && screen.contains(&ru_words),
        "{screen}"
    );
}

#[test]
fn the_source_line_is_not_dim_grey_in_the_dark_theme() {
    let mut app = presenting(100, 30, Lang::En);
    press(&mut app, KeyCode::Right);
    assert!(matches!(app.deck().slides[1], Slide::Figure { .. }));
    let buf = draw(&app);
    let screen = to_text(&buf);
    let y = screen
        .lines()
        .position(|l| l.contains("BAQ.KZ"))
        .expect("a source line");
    let row: Vec<_> = (0..buf.area.width)
        .map(|x| &buf[(x, y as u16)])
        .filter(|c| c.symbol() != " ")
        .collect();
    assert!(!row.is_empty());
    for cell in row {
        assert_eq!(
            cell.fg,
            Color::Gray,
            "the source is light grey, not dark grey"
        );
    }
}

#[test]
fn a_quote_too_long_for_the_screen_continues_on_a_next_slide() {
    let d = dataset();
    let (r, q) = d
        .records(Category::Quotes)
        .filter_map(|(r, rec)| match rec {
            Record::Quote(q) => Some((r, q.clone())),
            _ => None,
        })
        .max_by_key(|(_, q)| q.en.len())
        .expect("a quote");
    // Both languages at 60x15: more than one screenful.
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(60, 15));
    update(&mut app, Action::SetBilingual(true));
    press(&mut app, KeyCode::Char('p'));
    go_to(&mut app, |s| *s == Slide::Quote(r));
    let n = app.deck().current;
    let mut seen = String::new();
    let first = to_text(&draw(&app));
    assert!(
        first.contains("… continued on the next slide (1/"),
        "the first screenful says more follows:\n{first}"
    );
    let pages = app.deck().pages.get();
    assert!(pages > 1);
    for page in 0..pages {
        assert_eq!(app.deck().page, page);
        assert_eq!(app.deck().current, n, "pages of one slide keep its number");
        let screen = to_text(&draw(&app));
        let body: Vec<&str> = screen.lines().collect();
        let text: Vec<&str> = body[..body.len() - 1]
            .iter()
            .copied()
            .filter(|l| !l.contains("continued"))
            .collect();
        seen.push(' ');
        seen.push_str(&text.join(" "));
        press(&mut app, KeyCode::Right);
    }
    assert_eq!(
        app.deck().current,
        n + 1,
        "after the last page comes the next slide"
    );
    assert!(
        flat(&seen).contains(&flat(&format!("“{}”", q.en)))
            && flat(&seen).contains(&flat(&format!("«{}»", q.ru))),
        "the whole quote is shown across the pages:\n{seen}"
    );
    // Back from the next slide, then back a page.
    press(&mut app, KeyCode::Left);
    assert_eq!((app.deck().current, app.deck().page), (n, 0));
}

#[test]
fn marked_records_make_the_deck_in_the_order_marked() {
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(120, 40));
    // Investments tab: mark the second, then the first; quotes tab: mark the first.
    press(&mut app, KeyCode::Char('3'));
    let tab = app.tab();
    press(&mut app, KeyCode::Down);
    let second = app.selected_record().expect("a second investment");
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Up);
    let first = app.selected_record().expect("a first investment");
    press(&mut app, KeyCode::Char('m'));
    press(&mut app, KeyCode::Char('5'));
    assert_ne!(app.tab(), tab);
    let quote = app.selected_record().expect("a quote");
    assert_eq!(quote.category, Category::Quotes);
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.deck().marks, vec![second, first, quote]);

    // The footer counts the marks; the table marks the rows.
    let screen = to_text(&draw(&app));
    let footer = screen.lines().last().unwrap_or_default();
    assert!(footer.contains("✓ 3 marked"), "{footer}");
    press(&mut app, KeyCode::Char('3'));
    let screen = to_text(&draw(&app));
    assert_eq!(
        screen.matches("✓ ").count(),
        3,
        "two rows and the footer:\n{screen}"
    );

    press(&mut app, KeyCode::Char('p'));
    assert_eq!(
        app.deck().slides,
        vec![
            Slide::Title,
            Slide::Record(second),
            Slide::Record(first),
            Slide::Quote(quote)
        ]
    );
    // Back in the dashboard the marks stay; unmarking one drops it from the next deck.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.deck().marks, vec![second, quote]);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('m'));
    assert_eq!(app.deck().marks, vec![quote]);
    press(&mut app, KeyCode::Char('5'));
    press(&mut app, KeyCode::Char('m'));
    assert!(app.deck().marks.is_empty());
    press(&mut app, KeyCode::Char('p'));
    assert!(
        app.deck().slides.len() > 4,
        "without marks, the deck is the whole view"
    );
}
