//! The view: draws `&App` into a frame and never changes it.

pub mod charts;
pub mod column_chooser;
pub mod columns;
pub mod detail;
pub mod evidence;
pub mod facet_panel;
pub mod fit;
pub mod footer;
pub mod frame_text;
pub mod header;
pub mod highlight;
pub mod links;
pub mod map;
pub mod map_view;
pub mod outcomes;
pub mod overview;
pub mod popup;
pub mod related;
pub mod results;
pub mod rows;
pub mod slides;
pub mod sources;
pub mod table;
pub mod theme;
pub mod timeline;

use crate::words::{say, W};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::app::layout::{areas, too_small, MIN_HEIGHT, MIN_WIDTH};
use crate::app::{App, Mode, Tab};
use crate::data::Lang;
pub use theme::Theme;

/// At most this many characters of one text are drawn: only a broken or hostile file has
/// a longer one, and laying it all out would stall every frame.
pub const MAX_SHOWN: usize = 20_000;

/// The part of `text` the view draws.
pub fn capped(text: &str) -> &str {
    crate::search::prefix_chars(text, MAX_SHOWN)
}

/// Drawing borrows the state: `frame.render_widget(&app, area)`.
impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = Theme::get(self.theme());
        buf.set_style(area, theme.base);
        if too_small(area) {
            return tiny(self.lang(), area, buf, &theme);
        }
        if self.mode() == Mode::Present {
            return slides::render(self, area, buf, &theme);
        }
        let a = areas(self, area);
        header::visit_line(self, a.header, buf, &theme);
        header::tab_bar(self, a.tabs, buf, &theme);
        if let Some(search) = a.search {
            header::search_line(self, search, buf, &theme);
        }
        match self.tab() {
            Tab::Overview if crate::app::results::showing(self) => {
                results::render(self, a.body, buf, &theme)
            }
            Tab::Overview => overview::render(self, a.body, buf, &theme),
            Tab::Map => map_view::render(self, area, buf, &theme),
            Tab::Records(c) => {
                if let Some(t) = a.table {
                    table::render(self, c, t, buf, &theme);
                }
                if let Some(d) = a.detail {
                    detail::render(self, d, buf, &theme);
                }
            }
            Tab::Timeline => {
                if let Some(t) = a.table {
                    timeline::table(self, t, buf, &theme);
                }
                if let Some(d) = a.detail {
                    timeline::detail(self, d, buf, &theme);
                }
            }
            Tab::Sources => {
                if let Some(t) = a.table {
                    sources::table(self, t, buf, &theme);
                }
                if let Some(d) = a.detail {
                    sources::detail(self, d, buf, &theme);
                }
            }
        }
        footer::render(self, a.footer, buf, &theme);
        match self.mode() {
            Mode::Facet => facet_panel::render(self, a.body, buf, &theme),
            Mode::Columns => column_chooser::render(self, a.body, buf, &theme),
            Mode::Help => popup::help(self, area, buf, &theme),
            Mode::Normal | Mode::Search | Mode::Present => {}
        }
    }
}

fn tiny(lang: Lang, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let text = format!(
        "{}: {}x{}. {} {MIN_WIDTH}x{MIN_HEIGHT}. {}",
        say(W::TooSmall, lang),
        area.width,
        area.height,
        say(W::Needs, lang),
        say(W::QQuits, lang),
    );
    Paragraph::new(Line::styled(text, theme.heading))
        .wrap(Wrap { trim: true })
        .render(area, buf);
}
