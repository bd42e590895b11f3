//! Presentation mode: the deck built from what is on show, every slide drawn legibly at
//! the sizes a presenter meets (a laptop at 80x24, a projector at 100x30, a wide screen at
//! 200x60), the keys that move through it, and the command-line renderer of single slides.
//!
//! Expected text is derived from the dataset, never written out, so an edit of the data
//! does not need an edit here. Keys go through `action_for` (for the current mode) and then
//! `update`, as in `tests/ui.rs`.

use std::collections::BTreeSet;
use std::process::Command;
use visit_dash::cli::filters::FilterArgs;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

use visit_dash::app::present::{build, Slide};
use visit_dash::app::text::figure_text;
use visit_dash::app::{action_for, update, Action, App, Effect, Mode, Tab, ThemeName};
use visit_dash::cli::render::{app_for, frame, View};
use visit_dash::data::charts::{chart, ChartKind};
use visit_dash::data::{Category, Dataset, Lang, Record, RecordRef, Stage};
use visit_dash::ui::frame_text::to_text;
use visit_dash::ui::slides::{slide_title, MAX_WIDTH};
use visit_dash::ui::Theme;

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

mod common;
use common::{dataset, keys, press};

/// A fresh dashboard on the embedded dataset, sized `w` x `h`, in `lang`.
fn app(w: u16, h: u16, lang: Lang) -> App {
    let mut app = App::new(dataset());
    update(&mut app, Action::SetLang(lang));
    update(&mut app, Action::Resize(w, h));
    app
}

/// A dashboard that has just entered presentation mode with `p`.
fn presenting(w: u16, h: u16, lang: Lang) -> App {
    let mut app = app(w, h, lang);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.mode(), Mode::Present);
    assert_eq!(
        app.deck().current,
        0,
        "a new deck starts on its first slide"
    );
    app
}

/// The state `render --present --slide n` draws, built the way the command line builds it.
fn slide_app(view: &View, lang: Lang, n: usize, w: u16, h: u16) -> App {
    let view = View {
        slide: Some(n),
        ..view.clone()
    };
    let app = app_for(dataset(), lang, &view, w, h)
        .unwrap_or_else(|e| panic!("slide {n} of {view:?}: {e}"));
    assert_eq!(app.mode(), Mode::Present);
    assert_eq!(app.deck().current, n - 1, "the jump reached slide {n}");
    app
}

/// The whole deck `view` builds, without a filter or tab unless `view` sets one.
fn deck_of(view: &View, lang: Lang) -> Vec<Slide> {
    slide_app(view, lang, 1, 100, 30).deck().slides.clone()
}

/// Draws `app` on a test terminal of its own size and returns the buffer.
fn draw(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width(), app.height())).expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("drawing on a test terminal");
    terminal.backend().buffer().clone()
}

/// The slide shown now, 1-based, as the footer counts.
fn shown(app: &App) -> usize {
    app.deck().current + 1
}

/// Whitespace collapsed to single spaces: a phrase wrapped over several centred lines reads
/// as the phrase again, while a word cut in the middle does not.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The rows above the footer.
fn body(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    lines[..lines.len().saturating_sub(1)].join("\n")
}

fn footer(screen: &str) -> &str {
    screen.lines().last().unwrap_or_default()
}

/// A record's stage, from its status in the vocabulary.
fn stage_of(d: &Dataset, r: RecordRef) -> Option<Stage> {
    let rec = d.get(r)?;
    d.status(rec.status()?).map(|s| s.stage)
}

fn id_of(d: &Dataset, r: RecordRef) -> String {
    d.get(r).expect("the record exists").id().to_string()
}

/// The first `n` words of `text`.
fn first_words(text: &str, n: usize) -> String {
    text.split_whitespace()
        .take(n)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A slide's kind, for messages and snapshot names.
fn kind(slide: Slide) -> &'static str {
    match slide {
        Slide::Title => "title",
        Slide::Figure { .. } => "figure",
        Slide::Agreements(_) => "agreements",
        Slide::Record(r) if r.category == Category::Investments => "investment",
        Slide::Record(r) if r.category == Category::Corridors => "corridor",
        Slide::Record(_) => "record",
        Slide::Quote(_) => "quote",
        Slide::Chart(_) => "chart",
        Slide::Summary => "summary",
        Slide::Map => "map",
    }
}

/// The records a slide is about.
fn records_on(app: &App, slide: Slide) -> Vec<RecordRef> {
    let d = app.data();
    match slide {
        Slide::Title | Slide::Summary | Slide::Map | Slide::Chart(_) => Vec::new(),
        Slide::Figure { record, .. } | Slide::Record(record) | Slide::Quote(record) => {
            vec![record]
        }
        Slide::Agreements(stage) => app
            .list(Category::Agreements)
            .rows
            .iter()
            .map(|h| h.record)
            .filter(|r| stage_of(d, *r) == Some(stage))
            .collect(),
    }
}

