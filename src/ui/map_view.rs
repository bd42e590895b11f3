//! The Map view and the map slide: the region with its borders and routes, every place the
//! records sit at as a marker numbered by the records on show, the pane that names the
//! place under the cursor, and the list of the records there.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::capped;
use super::fit::fit;
use super::map::{self, MapData, MapStyles};
use super::theme::Theme;
use crate::app::map_places::{
    list_offset, map_areas, map_data, map_places, markers, records_at, MapPlace,
};
use crate::app::App;
use crate::data::{Lang, Place};
use crate::words::{count, say, Noun, W};

/// The map's styles in a theme: lit places stand out as the search's matches do, the cursor
/// as the selection does; without colour the symbols tell them apart.
pub fn styles(theme: &Theme) -> MapStyles {
    MapStyles {
        base: theme.base,
        border: theme.muted,
        route: theme.underway,
        marker: theme.label,
        lit: theme.matched,
        selected: theme.selected,
    }
}

/// The Map view, in the body of the dashboard on `screen`.
pub fn render(app: &App, screen: Rect, buf: &mut Buffer, theme: &Theme) {
    let a = map_areas(app, screen);
    let lang = app.lang();
    let places = map_places(app);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .title(Span::styled(
            format!(" {} ", say(W::MapTitle, lang)),
            theme.heading,
        ));
    block.render(a.block, buf);
    let Some(data) = map_data() else {
        Paragraph::new(say(W::NoPlace, lang)).render(a.map, buf);
        return;
    };
    map::render(
        a.map,
        buf,
        data,
        &markers(app, &places, lang),
        &styles(theme),
    );
    let selected = places.iter().find(|m| m.selected);
    pane(app, selected, data, a.pane, buf, theme);
    if let (Some(list), Some(m)) = (a.list, selected) {
        record_list(app, m, list, buf, theme);
    }
}

