use super::args::{CheckArgs, Format};
use super::progress::SetupProgress;
use crate::error::{EXIT_FAIL, EXIT_PASS};
use crate::exercise;
use crate::grade::{Submission, grade};
use crate::runtime::{InstalledRuntime, RuntimeHome};
use crate::sandbox::Sandbox;
use crate::{Error, report};
use std::sync::Arc;

pub fn run(args: CheckArgs) -> Result<i32, Error> {
    // Bad input is reported before any setup work.
    let bank = exercise::bank_dir(args.exercises.as_deref())?;
    let dir = exercise::resolve(&args.exercise, &bank)?;
    let exercise = Arc::new(exercise::load(&dir)?);
    let submission = Arc::new(Submission::from_file(&args.solution)?);

    let sandbox = Arc::new(open_sandbox()?);
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let report = runtime(jobs)?.block_on(grade(sandbox, exercise, submission, jobs))?;
    let text = match args.format {
        Format::Human => report::render_check(&report),
        Format::Json => report::to_json(&report),
    };
    super::print_stdout(&text);
    Ok(if report.passed() {
        EXIT_PASS
    } else {
        EXIT_FAIL
    })
}

pub(crate) fn default_jobs() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

pub(crate) fn runtime(workers: usize) -> Result<tokio::runtime::Runtime, Error> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers.max(1))
        .enable_time()
        .build()
        .map_err(|e| {
            Error::Sandbox(crate::sandbox::SandboxError::Setup(format!(
                "cannot start worker threads: {e}"
            )))
        })
}

/// Opens the sandbox, telling the user on stderr when the runtime is set up first.
pub(crate) fn open_sandbox() -> Result<Sandbox, Error> {
    let home = RuntimeHome::locate()?;
    if InstalledRuntime::find(&home).is_none() {
        eprintln!(
            "pygrade: the Python runtime is not installed yet; installing it into {} (once)",
            home.root().display()
        );
    }
    Sandbox::open(&home, &SetupProgress::new())
}
