use super::args::{CheckArgs, CheckFormat};
use super::progress::SetupProgress;
use crate::error::{EXIT_FAIL, EXIT_PASS};
use crate::exercise::{self, Exercise};
use crate::grade::{CheckReport, Submission, grade_with};
use crate::runtime::{InstalledRuntime, RuntimeHome};
use crate::sandbox::Sandbox;
use crate::workspace::Workspace;
use crate::{Error, report};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// The exercise and the file to grade; bad input is reported before any setup work.
fn prepare(args: &CheckArgs) -> Result<(Arc<Exercise>, PathBuf), Error> {
    let bank = exercise::bank_dir(args.exercises.as_deref())?;
    let dir = exercise::resolve(&args.exercise, &bank)?;
    let exercise = Arc::new(exercise::load(&dir)?);
    let solution = match &args.solution {
        Some(file) => file.clone(),
        None => {
            let cwd = std::env::current_dir().unwrap_or_default();
            let ws = Workspace::find(&cwd).ok_or_else(|| Error::Input {
                message: "no solution file given, and this folder is not a pygrade workspace"
                    .into(),
                help: format!(
                    "run `pygrade start {}` first, or give the file: `pygrade check {} FILE`",
                    exercise.id, exercise.id
                ),
            })?;
            let path = ws.solution_path(&exercise.id, exercise.entry.is_some());
            if !path.exists() {
                return Err(Error::Input {
                    message: format!("{} does not exist", path.display()),
                    help: format!(
                        "run `pygrade start {}` to write the starter there, or give the file",
                        exercise.id
                    ),
                });
            }
            path
        }
    };
    Ok((exercise, solution))
}

fn grade_once(
    sandbox: &Arc<Sandbox>,
    exercise: &Arc<Exercise>,
    submission: Submission,
    args: &CheckArgs,
) -> Result<CheckReport, Error> {
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let report = runtime(jobs)?.block_on(grade_with(
        sandbox.clone(),
        exercise.clone(),
        Arc::new(submission),
        jobs,
        args.artifacts.is_some(),
    ))?;
    if let Some(dir) = &args.artifacts {
        save_figures(&report, dir)?;
    }
    Ok(report)
}

/// `<dir>/<case>-figure-<n>.png` for each figure a plot case drew; names are made safe for
/// any file system.
fn save_figures(report: &CheckReport, dir: &std::path::Path) -> Result<(), Error> {
    let failed = |e: std::io::Error| Error::Input {
        message: format!("cannot write the figures to {}: {e}", dir.display()),
        help: "give --artifacts a folder you can write to".into(),
    };
    let mut saved = Vec::new();
    for case in report.cases.iter().filter(|c| !c.figures_png.is_empty()) {
        let stem: String = case
            .name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        std::fs::create_dir_all(dir).map_err(failed)?;
        for (n, png) in case.figures_png.iter().enumerate() {
            let path = dir.join(format!("{stem}-figure-{}.png", n + 1));
            std::fs::write(&path, png).map_err(failed)?;
            saved.push(path);
        }
    }
    for path in saved {
        eprintln!("saved {}", path.display());
    }
    Ok(())
}

/// Remembers the result in the workspace the learner is in. A store pygrade cannot read is
/// reported and left alone; the grade itself stands.
fn record(report: &CheckReport) {
    let Some(ws) = std::env::current_dir()
        .ok()
        .and_then(|d| Workspace::find(&d))
    else {
        return;
    };
    let now = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    if let Err(e) = ws.update(|p| {
        p.record_check(
            &report.exercise,
            report.score,
            report.max_score,
            report.passed(),
            now,
        )
    }) {
        eprintln!("warning: progress not recorded: {e}\nhelp: {}", e.help());
    }
}

fn render(report: &CheckReport, format: CheckFormat) -> String {
    match format {
        CheckFormat::Human => report::render_check(report),
        CheckFormat::Json => report::to_json(report),
        CheckFormat::Junit => report::to_junit(&report::RunReport::single(report.clone())),
        CheckFormat::Exercism => report::to_exercism(&report::RunReport::single(report.clone())),
        CheckFormat::Gradescope => {
            report::to_gradescope(&report::RunReport::single(report.clone()))
        }
    }
}

pub fn run(args: CheckArgs) -> Result<i32, Error> {
    let (exercise, solution) = prepare(&args)?;
    let submission = Submission::for_exercise(&solution, &exercise)?;
    let sandbox = Arc::new(open_sandbox()?);
    let report = grade_once(&sandbox, &exercise, submission, &args)?;
    super::print_stdout(&render(&report, args.format));
    record(&report);
    Ok(if report.passed() {
        EXIT_PASS
    } else {
        EXIT_FAIL
    })
}

/// The latest change to the file, or to any file in the folder.
fn modified(path: &std::path::Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .flatten()
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| modified(&e.path()))
        .chain(meta.modified().ok())
        .max()
}

/// Grades, then again each time the file changes, until interrupted.
pub fn watch(args: CheckArgs) -> Result<i32, Error> {
    let (exercise, solution) = prepare(&args)?;
    let sandbox = Arc::new(open_sandbox()?);
    let terminal = std::io::stdout().is_terminal();
    loop {
        let seen = modified(&solution);
        let graded = Submission::for_exercise(&solution, &exercise)
            .and_then(|s| grade_once(&sandbox, &exercise, s, &args));
        let text = match graded {
            Ok(report) => {
                record(&report);
                render(&report, args.format)
            }
            // A file being saved may be missing for a moment: say so and keep watching.
            Err(e) => format!("error: {e}\n"),
        };
        if terminal {
            super::print_stdout("\x1b[2J\x1b[H");
        }
        super::print_stdout(&text);
        super::print_stdout(&format!(
            "watching {} for changes (Ctrl-C to stop)\n",
            solution.display()
        ));
        while modified(&solution) == seen {
            std::thread::sleep(Duration::from_millis(200));
        }
        // Let the editor finish writing.
        std::thread::sleep(Duration::from_millis(50));
    }
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
    Sandbox::open(&home, std::sync::Arc::new(SetupProgress::new()))
}
