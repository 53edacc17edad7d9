//! The command line: parse arguments, call the core, render, choose the exit code.
mod args;
mod check;
mod ci_cmd;
mod coverage;
mod learner;
mod progress;
mod runtime_cmd;
mod validate_cmd;

use args::{Cli, Command};
pub(crate) use check::{default_jobs, open_sandbox, runtime as tokio_runtime};
use clap::Parser;
use std::io::Write;

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    let cli = Cli::parse();
    cli.color.write_global();
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Watch(args) => check::watch(args),
        Command::List { track, bank } => learner::list(track, bank.bank_dir.as_deref()),
        Command::Show { id, bank } => learner::show(&id, bank.bank_dir.as_deref()),
        Command::Start { id, dir, bank } => learner::start(&id, dir, bank.bank_dir.as_deref()),
        Command::Hint { id, bank } => learner::hint(&id, bank.bank_dir.as_deref()),
        Command::Progress { format, bank } => learner::progress(format, bank.bank_dir.as_deref()),
        Command::Coverage {
            track,
            min,
            format,
            bank,
        } => coverage::run(track, min, format, bank.bank_dir.as_deref()),
        Command::Runtime(cmd) => runtime_cmd::run(cmd),
        Command::Validate(args) => validate_cmd::run(args),
        Command::New { id, exercises } => new_exercise(&id, exercises),
        Command::Schema => {
            print_stdout(crate::exercise::SCHEMA);
            Ok(crate::error::EXIT_PASS)
        }
        Command::Completions { shell } => {
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "pygrade", &mut std::io::stdout());
            Ok(crate::error::EXIT_PASS)
        }
        Command::Bench(args) => crate::bench::run(args.into()),
        Command::Ci(args) => ci_cmd::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            report_error(&error);
            error.exit_code()
        }
    }
}

fn new_exercise(id: &str, bank: Option<std::path::PathBuf>) -> Result<i32, crate::Error> {
    let bank = bank.unwrap_or_else(|| "exercises".into());
    let dir = crate::exercise::scaffold(&bank, id)?;
    let d = dir.display();
    print_stdout(&format!(
        "created {d}: a complete example exercise to rewrite\n\
         next: edit {d}/README.md (the statement) and {d}/exercise.toml (the cases), then\n\
         solution.py, starter.py and mistakes/; check it with `pygrade validate {d}`\n"
    ));
    Ok(crate::error::EXIT_PASS)
}

/// `error: ...` and `help: ...` on stderr, red only where colors are wanted.
pub(crate) fn report_error(error: &crate::Error) {
    let red = anstyle::Style::new()
        .fg_color(Some(anstyle::AnsiColor::Red.into()))
        .bold();
    let bold = anstyle::Style::new().bold();
    let mut err = anstream::stderr().lock();
    let _ = writeln!(err, "{red}error:{red:#} {error}");
    if let Some(help) = error.help() {
        let _ = writeln!(err, "{bold}help:{bold:#} {help}");
    }
}

/// Writes to stdout; a closed pipe (`pygrade ... | head`) is not an error.
pub(crate) fn print_stdout(text: &str) {
    let mut out = anstream::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}
