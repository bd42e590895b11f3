//! What the dashboard draws: plain-text snapshots of the main screens, style checks on
//! single cells, and sweeps over terminal sizes that must never panic.
//!
//! States are reached the way a user reaches them: key events go through `action_for`
//! (for the current mode) and then `update`, so the key map is exercised too.

use crossterm::event::KeyCode;
use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;
use ratatui::Terminal;

use visit_dash::app::layout::{areas, table_rows, too_small};
use visit_dash::app::{update, Action, App, Mode, Tab, ThemeName};
use visit_dash::cli::render::{app_for, frame, View};
use visit_dash::cli::ThemeArg;
use visit_dash::data::{load_str, Category, Dataset, Lang, DEFAULT_JSON};
use visit_dash::ui::frame_text::to_text;
use visit_dash::ui::Theme;

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

mod common;
use common::{app, keys, press};

/// Draws `app` on a test terminal of its own size and returns the buffer.
fn draw(app: &App) -> Buffer {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width(), app.height())).expect("a test terminal");
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .expect("drawing on a test terminal");
    terminal.backend().buffer().clone()
}

/// Draws `app` straight into a buffer of `w` x `h`, whatever its own size says.
fn draw_at(app: &App, w: u16, h: u16) -> Buffer {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    app.render(area, &mut buf);
    buf
}

fn text(app: &App) -> String {
    to_text(&draw(app))
}

/// The id of the record selected on the current tab.
fn selected_id(app: &App) -> String {
    let r = app.selected_record().expect("a selected record");
    app.data()
        .get(r)
        .expect("the record exists")
        .id()
        .to_string()
}

/// Moves the selection of the current tab onto the record `id`, with `j` presses.
fn select(app: &mut App, id: &str) {
    press(app, KeyCode::Char('g'));
    for _ in 0..64 {
        if selected_id(app) == id {
            return;
        }
        press(app, KeyCode::Char('j'));
    }
    panic!("record {id} is not on the current tab");
}

/// The screen column and row where `needle` starts, reading one char per cell (needles of
/// narrow characters only).
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_in(buf, buf.area, needle)
}

/// Like [`find`], inside `area` only.
fn find_in(buf: &Buffer, area: Rect, needle: &str) -> Option<(u16, u16)> {
    let needle: Vec<char> = needle.chars().collect();
    for y in area.top()..area.bottom() {
        // One char per cell, so an index into the row is a column.
        let row: Vec<char> = (area.left()..area.right())
            .map(|x| buf[(x, y)].symbol().chars().next().unwrap_or(' '))
            .collect();
        if let Some(i) = row
            .windows(needle.len())
            .position(|w| w == needle.as_slice())
        {
            return Some((area.left() + i as u16, y));
        }
    }
    None
}

/// The cells of the row of the table that holds the selection, inside the border.
fn selected_row_cells(app: &App, buf: &Buffer) -> Vec<(u16, u16)> {
    let a = areas(app, buf.area);
    let rows = table_rows(a.table.expect("a table on this tab"));
    let list = app.current().expect("a records tab");
    let y = rows.y + (list.selected - list.offset) as u16;
    assert!(y < rows.bottom(), "the selected row is outside the table");
    (rows.left()..rows.right()).map(|x| (x, y)).collect()
}