/// The records on show in the deck's categories: every tab's list, or only the current
/// tab's when it is one category.
fn records_shown(app: &App) -> Vec<RecordRef> {
    Category::ALL
        .into_iter()
        .filter(|c| app.tab().category().is_none_or(|t| t == *c))
        .flat_map(|c| app.list(c).rows.iter().map(|h| h.record))
        .collect()
}

/// The texts a reader must find on the slide `app` shows, taken from the dataset.
fn key_texts(app: &App, slide: Slide) -> Vec<String> {
    let (d, lang) = (app.data(), app.lang());
    let title = |r: RecordRef| d.get(r).expect("record").title().get(lang).to_string();
    match slide {
        Slide::Title => vec![d.visit.title.get(lang).to_string()],
        Slide::Figure { record, figure } => {
            let f = &d.get(record).expect("record").figures()[figure];
            vec![
                figure_text(f, lang),
                f.label.get(lang).to_string(),
                title(record),
            ]
        }
        Slide::Agreements(_) => records_on(app, slide).into_iter().map(title).collect(),
        Slide::Record(r) => vec![title(r)],
        Slide::Quote(r) => {
            let Some(Record::Quote(q)) = d.get(r) else {
                panic!("a quote slide on a record that is not a quote");
            };
            // Each language in its own quotation marks.
            let opening = match lang {
                Lang::En => format!("“{}", first_words(&q.en, 5)),
                Lang::Ru => format!("«{}", first_words(&q.ru, 5)),
            };
            vec![q.topic.get(lang).to_string(), opening]
        }
        // What a chart must show is checked against the dataset in `tests/charts.rs`.
        Slide::Chart(kind) => vec![kind.title(lang).to_string()],
        Slide::Summary => records_shown(app)
            .into_iter()
            .filter(|r| stage_of(d, *r).is_some())
            .map(title)
            .collect(),
        // The title, and the place most records on show sit at, named at every size.
        Slide::Map => {
            let places = visit_dash::app::map_places::map_places(app);
            let top = places.iter().max_by_key(|m| m.count).expect("a place");
            let name = d.vocabulary.places[top.place].name.get(lang).to_string();
            vec![
                visit_dash::words::say(visit_dash::words::W::MapSlideTitle, lang).to_string(),
                name,
            ]
        }
    }
}

/// The first slide of `deck` that `pick` accepts, 1-based.
fn find_slide(deck: &[Slide], pick: impl Fn(&Slide) -> bool) -> usize {
    deck.iter()
        .position(pick)
        .map(|i| i + 1)
        .expect("a slide of that kind in the deck")
}

/// The first slide of each kind the snapshots show, 1-based, with its name.
fn one_of_each_kind(deck: &[Slide]) -> Vec<(&'static str, usize)> {
    vec![
        ("title", find_slide(deck, |s| *s == Slide::Title)),
        (
            "figure",
            find_slide(deck, |s| matches!(s, Slide::Figure { .. })),
        ),
        (
            "agreements",
            find_slide(deck, |s| matches!(s, Slide::Agreements(_))),
        ),
        (
            "investment",
            find_slide(
                deck,
                |s| matches!(s, Slide::Record(r) if r.category == Category::Investments),
            ),
        ),
        (
            "corridor",
            find_slide(
                deck,
                |s| matches!(s, Slide::Record(r) if r.category == Category::Corridors),
            ),
        ),
        ("quote", find_slide(deck, |s| matches!(s, Slide::Quote(_)))),
        ("summary", find_slide(deck, |s| *s == Slide::Summary)),
    ]
}

/// The columns a slide's content may use: a block of at most `MAX_WIDTH`, two columns in
/// from each edge, centred.
fn content_columns(w: u16) -> (u16, u16) {
    let width = w.saturating_sub(4).min(MAX_WIDTH);
    let left = (w - width) / 2;
    (left, left + width)
}

/// The leftmost and rightmost columns with something drawn, over the rows above the footer.
fn drawn_columns(buf: &Buffer) -> Option<(u16, u16)> {
    let area = buf.area;
    let mut span: Option<(u16, u16)> = None;
    for y in area.top()..area.bottom().saturating_sub(1) {
        for x in area.left()..area.right() {
            let symbol = buf[(x, y)].symbol();
            if symbol.trim().is_empty() {
                continue;
            }
            let right = x + (UnicodeWidthStr::width(symbol).max(1) as u16) - 1;
            span = Some(match span {
                None => (x, right),
                Some((l, r)) => (l.min(x), r.max(right)),
            });
        }
    }
    span
}

