//! `pygrade bench`: grading speed measured against native `python3` in the same run, so
//! the figures are ratios that mean something on any machine.
use crate::Error;
use crate::exercise::{self, Exercise, TRACKS};
use crate::grade::Submission;
use crate::sandbox::{HarnessMode, Limits, RunSpec, SandboxError, Termination};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub struct BenchOptions {
    pub exercises: Option<PathBuf>,
    pub repeat: usize,
    pub python: String,
}

/// One measured program: run in the sandbox and natively on the same input.
struct BenchCase {
    label: String,
    solution_dir: PathBuf,
    mode: HarnessMode,
    stdin: Vec<u8>,
    data_dir: Option<PathBuf>,
    limits: Limits,
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn tool_error(message: String) -> Error {
    Error::Input {
        message,
        help: "install python3 or pass --python PATH: the benchmark compares against it".into(),
    }
}

/// The interpreter itself, not a wrapper script (pyenv shims cost more than Python).
fn resolve_python(python: &str) -> Result<String, Error> {
    let out = Command::new(python)
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| tool_error(format!("cannot run {python}: {e}")))?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    Ok(if out.status.success() && !path.is_empty() {
        path
    } else {
        python.to_owned()
    })
}

/// Runs the solution natively as a subprocess, as a grader without a sandbox would.
/// `bare` adds `-I -S`: no site-packages, the smallest start the interpreter has.
fn native(python: &str, bare: bool, case: &BenchCase) -> Result<Duration, Error> {
    let mut cmd = Command::new(python);
    if bare {
        cmd.args(["-I", "-S"]);
    }
    match &case.mode {
        HarnessMode::Program => cmd.arg(case.solution_dir.join("solution.py")),
        HarnessMode::Call { expression } => cmd.arg("-c").arg(format!(
            "import sys; sys.path.insert(0, {dir:?}); import solution; repr(eval({expression:?}, vars(solution)))",
            dir = case.solution_dir.display().to_string()
        )),
        HarnessMode::Tests { .. } => {
            return Err(tool_error(format!("{}: test modules are not benchmarked", case.label)));
        }
    };
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| tool_error(format!("cannot run {python}: {e}")))?;
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(&case.stdin);
    }
    child.wait().map_err(|e| tool_error(e.to_string()))?;
    Ok(started.elapsed())
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
        for dir in dirs {
            match exercise::load(&dir) {
                Ok(ex) => found.push(ex),
                Err(e) => eprintln!("warning: skipping {}: {e}", dir.display()),
            }
        }
    }
    found
}

pub fn run(options: BenchOptions) -> Result<i32, Error> {
    let bank = exercise::bank_dir(options.exercises.as_deref())?;
    let python = resolve_python(&options.python)?;
    let started = Instant::now();
    let sandbox = crate::cli::open_sandbox()?;
    let load_time = started.elapsed();
    let rt = crate::cli::tokio_runtime(1)?;

    let temp = |e| Error::Sandbox(SandboxError::TempDir(e));
    let trivial_dir = tempfile::tempdir().map_err(temp)?;
    std::fs::write(trivial_dir.path().join("solution.py"), "print('hello')\n").map_err(temp)?;
    let mut cases = vec![BenchCase {
        label: "trivial: print('hello')".into(),
        solution_dir: trivial_dir.path().to_owned(),
        mode: HarnessMode::Program,
        stdin: Vec::new(),
        data_dir: None,
        limits: Limits::default(),
    }];
    // Kept alive until the end: the cases point into these folders.
    let mut submissions = Vec::new();
    // Single-file programs and calls: what a native interpreter can run the same way.
    for ex in all_exercises(&bank)
        .into_iter()
        .filter(|e| e.entry.is_none())
    {
        let submission = Submission::from_file(&ex.dir.join("solution.py"))?;
        let comparable = |c: &&exercise::Case| {
            !c.hidden
                && matches!(
                    c.kind,
                    exercise::CaseKind::Program { .. } | exercise::CaseKind::Call { .. }
                )
        };
        for case in ex.cases.iter().filter(comparable) {
            let (mode, stdin) = case.harness_input();
            cases.push(BenchCase {
                label: format!("{}: {}", ex.id, case.name),
                solution_dir: submission.dir().to_owned(),
                mode,
                stdin: stdin.as_bytes().to_vec(),
                data_dir: ex.data_dir.clone(),
                limits: ex.limits,
            });
        }
        submissions.push(submission);
    }

    println!(
        "pygrade bench: median of {} runs per figure; sandbox vs native `{python}` as a subprocess",
        options.repeat
    );
    println!("loading the compiled runtime: {:.1} ms\n", ms(load_time));
    println!(
        "native: `python3 FILE` as a grader without a sandbox runs it; bare: `python3 -I -S FILE`\n"
    );
    println!(
        "{:<50} {:>9} {:>9} {:>7} {:>9} {:>7}",
        "case", "sandbox", "native", "ratio", "bare", "ratio"
    );
    let (mut ratios, mut bare_ratios) = (Vec::new(), Vec::new());
    for case in &cases {
        let spec = RunSpec {
            job: crate::sandbox::HarnessJob::solution(case.mode.clone()),
            stdin: &case.stdin,
            submission_dir: &case.solution_dir,
            case_dir: None,
            data_dir: case.data_dir.as_deref(),
            tmp_files: &[],
            collect: &[],
            limits: case.limits,
            seed: 1,
        };
        let (mut sandboxed, mut natives, mut bares) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..options.repeat {
            let t = Instant::now();
            let outcome = rt.block_on(sandbox.run(&spec))?;
            sandboxed.push(t.elapsed());
            if outcome.termination != Termination::Exited(0) {
                eprintln!(
                    "warning: {}: the run ended with {:?}",
                    case.label, outcome.termination
                );
            }
            natives.push(native(&python, false, case)?);
            bares.push(native(&python, true, case)?);
        }
        let (s, n, b) = (
            ms(median(sandboxed)),
            ms(median(natives)),
            ms(median(bares)),
        );
        ratios.push(s / n);
        bare_ratios.push(s / b);
        let label: String = case.label.chars().take(50).collect();
        println!(
            "{label:<50} {s:>6.1} ms {n:>6.1} ms {:>6.2}x {b:>6.1} ms {:>6.2}x",
            s / n,
            s / b
        );
    }
    let geo = |r: &[f64]| (r.iter().map(|r| r.ln()).sum::<f64>() / r.len() as f64).exp();
    println!();
    println!(
        "trivial case: {:.2}x native, {:.2}x bare (target: at most 0.50x native)",
        ratios[0], bare_ratios[0]
    );
    println!(
        "all {} cases, geometric mean: {:.2}x native, {:.2}x bare",
        ratios.len(),
        geo(&ratios),
        geo(&bare_ratios)
    );
    Ok(crate::error::EXIT_PASS)
}
