//! `pygrade bench`: grading speed measured against native `python3` in the same run, so
//! the figures are ratios that mean something on any machine.
use crate::Error;
use crate::exercise::{self, Exercise, TRACKS};
use crate::grade::{Status, Submission};
use crate::sandbox::{
    HarnessJob, HarnessMode, Limits, RunSpec, Sandbox, SandboxError, Termination,
};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub struct BenchOptions {
    pub exercises: Option<PathBuf>,
    pub repeat: usize,
    pub python: String,
    /// Runs (and exercises) at a time in the throughput figures.
    pub jobs: usize,
    /// Also measure a cold start: download, compile and image making in an empty home.
    pub cold: bool,
}

/// The programs of the per-case figures: what a learner's run costs at its cheapest, when
/// it computes, and when it imports the data stack.
const PROGRAMS: &[(&str, &str)] = &[
    ("trivial: print('hello')", "print('hello')\n"),
    (
        "loop: 300,000 iterations of arithmetic",
        "total = 0\nfor i in range(300_000):\n    total += i * i % 7\nprint(total)\n",
    ),
    (
        "pandas: group a small table",
        "import pandas as pd\n\
         df = pd.DataFrame({'shop': ['a', 'b', 'a', 'c'], 'sales': [3, 5, 2, 7]})\n\
         print(df.groupby('shop')['sales'].sum().to_dict())\n",
    ),
];

/// One program measured in the sandbox and natively on the same input.
#[derive(Clone)]
struct BenchCase {
    label: String,
    solution_dir: PathBuf,
    mode: HarnessMode,
    stdin: Vec<u8>,
    limits: Limits,
}

impl BenchCase {
    fn spec(&self) -> RunSpec<'_> {
        RunSpec {
            job: HarnessJob::solution(self.mode.clone()),
            stdin: &self.stdin,
            submission_dir: &self.solution_dir,
            case_dir: None,
            data_dir: None,
            tmp_files: &[],
            collect: &[],
            limits: self.limits,
            seed: 1,
        }
    }
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

fn temp_error(e: std::io::Error) -> Error {
    Error::Sandbox(SandboxError::TempDir(e))
}

/// The interpreter itself, not a wrapper script (pyenv shims cost more than Python), and
/// its version.
fn resolve_python(python: &str) -> Result<(String, String), Error> {
    let out = Command::new(python)
        .args([
            "-c",
            "import sys, platform; print(sys.executable); print(platform.python_version())",
        ])
        .output()
        .map_err(|e| tool_error(format!("cannot run {python}: {e}")))?;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut lines = text.lines();
    let (path, version) = (lines.next().unwrap_or(""), lines.next().unwrap_or("?"));
    if !out.status.success() || path.is_empty() {
        return Err(tool_error(format!("{python} did not run")));
    }
    Ok((path.to_owned(), version.to_owned()))
}

/// Whether the native interpreter can import `modules` (a comma-separated list).
fn native_can_import(python: &str, modules: &str) -> bool {
    Command::new(python)
        .args(["-c", &format!("import {modules}")])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
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
    timed_subprocess(cmd, &case.stdin)
}

fn timed_subprocess(mut cmd: Command, stdin: &[u8]) -> Result<Duration, Error> {
    let started = Instant::now();
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| tool_error(format!("cannot run {:?}: {e}", cmd.get_program())))?;
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin);
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

/// Peak resident memory of this process so far (Linux), in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

fn print_row(label: &str, sandbox: Duration, baselines: &[Option<Duration>]) {
    let label: String = label.chars().take(44).collect();
    let s = ms(sandbox);
    print!("{label:<44} {s:>8.1} ms");
    for baseline in baselines {
        match baseline {
            Some(b) => print!(" {:>8.1} ms {:>6.2}x", ms(*b), s / ms(*b)),
            None => print!(" {:>11} {:>7}", "n/a", ""),
        }
    }
    println!();
}