/// Everything a slide must show, checked on `app` as it stands.
fn assert_legible(app: &App, what: &str) {
    let (w, h) = (app.width(), app.height());
    let slide = app.deck().slides[app.deck().current];
    let total = app.deck().slides.len();
    let buf = draw(app);
    let screen = to_text(&buf);
    assert_eq!(
        screen,
        frame(app),
        "{what}: the renderer draws the same frame"
    );
    assert_eq!(screen.lines().count(), usize::from(h), "{what}: rows");
    for (y, line) in screen.lines().enumerate() {
        let lw = UnicodeWidthStr::width(line);
        assert!(
            lw <= usize::from(w),
            "{what}: row {y} is {lw} columns wide\n{screen}"
        );
    }
    let counter = format!("{} / {total}", shown(app));
    assert!(
        footer(&screen).ends_with(&counter),
        "{what}: the footer should end with {counter:?}: {:?}",
        footer(&screen)
    );
    let text = flat(&body(&screen));
    for needle in key_texts(app, slide) {
        assert!(
            text.contains(&flat(&needle)),
            "{what}: {needle:?} is not on the slide whole\n{screen}"
        );
    }
    if matches!(slide, Slide::Title | Slide::Figure { .. }) {
        assert!(
            body(&screen).contains('█'),
            "{what}: the big figure is not drawn\n{screen}"
        );
    }
    let (left, right) = content_columns(w);
    let (l, r) = drawn_columns(&buf).unwrap_or_else(|| panic!("{what}: an empty slide"));
    assert!(
        l >= left && r < right,
        "{what}: content spans columns {l}..={r}, outside the block {left}..{right}\n{screen}"
    );
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

#[test]
fn each_kind_of_slide_at_80x24_and_160x48() {
    let deck = deck_of(&View::default(), Lang::En);
    for (name, n) in one_of_each_kind(&deck) {
        for (w, h) in [(80, 24), (160, 48)] {
            let app = slide_app(&View::default(), Lang::En, n, w, h);
            assert_eq!(kind(app.deck().slides[n - 1]), name);
            assert_legible(&app, &format!("{name} at {w}x{h}"));
            insta::assert_snapshot!(format!("slide_{name}_{w}x{h}"), frame(&app));
        }
    }
}

#[test]
fn russian_title_and_quote_at_80x24() {
    let deck = deck_of(&View::default(), Lang::Ru);
    for (name, n) in [
        ("title", find_slide(&deck, |s| *s == Slide::Title)),
        ("quote", find_slide(&deck, |s| matches!(s, Slide::Quote(_)))),
    ] {
        let app = slide_app(&View::default(), Lang::Ru, n, 80, 24);
        assert_legible(&app, &format!("Russian {name}"));
        insta::assert_snapshot!(format!("slide_{name}_ru_80x24"), frame(&app));
    }
}

/// The whole deck at 100x30 as one text, slide after slide.
fn deck_text(app: &mut App) -> String {
    let total = app.deck().slides.len();
    press(app, KeyCode::Home);
    let mut out = String::new();
    for n in 1..=total {
        assert_eq!(shown(app), n);
        let slide = app.deck().slides[app.deck().current];
        out.push_str(&format!(
            "──── slide {n} of {total}: {} ────\n",
            kind(slide)
        ));
        out.push_str(&frame(app));
        press(app, KeyCode::Right);
    }
    out
}

#[test]
fn whole_deck_at_100x30() {
    let mut app = presenting(100, 30, Lang::En);
    insta::assert_snapshot!("deck_100x30", deck_text(&mut app));
}

/// Draws every slide of the deck at 100x30 in `theme`, with the index closed and open,
/// and hands each buffer to `check`. Returns the text of the deck.
fn each_slide_in(theme: ThemeName, check: impl Fn(&Buffer, &str)) -> String {
    let mut app = presenting(100, 30, Lang::En);
    update(&mut app, Action::SetTheme(theme));
    let text = deck_text(&mut app);
    press(&mut app, KeyCode::Home);
    for n in 1..=app.deck().slides.len() {
        check(&draw(&app), &format!("{theme:?} slide {n}"));
        press(&mut app, KeyCode::Char('i'));
        check(&draw(&app), &format!("{theme:?} slide {n} with the index"));
        press(&mut app, KeyCode::Char('i'));
        press(&mut app, KeyCode::Right);
    }
    text
}

#[test]
fn high_contrast_deck_uses_black_and_white_only() {
    let dark = {
        let mut app = presenting(100, 30, Lang::En);
        deck_text(&mut app)
    };
    let allowed = [Color::Black, Color::White, Color::Reset];
    let text = each_slide_in(ThemeName::HighContrast, |buf, what| {
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let c = &buf[(x, y)];
                assert!(
                    allowed.contains(&c.fg) && allowed.contains(&c.bg),
                    "{what}: ({x}, {y}) {:?} is {:?} on {:?}",
                    c.symbol(),
                    c.fg,
                    c.bg
                );
                if !c.symbol().trim().is_empty() {
                    assert_ne!(c.fg, c.bg, "{what}: invisible text at ({x}, {y})");
                }
            }
        }
    });
    // A theme changes colours, never what is drawn where.
    assert_eq!(text, dark);
}

