//! `visit-dash check`: validate and count.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::data::clean::sanitize;
use crate::data::{Category, Dataset, Lang, DEFAULT_NAME};

pub fn run(d: Dataset, file: Option<&PathBuf>, out: &mut dyn Write) -> io::Result<()> {
    let name = file.map_or_else(
        || DEFAULT_NAME.to_string(),
        |f| sanitize(&f.display().to_string()).into_owned(),
    );
    writeln!(out, "{name}: ok")?;
    writeln!(out, "  visit        {}", d.visit.title.get(Lang::En))?;
    writeln!(out, "  sources      {}", d.sources.len())?;
    for c in Category::ALL {
        writeln!(out, "  {:<12} {}", c.key(), d.len(c))?;
    }
    let counts = [
        ("people", d.people.len()),
        ("companies", d.companies.len()),
        ("sectors", d.vocabulary.sectors.len()),
        ("statuses", d.vocabulary.statuses.len()),
        ("places", d.vocabulary.places.len()),
        ("context", d.context.len()),
        ("events", d.events.len()),
    ];
    for (what, n) in counts {
        writeln!(out, "  {what:<12} {n}")?;
    }
    Ok(())
}