/// Asserts that `cell` shows `style`: its colours where the style sets one, and at least
/// its modifiers.
fn assert_cell_has(buf: &Buffer, (x, y): (u16, u16), style: Style, what: &str) {
    let cell = &buf[(x, y)];
    if let Some(fg) = style.fg {
        assert_eq!(cell.fg, fg, "{what}: fg of ({x}, {y}) {:?}", cell.symbol());
    }
    if let Some(bg) = style.bg {
        assert_eq!(cell.bg, bg, "{what}: bg of ({x}, {y}) {:?}", cell.symbol());
    }
    assert!(
        cell.modifier.contains(style.add_modifier),
        "{what}: ({x}, {y}) {:?} has {:?}, wants {:?}",
        cell.symbol(),
        cell.modifier,
        style.add_modifier
    );
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

#[test]
fn every_tab_at_120x40() {
    let mut app = app(120, 40);
    for (digit, name) in [
        ('1', "overview"),
        ('2', "agreements"),
        ('3', "investments"),
        ('4', "corridors"),
        ('5', "quotes"),
    ] {
        press(&mut app, KeyCode::Char(digit));
        assert_eq!(app.tab().key(), name);
        insta::assert_snapshot!(format!("tab_{name}_120x40"), text(&app));
    }
}

#[test]
fn investments_stack_table_over_detail_at_80x24() {
    let mut app = app(80, 24);
    keys(&mut app, "3");
    let a = areas(&app, Rect::new(0, 0, 80, 24));
    let (t, d) = (a.table.expect("table"), a.detail.expect("detail"));
    assert!(t.bottom() <= d.top(), "the detail sits below the table");
    assert_eq!((t.width, d.width), (80, 80));
    insta::assert_snapshot!("investments_80x24", text(&app));
}

#[test]
fn zoomed_detail_of_the_shymkent_refinery() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    select(&mut app, "inv-shymkent-refinery");
    press(&mut app, KeyCode::Enter);
    assert!(app.zoom());
    let screen = text(&app);
    assert!(screen.contains("Shymkent oil refinery modernised with CNPC"));
    assert!(screen.contains("Enter/Esc: back"));
    insta::assert_snapshot!("zoom_shymkent_refinery_120x40", screen);

    // The command-line renderer reaches the same screen by replaying actions.
    let view = View {
        tab: Some(Tab::Records(Category::Investments)),
        select: Some("inv-shymkent-refinery".into()),
        zoom: true,
        ..View::default()
    };
    let data = common::dataset();
    let replayed = app_for(data, Lang::En, &view, 120, 40).expect("a valid view");
    assert_eq!(frame(&replayed), text(&app));
}

#[test]
fn active_search_for_sinopek_on_investments() {
    let mut app = app(120, 40);
    keys(&mut app, "3/sinopek");
    assert_eq!(app.mode(), Mode::Search);
    assert_eq!(app.query(), "sinopek");
    assert_eq!(selected_id(&app), "inv-atyrau-polyethylene");
    let screen = text(&app);
    assert!(
        screen.contains(" / sinopek█"),
        "the search line shows the cursor"
    );
    insta::assert_snapshot!("search_sinopek_investments_120x40", screen);
}

#[test]
fn sector_facet_popup_open() {
    let mut app = app(120, 40);
    keys(&mut app, "3s");
    update(&mut app, Action::Down);
    assert_eq!(app.mode(), Mode::Facet);
    assert_eq!(app.panel().cursor, 1);
    let screen = text(&app);
    assert!(screen.contains("Filter by sector"));
    insta::assert_snapshot!("facet_popup_investments_120x40", screen);
}

#[test]
fn help_overlay() {
    let mut app = app(120, 40);
    keys(&mut app, "3?");
    assert_eq!(app.mode(), Mode::Help);
    let screen = text(&app);
    assert!(screen.contains(" Keys "));
    assert!(
        screen.contains("click a tab or a row"),
        "the last help row fits at 120x40"
    );
    insta::assert_snapshot!("help_120x40", screen);
}

#[test]
fn russian_interface_on_quotes() {
    let mut app = app(120, 40);
    keys(&mut app, "L5");
    assert_eq!(app.lang(), Lang::Ru);
    let screen = text(&app);
    assert!(screen.contains("Цитаты"));
    let first = screen.lines().next().unwrap_or_default();
    assert!(first.ends_with(" RU"), "the language tag: {first}");
    insta::assert_snapshot!("quotes_ru_120x40", screen);
}

#[test]
fn tiny_terminal_says_it_is_too_small() {
    let app = app(30, 8);
    let screen = text(&app);
    assert!(screen.starts_with("Terminal too small"), "{screen}");
    insta::assert_snapshot!("tiny_30x8", screen);
}