#[test]
fn light_deck_is_drawn_on_white() {
    let light = Theme::get(ThemeName::Light);
    assert_eq!(light.base.bg, Some(Color::White));
    let counter_bg = light.tab_active.bg.expect("the counter has a background");
    let dark = {
        let mut app = presenting(100, 30, Lang::En);
        deck_text(&mut app)
    };
    let selected_bg = light.selected.bg.expect("the selection has a background");
    let text = each_slide_in(ThemeName::Light, |buf, what| {
        let footer = buf.area.bottom() - 1;
        let mut counter_cells = 0;
        let mut selected_rows = BTreeSet::new();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let c = &buf[(x, y)];
                if y == footer && c.bg == counter_bg {
                    counter_cells += 1;
                } else if y < footer && c.bg == selected_bg && what.ends_with("index") {
                    // The current slide's row of the index.
                    selected_rows.insert(y);
                } else {
                    assert_eq!(
                        c.bg,
                        Color::White,
                        "{what}: ({x}, {y}) {:?} is off the white background",
                        c.symbol()
                    );
                }
                if !c.symbol().trim().is_empty() {
                    assert_ne!(c.fg, c.bg, "{what}: invisible text at ({x}, {y})");
                    assert_ne!(c.fg, Color::Reset, "{what}: ({x}, {y}) has no colour set");
                }
            }
        }
        assert!(counter_cells > 0, "{what}: the counter is not highlighted");
        assert!(
            selected_rows.len() <= 1,
            "{what}: rows {selected_rows:?} highlighted"
        );
    });
    assert_eq!(text, dark);
}

// ---------------------------------------------------------------------------------------
// Legibility of every slide
// ---------------------------------------------------------------------------------------

fn assert_deck_legible(w: u16, h: u16, lang: Lang) {
    let mut app = presenting(w, h, lang);
    let total = app.deck().slides.len();
    for n in 1..=total {
        assert_eq!(shown(&app), n);
        let slide = app.deck().slides[app.deck().current];
        assert_legible(
            &app,
            &format!("{lang:?} {w}x{h} slide {n} ({})", kind(slide)),
        );
        press(&mut app, KeyCode::Right);
    }
}

#[test]
fn every_slide_is_legible_at_80x24() {
    assert_deck_legible(80, 24, Lang::En);
}

#[test]
fn every_slide_is_legible_at_100x30() {
    assert_deck_legible(100, 30, Lang::En);
}

#[test]
fn every_slide_is_legible_and_centred_at_200x60() {
    assert_deck_legible(200, 60, Lang::En);
    // The block is 100 columns, centred: 50 blank columns either side.
    assert_eq!(content_columns(200), (50, 150));
}

#[test]
fn every_russian_slide_is_legible_at_80x24() {
    assert_deck_legible(80, 24, Lang::Ru);
}

#[test]
fn a_wide_screen_centres_the_text_of_centred_slides() {
    let mut app = presenting(200, 60, Lang::En);
    for n in 1..=app.deck().slides.len() {
        let slide = app.deck().slides[app.deck().current];
        if matches!(slide, Slide::Title | Slide::Figure { .. } | Slide::Quote(_)) {
            let buf = draw(&app);
            let (l, r) = drawn_columns(&buf).expect("something drawn");
            let (left, right) = (l, buf.area.width - 1 - r);
            assert!(
                left.abs_diff(right) <= 2,
                "slide {n} ({}): margins {left} and {right}\n{}",
                kind(slide),
                to_text(&buf)
            );
        }
        press(&mut app, KeyCode::Right);
    }
}

// ---------------------------------------------------------------------------------------
// Building the deck
// ---------------------------------------------------------------------------------------

