//! OSC 8 hyperlinks over the source addresses on screen, so a terminal that supports them
//! makes each address clickable.
//!
//! The cells of a frame hold only visible text: an escape sequence inside a cell would be
//! measured as width and shift the grid. So the links are found in the frame once it is
//! drawn, and the cells of each address are written again to the terminal, through the
//! backend, between an OSC 8 opening and closing. Only addresses the dataset holds (checked
//! at load: http or https, no spaces or control characters) are ever linked.

use std::io::{self, Write};

use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};

/// One address on screen: the cells that show it (a wrapped address spans rows) and the
/// address they stand for.
#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub url: String,
    pub cells: Vec<(u16, u16, Cell)>,
}

/// `text` as an OSC 8 hyperlink to `url`, for output that is not a ratatui frame.
pub fn osc8(url: &str, text: &str) -> String {
    format!("{}{text}{}", open(url), CLOSE)
}

fn open(url: &str) -> String {
    format!("\x1b]8;;{url}\x1b\\")
}

const CLOSE: &str = "\x1b]8;;\x1b\\";

/// Whether the terminal gets hyperlinks: not under `TERM=dumb`, which shows escapes as text.
/// (NO_COLOR is about colour; a link adds none.)
pub fn wanted() -> bool {
    std::env::var_os("TERM").is_none_or(|t| t != "dumb")
}

/// The addresses of `urls` that `buf` shows, found by their text: each run of address
/// characters starting with `http://` or `https://` that begins one of `urls`; when it
/// is cut at the end of a row, the row below carries on with the rest.
pub fn find(buf: &Buffer, urls: &[&str]) -> Vec<Link> {
    let area = buf.area;
    let rows: Vec<Vec<(u16, String)>> = (area.top()..area.bottom()).map(|y| runs(buf, y)).collect();
    let mut links = Vec::new();
    for (row, runs) in rows.iter().enumerate() {
        for (x, text) in runs {
            let Some(start) = text.find("http://").or_else(|| text.find("https://")) else {
                continue;
            };
            let text = &text[start..];
            let Some(url) = urls
                .iter()
                .find(|u| **u == text)
                .or_else(|| urls.iter().find(|u| u.starts_with(text)))
            else {
                continue;
            };
            let y = area
                .top()
                .saturating_add(u16::try_from(row).unwrap_or(u16::MAX));
            let x0 = x.saturating_add(u16::try_from(start).unwrap_or(u16::MAX));
            let mut cells = cells_of(buf, x0, y, text.len());
            // A wrapped address goes on at the start of a run on the rows below.
            let mut rest = url.get(text.len()..).unwrap_or("");
            let mut below = row + 1;
            while !rest.is_empty() {
                let Some((bx, part)) = rows.get(below).and_then(|r| {
                    r.iter()
                        .find(|(_, t)| rest.starts_with(t.as_str()) && t.len() >= rest.len().min(8))
                }) else {
                    break;
                };
                let by = area
                    .top()
                    .saturating_add(u16::try_from(below).unwrap_or(u16::MAX));
                cells.extend(cells_of(buf, *bx, by, part.len()));
                rest = &rest[part.len()..];
                below += 1;
            }
            links.push(Link {
                url: url.to_string(),
                cells,
            });
        }
    }
    links
}

/// Row `y`'s runs of characters an address may hold (ASCII letters, digits, punctuation),
/// each with the column it starts at. Addresses are ASCII, one cell a character.
fn runs(buf: &Buffer, y: u16) -> Vec<(u16, String)> {
    let mut out: Vec<(u16, String)> = Vec::new();
    let mut current: Option<(u16, String)> = None;
    for x in buf.area.left()..buf.area.right() {
        let symbol = buf.cell((x, y)).map_or(" ", Cell::symbol);
        let mut chars = symbol.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_ascii_graphic() => match &mut current {
                Some((_, text)) => text.push(c),
                None => current = Some((x, c.to_string())),
            },
            _ => out.extend(current.take()),
        }
    }
    out.extend(current);
    out
}

fn cells_of(buf: &Buffer, x: u16, y: u16, n: usize) -> Vec<(u16, u16, Cell)> {
    (0..u16::try_from(n).unwrap_or(u16::MAX))
        .filter_map(|i| {
            let x = x.checked_add(i)?;
            buf.cell((x, y)).map(|c| (x, y, c.clone()))
        })
        .collect()
}

/// Writes each link's cells again, as they are, between an OSC 8 opening and closing:
/// what shows does not change, the terminal learns where each address leads.
pub fn paint<B>(backend: &mut B, links: &[Link]) -> io::Result<()>
where
    B: Backend<Error = io::Error> + Write,
{
    for link in links {
        backend.write_all(open(&link.url).as_bytes())?;
        backend.draw(link.cells.iter().map(|(x, y, c)| (*x, *y, c)))?;
        backend.write_all(CLOSE.as_bytes())?;
    }
    if !links.is_empty() {
        Backend::flush(backend)?;
    }
    Ok(())
}
