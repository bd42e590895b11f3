//! Small screens: every tab keeps its number on the bar, and the footer shows whole hints.

mod common;

use common::{app, keys};
use visit_dash::app::layout::tab_bar;
use visit_dash::app::{update, Action, Tab};
use visit_dash::cli::render::frame;
use visit_dash::data::Lang;

fn lines(app: &visit_dash::app::App) -> Vec<String> {
    frame(app).lines().map(str::to_string).collect()
}

#[test]
fn at_80x24_every_view_keeps_its_number_and_count_in_both_languages() {
    for lang in ["", "L"] {
        for tab in Tab::ALL {
            let mut app = app(80, 24);
            keys(&mut app, lang);
            update(&mut app, Action::GoTab(tab));
            let screen = lines(&app);
            let bar = &screen[1];
            for (i, t) in Tab::ALL.into_iter().enumerate() {
                assert!(
                    bar.contains(&(i + 1).to_string()),
                    "tab {} on {bar:?}",
                    i + 1
                );
                if let Some(c) = t.category() {
                    let count = format!(" {}", app.data().len(c));
                    assert!(bar.contains(&count), "count of {c:?} on {bar:?}");
                }
            }
            assert!(!bar.contains('…'), "a cut tab title: {bar:?}");
        }
    }
}

#[test]
fn the_footer_drops_whole_hints_and_keeps_help_and_quit() {
    for (w, h) in [(80, 24), (60, 15), (40, 10)] {
        for (lang, help, quit) in [("", "? help", "q quit"), ("L", "? справка", "q выход")]
        {
            let mut app = app(w, h);
            keys(&mut app, lang);
            keys(&mut app, "3");
            let screen = lines(&app);
            let footer = screen.last().expect("a footer");
            assert!(!footer.contains('…'), "a cut hint at {w}x{h}: {footer:?}");
            assert!(
                footer.contains(help) && footer.contains(quit),
                "{w}x{h}: {footer:?}"
            );
        }
    }
}

#[test]
fn at_60x15_every_tab_is_on_the_bar_and_reachable_by_its_number() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = app(60, 15);
        if lang == Lang::Ru {
            keys(&mut app, "L");
        }
        let bar = tab_bar(&app);
        assert_eq!(bar.titles.len(), Tab::ALL.len());
        let drawn = &lines(&app)[1];
        for (i, (tab, title)) in bar.titles.iter().enumerate() {
            assert!(drawn.contains(title.as_str()), "{title} on {drawn:?}");
            keys(&mut app, &(i + 1).to_string());
            assert_eq!(app.tab(), *tab);
        }
    }
}