#[test]
fn full_deck_holds_every_kind_in_order() {
    let d = dataset();
    let deck = deck_of(&View::default(), Lang::En);

    let mut expected = vec![Slide::Title];
    for c in Category::ALL {
        for (r, rec) in d.records(c) {
            expected
                .extend((0..rec.figures().len()).map(|figure| Slide::Figure { record: r, figure }));
        }
    }
    let stages: BTreeSet<Stage> = d
        .records(Category::Agreements)
        .filter_map(|(r, _)| stage_of(&d, r))
        .collect();
    for stage in [Stage::Achieved, Stage::Underway, Stage::Intended] {
        if stages.contains(&stage) {
            expected.push(Slide::Agreements(stage));
        }
    }
    // Every agreement gets a slide of its own, after the groups.
    expected.extend(
        d.records(Category::Agreements)
            .map(|(r, _)| Slide::Record(r)),
    );
    expected.extend(
        d.records(Category::Investments)
            .map(|(r, _)| Slide::Record(r)),
    );
    expected.extend(
        d.records(Category::Corridors)
            .map(|(r, _)| Slide::Record(r)),
    );
    expected.extend(d.records(Category::Quotes).map(|(r, _)| Slide::Quote(r)));
    // The map comes before the summary when some record sits at a place.
    let placed = Category::ALL
        .into_iter()
        .flat_map(|c| d.records(c))
        .any(|(_, rec)| !rec.places().is_empty());
    if placed {
        expected.push(Slide::Map);
    }
    // The charts that have something to show, in their order.
    let every: Vec<RecordRef> = d.all_records().map(|(r, _)| r).collect();
    let charts: Vec<Slide> = ChartKind::ALL
        .into_iter()
        .filter(|k| !chart(&d, &every, *k, Lang::En).is_empty())
        .map(Slide::Chart)
        .collect();
    assert!(charts.contains(&Slide::Chart(ChartKind::Stage)));
    expected.extend(charts.iter().copied());
    expected.push(Slide::Summary);
    assert_eq!(deck, expected);

    // The dataset has something of each kind, so the comparison above covers them all.
    let figures = Category::ALL
        .into_iter()
        .flat_map(|c| d.records(c))
        .map(|(_, rec)| rec.figures().len())
        .sum::<usize>();
    assert!(figures > 0 && !stages.is_empty());
    assert_eq!(
        deck.len(),
        2 + usize::from(placed)
            + figures
            + charts.len()
            + stages.len()
            + d.agreements.len()
            + d.investments.len()
            + d.corridors.len()
            + d.quotes.len()
    );
    assert_eq!(deck.first(), Some(&Slide::Title));
    assert_eq!(deck.last(), Some(&Slide::Summary));
    assert_eq!(
        deck.iter().filter(|s| **s == Slide::Title).count()
            + deck.iter().filter(|s| **s == Slide::Summary).count(),
        2
    );

    // `p` in the dashboard builds the same deck as the command line.
    assert_eq!(presenting(120, 40, Lang::En).deck().slides, deck);
}

#[test]
fn only_stages_present_get_an_agreement_group() {
    // With a sector filter only some stages are left among the agreements.
    let d = dataset();
    for sector in d.vocabulary.sectors.iter().map(|s| s.id.to_string()) {
        let view = View {
            filters: FilterArgs {
                sector: vec![sector.clone()],
                ..FilterArgs::default()
            },
            ..View::default()
        };
        let app = slide_app(&view, Lang::En, 1, 100, 30);
        let stages: BTreeSet<Stage> = app
            .list(Category::Agreements)
            .rows
            .iter()
            .filter_map(|h| stage_of(&d, h.record))
            .collect();
        let groups: Vec<Stage> = app
            .deck()
            .slides
            .iter()
            .filter_map(|s| match s {
                Slide::Agreements(stage) => Some(*stage),
                _ => None,
            })
            .collect();
        assert_eq!(
            groups,
            stages.into_iter().collect::<Vec<_>>(),
            "sector {sector}: one group per stage present, in stage order"
        );
    }
}

#[test]
fn investments_tab_deck_holds_only_investments() {
    let view = View {
        tab: Some(Tab::Records(Category::Investments)),
        ..View::default()
    };
    let deck = deck_of(&view, Lang::En);
    let d = dataset();
    assert_eq!(deck.first(), Some(&Slide::Title));
    assert_eq!(deck.last(), Some(&Slide::Summary));
    let middle = &deck[1..deck.len() - 1];
    let figures: usize = d
        .records(Category::Investments)
        .map(|(_, rec)| rec.figures().len())
        .sum();
    let charts = middle
        .iter()
        .filter(|s| matches!(s, Slide::Chart(_)))
        .count();
    assert_eq!(middle.len(), d.investments.len() + figures + charts);
    for s in middle {
        match s {
            // Charts of the investments alone.
            Slide::Chart(_) => {}
            Slide::Record(r) | Slide::Figure { record: r, .. } => {
                assert_eq!(r.category, Category::Investments, "{s:?}")
            }
            other => panic!("{other:?} in a deck of investments"),
        }
    }
    // The summary there counts investments only.
    let n = deck.len();
    let app = slide_app(&view, Lang::En, n, 100, 30);
    let screen = frame(&app);
    for (r, rec) in d.all_records() {
        if stage_of(&d, r).is_none() {
            continue;
        }
        let title = rec.title().en.as_str();
        assert_eq!(
            flat(&screen).contains(title),
            r.category == Category::Investments,
            "{title} on the summary of investments\n{screen}"
        );
    }
}

/// Every record a slide of `deck` is about, as ids.
fn ids_on(app: &App) -> BTreeSet<String> {
    app.deck()
        .slides
        .iter()
        .flat_map(|s| records_on(app, *s))
        .map(|r| id_of(app.data(), r))
        .collect()
}

/// The ids of the records each tab's list shows.
fn ids_listed(app: &App) -> BTreeSet<String> {
    Category::ALL
        .into_iter()
        .flat_map(|c| app.list(c).rows.iter().map(|h| h.record))
        .map(|r| id_of(app.data(), r))
        .collect()
}