pub fn run(options: BenchOptions) -> Result<i32, Error> {
    let bank = exercise::bank_dir(options.exercises.as_deref())?;
    let (python, version) = resolve_python(&options.python)?;
    let repeat = options.repeat.max(1);
    println!(
        "pygrade bench: median of {repeat} runs per figure; native: `{python}` (Python {version}) as a subprocess; {} runs at a time for throughput",
        options.jobs
    );
    let started = Instant::now();
    let sandbox = Arc::new(crate::cli::open_sandbox()?);
    let load_time = started.elapsed();
    let started = Instant::now();
    sandbox.prepare_data_image();
    let image_time = started.elapsed();
    println!(
        "loading the compiled runtime: {:.1} ms; the data image: {:.1} ms\n",
        ms(load_time),
        ms(image_time)
    );
    let rt = crate::cli::tokio_runtime(options.jobs)?;
    let mut summary = Vec::new();

    // Per case.
    let pandas_natively = native_can_import(&python, "pandas");
    let work = tempfile::tempdir().map_err(temp_error)?;
    println!(
        "{:<44} {:>11} {:>11} {:>7} {:>11} {:>7}",
        "one case, start to end", "sandbox", "native", "ratio", "bare", "ratio"
    );
    for (n, (label, source)) in PROGRAMS.iter().enumerate() {
        let dir = work.path().join(format!("program-{n}"));
        std::fs::create_dir(&dir).map_err(temp_error)?;
        std::fs::write(dir.join("solution.py"), source).map_err(temp_error)?;
        let case = BenchCase {
            label: label.to_string(),
            solution_dir: dir,
            mode: HarnessMode::Program,
            stdin: Vec::new(),
            limits: Limits {
                time: Duration::from_secs(60),
                memory_bytes: 1 << 30,
                ..Limits::default()
            },
        };
        let uses_pandas = source.contains("pandas");
        let spec = case.spec();
        // One run first: the first run of an image maps its pages in.
        rt.block_on(sandbox.run(&spec))?;
        let (mut sandboxed, mut natives, mut bares) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..repeat {
            let t = Instant::now();
            let outcome = rt.block_on(sandbox.run(&spec))?;
            sandboxed.push(t.elapsed());
            if outcome.termination != Termination::Exited(0) {
                eprintln!(
                    "warning: {label}: the run ended with {:?}",
                    outcome.termination
                );
            }
            if !uses_pandas || pandas_natively {
                natives.push(native(&python, false, &case)?);
            }
            // -S leaves out site-packages, where pandas lives.
            if !uses_pandas {
                bares.push(native(&python, true, &case)?);
            }
        }
        let some_median = |v: Vec<Duration>| (!v.is_empty()).then(|| median(v));
        let (s, n, b) = (median(sandboxed), some_median(natives), some_median(bares));
        print_row(label, s, &[n, b]);
        summary.push((label.to_string(), s, n));
    }
    if !pandas_natively {
        println!("(native pandas: n/a, `{python}` cannot import pandas)");
    }
    println!(
        "native: `python3 FILE`, as a grader without a sandbox runs it; bare: `python3 -I -S FILE`\n"
    );

    // Start.
    let warm = warm_start(&python, repeat)?;
    print_row(
        "warm start: `pygrade check`, one case",
        warm.0,
        &[Some(warm.1)],
    );
    println!("(process start to verdict vs `python3 FILE` alone; the runtime is cached)");
    if options.cold {
        cold_start()?;
    } else {
        println!(
            "cold start: not measured (--cold: download, compile and image in an empty home; minutes)"
        );
    }
    println!();

    // Throughput.
    let exercises = all_exercises(&bank);
    let data_natively = native_can_import(
        &python,
        "numpy, pandas, matplotlib, seaborn, scipy, sklearn, statsmodels",
    );
    let comparable = comparable_cases(&exercises, data_natively)?;
    let (sandbox_time, native_time) =
        throughput(&rt, &sandbox, &python, &comparable.cases, options.jobs)?;
    let rate = |n: usize, d: Duration| n as f64 / d.as_secs_f64();
    println!(
        "throughput, {} program and call cases of the bank a native python3 can run:",
        comparable.cases.len()
    );
    println!(
        "  sandbox {:>7.1} cases/s   native {:>7.1} cases/s   ({:.2}x the time)",
        rate(comparable.cases.len(), sandbox_time),
        rate(comparable.cases.len(), native_time),
        sandbox_time.as_secs_f64() / native_time.as_secs_f64()
    );
    let bank_run = grade_bank(&rt, &sandbox, exercises, options.jobs)?;
    println!(
        "throughput, the whole bank graded (every case kind, reference solutions): {} exercises, {} cases in {:.1} s: {:.1} cases/s",
        bank_run.exercises,
        bank_run.cases,
        bank_run.elapsed.as_secs_f64(),
        rate(bank_run.cases, bank_run.elapsed)
    );
    if !bank_run.failed.is_empty() {
        println!(
            "  reference solutions not accepted here (under load, time limits can be lost): {}",
            bank_run.failed.join(", ")
        );
    }
    let rss = peak_rss();
    match rss {
        Some(bytes) => println!(
            "peak memory of this process, grading {} at a time: {} MiB",
            options.jobs,
            bytes >> 20
        ),
        None => println!("peak memory: n/a (read from /proc/self/status)"),
    }

    println!("\ntargets:");
    let (trivial, pandas) = (&summary[0], &summary[2]);
    if let Some(n) = trivial.2 {
        let ratio = ms(trivial.1) / ms(n);
        println!(
            "  trivial case <= 0.50x native: {ratio:.2}x {}",
            met(ratio <= 0.5)
        );
    }
    println!(
        "  case importing pandas <= 150 ms: {:.1} ms {}",
        ms(pandas.1),
        met(ms(pandas.1) <= 150.0)
    );
    println!(
        "  warm start to first verdict <= 100 ms: {:.1} ms {}",
        ms(warm.0),
        met(ms(warm.0) <= 100.0)
    );
    if let Some(bytes) = rss {
        println!(
            "  peak RSS <= 512 MiB while grading on all cores: {} MiB {}",
            bytes >> 20,
            met(bytes <= 512 << 20)
        );
    }
    Ok(crate::error::EXIT_PASS)
}

