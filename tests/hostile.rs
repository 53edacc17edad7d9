//! The hostile-submission corpus (tests/hostile/*.py, see its README): each program attacks
//! the grader and must get its expected verdict on every case, within the time limit plus a
//! margin, with pygrade's memory bounded, leaving no temp folder behind and changing no file
//! outside the run's /tmp.
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Program {
    path: PathBuf,
    exercise: String,
    expect: String,
}

fn header(source: &str, key: &str) -> Option<String> {
    source
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix(&format!("# {key}:")))
        .map(|v| v.trim().to_owned())
}

fn corpus() -> Vec<Program> {
    let dir = root().join("tests/hostile");
    let mut programs: Vec<Program> = std::fs::read_dir(&dir)
        .expect("tests/hostile exists")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .map(|path| {
            let source = std::fs::read_to_string(&path).expect("readable");
            let name = path.display().to_string();
            Program {
                exercise: header(&source, "exercise")
                    .unwrap_or_else(|| panic!("{name}: # exercise:")),
                expect: header(&source, "expect").unwrap_or_else(|| panic!("{name}: # expect:")),
                path,
            }
        })
        .collect();
    programs.sort_by(|a, b| a.path.cmp(&b.path));
    programs
}

/// Every file below `dir` with its contents.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
            }
        }
    }
    files
}

/// Peak resident memory of a running process, in KiB (Linux; 0 elsewhere).
fn peak_rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

struct Checked {
    report: Json,
    wall: Duration,
    peak_kib: u64,
    leftovers: Vec<PathBuf>,
}

fn check(exercise: &Path, program: &Path) -> Checked {
    let tmpdir = tempfile::tempdir().expect("a temp dir");
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pygrade"))
        .args(["check", "--format", "json", "--jobs", "2"])
        .arg(exercise)
        .arg(program)
        .env("TMPDIR", tmpdir.path())
        .env_remove("PYGRADE_EXERCISES")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let pid = child.id();
    let mut peak_kib = 0;
    let stdout = std::thread::scope(|s| {
        let mut out = child.stdout.take().expect("piped");
        let reader = s.spawn(move || {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut out, &mut text).expect("utf-8 JSON");
            text
        });
        let mut err = child.stderr.take().expect("piped");
        let err_reader = s.spawn(move || {
            let mut text = Vec::new();
            std::io::Read::read_to_end(&mut err, &mut text).ok();
        });
        loop {
            peak_kib = peak_kib.max(peak_rss_kib(pid));
            if child.try_wait().expect("waitable").is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        err_reader.join().ok();
        reader.join().expect("reader")
    });
    let wall = started.elapsed();
    let leftovers = std::fs::read_dir(tmpdir.path())
        .expect("readable")
        .flatten()
        .map(|e| e.path())
        .collect();
    let report = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{}: not a JSON report ({e}): {stdout}", program.display()));
    Checked {
        report,
        wall,
        peak_kib,
        leftovers,
    }
}

#[test]
fn every_hostile_program_gets_its_verdict_and_harms_nothing() {
    let programs = corpus();
    assert!(
        programs.len() >= 40,
        "the corpus has {} programs",
        programs.len()
    );
    let exercises = root().join("tests/hostile/exercises/pcep");
    let before: BTreeMap<String, _> = ["sum-two", "add-call"]
        .iter()
        .map(|e| (e.to_string(), snapshot(&exercises.join(e))))
        .collect();

    let failures = std::sync::Mutex::new(Vec::new());
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let Some(program) = programs.get(i) else {
                        break;
                    };
                    let problems = judge(&exercises, program);
                    failures.lock().unwrap().extend(problems);
                }
            });
        }
    });
    for (name, files) in &before {
        assert_eq!(
            &snapshot(&exercises.join(name)),
            files,
            "the exercise {name} changed"
        );
    }
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn judge(exercises: &Path, program: &Program) -> Vec<String> {
    let name = program
        .path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .to_string();
    // The learner's file, in a folder of its own: it must come out unchanged.
    let submission = tempfile::tempdir().expect("a temp dir");
    let file = submission.path().join(&name);
    std::fs::copy(&program.path, &file).expect("copied");
    let before = snapshot(submission.path());

    let exercise = exercises.join(&program.exercise);
    let checked = check(&exercise, &file);
    let mut problems = Vec::new();
    let cases = checked.report["cases"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    if cases.is_empty() {
        problems.push(format!("{name}: no cases in the report"));
    }
    for case in &cases {
        let verdict = case["verdict"].as_str().unwrap_or("?");
        // `a|b`: either is right (a `# known:` line says why).
        if !program.expect.split('|').any(|e| e == verdict) {
            problems.push(format!(
                "{name}: case {} got {verdict}, expected {} ({})",
                case["name"],
                program.expect,
                case["message"].as_str().unwrap_or("")
            ));
        }
    }
    // Cases run two at a time, each within the limit: a generous margin for a loaded machine.
    let limit = Duration::from_millis(2000) * cases.len().div_ceil(2) as u32;
    if checked.wall > limit + Duration::from_secs(20) {
        problems.push(format!("{name}: took {:?}", checked.wall));
    }
    if checked.peak_kib > 1_500_000 {
        problems.push(format!(
            "{name}: pygrade peaked at {} KiB",
            checked.peak_kib
        ));
    }
    if !checked.leftovers.is_empty() {
        problems.push(format!("{name}: left {:?} in TMPDIR", checked.leftovers));
    }
    if snapshot(submission.path()) != before {
        problems.push(format!("{name}: the submission folder changed"));
    }
    problems
}

/// An exception message holding fake report lines is shown indented, under its case, and
/// once: it cannot pass for pygrade's own lines.
#[test]
fn fake_report_lines_in_a_message_stay_indented() {
    let out = Command::new(env!("CARGO_BIN_EXE_pygrade"))
        .args(["check", "--jobs", "2"])
        .arg(root().join("tests/hostile/exercises/pcep/sum-two"))
        .arg(root().join("tests/hostile/report_spoof_newlines.py"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let own: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("PASSED") || l.starts_with("FAILED"))
        .collect();
    assert_eq!(own, ["FAILED  score 0/5 · 0 of 5 cases accepted"], "{text}");
    assert!(
        !text.lines().any(|l| l.starts_with("  ok ")),
        "a fake case line at the report's indentation:\n{text}"
    );
}
