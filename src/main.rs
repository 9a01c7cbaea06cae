//! `leadflow`: opens the app, or works on designs from the command line (`leadflow --help`).

use clap::Parser;
use leadflow::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    let outcome = match args.command {
        Some(command) => cli::run(command),
        None => leadflow::app::run(args.file.as_deref()),
    };
    outcome.unwrap_or_else(|error| {
        eprintln!("leadflow: {error:#}");
        ExitCode::FAILURE
    })
}
