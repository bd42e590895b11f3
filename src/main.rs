//! Entry point: parse arguments, then either print (see `cli`) or open the dashboard.

mod tui;

use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use visit_dash::app::{update, Action, App};
use visit_dash::cli::{self, Args};
use visit_dash::data::Lang;

fn main() -> ExitCode {
    let args = Args::parse();
    match &args.command {
        Some(command) => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            match cli::run(&args, command, &mut out) {
                Ok(()) => ExitCode::SUCCESS,
                Err(failure) => {
                    drop(out.flush());
                    eprintln!("visit-dash: {failure}");
                    ExitCode::from(failure.exit_code())
                }
            }
        }
        None => dashboard(&args),
    }
}

fn dashboard(args: &Args) -> ExitCode {
    // A bad file is refused before the terminal is touched.
    let data = match cli::load(args.data.as_ref(), args.max_bytes) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("visit-dash: {e}");
            return ExitCode::from(cli::EXIT_DATA);
        }
    };
    // A dumb terminal cannot move the cursor or keep an alternate screen: it would show the
    // escape codes as text.
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    if dumb || !(io::stdout().is_terminal() && io::stdin().is_terminal()) {
        eprintln!(
            "visit-dash: the dashboard needs a terminal (not TERM=dumb) on stdin and stdout; \
             for text use `visit-dash list`, `visit-dash search QUERY` or `visit-dash render`"
        );
        return ExitCode::from(cli::EXIT_FAILURE);
    }
    let mut app = App::new(data);
    app.lang = Lang::from(args.lang);
    app.theme = args.theme.resolve(cli::no_color());
    if let Some(tab) = args.tab {
        update(&mut app, Action::GoTab(tab));
    }
    if args.present {
        update(&mut app, Action::PresentStart);
    }
    match tui::run(app, !args.no_mouse) {
        Ok(tui::Exit::Quit) => ExitCode::SUCCESS,
        Ok(tui::Exit::Signal(sig)) => ExitCode::from((128 + sig) as u8),
        Err(e) => {
            eprintln!("visit-dash: terminal error: {e}");
            ExitCode::from(cli::EXIT_FAILURE)
        }
    }
}