#[test]
fn overview_in_the_light_theme() {
    let mut app = app(120, 40);
    let dark = text(&app);
    press(&mut app, KeyCode::Char('t'));
    assert_eq!(app.theme(), ThemeName::Light);
    let buf = draw(&app);
    // A theme changes colours, never the layout.
    assert_eq!(to_text(&buf), dark);
    // The light background covers the whole screen: no cell is left on the terminal's
    // own background.
    let light = Theme::get(ThemeName::Light);
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            assert_ne!(cell.bg, Color::Reset, "({x}, {y}) {:?}", cell.symbol());
            if cell.bg == Color::White {
                assert_ne!(cell.fg, Color::White, "white on white at ({x}, {y})");
            }
        }
    }
    assert_eq!(light.base.bg, Some(Color::White));
    // Text and styles, so a change of colour shows up in review.
    insta::assert_snapshot!("overview_light_120x40", format!("{buf:?}"));
}

// ---------------------------------------------------------------------------------------
// Styles of single cells
// ---------------------------------------------------------------------------------------

#[test]
fn selected_row_has_the_selected_style_in_dark() {
    let mut app = app(120, 40);
    keys(&mut app, "3jj");
    assert_eq!(app.theme(), ThemeName::Dark);
    let buf = draw(&app);
    let selected = Theme::get(ThemeName::Dark).selected;
    assert!(selected.bg.is_some(), "the dark selection is a colour");
    let cells = selected_row_cells(&app, &buf);
    for &cell in &cells {
        assert_cell_has(&buf, cell, selected, "selected row");
    }
    // The rows around it are not highlighted.
    let (x, y) = cells[0];
    for other in [y - 1, y + 1] {
        assert_ne!(
            buf[(x, other)].bg,
            selected.bg.unwrap_or_default(),
            "row {other}"
        );
    }
}

#[test]
fn selected_row_in_mono_is_reverse_video_without_colour() {
    let theme = ThemeArg::Dark.resolve(true);
    assert_eq!(theme, ThemeName::Mono, "NO_COLOR picks the mono theme");
    let view = View {
        tab: Some(Tab::Records(Category::Investments)),
        select: Some("inv-renewables-cpih".into()),
        theme,
        ..View::default()
    };
    let data = common::dataset();
    let app = app_for(data, Lang::En, &view, 120, 40).expect("a valid view");
    let buf = draw(&app);

    let selected = Theme::get(ThemeName::Mono).selected;
    assert_eq!((selected.fg, selected.bg), (None, None));
    assert!(selected.add_modifier.contains(Modifier::REVERSED));

    let cells = selected_row_cells(&app, &buf);
    for &(x, y) in &cells {
        assert_cell_has(&buf, (x, y), selected, "mono selected row");
        let cell = &buf[(x, y)];
        assert_eq!(
            (cell.fg, cell.bg),
            (Color::Reset, Color::Reset),
            "({x}, {y})"
        );
    }
    let (x, y) = cells[0];
    assert!(!buf[(x, y + 1)].modifier.contains(Modifier::REVERSED));
    // No colour anywhere on a mono screen.
    for c in buf.content() {
        assert_eq!(
            (c.fg, c.bg),
            (Color::Reset, Color::Reset),
            "{:?}",
            c.symbol()
        );
    }
}

#[test]
fn search_matches_in_a_title_carry_the_matched_modifiers() {
    let mut app = app(120, 40);
    keys(&mut app, "3/shymkent");
    press(&mut app, KeyCode::Enter);
    let buf = draw(&app);
    let theme = Theme::get(ThemeName::Dark);
    // The table may cut the title short; its start is always shown.
    let title = "Shymkent oil refinery";

    // In the table the row is selected, so the colour is the selection's; the
    // modifiers of the match must survive it.
    let a = areas(&app, buf.area);
    let rows = table_rows(a.table.expect("table"));
    let (x, y) = find_in(&buf, rows, title).expect("the title in the table");
    assert_eq!(y, rows.y, "the only hit is the first row");
    for k in 0..title.len() as u16 {
        let m = buf[(x + k, y)].modifier;
        let is_match = k < "Shymkent".len() as u16;
        assert_eq!(
            m.contains(theme.matched.add_modifier),
            is_match,
            "table col {k} {:?}: {m:?}",
            buf[(x + k, y)].symbol()
        );
    }

    // In the detail the heading takes the match's colour as well.
    let detail = a.detail.expect("detail");
    let (dx, dy) = (detail.x + 1, detail.y + 1);
    assert_eq!(buf[(dx, dy)].symbol(), "S");
    let hit = theme.heading.patch(theme.matched);
    for k in 0.."Shymkent".len() as u16 {
        let cell = &buf[(dx + k, dy)];
        assert_eq!(Some(cell.fg), hit.fg, "detail col {k}");
        assert_eq!(cell.modifier, hit.add_modifier, "detail col {k}");
    }
    let after = &buf[(dx + 8, dy)];
    assert!(
        !after.modifier.contains(Modifier::UNDERLINED),
        "no match past the word"
    );
}

