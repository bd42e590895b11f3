//! The command line: arguments, and the commands that print instead of drawing.

mod check;
mod choices;
mod export;
mod failure;
pub mod filters;
mod list;
pub mod meta;
pub mod output;
pub mod progress;
pub mod render;
mod search;
mod settings;
pub mod show;
pub use choices::{no_color, LangArg, ThemeArg};
mod sources;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::app::{Tab, ThemeName};
use crate::config;
use crate::data::{self, Category, Dataset, Lang, LoadError};
pub use failure::Failure;

/// Exit code for invalid data.
pub const EXIT_DATA: u8 = 3;
/// Exit code for arguments that are wrong (clap uses it too).
pub const EXIT_USAGE: u8 = 2;
/// Exit code for an I/O or terminal failure, and for a search that found nothing.
pub const EXIT_FAILURE: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "visit-dash",
    version,
    about = "Explore the outcomes of President Tokayev's 2025 visit to China in the terminal",
    long_about = "Explore the outcomes of President Tokayev's 2025 visit to China (the SCO summit \
                  in Tianjin): agreements, investments, corridors and quotes. Without a command it \
                  opens the dashboard on the embedded dataset."
)]
pub struct Args {
    /// Read settings from FILE instead of the config folder's config.toml
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Read the dataset from FILE instead of the embedded one
    #[arg(long, global = true, value_name = "FILE")]
    pub data: Option<PathBuf>,

    /// Refuse data files larger than this many bytes
    #[arg(long, global = true, value_name = "BYTES", default_value_t = data::load::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,

    /// Language of the data and interface [default: en]
    #[arg(long, global = true, value_enum, env = "VISIT_DASH_LANG")]
    pub lang: Option<LangArg>,

    /// Colour theme [default: dark]; NO_COLOR in the environment forces mono
    #[arg(long, global = true, value_enum, env = "VISIT_DASH_THEME")]
    pub theme: Option<ThemeArg>,

    /// Leave the mouse to the terminal (no clicks or wheel in the dashboard)
    #[arg(long)]
    pub no_mouse: bool,

    /// Open straight into presentation mode (slides)
    #[arg(long)]
    pub present: bool,

    /// Shape the deck with this deck file (see `visit-dash schema --deck`)
    #[arg(long, value_name = "FILE")]
    pub deck: Option<PathBuf>,

    /// On quote slides, show the other language under the quote as well
    #[arg(long)]
    pub bilingual: bool,

    /// The tab to open, show or draw from (with --present: a deck of that tab alone;
    /// for search and export: only that category)
    #[arg(long, global = true, value_parser = crate::app::tab::arg_parser(), value_name = "VIEW")]
    pub tab: Option<TabArg>,

    /// Print where the data comes from and under which licences
    #[arg(long = "about")]
    pub credits: bool,

    #[command(flatten)]
    pub filters: filters::FilterArgs,