#[test]
fn a_search_deck_holds_only_matching_records() {
    let view = View {
        search: Some("sinopek".into()),
        ..View::default()
    };
    let app = slide_app(&view, Lang::En, 1, 100, 30);
    let full = deck_of(&View::default(), Lang::En);
    let on_slides = ids_on(&app);
    let listed = ids_listed(&app);
    assert!(
        on_slides.contains("inv-atyrau-polyethylene"),
        "the Sinopec plant: {on_slides:?}"
    );
    assert!(on_slides.is_subset(&listed), "{on_slides:?} vs {listed:?}");
    // Each one mentions Sinopec, in either language.
    for id in &on_slides {
        let (r, _) = app
            .data()
            .all_records()
            .find(|(_, rec)| rec.id() == id.as_str())
            .expect("record");
        let text = [Lang::En, Lang::Ru]
            .map(|l| visit_dash::app::text::record_text(app.data(), r, l).to_lowercase())
            .join("\n");
        assert!(
            text.contains("sinopec") || text.contains("синопек"),
            "{id} does not mention Sinopec"
        );
    }
    assert!(app.deck().slides.len() < full.len());
    assert!(app.deck().slides.iter().all(|s| full.contains(s)));
    assert_eq!(app.deck().slides.first(), Some(&Slide::Title));
    assert_eq!(app.deck().slides.last(), Some(&Slide::Summary));
}

#[test]
fn a_sector_deck_holds_only_records_of_that_sector() {
    let view = View {
        filters: FilterArgs {
            sector: vec!["energy".into()],
            ..FilterArgs::default()
        },
        ..View::default()
    };
    let app = slide_app(&view, Lang::En, 1, 100, 30);
    let d = app.data();
    let on_slides = ids_on(&app);
    assert!(!on_slides.is_empty());
    for (r, rec) in d.all_records() {
        let energy = rec.sectors().iter().any(|s| s.as_str() == "energy");
        let has_slide = !rec.figures().is_empty()
            || matches!(
                r.category,
                Category::Investments | Category::Corridors | Category::Quotes
            )
            || stage_of(d, r).is_some();
        assert_eq!(
            on_slides.contains(rec.id()),
            energy && has_slide,
            "{} (energy: {energy})",
            rec.id()
        );
    }
}

#[test]
fn a_search_that_matches_nothing_leaves_title_and_summary() {
    let view = View {
        search: Some("zzzzqqqqxxxx".into()),
        ..View::default()
    };
    let app = slide_app(&view, Lang::En, 2, 80, 24);
    assert_eq!(app.deck().slides, vec![Slide::Title, Slide::Summary]);
    // The empty summary still draws, with zero in each stage.
    assert_legible(&app, "empty summary");
}

#[test]
fn every_record_on_show_is_on_some_slide() {
    let app = presenting(100, 30, Lang::En);
    let missing: Vec<String> = ids_listed(&app)
        .difference(&ids_on(&app))
        .cloned()
        .collect();
    assert!(
        missing.is_empty(),
        "records on the dashboard but in no slide: {missing:?}"
    );
}

// ---------------------------------------------------------------------------------------
// Keys
// ---------------------------------------------------------------------------------------

#[test]
fn next_and_previous_keys_move_one_slide() {
    let mut app = presenting(100, 30, Lang::En);
    for (code, to) in [
        (KeyCode::Right, 2),
        (KeyCode::Char(' '), 3),
        (KeyCode::PageDown, 4),
        (KeyCode::Char('l'), 5),
        (KeyCode::Char('j'), 6),
        (KeyCode::Down, 7),
        (KeyCode::Left, 6),
        (KeyCode::PageUp, 5),
        (KeyCode::Backspace, 4),
        (KeyCode::Char('h'), 3),
        (KeyCode::Char('k'), 2),
        (KeyCode::Up, 1),
    ] {
        assert_eq!(press(&mut app, code), Effect::Redraw);
        assert_eq!(shown(&app), to, "after {code:?}");
        assert_eq!(app.mode(), Mode::Present);
    }
}

#[test]
fn moving_stops_at_both_ends_without_wrapping() {
    let mut app = presenting(100, 30, Lang::En);
    let total = app.deck().slides.len();
    // Previous on the first slide stays there: it does not wrap to the last.
    for code in [KeyCode::Left, KeyCode::Char('h'), KeyCode::PageUp] {
        press(&mut app, code);
        assert_eq!(shown(&app), 1, "{code:?} on the first slide");
    }
    press(&mut app, KeyCode::End);
    assert_eq!(shown(&app), total);
    // Next on the last slide stays there: it does not wrap to the first.
    for code in [KeyCode::Right, KeyCode::Char(' '), KeyCode::PageDown] {
        press(&mut app, code);
        assert_eq!(shown(&app), total, "{code:?} on the last slide");
    }
    assert!(frame(&app).ends_with(&format!("{total} / {total}\n")));
}

