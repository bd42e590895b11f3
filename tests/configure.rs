//! What the command line and the config set goes through `update` like everything else,
//! and acts where keys do not: before the first resize, on a screen too small to draw,
//! under a blanked slide.

use visit_dash::app::deck_file::{Plan, Planned};
use visit_dash::app::filters::{Filter, Filters};
use visit_dash::app::present::{Blank, Slide};
use visit_dash::app::{update, Action, App, Effect, Mode, Tab, ThemeName};
use visit_dash::data::facets::Dimension;
use visit_dash::data::{Category, Lang};

mod common;
use common::dataset;

#[test]
fn language_and_theme_are_set_on_a_screen_too_small_for_keys() {
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(20, 5));
    // A key does nothing here ...
    assert_eq!(update(&mut app, Action::ToggleLang), Effect::None);
    assert_eq!(app.lang(), Lang::En);
    // ... the settings do.
    assert_eq!(update(&mut app, Action::SetLang(Lang::Ru)), Effect::Redraw);
    assert_eq!(
        update(&mut app, Action::SetTheme(ThemeName::Mono)),
        Effect::Redraw
    );
    assert_eq!((app.lang(), app.theme()), (Lang::Ru, ThemeName::Mono));
}

#[test]
fn a_setting_under_a_blanked_slide_leaves_it_blank() {
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(100, 30));
    update(&mut app, Action::PresentStart);
    update(&mut app, Action::SlideBlank(Blank::Black));
    update(&mut app, Action::SetTheme(ThemeName::Light));
    assert_eq!(app.theme(), ThemeName::Light);
    assert_eq!(
        app.deck().blank,
        Some(Blank::Black),
        "only a key uncovers it"
    );
    assert_eq!(app.mode(), Mode::Present);
}

#[test]
fn filters_set_at_once_narrow_the_tables_to_their_values() {
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(120, 40));
    let sector = app
        .data()
        .vocabulary
        .sectors
        .iter()
        .position(|s| s.id.as_str() == "oil-gas")
        .expect("an oil and gas sector");
    let filter = Filter::new(Dimension::Sector, sector);
    let mut filters = Filters::default();
    filters.add(filter);
    let before = app.list(Category::Investments).rows.len();
    update(&mut app, Action::SetFilters(filters.clone()));
    assert_eq!(app.filters(), &filters);
    let after = &app.list(Category::Investments).rows;
    assert!(
        !after.is_empty() && after.len() < before,
        "{} of {before}",
        after.len()
    );
    for h in after {
        assert!(app
            .facts()
            .of(Dimension::Sector, h.record)
            .contains(&(sector as u32)));
    }
}

#[test]
fn a_plan_set_before_presenting_is_the_deck() {
    let mut app = App::new(dataset());
    update(&mut app, Action::Resize(100, 30));
    update(&mut app, Action::SetBilingual(true));
    let plan = Plan {
        slides: vec![Planned::shown(Slide::Summary), Planned::shown(Slide::Title)],
        ..Plan::default()
    };
    update(&mut app, Action::SetPlan(Some(Box::new(plan.clone()))));
    update(&mut app, Action::GoTab(Tab::Records(Category::Quotes)));
    update(&mut app, Action::PresentStart);
    assert_eq!(app.deck().slides, vec![Slide::Summary, Slide::Title]);
    assert_eq!(app.deck().plan.as_ref(), Some(&plan));
    assert!(app.deck().bilingual);
}
