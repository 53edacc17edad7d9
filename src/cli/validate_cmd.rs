use super::args::ValidateArgs;
use super::check::{default_jobs, open_sandbox, runtime};
use crate::error::{EXIT_FAIL, EXIT_PASS};
use crate::validate::{Problem, find_exercises, validate_exercise};
use crate::{Error, exercise};
use std::sync::Arc;

/// Exercises validated at once; each also runs its cases in parallel.
const EXERCISES_AT_ONCE: usize = 2;

pub fn run(args: ValidateArgs) -> Result<i32, Error> {
    let roots = if args.paths.is_empty() {
        vec![exercise::bank_dir(args.exercises.as_deref())?]
    } else {
        args.paths.clone()
    };
    for root in &roots {
        if !root.is_dir() {
            return Err(Error::Input {
                message: format!("{} is not a folder", root.display()),
                help: "give exercise folders, or folders that hold them".into(),
            });
        }
    }
    let dirs = find_exercises(&roots);
    if dirs.is_empty() {
        return Err(Error::Input {
            message: format!(
                "no exercise.toml under {}",
                roots
                    .iter()
                    .map(|r| r.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            help: "an exercise is a folder holding exercise.toml (see README.md)".into(),
        });
    }
    let sandbox = Arc::new(open_sandbox()?);
    // Its one-time setup is shown before the progress bar, not inside it.
    if dirs.iter().any(|d| crate::sandbox::uses_data_modules(d)) {
        sandbox.prepare_data_image();
    }
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let bar = super::progress::count_bar(dirs.len());
    let problems: Vec<Problem> = runtime(jobs)?.block_on(async {
        let permits = Arc::new(tokio::sync::Semaphore::new(EXERCISES_AT_ONCE));
        let mut tasks = Vec::new();
        for dir in dirs.clone() {
            let (sandbox, permits, bar) = (sandbox.clone(), permits.clone(), bar.clone());
            tasks.push(tokio::spawn(async move {
                let _permit = permits
                    .acquire_owned()
                    .await
                    .expect("the semaphore is never closed");
                bar.set_message(dir.display().to_string());
                let found = validate_exercise(sandbox, &dir, jobs).await;
                bar.inc(1);
                found
            }));
        }
        let mut all = Vec::new();
        for task in tasks {
            match task.await {
                Ok(found) => all.extend(found),
                Err(e) => all.push(Problem {
                    line: None,
                    file: "pygrade".into(),
                    key: "internal".into(),
                    message: e.to_string(),
                    warning: false,
                }),
            }
        }
        all
    });
    bar.finish_and_clear();
    let mut out = String::new();
    for p in &problems {
        out.push_str(&format!("{p}\n"));
    }
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let warnings = problems.iter().filter(|p| p.warning).count();
    let faults = problems.len() - warnings;
    let warned = if warnings > 0 {
        format!(" ({})", count(warnings, "warning"))
    } else {
        String::new()
    };
    if faults == 0 {
        out.push_str(&format!(
            "{} valid{warned}\n",
            count(dirs.len(), "exercise")
        ));
    } else {
        out.push_str(&format!(
            "{} in {}{warned}\n",
            count(faults, "problem"),
            count(dirs.len(), "exercise")
        ));
    }
    super::print_stdout(&out);
    Ok(if faults == 0 { EXIT_PASS } else { EXIT_FAIL })
}