#[test]
fn first_and_last_keys() {
    let mut app = presenting(100, 30, Lang::En);
    let total = app.deck().slides.len();
    for (code, to) in [
        (KeyCode::Char('G'), total),
        (KeyCode::Char('g'), 1),
        (KeyCode::End, total),
        (KeyCode::Home, 1),
    ] {
        press(&mut app, code);
        assert_eq!(shown(&app), to, "after {code:?}");
    }
}

#[test]
fn typing_a_number_then_enter_jumps_to_it() {
    let mut app = presenting(100, 30, Lang::En);
    assert!(app.deck().slides.len() >= 12, "the deck has a slide 12");
    keys(&mut app, "12");
    assert_eq!(shown(&app), 1, "digits alone do not move");
    assert_eq!(app.deck().jump, "12");
    let screen = frame(&app);
    assert!(
        footer(&screen).ends_with("→ 12"),
        "the footer shows the number being typed: {:?}",
        footer(&screen)
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), 12);
    assert_eq!(app.deck().jump, "");
    let total = app.deck().slides.len();
    assert!(frame(&app).ends_with(&format!("12 / {total}\n")));
}

#[test]
fn a_number_past_the_end_jumps_to_the_last_slide() {
    let mut app = presenting(100, 30, Lang::En);
    let total = app.deck().slides.len();
    keys(&mut app, &(total + 1).to_string());
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), total);

    press(&mut app, KeyCode::Home);
    keys(&mut app, "99999");
    assert_eq!(app.deck().jump, "9999", "at most four digits are kept");
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), total);

    // Zero is before the first slide.
    keys(&mut app, "0");
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), 1);

    // Enter with nothing typed stays put.
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), 2);
}

#[test]
fn moving_drops_a_half_typed_number() {
    let mut app = presenting(100, 30, Lang::En);
    keys(&mut app, "7");
    press(&mut app, KeyCode::Right);
    assert_eq!(app.deck().jump, "");
    assert_eq!(shown(&app), 2);
    press(&mut app, KeyCode::Enter);
    assert_eq!(shown(&app), 2, "the dropped number is not used later");
}

#[test]
fn esc_clears_the_number_then_closes_the_index_then_leaves() {
    let mut app = presenting(100, 30, Lang::En);
    press(&mut app, KeyCode::Right);
    keys(&mut app, "1i");
    assert_eq!((app.deck().jump.as_str(), app.deck().index), ("1", true));

    press(&mut app, KeyCode::Esc);
    assert_eq!((app.deck().jump.as_str(), app.deck().index), ("", true));
    assert_eq!(app.mode(), Mode::Present);
    assert_eq!(shown(&app), 2, "Esc does not move");

    press(&mut app, KeyCode::Esc);
    assert!(!app.deck().index);
    assert_eq!(app.mode(), Mode::Present);

    press(&mut app, KeyCode::Esc);
    assert_eq!(app.mode(), Mode::Normal);
    assert!(!app.quit());
    let screen = frame(&app);
    assert!(
        screen.contains("The visit") && screen.contains("Outcomes"),
        "the dashboard is back:\n{screen}"
    );
}

#[test]
fn p_leaves_and_enters_again_from_the_start() {
    let mut app = presenting(100, 30, Lang::En);
    keys(&mut app, "lll");
    assert_eq!(shown(&app), 4);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.mode(), Mode::Normal);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.mode(), Mode::Present);
    assert_eq!(shown(&app), 1, "a new presentation starts at the title");
    assert!(!app.deck().index && app.deck().jump.is_empty());

    // Like Esc, `p` first drops a half-typed number.
    keys(&mut app, "3p");
    assert_eq!(app.mode(), Mode::Present);
    press(&mut app, KeyCode::Char('p'));
    assert_eq!(app.mode(), Mode::Normal);
}

#[test]
fn the_index_lists_slides_and_moves_the_current_one() {
    // Tall enough for every slide's row: the deck has one slide per agreement.
    let mut app = presenting(100, 60, Lang::En);
    press(&mut app, KeyCode::Char('i'));
    assert!(app.deck().index);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Up);
    assert_eq!(shown(&app), 2, "Up and Down move the current slide");
    assert!(app.deck().index, "moving keeps the index open");

    let buf = draw(&app);
    let screen = to_text(&buf);
    assert!(screen.contains("Slides:"), "the index is open:\n{screen}");
    // Every slide's row is there, numbered, and the current one is highlighted.
    let selected = Theme::get(app.theme()).selected;
    for (i, s) in app.deck().slides.iter().enumerate() {
        let name: String = slide_title(&app, *s).chars().take(30).collect();
        let row = format!("{:>3}  {name}", i + 1);
        let y = screen
            .lines()
            .position(|l| l.contains(&row))
            .unwrap_or_else(|| panic!("{row:?} is not in the index\n{screen}"));
        let line = screen.lines().nth(y).expect("row");
        // Columns, not bytes: the border and the titles hold multi-byte characters.
        let x = line[..line.find(&row).expect("row")].chars().count() as u16;
        let cell = &buf[(x + 3 + 2, y as u16)];
        assert_eq!(
            cell.bg == selected.bg.expect("a selection colour"),
            i == app.deck().current,
            "row {row:?}"
        );
    }

    press(&mut app, KeyCode::Enter);
    assert!(!app.deck().index, "Enter closes the index");
    assert_eq!(shown(&app), 2, "on the slide chosen");
    assert!(!frame(&app).contains("Slides:"));

    // A number typed in the index jumps there and closes it.
    keys(&mut app, "i5");
    press(&mut app, KeyCode::Enter);
    assert_eq!((shown(&app), app.deck().index), (5, false));
}

