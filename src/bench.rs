//! `pygrade bench`: grading speed measured against native `python3` in the same run, so
//! the figures are ratios that mean something on any machine.
use crate::Error;
use crate::exercise::{self, CaseKind, Exercise, TRACKS};
use crate::grade::Submission;
use crate::sandbox::{HarnessMode, RunSpec, Termination};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct BenchOptions {
    pub exercises: Option<PathBuf>,
    pub repeat: usize,
    pub python: String,
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Runs `python` natively on the solution, as a subprocess, the way a grader without a
/// sandbox would.
fn native(
    python: &str,
    solution_dir: &Path,
    mode: &HarnessMode,
    stdin: &[u8],
) -> Result<Duration, String> {
    let mut cmd = Command::new(python);
    match mode {
        HarnessMode::Program => cmd.arg(solution_dir.join("solution.py")),
        HarnessMode::Call { expression } => cmd.arg("-c").arg(format!(
            "import sys; sys.path.insert(0, {dir:?}); import solution; repr(eval({expression:?}, vars(solution)))",
            dir = solution_dir.display().to_string()
        )),
    };
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot run {python}: {e}"))?;
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin);
    }
    child.wait().map_err(|e| e.to_string())?;
    Ok(started.elapsed())
}

struct Row {
    label: String,
    sandbox: Duration,
    native: Duration,
}

fn all_exercises(bank: &Path) -> Vec<Exercise> {
    let mut found = Vec::new();
    for track in TRACKS {
        let Ok(entries) = std::fs::read_dir(bank.join(track)) else {
            continue;
        };
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("exercise.toml").is_file())
            .collect();
        dirs.sort();
        found.extend(dirs.iter().filter_map(|d| exercise::load(d).ok()));
    }
    found
}

pub fn run(options: BenchOptions) -> Result<i32, Error> {
    let bank = exercise::bank_dirs(options.exercises.as_deref())
        .into_iter()
        .find(|d| d.is_dir())
        .ok_or_else(|| Error::Input {
            message: "no exercise bank found".into(),
            help: "run from the pygrade checkout or pass --exercises DIR".into(),
        })?;
    let started = Instant::now();
    let sandbox = crate::cli::open_sandbox()?;
    let warm_start = started.elapsed();
    let rt = crate::cli::tokio_runtime(1)?;
    let native_err = |message: String| Error::Input {
        message,
        help: "install python3 or pass --python PATH: the benchmark compares against it".into(),
    };

    let trivial_dir = tempfile::tempdir()
        .map_err(|e| Error::Sandbox(crate::sandbox::SandboxError::TempDir(e)))?;
    std::fs::write(trivial_dir.path().join("solution.py"), "print('hello')\n")
        .map_err(|e| Error::Sandbox(crate::sandbox::SandboxError::TempDir(e)))?;
    let mut cases: Vec<(
        String,
        PathBuf,
        HarnessMode,
        Vec<u8>,
        Option<PathBuf>,
        crate::sandbox::Limits,
    )> = vec![(
        "trivial: print('hello')".into(),
        trivial_dir.path().to_owned(),
        HarnessMode::Program,
        Vec::new(),
        None,
        Default::default(),
    )];
    let mut submissions = Vec::new();
    for ex in all_exercises(&bank) {
        let sub = Submission::from_file(&ex.dir.join("solution.py"))?;
        for case in ex.cases.iter().filter(|c| !c.hidden) {
            let (mode, stdin) = match &case.kind {
                CaseKind::Program { stdin, .. } => (HarnessMode::Program, stdin),
                CaseKind::Call { call, stdin, .. } => (
                    HarnessMode::Call {
                        expression: call.clone(),
                    },
                    stdin,
                ),
            };
            cases.push((
                format!("{}: {}", ex.id, case.name),
                sub.dir().to_owned(),
                mode,
                stdin.clone().into_bytes(),
                ex.data_dir.clone(),
                ex.limits,
            ));
        }
        submissions.push(sub);
    }

    println!(
        "pygrade bench: median of {} runs per figure, sandbox vs native `{}` subprocess",
        options.repeat, options.python
    );
    println!(
        "warm start (load the compiled runtime): {:.1} ms\n",
        ms(warm_start)
    );
    println!(
        "{:<58} {:>10} {:>10} {:>7}",
        "case", "sandbox", "native", "ratio"
    );
    let mut rows = Vec::new();
    for (label, dir, mode, stdin, data, limits) in &cases {
        let spec = RunSpec {
            mode: mode.clone(),
            stdin,
            submission_dir: dir,
            data_dir: data.as_deref(),
            limits: *limits,
            seed: 1,
        };
        let mut sandboxed = Vec::new();
        let mut natives = Vec::new();
        for _ in 0..options.repeat {
            let t = Instant::now();
            let outcome = rt.block_on(sandbox.run(&spec))?;
            sandboxed.push(t.elapsed());
            if !matches!(outcome.termination, Termination::Exited(0)) {
                eprintln!(
                    "warning: {label}: the reference solution ended with {:?}",
                    outcome.termination
                );
            }
            natives.push(native(&options.python, dir, mode, stdin).map_err(native_err)?);
        }
        let row = Row {
            label: label.clone(),
            sandbox: median(sandboxed),
            native: median(natives),
        };
        println!(
            "{:<58} {:>7.1} ms {:>7.1} ms {:>6.2}x",
            row.label.chars().take(58).collect::<String>(),
            ms(row.sandbox),
            ms(row.native),
            ms(row.sandbox) / ms(row.native)
        );
        rows.push(row);
    }
    let geo = (rows
        .iter()
        .map(|r| (ms(r.sandbox) / ms(r.native)).ln())
        .sum::<f64>()
        / rows.len() as f64)
        .exp();
    let trivial = &rows[0];
    println!();
    println!(
        "trivial case: {:.2}x native (target: at most 0.50x)",
        ms(trivial.sandbox) / ms(trivial.native)
    );
    println!(
        "all cases: geometric mean {geo:.2}x native over {} cases",
        rows.len()
    );
    drop(sandbox);
    Ok(crate::error::EXIT_PASS)
}