/// The place under the cursor: its name in both languages (the reader's first), how many
/// records sit there, its coordinates and whether they are approximate, and the gazetteer.
fn pane(
    app: &App,
    selected: Option<&MapPlace>,
    data: &MapData,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let lang = app.lang();
    let place = selected.and_then(|m| Some((m, app.data().vocabulary.places.get(m.place)?)));
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border);
    if place.is_some_and(|(m, _)| m.count > 0) && app.map_view().list_cursor().is_none() {
        block = block.title_bottom(Line::styled(say(W::EnterListsRecords, lang), theme.key));
    }
    let inner = block.inner(area);
    block.render(area, buf);
    let Some((m, p)) = place else {
        Paragraph::new(say(W::NoPlace, lang)).render(inner, buf);
        return;
    };
    let wide = area.height > 5;
    let name = Span::styled(capped(p.name.get(lang)), theme.heading);
    let other = Span::styled(capped(p.name.get(lang.toggle())), theme.label);
    let records = Span::styled(count(m.count, Noun::Record, lang), theme.figure);
    let where_ = Span::styled(coordinates(p, lang), theme.base);
    let gazetteer = Span::styled(
        format!("{}: {}", say(W::Gazetteer, lang), capped(&p.gazetteer)),
        theme.muted,
    );
    let dot = || Span::styled(" · ", theme.muted);
    let mut lines = if wide {
        vec![
            Line::from(name),
            Line::from(other),
            Line::from(records),
            Line::default(),
            Line::from(where_),
            Line::from(gazetteer),
        ]
    } else {
        vec![
            Line::from(vec![name, dot(), other, dot(), records]),
            Line::from(vec![where_, dot(), gazetteer]),
        ]
    };
    if let Some(rec) = app
        .map_view()
        .record_in_hand(app)
        .and_then(|r| app.data().get(r))
    {
        if wide {
            lines.push(Line::default());
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", say(W::LitFor, lang)), theme.muted),
            Span::styled(format!("«{}»", capped(rec.title().get(lang))), theme.base),
        ]));
    }
    let routes: Vec<&str> = data.routes.iter().map(|r| r.name(lang)).collect();
    if wide {
        lines.push(Line::default());
        lines.push(Line::styled(say(W::RecordsHere, lang), theme.table_header));
        for r in records_at(app, m.place) {
            if let Some(rec) = app.data().get(r) {
                lines.push(Line::from(vec![
                    Span::styled("• ", theme.stage(app.stage(r))),
                    Span::styled(capped(rec.title().get(lang)), theme.base),
                ]));
            }
        }
        lines.push(Line::default());
        lines.push(Line::styled(say(W::Routes, lang), theme.table_header));
        for name in routes {
            lines.push(Line::from(vec![
                Span::styled("⠒⠒ ", theme.underway),
                Span::styled(capped(name), theme.base),
            ]));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(inner, buf);
    } else {
        lines.push(Line::from(vec![
            Span::styled("⠒⠒ ", theme.underway),
            Span::styled(routes.join(" · "), theme.muted),
        ]));
        let width = inner.width;
        let lines: Vec<Line> = lines.into_iter().map(|l| fit(l, width)).collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

/// "47.10° N, 51.88° E · approximate: the region's centre".
fn coordinates(p: &Place, lang: Lang) -> String {
    let ns = if p.lat >= 0.0 { "N" } else { "S" };
    let ew = if p.lon >= 0.0 { "E" } else { "W" };
    let how = if p.approximate {
        W::Approximate
    } else {
        W::ExactPoint
    };
    format!(
        "{:.2}° {ns}, {:.2}° {ew} · {}",
        p.lat.abs(),
        p.lon.abs(),
        say(how, lang)
    )
}

/// The records on show at the place, one a line (category, title), over the map.
fn record_list(app: &App, m: &MapPlace, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let name = app
        .data()
        .vocabulary
        .places
        .get(m.place)
        .map_or("", |p| capped(p.name.get(lang)));
    Clear.render(area, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focus)
        .style(theme.popup)
        .title(Span::styled(
            format!(" {} · {name} ", say(W::RecordsHere, lang)),
            theme.heading,
        ))
        .title_bottom(Line::styled(say(W::EnterOpensRecord, lang), theme.key));
    let inner = block.inner(area);
    block.render(area, buf);
    let records = records_at(app, m.place);
    let cursor = app
        .map_view()
        .list_cursor()
        .unwrap_or(0)
        .min(records.len().saturating_sub(1));
    let offset = list_offset(cursor, inner.height);
    let rows = Layout::vertical(vec![Constraint::Length(1); usize::from(inner.height)])
        .split(inner)
        .to_vec();
    for (i, (row, r)) in rows.iter().zip(records.iter().skip(offset)).enumerate() {
        let Some(rec) = app.data().get(*r) else {
            continue;
        };
        let style = if offset + i == cursor {
            theme.selected
        } else {
            theme.base
        };
        let line = Line::from(vec![
            Span::styled(format!("{} · ", rec.category().label(lang)), theme.label),
            Span::styled(capped(rec.title().get(lang)), theme.base),
        ])
        .style(style);
        buf.set_style(*row, style);
        fit(line, row.width).render(*row, buf);
    }
}

/// The map slide: the whole map with the places of the records on show and the routes,
/// titled, and the routes named under it.
pub fn slide(app: &App, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let lang = app.lang();
    let [title, body, legend] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    Paragraph::new(Line::styled(say(W::MapSlideTitle, lang), theme.heading).centered())
        .render(title, buf);
    let Some(data) = map_data() else {
        return;
    };
    // No cursor and no lights on a slide: the counts say it all.
    let places: Vec<MapPlace> = map_places(app)
        .into_iter()
        .map(|m| MapPlace {
            lit: false,
            selected: false,
            ..m
        })
        .collect();
    map::render(
        body,
        buf,
        data,
        &markers(app, &places, lang),
        &styles(theme),
    );
    let names: Vec<&str> = data.routes.iter().map(|r| r.name(lang)).collect();
    let line = Line::from(vec![
        Span::styled("⠒⠒ ", theme.underway),
        Span::styled(names.join(" · "), super::slides::source_style(theme)),
    ])
    .centered();
    fit(line, legend.width).render(legend, buf);
}

/// The places on the map slide in words, most records first: "Tianjin: 11 records", one a
/// line, for the speaker's notes and the handout's alt text.
pub fn place_notes(app: &App) -> String {
    let lang = app.lang();
    let mut places: Vec<MapPlace> = map_places(app)
        .into_iter()
        .filter(|m| m.count > 0)
        .collect();
    places.sort_by(|a, b| b.count.cmp(&a.count).then(a.place.cmp(&b.place)));
    places
        .iter()
        .filter_map(|m| {
            let p = app.data().vocabulary.places.get(m.place)?;
            Some(format!(
                "{}: {}",
                p.name.get(lang),
                count(m.count, Noun::Record, lang)
            ))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The map slide drawn at `width` x `height` as plain text (braille included).
pub fn slide_text(app: &App, width: u16, height: u16) -> String {
    let area = Rect::new(0, 0, width, height);
    let mut buf = Buffer::empty(area);
    slide(
        app,
        area,
        &mut buf,
        &Theme::built_in(crate::app::ThemeName::Mono),
    );
    super::frame_text::to_text(&buf)
}