#[test]
fn match_highlight_in_the_mono_theme_is_visible() {
    let view = View {
        tab: Some(Tab::Records(Category::Investments)),
        search: Some("cnpc".into()),
        theme: ThemeName::Mono,
        ..View::default()
    };
    let data = common::dataset();
    let app = app_for(data, Lang::En, &view, 120, 40).expect("a valid view");
    let buf = draw(&app);
    let matched = Theme::get(ThemeName::Mono).matched;
    let (x, y) = find(&buf, "CNPC").expect("CNPC on screen");
    for k in 0..4 {
        assert!(buf[(x + k, y)].modifier.contains(matched.add_modifier));
    }
}

// ---------------------------------------------------------------------------------------
// What is drawn where the state says it is
// ---------------------------------------------------------------------------------------

/// The text of screen row `y` from column `x` on, one char per cell.
fn row_text(buf: &Buffer, x: u16, y: u16) -> String {
    (x..buf.area.right())
        .map(|x| buf[(x, y)].symbol().chars().next().unwrap_or(' '))
        .collect()
}

/// Every row drawn in the table is the record `offset + k` of the list, which is what a
/// click on that row selects.
fn assert_drawn_rows_follow_the_offset(app: &App, what: &str) {
    let buf = draw(app);
    let rows = table_rows(areas(app, buf.area).table.expect("a table"));
    let list = app.current().expect("a records tab");
    for k in 0..rows.height {
        let drawn = row_text(&buf, rows.x, rows.y + k);
        match list.rows.get(list.offset + usize::from(k)) {
            Some(hit) => {
                let title = app
                    .data()
                    .get(hit.record)
                    .expect("record")
                    .title()
                    .en
                    .as_str();
                let start: String = title.chars().take(12).collect();
                assert!(
                    drawn.starts_with(&start),
                    "{what}: row {k} shows {drawn:?}, the state says {title:?}"
                );
            }
            None => assert_eq!(drawn.trim(), "", "{what}: row {k} should be blank"),
        }
    }
}

#[test]
fn drawn_rows_are_the_rows_the_state_points_at() {
    let mut app = app(80, 16);
    keys(&mut app, "3");
    assert_drawn_rows_follow_the_offset(&app, "top");
    keys(&mut app, "G");
    assert!(app.list(Category::Investments).offset > 0);
    assert_drawn_rows_follow_the_offset(&app, "bottom");
    keys(&mut app, "kkkk");
    assert_drawn_rows_follow_the_offset(&app, "back up");
    press(&mut app, KeyCode::PageDown);
    assert_drawn_rows_follow_the_offset(&app, "paged");
    keys(&mut app, "2G");
    assert_drawn_rows_follow_the_offset(&app, "agreements bottom");
}

#[test]
fn after_a_sort_the_drawn_rows_still_follow_the_offset() {
    let mut app = app(80, 16);
    keys(&mut app, "3");
    select(&mut app, "inv-shymkent-refinery");
    keys(&mut app, "o");
    assert_eq!(selected_id(&app), "inv-shymkent-refinery");
    assert_drawn_rows_follow_the_offset(&app, "after sort");

    // So a click on the top row shown selects that row's record.
    let buf = draw(&app);
    let rows = table_rows(areas(&app, buf.area).table.expect("table"));
    let drawn = row_text(&buf, rows.x, rows.y);
    update(&mut app, Action::Click(rows.x + 1, rows.y));
    let r = app.selected_record().expect("selected");
    let title = app.data().get(r).expect("record").title().en.to_string();
    assert!(
        drawn.starts_with(&title.chars().take(12).collect::<String>()),
        "clicked {drawn:?}, selected {title:?}"
    );
}

