//! Browsing that leads somewhere: Overview outcomes open in their own view, the jump list
//! goes back and forward, related records open, and the Sources column marks disagreement.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::Rect;

use visit_dash::app::layout::areas;
use visit_dash::app::outcomes::{list_area, outcome_rows, outcomes, panels, OutcomeRow};
use visit_dash::app::{update, Action, App, Effect, Tab};
use visit_dash::cli::render::frame;
use visit_dash::data::related::{related, Links};
use visit_dash::data::{Category, ClaimedBy, Dataset, Lang, Novelty, Record, RecordRef};

mod common;
use common::{embedded, keys, press, press_with};

fn app_on(data: Dataset, w: u16, h: u16) -> App {
    let mut app = App::new(data);
    update(&mut app, Action::Resize(w, h));
    common::draw(&app);
    app
}

fn id(app: &App, r: RecordRef) -> String {
    app.data.get(r).expect("a record").id().to_string()
}

fn selected_id(app: &App) -> String {
    id(app, app.selected_record().expect("a selection"))
}

/// The footer: the frame's last line.
fn footer(app: &App) -> String {
    frame(app).lines().last().unwrap_or("").to_string()
}

#[test]
fn enter_opens_an_overview_outcome_and_backspace_returns() {
    let mut app = app_on(embedded(), 120, 40);
    assert_eq!(app.tab, Tab::Overview);
    keys(&mut app, "jjj");
    assert_eq!(app.overview.selected, 3);
    let outcome = outcomes(&app)[3];
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::Records(outcome.category));
    assert_eq!(selected_id(&app), id(&app, outcome));
    assert!(!app.zoom, "opened in its view, not zoomed");
    assert_eq!(app.jumps.counts(), (1, 0));
    insta::assert_snapshot!("browse_opened_outcome_120x40", frame(&app));
    assert!(
        footer(&app).contains("⌫ back 1"),
        "the footer shows the jump list: {}",
        footer(&app)
    );

    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.tab, Tab::Overview);
    assert_eq!(app.overview.selected, 3, "back on the same outcome");
    assert_eq!(app.jumps.counts(), (0, 1));
    assert!(footer(&app).contains("f forward 1"), "{}", footer(&app));

    // Forward again, then back with Ctrl-o.
    press(&mut app, KeyCode::Char('f'));
    assert_eq!(app.tab, Tab::Records(outcome.category));
    assert_eq!(selected_id(&app), id(&app, outcome));
    press_with(&mut app, KeyCode::Char('o'), KeyModifiers::CONTROL);
    assert_eq!(app.tab, Tab::Overview);
    assert_eq!(app.overview.selected, 3);
    // At the start of the list, back does nothing.
    press(&mut app, KeyCode::Backspace);
    assert_eq!(
        update(&mut app, Action::JumpBack),
        Effect::None,
        "nothing further back"
    );
}

#[test]
fn a_click_on_an_overview_outcome_opens_it_and_backspace_returns() {
    let mut app = app_on(embedded(), 120, 40);
    let body = areas(&app, Rect::new(0, 0, 120, 40)).body;
    let list = list_area(panels(body)[1]);
    let rows = outcome_rows(&app);
    // The fifth outcome, wherever its row is under the headings.
    let (row, r) = rows
        .iter()
        .enumerate()
        .find_map(|(i, row)| match row {
            OutcomeRow::Outcome(4, r) => Some((i, *r)),
            _ => None,
        })
        .expect("five outcomes");
    let y = list.y + u16::try_from(row).expect("on screen");
    // A click on a heading opens nothing.
    assert_eq!(
        update(&mut app, Action::Click(list.x + 2, list.y)),
        Effect::None
    );
    assert_eq!(app.tab, Tab::Overview);
    assert_eq!(
        update(&mut app, Action::Click(list.x + 6, y)),
        Effect::Redraw
    );
    assert_eq!(app.tab, Tab::Records(r.category));
    assert_eq!(selected_id(&app), id(&app, r));
    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.tab, Tab::Overview);
    assert_eq!(app.overview.selected, 4);
}

