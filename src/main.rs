//! Entry point: parse arguments, then either print (see `cli`) or open the dashboard.

mod tui;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::FromArgMatches;

use visit_dash::app::{deck_file, keymap, update, Action, App, Keymap};
use visit_dash::cli::output::Stdout;
use visit_dash::cli::progress::Meter;
use visit_dash::cli::{self, Args, Failure};
use visit_dash::config;

/// Whether descriptor 1 was closed when the process started. The runtime opens /dev/null
/// in place of a closed descriptor before `main`, so this is recorded earlier, by the
/// loader's start-up hook, while the truth can still be seen.
static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

#[cfg(any(
    target_os = "linux",
    target_os = "android",
    target_os = "freebsd",
    target_os = "netbsd",
    target_os = "openbsd",
    target_os = "dragonfly"
))]
#[used]
#[link_section = ".init_array"]
static RECORD_STDOUT: extern "C" fn() = record_stdout;

#[cfg(target_os = "macos")]
#[used]
#[link_section = "__DATA,__mod_init_func"]
static RECORD_STDOUT: extern "C" fn() = record_stdout;

#[cfg(unix)]
extern "C" fn record_stdout() {
    // SAFETY: F_GETFD only reads the descriptor's flags, and fails with EBADF when it is
    // not open; nothing else is touched.
    let closed = unsafe { libc::fcntl(1, libc::F_GETFD) } == -1;
    STDOUT_CLOSED.store(closed, Ordering::Relaxed);
}

/// mimalloc: a large dataset is millions of small strings, and with it checking a
/// 100k-record file takes 0.4 s where glibc's allocator took 0.85 s. Version 2, which keeps
/// less memory resident than version 3.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    visit_dash::memory::hand_back_at_once();
    let closed = STDOUT_CLOSED.load(Ordering::Relaxed);
    let parsed = cli::meta::command()
        .try_get_matches()
        .and_then(|m| Args::from_arg_matches(&m));
    let mut args = match parsed {
        Ok(args) => args,
        // --help and --version print too: with nowhere to print, that is a failure.
        Err(e) if closed && !e.use_stderr() => {
            eprintln!("visit-dash: cannot write output: standard output is closed");
            return ExitCode::from(cli::EXIT_FAILURE);
        }
        Err(e) => e.exit(),
    };
    if args.credits {
        let mut out = Stdout::new(closed);
        return match out.write_all(cli::meta::ABOUT.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("visit-dash: cannot write output: {e}");
                ExitCode::from(cli::EXIT_FAILURE)
            }
        };
    }
    // A broken config is refused before anything else happens, the terminal included.
    if args.reads_config() {
        match config::load(args.config.as_deref()) {
            Ok(config) => {
                for warning in &config.warnings {
                    eprintln!("visit-dash: warning: {warning}");
                }
                keymap::install(Keymap::with(config.rebinds.clone()));
                args.apply(&config);
            }
            Err(e) => {
                let failure = Failure::Config(e);
                eprintln!("visit-dash: {failure}");
                return ExitCode::from(failure.exit_code());
            }
        }
    }
    match &args.command {
        #[cfg(unix)]
        Some(cli::Command::Presenter { deck, duration })
            if io::stdout().is_terminal() && io::stdin().is_terminal() =>
        {
            presenter(deck.as_deref(), *duration)
        }
        Some(command) => {
            let mut out = io::BufWriter::new(Stdout::new(closed));
            match cli::run(&args, command, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(failure) => {
                    drop(out.flush());
                    if failure.says_something(io::stdout().is_terminal()) {
                        eprintln!("visit-dash: {failure}");
                    }
                    ExitCode::from(failure.exit_code())
                }
            }
        }
        None => dashboard(&args),
    }
}