#[test]
fn help_does_not_scroll_past_its_last_row() {
    let mut app = app(120, 40);
    keys(&mut app, "?");
    for _ in 0..5 {
        press(&mut app, KeyCode::PageDown);
    }
    keys(&mut app, "jjjj");
    let screen = text(&app);
    assert!(
        screen.contains("click a tab or a row"),
        "the last key stays on screen\n{screen}"
    );
}

#[test]
fn zoomed_detail_does_not_scroll_past_its_end() {
    let mut app = app(120, 40);
    keys(&mut app, "3");
    select(&mut app, "inv-shymkent-refinery");
    press(&mut app, KeyCode::Enter);
    for _ in 0..40 {
        keys(&mut app, "j");
    }
    press(&mut app, KeyCode::PageDown);
    let screen = text(&app);
    assert!(
        screen.contains("[1] BAQ.KZ · 5 Sep 2025 · interview · ru · paragraph 12"),
        "the end of the detail stays on screen\n{screen}"
    );
}

// ---------------------------------------------------------------------------------------
// Sizes
// ---------------------------------------------------------------------------------------

/// The states the sweeps draw.
#[derive(Clone, Copy, Debug)]
enum State {
    Normal,
    Search,
    Facet,
    Help,
    Zoom,
    /// A search that leaves every table empty.
    Nothing,
}

const STATES: [State; 6] = [
    State::Normal,
    State::Search,
    State::Facet,
    State::Help,
    State::Zoom,
    State::Nothing,
];

fn reach(app: &mut App, tab: Tab, state: State, query: &str) {
    update(app, Action::GoTab(tab));
    update(app, Action::Bottom);
    let typed = |app: &mut App, q: &str| {
        update(app, Action::SearchStart);
        for c in q.chars() {
            update(app, Action::SearchInput(c));
        }
    };
    match state {
        State::Normal => {}
        State::Search => typed(app, query),
        State::Facet => {
            if !query.is_empty() {
                typed(app, query);
                update(app, Action::SearchAccept);
            }
            update(app, Action::FacetOpen);
            update(app, Action::Bottom);
        }
        State::Help => {
            update(app, Action::ToggleHelp);
        }
        State::Zoom => {
            update(app, Action::ToggleZoom);
        }
        State::Nothing => {
            typed(app, "qqqqzzzzxxxx");
            update(app, Action::SearchAccept);
        }
    }
}

#[test]
fn width_sweep_renders_at_every_width() {
    for tab in Tab::ALL {
        for state in STATES {
            let mut app = app(120, 40);
            reach(&mut app, tab, state, "нпз");
            for h in [0, 1, 2, 9, 10, 11, 17, 24] {
                for w in 0..=130u16 {
                    update(&mut app, Action::Resize(w, h));
                    let buf = draw_at(&app, w, h);
                    let screen = to_text(&buf);
                    assert_eq!(screen.lines().count(), usize::from(h));
                    if too_small(buf.area) && w >= 20 && h >= 1 {
                        assert!(screen.starts_with("Terminal"), "{w}x{h}: {screen}");
                    }
                }
            }
        }
    }
}

