//! `--sector`, `--company`, `--person`, `--place`, `--source`: the facet filters on the
//! command line. Each takes an id or a name in either language, with case and script
//! folded as the search folds them; given twice, either value passes (OR), and different
//! flags all apply (AND), as in the dashboard.

use crate::app::facet_panel::key;
use crate::app::filters::{Filter, Filters};
use crate::data::clean::sanitize;
use crate::data::facets::{Dimension, Value};
use crate::data::Dataset;

#[derive(Clone, Debug, Default, clap::Args)]
pub struct FilterArgs {
    /// Only records in this sector: an id or a name (English or Russian); twice for either
    #[arg(long, value_name = "SECTOR")]
    pub sector: Vec<String>,
    /// Only records naming this company: an id or a name (English or Russian)
    #[arg(long, value_name = "COMPANY")]
    pub company: Vec<String>,
    /// Only records naming this person (actor, speaker or interviewed expert)
    #[arg(long, value_name = "PERSON")]
    pub person: Vec<String>,
    /// Only records at this place: an id or a name (English or Russian)
    #[arg(long, value_name = "PLACE")]
    pub place: Vec<String>,
    /// Only records citing this source: its id or its outlet
    #[arg(long, value_name = "SOURCE")]
    pub source: Vec<String>,
}

impl FilterArgs {
    /// Every value asked for, with its dimension, in the order of the flags above.
    fn given(&self) -> impl Iterator<Item = (Dimension, &str)> {
        [
            (Dimension::Sector, &self.sector),
            (Dimension::Company, &self.company),
            (Dimension::Person, &self.person),
            (Dimension::Place, &self.place),
            (Dimension::Source, &self.source),
        ]
        .into_iter()
        .flat_map(|(d, values)| values.iter().map(move |v| (d, v.as_str())))
    }

    /// The filters the flags name; a value the dataset lacks is an error that lists the
    /// values there are.
    pub fn resolve(&self, data: &Dataset) -> Result<Filters, String> {
        let mut filters = Filters::default();
        for (dim, asked) in self.given() {
            let value = find(data, dim, asked).ok_or_else(|| no_match(data, dim, asked))?;
            filters.add(Filter::new(dim, value));
        }
        Ok(filters)
    }
}

/// The value whose id, name in either language or alias is `asked`, folded, and with
/// quotes, dashes and spaces left out (`Синопек` is «Синопек», `samruk kazyna` Samruk-Kazyna).
pub fn find(data: &Dataset, dim: Dimension, asked: &str) -> Option<usize> {
    let want = letters(asked);
    if want.is_empty() {
        return None;
    }
    let is = |v: &Value<'_>| {
        [v.id, v.en, v.ru]
            .into_iter()
            .chain(v.aliases.iter().map(|a| a.as_str()))
            .any(|name| letters(name) == want)
    };
    data.values(dim).position(|v| is(&v))
}

/// The folded letters and digits of a name.
fn letters(name: &str) -> String {
    key(name).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// "no company `xyz` in the dataset; give an id or a name of one of these: ..." with one
/// value a line: its id and its names.
fn no_match(data: &Dataset, dim: Dimension, asked: &str) -> String {
    let mut out = format!(
        "no {} `{}` in the dataset; give an id or a name (English or Russian), one of:",
        dim.key(),
        sanitize(asked)
    );
    let width = data
        .values(dim)
        .map(|v| v.id.chars().count())
        .max()
        .unwrap_or(0);
    for v in data.values(dim) {
        out.push_str(&format!("\n  {:<width$}  {}", v.id, names(&v)));
    }
    out
}

/// "Sinopec · Синопек", or the one name when both languages agree.
pub fn names(v: &Value<'_>) -> String {
    if v.en == v.ru {
        v.en.to_string()
    } else {
        format!("{} · {}", v.en, v.ru)
    }
}
