//! `visit-dash export`: what a view of the dashboard shows, as a brief, a table or a dataset.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::app::{App, Tab};
use crate::data::clean::sanitize;
use crate::export::{file_name, selection, write_atomic, Format};

use super::{load, render, Args, Failure};

#[derive(Clone, Debug, clap::Args)]
pub struct ExportArgs {
    /// What to write: a Markdown brief, a CSV table, or a JSON dataset `--data` can open
    #[arg(long, value_enum)]
    pub format: Format,
    /// Filter as if this had been typed after `/`
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,
    #[command(flatten)]
    pub filters: super::filters::FilterArgs,
    /// Write to FILE instead of standard output (`-` is standard output); into a directory,
    /// under a name after the view. Only a regular file is replaced
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
    /// With --format html: the slides, one per printed page, instead of the handout
    #[arg(long)]
    pub deck: bool,
}

/// The dashboard state the options describe; an unknown filter value is a usage error.
pub fn app(args: &Args, opts: &ExportArgs) -> Result<App, Failure> {
    if opts.deck && opts.format != Format::Html {
        return Err(Failure::Usage(
            "--deck needs --format html: the slides are written as pages".to_string(),
        ));
    }
    let d = load(args.data.as_ref(), args.max_bytes)?;
    let view = render::View {
        tab: args.category().map(Tab::Records),
        search: opts.search.clone(),
        filters: opts.filters.clone(),
        ..render::View::default()
    };
    render::app_for(d, args.lang(), &view, 120, 40).map_err(Failure::Usage)
}

pub fn run(app: &App, opts: &ExportArgs, out: &mut dyn Write) -> io::Result<()> {
    let tab = app.tab().category();
    let records = selection(app, tab);
    let text = match (opts.format, opts.deck) {
        (Format::Html, true) => crate::export::html::deck_html(app),
        (format, _) => format.render(app, &records),
    };
    let target = match &opts.out {
        Some(t) if t.as_os_str() != "-" => t,
        _ => return out.write_all(text.as_bytes()),
    };
    let target = if target.is_dir() {
        target.join(file_name(app, tab, opts.format))
    } else {
        target.clone()
    };
    write_atomic(&target, text.as_bytes(), opts.force)?;
    let noun = if records.len() == 1 {
        "record"
    } else {
        "records"
    };
    let shown = sanitize(&target.display().to_string()).into_owned();
    eprintln!("wrote {} {noun} to {shown}", records.len());
    Ok(())
}