/// The embedded dataset with every bilingual text made of a mix of narrow and wide
/// characters (CJK and emoji take two columns), so any cut lands on odd and even columns.
fn wide_dataset() -> Dataset {
    fn widen(s: &str) -> String {
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            match i % 5 {
                0 if c.is_alphabetic() => out.push('中'),
                3 if c.is_alphabetic() => out.push('🚆'),
                _ => out.push(c),
            }
        }
        out
    }
    fn walk(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                let bilingual = map.contains_key("en") && map.contains_key("ru");
                for (k, x) in map.iter_mut() {
                    match x {
                        serde_json::Value::String(t) if bilingual && (k == "en" || k == "ru") => {
                            *t = widen(t);
                        }
                        _ => walk(x),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    let mut v: serde_json::Value = serde_json::from_str(DEFAULT_JSON).expect("embedded JSON");
    walk(&mut v);
    let text = serde_json::to_string(&v).expect("JSON");
    load_str("wide.json", &text).unwrap_or_else(|e| panic!("the widened dataset loads: {e}"))
}

/// No wide character has its second half drawn over: the cell it hides must stay blank.
/// (A border or a popup written there would be pushed aside or eaten on a real terminal.)
fn assert_no_wide_char_cut(buf: &Buffer, what: &str) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let symbol = buf[(x, y)].symbol();
            let w = unicode_width::UnicodeWidthStr::width(symbol) as u16;
            if w < 2 {
                continue;
            }
            assert!(
                x + w <= area.right(),
                "{what}: {symbol:?} at ({x}, {y}) runs off the screen"
            );
            for hidden in x + 1..x + w {
                let under = buf[(hidden, y)].symbol();
                assert!(
                    under == " " || under.is_empty(),
                    "{what}: {symbol:?} at ({x}, {y}) has {under:?} drawn over its right half"
                );
            }
        }
    }
}

#[test]
fn wide_characters_are_never_cut() {
    let data = wide_dataset();
    let mut app = App::new(data);
    update(&mut app, Action::Resize(120, 40));
    update(&mut app, Action::GoTab(Tab::Records(Category::Investments)));
    let wide = draw(&app)
        .content()
        .iter()
        .filter(|c| unicode_width::UnicodeWidthStr::width(c.symbol()) == 2)
        .count();
    assert!(wide > 100, "the test data draws wide characters ({wide})");
    for lang in [Lang::En, Lang::Ru] {
        if app.lang() != lang {
            update(&mut app, Action::ToggleLang);
        }
        for tab in Tab::ALL {
            for state in STATES {
                // A fresh state on the same data for each combination.
                update(&mut app, Action::FacetClose);
                while !app.filters().is_empty() {
                    update(&mut app, Action::FilterPop);
                }
                update(&mut app, Action::SearchCancel);
                if app.mode() == Mode::Help {
                    update(&mut app, Action::ToggleHelp);
                }
                if app.zoom() {
                    update(&mut app, Action::ToggleZoom);
                }
                reach(&mut app, tab, state, "中");
                for (w, h) in (40..=130u16)
                    .step_by(3)
                    .map(|w| (w, 24))
                    .chain((40..=130).step_by(7).map(|w| (w, 12)))
                    .chain([(120, 40), (81, 40), (200, 60)])
                {
                    update(&mut app, Action::Resize(w, h));
                    let buf = draw(&app);
                    let what = format!("{lang:?} {} {state:?} {w}x{h}", tab.key());
                    assert_no_wide_char_cut(&buf, &what);
                    for line in to_text(&buf).lines() {
                        let lw = unicode_width::UnicodeWidthStr::width(line);
                        assert!(lw <= usize::from(w), "{what}: a line of {lw} columns");
                    }
                }
            }
        }
    }
}

fn query_strategy() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "",
        "sinopek",
        "шымкент",
        "нефть зерно",
        "中国",
        "🚆",
        "energy",
        "ai",
        "zzzzqqqq",
    ])
    .prop_map(str::to_string)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 400,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_tab_mode_and_size_draws(
        tab in 0usize..5,
        state in 0usize..STATES.len(),
        w in 0u16..=200,
        h in 0u16..=70,
        russian in any::<bool>(),
        theme in 0usize..4,
        query in query_strategy(),
        downs in 0usize..8,
    ) {
        let mut app = app(w, h);
        if russian {
            update(&mut app, Action::ToggleLang);
        }
        for _ in 0..theme {
            update(&mut app, Action::CycleTheme);
        }
        let tab = Tab::from_index(tab).expect("five tabs");
        reach(&mut app, tab, STATES[state], &query);
        for _ in 0..downs {
            update(&mut app, Action::Up);
        }
        let buf = draw(&app);
        let screen = to_text(&buf);
        prop_assert_eq!(screen.lines().count(), usize::from(h));
        // Drawing into a larger or smaller area than the state's own size must hold too.
        let _ = draw_at(&app, h.saturating_add(w) % 201, w % 71);
    }
}