fn met(ok: bool) -> &'static str {
    if ok { "(met)" } else { "(NOT met)" }
}

/// A one-case exercise graded by a fresh `pygrade check` process, against the solution run
/// by `python3` alone.
fn warm_start(python: &str, repeat: usize) -> Result<(Duration, Duration), Error> {
    let dir = tempfile::tempdir().map_err(temp_error)?;
    let exercise = dir.path().join("pcep").join("hello");
    std::fs::create_dir_all(&exercise).map_err(temp_error)?;
    std::fs::write(
        exercise.join("exercise.toml"),
        "title = \"Hello\"\ntrack = \"pcep\"\nobjectives = [\"PCEP-30-02 1.1\"]\ndifficulty = 1\nhints = [\"print it\"]\n\n[[case]]\nname = \"greets\"\nstdout = \"hello\\n\"\n",
    )
    .map_err(temp_error)?;
    let solution = dir.path().join("hello.py");
    std::fs::write(&solution, "print('hello')\n").map_err(temp_error)?;
    let exe = std::env::current_exe().map_err(temp_error)?;
    let check = || {
        let mut cmd = Command::new(&exe);
        cmd.arg("check")
            .arg(&exercise)
            .arg(&solution)
            .args(["--format", "json"]);
        cmd
    };
    // The first process may set up caches (the harness's compiled code, say).
    timed_subprocess(check(), b"")?;
    let (mut pygrade, mut natives) = (Vec::new(), Vec::new());
    for _ in 0..repeat {
        pygrade.push(timed_subprocess(check(), b"")?);
        let mut cmd = Command::new(python);
        cmd.arg(&solution);
        natives.push(timed_subprocess(cmd, b"")?);
    }
    Ok((median(pygrade), median(natives)))
}

/// Setup from nothing, in an empty home: `pygrade runtime install` (download with pip,
/// verify, compile, make the data image), then the first check.
fn cold_start() -> Result<(), Error> {
    let home = tempfile::tempdir().map_err(temp_error)?;
    let exe = std::env::current_exe().map_err(temp_error)?;
    let started = Instant::now();
    let status = Command::new(&exe)
        .args(["runtime", "install"])
        .env("PYGRADE_HOME", home.path())
        .stdout(Stdio::null())
        .status()
        .map_err(temp_error)?;
    let install = started.elapsed();
    if !status.success() {
        println!("cold start: `pygrade runtime install` failed ({status})");
        return Ok(());
    }
    println!(
        "cold start: `pygrade runtime install` in an empty home (pip download, verify, compile, data image): {:.1} s",
        install.as_secs_f64()
    );
    Ok(())
}

struct Comparable {
    cases: Vec<BenchCase>,
    /// Keeps the copied solutions alive while the cases point into them.
    _submissions: Vec<Submission>,
}

