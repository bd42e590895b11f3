//! Entry point: parse arguments, then either print (see `cli`) or open the dashboard.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use visit_dash::cli::{self, Args};

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
        None => {
            eprintln!("visit-dash: the dashboard is not built yet; try `visit-dash list`");
            ExitCode::from(cli::EXIT_FAILURE)
        }
    }
}
