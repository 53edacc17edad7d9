//! Load and determinism: many submissions graded at once get the verdicts they get alone,
//! memory stays bounded and no temp folder is left; the same submission graded again and
//! again gives the same report.
//!
//! One test per file section, run in one process: the soak sets TMPDIR for the whole process
//! before any thread starts, so the tests here share one folder they can inspect.
use pygrade::exercise::{Exercise, load};
use pygrade::grade::{CheckReport, Submission, Verdict, grade};
use pygrade::runtime::{RuntimeHome, Silent};
use pygrade::sandbox::Sandbox;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sandbox() -> Arc<Sandbox> {
    let home = RuntimeHome::locate().expect("a runtime home");
    Arc::new(Sandbox::open(&home, std::sync::Arc::new(Silent)).expect("the sandbox opens"))
}

fn exercise(dir: &str) -> Arc<Exercise> {
    Arc::new(load(&root().join(dir)).expect("the exercise loads"))
}

fn submission(path: &Path, exercise: &Exercise) -> Arc<Submission> {
    Arc::new(Submission::for_exercise(path, exercise).expect("a readable submission"))
}

/// The report as JSON without what legitimately varies: times and memory figures.
fn stable(report: &CheckReport) -> serde_json::Value {
    let mut json: serde_json::Value =
        serde_json::from_str(&pygrade::report::to_json(report)).expect("JSON");
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.retain(|k, _| !k.contains("time") && !k.contains("memory"));
                map.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut json);
    json
}

fn verdicts(report: &CheckReport) -> Vec<String> {
    report
        .cases
        .iter()
        .map(|c| format!("{}={:?}", c.name, c.verdict))
        .collect()
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn header(path: &Path, key: &str) -> Option<String> {
    let source = std::fs::read_to_string(path).ok()?;
    source
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix(&format!("# {key}:")))
        .map(|v| v.trim().to_owned())
}

#[test]
fn load_and_determinism() {
    let tmpdir = tempfile::tempdir().expect("a temp dir");
    // SAFETY: no other thread runs yet in this test binary (one test).
    unsafe { std::env::set_var("TMPDIR", tmpdir.path()) };
    let sandbox = sandbox();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    determinism(&rt, &sandbox);
    soak(&rt, &sandbox);
    let left: Vec<_> = std::fs::read_dir(tmpdir.path())
        .expect("readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    assert!(left.is_empty(), "temp folders left behind: {left:?}");
}

/// Twenty gradings of the same submissions give identical reports (times excluded).
fn determinism(rt: &tokio::runtime::Runtime, sandbox: &Arc<Sandbox>) {
    let cases = [
        (
            "exercises/pcep/grade-book",
            "exercises/pcep/grade-book/mistakes/divides_by_zero.py",
        ),
        (
            "exercises/pcep/receipt",
            "exercises/pcep/receipt/solution.py",
        ),
        (
            "exercises/pcep/receipt",
            "exercises/pcep/receipt/starter.py",
        ),
        (
            "tests/fixtures/kinds/pcap/account",
            "tests/fixtures/kinds/pcap/account/solutions/doubles.py",
        ),
        (
            "tests/fixtures/kinds/pcap/shop",
            "tests/fixtures/kinds/pcap/shop/solutions/wrong",
        ),
    ];
    for (dir, file) in cases {
        let exercise = exercise(dir);
        let path = root().join(file);
        if !path.exists() {
            panic!("fixture {file} is missing");
        }
        let submission = submission(&path, &exercise);
        let first = rt
            .block_on(grade(
                sandbox.clone(),
                exercise.clone(),
                submission.clone(),
                2,
            ))
            .expect("graded");
        let first = stable(&first);
        for round in 1..20 {
            let again = rt
                .block_on(grade(
                    sandbox.clone(),
                    exercise.clone(),
                    submission.clone(),
                    2,
                ))
                .expect("graded");
            assert_eq!(stable(&again), first, "{file}: round {round} differs");
        }
    }
}

/// 500 submissions (good, bad and hostile) graded at once, four at a time, get the
/// verdicts each gets alone; pygrade's memory stays bounded.
fn soak(rt: &tokio::runtime::Runtime, sandbox: &Arc<Sandbox>) {
    let exercises = root().join("tests/hostile/exercises/pcep");
    let mut programs: Vec<(String, PathBuf)> = vec![
        ("sum-two".into(), exercises.join("sum-two/solution.py")),
        ("sum-two".into(), exercises.join("sum-two/starter.py")),
        ("add-call".into(), exercises.join("add-call/solution.py")),
    ];
    let mut slow = 0;
    let mut hostile: Vec<PathBuf> = std::fs::read_dir(root().join("tests/hostile"))
        .expect("the corpus")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    hostile.sort();
    for path in hostile {
        let (Some(ex), Some(expect)) = (header(&path, "exercise"), header(&path, "expect")) else {
            continue;
        };
        // Programs that use their whole time limit: two are enough to hold slots.
        if expect == "time_limit" {
            slow += 1;
            if slow > 2 {
                continue;
            }
        }
        programs.push((ex, path));
    }
    let loaded: Vec<(Arc<Exercise>, Arc<Submission>)> = programs
        .iter()
        .map(|(ex, path)| {
            let exercise = exercise(&format!("tests/hostile/exercises/pcep/{ex}"));
            let submission = submission(path, &exercise);
            (exercise, submission)
        })
        .collect();

    // Alone, each program once. Wall-clock limits mean a program that needs a good part of
    // its limit in CPU may time out on an overloaded machine: like `validate`, keep programs
    // that finish within a quarter of it (or use all of it, by design).
    let mut alone: Vec<Vec<String>> = Vec::new();
    let mut kept = Vec::new();
    for (i, (exercise, submission)) in loaded.iter().enumerate() {
        let report = rt
            .block_on(grade(
                sandbox.clone(),
                exercise.clone(),
                submission.clone(),
                1,
            ))
            .expect("graded");
        let quarter = exercise.limits.time / 4;
        let timed_out = report.cases.iter().all(|c| c.verdict == Verdict::TimeLimit);
        if timed_out || report.cases.iter().all(|c| c.time < quarter) {
            alone.push(verdicts(&report));
            kept.push(i);
        }
    }
    assert!(
        kept.len() >= 30,
        "only {} programs are fast enough",
        kept.len()
    );
    let loaded: Vec<_> = kept.iter().map(|&i| loaded[i].clone()).collect();
    let programs: Vec<_> = kept.iter().map(|&i| programs[i].clone()).collect();

    let total = 500;
    let gate = Arc::new(tokio::sync::Semaphore::new(4));
    let together: Vec<Vec<String>> = rt.block_on(async {
        let tasks: Vec<_> = (0..total)
            .map(|i| {
                let (exercise, submission) = loaded[i % loaded.len()].clone();
                let sandbox = sandbox.clone();
                let gate = gate.clone();
                tokio::spawn(async move {
                    let _slot = gate.acquire().await.expect("open");
                    let report = grade(sandbox, exercise, submission, 1)
                        .await
                        .expect("graded");
                    verdicts(&report)
                })
            })
            .collect();
        let mut out = Vec::with_capacity(total);
        for task in tasks {
            out.push(task.await.expect("the task ends"));
        }
        out
    });
    for (i, got) in together.iter().enumerate() {
        let k = i % loaded.len();
        assert_eq!(
            got,
            &alone[k],
            "{} graded among 500 differs from alone",
            programs[k].1.display()
        );
    }
    let peak = peak_rss_kib();
    assert!(peak < 2_000_000, "pygrade peaked at {peak} KiB");
}
