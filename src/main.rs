//! `leadflow`: opens the app, or works on designs from the command line (`leadflow --help`).

// On Windows a window program: started from the Start menu, no console opens beside it
// (a command from a terminal still prints there: see `platform::attach_to_terminal`).
#![cfg_attr(windows, windows_subsystem = "windows")]

use clap::Parser;
use leadflow::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    leadflow::platform::attach_to_terminal();
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
