//! Presentation mode: one slide at a time, large and centred, for a projected screen.
//! Only a footer with the slide counter and a thin progress bar stays on screen.

mod big;
mod chrome;
pub mod flow;
mod kinds;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::Line;

use super::capped;
use super::theme::Theme;
use crate::app::present::Slide;
use crate::app::text::figure_text;
use crate::app::App;
use crate::data::{Lang, Stage};
use crate::words::{say, W};

/// Slides never grow wider than this, so lines stay short enough to read from afar.
pub const MAX_WIDTH: u16 = 100;

pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if let Some(how) = app.deck().blank {
        return chrome::blank(how, area, buf);
    }
    let [body, footer] = Layout::vertical([Constraint::Min(0), Constraint::Length(1)]).areas(area);
    let width = body.width.saturating_sub(4).min(MAX_WIDTH);
    let [content] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(body);
    let content = Rect {
        y: content.y.saturating_add(1),
        height: content.height.saturating_sub(2),
        ..content
    };
    if let Some(slide) = app.deck().slides.get(app.deck().current) {
        draw_slide(app, *slide, content, buf, theme);
    }
    chrome::progress(app, footer, buf, theme);
    if app.deck().index {
        chrome::index(app, body, buf, theme);
    }
    if app.deck().help {
        chrome::keys(app, body, buf, theme);
    }
}

/// Where a fact comes from, on a slide: read from the back of a room, so never the dim grey
/// the dashboard uses for secondary text.
pub fn source_style(theme: &Theme) -> Style {
    theme.footer
}

pub fn stage_name(stage: Stage, lang: Lang) -> &'static str {
    match stage {
        Stage::Achieved => say(W::SlideAchieved, lang),
        Stage::Underway => say(W::Underway, lang),
        Stage::Intended => say(W::SlideIntended, lang),
    }
}

/// A short name for a slide, for the index and the presenter.
pub fn slide_title(app: &App, slide: Slide) -> String {
    let lang = app.lang();
    let title = |r| {
        app.data()
            .get(r)
            .map(|rec| capped(rec.title().get(lang)).to_string())
            .unwrap_or_default()
    };
    match slide {
        Slide::Title => capped(&crate::app::present::deck_title(app)).to_string(),
        Slide::Figure { record, figure } => app
            .data()
            .get(record)
            .and_then(|rec| rec.figures().get(figure))
            .map(|f| format!("{}: {}", capped(f.label.get(lang)), figure_text(f, lang)))
            .unwrap_or_default(),
        Slide::Agreements(stage) => stage_name(stage, lang).to_string(),
        Slide::Record(r) => title(r),
        Slide::Quote(r) => format!("«{}»", title(r)),
        Slide::Chart(kind) => kind.title(lang).to_string(),
        Slide::Summary => say(W::Summary, lang).to_string(),
        Slide::Map => say(W::MapSlideTitle, lang).to_string(),
    }
}

fn draw_slide(app: &App, slide: Slide, area: Rect, buf: &mut Buffer, theme: &Theme) {
    // Slides that page set the count again; the others are one screenful.
    app.deck().pages.set(1);
    match slide {
        Slide::Title => big::title_slide(app, area, buf, theme),
        Slide::Figure { record, figure } => {
            big::figure_slide(app, record, figure, area, buf, theme)
        }
        Slide::Agreements(stage) => kinds::agreements_slide(app, stage, area, buf, theme),
        Slide::Record(r) => kinds::record_slide(app, r, area, buf, theme),
        Slide::Quote(r) => kinds::quote_slide(app, r, area, buf, theme),
        Slide::Chart(kind) => super::charts::slide(app, kind, area, buf, theme),
        Slide::Summary => kinds::summary_slide(app, area, buf, theme),
        Slide::Map => super::map_view::slide(app, area, buf, theme),
    }
}

fn heading<'a>(text: impl Into<String>, style: Style) -> Line<'a> {
    Line::styled(text.into(), style).centered()
}