#[test]
fn a_related_record_opens_with_enter_and_backspace_returns() {
    let mut app = app_on(embedded(), 120, 40);
    keys(&mut app, "3");
    for _ in 0..64 {
        if selected_id(&app) == "inv-atyrau-polyethylene" {
            break;
        }
        press(&mut app, KeyCode::Char('j'));
    }
    assert_eq!(selected_id(&app), "inv-atyrau-polyethylene");
    let from = app.selected_record().expect("a selection");
    let data = app.data.clone();
    let groups = related(&data, &Links::new(&data), from);
    assert_eq!(groups[0].link.id, "kmg", "the company group comes first");

    // r moves into the related records: the pane scrolls to them.
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.related, Some(0));
    let frame_text = frame(&app);
    assert!(
        frame_text.contains("Same company: KazMunayGas"),
        "the detail names the group:\n{frame_text}"
    );
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.related, Some(1));
    let target = groups[0].records[1];
    assert_eq!(
        app.list(Category::Investments).selected_record(),
        Some(from),
        "moving in the related records leaves the table's selection"
    );
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.tab, Tab::Records(target.category));
    assert_eq!(selected_id(&app), id(&app, target));
    assert_eq!(app.related, None);

    press(&mut app, KeyCode::Backspace);
    assert_eq!(app.tab, Tab::Records(Category::Investments));
    assert_eq!(selected_id(&app), "inv-atyrau-polyethylene");
    assert_eq!(app.related, Some(1), "back on the related record left from");
    // Esc leaves the related records, then r goes back in at the top.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.related, None);
    press(&mut app, KeyCode::Char('r'));
    assert_eq!(app.related, Some(0));
}

#[test]
fn the_overview_splits_outcomes_by_novelty_then_claimant() {
    let app = app_on(embedded(), 120, 40);
    let rows = outcome_rows(&app);
    let mut groups: Vec<(Novelty, ClaimedBy)> = Vec::new();
    let mut current: (Option<Novelty>, Option<ClaimedBy>) = (None, None);
    let mut listed = 0;
    for row in &rows {
        match *row {
            OutcomeRow::Novelty(n, _) => current = (Some(n), None),
            OutcomeRow::Claimant(c, _) => {
                current.1 = Some(c);
                groups.push((current.0.expect("a novelty heading first"), c));
            }
            OutcomeRow::Outcome(i, r) => {
                assert_eq!(i, listed, "outcomes are numbered in list order");
                listed += 1;
                let rec = app.data.get(r).expect("a record");
                assert_ne!(r.category, Category::Quotes, "quotes are not outcomes");
                assert_eq!((Some(rec.novelty()), Some(rec.claimed_by())), current);
            }
        }
    }
    let mut sorted = groups.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        groups, sorted,
        "each group once, new before advanced before existing"
    );
    let expected = Category::ALL
        .into_iter()
        .filter(|c| *c != Category::Quotes)
        .map(|c| app.data.len(c))
        .sum::<usize>();
    assert_eq!(listed, expected, "every agreement, investment and corridor");
    assert!(groups.contains(&(Novelty::Existing, ClaimedBy::Expert)));
    assert!(groups.contains(&(Novelty::New, ClaimedBy::Official)));
}

#[test]
fn overview_split_snapshots_in_both_languages() {
    for (w, h) in [(80, 24), (120, 40)] {
        for lang in [Lang::En, Lang::Ru] {
            let mut app = app_on(embedded(), w, h);
            if lang == Lang::Ru {
                keys(&mut app, "L");
            }
            let name = format!("browse_overview_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, frame(&app));
        }
    }
}

/// Whether a record's sources disagree, worked out here from the data: two figures of one
/// label with different amounts, status reports naming two statuses, or a source that
/// disputes the record.
fn disagrees(rec: &Record<'_>) -> bool {
    let figures = rec.figures();
    let figures_differ = figures.iter().any(|a| {
        figures.iter().any(|b| {
            a.label == b.label
                && (a.value * a.scale.unwrap_or(1) as f64 != b.value * b.scale.unwrap_or(1) as f64
                    || a.currency != b.currency
                    || a.unit != b.unit
                    || a.qualifier != b.qualifier)
        })
    });
    let reports = rec.status_reports();
    let statuses_differ = reports.iter().any(|a| a.status != reports[0].status);
    let disputed = rec
        .evidence()
        .iter()
        .any(|e| e.stance.map(|s| s.key()) == Some("disputes"));
    figures_differ || statuses_differ || disputed
}

#[test]
fn the_sources_column_marks_exactly_the_records_whose_sources_disagree() {
    let mut marked_some = false;
    let mut unmarked_some = false;
    for (i, c) in Category::ALL.into_iter().enumerate() {
        let mut app = app_on(embedded(), 200, 60);
        keys(&mut app, &(i + 2).to_string());
        assert_eq!(app.tab, Tab::Records(c));
        let table = areas(&app, Rect::new(0, 0, 200, 60))
            .table
            .expect("a table");
        let text = frame(&app);
        let lines: Vec<&str> = text.lines().collect();
        let header = lines[usize::from(table.y + 1)];
        assert!(header.contains("Src"), "a Sources column: {header}");
        let list = app.list(c).rows.clone();
        let shown = usize::from(table.height.saturating_sub(3));
        for (n, hit) in list.iter().enumerate().take(shown) {
            let rec = app.data.get(hit.record).expect("a record");
            let row: String = lines[usize::from(table.y + 2) + n]
                .chars()
                .take(usize::from(table.x + table.width))
                .collect();
            let mut sources: Vec<&str> = rec.evidence().iter().map(|e| e.source.as_str()).collect();
            sources.sort_unstable();
            sources.dedup();
            let cell = if disagrees(&rec) {
                marked_some = true;
                format!("{} ≠", sources.len())
            } else {
                unmarked_some = true;
                sources.len().to_string()
            };
            let end = row.trim_end().trim_end_matches('│').trim_end();
            assert!(
                end.ends_with(&format!("  {cell}")),
                "{}: expected the Sources cell {cell:?}: {row}",
                rec.id()
            );
        }
    }
    assert!(marked_some && unmarked_some, "the data has both kinds");
}

/// The title cell of each row of the table on show, as drawn.
fn title_cells(app: &App) -> Vec<String> {
    let w = app.width;
    let table = areas(app, Rect::new(0, 0, w, app.height))
        .table
        .expect("a table");
    let text = frame(app);
    let lines: Vec<&str> = text.lines().collect();
    let shown = app.list(Category::Investments).rows.len();
    (0..shown)
        .map(|n| {
            let row: String = lines[usize::from(table.y + 2) + n]
                .chars()
                .skip(usize::from(table.x + 1))
                .collect();
            // Columns are two spaces apart; a title holds single spaces only.
            row.split("  ").next().unwrap_or("").to_string()
        })
        .collect()
}

#[test]
fn at_200x60_no_investment_title_is_cut_in_either_language() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = app_on(embedded(), 200, 60);
        if lang == Lang::Ru {
            keys(&mut app, "L");
        }
        keys(&mut app, "3");
        let titles: Vec<String> = app
            .list(Category::Investments)
            .rows
            .iter()
            .map(|h| {
                let rec = app.data.get(h.record).expect("a record");
                rec.title().get(lang).to_string()
            })
            .collect();
        assert_eq!(
            titles.len(),
            app.data.len(Category::Investments),
            "all on screen"
        );
        assert_eq!(title_cells(&app), titles, "{lang:?}");
    }
}