#[test]
fn the_index_fills_its_box_at_the_last_slide() {
    let mut app = presenting(80, 24, Lang::En);
    press(&mut app, KeyCode::End);
    press(&mut app, KeyCode::Char('i'));
    let screen = frame(&app);
    let total = app.deck().slides.len();
    let rows = screen
        .lines()
        .filter(|l| {
            let t = l.trim_start_matches([' ', '│']).trim_start();
            t.split_whitespace()
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .is_some_and(|n| (1..=total).contains(&n))
        })
        .count();
    // The box stands in the rows above the footer less one at the top and bottom, and
    // holds a row per slide inside its border. The deck has more slides than that, so a
    // full box is expected: the slides before the last fill the rows above it.
    let room = usize::from(app.height() - 1 - 2 - 2);
    assert!(total > room);
    assert_eq!(rows, room, "rows of the index in use\n{screen}");
}

#[test]
fn q_quits_from_a_slide() {
    let mut app = presenting(100, 30, Lang::En);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit());
}

#[test]
fn t_and_l_change_theme_and_language_without_leaving_the_slide() {
    let mut app = presenting(100, 30, Lang::En);
    let quote = find_slide(&app.deck().slides, |s| matches!(s, Slide::Quote(_)));
    keys(&mut app, &quote.to_string());
    press(&mut app, KeyCode::Enter);
    let slides = app.deck().slides.clone();

    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.theme(), ThemeName::Light);
    assert_eq!((app.mode(), shown(&app)), (Mode::Present, quote));

    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.lang(), Lang::Ru);
    assert_eq!((app.mode(), shown(&app)), (Mode::Present, quote));
    assert_eq!(app.deck().slides, slides, "the deck stays the same");
    // The same quote, now in Russian.
    assert_legible(&app, "the quote after L");

    press(&mut app, KeyCode::Char('L'));
    assert_eq!(app.lang(), Lang::En);
    assert_legible(&app, "the quote after L twice");
}

#[test]
fn dashboard_keys_mean_nothing_on_a_slide() {
    // Keys of the dashboard that mean nothing on a slide only wake a blanked slide; on a
    // slide in view they change nothing.
    let mut app = presenting(100, 30, Lang::En);
    press(&mut app, KeyCode::Right);
    let before = (app.deck().clone(), app.mode(), app.query().to_string());
    for code in [KeyCode::Char('/'), KeyCode::Char('s'), KeyCode::Tab] {
        let event = KeyEvent::new(code, KeyModifiers::NONE);
        assert_eq!(
            action_for(event, Mode::Present),
            Some(Action::SlideWake),
            "{code:?}"
        );
        press(&mut app, code);
        assert_eq!(
            (app.deck().clone(), app.mode(), app.query().to_string()),
            before
        );
    }
}

// ---------------------------------------------------------------------------------------
// The command line
// ---------------------------------------------------------------------------------------

fn render(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_visit-dash"))
        .arg("render")
        .arg("--data")
        .arg(common::interview())
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("run visit-dash")
}

#[test]
fn render_refuses_a_slide_outside_the_deck() {
    let total = deck_of(&View::default(), Lang::En).len();
    for slide in ["0", "999"] {
        let out = render(&["--present", "--slide", slide, "--size", "80x24"]);
        assert_eq!(out.status.code(), Some(2), "--slide {slide}");
        assert!(out.stdout.is_empty(), "--slide {slide} printed a frame");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&format!("no slide {slide}")) && err.contains(&format!("1 to {total}")),
            "--slide {slide}: {err}"
        );
    }
}

#[test]
fn render_draws_the_same_slide_as_the_library() {
    let view = View {
        tab: Some(Tab::Records(Category::Investments)),
        theme: ThemeName::Light,
        ..View::default()
    };
    let app = slide_app(&view, Lang::Ru, 2, 100, 30);
    let out = render(&[
        "--present",
        "--slide",
        "2",
        "--size",
        "100x30",
        "--theme",
        "light",
        "--lang",
        "ru",
        "--tab",
        "investments",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), frame(&app));
    assert_eq!(build(&app), app.deck().slides);
}