    /// The view the config file opens on, when `--tab` does not name one.
    #[arg(skip)]
    pub config_tab: Option<TabArg>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Args {
    /// The category `--tab` names; none for the overview or no `--tab`.
    pub fn category(&self) -> Option<Category> {
        self.tab.and_then(|t| t.category())
    }

    /// The language asked for, English when nothing asks.
    pub fn lang(&self) -> Lang {
        self.lang.map_or(Lang::En, Lang::from)
    }

    /// The theme asked for, dark when nothing asks; NO_COLOR forces mono.
    pub fn theme(&self) -> ThemeName {
        self.theme.unwrap_or(ThemeArg::Dark).resolve(no_color())
    }
}

/// `--tab`: a view, by its command-line name.
pub type TabArg = Tab;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a dataset (the embedded one without FILE) and count its records
    Check {
        /// The dataset to check
        file: Option<PathBuf>,
    },
    /// Print records, one per line: category, id, title; or a vocabulary (sectors,
    /// companies, people, places, sources): id, names in both languages, record count
    List {
        /// Only this category, or this vocabulary
        #[arg(value_enum)]
        category: Option<list::ListWhat>,
        /// Print a JSON array of the records instead
        #[arg(long)]
        json: bool,
    },
    /// Fuzzy-search every text of every record, in both languages, best first
    Search {
        /// Words to find, in any order, in Latin or Cyrillic
        query: String,
        /// At most this many hits
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Print a JSON array of hits instead
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        filters: filters::FilterArgs,
    },
    /// Follow a deck presented in another terminal: notes, next slide, clock, countdown
    Presenter {
        /// Follow the deck opened with this deck file (`--deck` of the presenting side)
        #[arg(long, value_name = "FILE")]
        deck: Option<PathBuf>,
        /// The talk's length ("20m", "1h30m"): a countdown, in a warning colour for the
        /// last two minutes
        #[arg(long, value_name = "LENGTH", value_parser = parse_length)]
        duration: Option<u64>,
    },
    /// Print every source: outlet, date, kind, language, link, and how many records it
    /// supports, disputes or updates
    Sources {
        /// Print a JSON array of the sources instead
        #[arg(long)]
        json: bool,
    },
    /// Print one record with all its evidence: each source's words or what it says, and
    /// its link
    Show {
        /// The record's id (see `list`)
        id: String,
        /// Print the record as JSON, with the sources it cites
        #[arg(long)]
        json: bool,
    },
    /// Print the dataset format as JSON Schema
    Schema {
        /// The deck file's format instead
        #[arg(long)]
        deck: bool,
    },
    /// Print one frame of the dashboard as plain text
    Render {
        /// Filter as if this had been typed after `/`
        #[arg(long, value_name = "QUERY")]
        search: Option<String>,
        #[command(flatten)]
        filters: filters::FilterArgs,
        /// Select this record (and show its tab)
        #[arg(long, value_name = "ID")]
        select: Option<String>,
        /// Show the selected record's detail full-size
        #[arg(long)]
        zoom: bool,
        /// Draw a presentation slide instead of the dashboard
        #[arg(long)]
        present: bool,
        /// With --present: the slide to draw, from 1
        #[arg(long, value_name = "N", default_value_t = 1)]
        slide: usize,
        /// With --present: shape the deck with this deck file, as the dashboard's `--deck`
        #[arg(long, value_name = "FILE")]
        deck: Option<PathBuf>,
        /// Terminal size to draw at
        #[arg(long, value_name = "WxH", default_value = "120x40", value_parser = render::parse_size)]
        size: (u16, u16),
    },
    /// Write what a view shows as a Markdown brief, a CSV table or a JSON dataset
    Export(export::ExportArgs),
    /// Print the default config file, or where the config file is read from
    #[command(group(clap::ArgGroup::new("what").required(true)))]
    Config {
        /// Print the full default config file, every line commented
        #[arg(long, group = "what")]
        default: bool,
        /// Print the path the config file is read from
        #[arg(long, group = "what")]
        path: bool,
    },
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -` or a man folder
    Man,
}

/// The dataset named by `--data`, or the embedded one, with a loading meter on stderr
/// when that is a terminal and the file is large.
pub fn load(data: Option<&PathBuf>, max_bytes: u64) -> Result<Dataset, LoadError> {
    let mut meter = data.and_then(|p| progress::Meter::on_terminal(&meter_name(p)));
    let loaded = load_shown(data, max_bytes, meter.as_mut());
    if let Some(m) = &mut meter {
        m.clear();
    }
    loaded
}

/// [`load`], reporting to `meter`, which is left showing its last stage for the caller to
/// go on from (the dashboard shows "preparing the view" next) or clear.
pub fn load_shown(
    data: Option<&PathBuf>,
    max_bytes: u64,
    meter: Option<&mut progress::Meter>,
) -> Result<Dataset, LoadError> {
    match (data, meter) {
        (Some(path), Some(meter)) => {
            data::load_file_with(path, max_bytes, &mut |p| meter.report(p))
        }
        (Some(path), None) => data::load_file(path, max_bytes),
        (None, _) => data::default_dataset(),
    }
}

/// A file's name as the meter shows it: visible text only.
pub fn meter_name(path: &std::path::Path) -> String {
    data::clean::sanitize(&path.display().to_string()).into_owned()
}

/// Runs a printing command. A closed pipe (`| head`) is a normal end, not a failure.
pub fn run(args: &Args, command: &Command, out: &mut dyn Write) -> Result<(), Failure> {
    let lang = args.lang();
    let result = match command {
        Command::Check { file } => {
            let file = file.as_ref().or(args.data.as_ref());
            check::run(load(file, args.max_bytes)?, file, out)
        }
        Command::Schema { deck } => {
            let schema = if *deck {
                schemars::schema_for!(crate::app::deck_file::DeckFile)
            } else {
                schemars::schema_for!(Dataset)
            };
            serde_json::to_writer_pretty(&mut *out, &schema)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        }
        Command::List { category, json } => {
            let d = load(args.data.as_ref(), args.max_bytes)?;
            list::run(&d, *category, *json, lang, out)
        }
        Command::Sources { json } => {
            let d = load(args.data.as_ref(), args.max_bytes)?;
            sources::run(&d, *json, lang, out)
        }
        Command::Show { id, json } => {
            let d = load(args.data.as_ref(), args.max_bytes)?;
            let Some((_, rec)) = d.record_by_id(id) else {
                return Err(Failure::Usage(format!(
                    "no record has the id `{}`; `visit-dash list` prints them all",
                    data::clean::sanitize(id)
                )));
            };
            let links = io::stdout().is_terminal() && crate::ui::links::wanted();
            show::run(&d, rec, *json, lang, links, out)
        }
        Command::Search {
            query,
            limit,
            json,
            filters,
        } => {
            let d = load(args.data.as_ref(), args.max_bytes)?;
            let filters = filters.resolve(&d).map_err(Failure::Usage)?;
            let within = search::Within::new(args.category(), &filters);
            match search::run(&d, query, within, *limit, *json, lang, out) {
                Ok(0) => {
                    out.flush()?;
                    return Err(Failure::NoMatch(data::clean::sanitize(query).into_owned()));
                }
                other => other.map(drop),
            }
        }
        Command::Render {
            search,
            filters,
            select,
            zoom,
            present,
            slide,
            deck,
            size,
        } => {
            let d = load(args.data.as_ref(), args.max_bytes)?;
            let plan = deck
                .as_ref()
                .or(args.deck.as_ref())
                .map(|p| crate::app::deck_file::load(p, &d))
                .transpose()
                .map_err(Failure::Deck)?;
            let view = render::View {
                plan,
                tab: args.tab,
                search: search.clone(),
                filters: filters.clone(),
                select: select.clone(),
                zoom: *zoom,
                slide: present.then_some(*slide),
                theme: args.theme(),
            };
            let app = render::app_for(d, lang, &view, size.0, size.1).map_err(Failure::Usage)?;
            let frame = render::try_frame(&app).map_err(Failure::Draw)?;
            out.write_all(frame.as_bytes())
        }
        Command::Presenter { .. } => Err(io::Error::other(
            "the presenter console needs a terminal on stdin and stdout",
        )),
        Command::Export(opts) => export::run(&export::app(args, opts)?, opts, out),
        Command::Config { default: true, .. } => out.write_all(config::default_file().as_bytes()),
        Command::Config { .. } => match args.config.clone().or_else(config::default_path) {
            Some(p) => writeln!(out, "{}", p.display()),
            None => Err(io::Error::other(
                "no config folder: set XDG_CONFIG_HOME or HOME",
            )),
        },
        Command::Completions { shell } => meta::completions(*shell, out),
        Command::Man => meta::man(out),
    };
    match result.and_then(|()| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(Failure::Io),
    }
}

fn parse_length(text: &str) -> Result<u64, String> {
    crate::app::deck_file::parse_duration(text)
        .ok_or_else(|| format!("expected a length such as 20m, 90s or 1h30m, found {text:?}"))
}
