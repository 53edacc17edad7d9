//! `pygrade ci`: grades every solution of a learner's repository and writes the reports CI
//! systems and LMSs read. Exit 0 when the run meets its threshold, 1 otherwise, 2 for bad
//! configuration.
use super::args::CiArgs;
use super::check::{default_jobs, open_sandbox, runtime};
use crate::Error;
use crate::ci::{self, Planned};
use crate::error::{EXIT_FAIL, EXIT_PASS};
use crate::grade::{Submission, grade};
use crate::report::{self, ExerciseRun, Outcome, RunReport};
use crate::sandbox::Sandbox;
use std::path::Path;
use std::sync::Arc;

async fn grade_one(sandbox: Arc<Sandbox>, planned: Planned) -> ExerciseRun {
    {
        let exercise = match crate::exercise::load(&planned.dir) {
            Ok(e) => Arc::new(e),
            Err(e) => {
                return ExerciseRun {
                    id: planned.id,
                    title: String::new(),
                    solution: planned.solution,
                    outcome: Outcome::Failed(e.to_string()),
                };
            }
        };
        let title = exercise.title.clone();
        let outcome = if !planned.solution.exists() {
            Outcome::NotSubmitted
        } else {
            match Submission::for_exercise(&planned.solution, &exercise) {
                Err(e) => Outcome::Failed(e.to_string()),
                // One run at a time per exercise: the exercises themselves run in parallel.
                Ok(s) => match grade(sandbox, exercise, Arc::new(s), 1).await {
                    Ok(report) => Outcome::Graded(Box::new(report)),
                    Err(e) => Outcome::Failed(e.to_string()),
                },
            }
        };
        ExerciseRun {
            id: planned.id,
            title,
            solution: planned.solution,
            outcome,
        }
    }
}

fn line(run: &ExerciseRun) -> String {
    let (score, max) = run.score();
    let what = match &run.outcome {
        Outcome::Graded(r) => format!(
            "{score}/{max} points, {}/{} cases",
            r.cases.iter().filter(|c| c.accepted()).count(),
            r.cases.len()
        ),
        Outcome::NotSubmitted => format!("{} not found", run.solution.display()),
        Outcome::Failed(message) => message.clone(),
    };
    format!("{:<14} {}  {what}", run.status_word(), run.id)
}

fn write(path: &Path, text: &str) -> Result<(), Error> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(parent);
    }
    std::fs::write(path, text).map_err(|e| Error::Input {
        message: format!("cannot write {}: {e}", path.display()),
        help: "choose a report path in a folder you can write to".into(),
    })
}

pub fn run(args: CiArgs) -> Result<i32, Error> {
    let plan = ci::plan(&args.dir, args.exercises.as_deref())?;
    if plan.exercises.is_empty() {
        eprintln!(
            "warning: no solutions found in {}: add a {} or lay them out as <track>/<slug>.py",
            args.dir.display(),
            ci::CONFIG_FILE
        );
    }
    let sandbox = Arc::new(open_sandbox()?);
    // Its one-time setup is shown before the progress bar, not inside it.
    if plan
        .exercises
        .iter()
        .any(|p| crate::sandbox::uses_data_modules(&p.dir))
    {
        sandbox.prepare_data_image();
    }
    let jobs = args.jobs.unwrap_or_else(default_jobs);
    let bar = super::progress::count_bar(plan.exercises.len());
    let terminal = !bar.is_hidden();
    let planned = plan.exercises.clone();
    let mut runs: Vec<ExerciseRun> = runtime(jobs)?.block_on(async {
        let permits = Arc::new(tokio::sync::Semaphore::new(jobs.max(1)));
        let mut tasks = tokio::task::JoinSet::new();
        for (index, planned) in planned.into_iter().enumerate() {
            let (sandbox, permits, bar) = (sandbox.clone(), permits.clone(), bar.clone());
            tasks.spawn(async move {
                let _permit = permits.acquire_owned().await.expect("never closed");
                let run = grade_one(sandbox, planned).await;
                // Plain lines as exercises finish when no one watches a bar.
                if terminal {
                    bar.set_message(run.id.clone());
                    bar.inc(1);
                } else {
                    eprintln!("{}", line(&run));
                }
                (index, run)
            });
        }
        let mut done = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            match joined {
                Ok(pair) => done.push(pair),
                Err(e) => eprintln!("error: a grading task failed: {e}"),
            }
        }
        done.sort_by_key(|(i, _)| *i);
        done.into_iter().map(|(_, run)| run).collect()
    });
    bar.finish_and_clear();
    runs.sort_by(|a, b| a.id.cmp(&b.id));
    let run = RunReport {
        exercises: runs,
        threshold: plan.threshold,
    };
    let mut out = String::new();
    for exercise in &run.exercises {
        out.push_str(&line(exercise));
        out.push('\n');
    }
    let met = run.meets_threshold();
    out.push_str(&format!(
        "\n{} · {} of {} exercises passed{}\n",
        if met { "PASSED" } else { "FAILED" },
        run.passed_count(),
        run.exercises.len(),
        match run.threshold {
            Some(t) => format!(" (threshold {t}%)"),
            None => String::new(),
        }
    ));
    for (path, text) in [
        (&args.junit, report::to_junit as fn(&RunReport) -> String),
        (&args.json, report::run_to_json),
        (&args.exercism, report::to_exercism),
        (&args.gradescope, report::to_gradescope),
    ] {
        if let Some(path) = path {
            write(path, &text(&run))?;
        }
    }
    if std::env::var_os("GITHUB_ACTIONS").is_some_and(|v| v == "true") {
        out.push_str(&report::github_annotations(&run));
        if let Some(summary) = std::env::var_os("GITHUB_STEP_SUMMARY") {
            let mut file = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&summary)
                .map_err(|e| Error::Input {
                    message: format!("cannot append to GITHUB_STEP_SUMMARY: {e}"),
                    help: "GitHub sets it; outside Actions unset GITHUB_ACTIONS".into(),
                })?;
            std::io::Write::write_all(&mut file, report::github_summary(&run).as_bytes()).map_err(
                |e| Error::Input {
                    message: format!("cannot append to GITHUB_STEP_SUMMARY: {e}"),
                    help: "check the runner's disk".into(),
                },
            )?;
        }
    }
    super::print_stdout(&out);
    Ok(if met { EXIT_PASS } else { EXIT_FAIL })
}