#[test]
fn z_hides_the_detail_and_the_table_takes_the_whole_width() {
    let mut app = app_on(embedded(), 120, 40);
    keys(&mut app, "3");
    let before = areas(&app, Rect::new(0, 0, 120, 40));
    assert!(before.detail.is_some());
    let cut = title_cells(&app)
        .iter()
        .filter(|t| t.ends_with('…'))
        .count();
    assert!(cut > 0, "beside the detail, some titles are cut");
    keys(&mut app, "z");
    let after = areas(&app, Rect::new(0, 0, 120, 40));
    assert_eq!(after.detail, None);
    assert_eq!(after.table.map(|t| t.width), Some(120));
    let cut_now = title_cells(&app)
        .iter()
        .filter(|t| t.ends_with('…'))
        .count();
    assert!(
        cut_now < cut,
        "the whole width cuts fewer titles: {cut_now} of {cut}"
    );
    // r has no pane to move into; Enter still zooms the detail, and z brings it back.
    assert_eq!(update(&mut app, Action::ToggleRelated), Effect::None);
    keys(&mut app, "z");
    assert!(areas(&app, Rect::new(0, 0, 120, 40)).detail.is_some());
}

#[test]
fn a_click_on_a_related_record_opens_it() {
    let mut app = app_on(embedded(), 120, 40);
    keys(&mut app, "3");
    while selected_id(&app) != "inv-atyrau-polyethylene" {
        press(&mut app, KeyCode::Char('j'));
    }
    // r brings the related records into view.
    press(&mut app, KeyCode::Char('r'));
    let data = app.data.clone();
    let groups = related(
        &data,
        &Links::new(&data),
        app.selected_record().expect("a selection"),
    );
    let target = groups[0].records[1];
    let title = data.get(target).expect("a record").title().get(Lang::En);
    let start: String = title.chars().take(20).collect();
    let detail = areas(&app, Rect::new(0, 0, 120, 40))
        .detail
        .expect("a detail pane");
    let text = frame(&app);
    let y = text
        .lines()
        .position(|l| {
            let inside: String = l.chars().skip(usize::from(detail.x)).collect();
            inside.contains(&format!("● {start}"))
        })
        .unwrap_or_else(|| panic!("{start} on screen:\n{text}"));
    let y = u16::try_from(y).expect("a row");
    // A click on the group's heading opens nothing.
    let heading = text
        .lines()
        .position(|l| l.contains("Same company: KazMunayGas"))
        .expect("the group's heading on screen");
    let heading = u16::try_from(heading).expect("a row");
    assert_eq!(
        update(&mut app, Action::Click(detail.x + 3, heading)),
        Effect::None
    );
    assert_eq!(
        update(&mut app, Action::Click(detail.x + 6, y)),
        Effect::Redraw
    );
    assert_eq!(selected_id(&app), id(&app, target));
    press(&mut app, KeyCode::Backspace);
    assert_eq!(selected_id(&app), "inv-atyrau-polyethylene");
}