/// Single-file program and call cases without mounted data: those a native interpreter
/// runs the same way.
fn comparable_cases(exercises: &[Exercise], data_natively: bool) -> Result<Comparable, Error> {
    let (mut cases, mut submissions) = (Vec::new(), Vec::new());
    for ex in exercises
        .iter()
        .filter(|e| e.entry.is_none() && e.data_dir.is_none())
    {
        if !data_natively && crate::sandbox::uses_data_modules(&ex.dir) {
            continue;
        }
        let submission = Submission::from_file(&ex.dir.join("solution.py"))?;
        for case in &ex.cases {
            if !matches!(
                case.kind,
                exercise::CaseKind::Program { .. } | exercise::CaseKind::Call { .. }
            ) {
                continue;
            }
            let (mode, stdin) = case.harness_input();
            cases.push(BenchCase {
                label: format!("{}: {}", ex.id, case.name),
                solution_dir: submission.dir().to_owned(),
                mode,
                stdin: stdin.as_bytes().to_vec(),
                limits: ex.limits,
            });
        }
        submissions.push(submission);
    }
    Ok(Comparable {
        cases,
        _submissions: submissions,
    })
}

/// The wall time of running every case once, `jobs` at a time: in the sandbox, then natively.
fn throughput(
    rt: &tokio::runtime::Runtime,
    sandbox: &Arc<Sandbox>,
    python: &str,
    cases: &[BenchCase],
    jobs: usize,
) -> Result<(Duration, Duration), Error> {
    let next = AtomicUsize::new(0);
    let started = Instant::now();
    rt.block_on(async {
        let permits = Arc::new(tokio::sync::Semaphore::new(jobs.max(1)));
        let mut runs = tokio::task::JoinSet::new();
        for case in cases {
            let (sandbox, permits, case) = (sandbox.clone(), permits.clone(), case.clone());
            runs.spawn(async move {
                let _permit = permits.acquire_owned().await;
                sandbox.run(&case.spec()).await.map(|_| ())
            });
        }
        while let Some(done) = runs.join_next().await {
            done.map_err(|e| SandboxError::Setup(e.to_string()))??;
        }
        Ok::<(), Error>(())
    })?;
    let sandbox_time = started.elapsed();
    let started = Instant::now();
    let failure = std::sync::Mutex::new(None);
    std::thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    if let Err(e) = native(python, false, case) {
                        *failure.lock().unwrap_or_else(|e| e.into_inner()) = Some(e);
                        return;
                    }
                }
            });
        }
    });
    if let Some(e) = failure.into_inner().unwrap_or_else(|e| e.into_inner()) {
        return Err(e);
    }
    Ok((sandbox_time, started.elapsed()))
}

struct BankRun {
    exercises: usize,
    cases: usize,
    elapsed: Duration,
    /// Exercises whose reference solution was not accepted.
    failed: Vec<String>,
}

/// Every exercise's reference solution graded as `pygrade check` grades, `jobs` exercises
/// at a time (each one's cases one after another).
fn grade_bank(
    rt: &tokio::runtime::Runtime,
    sandbox: &Arc<Sandbox>,
    exercises: Vec<Exercise>,
    jobs: usize,
) -> Result<BankRun, Error> {
    let count = exercises.len();
    let started = Instant::now();
    let reports = rt.block_on(async {
        let permits = Arc::new(tokio::sync::Semaphore::new(jobs.max(1)));
        let mut runs = tokio::task::JoinSet::new();
        for ex in exercises {
            let (sandbox, permits) = (sandbox.clone(), permits.clone());
            runs.spawn(async move {
                let _permit = permits.acquire_owned().await;
                let (solution, _) = ex.solution_and_starter();
                let submission = Arc::new(Submission::for_exercise(&solution, &ex)?);
                crate::grade::grade(sandbox, Arc::new(ex), submission, 1).await
            });
        }
        let mut reports = Vec::new();
        while let Some(done) = runs.join_next().await {
            reports.push(done.map_err(|e| SandboxError::Setup(e.to_string()))??);
        }
        Ok::<_, Error>(reports)
    })?;
    let elapsed = started.elapsed();
    let mut failed: Vec<String> = reports
        .iter()
        .filter(|r| r.status != Status::Pass)
        .map(|r| r.exercise.clone())
        .collect();
    failed.sort();
    Ok(BankRun {
        exercises: count,
        cases: reports.iter().map(|r| r.cases.len()).sum(),
        elapsed,
        failed,
    })
}