fn dashboard(args: &Args) -> ExitCode {
    // A large file shows its loading on the terminal the dashboard is about to take over.
    let mut meter = args
        .data
        .as_deref()
        .and_then(|p| Meter::on_terminal(&cli::meter_name(p)));
    // A bad file is refused before the terminal is touched.
    let data = match cli::load_shown(args.data.as_ref(), args.max_bytes, meter.as_mut()) {
        Ok(d) => d,
        Err(e) => {
            if let Some(m) = meter {
                m.finish();
            }
            eprintln!("visit-dash: {e}");
            return ExitCode::from(Failure::Data(e).exit_code());
        }
    };
    // So is a bad deck file.
    let plan = match args
        .deck
        .as_ref()
        .map(|p| deck_file::load(p, &data))
        .transpose()
    {
        Ok(plan) => plan,
        Err(e) => {
            if let Some(m) = meter {
                m.finish();
            }
            eprintln!("visit-dash: {e}");
            return ExitCode::from(cli::EXIT_DATA);
        }
    };
    // And so are filters that name nothing in the dataset.
    let filters = match args.filters.resolve(&data) {
        Ok(f) => f,
        Err(e) => {
            if let Some(m) = meter {
                m.finish();
            }
            eprintln!("visit-dash: {e}");
            return ExitCode::from(cli::EXIT_USAGE);
        }
    };
    // A dumb terminal cannot move the cursor or keep an alternate screen: it would show the
    // escape codes as text.
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    if dumb || !(io::stdout().is_terminal() && io::stdin().is_terminal()) {
        if let Some(m) = meter {
            m.finish();
        }
        eprintln!(
            "visit-dash: the dashboard needs a terminal (not TERM=dumb) on stdin and stdout; \
             for text use `visit-dash list`, `visit-dash search QUERY` or `visit-dash render`"
        );
        return ExitCode::from(cli::EXIT_FAILURE);
    }
    if let Some(m) = &mut meter {
        // The index is built on the search thread, beside the first frame.
        m.stage("preparing the view");
    }
    let mut app = App::new(data);
    update(&mut app, Action::SetLang(args.lang()));
    update(&mut app, Action::SetTheme(args.theme()));
    if !filters.is_empty() {
        update(&mut app, Action::SetFilters(filters));
    }
    // The config's first view is where the dashboard opens, not a cut of the slides:
    // `--present` alone shows every tab.
    let config_tab = args.config_tab.filter(|_| !args.present);
    if let Some(tab) = args.tab.or(config_tab) {
        update(&mut app, Action::GoTab(tab));
    }
    update(&mut app, Action::SetBilingual(args.bilingual));
    update(&mut app, Action::SetPlan(plan.map(Box::new)));
    if args.present || args.deck.is_some() {
        update(&mut app, Action::PresentStart);
    }
    // The line goes and the loop takes the signals over before raw mode begins.
    if let Some(m) = meter {
        m.finish();
    }
    #[cfg(unix)]
    let channel = presenter_socket(args.deck.as_deref()).ok();
    #[cfg(not(unix))]
    let channel: Option<std::path::PathBuf> = None;
    match tui::run(app, !args.no_mouse, channel.as_deref()) {
        Ok(tui::Exit::Quit) => ExitCode::SUCCESS,
        Ok(tui::Exit::Signal(sig)) => ExitCode::from((128 + sig) as u8),
        Err(e) => {
            eprintln!("visit-dash: terminal error: {e}");
            ExitCode::from(cli::EXIT_FAILURE)
        }
    }
}

/// Where the deck `args` opens talks to its presenter console.
#[cfg(unix)]
fn presenter_socket(deck: Option<&std::path::Path>) -> io::Result<std::path::PathBuf> {
    use visit_dash::presenter::channel;
    let dir = channel::dir()?;
    Ok(channel::socket(&dir, &channel::deck_name(deck)))
}

/// `visit-dash presenter`: the console, in this terminal.
#[cfg(unix)]
fn presenter(deck: Option<&std::path::Path>, duration: Option<u64>) -> ExitCode {
    use visit_dash::presenter::{channel, run};
    let name = channel::deck_name(deck);
    let result = presenter_socket(deck).and_then(|socket| run::run(&socket, &name, duration));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("visit-dash: presenter console: {e}");
            ExitCode::from(cli::EXIT_FAILURE)
        }
    }
}
