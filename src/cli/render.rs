//! `visit-dash render`: one frame of the dashboard as plain text.

use ratatui::backend::TestBackend;
use ratatui::Terminal;

use crate::app::deck_file::Plan;
use crate::app::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::app::{update_blocking as update, Action, App, Tab, ThemeName};
use crate::data::{Dataset, Lang};
use crate::ui::frame_text::to_text;

/// What to show: the same state a user reaches with keys.
#[derive(Clone, Debug, Default)]
pub struct View {
    pub tab: Option<Tab>,
    pub search: Option<String>,
    pub filters: super::filters::FilterArgs,
    pub select: Option<String>,
    pub zoom: bool,
    pub theme: ThemeName,
    /// Present, showing this slide (from 1).
    pub slide: Option<usize>,
    /// A deck file's plan, which shapes the deck presented.
    pub plan: Option<Plan>,
}

/// Builds the state for `view` by replaying the actions a user would take.
pub fn app_for(
    d: Dataset,
    lang: Lang,
    view: &View,
    width: u16,
    height: u16,
) -> Result<App, String> {
    let mut app = App::new(d);
    update(&mut app, Action::SetLang(lang));
    update(&mut app, Action::SetTheme(view.theme));
    update(&mut app, Action::Resize(width, height));
    if let Some(q) = &view.search {
        update(&mut app, Action::SearchStart);
        for c in q.chars() {
            update(&mut app, Action::SearchInput(c));
        }
        update(&mut app, Action::SearchAccept);
    }
    let filters = view.filters.resolve(app.data())?;
    if !filters.is_empty() {
        update(&mut app, Action::SetFilters(filters));
    }
    if let Some(t) = view.tab {
        update(&mut app, Action::GoTab(t));
    }
    if let Some(id) = &view.select {
        let r = app
            .data()
            .all_records()
            .find(|(_, rec)| rec.id() == id.as_str())
            .map(|(r, _)| r)
            .ok_or_else(|| format!("no record `{id}` in the dataset"))?;
        update(&mut app, Action::GoTab(Tab::Records(r.category)));
        let pos = app
            .list(r.category)
            .rows
            .iter()
            .position(|h| h.record == r)
            .ok_or_else(|| format!("record `{id}` is hidden by the search or the filters"))?;
        update(&mut app, Action::Top);
        for _ in 0..pos {
            update(&mut app, Action::Down);
        }
    }
    if view.zoom {
        update(&mut app, Action::ToggleZoom);
    }
    if let Some(n) = view.slide {
        update(&mut app, Action::SetPlan(view.plan.clone().map(Box::new)));
        update(&mut app, Action::PresentStart);
        let count = app.deck().slides.len();
        if n == 0 || n > count {
            return Err(format!("no slide {n}: the deck has slides 1 to {count}"));
        }
        for c in n.to_string().chars() {
            update(&mut app, Action::SlideDigit(c));
        }
        update(&mut app, Action::SlideJump);
    }
    Ok(app)
}

/// Draws `app` offscreen at its size and returns the frame as text, or why it could not.
pub fn try_frame(app: &App) -> Result<String, String> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.width(), app.height())).map_err(|e| e.to_string())?;
    terminal
        .draw(|f| f.render_widget(app, f.area()))
        .map_err(|e| e.to_string())?;
    Ok(to_text(terminal.backend().buffer()))
}

/// [`try_frame`] for tests and tools that want the text either way: a failure reads as
/// "cannot draw: ...".
pub fn frame(app: &App) -> String {
    try_frame(app).unwrap_or_else(|e| format!("cannot draw: {e}\n"))
}

/// "120x40" -> (120, 40). A size the dashboard cannot be drawn at is refused here, so
/// `render` never prints the "terminal too small" screen as if it were a frame.
pub fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or_else(|| format!("`{s}` is not a size; expected WIDTHxHEIGHT, like 120x40"))?;
    let dim = |v: &str| {
        v.trim()
            .parse::<u16>()
            .map_err(|_| format!("`{s}` is not a size; expected WIDTHxHEIGHT, like 120x40"))
    };
    let (w, h) = (dim(w)?, dim(h)?);
    if w < MIN_WIDTH || h < MIN_HEIGHT {
        return Err(format!(
            "{w}x{h} is too small to draw; the dashboard needs at least {MIN_WIDTH}x{MIN_HEIGHT}"
        ));
    }
    Ok((w, h))
}
